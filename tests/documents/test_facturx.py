"""The EN 16931 XML embedded in issued invoices passes the official schema
and says what the printed invoice says."""

from __future__ import annotations

import dataclasses
import io
from decimal import Decimal

import pytest
from facturx import get_xml_from_pdf, xml_check_xsd
from lxml import etree
from pypdf import PdfReader

from desktop.documents.einvoice import NS, EInvoiceError, cii_xml
from desktop.documents.invoice import render_invoice
from desktop.services.printing.invoice_data import invoice_data

GREEK_EUR, GBP_OUTSIDE_EU, JPY, PARTLY_PAID, CREDIT_NOTE, DRAFT = 3, 4, 5, 31, 464, 462


def _xml(pdf: bytes) -> etree._Element:
    name, xml = get_xml_from_pdf(pdf, check_xsd=False)
    assert name == "factur-x.xml"
    assert xml_check_xsd(xml, flavor="factur-x", level="en16931")
    return etree.fromstring(xml)


def _amount(root, path: str) -> Decimal:
    return Decimal(root.findtext(path, namespaces=NS))


@pytest.mark.parametrize("invoice_id", [GREEK_EUR, GBP_OUTSIDE_EU, JPY, PARTLY_PAID, CREDIT_NOTE])
def test_embedded_xml_is_valid_and_matches_the_printed_figures(read, invoice_id):
    data = read(invoice_data, invoice_id)
    root = _xml(render_invoice(data))
    sign = -1 if data.kind == "credit_note" else 1
    digits = 0 if data.currency == "JPY" else 2

    def money(minor: int) -> Decimal:
        return Decimal(minor * sign).scaleb(-digits)

    summary = ".//ram:SpecifiedTradeSettlementHeaderMonetarySummation/"
    assert root.findtext(".//rsm:ExchangedDocument/ram:ID", namespaces=NS) == data.number
    assert _amount(root, summary + "ram:TaxBasisTotalAmount") == money(data.net_minor)
    assert _amount(root, summary + "ram:TaxTotalAmount") == money(data.tax_minor)
    assert _amount(root, summary + "ram:GrandTotalAmount") == money(data.total_minor)
    groups = root.findall(".//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax", NS)
    assert len(groups) == len(data.vat_rows)
    for node, row in zip(groups, data.vat_rows, strict=True):
        assert node.findtext("ram:CategoryCode", namespaces=NS) == row.category
        assert _amount(node, "ram:BasisAmount") == money(row.taxable_minor)
        assert _amount(node, "ram:CalculatedAmount") == money(row.tax_minor)
    lines = root.findall(".//ram:IncludedSupplyChainTradeLineItem", NS)
    assert [_amount(x, ".//ram:LineTotalAmount") for x in lines] == [
        money(line.net_minor) for line in data.lines
    ]
    seller = root.find(".//ram:SellerTradeParty", NS)
    buyer = root.find(".//ram:BuyerTradeParty", NS)
    assert seller.findtext("ram:Name", namespaces=NS) == data.seller.name
    assert buyer.findtext("ram:Name", namespaces=NS) == data.buyer.name
    assert seller.findtext(".//ram:SpecifiedTaxRegistration/ram:ID", namespaces=NS) == (
        data.seller.vat_id
    )


def test_credit_note_is_type_381_and_references_the_invoice(read):
    data = read(invoice_data, CREDIT_NOTE)
    root = _xml(render_invoice(data))
    assert root.findtext(".//rsm:ExchangedDocument/ram:TypeCode", namespaces=NS) == "381"
    assert (
        root.findtext(".//ram:InvoiceReferencedDocument/ram:IssuerAssignedID", namespaces=NS)
        == data.corrects_number
    )


def test_the_pdf_declares_pdfa3_and_the_attachment(read):
    pdf = render_invoice(read(invoice_data, GREEK_EUR))
    reader = PdfReader(io.BytesIO(pdf))
    assert "factur-x.xml" in reader.attachments
    raw = reader.trailer["/Root"]["/Metadata"].get_object().get_data()
    assert b"<pdfaid:part>3</pdfaid:part>" in raw or b'pdfaid:part="3"' in raw
    assert b"fx:ConformanceLevel" in raw and b"EN 16931" in raw


def test_the_setting_turns_the_e_invoice_off_and_drafts_have_none(read):
    data = read(invoice_data, GREEK_EUR)
    off = render_invoice(dataclasses.replace(data, embed_e_invoice=False))
    assert "factur-x.xml" not in PdfReader(io.BytesIO(off)).attachments
    draft = render_invoice(read(invoice_data, DRAFT))
    assert not PdfReader(io.BytesIO(draft)).attachments
    with pytest.raises(EInvoiceError):
        cii_xml(read(invoice_data, DRAFT), 2)
