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

from desktop.models import Client, Contact, Product, Technician, TimeEntry, WorkType
from desktop.services.common.errors import UserError
from desktop.services.data.imports.planning import (
    NEW_CLIENT,
    NEW_TECHNICIAN,
    NEW_WORK_TYPE,
    Plan,
    plan_import,
)
from desktop.services.data.imports.reading import CsvTable
from desktop.services.data.imports.records import CONTACT
from desktop.services.data.imports.report import ImportOptions, ImportReport

CHUNK = 1000
_TABLES = {
    "clients": Client.__table__,
    "contacts": Contact.__table__,
    "products": Product.__table__,
    "time": TimeEntry.__table__,
}


class ImportRejected(UserError, ValueError):
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
    rows = _rows_with_ids(session, plan)
    total = len(rows)
    target = _TABLES[options.kind]
    contacts = [record.get(CONTACT) for record in plan.records]
    if any(contacts):
        # Clients with their contacts: each client's id is needed first.
        for done, (row, contact) in enumerate(zip(rows, contacts, strict=True), start=1):
            if should_stop is not None and should_stop():
                raise ImportCancelled
            client_id = _insert(session, target, row)
            if contact:
                _insert(session, Contact.__table__, {**contact, "client_id": client_id})
            if progress is not None and (done % CHUNK == 0 or done == total):
                progress(done, total, f"Imported {done} of {total} rows")
        rows = []
    for start in range(0, len(rows), CHUNK):
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


def _insert(session: Session, table: Any, values: dict[str, Any]) -> int:
    return session.execute(insert(table).values(**values).returning(table.c.id)).scalar_one()


def _rows_with_ids(session: Session, plan: Plan) -> list[dict[str, Any]]:
    """Create the planned clients, technicians and work types, then give
    each record the ids in place of the planning markers."""
    ids: dict[str, dict[str, int]] = {NEW_CLIENT: {}, NEW_TECHNICIAN: {}, NEW_WORK_TYPE: {}}
    if plan.new_clients:
        assert plan.client_defaults is not None
        country, currency = plan.client_defaults
        for key, name in sorted(plan.new_clients.items()):
            ids[NEW_CLIENT][key] = _insert(
                session, Client.__table__, {"name": name, "country": country, "currency": currency}
            )
    for key, (name, email) in sorted(plan.new_technicians.items()):
        ids[NEW_TECHNICIAN][key] = _insert(
            session, Technician.__table__, {"name": name, "email": email}
        )
    for key, (code, name) in sorted(plan.new_work_types.items()):
        ids[NEW_WORK_TYPE][key] = _insert(session, WorkType.__table__, {"code": code, "name": name})
    columns = {
        NEW_CLIENT: "client_id",
        NEW_TECHNICIAN: "technician_id",
        NEW_WORK_TYPE: "work_type_id",
    }
    rows: list[dict[str, Any]] = []
    for record in plan.records:
        row = {k: v for k, v in record.items() if not k.startswith("_")}
        for marker, column in columns.items():
            if marker in record:
                row[column] = ids[marker][record[marker]]
        rows.append(row)
    return rows
