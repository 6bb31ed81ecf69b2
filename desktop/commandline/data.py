"""Sub-commands that move data in and out: `import` (CSV of clients,
contacts, products or time entries, including Kimai, Toggl Track and
Clockify exports) and `export` (time entries, invoices, accounting; CSV or
XLSX)."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.services.common.durations import format_minutes
from desktop.services.data import exports
from desktop.services.data.imports import (
    DATE_ORDERS,
    ENCODINGS,
    FIELDS,
    FORMATS,
    KINDS,
    ImportOptions,
    ImportRejected,
    ImportReport,
    check_import,
    read_table,
    run_import,
)
from desktop.services.queries import lookup

from .common import session_for
from .errors import CommandError


def _mapping(pairs: list[str]) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for pair in pairs:
        key, sep, column = pair.partition("=")
        if not sep or not key.strip():
            raise CommandError(f"'{pair}' is not FIELD=COLUMN (e.g. --map client=Customer).")
        mapping[key.strip()] = column.strip()
    return mapping


def _summary(report: ImportReport) -> str:
    figures = f"{report.rows} row(s), {len(report.rejected)} rejected"
    if report.kind == "time":
        hours = format_minutes(report.raw_minutes)
        figures += f", {hours} h raw time, {report.rated} with the file's rate"
    created = [
        f"{label}: {', '.join(names)}"
        for label, names in (
            ("new clients", report.new_clients),
            ("new technicians", report.new_technicians),
            ("new work types", report.new_work_types),
        )
        if names
    ]
    if created:
        figures += "; " + "; ".join(created)
    if report.dry_run:
        verdict = (
            "every row can be imported"
            if not report.rejected
            else f"{report.accepted} row(s) can be imported"
        )
        return (
            f"Dry run of {report.format} {report.kind} ({report.encoding}): {figures}; {verdict}."
        )
    return (
        f"Imported {report.imported} {report.kind} row(s) from a {report.format} file "
        f"({figures}) in {report.seconds:.2f} s."
    )


def _result(report: ImportReport, message: str | None = None) -> dict[str, Any]:
    result = report.as_dict()
    result["ok"] = not report.rejected or (not report.dry_run and report.imported > 0)
    result["message"] = message or _summary(report)
    if report.rejected:
        result["rejected"] = [{"line": r.line, "reason": r.reason} for r in report.rejected]
    else:
        result.pop("rejected")
    return result


def cmd_import(args: argparse.Namespace) -> dict[str, Any]:
    table = read_table(args.file, args.encoding)
    options = ImportOptions(
        kind=args.kind,
        format=args.format,
        mapping=_mapping(args.map),
        create_missing_clients=args.create_missing_clients,
        create_missing_technicians_and_work_types=args.create_missing_technicians_and_work_types,
        default_work_type=args.work_type or "",
        date_order=args.date_order,
        skip_bad_rows=args.skip_bad_rows,
    )
    try:
        if args.dry_run:
            with session_for(args, write=False) as session:
                return _result(check_import(session, table, options))
        with session_for(args, write=True) as session:
            return _result(run_import(session, table, options))
    except ImportRejected as exc:
        exc.report.dry_run = False
        return _result(exc.report, str(exc))


def cmd_export(args: argparse.Namespace) -> dict[str, Any]:
    date_from = lookup.parse_date(args.date_from)
    date_to = lookup.parse_date(args.date_to)
    xlsx = args.xlsx or args.output.lower().endswith(".xlsx")
    with session_for(args, write=False) as session:
        result = exports.export(session, args.kind, date_from, date_to, args.output, xlsx=xlsx)
    return {
        "message": f"Wrote {result.rows} row(s) of {args.kind} to {result.path}.",
        "kind": args.kind,
        "path": str(result.path),
        "rows": result.rows,
        "format": "xlsx" if xlsx else "csv",
    }


def register(sub: argparse._SubParsersAction) -> None:
    fields = "; ".join(f"{kind}: {', '.join(f.key for f in FIELDS[kind])}" for kind in KINDS)
    parser = sub.add_parser(
        "import",
        help="import a CSV of clients, contacts, products or time entries "
        "(Kimai, Toggl, Clockify; ITFlow clients)",
        description="Import a CSV file in one transaction: every row or, unless "
        "--skip-bad-rows, none. Fields per kind — " + fields + ".",
    )
    parser.add_argument("kind", choices=KINDS, metavar="KIND", help=", ".join(KINDS))
    parser.add_argument("file", metavar="FILE")
    parser.add_argument(
        "--format",
        choices=FORMATS[1:],
        default="auto",
        help="the exporting program (default: detected from the header)",
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="check every row and report; write nothing"
    )
    parser.add_argument(
        "--skip-bad-rows", action="store_true", help="import the good rows, leave out the bad"
    )
    parser.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=COLUMN",
        help="take FIELD from the column COLUMN (FIELD= leaves it out); repeatable",
    )
    parser.add_argument(
        "--create-missing-clients",
        action="store_true",
        help="create clients the file names but the database lacks (company's country "
        "and currency); without it such rows are rejected",
    )
    parser.add_argument(
        "--create-missing-technicians-and-work-types",
        action="store_true",
        help="time entries: create the technicians and work types the file names but the "
        "database lacks (the dry run lists them); without it such rows are rejected",
    )
    parser.add_argument(
        "--work-type", metavar="CODE", help="work type for entries without one (default: first)"
    )
    parser.add_argument(
        "--date-order",
        choices=DATE_ORDERS,
        default="auto",
        help="how to read 03/02/2026 (default: decided from the file)",
    )
    parser.add_argument(
        "--encoding",
        choices=ENCODINGS,
        default="auto",
        help="default: UTF-8 or UTF-16; a file that is not UTF-8 is read as Windows-1252 "
        "(the report says so)",
    )
    parser.set_defaults(handler=cmd_import)

    parser = sub.add_parser(
        "export", help="export time entries, invoices or the accounting export as CSV or XLSX"
    )
    parser.add_argument(
        "kind", choices=exports.EXPORT_KINDS, metavar="KIND", help=", ".join(exports.EXPORT_KINDS)
    )
    parser.add_argument("--from", dest="date_from", required=True, metavar="DATE")
    parser.add_argument("--to", dest="date_to", required=True, metavar="DATE")
    parser.add_argument("-o", "--output", required=True, metavar="FILE")
    parser.add_argument("--xlsx", action="store_true", help="write XLSX (default: CSV)")
    parser.set_defaults(handler=cmd_export)
