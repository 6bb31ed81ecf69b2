"""The Session side of the documents: read an invoice (or credit note) and
everything printed on it into the frozen `desktop.documents.data` classes.

Why here and not in the renderer: rendering must work from immutable data
(on a worker thread, in a batch, in a test without a database), while the
figures printed — VAT per rate, paid so far, balance due — are business
rules that belong to the services. Issued invoices print their seller and
buyer snapshots, never today's addresses."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from desktop.documents.data import Brand, InvoiceData, InvoiceLineData, Party, VatRow
from desktop.models import Client, Invoice, InvoiceSeries, Shop
from desktop.services.billing.client_credit import applied_credit, client_credit
from desktop.services.billing.invoices import InvoiceError, party_snapshot
from desktop.services.billing.payments import credited_total, outstanding
from desktop.services.billing.rules import the_shop
from desktop.services.billing.tax import taxable, vat_summary


def brand_of(shop: Shop) -> Brand:
    """The shop's look and footer details as they stand now."""
    return Brand(
        name=shop.trading_name or shop.legal_name,
        legal_name=shop.legal_name,
        street=shop.street,
        postcode=shop.postcode,
        city=shop.city,
        country=shop.country,
        vat_id=shop.vat_id,
        registration=shop.registration,
        iban=shop.iban,
        bic=shop.bic,
        bank_name=shop.bank_name,
        email=shop.email,
        phone=shop.phone,
        website=shop.website,
        logo_png=shop.logo_png,
        accent_color=shop.accent_color,
    )


def party_of(snapshot: dict[str, Any]) -> Party:
    """A seller/buyer snapshot (see `invoices.party_snapshot`) as a Party."""
    return Party(
        name=snapshot.get("legal_name") or snapshot.get("name") or "",
        street=snapshot.get("street") or "",
        postcode=snapshot.get("postcode") or "",
        city=snapshot.get("city") or "",
        country=snapshot.get("country") or "",
        vat_id=snapshot.get("vat_id"),
        registration=snapshot.get("registration"),
        email=snapshot.get("email"),
        phone=snapshot.get("phone"),
    )


def client_party(client: Client) -> Party:
    return party_of(party_snapshot(client))


def invoice_data(session: Session, invoice_id: int) -> InvoiceData:
    """Everything `render_invoice` prints for this invoice or credit note."""
    invoice = session.get(Invoice, invoice_id)
    if invoice is None:
        raise InvoiceError(f"There is no invoice {invoice_id}.")
    shop = the_shop(session)
    client = session.get(Client, invoice.client_id)
    assert client is not None
    series = session.get(InvoiceSeries, invoice.series_id)
    seller = invoice.seller_snapshot or party_snapshot(shop)
    buyer = invoice.buyer_snapshot or party_snapshot(client)
    lines = tuple(
        InvoiceLineData(
            position=line.position,
            kind=line.kind,
            description=line.description,
            quantity_milli=line.quantity_milli,
            unit=line.unit,
            unit_price_minor=line.unit_price_minor,
            net_minor=line.net_minor,
            vat_rate_bp=line.vat_rate_bp,
            vat_category=line.vat_category,
            line_date=line.line_date,
            period_from=line.period_from,
            period_to=line.period_to,
            raw_minutes=line.raw_minutes,
            billed_minutes=line.billed_minutes,
            by_minute=line.by_minute and line.billed_minutes is not None,
        )
        for line in invoice.lines
    )
    totals = vat_summary(taxable(x) for x in invoice.lines)
    draft = invoice.status == "draft"
    corrected = (
        session.get(Invoice, invoice.corrects_invoice_id) if invoice.corrects_invoice_id else None
    )
    terms = (
        (invoice.due_date - invoice.issue_date).days
        if invoice.due_date and invoice.issue_date
        else client.payment_terms_days
    )
    balance = invoice.total_minor if draft else outstanding(session, invoice)
    available = (
        client_credit(session, client.id, invoice.currency).available_minor
        if invoice.kind == "invoice" and balance > 0
        else 0
    )
    return InvoiceData(
        kind=invoice.kind,
        status=invoice.status,
        language=invoice.language or client.document_language,
        currency=invoice.currency,
        seller=party_of(seller),
        buyer=party_of(buyer),
        brand=brand_of(shop),
        lines=lines,
        vat_rows=tuple(
            VatRow(g.category, g.rate_bp, g.taxable_minor, g.tax_minor, g.exemption_reason)
            for g in totals.groups
        ),
        net_minor=totals.net_minor,
        tax_minor=totals.tax_minor,
        total_minor=totals.total_minor,
        number=invoice.number,
        series_code=series.code if series else "",
        series_name=series.name if series else "",
        issue_date=invoice.issue_date,
        supply_from=invoice.supply_from,
        supply_to=invoice.supply_to,
        due_date=invoice.due_date,
        payment_terms_days=terms if invoice.kind == "invoice" else None,
        paid_minor=invoice.paid_minor,
        credited_minor=0 if draft else credited_total(session, invoice.id),
        balance_minor=balance,
        credit_applied_minor=0 if draft else applied_credit(session, invoice.id),
        credit_available_minor=available,
        corrects_number=corrected.number if corrected else None,
        corrects_issue_date=corrected.issue_date if corrected else None,
        notes=invoice.notes,
        show_raw_time=client.show_raw_time,
        embed_e_invoice=shop.embed_e_invoice,
    )
