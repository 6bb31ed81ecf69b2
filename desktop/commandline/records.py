"""Sub-commands for clients, contracts, time and materials."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from sqlalchemy import select

from desktop.models import Client, Contract, TimeEntry
from desktop.services.common.durations import parse_duration
from desktop.services.common.money import parse_amount, plain_amount
from desktop.services.queries import lookup
from desktop.services.records import clients as client_service
from desktop.services.records import work_log

from .common import hours_text, multiplier_bp, session_for
from .errors import CommandError


def cmd_client_add(args: argparse.Namespace) -> dict[str, Any]:
    data = client_service.ClientInput(
        name=args.name,
        email=args.email or "",
        phone=args.phone or "",
        street=args.street or "",
        postcode=args.postcode or "",
        city=args.city or "",
        country=(args.country or "").upper(),
        vat_id=args.vat_id or "",
        currency=(args.currency or "").upper(),
        document_language=args.language,
        payment_terms_days=args.terms,
        default_rate=args.rate or "",
        notes=args.notes or "",
    )
    with session_for(args, write=True) as session:
        client_id = client_service.create_client(session, data)
    return {"message": f"Added client {client_id}: {args.name}.", "id": client_id}


def cmd_client_list(args: argparse.Namespace) -> dict[str, Any]:
    with session_for(args, write=False) as session:
        query = select(Client).order_by(Client.name, Client.id)
        if not args.archived:
            query = query.where(Client.archived == False)  # noqa: E712
        rows = [
            {
                "id": c.id,
                "name": c.name,
                "country": c.country,
                "currency": c.currency,
                "vat_id": c.vat_id,
                "terms_days": c.payment_terms_days,
                "rate": plain_amount(c.default_rate_minor, c.currency)
                if c.default_rate_minor is not None
                else None,
                "archived": c.archived,
            }
            for c in session.scalars(query)
        ]
    return {"clients": rows}


def _contract_values(args: argparse.Namespace, currency: str) -> dict[str, Any]:
    def money(text: str | None) -> int | None:
        return None if text is None else parse_amount(text, currency)

    values: dict[str, Any] = {
        "billing_period": args.period,
        "price_minor": money(args.price) or 0,
        "included_minutes": parse_duration(args.included_hours, field="included_hours")
        if args.included_hours
        else None,
        "hourly_rate_minor": money(args.rate),
        "overage_rule": args.overage,
        "overage_rate_minor": money(args.overage_rate),
        "minimum_purchase_minutes": parse_duration(args.minimum_purchase, field="minimum_purchase")
        if args.minimum_purchase
        else None,
        "after_hours_policy": args.after_hours_policy,
        "rounding_increment_min": args.increment,
        "rounding_mode": args.rounding,
        "rounding_scope": args.rounding_scope,
        "minimum_charge_min": parse_duration(args.minimum, field="minimum")
        if args.minimum
        else None,
        "minimum_charge_scope": args.minimum_scope,
        "trip_fee_minor": money(args.trip_fee),
        "distance_rate_minor": money(args.distance_rate),
        "distance_unit": args.distance_unit,
        "travel_rate_minor": money(args.travel_rate),
    }
    for name in ("after_hours", "weekend", "holiday"):
        text = getattr(args, f"{name}_multiplier")
        if text is not None:
            values[f"{name}_multiplier_bp"] = multiplier_bp(text)
    return values


def cmd_contract_add(args: argparse.Namespace) -> dict[str, Any]:
    with session_for(args, write=True) as session:
        client = lookup.find_client(session, args.client)
        contract = work_log.add_contract(
            session,
            work_log.ContractInput(
                client_id=client.id,
                name=args.name,
                kind=args.kind,
                starts_on=lookup.parse_date(args.starts),
                ends_on=lookup.parse_date(args.ends) if args.ends else None,
                values=_contract_values(args, client.currency),
                covered_work_type_ids=[lookup.find_work_type(session, w).id for w in args.covers],
                consuming_work_type_ids=[
                    lookup.find_work_type(session, w).id for w in args.consumes
                ],
            ),
        )
        return {
            "message": f"Added contract {contract.id}: {contract.name} ({contract.kind}) "
            f"for {client.name}.",
            "id": contract.id,
        }


def cmd_contract_fee(args: argparse.Namespace) -> dict[str, Any]:
    with session_for(args, write=True) as session:
        contract = lookup.find_contract(session, args.contract)
        fee = work_log.add_contract_fee(
            session,
            contract,
            description=args.description,
            quantity_milli=lookup.parse_quantity(args.quantity),
            unit=args.unit,
            unit_price_minor=parse_amount(args.price, contract.currency),
        )
        return {"message": f"Added fee {fee.id} to contract {contract.name}.", "id": fee.id}


def cmd_contract_list(args: argparse.Namespace) -> dict[str, Any]:
    with session_for(args, write=False) as session:
        query = select(Contract, Client.name).join(Client).order_by(Client.name, Contract.id)
        if args.client:
            query = query.where(Contract.client_id == lookup.find_client(session, args.client).id)
        rows = [
            {
                "id": c.id,
                "client": name,
                "name": c.name,
                "kind": c.kind,
                "status": c.status,
                "starts": c.starts_on,
                "ends": c.ends_on,
                "period": c.billing_period,
                "price": plain_amount(c.price_minor, c.currency),
                "currency": c.currency,
            }
            for c, name in session.execute(query)
        ]
    return {"contracts": rows}


def cmd_time_add(args: argparse.Namespace) -> dict[str, Any]:
    with session_for(args, write=True) as session:
        client = lookup.find_client(session, args.client)
        start = lookup.parse_datetime(args.start)
        if (args.end is None) == (args.hours is None):
            raise CommandError("Give either --end or --hours.")
        end = (
            lookup.parse_datetime(args.end)
            if args.end
            else start + dt.timedelta(minutes=parse_duration(args.hours, field="hours"))
        )
        entry = work_log.log_time(
            session,
            work_log.TimeInput(
                technician_id=lookup.find_technician(session, args.technician).id,
                client_id=client.id,
                work_type_id=lookup.find_work_type(session, args.work_type).id,
                started_at=start,
                ended_at=end,
                description=args.description or "",
                ticket_id=lookup.find_ticket(session, args.ticket).id if args.ticket else None,
                contract_id=lookup.find_contract(session, args.contract).id
                if args.contract
                else None,
                on_site=args.on_site,
                travel_minutes=parse_duration(args.travel_hours, field="travel_hours")
                if args.travel_hours
                else 0,
                travel_distance_m=lookup.parse_quantity(args.travel_km) if args.travel_km else 0,
                billable=not args.not_billable,
                rate_minor=parse_amount(args.rate, client.currency) if args.rate else None,
            ),
        )
        return {
            "message": f"Logged {hours_text(entry.raw_minutes)} h for {client.name} "
            f"(entry {entry.id}).",
            "id": entry.id,
            "raw_minutes": entry.raw_minutes,
        }


def cmd_time_list(args: argparse.Namespace) -> dict[str, Any]:
    with session_for(args, write=False) as session:
        query = (
            select(TimeEntry, Client.name)
            .join(Client)
            .order_by(TimeEntry.started_at.desc(), TimeEntry.id.desc())
            .limit(args.limit)
        )
        if args.client:
            query = query.where(TimeEntry.client_id == lookup.find_client(session, args.client).id)
        if args.unbilled:
            query = query.where(
                TimeEntry.billable == True,  # noqa: E712
                TimeEntry.invoice_line_id.is_(None),
            )
        rows = [
            {
                "id": e.id,
                "start": e.started_at,
                "client": name,
                "raw": hours_text(e.raw_minutes),
                "billed": hours_text(e.billed_minutes),
                "rule": e.rounding_rule,
                "billable": e.billable,
                "invoiced": e.invoice_line_id is not None,
                "description": e.description,
            }
            for e, name in session.execute(query)
        ]
    return {"time_entries": rows}


def cmd_material_add(args: argparse.Namespace) -> dict[str, Any]:
    with session_for(args, write=True) as session:
        client = lookup.find_client(session, args.client)
        product = lookup.find_product(session, args.product) if args.product else None
        entry = work_log.use_material(
            session,
            client,
            quantity_milli=lookup.parse_quantity(args.quantity),
            used_on=lookup.parse_date(args.date) if args.date else dt.date.today(),
            product=product,
            description=args.description or "",
            unit_price_minor=parse_amount(args.price, client.currency) if args.price else None,
            unit=args.unit,
            ticket_id=lookup.find_ticket(session, args.ticket).id if args.ticket else None,
            contract_id=lookup.find_contract(session, args.contract).id if args.contract else None,
        )
        return {
            "message": f"Recorded {entry.description} for {client.name} (material {entry.id}).",
            "id": entry.id,
        }


def _add_contract_options(add: argparse.ArgumentParser) -> None:
    add.add_argument("--client", required=True, help="client id or exact name")
    add.add_argument("--name", required=True)
    add.add_argument(
        "--kind", required=True, choices=["time_materials", "prepaid", "term", "managed"]
    )
    add.add_argument("--starts", required=True, metavar="DATE")
    add.add_argument("--ends", metavar="DATE")
    add.add_argument(
        "--period",
        choices=["month", "quarter", "year"],
        help="billing period of the recurring fee (term, managed)",
    )
    add.add_argument("--price", metavar="AMOUNT", help="fee per period (term, managed)")
    add.add_argument("--included-hours", metavar="HOURS", help="hour cap per period (term)")
    add.add_argument("--rate", metavar="AMOUNT", help="hourly rate for all work types")
    add.add_argument(
        "--overage",
        choices=["bill", "negative"],
        default="bill",
        help="prepaid: bill work beyond the blocks, or let the balance go negative",
    )
    add.add_argument("--overage-rate", metavar="AMOUNT")
    add.add_argument("--minimum-purchase", metavar="HOURS", help="prepaid: smallest top-up")
    add.add_argument(
        "--after-hours-policy",
        choices=["multiplier", "bill_separately"],
        default="multiplier",
        help="prepaid: deduct after-hours work at its multiplier or bill it",
    )
    add.add_argument(
        "--increment",
        type=int,
        choices=[1, 6, 10, 15, 30, 60],
        help="rounding increment in minutes",
    )
    add.add_argument("--rounding", choices=["up", "nearest", "down"])
    add.add_argument("--rounding-scope", choices=["entry", "visit", "ticket"])
    add.add_argument("--minimum", metavar="HOURS", help="minimum charge")
    add.add_argument("--minimum-scope", choices=["entry", "visit", "ticket"])
    add.add_argument("--after-hours-multiplier", metavar="X")
    add.add_argument("--weekend-multiplier", metavar="X")
    add.add_argument("--holiday-multiplier", metavar="X")
    add.add_argument("--trip-fee", metavar="AMOUNT")
    add.add_argument("--distance-rate", metavar="AMOUNT", help="per km or mile")
    add.add_argument("--distance-unit", choices=["km", "mi"], default="km")
    add.add_argument("--travel-rate", metavar="AMOUNT", help="per hour of travel")
    add.add_argument(
        "--covers",
        action="append",
        default=[],
        metavar="WORK_TYPE",
        help="work type covered at no charge (managed, term); repeatable",
    )
    add.add_argument(
        "--consumes",
        action="append",
        default=[],
        metavar="WORK_TYPE",
        help="work type drawn from prepaid hours (default: all); repeatable",
    )
    add.set_defaults(handler=cmd_contract_add)


def register(sub: argparse._SubParsersAction) -> argparse._SubParsersAction:
    """Add client, contract, time and material; return the client actions
    (other modules add to them, e.g. `client credit`)."""
    client = sub.add_parser("client", help="add, list, credit").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    add = client.add_parser("add", help="add a client")
    add.add_argument("--name", required=True)
    add.add_argument("--country", required=True, help="ISO code, e.g. SE")
    add.add_argument("--currency", required=True, help="ISO code, e.g. SEK")
    for option in ("email", "phone", "street", "postcode", "city", "vat-id", "notes"):
        add.add_argument(f"--{option}")
    add.add_argument("--language", default="en", choices=["en", "pl", "sv", "el", "eo"])
    add.add_argument("--terms", type=int, default=30, help="payment terms in days")
    add.add_argument("--rate", metavar="AMOUNT", help="default hourly rate, e.g. 950.00")
    add.set_defaults(handler=cmd_client_add)
    listing = client.add_parser("list", help="list clients")
    listing.add_argument("--archived", action="store_true", help="include archived clients")
    listing.set_defaults(handler=cmd_client_list)

    contract = sub.add_parser("contract", help="add or list contracts").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    _add_contract_options(contract.add_parser("add", help="add a contract"))
    fee = contract.add_parser("fee", help="add a recurring fee line to a term/managed contract")
    fee.add_argument("contract", help="contract id or name")
    fee.add_argument("--description", required=True)
    fee.add_argument("--quantity", default="1")
    fee.add_argument("--unit", default="pc")
    fee.add_argument("--price", required=True, metavar="AMOUNT", help="per unit and period")
    fee.set_defaults(handler=cmd_contract_fee)
    listing = contract.add_parser("list", help="list contracts")
    listing.add_argument("--client")
    listing.set_defaults(handler=cmd_contract_list)

    time = sub.add_parser("time", help="log or list time").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    add = time.add_parser("add", help="log work")
    add.add_argument("--client", required=True)
    add.add_argument("--technician", required=True, help="id, name or e-mail")
    add.add_argument("--work-type", required=True, help="code or name, e.g. remote")
    add.add_argument("--start", required=True, metavar="DATETIME", help="2026-03-02 09:00")
    add.add_argument("--end", metavar="DATETIME")
    add.add_argument("--hours", metavar="HOURS", help="instead of --end: 1:30, 1.5, 1h30 or 90m")
    add.add_argument("--description")
    add.add_argument("--ticket", help="ticket number")
    add.add_argument("--contract")
    add.add_argument("--on-site", action="store_true")
    add.add_argument("--travel-hours", metavar="HOURS")
    add.add_argument("--travel-km", metavar="KM")
    add.add_argument("--rate", metavar="AMOUNT", help="hourly rate for this entry only")
    add.add_argument("--not-billable", action="store_true")
    add.set_defaults(handler=cmd_time_add)
    listing = time.add_parser("list", help="list time entries, newest first")
    listing.add_argument("--client")
    listing.add_argument("--unbilled", action="store_true")
    listing.add_argument("--limit", type=int, default=50)
    listing.set_defaults(handler=cmd_time_list)

    material = sub.add_parser("material", help="record materials used").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    add = material.add_parser("add", help="record parts or materials used")
    add.add_argument("--client", required=True)
    add.add_argument("--product", help="catalogue SKU, name or id")
    add.add_argument("--description")
    add.add_argument("--quantity", default="1")
    add.add_argument("--unit")
    add.add_argument("--price", metavar="AMOUNT", help="unit price (default: catalogue)")
    add.add_argument("--date", metavar="DATE", help="default: today")
    add.add_argument("--ticket")
    add.add_argument("--contract")
    add.set_defaults(handler=cmd_material_add)
    return client
