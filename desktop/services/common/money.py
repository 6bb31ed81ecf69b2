"""Exact money: integer minor units in storage, Decimal in between, text at
the edges. Never float."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from babel.numbers import format_currency, get_currency_precision, list_currencies

from desktop.services.common.errors import UserError
from desktop.services.common.number_text import NotANumber, plain_number


class AmountError(UserError, ValueError):
    """Text that is not a valid amount in the given currency."""


def minor_digits(currency: str) -> int:
    """Decimal places of the currency's minor unit (ISO 4217: JPY 0, EUR 2;
    2 for a code Babel does not know)."""
    return get_currency_precision(currency) if currency in list_currencies() else 2


def to_decimal(minor: int, currency: str) -> Decimal:
    return Decimal(minor).scaleb(-minor_digits(currency))


LARGEST_MINOR = 2**53  # beyond this an amount is a typing accident


def parse_amount(text: str, currency: str, *, allow_negative: bool = False) -> int:
    """What a person typed, in their own format ('1 234,50', '1.234,50',
    '1,234.50', '1234.5'; services.number_text) → minor units. Refuses more
    decimals than the currency has rather than rounding what the user typed."""
    try:
        cleaned = plain_number(text)
    except NotANumber:
        raise AmountError(
            f"'{text.strip()}' is not an amount; type it like 1234.50, 1 234,50 or 1.234,50."
        ) from None
    if not cleaned:
        raise AmountError("Enter an amount.")
    value = Decimal(cleaned)  # plain_number's digits are always a finite Decimal
    if value < 0 and not allow_negative:
        raise AmountError("The amount cannot be negative.")
    digits = minor_digits(currency)
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int)
    if -exponent > digits:
        unit = "no decimals" if digits == 0 else f"at most {digits} decimals"
        raise AmountError(f"{currency} amounts have {unit}.")
    minor = int(value.scaleb(digits))
    if abs(minor) > LARGEST_MINOR:
        raise AmountError("The amount is too large.")
    return minor


def parse_optional_amount(text: str, currency: str) -> int | None:
    """Like parse_amount, but an empty field means 'no amount'."""
    return parse_amount(text, currency) if text.strip() else None


def format_minor(minor: int, currency: str, locale: str = "en") -> str:
    """Minor units as the locale writes them, with the currency sign."""
    return format_currency(to_decimal(minor, currency), currency, locale=locale)


def plain_amount(minor: int | None, currency: str) -> str:
    """Minor units as plain digits with the currency's decimals: '1234.50'
    ('' for no amount), as typed into a field."""
    if minor is None:
        return ""
    return f"{to_decimal(minor, currency):.{minor_digits(currency)}f}"


def round_half_up(numerator: int, denominator: int) -> int:
    """numerator / denominator rounded half away from zero, in integers only."""
    if denominator <= 0:
        raise ValueError("denominator must be positive")
    quotient = Decimal(numerator) / Decimal(denominator)
    return int(quotient.to_integral_value(rounding=ROUND_HALF_UP))
