"""What is still creditable on an issued invoice, per line.

A credit note may take back part of a line; its net is the line's net in
proportion to the quantity, rounded once. Rounding each part on its own can
sum to a cent more than the line (crediting 1/3 then 2/3 of 1.00 would give
0.33 + 0.67, but 1/2 then 1/2 of 0.01 gives 0.01 + 0.01): so a partial credit
never exceeds what is left of the line, and the credit note that empties a
line takes exactly the residue (the invoiced net minus every earlier credit).
A sequence of credit notes therefore sums to the line, never beyond it."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from desktop.models import Invoice, InvoiceLine
from desktop.services.common.money import round_half_up


@dataclass(frozen=True)
class LineShare:
    """What is left to credit of one invoiced line (same sign as the line)."""

    quantity_milli: int
    net_minor: int


def creditable(session: Session, invoice_id: int) -> dict[int, LineShare]:
    """Per line of `invoice_id`: invoiced minus all earlier issued credit notes."""
    original = aliased(InvoiceLine)
    credited = dict(
        (line_id, (quantity, net))
        for line_id, quantity, net in session.execute(
            select(
                InvoiceLine.credits_line_id,
                func.sum(InvoiceLine.quantity_milli),
                func.sum(InvoiceLine.net_minor),
            )
            .join(original, original.id == InvoiceLine.credits_line_id)
            .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
            .where(original.invoice_id == invoice_id, Invoice.status != "draft")
            .group_by(InvoiceLine.credits_line_id)
        ).all()
    )
    shares = {}
    for line in session.scalars(select(InvoiceLine).where(InvoiceLine.invoice_id == invoice_id)):
        quantity, net = credited.get(line.id, (0, 0))
        # Credit lines carry negative quantities and nets: adding them subtracts.
        shares[line.id] = LineShare(line.quantity_milli + quantity, line.net_minor + net)
    return shares


def credit_net(line: InvoiceLine, quantity_milli: int, left: LineShare) -> int:
    """The (positive-sense) net of crediting `quantity_milli` of `line`: the
    residue when it empties the line, else the proportional net, capped so it
    never exceeds what is left."""
    if quantity_milli == left.quantity_milli:
        return left.net_minor
    if line.quantity_milli == 0:
        return 0
    # round_half_up wants a positive denominator; the signs travel in the numerator.
    sign = -1 if line.quantity_milli < 0 else 1
    share = round_half_up(line.net_minor * quantity_milli * sign, line.quantity_milli * sign)
    if left.net_minor >= 0:
        return max(0, min(share, left.net_minor))
    return min(0, max(share, left.net_minor))


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
