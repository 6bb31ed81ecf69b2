"""Credit notes and payments of issued invoices.

Every change of what was paid is a `Payment` row, never an edit of one, so
the audit trail and the bank statement agree. Its `kind` says which way the
money went, and `Invoice.paid_minor` is always the signed sum of its rows
(`SIGN`): payment +, reversal −, credit_in +, credit_out −, refund −.
What the client overpaid (or was credited beyond what they paid) stays on
that invoice as paid beyond its total; client_credit.py moves it to another
invoice or back to the client. An invoice's paid amount never goes below
zero: a payment whose money was already applied elsewhere or refunded
cannot be reversed."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from desktop.documents.phrases import phrase
from desktop.models import Invoice, InvoiceLine, Payment
from desktop.services.billing.credit_shares import plan_credit, settle_vat_residue
from desktop.services.billing.invoices import (
    InvoiceError,
    default_series,
    issue_invoice,
    recompute_totals,
    release_work,
)
from desktop.services.common.money import plain_amount
from desktop.services.common.record_rules import refuse_control

PAYABLE = ("issued", "partly_paid", "paid")
# How each kind of payment row counts in `Invoice.paid_minor`.
SIGN = {"payment": 1, "reversal": -1, "credit_in": 1, "credit_out": -1, "refund": -1}


def _issued(session: Session, invoice_id: int) -> Invoice:
    invoice = session.get(Invoice, invoice_id)
    if invoice is None:
        raise InvoiceError(f"There is no invoice {invoice_id}.")
    if invoice.status == "draft":
        raise InvoiceError("A draft has nothing to correct: edit it or delete it.")
    return invoice


def credited_quantities(session: Session, invoice_id: int) -> dict[int, int]:
    """Per original line: the quantity credited so far (positive thousandths)."""
    original = aliased(InvoiceLine)
    rows = session.execute(
        select(InvoiceLine.credits_line_id, func.sum(InvoiceLine.quantity_milli))
        .join(original, original.id == InvoiceLine.credits_line_id)
        .where(original.invoice_id == invoice_id)
        .group_by(InvoiceLine.credits_line_id)
    ).all()
    # The join keeps credit lines only, so every line_id is set.
    return {line_id: -quantity for line_id, quantity in rows if line_id is not None}


def credited_total(session: Session, invoice_id: int) -> int:
    total = session.scalar(
        select(func.coalesce(func.sum(Invoice.total_minor), 0)).where(
            Invoice.corrects_invoice_id == invoice_id, Invoice.status != "draft"
        )
    )
    return -int(total or 0)


def outstanding(session: Session, invoice: Invoice) -> int:
    """What the client still owes; negative when they paid too much (a credit)."""
    return invoice.total_minor - credited_total(session, invoice.id) - invoice.paid_minor


def settle(session: Session, invoice: Invoice) -> None:
    """Status from the balance: paid when nothing is left to pay, partly
    paid when something was, issued otherwise (a credited invoice stays so)."""
    if invoice.status in PAYABLE:
        left = outstanding(session, invoice)
        paid_any = invoice.paid_minor > 0
        invoice.status = "paid" if left <= 0 else "partly_paid" if paid_any else "issued"


def credit_invoice(
    session: Session,
    invoice_id: int,
    *,
    issue_date: dt.date,
    reason: str,
    quantities: dict[int, int] | None = None,
    release: bool = False,
    at: dt.datetime | None = None,
) -> Invoice:
    """Issue a credit note for the whole invoice (`quantities` None) or for
    the given quantity of given lines. With `release`, work on fully credited
    lines becomes unbilled again and may be billed anew."""
    refuse_control(multiline=True, reason=reason)
    original = _issued(session, invoice_id)
    if original.kind != "invoice":
        raise InvoiceError("A credit note cannot itself be credited.")
    if not reason.strip():
        raise InvoiceError("Say why the invoice is corrected; the reason is printed.")
    lines = {line.id: line for line in original.lines}
    parts = plan_credit(session, original, quantities)
    note = default_series(session, "credit_note")
    credit = Invoice(
        kind="credit_note",
        series_id=note.id,
        corrects_invoice_id=original.id,
        client_id=original.client_id,
        contract_id=original.contract_id,
        currency=original.currency,
        language=original.language,
        grouping=original.grouping,
        status="draft",
        supply_from=original.supply_from,
        supply_to=original.supply_to,
        notes=phrase(original.language, "corrects", number=original.number, reason=reason.strip()),
    )
    session.add(credit)
    session.flush()
    released = []
    for position, part in enumerate(parts, start=1):
        line = part.line
        if release and part.empties_line:
            released.append(line.id)
        session.add(
            InvoiceLine(
                invoice_id=credit.id,
                position=position,
                kind=line.kind,
                line_date=line.line_date,
                description=line.description,
                quantity_milli=-part.quantity_milli,
                unit=line.unit,
                unit_price_minor=line.unit_price_minor,
                net_minor=-part.net_minor,
                vat_rate_bp=line.vat_rate_bp,
                vat_category=line.vat_category,
                vat_exemption_reason=line.vat_exemption_reason,
                billed_minutes=None if part.minutes is None else -part.minutes,
                by_minute=line.by_minute,
                credits_line_id=line.id,
                releases_work=release and part.empties_line,
                contract_id=line.contract_id,
                period_from=line.period_from,
                period_to=line.period_to,
            )
        )
    session.flush()
    session.refresh(credit, ["lines"])
    settle_vat_residue(session, credit, original.id)
    recompute_totals(session, credit)
    issue_invoice(session, credit.id, issue_date, at)
    if released:
        # Prepaid hours come back on the credit note's date, so a balance
        # "as of" that date (or any later one) counts them.
        moment = at or dt.datetime.now()
        if moment.date() != issue_date:
            moment = dt.datetime.combine(issue_date, dt.time.min)
        release_work(
            session,
            released,
            moment,
            phrase(credit.language, "released_credit", number=credit.number),
        )
    done = credited_quantities(session, invoice_id)
    if all(done.get(i, 0) == line.quantity_milli for i, line in lines.items()):
        original.status = "credited"
    session.flush()
    return credit


def record_payment(
    session: Session,
    invoice_id: int,
    *,
    amount_minor: int,
    received_on: dt.date,
    method: str = "bank_transfer",
    reference: str = "",
) -> Payment:
    """Record money received. Overpayment is kept and shows as a credit."""
    refuse_control(reference=reference, method=method)
    invoice = _issued(session, invoice_id)
    if invoice.kind != "invoice" or invoice.status not in PAYABLE:
        raise InvoiceError(f"Invoice {invoice.number} is {invoice.status} and takes no payment.")
    if type(amount_minor) is not int or not 0 < amount_minor <= 2_147_483_647:
        raise InvoiceError("A payment must be a positive amount.")
    if not isinstance(received_on, dt.date):
        raise InvoiceError("Give the day the payment was received.")
    if not isinstance(reference, str) or len(reference) > 200 or "\x00" in reference:
        raise InvoiceError("A payment reference has at most 200 characters.")
    payment = Payment(
        invoice_id=invoice.id,
        received_on=received_on,
        amount_minor=amount_minor,
        method=method,
        reference=reference,
    )
    session.add(payment)
    invoice.paid_minor += amount_minor
    settle(session, invoice)
    session.flush()
    return payment


def reverse_payment(
    session: Session, payment_id: int, *, reason: str, on: dt.date | None = None
) -> Payment:
    """Undo a payment entered by mistake. The original row stays (the audit
    trail and the bank statement keep it); a `reversal` row of the same
    amount names it and says why, and the invoice's balance and status follow."""
    refuse_control(multiline=True, reason=reason)
    original = session.get(Payment, payment_id)
    if original is None:
        raise InvoiceError(f"There is no payment {payment_id}.")
    if original.kind != "payment":
        raise InvoiceError("Only a payment can be reversed.")
    if session.scalar(select(Payment.id).where(Payment.reverses_payment_id == original.id)):
        raise InvoiceError(f"Payment {payment_id} is already reversed.")
    if not isinstance(reason, str) or not reason.strip() or len(reason) > 2000:
        raise InvoiceError("Say why the payment is reversed; the reason is kept.")
    invoice = session.get(Invoice, original.invoice_id)
    assert invoice is not None  # the payment's foreign key
    if invoice.paid_minor < original.amount_minor:
        gone = plain_amount(original.amount_minor - invoice.paid_minor, invoice.currency)
        raise InvoiceError(
            f"Payment {payment_id} cannot be reversed: {gone} of the money paid on "
            f"{invoice.number} was already applied to other invoices or refunded."
        )
    reversal = Payment(
        invoice_id=invoice.id,
        received_on=on or dt.date.today(),
        amount_minor=original.amount_minor,
        method=original.method,
        reference=original.reference,
        kind="reversal",
        reason=reason.strip(),
        reverses_payment_id=original.id,
    )
    session.add(reversal)
    invoice.paid_minor -= original.amount_minor
    settle(session, invoice)
    session.flush()
    return reversal


def display_status(invoice: Invoice, today: dt.date) -> str:
    """Status as a person reads it: an unpaid invoice past its due date is overdue."""
    unpaid = invoice.kind == "invoice" and invoice.total_minor > invoice.paid_minor
    due = invoice.due_date
    if unpaid and invoice.status in ("issued", "partly_paid") and due and due < today:
        return "overdue"
    return invoice.status
