"""Sub-commands that write PDFs: `invoice pdf`, `visit pdf` and
`prepaid statement`. They only read the database (services/printing/render
is the one way to a document's bytes) and write the file atomically
(services/common/files: a half-written PDF never replaces a good one)."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from desktop.services.common.files import write_atomically
from desktop.services.printing import render
from desktop.services.queries import lookup

from .common import session_for
from .errors import CommandError


def _write(path_text: str, pdf: bytes) -> dict[str, Any]:
    if not path_text.strip():
        raise CommandError("Name the file to write with -o FILE.")
    path = write_atomically(Path(path_text).expanduser().resolve(), pdf)
    return {"path": str(path), "size": len(pdf)}


def _message(what: str, written: dict[str, Any]) -> str:
    return f"Wrote {what} to {written['path']} ({written['size'] / 1024:.0f} KiB)."


def cmd_invoice_pdf(args: argparse.Namespace) -> dict[str, Any]:
    with session_for(args, write=False) as session:
        invoice_id = lookup.find_invoice(session, args.invoice).id
        data, pdf = render.invoice(session, invoice_id)
    written = _write(args.output, pdf)
    name = data.number or f"draft {invoice_id}"
    return {"message": _message(name, written), "invoice": invoice_id, **written}


def cmd_visit_pdf(args: argparse.Namespace) -> dict[str, Any]:
    with session_for(args, write=False) as session:
        data, pdf = render.visit_report(session, lookup.record_id(args.visit, "visit"))
    written = _write(args.output, pdf)
    return {
        "message": _message(f"visit report {data.visit_id}", written),
        "visit": data.visit_id,
        **written,
    }


def cmd_prepaid_statement(args: argparse.Namespace) -> dict[str, Any]:
    from desktop.services.printing.statement_data import prepaid_contract_for

    period_to = lookup.parse_date(args.period_to) if args.period_to else dt.date.today()
    period_from = (
        lookup.parse_date(args.period_from)
        if args.period_from
        else period_to - dt.timedelta(days=90)
    )
    with session_for(args, write=False) as session:
        try:
            contract, client = lookup.find_contract(session, args.contract), None
        except lookup.LookupFailed:
            contract, client = None, lookup.find_client(session, args.contract)
        contract_id = prepaid_contract_for(session, contract, client).id
        data, pdf = render.statement(session, contract_id, period_from, period_to)
    written = _write(args.output, pdf)
    return {
        "message": _message(f"the statement of {data.contract_name}", written),
        "contract": contract_id,
        "closing_minutes": data.closing_minutes,
        "runs_out_on": data.runs_out_on,
        **written,
    }


def register(sub: argparse._SubParsersAction, groups: dict[str, Any]) -> None:
    """Add `invoice pdf`, `prepaid statement` and `visit pdf`."""
    pdf = groups["invoice"].add_parser("pdf", help="write an invoice or credit note as PDF")
    pdf.add_argument("invoice", help="invoice number or id (drafts by id)")
    pdf.add_argument("-o", "--output", required=True, metavar="FILE")
    pdf.set_defaults(handler=cmd_invoice_pdf)

    statement = groups["prepaid"].add_parser(
        "statement", help="write a prepaid-hours statement as PDF"
    )
    statement.add_argument(
        "contract",
        metavar="CONTRACT_OR_CLIENT",
        help="prepaid contract (id or name), or a client whose prepaid contract to use",
    )
    statement.add_argument(
        "--from", dest="period_from", metavar="DATE", help="default: 90 days before --to"
    )
    statement.add_argument("--to", dest="period_to", metavar="DATE", help="default: today")
    statement.add_argument("-o", "--output", required=True, metavar="FILE")
    statement.set_defaults(handler=cmd_prepaid_statement)

    report = groups["visit"].add_parser("pdf", help="write a visit report as PDF")
    report.add_argument("visit", help="visit id")
    report.add_argument("-o", "--output", required=True, metavar="FILE")
    report.set_defaults(handler=cmd_visit_pdf)
