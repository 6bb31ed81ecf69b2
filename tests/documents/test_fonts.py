"""PDF/A-3b wants every font embedded: each kind of document, charts and the
payment QR code and the Swiss QR-bill included, uses only the shipped DejaVu fonts, embedded and
subset. Checked twice: with poppler's `pdffonts` (what a reviewer runs) and by
reading the font dictionaries with pypdf (runs where poppler is missing)."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess

import pytest
from pypdf import PdfReader

from desktop.documents.invoice import render_invoice
from desktop.documents.statement import render_statement
from desktop.documents.visit_report import render_visit_report
from desktop.services.printing.invoice_data import invoice_data
from desktop.services.printing.statement_data import statement_data
from desktop.services.printing.visit_report_data import visit_data

from .swiss import swiss_invoice

PERIOD = (dt.date(2026, 9, 1), dt.date(2026, 11, 29))

# kind: how to build its data and render it
DOCUMENTS = {
    "invoice EUR with payment QR": (lambda s: invoice_data(s, 3), render_invoice),
    "invoice SEK, three pages": (lambda s: invoice_data(s, 372), render_invoice),
    "invoice PLN, partly paid": (lambda s: invoice_data(s, 31), render_invoice),
    "credit note": (lambda s: invoice_data(s, 464), render_invoice),
    "invoice CHF with Swiss QR-bill": (lambda s: swiss_invoice(), render_invoice),
    "draft invoice": (lambda s: invoice_data(s, 462), render_invoice),
    "visit report signed": (lambda s: visit_data(s, 452), render_visit_report),
    "visit report unsigned": (lambda s: visit_data(s, 454), render_visit_report),
    "prepaid statement with chart": (lambda s: statement_data(s, 17, *PERIOD), render_statement),
}


@pytest.fixture(scope="module")
def rendered(demo_db):
    from desktop.db.session import read_only

    pdfs = {}
    with read_only(demo_db.sessions) as session:
        for kind, (build, render) in DOCUMENTS.items():
            pdfs[kind] = render(build(session))
    return pdfs


def _pdffonts(pdf: bytes, tmp_path) -> list[dict[str, str]]:
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True)
    header, rule, *rows = out.stdout.splitlines()
    # Columns are fixed-width; the rule under the header shows where each starts.
    starts = [i for i, ch in enumerate(rule) if ch == "-" and (i == 0 or rule[i - 1] == " ")]
    names = [header[a:b].strip() for a, b in zip(starts, [*starts[1:], None], strict=True)]
    return [
        {
            name: row[a:b].strip()
            for name, a, b in zip(names, starts, [*starts[1:], None], strict=True)
        }
        for row in rows
    ]


@pytest.mark.parametrize("kind", DOCUMENTS)
def test_pdffonts_lists_only_embedded_subset_dejavu(rendered, kind, tmp_path):
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts (poppler-utils) is not installed; scripts/bootstrap.sh installs it")
    fonts = _pdffonts(rendered[kind], tmp_path)
    assert fonts, "pdffonts found no font at all"
    for font in fonts:
        assert (font["emb"], font["sub"]) == ("yes", "yes"), f"{kind}: {font}"
        # a subset's name is six capitals, '+', the font's name
        prefix, _, base = font["name"].partition("+")
        assert len(prefix) == 6 and prefix.isupper(), f"{kind}: {font['name']}"
        assert base in ("DejaVuSans", "DejaVuSans-Bold"), f"{kind}: {font['name']}"


@pytest.mark.parametrize("kind", DOCUMENTS)
def test_every_font_dictionary_carries_its_font_file(rendered, kind):
    reader = PdfReader(io.BytesIO(rendered[kind]))
    seen = set()
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.get_object().values():
            font = ref.get_object()
            seen.add(str(font["/BaseFont"]))
            descriptor = font.get("/FontDescriptor")
            assert descriptor is not None, f"{kind}: {font['/BaseFont']} has no descriptor"
            descriptor = descriptor.get_object()
            assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), (
                f"{kind}: {font['/BaseFont']} is not embedded"
            )
    assert seen and all(name.split("+")[-1].startswith("DejaVuSans") for name in seen), seen
