"""The Swiss QR-bill: printed for CHF invoices to clients in Switzerland or
Liechtenstein paid into a Swiss account, with the amount still due, a
reference the Swiss standard accepts and a code that scans back; never on
other invoices. Figures in tests/documents/swiss.py, by hand."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess

import pytest

from desktop.documents import swissqr
from desktop.documents.invoice import render_invoice

from .conftest import page_count, pdf_text
from .swiss import DUE, IBAN, QR_IBAN, swiss_invoice, with_buyer_country

pytest.importorskip("qrbill")


def _bill_page_text(pdf: bytes) -> str:
    from io import BytesIO

    from pypdf import PdfReader

    last = PdfReader(BytesIO(pdf)).pages[-1].extract_text() or ""
    return " ".join(last.split())


def test_a_chf_invoice_to_a_swiss_client_carries_the_payment_part():
    pdf = render_invoice(swiss_invoice())
    text = _bill_page_text(pdf)
    assert "Payment part" in text and "Receipt" in text
    assert "Acceptance point" in text
    # 1,081.00 − 331.00 = 750.00 due, as the standard writes it (no thousands mark here)
    assert "CHF 750.00" in text or "CHF750.00" in text.replace(" ", "")
    assert "750.00" in text
    assert "CH93 0076 2011 6238 5295 7" in text  # the account, grouped by four
    assert page_count(pdf) == 1  # a short invoice: the bill at the bottom of its page


def test_the_part_goes_to_a_page_of_its_own_when_the_last_is_full():
    pdf = render_invoice(swiss_invoice(lines=34))
    assert page_count(pdf) == 2
    last = _bill_page_text(pdf)
    assert "Payment part" in last and "Balance due" in last
    # the footer gives way to the bill on that page, the number stays
    assert "Page 2 of 2" in last
    # once, in the payment box above the bill; a footer would print it again
    assert last.count("BIC: UBSWCHZH80A") == 1


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(with_buyer_country(swiss_invoice(), "DE"), id="CHF to a German client"),
        pytest.param(swiss_invoice(currency="PLN"), id="PLN to a Swiss client"),
        pytest.param(swiss_invoice(balance_minor=0, paid_minor=108100), id="paid in full"),
        pytest.param(
            swiss_invoice(
                brand=dataclasses.replace(swiss_invoice().brand, iban="DE89370400440532013000")
            ),
            id="a German IBAN",
        ),
    ],
)
def test_no_payment_part_where_it_does_not_apply(data):
    text = pdf_text(render_invoice(data))
    assert "Payment part" not in text and "Receipt" not in text


def test_the_creditor_reference_of_an_ordinary_iban_is_valid_iso_11649():
    from stdnum import iso11649

    ref = swissqr.reference(IBAN, "2026-00012")
    assert ref is not None and ref.startswith("RF") and ref.endswith("202600012")
    assert iso11649.is_valid(ref)
    assert swissqr.reference(IBAN, "X" * 22) is None  # more than 21 characters


def test_a_qr_iban_gets_a_27_digit_qr_reference():
    from stdnum.ch import esr

    ref = swissqr.reference(QR_IBAN, "INV-2026-00012")
    # I=18, N=23, V=31, then the digits; padded to 26, the check digit last
    assert ref is not None and ref[:-1] == "182331202600012".rjust(26, "0")
    assert esr.is_valid(ref)
    pdf = render_invoice(
        swiss_invoice(brand=dataclasses.replace(swiss_invoice().brand, iban=QR_IBAN))
    )
    assert "Payment part" in pdf_text(pdf)


def test_the_code_scans_back_to_the_bill(tmp_path):
    zxingcpp = pytest.importorskip("zxingcpp")
    from PIL import Image

    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    data = swiss_invoice()
    (tmp_path / "i.pdf").write_bytes(render_invoice(data))
    subprocess.run(
        ["pdftoppm", "-r", "200", "-png", str(tmp_path / "i.pdf"), str(tmp_path / "p")],
        check=True,
    )
    image = Image.open(next(tmp_path.glob("p*.png")))
    texts = [code.text for code in zxingcpp.read_barcodes(image)]
    assert len(texts) == 1
    fields = texts[0].replace("\r\n", "\n").split("\n")
    assert fields[:4] == ["SPC", "0200", "1", "CH9300762011623852957"]
    assert "750.00" in fields and "CHF" in fields  # the amount due, DUE = 75000
    assert f"{DUE // 100}.{DUE % 100:02d}" == "750.00"
    assert swissqr.reference(IBAN, "2026-00012") in fields
    assert "EPD" in fields
