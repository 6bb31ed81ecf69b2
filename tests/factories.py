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
