"""A client's credit: money they paid beyond what their invoices ask.

The rule, in one place (the window, the command line and the invoice PDF
all ask `client_credit`):

- An overpayment stays on the invoice it was paid on, as paid beyond the
  total (less credit notes). That surplus is the client's credit; nothing
  is moved when the payment is recorded.
- A client's credit in a currency is the sum of those surpluses over their
  issued invoices in that currency: Σ max(0, paid − (total − credited)).
- Applying credit to an open invoice writes, per invoice the credit is drawn
  from (oldest first), a `credit_out` row there and a `credit_in` row of the
  same amount on the target; the `credit_in` names its `credit_out` in
  `reverses_payment_id`. Never more than the credit, never more than the
  target still owes.
- A refund (money sent back to the client) writes `refund` rows on the
  invoices the credit is drawn from, oldest first; never more than the
  credit, and a reason is kept.
- Every row is audited like any payment change (db/audit.py); the balance
  and status of each invoice touched follow (`payments.settle`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import Client, Invoice, Payment
from desktop.services.billing.invoices import InvoiceError
from desktop.services.billing.payments import outstanding, settle
from desktop.services.common.money import plain_amount
from desktop.services.common.record_rules import refuse_control

MAX_AMOUNT = 2_147_483_647


@dataclass(frozen=True)
class CreditSource:
    """An invoice paid beyond its total, and by how much."""

    invoice_id: int
    number: str
    surplus_minor: int


@dataclass(frozen=True)
class ClientCredit:
    client_id: int
    currency: str
    available_minor: int
    sources: tuple[CreditSource, ...]


def _client(session: Session, client_id: int) -> Client:
    client = session.get(Client, client_id)
    if client is None:
        raise InvoiceError(f"There is no client {client_id}.", field="client")
    return client


def client_credit(session: Session, client_id: int, currency: str | None = None) -> ClientCredit:
    """The client's credit in `currency` (default: the client's own), and
    the invoices it sits on, oldest first (the order it is drawn in)."""
    client = _client(session, client_id)
    currency = currency or client.currency
    credited = dict(
        session.execute(
            select(Invoice.corrects_invoice_id, func.sum(Invoice.total_minor))
            .where(
                Invoice.client_id == client_id,
                Invoice.kind == "credit_note",
                Invoice.status != "draft",
                Invoice.corrects_invoice_id.is_not(None),
            )
            .group_by(Invoice.corrects_invoice_id)
        ).all()
    )
    sources = []
    for invoice in session.scalars(
        select(Invoice)
        .where(
            Invoice.client_id == client_id,
            Invoice.kind == "invoice",
            Invoice.status != "draft",
            Invoice.currency == currency,
        )
        .order_by(Invoice.issue_date, Invoice.id)
    ):
        # Credit notes carry negative totals: adding them takes them off.
        due = invoice.total_minor + int(credited.get(invoice.id) or 0)
        surplus = invoice.paid_minor - due
        if surplus > 0:
            sources.append(CreditSource(invoice.id, invoice.number or "", surplus))
    return ClientCredit(client_id, currency, sum(s.surplus_minor for s in sources), tuple(sources))


def client_credits(session: Session, client_id: int) -> list[ClientCredit]:
    """The credit in the client's currency, then in any other currency they
    were invoiced in that holds some."""
    client = _client(session, client_id)
    currencies = session.scalars(
        select(Invoice.currency)
        .where(Invoice.client_id == client_id, Invoice.currency != client.currency)
        .distinct()
        .order_by(Invoice.currency)
    )
    found = [client_credit(session, client_id)]
    found += [c for c in (client_credit(session, client_id, x) for x in currencies) if c.sources]
    return found


def _amount(amount_minor: int) -> None:
    if type(amount_minor) is not int or not 0 < amount_minor <= MAX_AMOUNT:
        raise InvoiceError("Give a positive amount.", field="amount")


def _draw(credit: ClientCredit, amount_minor: int) -> list[tuple[int, int]]:
    """(invoice id, amount) taken from each source, oldest first."""
    taken, left = [], amount_minor
    for source in credit.sources:
        if left == 0:
            break
        take = min(left, source.surplus_minor)
        taken.append((source.invoice_id, take))
        left -= take
    return taken


def apply_credit(
    session: Session,
    client_id: int,
    invoice_id: int,
    *,
    amount_minor: int | None = None,
    on: dt.date | None = None,
) -> list[Payment]:
    """Pay (part of) open invoice `invoice_id` from the client's credit;
    `amount_minor` None takes as much as both allow. Returns the credit_in
    rows written on the target."""
    _client(session, client_id)
    target = session.get(Invoice, invoice_id)
    if target is None or target.client_id != client_id:
        raise InvoiceError(f"The client has no invoice {invoice_id}.", field="invoice")
    if target.kind != "invoice" or target.status not in ("issued", "partly_paid", "paid"):
        raise InvoiceError(
            f"Invoice {target.number or invoice_id} is {target.status} and takes no credit.",
            field="invoice",
        )
    owed = outstanding(session, target)
    currency = target.currency
    if owed <= 0:
        raise InvoiceError(f"Invoice {target.number} has nothing left to pay.", field="invoice")
    credit = client_credit(session, client_id, currency)
    if credit.available_minor == 0:
        raise InvoiceError(f"The client has no credit in {currency}.", field="amount")
    if amount_minor is None:
        amount_minor = min(credit.available_minor, owed)
    _amount(amount_minor)
    if amount_minor > credit.available_minor:
        raise InvoiceError(
            f"Only {plain_amount(credit.available_minor, currency)} {currency} of credit "
            "is available.",
            field="amount",
        )
    if amount_minor > owed:
        raise InvoiceError(
            f"Invoice {target.number} has only {plain_amount(owed, currency)} {currency} "
            "left to pay.",
            field="amount",
        )
    day = on or dt.date.today()
    written = []
    for source_id, take in _draw(credit, amount_minor):
        source = session.get(Invoice, source_id)
        assert source is not None
        out = Payment(
            invoice_id=source.id,
            received_on=day,
            amount_minor=take,
            method="credit",
            reference=f"Credit applied to {target.number}",
            kind="credit_out",
        )
        session.add(out)
        session.flush()
        credit_in = Payment(
            invoice_id=target.id,
            received_on=day,
            amount_minor=take,
            method="credit",
            reference=f"Credit from {source.number}",
            kind="credit_in",
            reverses_payment_id=out.id,
        )
        session.add(credit_in)
        source.paid_minor -= take
        target.paid_minor += take
        settle(session, source)
        written.append(credit_in)
    settle(session, target)
    session.flush()
    return written


def refund_credit(
    session: Session,
    client_id: int,
    *,
    amount_minor: int,
    on: dt.date,
    reason: str,
    currency: str | None = None,
    method: str = "bank_transfer",
) -> list[Payment]:
    """Money sent back to the client out of their credit; the reason is kept."""
    refuse_control(multiline=True, reason=reason)
    _client(session, client_id)
    _amount(amount_minor)
    if not isinstance(on, dt.date):
        raise InvoiceError("Give the day the money was sent back.", field="date")
    if not isinstance(reason, str) or not reason.strip() or len(reason) > 2000:
        raise InvoiceError("Say why or how the money went back; it is kept.", field="reason")
    credit = client_credit(session, client_id, currency)
    if amount_minor > credit.available_minor:
        raise InvoiceError(
            f"Only {plain_amount(credit.available_minor, credit.currency)} {credit.currency} "
            "of credit can be refunded.",
            field="amount",
        )
    written = []
    for source_id, take in _draw(credit, amount_minor):
        source = session.get(Invoice, source_id)
        assert source is not None
        refund = Payment(
            invoice_id=source.id,
            received_on=on,
            amount_minor=take,
            method=method,
            reference="Refund",
            kind="refund",
            reason=reason.strip(),
        )
        session.add(refund)
        source.paid_minor -= take
        settle(session, source)
        written.append(refund)
    session.flush()
    return written


@dataclass(frozen=True)
class OpenInvoice:
    invoice_id: int
    number: str
    outstanding_minor: int


def open_invoices(session: Session, client_id: int, currency: str) -> list[OpenInvoice]:
    """The client's issued invoices in `currency` with something left to pay,
    oldest first: where credit can be applied."""
    found = []
    for invoice in session.scalars(
        select(Invoice)
        .where(
            Invoice.client_id == client_id,
            Invoice.kind == "invoice",
            Invoice.status.in_(("issued", "partly_paid")),
            Invoice.currency == currency,
        )
        .order_by(Invoice.issue_date, Invoice.id)
    ):
        left = outstanding(session, invoice)
        if left > 0:
            found.append(OpenInvoice(invoice.id, invoice.number or "", left))
    return found


def applied_credit(session: Session, invoice_id: int) -> int:
    """Credit from earlier payments applied to this invoice (credit_in rows)."""
    total = session.scalar(
        select(func.coalesce(func.sum(Payment.amount_minor), 0)).where(
            Payment.invoice_id == invoice_id, Payment.kind == "credit_in"
        )
    )
    return int(total or 0)
