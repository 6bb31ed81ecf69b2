"""The sample shop the CSV files in tests/data/imports were written for,
and small helpers to import them (shared by the import tests)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import func, select

from desktop.db.session import read_only, unit_of_work
from desktop.models import Client, Shop, TaxRate, Technician, TimeEntry, WorkType
from desktop.services.data.imports import ImportOptions, check_import, read_table, run_import

DATA = Path(__file__).resolve().parent / "data" / "imports"
T = dt.datetime


def seed_shop(session) -> None:
    """The shop the sample files were written for."""
    session.add(Shop(legal_name="Nordic Fix AB", country="SE", default_currency="SEK"))
    session.add_all(
        [
            Technician(name="Anna Berg", email="anna@nordicfix.se"),
            Technician(name="Olle Nilsson", email="olle@nordicfix.se"),
            WorkType(code="remote", name="Remote support"),
            WorkType(code="onsite", name="On-site support", on_site=True),
            # The Swedish shop bills its Nordic clients in SEK, Müller in EUR.
            Client(name="Acme Oy", country="FI", currency="SEK"),
            Client(name="Bergström Bygg", country="SE", currency="SEK"),
            Client(name="Café Zorba", country="SE", currency="SEK"),
            Client(name="Müller GmbH", country="DE", currency="EUR"),
            TaxRate(code="SE25", name="Moms 25 %", rate_bp=2500),
        ]
    )


def do_import(db, name: str, kind: str = "time", **options):
    table = read_table(DATA / name)
    with unit_of_work(db.sessions) as s:
        return run_import(s, table, ImportOptions(kind=kind, **options))


def dry_run(db, name: str, kind: str = "time", **options):
    table = read_table(DATA / name)
    with read_only(db.sessions) as s:
        return check_import(s, table, ImportOptions(kind=kind, **options))


def entries(db) -> list[tuple]:
    """(entry columns, client name, technician name), oldest first."""
    te = TimeEntry
    columns = (
        te.started_at,
        te.ended_at,
        te.raw_minutes,
        te.billed_minutes,
        te.billable,
        te.on_site,
        te.invoice_line_id,
        te.work_type_id,
        te.description,
        te.rate_minor,
    )
    with read_only(db.sessions) as s:
        rows = s.execute(
            select(*columns, Client.name.label("client"), Technician.name.label("tech"))
            .join(Client, Client.id == te.client_id)
            .join(Technician, Technician.id == te.technician_id)
            .order_by(te.started_at)
        ).all()
    return [(row, row.client, row.tech) for row in rows]


def count(db, entity) -> int:
    with read_only(db.sessions) as s:
        return s.scalar(select(func.count()).select_from(entity))
