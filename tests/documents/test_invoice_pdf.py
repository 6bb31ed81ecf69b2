"""Invoices and credit notes from the demo shop carry every field art. 226 of
the VAT Directive asks for, in the client's language."""

from __future__ import annotations

import dataclasses

import pytest

from desktop.documents.formatting import Formatter, format_iban
from desktop.documents.invoice import render_invoice
from desktop.services.printing.invoice_data import invoice_data

from .conftest import norm, page_count, pdf_text

GREEK_EUR = 3  # 2025-00003: Greek client, EUR, reverse charge, unpaid
LONG_SWEDISH = 372  # 30 lines, raw time shown, paid
PARTLY_PAID = 31  # Polish, PLN
CREDIT_NOTE = 464
DRAFT = 462


def _render(read, invoice_id):
    data = read(invoice_data, invoice_id)
    return data, render_invoice(data)


def test_issued_invoice_has_every_mandatory_field(read):
    data, pdf = _render(read, GREEK_EUR)
    text = pdf_text(pdf)
    fmt = Formatter(data.language, data.currency)
    assert data.number in text and "Τιμολόγιο" in text
    assert fmt.date(data.issue_date) in text
    assert norm(fmt.period(data.supply_from, data.supply_to)) in text
    assert fmt.date(data.due_date) in text
    for party in (data.seller, data.buyer):
        assert party.name in text and party.street in text and party.vat_id in text
    for line in data.lines:
        assert line.description.split(",")[0] in text
        assert norm(fmt.number(line.net_minor)) in text
    for row in data.vat_rows:
        assert norm(fmt.money(row.taxable_minor)) in text
    assert norm(fmt.money(data.total_minor)) in text
    assert fmt.t("reverse_charge")[:40] in text
    assert format_iban(data.brand.iban) in text  # footer and payment box


def test_long_invoice_splits_with_repeated_header_and_page_numbers(read):
    data, pdf = _render(read, LONG_SWEDISH)
    pages = page_count(pdf)
    assert pages >= 2
    text = pdf_text(pdf)
    assert text.count("Beskrivning") >= 2  # the table header repeated on the next page
    assert f"Sida {pages} av {pages}" in text
    assert data.show_raw_time and "Loggat" in text and "debiterat" in text


def test_paid_so_far_and_balance_due(read):
    data, pdf = _render(read, PARTLY_PAID)
    text = pdf_text(pdf)
    fmt = Formatter(data.language, data.currency)
    assert 0 < data.paid_minor < data.total_minor
    assert data.balance_minor == data.total_minor - data.paid_minor
    assert "Zapłacono" in text and norm(fmt.money(-data.paid_minor)) in text
    assert "Pozostało do zapłaty" in text and norm(fmt.money(data.balance_minor)) in text
    assert "zł" in text and "Faktura" in text


def test_credit_note_names_the_invoice_it_corrects(read):
    data, pdf = _render(read, CREDIT_NOTE)
    text = pdf_text(pdf)
    assert data.kind == "credit_note" and data.corrects_number
    assert "Kreditfaktura" in text and data.number in text
    assert f"Krediterar faktura {data.corrects_number}" in text
    assert norm(Formatter("sv", data.currency).money(data.total_minor)) in text


def test_draft_has_a_watermark_and_no_number(read):
    data, pdf = _render(read, DRAFT)
    text = pdf_text(pdf)
    assert data.number is None
    assert "UTKAST" in text and "ännu inte utfärdad" in text
    assert "Fakturanummer" not in text
    assert b"factur-x.xml" not in pdf


def test_the_font_is_embedded_not_helvetica(read):
    _, pdf = _render(read, PARTLY_PAID)
    assert b"DejaVuSans" in pdf and b"/Helvetica" not in pdf


def test_a_logo_is_drawn_and_a_broken_one_is_ignored(read):
    import io

    from PIL import Image

    data = read(invoice_data, GREEK_EUR)
    png = io.BytesIO()
    Image.new("RGB", (300, 90), "#0F6E6E").save(png, "PNG")
    with_logo = dataclasses.replace(
        data, brand=dataclasses.replace(data.brand, logo_png=png.getvalue())
    )
    assert b"/Subtype /Image" in render_invoice(with_logo)
    broken = dataclasses.replace(data, brand=dataclasses.replace(data.brand, logo_png=b"nope"))
    assert "Västkust IT" in pdf_text(render_invoice(broken))


@pytest.mark.parametrize(
    ("language", "currency", "minor", "expected"),
    [
        # Babel alone gives "CHF900.00" and "-SEK16,395.41": a currency code
        # gets CLDR's no-break space against the digits; a symbol does not.
        ("en", "CHF", 90000, "CHF\u00a0900.00"),
        ("en", "SEK", -1639541, "-SEK\u00a016,395.41"),
        ("en", "EUR", 90000, "€900.00"),
        ("pl", "PLN", 123456, "1\u00a0234,56\u00a0zł"),
        ("sv", "SEK", 90000, "900,00\u00a0kr"),
    ],
)
def test_a_currency_code_never_touches_its_amount(language, currency, minor, expected):
    assert Formatter(language, currency).money(minor) == expected
