"""A CHF invoice of a Zürich shop to a client in Bern, as frozen data (no
database: the renderer is what these tests look at). Figures by hand: one
hour at 1,000.00 plus Swiss VAT 8.1 % = 81.00, total 1,081.00; 331.00 paid,
so 750.00 is still due."""

from __future__ import annotations

import dataclasses
import datetime as dt

from desktop.documents.data import Brand, InvoiceData, InvoiceLineData, Party, VatRow

IBAN = "CH93 0076 2011 6238 5295 7"  # an ordinary Swiss IBAN
QR_IBAN = "CH44 3199 9123 0008 8901 2"  # bank id 31999: a QR-IBAN
NET, VAT, PAID = 100000, 8100, 33100
TOTAL = NET + VAT  # 1,081.00
DUE = TOTAL - PAID  # 750.00


def swiss_invoice(lines: int = 1, **changes) -> InvoiceData:
    seller = Party(
        name="Bergsupport GmbH",
        street="Bahnhofstrasse 1",
        postcode="8001",
        city="Zürich",
        country="CH",
        vat_id="CHE123456789",
    )
    buyer = Party(
        name="Muster AG", street="Marktgasse 5", postcode="3011", city="Bern", country="CH"
    )
    brand = Brand(
        name="Bergsupport",
        legal_name="Bergsupport GmbH",
        street="Bahnhofstrasse 1",
        postcode="8001",
        city="Zürich",
        country="CH",
        iban=IBAN,
        bic="UBSWCHZH80A",
    )
    # The net split over `lines` lines of equal time (1,000.00 = n × share + rest).
    share, rest = divmod(NET, lines)
    rows = tuple(
        InvoiceLineData(
            position=i + 1,
            kind="labour",
            description=f"Remote support, ticket {i + 1}",
            quantity_milli=1000,
            unit="h",
            unit_price_minor=share + (rest if i == 0 else 0),
            net_minor=share + (rest if i == 0 else 0),
            vat_rate_bp=810,
            vat_category="S",
            line_date=dt.date(2026, 3, 4),
        )
        for i in range(lines)
    )
    data = InvoiceData(
        kind="invoice",
        status="partly_paid",
        language="en",
        currency="CHF",
        seller=seller,
        buyer=buyer,
        brand=brand,
        lines=rows,
        vat_rows=(VatRow("S", 810, NET, VAT),),
        net_minor=NET,
        tax_minor=VAT,
        total_minor=TOTAL,
        number="2026-00012",
        series_code="INV",
        issue_date=dt.date(2026, 3, 31),
        due_date=dt.date(2026, 4, 30),
        payment_terms_days=30,
        paid_minor=PAID,
        balance_minor=DUE,
    )
    return dataclasses.replace(data, **changes)


def with_buyer_country(data: InvoiceData, country: str) -> InvoiceData:
    return dataclasses.replace(data, buyer=dataclasses.replace(data.buyer, country=country))
