"""Numbers, money and dates follow the interface language; money stays exact
at any size, and what a person types is read with either decimal mark."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale

from desktop.services.common.money import parse_amount
from desktop.services.queries.listing import INVOICES
from desktop.views import i18n
from desktop.views.formatting import (
    NumberTextError,
    date_display_format,
    format_date,
    format_datetime,
    format_decimal,
    format_money,
    format_number,
    input_decimal,
    locale_symbols,
    normalise_number,
    parse_decimal,
)
from desktop.views.list_page import ListPage

NBSP = "\u00a0"
NARROW = "\u202f"
DAY = dt.date(2026, 3, 4)
MOMENT = dt.datetime(2026, 3, 4, 14, 5)


@pytest.fixture
def language(qapp):
    """Install a language for the test; English again afterwards."""
    yield i18n.install_translators
    i18n.remove_translators()


@pytest.mark.parametrize(
    ("code", "money", "date", "moment"),
    [
        ("en", f"1{NARROW}234.50 SEK", "2026-03-04", "2026-03-04 14:05"),
        ("pl", f"1{NBSP}234,50 PLN", "4.03.2026", "4.03.2026 14:05"),
        ("sv", f"1{NBSP}234,50 SEK", "2026-03-04", "2026-03-04 14:05"),
        ("el", "1.234,50 EUR", "4/3/2026", "4/3/2026 14:05"),
    ],
)
def test_money_and_dates_follow_the_language(language, code, money, date, moment):
    language(code)
    currency = money.split()[-1]
    assert format_money(123450, currency) == money
    assert format_date(DAY) == date
    assert format_datetime(MOMENT) == moment  # 24-hour clock, even in Greek
    assert "yyyy" in date_display_format()


def test_every_language_writes_four_digit_years(language):
    for code in i18n.INTERFACE_LANGUAGES:
        language(code)
        assert "2026" in format_date(DAY), code
        assert "2026" in format_datetime(MOMENT), code


@pytest.mark.parametrize("code", ["en", "pl", "sv", "el", "eo"])
@pytest.mark.parametrize("minor", [0, 5, -7, 100, 123456789012345, -123456789012345, 2**70])
def test_money_round_trips_exactly(language, code, minor):
    """No float on the way: every digit of a huge amount comes back."""
    language(code)
    for currency, digits in (("EUR", 2), ("JPY", 0), ("BHD", 3)):
        text = format_money(minor, currency)
        assert text.endswith(f" {currency}")
        number = text.removesuffix(f" {currency}").replace(locale_symbols().minus, "-")
        assert parse_decimal(number).scaleb(digits) == minor


def test_large_amount_is_grouped_in_threes(language):
    language("el")
    assert format_money(123456789012345, "EUR") == "1.234.567.890.123,45 EUR"
    language("sv")
    assert format_money(-123456789012345, "SEK") == (
        f"\u22121{NBSP}234{NBSP}567{NBSP}890{NBSP}123,45 SEK"
    )
    language("en")
    assert format_money(-100, "EUR") == "-1.00 EUR"


def test_numbers_group_and_keep_their_decimals(language):
    language("pl")
    assert format_number(1234567) == f"1{NBSP}234{NBSP}567"
    assert format_number(None) == ""
    assert format_decimal(Decimal("1234.5"), 2) == f"1{NBSP}234,50"
    assert format_decimal(Decimal("0.125")) == "0,125"
    assert input_decimal(Decimal("1234.5"), 2) == "1234,50"
    language("en")
    assert format_number(999) == "999"
    assert input_decimal(1500) == "1500"


def test_the_symbols_are_cached_until_the_language_changes(language):
    language("pl")
    first = locale_symbols()
    assert locale_symbols() is first
    language("el")
    assert locale_symbols() is not first
    assert locale_symbols().group == "."
    assert QLocale().language() == QLocale.Language.Greek


@pytest.mark.parametrize(
    ("typed", "plain"),
    [
        ("1,5", "1.5"),
        ("1.5", "1.5"),
        (f"1{NBSP}234,50", "1234.50"),
        (f"1{NARROW}234.50", "1234.50"),
        ("1 234,50", "1234.50"),
        ("1.234,50", "1234.50"),
        ("1,234.50", "1234.50"),
        ("1.234.567", "1234567"),
        ("-1.234,5", "-1234.5"),
        ("\u22122,5", "-2.5"),
        (",5", ".5"),
        ("  ", ""),
    ],
)
def test_typed_numbers_accept_either_decimal_mark(typed, plain):
    assert normalise_number(typed) == plain


@pytest.mark.parametrize("typed", ["1,2,3", "1.2.3,4", "12,34.5", "abc", "1,5 kg", "1..5"])
def test_what_is_not_a_number_is_refused_clearly(language, typed):
    language("pl")
    with pytest.raises(NumberTextError) as error:
        normalise_number(typed)
    assert typed in str(error.value)
    assert f"1{NBSP}234,50" in str(error.value)  # the example is in the user's format


def test_polish_amount_reaches_the_service_parser_exactly(language):
    language("pl")
    assert parse_amount(normalise_number("1 234,56"), "PLN") == 123456
    assert parse_amount(normalise_number("1.234,56"), "EUR") == 123456
    with pytest.raises(NumberTextError):
        parse_decimal("")


def test_a_list_cell_reads_polish(qtbot, small_db, language):
    language("pl")
    page = ListPage(small_db.sessions, INVOICES, "Faktury", "—")
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    model = page.model
    totals = [
        model.index(row, INVOICES.column_index("total_minor")).data()
        for row in range(model.rowCount())
    ]
    dates = [
        model.index(row, INVOICES.column_index("issue_date")).data()
        for row in range(model.rowCount())
    ]
    assert f"1{NBSP}255,00 EUR" in totals
    assert "1.10.2026" in dates
    # The cell is wide enough for the text: nothing is elided.
    column = INVOICES.column_index("total_minor")
    width = page.table.fontMetrics().horizontalAdvance(f"1{NBSP}255,00 EUR")
    assert page.table.columnWidth(column) > width
