"""Table headers in every language: a header wraps only between words and
every line of it fits its column ("Do rozlicz/enia" was a Polish header
broken mid-word). Every table of every kind of document is checked, with
the column widths and styles the renderer really used."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from reportlab.platypus import Paragraph

from desktop.documents import blocks
from desktop.documents.invoice import render_invoice
from desktop.documents.labels import LANGUAGES
from desktop.documents.statement import render_statement
from desktop.documents.visit_report import render_visit_report
from desktop.services.printing.invoice_data import invoice_data
from desktop.services.printing.statement_data import statement_data
from desktop.services.printing.visit_report_data import visit_data

PERIOD = (dt.date(2026, 9, 1), dt.date(2026, 11, 29))
DOCUMENTS = {
    "invoice": (lambda s: invoice_data(s, 372), render_invoice),
    "credit note": (lambda s: invoice_data(s, 464), render_invoice),
    "visit report": (lambda s: visit_data(s, 416), render_visit_report),
    "statement": (lambda s: statement_data(s, 17, *PERIOD), render_statement),
}


@pytest.fixture(scope="module")
def frozen(demo_db):
    from desktop.db.session import read_only

    with read_only(demo_db.sessions) as session:
        return {kind: build(session) for kind, (build, _) in DOCUMENTS.items()}


def _headers(monkeypatch, render, data) -> list[tuple[str, Paragraph, float]]:
    """(label, header paragraph, column width) of every data table drawn."""
    seen = []
    original = blocks.data_table

    def recording(header, rows, widths, st, **kwargs):
        table = original(header, rows, widths, st, **kwargs)
        seen.extend(
            [
                (text, cell, width)
                for text, cell, width in zip(header, table._cellvalues[0], widths, strict=True)
            ]
        )
        return table

    monkeypatch.setattr(blocks, "data_table", recording)
    render(data)
    return seen


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", DOCUMENTS)
def test_headers_wrap_between_words_and_fit(frozen, monkeypatch, kind, language):
    data = dataclasses.replace(frozen[kind], language=language)
    headers = _headers(monkeypatch, DOCUMENTS[kind][1], data)
    assert headers, "no table was drawn"
    for text, paragraph, width in headers:
        room = width - 2 * blocks.CELL_PAD
        paragraph.wrap(room, 1000)
        lines = paragraph.blPara.lines
        words = text.split()
        printed = [word for _, line_words in lines for word in line_words]
        assert printed == words, f"{language} {kind}: {text!r} printed as {printed!r}"
        for extra_space, line_words in lines:
            assert extra_space >= -0.01, f"{language} {kind}: {' '.join(line_words)!r} overflows"


def test_a_header_word_wider_than_its_column_shrinks_whole():
    from desktop.documents.theme import Styles, accent_of

    st = Styles(accent_of(None))
    narrow = blocks.fitted_head("Zarejestrowano", 40, st)
    assert narrow.fontSize < st.head.fontSize and narrow.splitLongWords == 0
    paragraph = Paragraph("Zarejestrowano", narrow)
    paragraph.wrap(40, 1000)
    assert [w for _, ws in paragraph.blPara.lines for w in ws] == ["Zarejestrowano"]
    assert blocks.fitted_head("Do rozliczenia", 60, st).fontSize == st.head.fontSize
