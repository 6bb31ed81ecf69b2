"""Changing a draft before it is issued: lines, discounts and notes.
Issued invoices are refused here (and by the database).

Several users may have the same draft open. Each change names the draft's
version the user last saw (`expected_version`; None skips the check, for
scripts and imports) and is refused with VersionConflict when someone else
changed the draft since. A change to a line is a change to the draft: every
change bumps the draft's version, so the next stale save is caught."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.exc import StaleDataError

from desktop.documents.phrases import phrase
from desktop.models import Client, Invoice, InvoiceLine
from desktop.services.billing.invoices import (
    InvoiceError,
    editable_draft,
    recompute_totals,
    release_work,
)
from desktop.services.billing.pricing import MINUTES_PER_HOUR, minute_net, minutes_milli
from desktop.services.billing.rules import the_shop, vat_treatment
from desktop.services.billing.tax import line_net
from desktop.services.common.money import round_half_up
from desktop.services.common.record_rules import VersionConflict, check_version, refuse_control


def draft_version(session: Session, invoice_id: int) -> int:
    """The version an editor opening the invoice starts from."""
    invoice = session.get(Invoice, invoice_id)
    if invoice is None:
        raise InvoiceError(f"There is no invoice {invoice_id}.")
    return invoice.version


def check_draft(session: Session, invoice_id: int, expected_version: int | None) -> Invoice:
    """The draft, if it is still a draft at `expected_version`."""
    invoice = editable_draft(session, invoice_id)
    check_version(invoice, expected_version)
    return invoice


@contextmanager
def _changing(session: Session, invoice_id: int, expected_version: int | None) -> Iterator[Invoice]:
    """Check the version, let the caller change the draft, then bump the
    version. A save racing another one on the same draft fails at the
    write (WHERE version = seen) and becomes a VersionConflict too."""
    invoice = check_draft(session, invoice_id, expected_version)
    try:
        yield invoice
        # Changing only a line leaves the invoice row as it was: mark it
        # changed so its UPDATE runs, moving the version on (and running the
        # stale-write check); updated_at follows by itself.
        flag_modified(invoice, "notes")
        session.flush()
    except StaleDataError as exc:
        raise VersionConflict("Someone else changed this draft while you saved.") from exc


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
    expected_version: int | None = None,
) -> InvoiceLine:
    """Change what a draft line says or charges; the net follows."""
    refuse_control(multiline=True, description=description)
    line = _draft_line(session, line_id)
    with _changing(session, line.invoice_id, expected_version) as invoice:
        if description is not None:
            if not description.strip():
                raise InvoiceError("A line needs a description.")
            line.description = description.strip()
        if quantity_milli is not None:
            if quantity_milli == 0:
                raise InvoiceError("Remove the line instead of setting its quantity to zero.")
            line.quantity_milli = quantity_milli
            if line.by_minute:
                # Hours typed for time priced by the minute: to whole minutes.
                line.billed_minutes = round_half_up(quantity_milli * MINUTES_PER_HOUR, 1000)
                if line.billed_minutes == 0:
                    raise InvoiceError("Remove the line instead of setting its quantity to zero.")
                line.quantity_milli = minutes_milli(line.billed_minutes)
        if unit_price_minor is not None:
            line.unit_price_minor = unit_price_minor
        if line.by_minute:
            line.net_minor = minute_net(line.billed_minutes or 0, line.unit_price_minor)
        else:
            line.net_minor = line_net(line.quantity_milli, line.unit_price_minor)
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
    expected_version: int | None = None,
) -> InvoiceLine:
    """A line typed by hand (an extra charge, or a discount with kind 'discount'
    and a negative price), taxed like the client's other lines."""
    with _changing(session, invoice_id, expected_version) as invoice:
        return _add_line(
            session,
            invoice,
            description,
            quantity_milli,
            unit,
            unit_price_minor,
            kind,
            tax_rate_id,
            line_date,
        )


def _add_line(
    session: Session,
    invoice: Invoice,
    description: str,
    quantity_milli: int,
    unit: str,
    unit_price_minor: int,
    kind: str,
    tax_rate_id: int | None,
    line_date: dt.date | None,
) -> InvoiceLine:
    refuse_control(multiline=True, description=description)
    if not description.strip():
        raise InvoiceError("A line needs a description.")
    if quantity_milli == 0:
        raise InvoiceError("A line needs a quantity.")
    if kind == "discount" and unit_price_minor > 0:
        unit_price_minor = -unit_price_minor

    client = session.get(Client, invoice.client_id)
    assert client is not None  # the invoice's foreign key
    vat = vat_treatment(session, the_shop(session), client, tax_rate_id)
    # coalesce(): never None, but typed as optional by scalar().
    last = session.scalar(
        select(func.coalesce(func.max(InvoiceLine.position), 0)).where(
            InvoiceLine.invoice_id == invoice.id
        )
    )
    position = (last or 0) + 1
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


def remove_line(
    session: Session, line_id: int, at: dt.datetime, expected_version: int | None = None
) -> None:
    """Take a line off the draft; the work it billed becomes unbilled again."""
    line = _draft_line(session, line_id)
    with _changing(session, line.invoice_id, expected_version) as invoice:
        release_work(session, [line.id], at, phrase(invoice.language, "released_line"))
        session.delete(line)
        recompute_totals(session, invoice)


def set_notes(
    session: Session, invoice_id: int, notes: str, expected_version: int | None = None
) -> None:
    refuse_control(multiline=True, notes=notes)
    with _changing(session, invoice_id, expected_version) as invoice:
        invoice.notes = notes.strip()
