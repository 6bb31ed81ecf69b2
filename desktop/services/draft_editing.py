"""Changing a draft before it is issued: lines, discounts and notes.
Issued invoices are refused here (and by the database)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import Client, InvoiceLine

from .billing_rules import the_shop, vat_treatment
from .invoices import InvoiceError, editable_draft, recompute_totals, release_work
from .tax import line_net


def _draft_line(session: Session, line_id: int) -> InvoiceLine:
    line = session.get(InvoiceLine, line_id)
    if line is None:
        raise InvoiceError(f"There is no invoice line {line_id}.")
    editable_draft(session, line.invoice_id)
    return line


def update_line(
    session: Session,
    line_id: int,
    *,
    description: str | None = None,
    quantity_milli: int | None = None,
    unit_price_minor: int | None = None,
) -> InvoiceLine:
    """Change what a draft line says or charges; the net follows."""
    line = _draft_line(session, line_id)
    if description is not None:
        if not description.strip():
            raise InvoiceError("A line needs a description.")
        line.description = description.strip()
    if quantity_milli is not None:
        if quantity_milli == 0:
            raise InvoiceError("Remove the line instead of setting its quantity to zero.")
        line.quantity_milli = quantity_milli
    if unit_price_minor is not None:
        line.unit_price_minor = unit_price_minor
    line.net_minor = line_net(line.quantity_milli, line.unit_price_minor)
    invoice = editable_draft(session, line.invoice_id)
    recompute_totals(session, invoice)
    return line


def add_line(
    session: Session,
    invoice_id: int,
    *,
    description: str,
    quantity_milli: int,
    unit: str,
    unit_price_minor: int,
    kind: str = "adjustment",
    tax_rate_id: int | None = None,
    line_date: dt.date | None = None,
) -> InvoiceLine:
    """A line typed by hand (an extra charge, or a discount with kind 'discount'
    and a negative price), taxed like the client's other lines."""
    invoice = editable_draft(session, invoice_id)
    if not description.strip():
        raise InvoiceError("A line needs a description.")
    if quantity_milli == 0:
        raise InvoiceError("A line needs a quantity.")
    if kind == "discount" and unit_price_minor > 0:
        unit_price_minor = -unit_price_minor

    vat = vat_treatment(
        session, the_shop(session), session.get(Client, invoice.client_id), tax_rate_id
    )
    position = (
        session.scalar(
            select(func.coalesce(func.max(InvoiceLine.position), 0)).where(
                InvoiceLine.invoice_id == invoice.id
            )
        )
        + 1
    )
    line = InvoiceLine(
        invoice_id=invoice.id,
        position=position,
        kind=kind,
        line_date=line_date,
        description=description.strip(),
        quantity_milli=quantity_milli,
        unit=unit,
        unit_price_minor=unit_price_minor,
        net_minor=line_net(quantity_milli, unit_price_minor),
        vat_rate_bp=vat.rate_bp,
        vat_category=vat.category,
        vat_exemption_reason=vat.reason,
    )
    session.add(line)
    recompute_totals(session, invoice)
    return line


def remove_line(session: Session, line_id: int, at: dt.datetime) -> None:
    """Take a line off the draft; the work it billed becomes unbilled again."""
    line = _draft_line(session, line_id)
    invoice = editable_draft(session, line.invoice_id)
    release_work(session, [line.id], at, "Released: line removed from a draft")
    session.delete(line)
    recompute_totals(session, invoice)


def set_notes(session: Session, invoice_id: int, notes: str) -> None:
    editable_draft(session, invoice_id).notes = notes.strip()
    session.flush()
