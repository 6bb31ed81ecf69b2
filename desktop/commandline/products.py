"""The `product` commands: the materials catalogue, through the same
service as Settings → Catalogue (services/shop/catalogue.py)."""

from __future__ import annotations

import argparse
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import TaxRate
from desktop.services.common.money import plain_amount
from desktop.services.queries import lookup
from desktop.services.shop import catalogue

from .common import session_for, set_active
from .errors import CommandError


def _tax_rate_id(session: Session, code: str | None, current: int | None) -> int | None:
    """--vat CODE → the rate's id; "" removes it; not given keeps `current`."""
    if code is None:
        return current
    if not code.strip():
        return None
    rate = session.scalar(select(TaxRate).where(TaxRate.code == code.strip()))
    if rate is None:
        raise CommandError(f"There is no VAT rate '{code}'.")
    return rate.id


def _pricing(args: argparse.Namespace, data: catalogue.ProductInput) -> None:
    """--price fixes the price, --markup makes it follow the cost."""
    if args.price is not None and args.markup is not None and args.markup.strip():
        raise CommandError("Give a --price or a --markup, not both.")
    if args.price is not None:
        data.price, data.markup = args.price, ""
    if args.markup is not None:
        data.markup = args.markup


def cmd_product_add(args: argparse.Namespace) -> dict[str, Any]:
    with session_for(args, write=True) as session:
        data = catalogue.ProductInput(
            name=args.name,
            sku=args.sku or "",
            unit=args.unit,
            cost=args.cost or "",
            tax_rate_id=_tax_rate_id(session, args.vat, None),
        )
        _pricing(args, data)
        product = catalogue.add_product(session, data)
        return {
            "message": f"Added product {product.name} at "
            f"{plain_amount(product.price_minor, product.currency)} {product.currency}.",
            "id": product.id,
        }


def cmd_product_edit(args: argparse.Namespace) -> dict[str, Any]:
    """Change only the options given."""
    with session_for(args, write=True) as session:
        current = lookup.find_product(session, args.product)
        data = catalogue.load_product(session, current.id)
        for option in ("name", "sku", "unit", "cost"):
            value = getattr(args, option)
            if value is not None:
                setattr(data, option, value)
        _pricing(args, data)
        data.tax_rate_id = _tax_rate_id(session, args.vat, data.tax_rate_id)
        product = catalogue.update_product(session, current.id, data)
        return {
            "message": f"Saved product {product.name} at "
            f"{plain_amount(product.price_minor, product.currency)} {product.currency}.",
            "id": product.id,
        }


def _set_active(args: argparse.Namespace, active: bool) -> dict[str, Any]:
    return set_active(
        args,
        active,
        noun="product",
        find=lambda session: lookup.find_product(session, args.product),
        change=catalogue.set_product_active,
    )


def cmd_product_deactivate(args: argparse.Namespace) -> dict[str, Any]:
    return _set_active(args, False)


def cmd_product_reactivate(args: argparse.Namespace) -> dict[str, Any]:
    return _set_active(args, True)


def cmd_product_list(args: argparse.Namespace) -> dict[str, Any]:
    with session_for(args, write=False) as session:
        rows = catalogue.list_products(session, include_inactive=args.all)
    return {
        "products": [
            {
                "id": p.id,
                "sku": p.sku,
                "name": p.name,
                "unit": p.unit,
                "cost": plain_amount(p.cost_minor, p.currency),
                "price": plain_amount(p.price_minor, p.currency),
                "markup": None if p.markup_bp is None else f"{p.markup_bp / 100:.2f} %",
                "currency": p.currency,
                "vat": p.tax_code,
                "active": p.active,
            }
            for p in rows
        ]
    }


def _options(parser: argparse.ArgumentParser, *, editing: bool) -> None:
    parser.add_argument("--name", required=not editing)
    parser.add_argument("--sku")
    parser.add_argument("--unit", default=None if editing else "pc")
    parser.add_argument("--cost", metavar="AMOUNT", help="what the product costs the shop")
    parser.add_argument("--price", metavar="AMOUNT", help="a fixed selling price")
    parser.add_argument(
        "--markup",
        metavar="PERCENT",
        help="instead of --price: percent over the cost; the price then follows the cost"
        + ('; "" fixes the current price' if editing else ""),
    )
    parser.add_argument(
        "--vat", metavar="CODE", help="VAT rate code" + ('; "" removes it' if editing else "")
    )


def register(sub: argparse._SubParsersAction) -> None:
    actions = sub.add_parser("product", help="the materials catalogue").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    add = actions.add_parser("add", help="add a product or service")
    _options(add, editing=False)
    add.set_defaults(handler=cmd_product_add)
    edit = actions.add_parser("edit", help="change a product (only the options given)")
    edit.add_argument("product", metavar="PRODUCT", help="SKU, exact name or id")
    _options(edit, editing=True)
    edit.set_defaults(handler=cmd_product_edit)
    listing = actions.add_parser("list", help="list the catalogue, active products first")
    listing.add_argument("--all", action="store_true", help="include deactivated products")
    listing.set_defaults(handler=cmd_product_list)
    for verb, handler, text in (
        ("deactivate", cmd_product_deactivate, "take out of the pickers; history is kept"),
        ("reactivate", cmd_product_reactivate, "put a deactivated product back"),
    ):
        toggle = actions.add_parser(verb, help=text)
        toggle.add_argument("product", metavar="PRODUCT", help="SKU, exact name or id")
        toggle.set_defaults(handler=handler)
