"""The dry run and the import. The import re-checks every row inside its
own transaction (the data may have changed since the dry run), then writes
with SQLAlchemy Core bulk inserts — all rows or, unless the user chose to
skip bad rows, none."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from desktop.models import Client, Contact, Product, TimeEntry

from .planning import NEW_CLIENT, ImportOptions, ImportReport, plan_import
from .reading import CsvTable

CHUNK = 1000
_TABLES = {
    "clients": Client.__table__,
    "contacts": Contact.__table__,
    "products": Product.__table__,
    "time": TimeEntry.__table__,
}


class ImportRejected(ValueError):
    """Some rows are bad and the user did not choose to skip them; nothing
    was written. `report` lists every rejected row."""

    def __init__(self, report: ImportReport) -> None:
        count = len(report.rejected)
        first = report.rejected[0]
        super().__init__(
            f"{count} row(s) cannot be imported (first: line {first.line}: {first.reason}). "
            "Nothing was imported; fix the file or choose to skip bad rows."
        )
        self.report = report


class ImportCancelled(Exception):
    """The user stopped the import; the transaction is rolled back."""


def check_import(session: Session, table: CsvTable, options: ImportOptions) -> ImportReport:
    """The dry run: every row checked, nothing written."""
    started = time.perf_counter()
    report = plan_import(session, table, options).report
    report.seconds = time.perf_counter() - started
    return report


def run_import(
    session: Session,
    table: CsvTable,
    options: ImportOptions,
    *,
    progress: Callable[[int, int, str], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> ImportReport:
    """Import `table` in the caller's transaction. Raises ImportRejected when
    rows are bad and `options.skip_bad_rows` is off, ImportCancelled when
    `should_stop()` turns true; the caller's unit of work then rolls back."""
    started = time.perf_counter()
    plan = plan_import(session, table, options)
    report = plan.report
    if report.rejected and not options.skip_bad_rows:
        raise ImportRejected(report)
    client_ids: dict[str, int] = {}
    if plan.new_clients:
        assert plan.client_defaults is not None
        country, currency = plan.client_defaults
        table_ = Client.__table__
        for key, name in sorted(plan.new_clients.items()):
            client_ids[key] = session.execute(
                insert(table_)
                .values(name=name, country=country, currency=currency)
                .returning(table_.c.id)
            ).scalar_one()
    rows: list[dict[str, Any]] = []
    for record in plan.records:
        row = {k: v for k, v in record.items() if not k.startswith("_")}
        if NEW_CLIENT in record:
            row["client_id"] = client_ids[record[NEW_CLIENT]]
        rows.append(row)
    total = len(rows)
    target = _TABLES[options.kind]
    for start in range(0, total, CHUNK):
        if should_stop is not None and should_stop():
            raise ImportCancelled
        chunk = rows[start : start + CHUNK]
        session.execute(insert(target), chunk)
        if progress is not None:
            done = start + len(chunk)
            progress(done, total, f"Imported {done} of {total} rows")
    if should_stop is not None and should_stop():
        raise ImportCancelled
    session.flush()
    report.dry_run = False
    report.imported = total
    report.seconds = time.perf_counter() - started
    return report
