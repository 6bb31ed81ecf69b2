"""Checking every row of an import before anything is written: each row
becomes the values of one record, or a rejection with its line number and
the reason. The same check serves the dry run and the import itself, so a
dry run that reports no rejects means the import will write every row.

What is matched how: clients by name; technicians by e-mail, then name;
work types by code, then name; VAT rates by code, then name — all ignoring
case. The readers per kind live in `records` (clients, contacts, products)
and `time_rows` (time entries)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from sqlalchemy.orm import Session

from desktop.services.data.imports.context import NEW_CLIENT, ImportContext, RowRejected
from desktop.services.data.imports.reading import CsvTable
from desktop.services.data.imports.records import ClientRows, ContactRows, ProductRows
from desktop.services.data.imports.report import ImportOptions, ImportReport, Rejected
from desktop.services.data.imports.staff import NEW_TECHNICIAN, NEW_WORK_TYPE
from desktop.services.data.imports.time_rows import TimeRows
from desktop.services.data.imports.unused_columns import not_imported

__all__ = ["NEW_CLIENT", "NEW_TECHNICIAN", "NEW_WORK_TYPE", "Plan", "plan_import"]


class RowReader(Protocol):
    def prepare(self) -> None: ...
    def row(self, cells: tuple[str, ...]) -> dict[str, Any]: ...


_READERS: dict[str, Any] = {
    "clients": ClientRows,
    "contacts": ContactRows,
    "products": ProductRows,
    "time": TimeRows,
}


@dataclass
class Plan:
    report: ImportReport
    records: list[dict[str, Any]]
    new_clients: dict[str, str]  # folded name → name as written
    client_defaults: tuple[str, str] | None  # (country, currency) for new clients
    new_technicians: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    new_work_types: dict[str, tuple[str, str]] = field(default_factory=dict)  # → (code, name)


def _used(records: list[dict[str, Any]], marker: str, planned: dict[str, Any]) -> dict[str, Any]:
    """The planned creations some accepted record still needs: names seen
    only on rejected rows are not created."""
    used = {r[marker] for r in records if marker in r}
    return {key: value for key, value in planned.items() if key in used}


def plan_import(session: Session, table: CsvTable, options: ImportOptions) -> Plan:
    """Check every row; raises MappingError when the columns cannot work."""
    ctx = ImportContext(session, table, options)
    reader: RowReader = _READERS[options.kind](ctx)
    reader.prepare()
    needed = max(ctx.mapping.values(), default=-1) + 1
    records: list[dict[str, Any]] = []
    rejected: list[Rejected] = []
    for line, cells in table.rows:
        if len(cells) < needed:
            rejected.append(
                Rejected(
                    line, f"The row has {len(cells)} cells; the header has {len(table.headers)}."
                )
            )
            continue
        try:
            record = reader.row(cells)
        except RowRejected as exc:
            rejected.append(Rejected(line, str(exc)))
            continue
        record["_line"] = line
        records.append(record)
    amount_used = True
    if isinstance(reader, TimeRows):
        amount_used = reader.rates.derived > 0
        records = reader.finish(records, rejected)
        new_technicians = _used(records, NEW_TECHNICIAN, reader.staff.new_technicians)
        new_work_types = _used(records, NEW_WORK_TYPE, reader.staff.new_work_types)
    else:
        new_technicians, new_work_types = {}, {}
    new_clients = _used(records, NEW_CLIENT, ctx.new_clients)
    if new_clients:
        ctx.notes.append(
            f"{len(new_clients)} new client(s) will be created with the company's "
            f"country and currency: {', '.join(sorted(new_clients.values()))}."
        )
    if new_work_types:
        ctx.notes.append(
            "New work types start with no default rate: set one under Settings before "
            "invoicing, unless the entries' own or the clients' rates cover them."
        )
    rejected.sort(key=lambda r: r.line)
    report = ImportReport(
        kind=options.kind,
        format=ctx.format,
        encoding=table.encoding,
        rows=len(table.rows),
        accepted=len(records),
        rejected=rejected,
        new_clients=sorted(new_clients.values()),
        raw_minutes=sum(r.get("raw_minutes", 0) for r in records),
        notes=ctx.notes,
        new_technicians=sorted(
            name + (f" <{email}>" if email else "") for name, email in new_technicians.values()
        ),
        new_work_types=sorted(name for _code, name in new_work_types.values()),
        rated=sum(1 for r in records if r.get("rate_minor") is not None),
        non_billable=sum(1 for r in records if r.get("billable") is False),
        not_imported=not_imported(table, ctx.mapping, amount_used),
    )
    return Plan(report, records, new_clients, ctx.shop_defaults, new_technicians, new_work_types)
