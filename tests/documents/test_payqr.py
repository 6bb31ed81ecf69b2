"""The EPC (SEPA credit transfer) QR code: its payload, when it is printed,
and that a scanner reads it back from the rendered page."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from desktop.documents.invoice import render_invoice
from desktop.documents.payqr import epc_payload
from desktop.services.printing.invoice_data import invoice_data

from .conftest import pdf_text

IBAN = "SE45 5000 0000 0583 9825 7466"


def test_payload_follows_epc069_12_version_2():
    payload = epc_payload(
        name="Västkust IT-Support AB",
        iban=IBAN,
        bic="ESSESESS",
        currency="EUR",
        amount_minor=65840,
        reference="2025-00003",
    )
    assert payload == (
        "BCD\n002\n1\nSCT\nESSESESS\nVästkust IT-Support AB\nSE4550000000058398257466\n"
        "EUR658.40\n\n\n2025-00003"
    )
    assert len(payload.encode()) <= 331


@pytest.mark.parametrize(
    ("currency", "iban", "amount"),
    [("SEK", IBAN, 100), ("EUR", None, 100), ("EUR", IBAN, 0), ("EUR", "US12345678901234", 100)],
)
def test_no_code_where_it_does_not_apply(currency, iban, amount):
    assert (
        epc_payload(
            name="X", iban=iban, bic=None, currency=currency, amount_minor=amount, reference="1"
        )
        is None
    )


def test_eur_invoice_carries_a_code_that_scans_back(read, tmp_path):
    zxingcpp = pytest.importorskip("zxingcpp")
    from PIL import Image

    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    data = read(invoice_data, 3)
    pdf = render_invoice(data)
    assert "Σαρώστε για πληρωμή" in pdf_text(pdf)
    (tmp_path / "i.pdf").write_bytes(pdf)
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            "200",
            "-png",
            "-f",
            "1",
            "-l",
            "1",
            str(tmp_path / "i.pdf"),
            str(tmp_path / "p"),
        ],
        check=True,
    )
    image = Image.open(next(tmp_path.glob("p*.png")))
    texts = [code.text for code in zxingcpp.read_barcodes(image)]
    assert texts == [
        epc_payload(
            name=data.seller.name,
            iban=data.brand.iban,
            bic=data.brand.bic,
            currency="EUR",
            amount_minor=data.balance_minor,
            reference=data.number,
        )
    ]


def test_sek_invoice_has_no_code(read):
    data = read(invoice_data, 66)
    assert data.currency == "SEK" and data.balance_minor > 0
    assert "Skanna för att betala" not in pdf_text(render_invoice(data))
