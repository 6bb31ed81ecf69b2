"""What is still creditable on an issued invoice, per line, and what a
credit note of given quantities takes off (the one plan both the credit
note and the credit dialog's preview use).

A credit note may take back part of a line; its net is the line's net in
proportion to the quantity (to the minutes, for time priced by the minute),
rounded once. Rounding each part on its own can sum to a cent more than the
line (crediting 1/3 then 2/3 of 1.00 would give 0.33 + 0.67, but 1/2 then
1/2 of 0.01 gives 0.01 + 0.01): so a partial credit never exceeds what is
left of the line, and the credit note that empties a line takes exactly the
residue (the invoiced net, minutes and quantity minus every earlier credit).
A sequence of credit notes therefore sums to the line, never beyond it.

VAT follows the same rule per rate group: a credit note's VAT of a group is
its net × rate rounded once, capped at the VAT still left of that group on
the invoice, and the credit note that empties the group's net takes exactly
the VAT left (23 % of 100.06 is 23.01; halves of 50.03 would round to 11.51
each, so the second credit note's VAT is 23.01 − 11.51 = 11.50). The
difference is stored on the credit note's first line of the group
(`vat_adjust_minor`), so the stored, printed and XML figures all come from
tax.vat_summary alike."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from desktop.models import Invoice, InvoiceLine
from desktop.services.billing.invoices import InvoiceError
from desktop.services.billing.pricing import MINUTES_PER_HOUR
from desktop.services.billing.tax import VatGroup, taxable, vat_key, vat_summary
from desktop.services.common.money import round_half_up

GroupKey = tuple[str, int, str | None]


@dataclass(frozen=True)
class LineShare:
    """What is left to credit of one invoiced line (same sign as the line)."""

    quantity_milli: int
    net_minor: int
    minutes: int = 0  # billed minutes left, for lines priced by the minute


@dataclass(frozen=True)
class CreditPart:
    """One line of a credit note to be: positive-sense figures."""

    line: InvoiceLine
    quantity_milli: int
    minutes: int | None  # None unless the line is priced by the minute
    net_minor: int
    empties_line: bool


def creditable(session: Session, invoice_id: int) -> dict[int, LineShare]:
    """Per line of `invoice_id`: invoiced minus all earlier issued credit notes."""
    original = aliased(InvoiceLine)
    credited = {
        line_id: (quantity, net, minutes)
        for line_id, quantity, net, minutes in session.execute(
            select(
                InvoiceLine.credits_line_id,
                func.sum(InvoiceLine.quantity_milli),
                func.sum(InvoiceLine.net_minor),
                func.coalesce(func.sum(InvoiceLine.billed_minutes), 0),
            )
            .join(original, original.id == InvoiceLine.credits_line_id)
            .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
            .where(original.invoice_id == invoice_id, Invoice.status != "draft")
            .group_by(InvoiceLine.credits_line_id)
        ).all()
    }
    shares = {}
    for line in session.scalars(select(InvoiceLine).where(InvoiceLine.invoice_id == invoice_id)):
        quantity, net, minutes = credited.get(line.id, (0, 0, 0))
        # Credit lines carry negative quantities and nets: adding them subtracts.
        shares[line.id] = LineShare(
            line.quantity_milli + quantity,
            line.net_minor + net,
            (line.billed_minutes or 0) + int(minutes or 0) if line.by_minute else 0,
        )
    return shares


def credit_minutes(line: InvoiceLine, quantity_milli: int, left: LineShare) -> int | None:
    """The billed minutes a credit of `quantity_milli` (thousandths of an
    hour) takes back from a line priced by the minute; None for other lines."""
    if not line.by_minute:
        return None
    if quantity_milli == left.quantity_milli:
        return left.minutes
    minutes = round_half_up(quantity_milli * MINUTES_PER_HOUR, 1000)
    if left.minutes >= 0:
        return max(0, min(minutes, left.minutes))
    return min(0, max(minutes, left.minutes))


def credit_net(line: InvoiceLine, quantity_milli: int, left: LineShare) -> int:
    """The (positive-sense) net of crediting `quantity_milli` of `line`: the
    residue when it empties the line, else its share of the line's net (by
    minutes for time priced by the minute, by quantity otherwise), capped so
    it never exceeds what is left."""
    if quantity_milli == left.quantity_milli:
        return left.net_minor
    minutes = credit_minutes(line, quantity_milli, left)
    part, whole = (
        (minutes, line.billed_minutes or 0)
        if minutes is not None
        else (quantity_milli, line.quantity_milli)
    )
    if whole == 0:
        return 0
    # round_half_up wants a positive denominator; the signs travel in the numerator.
    sign = -1 if whole < 0 else 1
    share = round_half_up(line.net_minor * part * sign, whole * sign)
    if left.net_minor >= 0:
        return max(0, min(share, left.net_minor))
    return min(0, max(share, left.net_minor))


def plan_credit(
    session: Session, invoice: Invoice, quantities: dict[int, int] | None
) -> list[CreditPart]:
    """What a credit note of `quantities` (line id → thousandths of the unit;
    None: everything left) takes off `invoice`, line by line in id order.
    Raises InvoiceError naming the line when a quantity cannot be credited."""
    lines = {line.id: line for line in invoice.lines}
    left_of = creditable(session, invoice.id)
    wanted = quantities or {i: left_of[i].quantity_milli for i in lines}
    wanted = {i: q for i, q in wanted.items() if q}
    if not wanted:
        raise InvoiceError(f"Invoice {invoice.number} is already fully credited.")
    parts = []
    for line_id, quantity in sorted(wanted.items()):
        if type(quantity) is not int:
            raise InvoiceError("Credit whole quantities (thousandths of a unit).")
        line = lines.get(line_id)
        if line is None:
            raise InvoiceError(f"Line {line_id} is not on invoice {invoice.number}.")
        left = left_of[line_id]
        if (
            left.quantity_milli == 0
            or quantity * left.quantity_milli < 0
            or abs(quantity) > abs(left.quantity_milli)
        ):
            raise InvoiceError(
                f"Line {line.position} has only {left.quantity_milli / 1000:g} left to credit."
            )
        minutes = credit_minutes(line, quantity, left)
        if minutes == 0 and left.minutes:
            raise InvoiceError(f"Line {line.position}: credit at least one minute.")
        parts.append(
            CreditPart(
                line=line,
                quantity_milli=quantity,
                minutes=minutes,
                net_minor=credit_net(line, quantity, left),
                empties_line=quantity == left.quantity_milli,
            )
        )
    return parts


def credit_preview(session: Session, invoice_id: int, quantities: dict[int, int] | None) -> int:
    """The net (before VAT) a credit note of `quantities` would take off:
    the figure the credit dialog shows, from the same plan the note uses."""
    invoice = session.get(Invoice, invoice_id)
    if invoice is None:
        raise InvoiceError(f"There is no invoice {invoice_id}.")
    return sum(part.net_minor for part in plan_credit(session, invoice, quantities))


def rate_left(session: Session, invoice_id: int) -> dict[tuple[str, int], int]:
    """Net left to credit per (VAT category, rate) of `invoice_id`."""
    lines = {
        line.id: line
        for line in session.scalars(select(InvoiceLine).where(InvoiceLine.invoice_id == invoice_id))
    }
    left: dict[tuple[str, int], int] = {}
    for line_id, share in creditable(session, invoice_id).items():
        key = (lines[line_id].vat_category, lines[line_id].vat_rate_bp)
        left[key] = left.get(key, 0) + share.net_minor
    return left


def _groups(lines: list[InvoiceLine]) -> dict[GroupKey, VatGroup]:
    return {
        (g.category, g.rate_bp, g.exemption_reason): g
        for g in vat_summary(taxable(line) for line in lines).groups
    }


def vat_left(session: Session, invoice_id: int) -> dict[GroupKey, tuple[int, int]]:
    """Per VAT group of `invoice_id`: (net, VAT) invoiced minus every issued
    credit note's, in the invoice's sense."""
    invoice_lines = list(
        session.scalars(select(InvoiceLine).where(InvoiceLine.invoice_id == invoice_id))
    )
    left = {key: (g.taxable_minor, g.tax_minor) for key, g in _groups(invoice_lines).items()}
    notes = session.scalars(
        select(Invoice).where(Invoice.corrects_invoice_id == invoice_id, Invoice.status != "draft")
    )
    for note in notes:
        for key, g in _groups(list(note.lines)).items():
            net, vat = left.get(key, (0, 0))
            # Credit notes carry negative figures: adding them subtracts.
            left[key] = (net + g.taxable_minor, vat + g.tax_minor)
    return left


def settle_vat_residue(session: Session, credit: Invoice, invoice_id: int) -> None:
    """Set the VAT adjustments of the draft credit note `credit` so that its
    VAT per group never exceeds what is left of the invoice's, and the note
    that empties a group's net takes exactly its VAT residue."""
    session.flush()
    left = vat_left(session, invoice_id)
    lines = sorted(credit.lines, key=lambda line: line.position)
    for line in lines:
        line.vat_adjust_minor = 0
    for key, group in _groups(lines).items():
        net_left, vat_still = left.get(key, (0, 0))
        credited_net, computed = -group.taxable_minor, -group.tax_minor
        if credited_net == net_left:
            target = vat_still
        elif vat_still >= 0:
            target = max(0, min(computed, vat_still))
        else:
            target = min(0, max(computed, vat_still))
        first = next(line for line in lines if vat_key(taxable(line)) == key)
        # The note's VAT is -computed + adjustment, and should be -target.
        first.vat_adjust_minor = computed - target
    session.flush()
