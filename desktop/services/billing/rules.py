"""Which rules apply to a client's work: rounding, multipliers, holidays and
VAT treatment, each falling back from the contract to the client to the shop."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Client, Contract, Holiday, Setting, Shop, TaxRate
from desktop.services.billing.pricing import Multipliers
from desktop.services.billing.rounding import RoundingRule
from desktop.services.common.business_hours import holiday_dates
from desktop.services.common.errors import UserError

EU_COUNTRIES = frozenset(
    "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE".split()
)
REVERSE_CHARGE_NOTE = (
    "Reverse charge: VAT to be accounted for by the recipient (Article 196, Directive 2006/112/EC)."
)
OUTSIDE_SCOPE_NOTE = "Place of supply outside the supplier's country: not subject to its VAT."


class SetupError(UserError, LookupError):
    """Something the shop must set up first (a VAT rate, an invoice series…)."""


@dataclass(frozen=True)
class VatTreatment:
    category: str
    rate_bp: int
    reason: str | None = None


Picked = TypeVar("Picked")


def the_shop(session: Session) -> Shop:
    shop = session.scalar(select(Shop).order_by(Shop.id).limit(1))
    if shop is None:
        raise SetupError("Enter the company profile in Settings first.")
    return shop


def setting(session: Session, key: str, default: object = None) -> object:
    row = session.get(Setting, key)
    return default if row is None else row.value


def rounding_rule(
    shop: Shop, client: Client, contract: Contract | None
) -> tuple[RoundingRule, str]:
    """The rounding rule and the scope of the minimum charge for this work."""

    def pick(attribute: str, default: Picked) -> Picked:
        for source in (contract, client):
            value = getattr(source, attribute, None) if source is not None else None
            if value is not None:
                return value
        return default

    rule = RoundingRule(
        increment_min=pick("rounding_increment_min", shop.rounding_increment_min),
        mode=pick("rounding_mode", shop.rounding_mode),
        scope=(
            contract.rounding_scope if contract and contract.rounding_scope else shop.rounding_scope
        ),
        minimum_min=pick("minimum_charge_min", shop.minimum_charge_min),
    )
    minimum_scope = (
        contract.minimum_charge_scope if contract and contract.minimum_charge_scope else rule.scope
    )
    return rule, minimum_scope


def multipliers(contract: Contract | None) -> Multipliers:
    """Time-of-day surcharges are a contract term: work without a contract
    is billed at the plain rate whenever it happened."""
    if contract is None:
        return Multipliers(after_hours_bp=10_000, weekend_bp=10_000, holiday_bp=10_000)
    return Multipliers(
        after_hours_bp=contract.after_hours_multiplier_bp,
        weekend_bp=contract.weekend_multiplier_bp,
        holiday_bp=contract.holiday_multiplier_bp,
    )


def shop_holidays(session: Session, shop: Shop, years: range) -> frozenset[dt.date]:
    manual = session.scalars(
        select(Holiday.day).where((Holiday.country.is_(None)) | (Holiday.country == shop.country))
    )
    return holiday_dates(shop.country, years, manual)


def standard_rate(session: Session) -> TaxRate:
    code = setting(session, "default_tax_rate")
    query = select(TaxRate).where(TaxRate.active == True)  # noqa: E712
    if code:
        query = query.where(TaxRate.code == code)
    else:
        query = query.where(TaxRate.category == "S").order_by(TaxRate.rate_bp.desc())
    rate = session.scalar(query.limit(1))
    if rate is None:
        raise SetupError("Add a standard VAT rate in Settings first.")
    return rate


def vat_treatment(
    session: Session, shop: Shop, client: Client, tax_rate_id: int | None = None
) -> VatTreatment:
    """VAT for a supply of services (and parts with them) to this client.

    Same country: the line's rate (or the standard one). Another EU country
    and a VAT id: reverse charge. Outside the supplier's VAT area: not
    subject to its VAT. An EU consumer without a VAT id pays domestic VAT."""
    cross_border = client.country != shop.country
    if cross_border and shop.country in EU_COUNTRIES and client.country in EU_COUNTRIES:
        if client.vat_id:
            return VatTreatment("AE", 0, REVERSE_CHARGE_NOTE)
    elif cross_border:
        return VatTreatment("O", 0, OUTSIDE_SCOPE_NOTE)
    rate = session.get(TaxRate, tax_rate_id) if tax_rate_id else standard_rate(session)
    assert rate is not None
    return VatTreatment(rate.category, rate.rate_bp, rate.exemption_reason)
