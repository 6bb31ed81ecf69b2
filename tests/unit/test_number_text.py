"""Typed numbers in every interface language's style read back exactly."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.services.common.number_text import NotANumber, plain_number

# (group, decimal point) of English-in-TechLedger, Polish/Swedish, Greek, en_US.
STYLES = [("\u202f", "."), ("\u00a0", ","), (".", ","), (",", ".")]


def written(units: int, places: int, group: str, point: str) -> str:
    """`units` scaled by `places`, grouped in threes the way a person writes it."""
    digits = f"{abs(units):0{places + 1}d}"
    whole, fraction = digits[: len(digits) - places], digits[len(digits) - places :]
    head = len(whole) % 3 or 3
    parts = [whole[:head]] + [whole[i : i + 3] for i in range(head, len(whole), 3)]
    text = group.join(parts) + (point + fraction if places else "")
    return ("-" if units < 0 else "") + text


@given(
    units=st.integers(min_value=-(10**17), max_value=10**17),
    places=st.integers(min_value=1, max_value=3),
    style=st.sampled_from(STYLES),
)
def test_grouped_numbers_read_back_exactly(units, places, style):
    text = written(units, places, *style)
    assert Decimal(plain_number(text)) == Decimal(units).scaleb(-places)


@pytest.mark.parametrize(
    ("typed", "plain"),
    [("1,5", "1.5"), ("1.5", "1.5"), ("12 345", "12345"), ("1'234.5", "1234.5"), ("", "")],
)
def test_either_mark_is_a_decimal_point(typed, plain):
    assert plain_number(typed) == plain


@pytest.mark.parametrize("typed", ["1,2,3", "12,34.5", "1.2.3,4", "x", "1..5", "--1"])
def test_what_is_not_a_number_is_refused(typed):
    with pytest.raises(NotANumber):
        plain_number(typed)
