"""Every language is complete, and the command line writes the PDFs."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from desktop.__main__ import main
from desktop.documents.formatting import Formatter
from desktop.documents.labels import LANGUAGES, label, language_of, missing_keys

from .conftest import page_count


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_label_is_translated(language):
    assert missing_keys(language) == set()
    assert "{page}" not in label(language, "page", page=1, pages=2)


def test_language_fallback_and_formats():
    assert language_of("sv_SE") == "sv" and language_of("fr") == "en"
    assert Formatter("pl", "PLN").money(123450).replace("\u00a0", " ") == "1 234,50 zł"
    assert Formatter("el", "EUR").date(dt.date(2026, 3, 31)) == "31 Μαρ 2026"
    assert Formatter("en", "JPY").money(1234) == "JP¥1,234"
    assert Formatter("sv").minutes(-75) == "−1:15"


@pytest.mark.parametrize(
    "argv",
    [
        ["invoice", "pdf", "2025-00003"],
        ["invoice", "pdf", "462"],
        ["visit", "pdf", "452"],
        [
            "prepaid",
            "statement",
            "Bergström Tandvård AB",
            "--from",
            "2026-09-01",
            "--to",
            "2026-11-29",
        ],
    ],
)
def test_cli_writes_the_pdf(demo_db, tmp_path, capsys, argv):
    out = tmp_path / "doc.pdf"
    database = db_path(demo_db)
    code = main(["--db", database, "--json", *argv, "-o", str(out)])
    result = json.loads(capsys.readouterr().out)
    assert code == 0 and result["path"] == str(out) and result["size"] == out.stat().st_size
    assert out.read_bytes().startswith(b"%PDF") and page_count(out.read_bytes()) >= 1


def test_cli_reports_an_unknown_visit(demo_db, tmp_path, capsys):
    code = main(
        [
            "--db",
            db_path(demo_db),
            "--json",
            "visit",
            "pdf",
            "999999",
            "-o",
            str(tmp_path / "x.pdf"),
        ]
    )
    assert code == 1 and "no visit" in json.loads(capsys.readouterr().err)["message"]
    assert not (tmp_path / "x.pdf").exists()


def db_path(db) -> str:
    return db.engine.url.database


def test_greek_capitals_drop_their_accents():
    from desktop.documents.theme import caps

    assert caps("Εκδότης") == "ΕΚΔΟΤΗΣ" and caps("Från") == "FRÅN"
