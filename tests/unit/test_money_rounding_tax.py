"""Exact money, rounding of time and the EN 16931 VAT summary."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.services.billing.rounding import RoundingRule, bill_entry, bill_group, round_minutes
from desktop.services.billing.tax import TaxableLine, line_net, vat_summary
from desktop.services.common.money import AmountError, format_minor, parse_amount, plain_amount


@pytest.mark.parametrize(
    ("text", "currency", "minor"),
    [
        ("95.00", "EUR", 9500),
        ("1 234,5", "SEK", 123450),
        ("0.01", "PLN", 1),
        ("1500", "JPY", 1500),
        ("12.345", "BHD", 12345),
    ],
)
def test_parse_amount(text, currency, minor):
    assert parse_amount(text, currency) == minor


@pytest.mark.parametrize(
    ("text", "currency", "message"),
    [
        ("", "EUR", "Enter an amount"),
        ("9.999", "EUR", "at most 2 decimals"),
        ("10.5", "JPY", "no decimals"),
        ("ten", "EUR", "not an amount"),
        ("NaN", "EUR", "not an amount"),
    ],
)
def test_parse_amount_refuses(text, currency, message):
    with pytest.raises(AmountError, match=message):
        parse_amount(text, currency)


def test_formatting_follows_currency_and_language():
    assert plain_amount(123450, "SEK") == "1234.50"
    assert plain_amount(1500, "JPY") == "1500"
    assert format_minor(123450, "PLN", "pl") == "1\xa0234,50\xa0zł"
    assert format_minor(9500, "EUR", "en") == "€95.00"


@pytest.mark.parametrize(
    ("raw", "increment", "mode", "billed"),
    [
        (0, 15, "up", 0),
        (1, 15, "up", 15),
        (15, 15, "up", 15),
        (16, 15, "up", 30),
        (7, 15, "nearest", 0),
        (8, 15, "nearest", 15),
        (3, 6, "nearest", 6),
        (29, 30, "down", 0),
        (61, 60, "down", 60),
        (47, 1, "up", 47),
    ],
)
def test_round_minutes(raw, increment, mode, billed):
    assert round_minutes(raw, increment, mode) == billed


def test_minimum_charge_applies_to_work_not_to_nothing():
    rule = RoundingRule(increment_min=15, mode="up", minimum_min=60)
    assert bill_entry(20, rule) == 60
    assert bill_entry(75, rule) == 75
    assert bill_entry(0, rule) == 0
    assert rule.describe() == "15 min up/entry, min 60"


def test_group_rounding_rounds_the_total_once():
    rule = RoundingRule(increment_min=15, mode="up", scope="visit")
    # Per entry: 15 + 15 + 15 = 45; per visit: 5 + 5 + 5 = 15 → 15.
    assert bill_group([5, 5, 5], rule) == [5, 5, 5]
    assert sum(bill_group([7, 8, 1], rule)) == 30


@given(
    st.lists(st.integers(min_value=0, max_value=600), min_size=1, max_size=20),
    st.sampled_from([1, 6, 10, 15, 30, 60]),
    st.sampled_from(["up", "nearest", "down"]),
    st.sampled_from([0, 30, 60]),
)
def test_group_billed_minutes_add_up_to_the_rounded_total(raws, increment, mode, minimum):
    rule = RoundingRule(increment_min=increment, mode=mode, scope="visit", minimum_min=minimum)
    billed = bill_group(raws, rule)
    assert sum(billed) == bill_entry(sum(raws), rule)
    assert all(b >= 0 for b in billed)
    assert all(b == 0 for b, r in zip(billed, raws, strict=True) if r == 0)


def test_vat_is_computed_per_rate_on_the_sum_of_nets_not_per_line():
    # Three lines of 0.10 at 23 %: per line 0.023 → 0.02 each, 0.06 in all;
    # per rate 0.30 × 23 % = 0.069 → 0.07, which is what EN 16931 asks for.
    lines = [TaxableLine(net_minor=10, rate_bp=2300) for _ in range(3)]
    totals = vat_summary(lines)
    assert totals.tax_minor == 7
    assert totals.total_minor == 37


def test_vat_summary_keeps_rates_and_reverse_charge_apart():
    totals = vat_summary(
        [
            TaxableLine(10000, 2500),
            TaxableLine(5050, 1200),
            TaxableLine(20000, 0, "AE", "Reverse charge"),
            TaxableLine(2525, 2500),
        ]
    )
    assert [(g.category, g.rate_bp, g.taxable_minor, g.tax_minor) for g in totals.groups] == [
        ("S", 2500, 12525, 3131),
        ("S", 1200, 5050, 606),
        ("AE", 0, 20000, 0),
    ]
    assert totals.net_minor == 37575 and totals.tax_minor == 3737


@given(
    st.lists(
        st.tuples(
            st.integers(min_value=-5_000, max_value=100_000),  # quantity, thousandths
            st.integers(min_value=0, max_value=500_000),  # unit price
            st.sampled_from([0, 600, 1200, 2300, 2500]),
        ),
        max_size=40,
    )
)
def test_invoice_total_is_sum_of_line_nets_plus_vat_summary(rows):
    lines = [TaxableLine(line_net(q, p), rate) for q, p, rate in rows]
    totals = vat_summary(lines)
    assert totals.net_minor == sum(line.net_minor for line in lines)
    assert totals.tax_minor == sum(group.tax_minor for group in totals.groups)
    assert totals.total_minor == totals.net_minor + totals.tax_minor


def test_line_net_rounds_half_up_to_the_minor_unit():
    assert line_net(1_250, 3333) == 4166  # 1.25 × 33.33 = 41.6625
    assert line_net(333, 100) == 33  # 0.333 × 1.00
    assert line_net(500, 1) == 1  # 0.5 of a cent rounds up
    assert line_net(-500, 1) == -1  # and away from zero for credits
