"""The client help site: only published articles shared with clients, never
internal notes, user HTML escaped, no external assets, and a search that
finds Greek and Polish words (its script run under Node with a stand-in
for the page, when Node is installed)."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import subprocess

import pytest

from desktop.__main__ import main
from desktop.db.session import read_only, unit_of_work
from desktop.services.helpdesk import kb_site, knowledge
from desktop.services.helpdesk.knowledge import ArticleInput
from tests import factories

SECRET = "ROOT-PASSWORD-hunter2"


@pytest.fixture
def site(db, tmp_path):
    with unit_of_work(db.sessions) as s:
        factories.shop(s, legal_name="Nordic <Fix> AB")
        ids = {}
        for key, data in {
            "greek": ArticleInput(
                title="Ο εκτυπωτής δεν τυπώνει",
                symptoms="Η ουρά εκτύπωσης έχει κολλήσει.",
                fix="Επανεκκινήστε την υπηρεσία.",
                for_clients=True,
                internal_notes=f"Admin login {SECRET}",
            ),
            "polish": ArticleInput(
                title="Drukarka nie drukuje w Łodzi",
                symptoms="Zadanie wisi w kolejce.",
                fix="Uruchom ponownie usługę bufora wydruku.",
                tags="drukarka",
                for_clients=True,
            ),
            "html": ArticleInput(
                title="VPN <script>alert(1)</script>",
                symptoms='Click <a href="http://evil.example/x.js">here</a> & wait',
                workaround="</script><img src=x onerror=alert(2)>",
                for_clients=True,
            ),
            "internal": ArticleInput(
                title="Internal only: domain admin reset",
                symptoms="Not for clients UNSHARED-TEXT",
            ),
            "unpublished": ArticleInput(
                title="Draft article",
                symptoms="Still being written UNPUBLISHED-TEXT",
                for_clients=True,
                published=False,
            ),
        }.items():
            ids[key] = knowledge.add_article(s, data).id
    with read_only(db.sessions) as s:
        page, count = kb_site.export_site(s, tmp_path / "help", dt.date(2026, 12, 8))
    return page, count, ids


def test_only_shared_published_articles_and_never_internal_notes(site):
    page, count, _ids = site
    text = page.read_text(encoding="utf-8")
    assert count == 3  # greek, polish, html; not the internal nor the draft
    for hidden in (SECRET, "UNSHARED-TEXT", "Internal only", "UNPUBLISHED-TEXT", "Draft article"):
        assert hidden not in text
    assert "Ο εκτυπωτής δεν τυπώνει" in text and "Drukarka nie drukuje w Łodzi" in text
    assert page.parent.name == "help" and page.name == "index.html"
    assert sorted(p.name for p in page.parent.iterdir()) == ["index.html"]


def test_user_html_is_escaped_and_nothing_is_loaded_from_outside(site):
    page, _count, _ids = site
    text = page.read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;" in text
    assert "&lt;a href=&quot;http://evil.example/x.js&quot;&gt;here&lt;/a&gt; &amp; wait" in text
    assert "Nordic &lt;Fix&gt; AB" in text
    # Exactly the two script elements of the page itself: the index, the code.
    assert text.count("<script") == 2 and text.count("</script>") == 2
    assert "<img" not in text and "<a " not in text
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", text)
    assert "<link" not in text


def _node_search(page, words: str) -> list[int]:
    """The article ids the page shows after typing `words`."""
    text = page.read_text(encoding="utf-8")
    index = re.search(r'<script id="index" type="application/json">(.*?)</script>', text).group(1)
    code = re.search(r"<script>(.*?)</script>", text, re.S).group(1)
    harness = """
    const els = {}, typed = TYPED;
    const index = {textContent: INDEX};
    let handler = null;
    const box = {value: '', addEventListener: (e, f) => { handler = f; }};
    global.document = {getElementById: (id) => id === 'index' ? index
      : id === 'q' ? box : (els[id] = els[id] || {hidden: false})};
    CODE
    box.value = typed; handler();
    console.log(JSON.stringify(Object.keys(els).filter(k => k[0] === 'a' && !els[k].hidden)
      .map(k => Number(k.slice(1))).sort((a, b) => a - b)));
    """
    harness = harness.replace("TYPED", json.dumps(words)).replace("INDEX", json.dumps(index))
    harness = harness.replace("CODE", code)
    out = subprocess.run(
        ["node", "-e", harness], capture_output=True, text=True, timeout=60, check=True
    )
    return json.loads(out.stdout)


@pytest.mark.skipif(shutil.which("node") is None, reason="Node.js is not installed")
def test_the_page_search_finds_greek_and_polish_words(site):
    page, _count, ids = site
    assert _node_search(page, "ΕΚΤΥΠΩΤΗΣ") == [ids["greek"]]  # upper case, accents dropped
    assert _node_search(page, "εκτυπ") == [ids["greek"]]  # a prefix
    assert _node_search(page, "łodzi drukarka") == [ids["polish"]]
    assert _node_search(page, "lodzi") == [ids["polish"]]  # ł typed as l
    assert _node_search(page, "usługę") == [ids["polish"]]
    assert _node_search(page, "hunter2") == []  # internal notes are not indexed
    assert _node_search(page, "") == sorted(ids[k] for k in ("greek", "polish", "html"))


def test_kb_export_and_share_from_the_command_line(tmp_path, capsys):
    db = str(tmp_path / "shop.db")

    def run(*argv):
        code = main(["--json", "--db", db, *argv])
        out, _err = capsys.readouterr()
        return code, json.loads(out) if out.strip() else None

    code, out = run(
        "kb", "add", "--title", "Reset MFA", "--fix", "Ask the office", "--internal-notes", SECRET
    )
    assert code == 0
    article = out["id"]
    assert run("kb", "export", str(tmp_path / "site"))[1]["articles"] == 0  # not shared yet
    assert run("kb", "share", str(article))[1]["for_clients"] is True
    code, out = run("kb", "export", str(tmp_path / "site"))
    assert out["articles"] == 1
    text = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert "Reset MFA" in text and SECRET not in text
    assert run("kb", "share", str(article), "--off")[1]["for_clients"] is False


def test_an_edit_that_does_not_show_the_flags_keeps_them(db):
    with unit_of_work(db.sessions) as s:
        article = knowledge.add_article(
            s, ArticleInput(title="A", fix="B", for_clients=True, internal_notes="N")
        )
        knowledge.update_article(s, article.id, ArticleInput(title="A2", fix="B"))
        assert (article.for_clients, article.internal_notes) == (True, "N")
