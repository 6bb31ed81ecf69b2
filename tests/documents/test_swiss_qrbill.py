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


def test_through_the_services_the_bill_asks_what_the_xml_says_is_due(tmp_path):
    """A Zürich shop's CHF invoice to a client in Bern, issued and partly
    paid in the database: one hour at 1,000.00 + 25 % VAT (the test shop's
    rate) = 1,250.00, 500.00 paid, so 750.00 on the bill and in the XML."""
    import datetime as dt

    from desktop.app import open_database
    from desktop.db.session import read_only, unit_of_work
    from desktop.services.billing.invoices import draft_invoice, issue_invoice
    from desktop.services.billing.payments import record_payment
    from desktop.services.printing.invoice_data import invoice_data
    from tests import factories

    from .en16931 import embedded_xml

    db = open_database(str(tmp_path / "shop.db"))
    try:
        with unit_of_work(db.sessions) as s:
            setup = factories.billing_shop(s)
            shop = setup.shop
            shop.street, shop.postcode, shop.city = "Bahnhofstrasse 1", "8001", "Zürich"
            shop.country, shop.default_currency, shop.iban = "CH", "CHF", IBAN.replace(" ", "")
            client = factories.client(
                s,
                country="CH",
                currency="CHF",
                street="Marktgasse 5",
                postcode="3011",
                city="Bern",
                default_rate_minor=100000,
            )
            factories.time_entry(s, setup, client, dt.datetime(2026, 3, 4, 9), 60)
            march = dict(period_from=dt.date(2026, 3, 1), period_to=dt.date(2026, 3, 31))
            invoice = draft_invoice(s, client.id, **march)
            issue_invoice(s, invoice.id, dt.date(2026, 3, 31))
            record_payment(s, invoice.id, amount_minor=50000, received_on=dt.date(2026, 4, 10))
            invoice_id = invoice.id
        with read_only(db.sessions) as s:
            pdf = render_invoice(invoice_data(s, invoice_id))
    finally:
        db.close()
    due = 100000 + 25000 - 50000  # 750.00
    text = _bill_page_text(pdf)
    assert "Payment part" in text
    bill = text.split("Payment part", 1)[1]
    assert f"{due // 100}.{due % 100:02d}" in bill
    xml = embedded_xml(pdf)
    assert b"<ram:DuePayableAmount>750.00</ram:DuePayableAmount>" in xml
    assert b"<ram:TotalPrepaidAmount>500.00</ram:TotalPrepaidAmount>" in xml
