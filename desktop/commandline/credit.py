"""Sub-commands for a client's credit: `client credit`, `payment
apply-credit` and `payment refund` (the rule is in
services/billing/client_credit.py)."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from desktop.models import Invoice
from desktop.services.billing.client_credit import (
    apply_credit,
    client_credit,
    client_credits,
    refund_credit,
)
from desktop.services.billing.payments import outstanding
from desktop.services.common.money import parse_amount, plain_amount
from desktop.services.queries import lookup

from .common import session_for


def _date(text: str | None) -> dt.date:
    return lookup.parse_date(text) if text else dt.date.today()


def cmd_client_credit(args: argparse.Namespace) -> dict[str, Any]:
    with session_for(args, write=False) as session:
        client = lookup.find_client(session, args.client)
        credits = client_credits(session, client.id)
        own = credits[0]
        return {
            "message": f"{client.name}: {plain_amount(own.available_minor, own.currency)} "
            f"{own.currency} credit from earlier payments.",
            "client": client.id,
            "name": client.name,
            "currency": own.currency,
            "credit": plain_amount(own.available_minor, own.currency),
            "credits": [
                {
                    "currency": c.currency,
                    "credit": plain_amount(c.available_minor, c.currency),
                    "on": ", ".join(s.number for s in c.sources),
                }
                for c in credits
            ],
            "sources": [
                {
                    "invoice": s.number,
                    "currency": c.currency,
                    "surplus": plain_amount(s.surplus_minor, c.currency),
                }
                for c in credits
                for s in c.sources
            ],
        }


def cmd_payment_apply_credit(args: argparse.Namespace) -> dict[str, Any]:
    with session_for(args, write=True) as session:
        client = lookup.find_client(session, args.client)
        invoice: Invoice = lookup.find_invoice(session, args.invoice)
        rows = apply_credit(
            session,
            client.id,
            invoice.id,
            amount_minor=parse_amount(args.amount, invoice.currency) if args.amount else None,
            on=_date(args.date),
        )
        currency = invoice.currency
        applied = sum(r.amount_minor for r in rows)
        left = outstanding(session, invoice)
        credit = client_credit(session, client.id, currency)
        return {
            "message": f"Applied {plain_amount(applied, currency)} {currency} of credit to "
            f"{invoice.number}: {plain_amount(left, currency)} still due; "
            f"{plain_amount(credit.available_minor, currency)} credit left.",
            "invoice": invoice.number,
            "status": invoice.status,
            "applied": plain_amount(applied, currency),
            "outstanding": plain_amount(left, currency),
            "credit": plain_amount(credit.available_minor, currency),
            "currency": currency,
            "payment_ids": [r.id for r in rows],
        }


def cmd_payment_refund(args: argparse.Namespace) -> dict[str, Any]:
    with session_for(args, write=True) as session:
        client = lookup.find_client(session, args.client)
        currency = (args.currency or client.currency).upper()
        rows = refund_credit(
            session,
            client.id,
            amount_minor=parse_amount(args.amount, currency),
            on=_date(args.date),
            reason=args.reason,
            currency=currency,
            method=args.method,
        )
        refunded = sum(r.amount_minor for r in rows)
        credit = client_credit(session, client.id, currency)
        return {
            "message": f"Refunded {plain_amount(refunded, currency)} {currency} to "
            f"{client.name}; {plain_amount(credit.available_minor, currency)} credit left.",
            "client": client.id,
            "refunded": plain_amount(refunded, currency),
            "credit": plain_amount(credit.available_minor, currency),
            "currency": currency,
            "payment_ids": [r.id for r in rows],
        }


def cmd_payment_list(args: argparse.Namespace) -> dict[str, Any]:
    with session_for(args, write=False) as session:
        invoice = lookup.find_invoice(session, args.invoice)
        currency = invoice.currency
        rows = [
            {
                "id": p.id,
                "kind": p.kind,
                "date": p.received_on,
                "amount": plain_amount(p.amount_minor, currency),
                "method": p.method,
                "reference": p.reference,
                "reason": p.reason,
                "reverses": p.reverses_payment_id,
            }
            for p in sorted(invoice.payments, key=lambda p: p.id)
        ]
        return {"invoice": invoice.number, "currency": currency, "payments": rows}


def register(
    client_actions: argparse._SubParsersAction, payment_actions: argparse._SubParsersAction
) -> None:
    credit = client_actions.add_parser(
        "credit", help="a client's credit from earlier payments, and the invoices it sits on"
    )
    credit.add_argument("client", help="client id or name")
    credit.set_defaults(handler=cmd_client_credit)
    listing = payment_actions.add_parser(
        "list", help="an invoice's payments, reversals, credit moves and refunds"
    )
    listing.add_argument("invoice", help="invoice number or id")
    listing.set_defaults(handler=cmd_payment_list)
    apply = payment_actions.add_parser(
        "apply-credit", help="pay an open invoice from the client's credit"
    )
    apply.add_argument("--client", required=True, help="client id or name")
    apply.add_argument("--invoice", required=True, help="invoice number or id")
    apply.add_argument(
        "--amount", help="default: as much as the credit and the invoice's balance allow"
    )
    apply.add_argument("--date", metavar="DATE", help="default: today")
    apply.set_defaults(handler=cmd_payment_apply_credit)
    refund = payment_actions.add_parser("refund", help="send (part of) a client's credit back")
    refund.add_argument("--client", required=True, help="client id or name")
    refund.add_argument("--amount", required=True)
    refund.add_argument("--reason", required=True, help="why or how; kept with the refund")
    refund.add_argument("--date", metavar="DATE", help="default: today")
    refund.add_argument("--currency", help="default: the client's currency")
    refund.add_argument("--method", default="bank_transfer")
    refund.set_defaults(handler=cmd_payment_refund)
