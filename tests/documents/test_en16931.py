"""The official EN 16931 schematron (CEN/TC 434 validation artefacts 1.3.16,
tests/data/en16931) passes the Factur-X XML of an invoice for every VAT
situation the app produces, in every document language: no error and no
warning."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from desktop.app import open_database
from desktop.db.session import read_only, unit_of_work
from desktop.documents.invoice import render_invoice
from desktop.documents.labels import LANGUAGES
from desktop.models import TaxRate
from desktop.services.billing.client_credit import apply_credit
from desktop.services.billing.invoices import draft_invoice, issue_invoice
from desktop.services.billing.payments import credit_invoice, record_payment
from desktop.services.printing.invoice_data import invoice_data
from tests import factories

from .en16931 import check, embedded_xml

pytest.importorskip("saxonche")

T = dt.datetime
D = dt.date
MARCH = dict(period_from=D(2026, 3, 1), period_to=D(2026, 3, 31))
SITUATIONS = (
    "domestic, two rates",
    "reverse charge",
    "zero-rated",
    "exempt",
    "export outside the EU",
    "JPY",
    "credit note",
    "partly paid",
    "credit applied",
)


def _build(db, language: str) -> dict[str, int]:
    """One issued invoice per VAT situation, for clients reading `language`."""
    with unit_of_work(db.sessions) as s:
        setup = factories.billing_shop(s)
        shop = setup.shop
        shop.street, shop.postcode, shop.city = "Storgatan 1", "411 01", "Göteborg"
        shop.vat_id, shop.legal_id, shop.legal_id_scheme = "SE556123456701", "5561234567", "0007"
        zero = TaxRate(code="Z0", name="Zero", rate_bp=0, category="Z")
        exempt = TaxRate(
            code="E0",
            name="Exempt",
            rate_bp=0,
            category="E",
            exemption_reason="Exempt from VAT, Mervärdesskattelagen 10 kap. 3 §",
        )
        s.add_all([zero, exempt])
        s.flush()

        def client(**values):
            values.setdefault("street", "Main Street 1")
            values.setdefault("postcode", "12345")
            values.setdefault("city", "Town")
            return factories.client(s, document_language=language, **values)

        def work(row, minutes=60, **values):
            factories.time_entry(s, setup, row, T(2026, 3, 4, 9), minutes, **values)

        def issued(row) -> int:
            invoice = draft_invoice(s, row.id, **MARCH)
            issue_invoice(s, invoice.id, D(2026, 3, 31))
            return invoice.id

        ids = {}
        domestic = client()
        work(domestic)
        factories.material(s, domestic, "Qzx book", 2000, 19900, setup.reduced.id)
        ids["domestic, two rates"] = issued(domestic)
        eu = client(country="DE", currency="EUR", vat_id="DE123456789", default_rate_minor=9500)
        work(eu)
        ids["reverse charge"] = issued(eu)
        zero_rated = client()
        work(zero_rated)
        factories.material(s, zero_rated, "Qzx export part", 1000, 50000, zero.id)
        ids["zero-rated"] = issued(zero_rated)
        exempt_client = client()
        work(exempt_client)
        factories.material(s, exempt_client, "Qzx course", 1000, 100000, exempt.id)
        ids["exempt"] = issued(exempt_client)
        norway = client(country="NO", currency="NOK", default_rate_minor=95000)
        work(norway)
        ids["export outside the EU"] = issued(norway)
        japan = client(country="JP", currency="JPY", default_rate_minor=12000)
        work(japan)
        ids["JPY"] = issued(japan)
        credit = credit_invoice(
            s, ids["domestic, two rates"], issue_date=D(2026, 4, 2), reason="Qzx"
        )
        ids["credit note"] = credit.id
        # One hour at 1,000.00 + 25 % VAT = 1,250.00, then 500.00 paid.
        partly = client(default_rate_minor=100000)
        work(partly)
        ids["partly paid"] = issued(partly)
        record_payment(s, ids["partly paid"], amount_minor=50000, received_on=D(2026, 4, 10))
        # The same 1,250.00 twice; the first paid 1,500.00, which leaves
        # 250.00 of credit, applied to the second, plus 300.00 of money.
        credited = client(default_rate_minor=100000)
        work(credited)
        first = issued(credited)
        factories.time_entry(s, setup, credited, T(2026, 3, 5, 9), 60)
        ids["credit applied"] = issued(credited)
        record_payment(s, first, amount_minor=150000, received_on=D(2026, 4, 10))
        apply_credit(s, credited.id, ids["credit applied"], amount_minor=25000, on=D(2026, 4, 11))
        record_payment(s, ids["credit applied"], amount_minor=30000, received_on=D(2026, 4, 12))
        return ids


@pytest.fixture(scope="module", params=LANGUAGES)
def xml_by_situation(request, tmp_path_factory):
    language = request.param
    db = open_database(str(tmp_path_factory.mktemp(f"cii-{language}") / "shop.db"))
    try:
        ids = _build(db, language)
        with read_only(db.sessions) as s:
            pdfs = {k: render_invoice(invoice_data(s, i)) for k, i in ids.items()}
            return language, {k: embedded_xml(pdf) for k, pdf in pdfs.items()}, pdfs
    finally:
        db.close()


@pytest.mark.parametrize("situation", SITUATIONS)
def test_the_official_schematron_finds_nothing(xml_by_situation, situation):
    language, xml, _ = xml_by_situation
    findings = check(xml[situation])
    assert findings == [], f"{language} {situation}:\n" + "\n".join(
        f"{f.flag} {f.rule}: {f.text}" for f in findings
    )


def test_the_schematron_does_report_errors(xml_by_situation):
    """The harness can fail: the same XML without its seller VAT id and
    legal id breaks BR-CO-26."""
    from lxml import etree

    _, xml, _ = xml_by_situation
    root = etree.fromstring(xml["export outside the EU"])
    from desktop.documents.einvoice import NS

    ns = {"ram": NS["ram"]}
    seller = root.find(".//ram:SellerTradeParty", ns)
    for tag in ("ram:SpecifiedLegalOrganization", "ram:SpecifiedTaxRegistration"):
        for node in seller.findall(tag, ns):
            seller.remove(node)
    rules = {f.rule for f in check(etree.tostring(root))}
    assert "BR-CO-26" in rules


def test_the_seller_registration_number_is_printed_and_in_the_xml(xml_by_situation):
    from .conftest import pdf_text

    _, xml, pdfs = xml_by_situation
    export = xml["export outside the EU"]
    assert b'<ram:ID schemeID="0007">5561234567</ram:ID>' in export
    assert b'schemeID="VA"' not in export  # BR-O-02: no VAT id (BT-31) on it
    assert "5561234567" in pdf_text(pdfs["export outside the EU"])


def _totals(xml: bytes) -> dict[str, str]:
    from lxml import etree

    from desktop.documents.einvoice import NS

    summary = etree.fromstring(xml).find(
        ".//ram:SpecifiedTradeSettlementHeaderMonetarySummation", {"ram": NS["ram"]}
    )
    return {etree.QName(node).localname: node.text for node in summary}


def _text(minor: int) -> str:
    return f"{Decimal(minor).scaleb(-2):.2f}"


# situation: (total, paid, credit applied) in minor units, figured by hand above
PAID = {
    "partly paid": (125000, 50000, 0),
    "credit applied": (125000, 25000 + 30000, 25000),
}


@pytest.mark.parametrize("situation", PAID)
def test_the_xml_says_what_the_page_says_after_payments(xml_by_situation, situation):
    """Paid and due in the XML are the page's: 1,250.00 − 500.00 = 750.00 due;
    1,250.00 − (250.00 credit + 300.00 money) = 700.00 due."""
    from desktop.documents.formatting import Formatter
    from desktop.documents.labels import language_of

    from .conftest import norm, pdf_text

    language, xml, pdfs = xml_by_situation
    total, paid, applied = PAID[situation]
    due = {"partly paid": 125000 - 50000, "credit applied": 125000 - 25000 - 30000}[situation]
    assert due == total - paid
    totals = _totals(xml[situation])
    assert totals["GrandTotalAmount"] == _text(total)
    assert totals["TotalPrepaidAmount"] == _text(paid)
    assert totals["DuePayableAmount"] == _text(due)
    fmt = Formatter(language_of(language), "SEK")
    text = pdf_text(pdfs[situation])
    assert norm(f"{fmt.t('balance')} {fmt.money(due)}") in text
    money_paid = paid - applied
    assert norm(f"{fmt.t('paid')} {fmt.money(-money_paid)}") in text
    if applied:
        assert norm(f"{fmt.t('credit_applied')} {fmt.money(-applied)}") in text


def test_an_unpaid_invoice_has_no_prepaid_amount(xml_by_situation):
    _, xml, _ = xml_by_situation
    totals = _totals(xml["domestic, two rates"])
    assert "TotalPrepaidAmount" not in totals
    assert totals["DuePayableAmount"] == totals["GrandTotalAmount"]
