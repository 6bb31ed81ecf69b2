"""The client-facing help site: the knowledge articles shared with clients
as one static HTML page in a folder of its own, readable offline from disk
or from any web server, searchable with no server (a small word index is
inlined in the page, and a few lines of script filter the articles).

What leaves the shop: only articles that are published and shared with
clients (`for_clients`), and of them only the title, symptoms, cause,
workaround, fix and tags. Internal notes never do. Every user text is
HTML-escaped; the index is JSON with `<`, `>` and `&` escaped, so no text
can close the script element. No external assets: the style and script
are in the page."""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import KnowledgeArticle, Shop
from desktop.services.common.errors import UserError
from desktop.services.common.files import write_atomically

PAGE_NAME = "index.html"
SECTIONS = (
    ("symptoms", "Symptoms"),
    ("cause", "Cause"),
    ("workaround", "Workaround"),
    ("fix", "Fix"),
)


class SiteError(UserError, ValueError):
    field = "folder"


@dataclass(frozen=True)
class SiteArticle:
    id: int
    title: str
    symptoms: str
    cause: str
    workaround: str
    fix: str
    tags: tuple[str, ...]


def shared_articles(session: Session) -> list[SiteArticle]:
    """The articles the site may show, by title; only the public fields."""
    rows = session.execute(
        select(
            KnowledgeArticle.id,
            KnowledgeArticle.title,
            KnowledgeArticle.symptoms,
            KnowledgeArticle.cause,
            KnowledgeArticle.workaround,
            KnowledgeArticle.fix,
            KnowledgeArticle.tags,
        )
        .where(KnowledgeArticle.published == True)  # noqa: E712
        .where(KnowledgeArticle.for_clients == True)  # noqa: E712
        .order_by(KnowledgeArticle.title, KnowledgeArticle.id)
    ).all()
    return [
        SiteArticle(i, t, s, c, w, f, tuple(x for x in tags.split(",") if x))
        for i, t, s, c, w, f, tags in rows
    ]


def fold(text: str) -> str:
    """Lower case without accents ("Łódź" → "lodz", "Εκτυπωτής" →
    "εκτυπωτης"); the page folds what is typed the same way."""
    text = text.replace("ł", "l").replace("Ł", "L")
    decomposed = unicodedata.normalize("NFD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def index_words(article: SiteArticle) -> list[str]:
    parts = (article.title, article.symptoms, article.cause, article.workaround, article.fix)
    text = " ".join((*parts, *article.tags))
    return sorted(set(re.findall(r"\w+", fold(text))))


def _paragraphs(text: str) -> str:
    return "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n") if p.strip())


def _article_html(article: SiteArticle) -> str:
    parts = [f'<article id="a{article.id}"><h2>{html.escape(article.title)}</h2>']
    if article.tags:
        tags = "".join(f"<span>{html.escape(t)}</span>" for t in article.tags)
        parts.append(f'<div class="tags">{tags}</div>')
    for field, heading in SECTIONS:
        text = getattr(article, field)
        if text.strip():
            parts.append(f"<h3>{heading}</h3>{_paragraphs(text)}")
    parts.append("</article>")
    return "".join(parts)


def _script_json(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


STYLE = """
body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;
color:#1d2733;line-height:1.45}
h1{margin-bottom:.3rem}#q{width:100%;font-size:1.1rem;padding:.5rem;box-sizing:border-box}
article{border-top:1px solid #d8dee6;padding:.6rem 0}h2{margin:.4rem 0}
h3{font-size:1rem;color:#3e4c5e;margin:.6rem 0 .1rem}p{margin:.2rem 0}
.tags span{background:#e8eef6;color:#1f5a96;border-radius:4px;padding:0 .4rem;margin-right:.3rem;
font-size:.85rem}#none{color:#5b6878}footer{color:#5b6878;font-size:.85rem;margin-top:2rem}
"""

SCRIPT = """
(function(){
  var index = JSON.parse(document.getElementById('index').textContent);
  function fold(s){
    return s.replace(/ł/g,'l').replace(/Ł/g,'L').toLowerCase().normalize('NFD')
      .replace(/[\\u0300-\\u036f]/g,'');
  }
  var box = document.getElementById('q'), none = document.getElementById('none');
  function filter(){
    var words = fold(box.value).split(/[^\\p{L}\\p{N}_]+/u).filter(Boolean), shown = 0;
    index.forEach(function(entry){
      var hit = words.every(function(w){
        return entry.w.some(function(x){ return x.indexOf(w) === 0; });
      });
      document.getElementById('a' + entry.id).hidden = !hit;
      if (hit) shown++;
    });
    none.hidden = shown > 0;
  }
  box.addEventListener('input', filter);
  filter();
})();
"""


def site_html(articles: list[SiteArticle], shop_name: str, made: dt.date) -> str:
    index = [{"id": a.id, "w": index_words(a)} for a in articles]
    title = html.escape(f"{shop_name} — help" if shop_name else "Help")
    body = "".join(_article_html(a) for a in articles)
    return (
        "<!DOCTYPE html>\n"
        '<html><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; script-src 'unsafe-inline'\">"
        f"<title>{title}</title><style>{STYLE}</style></head><body>"
        f"<h1>{title}</h1>"
        '<input id="q" type="search" placeholder="Search…" aria-label="Search" autofocus>'
        f'<p id="none" hidden>No article matches.</p><main>{body}</main>'
        f"<footer>{len(articles)} articles · {made.isoformat()}</footer>"
        f'<script id="index" type="application/json">{_script_json(index)}</script>'
        f"<script>{SCRIPT}</script></body></html>\n"
    )


def export_site(session: Session, folder: Path | str, made: dt.date) -> tuple[Path, int]:
    """Write the site into `folder` (made if missing, beside nothing else of
    ours); the page's path and how many articles it shows."""
    target = Path(folder).expanduser()
    if target.exists() and not target.is_dir():
        raise SiteError(f"{target} is a file; choose a folder.")
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise SiteError(f"Cannot make the folder {target}: {exc.strerror or exc}.") from None
    articles = shared_articles(session)
    shop_name = session.scalar(select(Shop.legal_name).order_by(Shop.id).limit(1)) or ""
    page = write_atomically(target / PAGE_NAME, site_html(articles, shop_name, made).encode())
    return page, len(articles)
