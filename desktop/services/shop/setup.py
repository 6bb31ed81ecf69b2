"""The shop's own settings: company profile, VAT rates, number series, work
types, technicians, rate rules and the catalogue."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from babel.numbers import list_currencies
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import (
    InvoiceSeries,
    Product,
    RateRule,
    Shop,
    TaxRate,
    WorkType,
)
from desktop.services.billing.numbering import validate_pattern
from desktop.services.common.record_rules import check_lines, check_texts
from desktop.services.records.clients import ValidationError, country_choices

# Technicians have their own module; the name stays importable from here.
from desktop.services.shop.technicians import add_technician as add_technician

VAT_CATEGORIES = ("S", "Z", "E", "AE", "K", "G", "O")


def raise_if_errors(errors: dict[str, str]) -> None:
    if errors:
        raise ValidationError(errors)


def iban_is_valid(iban: str) -> bool:
    """ISO 13616 check: move the country and check digits to the end, read
    letters as numbers (A=10…), and the remainder mod 97 must be 1."""
    compact = iban.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", compact):
        return False
    digits = "".join(str(int(ch, 36)) for ch in compact[4:] + compact[:4])
    return int(digits) % 97 == 1


def format_iban(iban: str | None) -> str:
    """Groups of four, as banks print it: 'SE45 5000 0000 0583 9825 7466'."""
    compact = (iban or "").replace(" ", "").upper()
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


@dataclass
class ShopInput:
    legal_name: str
    country: str
    default_currency: str
    street: str = ""
    postcode: str = ""
    city: str = ""
    vat_id: str | None = None
    registration: str | None = None
    legal_id: str | None = None
    legal_id_scheme: str | None = None  # ISO/IEC 6523 code, four digits
    iban: str | None = None
    bic: str | None = None
    bank_name: str | None = None
    email: str | None = None
    phone: str | None = None
    website: str | None = None
    document_language: str = "en"


def save_shop(session: Session, data: ShopInput) -> Shop:
    """Create the company profile, or update the one there is."""
    errors: dict[str, str] = {}
    if not data.legal_name.strip():
        errors["legal_name"] = "Enter the company's legal name."
    if data.country not in {code for code, _ in country_choices()}:
        errors["country"] = "Choose the country the company is registered in."
    if data.default_currency not in list_currencies():
        errors["currency"] = f"'{data.default_currency}' is not an ISO 4217 currency."
    legal_id = data.legal_id
    if legal_id is not None and (
        not legal_id.strip() or len(legal_id) > 50 or any(ord(c) < 32 for c in legal_id)
    ):
        errors["legal_id"] = "The registration id is one line of at most 50 characters."
    if data.legal_id_scheme and not re.fullmatch(r"\d{4}", data.legal_id_scheme):
        errors["legal_id_scheme"] = "The scheme is a four-digit ISO 6523 code, e.g. 0007."
    elif data.legal_id_scheme and not data.legal_id:
        errors["legal_id"] = "Enter the registration id the scheme is for."
    if data.iban and not iban_is_valid(data.iban):
        errors["iban"] = "This IBAN's check digits are wrong; check for a typo."
    if data.bic and not re.fullmatch(r"[A-Z0-9]{8}([A-Z0-9]{3})?", data.bic.upper()):
        errors["bic"] = "A BIC has 8 or 11 letters and digits."
    check_texts(errors, data)
    raise_if_errors(errors)
    shop = session.scalar(select(Shop).order_by(Shop.id).limit(1))
    if shop is None:
        shop = Shop(
            legal_name=data.legal_name, country=data.country, default_currency=data.default_currency
        )
        session.add(shop)
    for name, value in data.__dict__.items():
        if name in ("iban", "bic") and value:
            value = value.replace(" ", "").upper()
        setattr(shop, name, value)
    session.flush()
    return shop


def add_tax_rate(
    session: Session,
    *,
    code: str,
    name: str,
    rate_bp: int,
    category: str,
    exemption_reason: str | None = None,
) -> TaxRate:
    errors: dict[str, str] = {}
    if not code.strip():
        errors["code"] = "Give the rate a short code, e.g. SE25."
    elif len(code) > 20 or any(ord(c) < 32 for c in code):
        errors["code"] = "A code is one line of at most 20 characters."
    elif session.scalar(select(TaxRate.id).where(TaxRate.code == code)):
        errors["code"] = f"There is already a VAT rate '{code}'."
    if type(rate_bp) is not int or not 0 <= rate_bp <= 10_000:
        errors["rate"] = "A VAT rate lies between 0 and 100 %."
    if category not in VAT_CATEGORIES:
        errors["category"] = f"The category is one of: {', '.join(VAT_CATEGORIES)}."
    elif category != "S" and rate_bp:
        errors["rate"] = "Only standard-rated (S) VAT has a rate above zero."
    if category in ("E", "AE", "O") and not (exemption_reason or "").strip():
        errors["reason"] = "Exempt and reverse-charge rates need the reason printed on invoices."
    check_lines(errors, code=code, name=name, reason=exemption_reason)
    raise_if_errors(errors)
    rate = TaxRate(
        code=code,
        name=name or code,
        rate_bp=rate_bp,
        category=category,
        exemption_reason=exemption_reason,
    )
    session.add(rate)
    session.flush()
    return rate


def add_series(
    session: Session, *, code: str, name: str, pattern: str, kind: str = "invoice"
) -> InvoiceSeries:
    errors: dict[str, str] = {}
    if not code.strip():
        errors["code"] = "Give the series a code."
    elif len(code) > 20 or any(ord(c) < 32 for c in code):
        errors["code"] = "A code is one line of at most 20 characters."
    elif session.scalar(select(InvoiceSeries.id).where(InvoiceSeries.code == code)):
        errors["code"] = f"There is already a series '{code}'."
    try:
        validate_pattern(pattern)
    except ValueError as exc:
        errors["pattern"] = str(exc)
    check_lines(errors, code=code, name=name, pattern=pattern)
    raise_if_errors(errors)
    series = InvoiceSeries(code=code, name=name or code, pattern=pattern, kind=kind)
    session.add(series)
    session.flush()
    return series


def add_work_type(
    session: Session, *, code: str, name: str, rate_minor: int, on_site: bool = False
) -> WorkType:
    errors: dict[str, str] = {}
    if not code.strip():
        errors["code"] = "Give the work type a code, e.g. remote."
    elif session.scalar(select(WorkType.id).where(WorkType.code == code)):
        errors["code"] = f"There is already a work type '{code}'."
    if type(rate_minor) is not int or not 0 <= rate_minor <= 2_147_483_647:
        errors["rate"] = "A rate cannot be negative."
    check_lines(errors, code=code, name=name)
    raise_if_errors(errors)
    work_type = WorkType(
        code=code, name=name or code, default_rate_minor=rate_minor, on_site=on_site
    )
    session.add(work_type)
    session.flush()
    return work_type


def add_rate_rule(
    session: Session,
    *,
    rate_minor: int,
    currency: str,
    effective_from: dt.date,
    effective_to: dt.date | None = None,
    work_type_id: int | None = None,
    client_id: int | None = None,
    contract_id: int | None = None,
    technician_level: str | None = None,
) -> RateRule:
    errors: dict[str, str] = {}
    if type(rate_minor) is not int or not 0 <= rate_minor <= 2_147_483_647:
        errors["rate"] = "A rate cannot be negative."
    if currency not in list_currencies():
        errors["currency"] = f"'{currency}' is not an ISO 4217 currency."
    if not isinstance(effective_from, dt.date) or not isinstance(
        effective_to or effective_from, dt.date
    ):
        errors["from"] = "Give the dates the rate is valid."
    elif effective_to is not None and effective_to < effective_from:
        errors["to"] = "The rate ends before it starts."
    check_lines(errors, level=technician_level)
    raise_if_errors(errors)
    rule = RateRule(
        rate_minor=rate_minor,
        currency=currency,
        effective_from=effective_from,
        effective_to=effective_to,
        work_type_id=work_type_id,
        client_id=client_id,
        contract_id=contract_id,
        technician_level=technician_level,
    )
    session.add(rule)
    session.flush()
    return rule


def add_product(
    session: Session,
    *,
    name: str,
    price_minor: int,
    currency: str,
    sku: str | None = None,
    unit: str = "pc",
    cost_minor: int = 0,
    tax_rate_id: int | None = None,
) -> Product:
    """A product from amounts already in minor units, with an informative
    markup. The window and the `product` commands use
    services/shop/catalogue.py instead (typed text, markup pricing)."""
    errors: dict[str, str] = {}
    if not name.strip():
        errors["name"] = "Name the product."
    if sku and session.scalar(select(Product.id).where(Product.sku == sku)):
        errors["sku"] = f"There is already a product with SKU '{sku}'."
    if any(type(v) is not int or not 0 <= v <= 2_147_483_647 for v in (price_minor, cost_minor)):
        errors["price"] = "Prices cannot be negative."
    check_lines(errors, name=name, sku=sku, unit=unit)
    raise_if_errors(errors)
    markup = (price_minor - cost_minor) * 10_000 // cost_minor if cost_minor else None
    product = Product(
        name=name.strip(),
        sku=sku or None,
        unit=unit,
        price_minor=price_minor,
        cost_minor=cost_minor,
        markup_bp=markup,
        currency=currency,
        tax_rate_id=tax_rate_id,
    )
    session.add(product)
    session.flush()
    return product
