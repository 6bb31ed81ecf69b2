"""The shop's own settings: company profile, VAT rates, number series, work
types, technicians, rate rules and the catalogue."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from babel.numbers import list_currencies
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import (
    Counter,
    Holiday,
    InvoiceSeries,
    Product,
    RateRule,
    Shop,
    SlaTarget,
    TaxRate,
    Technician,
    WorkType,
)

from .clients import NotFound, ValidationError, country_choices
from .numbering import format_number, validate_pattern
from .rounding import INCREMENTS, MODES, SCOPES

VAT_CATEGORIES = ("S", "Z", "E", "AE", "K", "G", "O")


def _check(errors: dict[str, str]) -> None:
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
    if data.iban and not iban_is_valid(data.iban):
        errors["iban"] = "This IBAN's check digits are wrong; check for a typo."
    if data.bic and not re.fullmatch(r"[A-Z0-9]{8}([A-Z0-9]{3})?", data.bic.upper()):
        errors["bic"] = "A BIC has 8 or 11 letters and digits."
    _check(errors)
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
    _check(errors)
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
    _check(errors)
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
    _check(errors)
    work_type = WorkType(
        code=code, name=name or code, default_rate_minor=rate_minor, on_site=on_site
    )
    session.add(work_type)
    session.flush()
    return work_type


def add_technician(
    session: Session, *, name: str, email: str | None, tier: int, level: str, rate_minor: int | None
) -> Technician:
    errors: dict[str, str] = {}
    if not name.strip():
        errors["name"] = "Enter the technician's name."
    if type(tier) is not int or not 0 <= tier <= 4:
        errors["tier"] = "Support tiers run from 0 to 4."
    if email and session.scalar(select(Technician.id).where(Technician.email == email)):
        errors["email"] = f"{email} belongs to another technician."
    _check(errors)
    technician = Technician(
        name=name.strip(),
        email=email or None,
        tier=tier,
        level=level,
        default_rate_minor=rate_minor,
    )
    session.add(technician)
    session.flush()
    return technician


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
    _check(errors)
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
    errors: dict[str, str] = {}
    if not name.strip():
        errors["name"] = "Name the product."
    if sku and session.scalar(select(Product.id).where(Product.sku == sku)):
        errors["sku"] = f"There is already a product with SKU '{sku}'."
    if any(type(v) is not int or not 0 <= v <= 2_147_483_647 for v in (price_minor, cost_minor)):
        errors["price"] = "Prices cannot be negative."
    _check(errors)
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


# -- editing what is there (the Settings window) ------------------------------

PRIORITIES = ("low", "normal", "high", "urgent")
LOGO_MAX_BYTES = 512 * 1024


def _shop(session: Session) -> Shop:
    shop = session.scalar(select(Shop).order_by(Shop.id).limit(1))
    if shop is None:
        raise ValidationError({"legal_name": "Enter the company profile first."})
    return shop


def _get(session: Session, model: type, row_id: int) -> Any:
    row = session.get(model, row_id)
    if row is None:
        raise NotFound(f"{model.__name__} {row_id}")
    return row


def save_company_profile(
    session: Session,
    data: ShopInput,
    *,
    trading_name: str | None,
    accent_color: str,
    embed_e_invoice: bool | None = None,
) -> Shop:
    """The Settings form: the profile plus the trading name, accent colour and
    whether invoice PDFs carry the EN 16931 XML, validated together so every
    field's message shows at once."""
    errors: dict[str, str] = {}
    if not re.fullmatch(r"#[0-9A-Fa-f]{6}", accent_color or ""):
        errors["accent_color"] = "Choose a colour like #1F5A96."
    try:
        shop = save_shop(session, data)
    except ValidationError as exc:
        raise ValidationError({**exc.errors, **errors}) from None
    _check(errors)
    shop.trading_name = (trading_name or "").strip() or None
    shop.accent_color = accent_color.upper()
    if embed_e_invoice is not None:
        shop.embed_e_invoice = embed_e_invoice
    session.flush()
    return shop


def set_logo(session: Session, png: bytes | None) -> None:
    """Store the (already scaled) logo as PNG bytes, or remove it."""
    if png is not None:
        if not png.startswith(b"\x89PNG\r\n\x1a\n"):
            raise ValidationError({"logo": "The logo must be stored as a PNG image."})
        if len(png) > LOGO_MAX_BYTES:
            raise ValidationError({"logo": "The logo is too large; use a smaller picture."})
    _shop(session).logo_png = png
    session.flush()


def save_rounding_defaults(
    session: Session, *, increment_min: int, mode: str, scope: str, minimum_min: int
) -> Shop:
    """The shop-wide fallback after the contract and the client."""
    errors: dict[str, str] = {}
    if increment_min not in INCREMENTS:
        errors["increment"] = "Round to 1, 6, 10, 15, 30 or 60 minutes."
    if mode not in MODES:
        errors["mode"] = "Round up, to the nearest or down."
    if scope not in SCOPES:
        errors["scope"] = "Round each entry, each visit or each ticket."
    if type(minimum_min) is not int or not 0 <= minimum_min <= 24 * 60:
        errors["minimum"] = "A minimum charge lies between 0 and 24 hours."
    _check(errors)
    shop = _shop(session)
    shop.rounding_increment_min = increment_min
    shop.rounding_mode = mode
    shop.rounding_scope = scope
    shop.minimum_charge_min = minimum_min
    session.flush()
    return shop


def set_document_language(session: Session, language: str, known: tuple[str, ...]) -> None:
    if language not in known:
        raise ValidationError({"document_language": "Choose one of the offered languages."})
    _shop(session).document_language = language
    session.flush()


@dataclass(frozen=True)
class SeriesInfo:
    id: int
    code: str
    name: str
    kind: str
    pattern: str
    next_seq: int
    next_number: str
    active: bool


def list_series(session: Session, today: dt.date | None = None) -> list[SeriesInfo]:
    """Every series with the number the next issued invoice would get."""
    day = today or dt.date.today()
    rows = session.scalars(select(InvoiceSeries).order_by(InvoiceSeries.code))
    return [
        SeriesInfo(
            s.id, s.code, s.name, s.kind, s.pattern, s.next_seq,
            format_number(s.pattern, s.next_seq, day, s.code), s.active,
        )
        for s in rows
    ]


def update_series(session: Session, series_id: int, *, name: str, pattern: str) -> InvoiceSeries:
    """A new name or pattern; the sequence carries on (numbers stay unique)."""
    series = _get(session, InvoiceSeries, series_id)
    errors: dict[str, str] = {}
    try:
        validate_pattern(pattern)
    except ValueError as exc:
        errors["pattern"] = str(exc)
    _check(errors)
    series.name = name.strip() or series.code
    series.pattern = pattern
    session.flush()
    return series


def set_series_active(session: Session, series_id: int, active: bool) -> None:
    """Deactivate (never delete: issued invoices refer to it) or reactivate."""
    _get(session, InvoiceSeries, series_id).active = active
    session.flush()


@dataclass(frozen=True)
class TaxRateInfo:
    id: int
    code: str
    name: str
    rate_bp: int
    category: str
    exemption_reason: str
    active: bool


def list_tax_rates(session: Session) -> list[TaxRateInfo]:
    rows = session.scalars(select(TaxRate).order_by(TaxRate.code))
    return [
        TaxRateInfo(r.id, r.code, r.name, r.rate_bp, r.category, r.exemption_reason or "", r.active)
        for r in rows
    ]


def set_tax_rate_active(session: Session, rate_id: int, active: bool) -> None:
    _get(session, TaxRate, rate_id).active = active
    session.flush()


@dataclass(frozen=True)
class WorkTypeInfo:
    id: int
    code: str
    name: str
    rate_minor: int
    on_site: bool
    active: bool


def list_work_types(session: Session) -> list[WorkTypeInfo]:
    rows = session.scalars(select(WorkType).order_by(WorkType.code))
    return [
        WorkTypeInfo(w.id, w.code, w.name, w.default_rate_minor, w.on_site, w.active) for w in rows
    ]


def update_work_type(
    session: Session, work_type_id: int, *, name: str, rate_minor: int, on_site: bool
) -> WorkType:
    work_type = _get(session, WorkType, work_type_id)
    if type(rate_minor) is not int or not 0 <= rate_minor <= 2_147_483_647:
        raise ValidationError({"rate": "A rate cannot be negative."})
    work_type.name = name.strip() or work_type.code
    work_type.default_rate_minor = rate_minor
    work_type.on_site = on_site
    session.flush()
    return work_type


def set_work_type_active(session: Session, work_type_id: int, active: bool) -> None:
    _get(session, WorkType, work_type_id).active = active
    session.flush()


@dataclass(frozen=True)
class RateRuleInfo:
    id: int
    work_type: str
    technician_level: str
    rate_minor: int
    currency: str
    effective_from: dt.date
    effective_to: dt.date | None


def list_shop_rate_rules(session: Session) -> list[RateRuleInfo]:
    """Shop-wide rules (not tied to a client or contract), newest first."""
    query = (
        select(RateRule, WorkType.name)
        .outerjoin(WorkType, WorkType.id == RateRule.work_type_id)
        .where(RateRule.client_id.is_(None), RateRule.contract_id.is_(None))
        .order_by(RateRule.effective_from.desc(), RateRule.id.desc())
    )
    return [
        RateRuleInfo(
            r.id, name or "", r.technician_level or "", r.rate_minor, r.currency,
            r.effective_from, r.effective_to,
        )
        for r, name in session.execute(query)
    ]


def end_rate_rule(session: Session, rule_id: int, last_day: dt.date) -> RateRule:
    """A rule stops applying after `last_day`; past work keeps its rate."""
    rule = _get(session, RateRule, rule_id)
    if last_day < rule.effective_from:
        raise ValidationError({"to": "The rate ends before it starts."})
    rule.effective_to = last_day
    session.flush()
    return rule


@dataclass(frozen=True)
class HolidayInfo:
    id: int
    day: dt.date
    name: str
    country: str


def list_holidays(session: Session) -> list[HolidayInfo]:
    rows = session.scalars(select(Holiday).order_by(Holiday.day))
    return [HolidayInfo(h.id, h.day, h.name, h.country or "") for h in rows]


def add_holiday(session: Session, *, day: dt.date, name: str, country: str | None) -> Holiday:
    """A day off typed in by the shop, on top of the country's public holidays."""
    errors: dict[str, str] = {}
    if not name.strip():
        errors["holiday_name"] = "Name the holiday."
    clash = select(Holiday.id).where(Holiday.day == day)
    clash = clash.where(Holiday.country == country if country else Holiday.country.is_(None))
    if session.scalar(clash):
        errors["holiday_day"] = "This day is already in the list."
    _check(errors)
    holiday = Holiday(day=day, name=name.strip(), country=country or None)
    session.add(holiday)
    session.flush()
    return holiday


def remove_holiday(session: Session, holiday_id: int) -> None:
    session.delete(_get(session, Holiday, holiday_id))
    session.flush()


def default_sla_targets(session: Session) -> dict[str, tuple[int, int]]:
    """Shop-wide targets (contract NULL): priority → (response, resolution) minutes."""
    rows = session.scalars(select(SlaTarget).where(SlaTarget.contract_id.is_(None)))
    return {r.priority: (r.first_response_minutes, r.resolution_minutes) for r in rows}


def save_default_sla_targets(
    session: Session, targets: dict[str, tuple[int, int] | None]
) -> None:
    """Set or clear the shop-wide target of each priority. None clears it.
    The caller recomputes open tickets' due times in the same unit of work."""
    errors: dict[str, str] = {}
    for priority, value in targets.items():
        if priority not in PRIORITIES:
            errors[priority] = "Unknown priority."
        elif value is not None:
            response, resolution = value
            if response <= 0:
                errors[priority] = "The first response target must be above zero."
            elif resolution < response:
                errors[priority] = "Resolution cannot be due before the first response."
    _check(errors)
    existing = {
        r.priority: r
        for r in session.scalars(select(SlaTarget).where(SlaTarget.contract_id.is_(None)))
    }
    for priority, value in targets.items():
        row = existing.get(priority)
        if value is None:
            if row is not None:
                session.delete(row)
            continue
        if row is None:
            row = SlaTarget(contract_id=None, priority=priority)
            session.add(row)
        row.first_response_minutes, row.resolution_minutes = value
    session.flush()


@dataclass(frozen=True)
class CompanyProfile:
    """Everything the Settings window edits on the shop row."""

    data: ShopInput
    trading_name: str
    accent_color: str
    logo_png: bytes | None
    embed_e_invoice: bool
    ticket_number_pattern: str
    rounding_increment_min: int
    rounding_mode: str
    rounding_scope: str
    minimum_charge_min: int


def company_profile(session: Session) -> CompanyProfile | None:
    shop = session.scalar(select(Shop).order_by(Shop.id).limit(1))
    if shop is None:
        return None
    data = ShopInput(
        legal_name=shop.legal_name,
        country=shop.country,
        default_currency=shop.default_currency,
        street=shop.street,
        postcode=shop.postcode,
        city=shop.city,
        vat_id=shop.vat_id,
        registration=shop.registration,
        iban=format_iban(shop.iban) if shop.iban else None,
        bic=shop.bic,
        bank_name=shop.bank_name,
        email=shop.email,
        phone=shop.phone,
        website=shop.website,
        document_language=shop.document_language,
    )
    return CompanyProfile(
        data=data,
        trading_name=shop.trading_name or "",
        accent_color=shop.accent_color,
        logo_png=shop.logo_png,
        embed_e_invoice=shop.embed_e_invoice,
        ticket_number_pattern=shop.ticket_number_pattern,
        rounding_increment_min=shop.rounding_increment_min,
        rounding_mode=shop.rounding_mode,
        rounding_scope=shop.rounding_scope,
        minimum_charge_min=shop.minimum_charge_min,
    )


def next_ticket_number_preview(session: Session, pattern: str, today: dt.date) -> str:
    """The number the next ticket opened today would get with `pattern`
    (reads the counter, takes nothing). ValueError for a bad pattern."""
    yearly = "{YYYY" in pattern or "{YY" in pattern
    name = f"ticket:{today.year}" if yearly else "ticket"
    counter = session.get(Counter, name)
    return format_number(pattern, counter.next_value if counter else 1, today, "")


def save_ticket_number_pattern(session: Session, pattern: str) -> None:
    """New tickets are numbered with `pattern`; existing numbers stay."""
    try:
        validate_pattern(pattern)
    except ValueError as exc:
        raise ValidationError({"ticket_pattern": str(exc)}) from None
    if "{series" in pattern:
        raise ValidationError({"ticket_pattern": "Ticket numbers have no series: use {seq}, "
                                                 "{YYYY}, {YY} and {MM}."})
    _shop(session).ticket_number_pattern = pattern
    session.flush()
