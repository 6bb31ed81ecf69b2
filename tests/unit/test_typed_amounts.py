"""Amounts and quantities typed in any interface language's format reach the
services exactly; what is not a number is refused with the format to use."""

from __future__ import annotations

import pytest

from desktop.services.common.money import AmountError, parse_amount
from desktop.services.queries.lookup import LookupFailed, parse_quantity

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("typed", "currency", "minor"),
    [
        ("1.234,50", "EUR", 123450),  # Polish, Greek, German
        ("1,234.50", "EUR", 123450),  # English
        (f"1{NBSP}234,50", "PLN", 123450),  # Polish as the app writes it
        ("1 234,5", "SEK", 123450),
        ("1234,50", "PLN", 123450),
        ("95", "EUR", 9500),
        ("1.234.567", "JPY", 1234567),
        ("12,345", "BHD", 12345),
    ],
)
def test_amounts_in_the_users_format(typed, currency, minor):
    assert parse_amount(typed, currency) == minor


@pytest.mark.parametrize("typed", ["1,2,3", "12,34.5", "1..5", "ten", "1,5 kg", "NaN", "Infinity"])
def test_garbage_amount_names_the_expected_format(typed):
    with pytest.raises(AmountError) as error:
        parse_amount(typed, "EUR")
    message = str(error.value)
    assert typed in message
    assert "1 234,50" in message and "1234.50" in message


def test_negative_amounts_still_need_permission():
    assert parse_amount("-1.234,50", "EUR", allow_negative=True) == -123450
    with pytest.raises(AmountError, match="negative"):
        parse_amount("-1.234,50", "EUR")


@pytest.mark.parametrize(
    ("typed", "milli"),
    [("2,5", 2500), ("2.5", 2500), ("1 234,5", 1234500), ("1.234,125", 1234125), ("3", 3000)],
)
def test_quantities_in_the_users_format(typed, milli):
    assert parse_quantity(typed) == milli


@pytest.mark.parametrize("typed", ["two", "1,2,3", "2,5 h", "", "nan"])
def test_garbage_quantity_is_refused_with_the_format(typed):
    with pytest.raises(LookupFailed) as error:
        parse_quantity(typed)
    message = str(error.value)
    assert ("2,5" in message and typed in message) or (not typed and "Enter" in message)


def test_quantity_keeps_at_most_three_decimals():
    with pytest.raises(LookupFailed, match="three decimals"):
        parse_quantity("1,2345")
