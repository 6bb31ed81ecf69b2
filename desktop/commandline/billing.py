"""Sub-commands for invoices and payments (prepaid hours: prepaid.py)."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from sqlalchemy import select

from desktop.app import open_database
from desktop.models import Client, Invoice
from desktop.services.billing import invoices as invoice_service
from desktop.services.billing.line_drafts import GROUPINGS
from desktop.services.billing.month_end import run_month_end
from desktop.services.billing.payments import (
    credit_invoice,
    display_status,
    outstanding,
    record_payment,
    reverse_payment,
)
from desktop.services.billing.pricing import minutes_milli
from desktop.services.common.durations import parse_duration
from desktop.services.common.money import parse_amount, plain_amount
from desktop.services.queries import lookup

from .common import hours_text, session_for
from .errors import CommandError


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def _date(text: str | None) -> dt.date:
    return lookup.parse_date(text) if text else dt.date.today()


def _invoice_summary(session, invoice: Invoice) -> dict[str, Any]:
    client = session.get(Client, invoice.client_id)
    return {
        "id": invoice.id,
        "number": invoice.number,
        "kind": invoice.kind,
        "client": client.name,
        "status": display_status(invoice, dt.date.today()),
        "issued": invoice.issue_date,
        "due": invoice.due_date,
        "net": plain_amount(invoice.net_minor, invoice.currency),
        "vat": plain_amount(invoice.tax_minor, invoice.currency),
        "total": plain_amount(invoice.total_minor, invoice.currency),
        "currency": invoice.currency,
    }


def cmd_invoice_draft(args: argparse.Namespace) -> dict[str, Any]:
    with session_for(args, write=True) as session:
        client = lookup.find_client(session, args.client)
        invoice = invoice_service.draft_invoice(
            session,
            client.id,
            period_from=lookup.parse_date(args.period_from),
            period_to=lookup.parse_date(args.period_to),
            grouping=args.grouping,
        )
        summary = _invoice_summary(session, invoice)
        return {
            "message": f"Draft {invoice.id} for {client.name}: {summary['total']} "
            f"{invoice.currency} in {len(invoice.lines)} lines.",
            **summary,
        }


def cmd_invoice_issue(args: argparse.Namespace) -> dict[str, Any]:
    with session_for(args, write=True) as session:
        invoice = lookup.find_invoice(session, args.invoice)
        invoice_service.issue_invoice(session, invoice.id, _date(args.date), _now())
        summary = _invoice_summary(session, invoice)
        return {
            "message": f"Issued invoice {invoice.number}: {summary['total']} "
            f"{invoice.currency}, due {invoice.due_date}.",
            **summary,
        }


def cmd_invoice_delete(args: argparse.Namespace) -> dict[str, Any]:
    with session_for(args, write=True) as session:
        invoice = lookup.find_invoice(session, args.invoice)
        invoice_service.delete_draft(session, invoice.id, _now())
        return {
            "message": f"Deleted draft {invoice.id}; its work is unbilled again.",
            "id": invoice.id,
        }


def cmd_invoice_credit(args: argparse.Namespace) -> dict[str, Any]:
    with session_for(args, write=True) as session:
        invoice = lookup.find_invoice(session, args.invoice)
        quantities = None
        if args.line:
            positions = {line.position: line.id for line in invoice.lines}
            quantities = {}
            for spec in args.line:
                position, _, quantity = spec.partition("=")
                if not position.isdigit() or int(position) not in positions:
                    raise CommandError(f"Invoice {invoice.number} has no line '{position}'.")
                line = next(x for x in invoice.lines if x.position == int(position))
                if line.by_minute and ":" in quantity:  # time as H:MM: 2=0:30
                    quantities[line.id] = minutes_milli(parse_duration(quantity, field="line"))
                else:
                    quantities[positions[int(position)]] = (
                        lookup.parse_quantity(quantity) if quantity else line.quantity_milli
                    )
        note = credit_invoice(
            session,
            invoice.id,
            issue_date=_date(args.date),
            reason=args.reason,
            quantities=quantities,
            release=args.release,
            at=_now(),
        )
        summary = _invoice_summary(session, note)
        return {
            "message": f"Issued credit note {note.number} for invoice {invoice.number}: "
            f"{summary['total']} {note.currency}.",
            **summary,
        }


def cmd_invoice_pay(args: argparse.Namespace) -> dict[str, Any]:
    with session_for(args, write=True) as session:
        invoice = lookup.find_invoice(session, args.invoice)
        payment = record_payment(
            session,
            invoice.id,
            amount_minor=parse_amount(args.amount, invoice.currency),
            received_on=_date(args.date),
            method=args.method,
            reference=args.reference or "",
        )
        left = outstanding(session, invoice)
        if left > 0:
            what = f"{plain_amount(left, invoice.currency)} still due"
        elif left == 0:
            what = "paid in full"
        else:
            what = f"paid in full, {plain_amount(-left, invoice.currency)} kept as credit"
        return {
            "message": f"Payment {payment.id} recorded on {invoice.number}: {what}.",
            **_invoice_summary(session, invoice),
            "payment_id": payment.id,
            "outstanding": plain_amount(left, invoice.currency),
        }


def cmd_payment_reverse(args: argparse.Namespace) -> dict[str, Any]:
    with session_for(args, write=True) as session:
        reversal = reverse_payment(
            session,
            lookup.record_id(args.payment, "payment"),
            reason=args.reason,
            on=_date(args.date),
        )
        invoice = reversal.invoice
        left = outstanding(session, invoice)
        return {
            "message": f"Reversed payment {args.payment} on {invoice.number}: "
            f"{plain_amount(left, invoice.currency)} due.",
            **_invoice_summary(session, invoice),
            "reversal_id": reversal.id,
            "outstanding": plain_amount(left, invoice.currency),
        }


def cmd_invoice_list(args: argparse.Namespace) -> dict[str, Any]:
    with session_for(args, write=False) as session:
        query = (
            select(Invoice)
            .order_by(Invoice.issue_date.desc().nulls_first(), Invoice.id.desc())
            .limit(args.limit)
        )
        if args.client:
            query = query.where(Invoice.client_id == lookup.find_client(session, args.client).id)
        if args.status:
            query = query.where(Invoice.status == args.status)
        rows = [_invoice_summary(session, invoice) for invoice in session.scalars(query)]
    return {"invoices": rows}


def cmd_invoice_show(args: argparse.Namespace) -> dict[str, Any]:
    with session_for(args, write=False) as session:
        invoice = lookup.find_invoice(session, args.invoice)
        currency = invoice.currency
        lines = [
            {
                "pos": line.position,
                "date": line.line_date,
                "kind": line.kind,
                "description": line.description,
                # Time priced by the minute reads H:MM, as printed.
                "qty": hours_text(line.billed_minutes)
                if line.by_minute
                else f"{line.quantity_milli / 1000:g}",
                "unit": line.unit,
                "price": plain_amount(line.unit_price_minor, currency),
                "net": plain_amount(line.net_minor, currency),
                "vat": f"{line.vat_category} {line.vat_rate_bp / 100:g}%",
                "raw": hours_text(line.raw_minutes),
                "billed": hours_text(line.billed_minutes),
            }
            for line in invoice.lines
        ]
        return {
            **_invoice_summary(session, invoice),
            "notes": invoice.notes,
            "outstanding": plain_amount(outstanding(session, invoice), currency)
            if invoice.status != "draft"
            else None,
            "lines": lines,
        }


def cmd_invoice_run(args: argparse.Namespace) -> dict[str, Any]:
    db = open_database(args.db)
    try:
        results = run_month_end(
            db.sessions,
            period_from=lookup.parse_date(args.period_from),
            period_to=lookup.parse_date(args.period_to),
            issue_date=_date(args.date),
            grouping=args.grouping,
        )
    finally:
        db.close()
    issued = [r for r in results if r.number]
    problems = [r for r in results if r.problem]
    return {
        "message": f"Issued {len(issued)} invoices; {len(problems)} clients need attention.",
        "issued": [
            {
                "client": r.client_name,
                "number": r.number,
                "total": plain_amount(r.total_minor, r.currency),
                "currency": r.currency,
            }
            for r in issued
        ],
        "problems": [{"client": r.client_name, "problem": r.problem} for r in problems],
    }


def register(sub: argparse._SubParsersAction) -> dict[str, argparse._SubParsersAction]:
    """Add `invoice` and `payment`; return their action groups so other
    modules can add actions to them (e.g. `invoice pdf`)."""
    invoice = sub.add_parser("invoice", help="draft, issue, credit, pay, list, show, run")
    actions = invoice.add_subparsers(dest="action", metavar="ACTION", required=True)
    groupings = list(GROUPINGS)  # the one list, services/billing/line_drafts.py
    draft = actions.add_parser("draft", help="draft an invoice of a client's unbilled work")
    draft.add_argument("--client", required=True)
    draft.add_argument("--from", dest="period_from", required=True, metavar="DATE")
    draft.add_argument("--to", dest="period_to", required=True, metavar="DATE")
    draft.add_argument("--grouping", choices=groupings, default="detail")
    draft.set_defaults(handler=cmd_invoice_draft)
    issue = actions.add_parser("issue", help="number and freeze a draft")
    issue.add_argument("invoice", help="draft id")
    issue.add_argument("--date", metavar="DATE", help="issue date (default: today)")
    issue.set_defaults(handler=cmd_invoice_issue)
    delete = actions.add_parser("delete", help="delete a draft (its work becomes unbilled)")
    delete.add_argument("invoice", help="draft id")
    delete.set_defaults(handler=cmd_invoice_delete)
    credit = actions.add_parser("credit", help="issue a credit note for an invoice")
    credit.add_argument("invoice", help="invoice number or id")
    credit.add_argument("--reason", required=True)
    credit.add_argument(
        "--line",
        action="append",
        metavar="POS[=QTY]",
        help="credit only this line (optionally this quantity); repeatable",
    )
    credit.add_argument(
        "--release", action="store_true", help="make the credited work billable again"
    )
    credit.add_argument("--date", metavar="DATE")
    credit.set_defaults(handler=cmd_invoice_credit)
    pay = actions.add_parser("pay", help="record a payment")
    pay.add_argument("invoice", help="invoice number or id")
    pay.add_argument("--amount", required=True)
    pay.add_argument("--date", metavar="DATE")
    pay.add_argument("--method", default="bank_transfer")
    pay.add_argument("--reference")
    pay.set_defaults(handler=cmd_invoice_pay)
    listing = actions.add_parser("list", help="list invoices, newest first")
    listing.add_argument("--client")
    listing.add_argument("--status", choices=["draft", "issued", "partly_paid", "paid", "credited"])
    listing.add_argument("--limit", type=int, default=50)
    listing.set_defaults(handler=cmd_invoice_list)
    show = actions.add_parser("show", help="an invoice with its lines")
    show.add_argument("invoice", help="invoice number or id")
    show.set_defaults(handler=cmd_invoice_show)
    run = actions.add_parser("run", help="month end: draft and issue for every client")
    run.add_argument("--from", dest="period_from", required=True, metavar="DATE")
    run.add_argument("--to", dest="period_to", required=True, metavar="DATE")
    run.add_argument("--date", metavar="DATE", help="issue date (default: today)")
    run.add_argument("--grouping", choices=groupings, default="ticket")
    run.set_defaults(handler=cmd_invoice_run)
    payment = sub.add_parser("payment", help="reverse a payment; apply or refund a client's credit")
    payment_actions = payment.add_subparsers(dest="action", metavar="ACTION", required=True)
    reverse = payment_actions.add_parser(
        "reverse", help="reverse a payment entered by mistake (the original stays)"
    )
    reverse.add_argument("payment", help="payment id (printed by 'invoice pay')")
    reverse.add_argument("--reason", required=True, help="why; kept with the reversal")
    reverse.add_argument("--date", metavar="DATE", help="day of the reversal (default: today)")
    reverse.set_defaults(handler=cmd_payment_reverse)
    return {"invoice": actions, "payment": payment_actions}
