"""Sub-commands for prepaid hours: top up, balance, ledger and the shop's
choice of when a block is invoiced (`prepaid statement` is in documents.py)."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from desktop.services.billing.blocks import (
    block_invoices,
    invoice_on_purchase,
    set_invoice_on_purchase,
)
from desktop.services.common.durations import parse_duration
from desktop.services.common.money import parse_amount
from desktop.services.prepaid import ledger as prepaid
from desktop.services.prepaid.dated import as_of
from desktop.services.prepaid.overview import ledger_rows
from desktop.services.prepaid.purchases import record_top_up
from desktop.services.queries import lookup

from .common import hours_text, session_for


def _date(text: str | None) -> dt.date:
    return lookup.parse_date(text) if text else dt.date.today()


def cmd_prepaid_topup(args: argparse.Namespace) -> dict[str, Any]:
    with session_for(args, write=True) as session:
        contract = lookup.find_contract(session, args.contract)
        day = _date(args.date)
        # The window's top-up dialog calls the same: one rule for the moment.
        bought = record_top_up(
            session,
            contract.id,
            minutes=parse_duration(args.hours, field="hours"),
            amount_minor=parse_amount(args.price, contract.currency),
            on=day,
            expires_on=lookup.parse_date(args.expires) if args.expires else None,
            note=args.note or "",
        )
        added = hours_text(bought.entry.minutes)
        message = f"Added {added} h to {contract.name}"
        if bought.debt_paid_minutes:
            message += (
                f"; it first paid the {hours_text(bought.debt_paid_minutes)} h owed, "
                f"{hours_text(bought.block_left_minutes)} h of it left"
            )
        message += f"; balance {hours_text(bought.balance_minutes)} h on {day}."
        if bought.draft_invoice_id is not None:
            message += f" Draft invoice {bought.draft_invoice_id} bills the block."
        return {
            "message": message,
            "id": bought.entry.id,
            "date": day,
            "balance_minutes": bought.balance_minutes,
            "block_left_minutes": bought.block_left_minutes,
            "debt_paid_minutes": bought.debt_paid_minutes,
            "debt_minutes": bought.debt_minutes,
            "draft_invoice": bought.draft_invoice_id,
        }


def cmd_prepaid_balance(args: argparse.Namespace) -> dict[str, Any]:
    with session_for(args, write=False) as session:
        contract = lookup.find_contract(session, args.contract)
        prepaid.prepaid_contract(session, contract.id)
        view = as_of(session, contract.id, _date(args.date))
        invoices = block_invoices(session, contract.id)
        blocks = [
            {
                "block": b.purchase_id,
                "bought": b.purchased_on,
                "hours": hours_text(b.minutes),
                "left": hours_text(b.left),
                "expired": hours_text(b.expired),
                "expires": b.expires_on,
                "usable": b.usable,
                "invoice": invoices[b.purchase_id].text() if b.purchase_id in invoices else None,
            }
            for b in view.blocks
        ]
        return {
            "message": f"{contract.name}: {hours_text(view.left_minutes)} h left on {view.on}.",
            "contract": contract.id,
            "date": view.on,
            "balance_minutes": view.left_minutes,
            "balance": hours_text(view.left_minutes),
            "debt_minutes": view.debt_minutes,
            "expired_minutes": view.expired_minutes,
            "blocks": blocks,
        }


def cmd_prepaid_ledger(args: argparse.Namespace) -> dict[str, Any]:
    with session_for(args, write=False) as session:
        contract = lookup.find_contract(session, args.contract)
        # With --date: as it stood then, expiries due by that day listed as
        # 'expiry due' (the window's ledger reads the same rows).
        rows = ledger_rows(session, contract.id, _date(args.date) if args.date else None)
        return {
            "contract": contract.id,
            "ledger": [
                {
                    "id": row.id,
                    "at": row.occurred_at,
                    "kind": row.kind,
                    "hours": hours_text(row.minutes),
                    "balance": hours_text(row.balance_after),
                    "block": row.block_id,
                    "time_entry": row.time_entry_id,
                    "invoice": row.invoice,
                    "note": row.description,
                }
                for row in rows
            ],
        }


def cmd_prepaid_settings(args: argparse.Namespace) -> dict[str, Any]:
    change = args.invoice_on_purchase
    with session_for(args, write=change is not None) as session:
        if change is not None:
            set_invoice_on_purchase(session, change == "yes")
        on = invoice_on_purchase(session)
    when = "at once, as a draft" if on else "by the next month-end run for the client"
    return {
        "message": f"A block of prepaid hours is invoiced {when}.",
        "invoice_on_purchase": on,
    }


def register(sub: argparse._SubParsersAction) -> dict[str, argparse._SubParsersAction]:
    """Add `prepaid`; return its action group (documents.py adds `statement`)."""
    ledger = sub.add_parser(
        "prepaid", help="prepaid hours: top up, balance, ledger, statement, settings"
    )
    actions = ledger.add_subparsers(dest="action", metavar="ACTION", required=True)
    topup = actions.add_parser("topup", help="record a purchase of prepaid hours")
    topup.add_argument("contract", help="contract id or name")
    topup.add_argument("--hours", required=True, help="10, 7:30, 7,5, 7h30 or 450m")
    topup.add_argument("--price", required=True, metavar="AMOUNT")
    topup.add_argument("--expires", metavar="DATE")
    topup.add_argument("--date", metavar="DATE", help="day of purchase (default: today)")
    topup.add_argument("--note")
    topup.set_defaults(handler=cmd_prepaid_topup)
    for name, handler, text in (
        ("balance", cmd_prepaid_balance, "hours left, per block"),
        ("ledger", cmd_prepaid_ledger, "every ledger entry"),
    ):
        parser = actions.add_parser(name, help=text)
        parser.add_argument("contract", help="contract id or name")
        parser.add_argument(
            "--date", metavar="DATE", help="as it stood at the end of this day (default: today)"
        )
        parser.set_defaults(handler=handler)
    settings = actions.add_parser("settings", help="when a block is invoiced")
    settings.add_argument(
        "--invoice-on-purchase",
        choices=["yes", "no"],
        help="yes: a top-up drafts its invoice at once; no: the next month-end run bills it",
    )
    settings.set_defaults(handler=cmd_prepaid_settings)
    return {"prepaid": actions}
