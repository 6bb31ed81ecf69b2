"""CSV import of clients, contacts, products and time entries — including
the CSV exports of Kimai, Toggl Track and Clockify.

Read a file with `read_table`, see what goes where with `resolve` and
`preview_rows`, check it with `check_import` (the dry run), then write it
with `run_import` inside one unit of work. Plain Python; no Qt."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import WorkType
from desktop.services.data.imports.formats import (
    DEFAULT_DATE_ORDER,
    FIELDS,
    FORMAT_NAMES,
    FORMATS,
    KINDS,
    Field,
    MappingError,
    check_mapping,
    detect_format,
    fields_of,
    resolve,
)
from desktop.services.data.imports.reading import (
    ENCODINGS,
    CsvTable,
    ImportFileError,
    decode,
    parse_table,
    read_table,
)
from desktop.services.data.imports.report import ImportOptions, ImportReport, Rejected
from desktop.services.data.imports.running import (
    ImportCancelled,
    ImportRejected,
    check_import,
    run_import,
)
from desktop.services.data.imports.values import DATE_ORDERS, CellError


def preview_rows(
    table: CsvTable, mapping: dict[str, int], limit: int = 10
) -> list[tuple[int, dict[str, str]]]:
    """The first `limit` rows as (line, field → cell text) under the mapping."""
    rows = []
    for line, cells in table.rows[:limit]:
        rows.append(
            (
                line,
                {
                    key: cells[index].strip() if index < len(cells) else ""
                    for key, index in mapping.items()
                },
            )
        )
    return rows


def work_type_choices(session: Session) -> list[tuple[str, str]]:
    """(code, name) of the active work types, in the order they were added
    (the first is the default for entries that name none)."""
    query = select(WorkType.code, WorkType.name).where(WorkType.active == True)  # noqa: E712
    return [(code, name) for code, name in session.execute(query.order_by(WorkType.id))]


__all__ = [
    "DATE_ORDERS",
    "DEFAULT_DATE_ORDER",
    "ENCODINGS",
    "FIELDS",
    "FORMATS",
    "FORMAT_NAMES",
    "KINDS",
    "CellError",
    "CsvTable",
    "Field",
    "ImportCancelled",
    "ImportFileError",
    "ImportOptions",
    "ImportRejected",
    "ImportReport",
    "MappingError",
    "Rejected",
    "check_import",
    "check_mapping",
    "decode",
    "detect_format",
    "fields_of",
    "parse_table",
    "preview_rows",
    "read_table",
    "resolve",
    "run_import",
    "work_type_choices",
]
