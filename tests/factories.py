"""Small builders for test records: just enough of a shop to test one rule."""

from __future__ import annotations

import datetime as dt
import itertools

from sqlalchemy.orm import Session

from desktop.models import Client, Contract, Shop, Technician, WorkType

_names = itertools.count(1)


def shop(session: Session, **overrides) -> Shop:
    values = dict(legal_name="Test IT AB", country="SE", default_currency="SEK")
    values.update(overrides)
    row = Shop(**values)
    session.add(row)
    session.flush()
    return row


def client(session: Session, **overrides) -> Client:
    values = dict(name=f"Client {next(_names)}", country="SE", currency="SEK")
    values.update(overrides)
    row = Client(**values)
    session.add(row)
    session.flush()
    return row


def technician(session: Session, **overrides) -> Technician:
    values = dict(name=f"Tech {next(_names)}", tier=2, default_rate_minor=90000)
    values.update(overrides)
    row = Technician(**values)
    session.add(row)
    session.flush()
    return row


def work_type(session: Session, **overrides) -> WorkType:
    n = next(_names)
    values = dict(code=f"remote-{n}", name=f"Remote {n}", default_rate_minor=95000)
    values.update(overrides)
    row = WorkType(**values)
    session.add(row)
    session.flush()
    return row


def contract(session: Session, client_row: Client, kind: str = "prepaid", **overrides) -> Contract:
    values = dict(
        client_id=client_row.id,
        name=f"{kind} contract {next(_names)}",
        kind=kind,
        starts_on=dt.date(2026, 1, 1),
        currency=client_row.currency,
    )
    values.update(overrides)
    row = Contract(**values)
    session.add(row)
    session.flush()
    return row


def billing_shop(session: Session):
    """A Swedish shop with 25 % and 12 % VAT, invoice and credit-note series,
    remote and on-site work types; returns a namespace of the rows."""
    from types import SimpleNamespace

    from desktop.models import InvoiceSeries, TaxRate

    the_shop = shop(session, rounding_increment_min=15, rounding_mode="up")
    standard = TaxRate(code="SE25", name="Moms 25 %", rate_bp=2500, category="S")
    reduced = TaxRate(code="SE12", name="Moms 12 %", rate_bp=1200, category="S")
    invoices = InvoiceSeries(code="INV", name="Invoices", pattern="{YYYY}-{seq:05}")
    credits = InvoiceSeries(
        code="CN", name="Credit notes", kind="credit_note", pattern="CN{YYYY}-{seq:04}"
    )
    session.add_all([standard, reduced, invoices, credits])
    session.flush()
    return SimpleNamespace(
        shop=the_shop,
        standard=standard,
        reduced=reduced,
        series=invoices,
        credit_series=credits,
        remote=work_type(session, code="remote", name="Remote support", default_rate_minor=95000),
        onsite=work_type(
            session, code="onsite", name="On-site support", default_rate_minor=110000, on_site=True
        ),
        tech=technician(session, name="Anna Berg", default_rate_minor=None),
    )


def time_entry(
    session: Session, setup, client_row: Client, start: dt.datetime, minutes: int, **overrides
):
    from desktop.models import TimeEntry

    values = dict(
        technician_id=setup.tech.id,
        client_id=client_row.id,
        work_type_id=setup.remote.id,
        started_at=start,
        ended_at=start + dt.timedelta(minutes=minutes),
        raw_minutes=minutes,
        description="Work",
    )
    values.update(overrides)
    row = TimeEntry(**values)
    session.add(row)
    session.flush()
    return row


def site(session: Session, client_row: Client, **overrides):
    from desktop.models import Site

    values = dict(client_id=client_row.id, name=f"Office {next(_names)}", country="SE")
    values.update(overrides)
    row = Site(**values)
    session.add(row)
    session.flush()
    return row


def material(
    session: Session,
    client_row: Client,
    description: str,
    quantity_milli: int,
    unit_price_minor: int,
    tax_rate_id: int | None = None,
    **overrides,
):
    from desktop.models import MaterialEntry

    values = dict(
        client_id=client_row.id,
        used_on=dt.date(2026, 3, 2),
        description=description,
        quantity_milli=quantity_milli,
        unit_price_minor=unit_price_minor,
        tax_rate_id=tax_rate_id,
    )
    values.update(overrides)
    row = MaterialEntry(**values)
    session.add(row)
    session.flush()
    return row
