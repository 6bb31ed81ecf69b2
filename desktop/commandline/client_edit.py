"""`client edit`: change a client through the same service as the client
dialog (services/records/clients.py), only the options given."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.services.billing.rounding import INCREMENTS, MODES
from desktop.services.queries import lookup
from desktop.services.records import clients as client_service

from .common import session_for
from .errors import CommandError

SHOP_DEFAULT = ("", "shop")
_TEXT_OPTIONS = ("name", "email", "phone", "street", "postcode", "city", "vat_id", "notes")


def _increment(text: str) -> int | None:
    """'15' → 15 minutes; '' or 'shop' → the shop's rounding."""
    if text.strip().lower() in SHOP_DEFAULT:
        return None
    try:
        return int(text.strip().removesuffix("m").removesuffix("min").strip())
    except ValueError:
        raise CommandError(
            f"'{text}' is not a rounding; give minutes ({', '.join(map(str, INCREMENTS))}) "
            "or 'shop'."
        ) from None


def cmd_client_edit(args: argparse.Namespace) -> dict[str, Any]:
    with session_for(args, write=True) as session:
        client = lookup.find_client(session, args.client)
        data, version = client_service.load_client(session, client.id)
        for option in _TEXT_OPTIONS:
            value = getattr(args, option)
            if value is not None:
                setattr(data, option, value)
        if args.country is not None:
            data.country = args.country.strip().upper()
        if args.currency is not None:
            data.currency = args.currency.strip().upper()
        if args.language is not None:
            data.document_language = args.language
        if args.terms is not None:
            data.payment_terms_days = args.terms
        if args.rate is not None:
            data.default_rate = args.rate
        if args.rounding is not None:
            data.rounding_increment = _increment(args.rounding)
        if args.rounding_mode is not None:
            mode = args.rounding_mode.strip().lower()
            data.rounding_mode = None if mode in SHOP_DEFAULT else mode
        if args.minimum is not None:
            shops = args.minimum.strip().lower() in SHOP_DEFAULT
            data.minimum_charge = "" if shops else args.minimum
        client_service.update_client(session, client.id, data, version)
        return {"message": f"Saved client {data.name.strip()}.", "id": client.id}


def register(sub: argparse._SubParsersAction, groups: dict[str, Any]) -> None:
    """Hang `edit` on the `client` group made by records.register."""
    if "client" not in groups:
        return
    edit = groups["client"].add_parser("edit", help="change a client (only the options given)")
    edit.add_argument("client", metavar="CLIENT", help="id or exact name")
    for option in ("name", "email", "phone", "street", "postcode", "city", "vat-id", "notes"):
        edit.add_argument(f"--{option}")
    edit.add_argument("--country", help="ISO code, e.g. SE")
    edit.add_argument("--currency", help="ISO code, e.g. SEK")
    edit.add_argument("--language", choices=list(client_service.DOCUMENT_LANGUAGES))
    edit.add_argument("--terms", type=int, help="payment terms in days")
    edit.add_argument("--rate", metavar="AMOUNT", help='default hourly rate; "" removes it')
    edit.add_argument(
        "--rounding",
        metavar="MINUTES",
        help=f"round billed time to {', '.join(map(str, INCREMENTS))} minutes; 'shop' for the "
        "shop's",
    )
    edit.add_argument(
        "--rounding-mode", metavar="MODE", help=f"{', '.join(MODES)}; 'shop' for the shop's"
    )
    edit.add_argument(
        "--minimum",
        metavar="HOURS",
        help="minimum charge, e.g. 1:00 or 30m; 'shop' for the shop's",
    )
    edit.set_defaults(handler=cmd_client_edit)
