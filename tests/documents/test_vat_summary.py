"""The printed VAT summary has a row per rate, 0 % and exempt included, each
with its basis, rate, VAT and reason; the XML gives a reason only where
EN 16931 wants one (issue 21, class 5)."""

from __future__ import annotations

import dataclasses

from lxml import etree

from desktop.documents.data import VatRow
from desktop.documents.einvoice import NS, cii_xml
from desktop.documents.formatting import Formatter
from desktop.documents.invoice import render_invoice
from desktop.services.printing.invoice_data import invoice_data

from .conftest import norm, pdf_text

GREEK_EUR = 3
EXEMPT_WHY = "Article 135(1)(g), Directive 2006/112/EC"
# Basis, rate and VAT of each group, by hand: 25 % of 1,000.00 = 250.00;
# the other groups are at 0 % and carry no VAT.
ROWS = (
    VatRow("S", 2500, 100000, 25000),
    VatRow("Z", 0, 20000, 0),
    VatRow("E", 0, 30000, 0, EXEMPT_WHY),
    VatRow("AE", 0, 40000, 0),
)


def _mixed(read):
    data = read(invoice_data, GREEK_EUR)
    return dataclasses.replace(data, language="en", vat_rows=ROWS)


def _rows_in_order(text: str, fmt: Formatter) -> list[int]:
    summary = text[text.index(fmt.t("vat_summary")) :]
    return [summary.index(norm(fmt.money(r.taxable_minor))) for r in ROWS]


def test_every_rate_row_is_printed_with_its_reason(read):
    data = _mixed(read)
    fmt = Formatter("en", data.currency)
    text = pdf_text(render_invoice(data))
    summary = text[text.index(fmt.t("vat_summary")) :]
    assert fmt.t("vat_note") in summary
    for row in ROWS:
        assert norm(fmt.money(row.taxable_minor)) in summary
    assert norm(fmt.money(25000)) in summary
    assert "Z · " in summary and "E · " in summary and "AE · " in summary
    assert EXEMPT_WHY in summary
    assert fmt.t("reverse_charge") in summary
    # One row each, in the order of the summary.
    positions = _rows_in_order(text, fmt)
    assert positions == sorted(positions)


def test_zero_rated_group_has_no_exemption_reason_in_the_xml(read):
    data = _mixed(read)
    root = etree.fromstring(cii_xml(data, 2))
    groups = root.findall(".//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax", NS)
    by_code = {g.findtext("ram:CategoryCode", namespaces=NS): g for g in groups}
    assert set(by_code) == {"S", "Z", "E", "AE"}
    # BR-S-10 and BR-Z-10: no reason; BR-E-10 and BR-AE-10: a reason.
    assert by_code["S"].find("ram:ExemptionReason", NS) is None
    assert by_code["Z"].find("ram:ExemptionReason", NS) is None
    assert by_code["E"].findtext("ram:ExemptionReason", namespaces=NS) == EXEMPT_WHY
    assert by_code["AE"].find("ram:ExemptionReason", NS) is not None
