"""Drafting, editing, issuing and deleting invoices.

A draft links the work it bills (so nothing is drafted twice) but has no
number. Issuing gives it the next number of its series in the same
transaction, copies seller and buyer, and freezes it: the services refuse
changes and database triggers refuse them too."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from desktop.models import (
    Client,
    Invoice,
    InvoiceLine,
    InvoiceSeries,
    MaterialEntry,
    PrepaidLedgerEntry,
    Shop,
    TimeEntry,
)
from desktop.services.billing.blocks import bill_blocks
from desktop.services.billing.extras import bill_fees, bill_materials, bill_travel
from desktop.services.billing.labour import bill_time
from desktop.services.billing.line_drafts import GROUPINGS, LineDraft, merge
from desktop.services.billing.numbering import format_number
from desktop.services.billing.rules import SetupError, shop_holidays, the_shop
from desktop.services.billing.tax import taxable, vat_summary
from desktop.services.common.errors import UserError


class InvoiceError(UserError, ValueError):
    """An invoice operation that is not allowed, with the reason for the user."""


class NothingToBill(InvoiceError):
    pass


def default_series(session: Session, kind: str = "invoice") -> InvoiceSeries:
    series = session.scalar(
        select(InvoiceSeries)
        .where(InvoiceSeries.kind == kind, InvoiceSeries.active == True)  # noqa: E712
        .order_by(InvoiceSeries.id)
        .limit(1)
    )
    if series is None:
        raise SetupError(f"Add an {kind.replace('_', ' ')} number series in Settings first.")
    return series


def _unbilled_time(session: Session, client_id: int, until: dt.date) -> list[TimeEntry]:
    return list(
        session.scalars(
            select(TimeEntry).where(
                TimeEntry.client_id == client_id,
                TimeEntry.billable == True,  # noqa: E712 - matches the partial index
                TimeEntry.invoice_line_id.is_(None),
                TimeEntry.started_at
                < dt.datetime.combine(until + dt.timedelta(days=1), dt.time.min),
            )
        )
    )


def _unbilled_materials(session: Session, client_id: int, until: dt.date) -> list[MaterialEntry]:
    return list(
        session.scalars(
            select(MaterialEntry).where(
                MaterialEntry.client_id == client_id,
                MaterialEntry.billable == True,  # noqa: E712
                MaterialEntry.invoice_line_id.is_(None),
                MaterialEntry.used_on <= until,
            )
        )
    )


def recompute_totals(session: Session, invoice: Invoice) -> None:
    session.flush()
    lines = session.scalars(select(InvoiceLine).where(InvoiceLine.invoice_id == invoice.id))
    totals = vat_summary(taxable(line) for line in lines)
    invoice.net_minor, invoice.tax_minor = totals.net_minor, totals.tax_minor
    invoice.total_minor = totals.total_minor
    session.flush()


def write_lines(session: Session, invoice: Invoice, drafts: Sequence[LineDraft]) -> None:
    """Store the drafts as lines of `invoice` and link the work they bill."""
    start = session.scalar(
        select(func.coalesce(func.max(InvoiceLine.position), 0)).where(
            InvoiceLine.invoice_id == invoice.id
        )
    )
    # coalesce(): never None, but typed as optional by scalar().
    for position, draft in enumerate(drafts, start=(start or 0) + 1):
        line = InvoiceLine(
            invoice_id=invoice.id,
            position=position,
            kind=draft.kind,
            line_date=draft.line_date,
            description=draft.description,
            quantity_milli=draft.quantity,
            unit=draft.unit,
            unit_price_minor=draft.unit_price_minor,
            net_minor=draft.net_minor,
            vat_rate_bp=draft.vat.rate_bp,
            vat_category=draft.vat.category,
            vat_exemption_reason=draft.vat.reason,
            raw_minutes=draft.raw_minutes or None if draft.by_the_hour else None,
            billed_minutes=draft.minutes if draft.by_the_hour else None,
            by_minute=draft.by_the_hour,
            contract_id=draft.contract_id,
            period_from=draft.period_from,
            period_to=draft.period_to,
        )
        session.add(line)
        session.flush()
        if draft.time_entry_ids:
            session.execute(
                update(TimeEntry)
                .where(TimeEntry.id.in_(draft.time_entry_ids))
                .values(invoice_line_id=line.id)
                .execution_options(synchronize_session="fetch")
            )
        if draft.material_entry_ids:
            session.execute(
                update(MaterialEntry)
                .where(MaterialEntry.id.in_(draft.material_entry_ids))
                .values(invoice_line_id=line.id)
                .execution_options(synchronize_session="fetch")
            )
        if draft.prepaid_purchase_ids:
            session.execute(
                update(PrepaidLedgerEntry)
                .where(PrepaidLedgerEntry.id.in_(draft.prepaid_purchase_ids))
                .values(invoice_line_id=line.id)
                .execution_options(synchronize_session="fetch")
            )
    recompute_totals(session, invoice)


def draft_invoice(
    session: Session,
    client_id: int,
    *,
    period_from: dt.date,
    period_to: dt.date,
    grouping: str = "detail",
    series_code: str | None = None,
    now: dt.datetime | None = None,
) -> Invoice:
    """A draft for everything billable of the client up to `period_to` (older
    unbilled work included) and the recurring fees of periods starting in
    [period_from, period_to]."""
    if grouping not in GROUPINGS:
        raise InvoiceError(f"Grouping must be one of: {', '.join(GROUPINGS)}.")
    if not (isinstance(period_from, dt.date) and isinstance(period_to, dt.date)):
        raise InvoiceError("Give the period as two dates.")
    if series_code is not None and (
        not isinstance(series_code, str) or len(series_code) > 20 or "\x00" in series_code
    ):
        raise InvoiceError("There is no such invoice series.")
    if period_to < period_from:
        raise InvoiceError("The period ends before it starts.")
    client = session.get(Client, client_id)
    if client is None:
        raise InvoiceError(f"There is no client {client_id}.")
    shop = the_shop(session)
    series = (
        default_series(session)
        if series_code is None
        else session.scalar(select(InvoiceSeries).where(InvoiceSeries.code == series_code))
    )
    if series is None or series.kind != "invoice":
        raise InvoiceError(f"There is no invoice series '{series_code}'.")
    entries = _unbilled_time(session, client_id, period_to)
    years = range(
        min([e.started_at.year for e in entries], default=period_from.year), period_to.year + 1
    )
    holidays = shop_holidays(session, shop, years)
    now = now or dt.datetime.now().replace(microsecond=0)
    drafts = bill_time(session, shop, client, entries, grouping, holidays, now)
    drafts += bill_travel(session, shop, client, entries)
    drafts += bill_materials(
        session, shop, client, _unbilled_materials(session, client_id, period_to), grouping
    )
    drafts += bill_fees(session, shop, client, period_from, period_to)
    drafts += bill_blocks(session, shop, client, period_to)
    if not drafts:
        raise NothingToBill(f"{client.name} has nothing to bill up to {period_to}.")
    # The supply period runs over every piece of work billed, so the dates are
    # read before merge(): a merged line keeps only its earliest date.
    dates = [d for d in (x.line_date for x in drafts) if d] + [
        d for d in (x.period_to for x in drafts) if d
    ]
    if grouping != "detail":
        drafts = merge(drafts)
    invoice = Invoice(
        kind="invoice",
        series_id=series.id,
        client_id=client.id,
        currency=client.currency,
        language=client.document_language,
        grouping=grouping,
        status="draft",
        supply_from=min(dates, default=period_from),
        supply_to=max(dates, default=period_to),
    )
    session.add(invoice)
    session.flush()
    write_lines(session, invoice, drafts)
    return invoice


def editable_draft(session: Session, invoice_id: int) -> Invoice:
    invoice = session.get(Invoice, invoice_id)
    if invoice is None:
        raise InvoiceError(f"There is no invoice {invoice_id}.")
    if invoice.status != "draft":
        raise InvoiceError(
            f"Invoice {invoice.number} is issued and can no longer change; "
            "correct it with a credit note."
        )
    return invoice


def release_work(session: Session, line_ids: Sequence[int], at: dt.datetime, why: str) -> None:
    """Unlink the work billed on these lines so it can be billed again, and
    give back the prepaid hours those entries drew (append-only: by adjustment).
    A block of hours sold on one of these lines is due to be invoiced again."""
    entry_ids = list(
        session.scalars(select(TimeEntry.id).where(TimeEntry.invoice_line_id.in_(line_ids)))
    )
    drawn = session.execute(
        select(
            PrepaidLedgerEntry.contract_id,
            PrepaidLedgerEntry.block_id,
            PrepaidLedgerEntry.time_entry_id,
            func.sum(PrepaidLedgerEntry.minutes),
        )
        .where(PrepaidLedgerEntry.time_entry_id.in_(entry_ids))
        .group_by(
            PrepaidLedgerEntry.contract_id,
            PrepaidLedgerEntry.block_id,
            PrepaidLedgerEntry.time_entry_id,
        )
    ).all()
    for contract_id, block_id, entry_id, minutes in drawn:
        if minutes:
            session.add(
                PrepaidLedgerEntry(
                    contract_id=contract_id,
                    kind="adjustment",
                    occurred_at=at,
                    minutes=-minutes,
                    block_id=block_id,
                    time_entry_id=entry_id,
                    note=why,
                )
            )
    session.execute(
        update(TimeEntry)
        .where(TimeEntry.id.in_(entry_ids))
        .values(invoice_line_id=None, billed_minutes=None, rounding_rule=None)
        .execution_options(synchronize_session="fetch")
    )
    session.execute(
        update(MaterialEntry)
        .where(MaterialEntry.invoice_line_id.in_(line_ids))
        .values(invoice_line_id=None)
        .execution_options(synchronize_session="fetch")
    )
    session.execute(
        update(PrepaidLedgerEntry)
        .where(PrepaidLedgerEntry.invoice_line_id.in_(line_ids))
        .values(invoice_line_id=None)
        .execution_options(synchronize_session="fetch")
    )


def delete_draft(session: Session, invoice_id: int, at: dt.datetime) -> None:
    """Delete a draft; its work becomes unbilled again. Issued invoices cannot be."""
    invoice = editable_draft(session, invoice_id)
    line_ids = list(
        session.scalars(select(InvoiceLine.id).where(InvoiceLine.invoice_id == invoice.id))
    )
    release_work(session, line_ids, at, "Released: draft invoice deleted")
    session.execute(delete(InvoiceLine).where(InvoiceLine.invoice_id == invoice.id))
    session.delete(invoice)
    session.flush()


def issue_invoice(
    session: Session, invoice_id: int, issue_date: dt.date, at: dt.datetime | None = None
) -> Invoice:
    """Give the draft its number and freeze it, in the caller's transaction."""
    if not isinstance(issue_date, dt.date) or issue_date > dt.date.max - dt.timedelta(days=366):
        raise InvoiceError("Give the issue date as a real date.")
    invoice = editable_draft(session, invoice_id)
    if not session.scalar(select(func.count()).where(InvoiceLine.invoice_id == invoice.id)):
        raise InvoiceError("An invoice needs at least one line.")
    recompute_totals(session, invoice)
    # The row lock makes concurrent issuers queue for the next number.
    # PostgreSQL: FOR NO KEY UPDATE, because inserting the invoice already
    # took a KEY SHARE lock on this row (the foreign key); FOR UPDATE would
    # conflict with the other issuer's KEY SHARE and deadlock. SQLite's write
    # transaction is exclusive already.
    series = session.scalar(
        select(InvoiceSeries)
        .where(InvoiceSeries.id == invoice.series_id)
        .with_for_update(key_share=True)
    )
    client = session.get(Client, invoice.client_id)
    assert series is not None and client is not None  # the invoice's foreign keys
    shop = the_shop(session)
    invoice.seq = series.next_seq
    invoice.number = format_number(series.pattern, series.next_seq, issue_date, series.code)
    series.next_seq += 1
    invoice.issue_date = issue_date
    if invoice.kind == "invoice":  # a credit note is not paid, so it has no due date
        invoice.due_date = issue_date + dt.timedelta(days=client.payment_terms_days)
    invoice.seller_snapshot = party_snapshot(shop)
    invoice.buyer_snapshot = party_snapshot(client)
    invoice.issued_at = at or dt.datetime.now().replace(microsecond=0)
    invoice.status = "issued"
    session.flush()
    return invoice


def party_snapshot(party: Shop | Client) -> dict[str, Any]:
    """Name, address and ids as they stand on the day of issue."""
    fields = (
        "legal_name",
        "name",
        "street",
        "postcode",
        "city",
        "country",
        "vat_id",
        "registration",
        "iban",
        "bic",
        "bank_name",
        "email",
        "phone",
    )
    return {name: getattr(party, name) for name in fields if getattr(party, name, None)}
