"""The catalogue: products and services sold as material on jobs.

A product has a cost and either a fixed price or a markup over its cost.
With a markup, the price follows the cost: price = cost × (1 + markup),
rounded once, half up, to the currency's minor unit. Without one, the price
is what was typed. Products are deactivated (out of every picker, history
kept), never deleted: material entries name them.

The Settings window (views/settings/catalogue.py) and the `product`
commands call these, so a rule has one home. Amounts and the markup come in
as typed text and are refused field by field."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import Product, TaxRate
from desktop.services.billing.rules import the_shop
from desktop.services.common.money import parse_amount, plain_amount, round_half_up
from desktop.services.common.number_text import NotANumber, plain_number
from desktop.services.common.record_rules import NotFound, ValidationError

MAX_MINOR = 2_147_483_647  # the database's 32-bit integer columns
MAX_MARKUP_BP = 100_000  # 1,000 %: more is a typing accident
BP = 10_000  # basis points in one (100 %)


@dataclass
class ProductInput:
    """What the product form holds, as typed. `cost`, `price` and `markup`
    are text in the shop's currency ('890.00', '890,00') and percent ('25',
    '12,5'); an empty markup means the price is fixed."""

    name: str = ""
    sku: str = ""
    unit: str = "pc"
    cost: str = ""
    price: str = ""
    markup: str = ""
    tax_rate_id: int | None = None


@dataclass(frozen=True)
class ProductInfo:
    id: int
    sku: str | None
    name: str
    unit: str
    cost_minor: int
    price_minor: int
    # Only when the price follows the cost; None for a fixed price.
    markup_bp: int | None
    currency: str
    tax_rate_id: int | None
    tax_code: str | None
    active: bool


def price_from_markup(cost_minor: int, markup_bp: int) -> int:
    """cost × (1 + markup), rounded once half up: 890.00 at 25 % → 1112.50."""
    return round_half_up(cost_minor * (BP + markup_bp), BP)


def follows_cost(product: Product) -> bool:
    """Whether the stored price is the one the markup gives. Products
    imported with a price and an informative markup (rounded down) keep
    their price as fixed until someone sets a markup."""
    return product.markup_bp is not None and product.price_minor == price_from_markup(
        product.cost_minor, product.markup_bp
    )


def parse_markup(text: str) -> int | None:
    """'25' or '12,5' (percent) → basis points; '' → None. Raises
    ValueError with the message for the field."""
    if not text.strip():
        return None
    try:
        cleaned = plain_number(text.strip().rstrip("%").strip())
    except NotANumber:
        shown = text.strip()
        raise ValueError(f"'{shown}' is not a percentage; type it like 25 or 12.5.") from None
    if not cleaned:
        raise ValueError("Type the markup as a percentage, like 25.")
    value = Decimal(cleaned) * 100
    if value != value.to_integral_value():
        raise ValueError("A markup has at most two decimals, like 12.25 %.")
    if not 0 <= value <= MAX_MARKUP_BP:
        raise ValueError("A markup lies between 0 and 1000 %.")
    return int(value)


def _amount(errors: dict[str, str], key: str, text: str, currency: str) -> int:
    try:
        value = parse_amount(text, currency) if text.strip() else 0
    except ValueError as exc:
        errors[key] = str(exc)
        return 0
    if value > MAX_MINOR:
        errors[key] = "The amount is too large."
    return value


def _checked(
    session: Session, data: ProductInput, currency: str, own_id: int | None
) -> tuple[int, int, int | None]:
    """(cost, price, markup) from the typed input, or ValidationError."""
    errors: dict[str, str] = {}
    name = data.name.strip()
    if not name:
        errors["name"] = "Name the product."
    elif len(name) > 200:
        errors["name"] = "A name has at most 200 characters."
    sku = data.sku.strip()
    if len(sku) > 50:
        errors["sku"] = "An SKU has at most 50 characters."
    elif sku:
        same = select(Product.id).where(func.lower(Product.sku) == sku.lower())
        if own_id is not None:
            same = same.where(Product.id != own_id)
        if session.scalar(same) is not None:
            errors["sku"] = f"There is already a product with SKU '{sku}'."
    unit = data.unit.strip()
    if not unit:
        errors["unit"] = "Give the unit, e.g. pc, m or h."
    elif len(unit) > 20:
        errors["unit"] = "A unit has at most 20 characters."
    for key in ("name", "sku", "unit"):
        if any(ord(c) < 32 for c in getattr(data, key)):
            errors[key] = "Remove the control characters from this field."
    cost = _amount(errors, "cost", data.cost, currency)
    markup = None
    try:
        markup = parse_markup(data.markup)
    except ValueError as exc:
        errors["markup"] = str(exc)
    if markup is None and "markup" not in errors:
        if not data.price.strip():
            errors["price"] = "Enter the price, or a markup over the cost."
        price = _amount(errors, "price", data.price, currency)
    else:
        price = price_from_markup(cost, markup or 0)
        if price > MAX_MINOR and "cost" not in errors:
            errors["markup"] = "Cost and markup give a price that is too large."
    if data.tax_rate_id is not None:
        rate = session.get(TaxRate, data.tax_rate_id)
        if rate is None or not rate.active:
            errors["tax_rate"] = "Choose one of the active VAT rates."
    if errors:
        raise ValidationError(errors)
    return cost, price, markup


def _apply(product: Product, data: ProductInput, cost: int, price: int, markup: int | None) -> None:
    product.name = data.name.strip()
    product.sku = data.sku.strip() or None
    product.unit = data.unit.strip()
    product.cost_minor = cost
    product.price_minor = price
    product.markup_bp = markup
    product.tax_rate_id = data.tax_rate_id


def add_product(session: Session, data: ProductInput) -> Product:
    """A new active product, priced in the shop's currency."""
    currency = the_shop(session).default_currency
    cost, price, markup = _checked(session, data, currency, None)
    product = Product(currency=currency, active=True)
    _apply(product, data, cost, price, markup)
    session.add(product)
    session.flush()
    return product


def _get(session: Session, product_id: int) -> Product:
    product = session.get(Product, product_id)
    if product is None:
        raise NotFound(f"There is no product {product_id}.")
    return product


def update_product(session: Session, product_id: int, data: ProductInput) -> Product:
    """Change a product. Material already recorded keeps the price it was
    recorded at; the new price applies to material recorded from now on."""
    product = _get(session, product_id)
    cost, price, markup = _checked(session, data, product.currency, product_id)
    _apply(product, data, cost, price, markup)
    session.flush()
    return product


def set_product_active(session: Session, product_id: int, active: bool) -> Product:
    """Deactivate (out of every picker, history kept) or reactivate."""
    product = _get(session, product_id)
    product.active = active
    session.flush()
    return product


def load_product(session: Session, product_id: int) -> ProductInput:
    """The product as form input (amounts as plain decimal text)."""
    product = _get(session, product_id)
    markup = product.markup_bp if follows_cost(product) else None
    return ProductInput(
        name=product.name,
        sku=product.sku or "",
        unit=product.unit,
        cost=plain_amount(product.cost_minor, product.currency),
        price=plain_amount(product.price_minor, product.currency),
        markup="" if markup is None else f"{Decimal(markup) / 100:f}",
        tax_rate_id=product.tax_rate_id,
    )


def list_products(session: Session, *, include_inactive: bool = True) -> list[ProductInfo]:
    """Products, active ones first, by name. Plain columns, no ORM objects:
    the list is read whole (thousands of rows) each time Settings shows it."""
    query = (
        select(
            Product.id,
            Product.sku,
            Product.name,
            Product.unit,
            Product.cost_minor,
            Product.price_minor,
            Product.markup_bp,
            Product.currency,
            Product.tax_rate_id,
            TaxRate.code,
            Product.active,
        )
        .outerjoin(TaxRate, TaxRate.id == Product.tax_rate_id)
        .order_by(Product.active.desc(), Product.name, Product.id)
    )
    if not include_inactive:
        query = query.where(Product.active == True)  # noqa: E712
    rows = []
    for row in session.execute(query):
        (pid, sku, name, unit, cost, price, markup, currency, rate_id, code, active) = row
        if markup is not None and price != price_from_markup(cost, markup):
            markup = None
        rows.append(
            ProductInfo(pid, sku, name, unit, cost, price, markup, currency, rate_id, code, active)
        )
    return rows


def tax_rate_choices(session: Session) -> list[tuple[int, str]]:
    """Active VAT rates as (id, 'SE25 — Moms 25 %') for the product form."""
    rows = session.execute(
        select(TaxRate.id, TaxRate.code, TaxRate.name)
        .where(TaxRate.active == True)  # noqa: E712
        .order_by(TaxRate.code)
    )
    return [(i, code if name in ("", code) else f"{code} — {name}") for i, code, name in rows]
