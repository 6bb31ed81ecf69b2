"""Editing the shop's settings from the Settings window: the company
profile and logo, rounding defaults, number series, VAT rates, work types,
rate rules, holidays, default SLA targets and ticket numbering."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import (
    Counter,
    Holiday,
    InvoiceSeries,
    RateRule,
    Shop,
    SlaTarget,
    TaxRate,
    WorkType,
)
from desktop.services.billing.numbering import format_number, validate_pattern
from desktop.services.billing.rounding import INCREMENTS, MODES, SCOPES
from desktop.services.common.record_rules import check_lines, text_problem
from desktop.services.records.clients import NotFound, ValidationError
from desktop.services.shop.setup import ShopInput, format_iban, raise_if_errors, save_shop

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
    check_lines(errors, trading_name=trading_name)
    try:
        shop = save_shop(session, data)
    except ValidationError as exc:
        raise ValidationError({**exc.errors, **errors}) from None
    raise_if_errors(errors)
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
    raise_if_errors(errors)
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
            s.id,
            s.code,
            s.name,
            s.kind,
            s.pattern,
            s.next_seq,
            format_number(s.pattern, s.next_seq, day, s.code),
            s.active,
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
    check_lines(errors, name=name, pattern=pattern)
    raise_if_errors(errors)
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
    if problem := text_problem(name):
        raise ValidationError({"name": problem})
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
            r.id,
            name or "",
            r.technician_level or "",
            r.rate_minor,
            r.currency,
            r.effective_from,
            r.effective_to,
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
    check_lines(errors, name=name)
    raise_if_errors(errors)
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


def save_default_sla_targets(session: Session, targets: dict[str, tuple[int, int] | None]) -> None:
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
    raise_if_errors(errors)
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
        legal_id=shop.legal_id,
        legal_id_scheme=shop.legal_id_scheme,
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
        raise ValidationError(
            {"ticket_pattern": "Ticket numbers have no series: use {seq}, {YYYY}, {YY} and {MM}."}
        )
    _shop(session).ticket_number_pattern = pattern
    session.flush()
