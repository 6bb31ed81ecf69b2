"""Sub-commands that set the shop up: company profile, VAT rates, number
series, work types, technicians and rates (the catalogue: catalogue.py)."""

from __future__ import annotations

import argparse
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select

from desktop.models import InvoiceSeries, RateRule, TaxRate, Technician, WorkType
from desktop.services.billing.rules import the_shop
from desktop.services.common.money import parse_amount, plain_amount
from desktop.services.queries import lookup
from desktop.services.shop import setup as shop_setup
from desktop.services.shop import technicians

from .common import session_for, set_active
from .errors import CommandError


def _percent_bp(text: str) -> int:
    try:
        value = Decimal(text.strip().rstrip("%")) * 100
    except InvalidOperation:
        raise CommandError(f"'{text}' is not a percentage; write 25 or 12.5.") from None
    if value != value.to_integral_value():
        raise CommandError(f"'{text}': at most two decimals in a percentage.")
    return int(value)


def cmd_shop_set(args: argparse.Namespace) -> dict[str, Any]:
    fields = (
        "legal_name street postcode city vat_id registration legal_id legal_id_scheme "
        "iban bic bank_name email phone website"
    ).split()
    data = shop_setup.ShopInput(
        country=args.country.upper(),
        default_currency=args.currency.upper(),
        document_language=args.language,
        **{name: getattr(args, name) for name in fields},
    )
    data.street, data.postcode, data.city = data.street or "", data.postcode or "", data.city or ""
    with session_for(args, write=True) as session:
        shop = shop_setup.save_shop(session, data)
        return {"message": f"Saved the company profile of {shop.legal_name}.", "id": shop.id}


def cmd_shop_show(args: argparse.Namespace) -> dict[str, Any]:
    with session_for(args, write=False) as session:
        shop = the_shop(session)
        names = (
            "legal_name street postcode city country vat_id registration legal_id "
            "legal_id_scheme iban bic "
            "default_currency document_language"
        ).split()
        return {name: getattr(shop, name) for name in names}


def cmd_tax_add(args: argparse.Namespace) -> dict[str, Any]:
    with session_for(args, write=True) as session:
        rate = shop_setup.add_tax_rate(
            session,
            code=args.code,
            name=args.name or args.code,
            rate_bp=_percent_bp(args.rate),
            category=args.category,
            exemption_reason=args.reason,
        )
        return {"message": f"Added VAT rate {rate.code} ({args.rate} %).", "id": rate.id}


def cmd_series_add(args: argparse.Namespace) -> dict[str, Any]:
    with session_for(args, write=True) as session:
        series = shop_setup.add_series(
            session,
            code=args.code,
            name=args.name or args.code,
            pattern=args.pattern,
            kind="credit_note" if args.credit_notes else "invoice",
        )
        return {
            "message": f"Added {series.kind.replace('_', ' ')} series {series.code} "
            f"({series.pattern}).",
            "id": series.id,
        }


def cmd_worktype_add(args: argparse.Namespace) -> dict[str, Any]:
    with session_for(args, write=True) as session:
        currency = the_shop(session).default_currency
        work_type = shop_setup.add_work_type(
            session,
            code=args.code,
            name=args.name or args.code,
            rate_minor=parse_amount(args.rate, currency),
            on_site=args.on_site,
        )
        return {"message": f"Added work type {work_type.code}.", "id": work_type.id}


def cmd_technician_add(args: argparse.Namespace) -> dict[str, Any]:
    with session_for(args, write=True) as session:
        currency = the_shop(session).default_currency
        technician = technicians.add_technician(
            session,
            name=args.name,
            email=args.email,
            tier=args.tier,
            level=args.level,
            rate_minor=parse_amount(args.rate, currency) if args.rate else None,
        )
        return {"message": f"Added technician {technician.name}.", "id": technician.id}


def cmd_technician_edit(args: argparse.Namespace) -> dict[str, Any]:
    """Change only the options given; `--rate ""` clears the default rate."""
    with session_for(args, write=True) as session:
        current = lookup.find_technician(session, args.technician)
        rate = current.default_rate_minor
        if args.rate is not None:
            currency = the_shop(session).default_currency
            rate = parse_amount(args.rate, currency) if args.rate.strip() else None
        technician = technicians.update_technician(
            session,
            current.id,
            name=current.name if args.name is None else args.name,
            email=current.email if args.email is None else args.email,
            tier=current.tier if args.tier is None else args.tier,
            level=current.level if args.level is None else args.level,
            rate_minor=rate,
        )
        return {"message": f"Saved technician {technician.name}.", "id": technician.id}


def _set_active(args: argparse.Namespace, active: bool) -> dict[str, Any]:
    return set_active(
        args,
        active,
        noun="technician",
        find=lambda session: lookup.find_technician(session, args.technician),
        change=technicians.set_technician_active,
    )


def cmd_technician_deactivate(args: argparse.Namespace) -> dict[str, Any]:
    return _set_active(args, False)


def cmd_technician_reactivate(args: argparse.Namespace) -> dict[str, Any]:
    return _set_active(args, True)


def cmd_rate_add(args: argparse.Namespace) -> dict[str, Any]:
    with session_for(args, write=True) as session:
        client = lookup.find_client(session, args.client) if args.client else None
        contract = lookup.find_contract(session, args.contract) if args.contract else None
        currency = (
            contract.currency
            if contract
            else client.currency
            if client
            else the_shop(session).default_currency
        )
        rule = shop_setup.add_rate_rule(
            session,
            rate_minor=parse_amount(args.rate, currency),
            currency=currency,
            effective_from=lookup.parse_date(args.date_from),
            effective_to=lookup.parse_date(args.date_to) if args.date_to else None,
            work_type_id=lookup.find_work_type(session, args.work_type).id
            if args.work_type
            else None,
            client_id=client.id if client else None,
            contract_id=contract.id if contract else None,
            technician_level=args.level,
        )
        return {
            "message": f"Added rate {args.rate} {currency}/h from {args.date_from}.",
            "id": rule.id,
        }


def _lister(entity, columns):
    def handler(args: argparse.Namespace) -> dict[str, Any]:
        with session_for(args, write=False) as session:
            rows = [
                {name: getter(row) for name, getter in columns.items()}
                for row in session.scalars(select(entity).order_by(entity.id))
            ]
        return {entity.__tablename__: rows}

    return handler


LISTS = {
    "tax": _lister(
        TaxRate,
        {
            "code": lambda r: r.code,
            "name": lambda r: r.name,
            "rate": lambda r: f"{r.rate_bp / 100:g} %",
            "category": lambda r: r.category,
        },
    ),
    "series": _lister(
        InvoiceSeries,
        {
            "code": lambda r: r.code,
            "kind": lambda r: r.kind,
            "pattern": lambda r: r.pattern,
            "next": lambda r: r.next_seq,
        },
    ),
    "worktype": _lister(
        WorkType,
        {
            "code": lambda r: r.code,
            "name": lambda r: r.name,
            "rate_minor": lambda r: r.default_rate_minor,
        },
    ),
    "technician": _lister(
        Technician,
        {
            "id": lambda r: r.id,
            "name": lambda r: r.name,
            "email": lambda r: r.email,
            "tier": lambda r: r.tier,
            "level": lambda r: r.level,
            "rate": lambda r: r.default_rate_minor,
            "active": lambda r: r.active,
        },
    ),
    "rate": _lister(
        RateRule,
        {
            "id": lambda r: r.id,
            "rate": lambda r: plain_amount(r.rate_minor, r.currency),
            "currency": lambda r: r.currency,
            "work_type": lambda r: r.work_type_id,
            "client": lambda r: r.client_id,
            "contract": lambda r: r.contract_id,
            "level": lambda r: r.technician_level,
            "from": lambda r: r.effective_from,
            "to": lambda r: r.effective_to,
        },
    ),
}


_ACTIONS: dict[str, Any] = {}


def _actions(sub, name: str) -> Any:
    """The sub-command list of group `name` (made by _group), for more verbs."""
    return _ACTIONS[name]


def _group(sub, name: str, text: str, add_handler) -> argparse.ArgumentParser:
    actions = sub.add_parser(name, help=text).add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    _ACTIONS[name] = actions
    actions.add_parser("list", help=f"list {name} records").set_defaults(handler=LISTS[name])
    add = actions.add_parser("add", help=f"add a {name}")
    add.set_defaults(handler=add_handler)
    return add


def register(sub: argparse._SubParsersAction) -> None:
    shop = sub.add_parser("shop", help="the company profile").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    show = shop.add_parser("show", help="print the company profile")
    show.set_defaults(handler=cmd_shop_show)
    set_ = shop.add_parser("set", help="create or replace the company profile")
    set_.add_argument("--legal-name", required=True)
    set_.add_argument("--country", required=True)
    set_.add_argument("--currency", required=True)
    set_.add_argument("--language", default="en", choices=["en", "pl", "sv", "el", "eo"])
    for option in (
        "street",
        "postcode",
        "city",
        "vat-id",
        "registration",
        "legal-id",
        "legal-id-scheme",
        "iban",
        "bic",
        "bank-name",
        "email",
        "phone",
        "website",
    ):
        set_.add_argument(f"--{option}")
    set_.set_defaults(handler=cmd_shop_set)

    add = _group(sub, "tax", "VAT rates", cmd_tax_add)
    add.add_argument("--code", required=True)
    add.add_argument("--name")
    add.add_argument("--rate", required=True, help="percent, e.g. 25")
    add.add_argument("--category", default="S", choices=list(shop_setup.VAT_CATEGORIES))
    add.add_argument("--reason", help="exemption or reverse-charge text printed on invoices")

    add = _group(sub, "series", "invoice number series", cmd_series_add)
    add.add_argument("--code", required=True)
    add.add_argument("--name")
    add.add_argument("--pattern", default="{YYYY}-{seq:05}")
    add.add_argument("--credit-notes", action="store_true", help="a credit-note series")

    add = _group(sub, "worktype", "work types and their default rates", cmd_worktype_add)
    add.add_argument("--code", required=True)
    add.add_argument("--name")
    add.add_argument("--rate", required=True, metavar="AMOUNT")
    add.add_argument("--on-site", action="store_true")

    add = _group(sub, "technician", "technicians", cmd_technician_add)
    add.add_argument("--name", required=True)
    add.add_argument("--email")
    add.add_argument("--tier", type=int, default=1)
    add.add_argument("--level", default="standard", choices=list(technicians.LEVELS))
    add.add_argument("--rate", metavar="AMOUNT")
    actions = _actions(sub, "technician")
    edit = actions.add_parser("edit", help="change a technician (only the options given)")
    edit.set_defaults(handler=cmd_technician_edit)
    edit.add_argument("technician", metavar="TECHNICIAN", help="id, name or e-mail")
    edit.add_argument("--name")
    edit.add_argument("--email", help='the new address; "" removes it')
    edit.add_argument("--tier", type=int)
    edit.add_argument("--level", choices=list(technicians.LEVELS))
    edit.add_argument("--rate", metavar="AMOUNT", help='default hourly rate; "" removes it')
    for verb, handler, text in (
        ("deactivate", cmd_technician_deactivate, "take out of the pickers; work is kept"),
        ("reactivate", cmd_technician_reactivate, "put a deactivated technician back"),
    ):
        toggle = actions.add_parser(verb, help=text)
        toggle.set_defaults(handler=handler)
        toggle.add_argument("technician", metavar="TECHNICIAN", help="id, name or e-mail")

    add = _group(sub, "rate", "hourly rate rules with effective dates", cmd_rate_add)
    add.add_argument("--rate", required=True, metavar="AMOUNT")
    add.add_argument("--from", dest="date_from", required=True, metavar="DATE")
    add.add_argument("--to", dest="date_to", metavar="DATE")
    add.add_argument("--work-type")
    add.add_argument("--client")
    add.add_argument("--contract")
    add.add_argument("--level", help="technician level")
