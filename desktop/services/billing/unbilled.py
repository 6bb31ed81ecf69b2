"""Unbilled work per client: what the month end is about to invoice.

Hours, entry counts and the oldest unbilled date come from one GROUP BY in
SQL (the partial index `ix_time_entries_unbilled` serves it). The amount is
not a sum of rates: rounding increments, visit minimums, prepaid hours,
travel, materials, discounts and recurring fees all change it. So the
amount is *estimated by drafting*: the draft is built in a session that is
always rolled back, priced exactly as the real draft would be, and nothing
is stored. It costs tens of milliseconds per client, so the window asks for it
client by client off the GUI thread after the table (hours, oldest) is shown.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.engine import let_waiting_writers_go
from desktop.models import Client, Invoice, MaterialEntry, TimeEntry
from desktop.services.billing.client_credit import client_credit
from desktop.services.billing.invoices import InvoiceError, NothingToBill, draft_invoice
from desktop.services.billing.payments import (
    SIGN,
    credited_quantities,
    credited_total,
    display_status,
    outstanding,
)
from desktop.services.billing.rates import RateError
from desktop.services.billing.rules import SetupError


@dataclass(frozen=True)
class UnbilledClient:
    """One client's unbilled work up to a date. `oldest` is the date of the
    oldest unbilled time entry or material (None when only fees are due)."""

    client_id: int
    client_name: str
    currency: str
    entries: int
    minutes: int
    materials: int
    oldest: dt.date | None


@dataclass(frozen=True)
class Estimate:
    """What drafting now would bill the client: the total with VAT, the
    number of lines, or the reason it cannot be drafted."""

    client_id: int
    total_minor: int | None
    lines: int = 0
    problem: str | None = None


def _as_date(value: object) -> dt.date | None:
    # SQLite returns MIN(datetime) as text, PostgreSQL as a datetime.
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def unbilled_by_client(session: Session, until: dt.date) -> list[UnbilledClient]:
    """Clients with billable work or materials not yet on an invoice, done
    on or before `until`, with the most minutes first."""
    end = dt.datetime.combine(until + dt.timedelta(days=1), dt.time.min)
    time_rows = session.execute(
        select(
            TimeEntry.client_id,
            func.count(),
            func.coalesce(func.sum(TimeEntry.raw_minutes), 0),
            func.min(TimeEntry.started_at),
        )
        .where(
            TimeEntry.billable == True,  # noqa: E712 - matches the partial index
            TimeEntry.invoice_line_id.is_(None),
            TimeEntry.started_at < end,
        )
        .group_by(TimeEntry.client_id)
    ).all()
    material_rows = session.execute(
        select(MaterialEntry.client_id, func.count(), func.min(MaterialEntry.used_on))
        .where(
            MaterialEntry.billable == True,  # noqa: E712
            MaterialEntry.invoice_line_id.is_(None),
            MaterialEntry.used_on <= until,
        )
        .group_by(MaterialEntry.client_id)
    ).all()
    time_by = {row[0]: (int(row[1]), int(row[2]), _as_date(row[3])) for row in time_rows}
    material_by = {row[0]: (int(row[1]), _as_date(row[2])) for row in material_rows}
    ids = set(time_by) | set(material_by)
    if not ids:
        return []
    clients = session.execute(
        select(Client.id, Client.name, Client.currency).where(Client.id.in_(ids))
    ).all()
    result = []
    for client_id, name, currency in clients:
        entries, minutes, first_time = time_by.get(client_id, (0, 0, None))
        materials, first_material = material_by.get(client_id, (0, None))
        dates = [d for d in (first_time, first_material) if d is not None]
        result.append(
            UnbilledClient(
                client_id, name, currency, entries, minutes, materials, min(dates, default=None)
            )
        )
    result.sort(key=lambda row: (-row.minutes, row.client_name.casefold(), row.client_id))
    return result


def estimate(
    sessions: sessionmaker[Session],
    client_id: int,
    *,
    period_from: dt.date,
    period_to: dt.date,
    grouping: str = "ticket",
) -> Estimate:
    """Draft the invoice, read its total, roll back: nothing is kept and
    the work stays unbilled.

    Drafting writes rows (lines, links, prepaid draws) before the rollback,
    so on SQLite it takes the write lock like any writer (BEGIN IMMEDIATE),
    for the tens of milliseconds one client takes; a read-only (deferred)
    transaction would instead fail when it tries to write while another
    copy of the app writes."""
    let_waiting_writers_go()
    session = sessions()
    try:
        draft = draft_invoice(
            session,
            client_id,
            period_from=period_from,
            period_to=period_to,
            grouping=grouping,
        )
        return Estimate(client_id, draft.total_minor, len(draft.lines))
    except NothingToBill:
        return Estimate(client_id, 0)
    except (InvoiceError, RateError, SetupError) as exc:
        return Estimate(client_id, None, problem=str(exc))
    except OperationalError:
        # Another copy of the app held the database longer than the busy
        # timeout: no estimate this time rather than an error.
        return Estimate(client_id, None, problem="The database is busy; refresh to try again.")
    finally:
        session.rollback()
        session.close()


# -- One invoice as the workspace shows it ----------------------------------
# (Read side of the invoicing page; it would sit better in a module of its
# own, e.g. services/invoice_view.py.)


@dataclass(frozen=True)
class LineView:
    id: int
    position: int
    kind: str
    description: str
    quantity_milli: int
    unit: str
    unit_price_minor: int
    net_minor: int
    credited_milli: int = 0
    # Time priced by the minute: shown as H:MM of these minutes.
    billed_minutes: int | None = None
    by_minute: bool = False


@dataclass(frozen=True)
class PaymentView:
    """One payment row as the invoice sees it: `amount_minor` signed (money
    or credit in +, reversals, credit moved out and refunds −)."""

    received_on: dt.date
    amount_minor: int
    method: str
    reference: str
    id: int = 0
    kind: str = "payment"
    reversible: bool = False  # a payment not reversed yet


@dataclass(frozen=True)
class InvoiceView:
    """An invoice or credit note with what the client owes on it now."""

    id: int
    kind: str
    number: str | None
    status: str  # as people read it: "overdue" for an unpaid one past due
    client_id: int
    client_name: str
    currency: str
    grouping: str
    issue_date: dt.date | None
    due_date: dt.date | None
    supply_from: dt.date | None
    supply_to: dt.date | None
    net_minor: int
    tax_minor: int
    total_minor: int
    paid_minor: int
    credited_minor: int
    outstanding_minor: int  # negative: the client paid too much (a credit)
    notes: str
    corrects_number: str | None
    lines: tuple[LineView, ...]
    payments: tuple[PaymentView, ...]
    credit_notes: tuple[str, ...]
    # The client's credit from earlier payments (same currency) that could
    # pay this invoice; 0 when nothing is left to pay.
    client_credit_minor: int = 0

    @property
    def is_draft(self) -> bool:
        return self.status == "draft"


def invoice_view(session: Session, invoice_id: int, today: dt.date) -> InvoiceView:
    invoice = session.get(Invoice, invoice_id)
    if invoice is None:
        raise InvoiceError(f"There is no invoice {invoice_id}.")
    client = session.get(Client, invoice.client_id)
    assert client is not None
    draft = invoice.status == "draft"
    credited = {} if draft else credited_quantities(session, invoice.id)
    corrected = (
        session.get(Invoice, invoice.corrects_invoice_id) if invoice.corrects_invoice_id else None
    )
    notes = session.scalars(
        select(Invoice.number)
        .where(Invoice.corrects_invoice_id == invoice.id, Invoice.status != "draft")
        .order_by(Invoice.id)
    )
    left = invoice.total_minor if draft else outstanding(session, invoice)
    credit = (
        client_credit(session, client.id, invoice.currency).available_minor
        if invoice.kind == "invoice" and left > 0
        else 0
    )
    return InvoiceView(
        id=invoice.id,
        kind=invoice.kind,
        number=invoice.number,
        status=display_status(invoice, today),
        client_id=client.id,
        client_name=client.name,
        currency=invoice.currency,
        grouping=invoice.grouping,
        issue_date=invoice.issue_date,
        due_date=invoice.due_date,
        supply_from=invoice.supply_from,
        supply_to=invoice.supply_to,
        net_minor=invoice.net_minor,
        tax_minor=invoice.tax_minor,
        total_minor=invoice.total_minor,
        paid_minor=invoice.paid_minor,
        credited_minor=0 if draft else credited_total(session, invoice.id),
        outstanding_minor=left,
        notes=invoice.notes,
        corrects_number=corrected.number if corrected else None,
        lines=tuple(
            LineView(
                line.id,
                line.position,
                line.kind,
                line.description,
                line.quantity_milli,
                line.unit,
                line.unit_price_minor,
                line.net_minor,
                credited.get(line.id, 0),
                line.billed_minutes,
                line.by_minute and line.billed_minutes is not None,
            )
            for line in invoice.lines
        ),
        payments=_payment_views(invoice),
        credit_notes=tuple(n for n in notes if n),
        client_credit_minor=credit,
    )


def _payment_views(invoice: Invoice) -> tuple[PaymentView, ...]:
    reversed_ids = {p.reverses_payment_id for p in invoice.payments if p.kind == "reversal"}
    views = []
    for p in sorted(invoice.payments, key=lambda p: (p.received_on, p.id)):
        # A reversal or a refund shows with its reason.
        reference = f"{p.reference} · {p.reason}" if p.reason and p.reference else p.reason
        views.append(
            PaymentView(
                p.received_on,
                SIGN[p.kind] * p.amount_minor,
                p.method,
                reference or p.reference,
                p.id,
                p.kind,
                p.kind == "payment" and p.id not in reversed_ids,
            )
        )
    return tuple(views)


def client_drafts(session: Session, client_id: int) -> list[int]:
    """Ids of the client's drafts, newest first."""
    return list(
        session.scalars(
            select(Invoice.id)
            .where(Invoice.client_id == client_id, Invoice.status == "draft")
            .order_by(Invoice.id.desc())
        )
    )
