"""How values read on screen: money, numbers, durations, dates and stored codes.

Numbers and dates follow the interface language's locale (the default QLocale
that i18n.install_translators() sets): Polish "1 234,50 PLN", Swedish
"1 234,50 SEK", Greek "1.234,50 EUR". English is the exception on purpose: an
English interface is the lingua franca of shops across Europe, where
"1,234.50" reads as 1.2345 to half the users and "03/04/2026" is two different
days, so it writes "1 234.50 EUR" (SI grouping) and ISO dates "2026-03-04".

Money is formatted from integer minor units through Decimal digits and the
locale's separators — never float — so what the list shows is exactly what is
stored. The separators are read once per language (cells are painted often);
i18n calls reset_locale_cache() whenever it changes the language."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

# The one "H:MM" writer, re-exported for the views that import it from here.
from desktop.services.common.durations import format_minutes as format_minutes
from desktop.services.common.money import minor_digits
from desktop.services.common.number_text import NotANumber, plain_number

_CONTEXT = "Formatting"
# Narrow no-break space groups thousands ("1 234.50") and never wraps.
_GROUP = "\u202f"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


currency_digits = lru_cache(maxsize=64)(minor_digits)  # called once per painted cell


@dataclass(frozen=True)
class LocaleSymbols:
    """What numbers and dates look like in one language."""

    name: str
    decimal: str
    group: str
    minus: str
    date_format: str  # a QLocale pattern, always with a four-digit year
    time_format: str
    locale: QLocale


def _four_digit_year(pattern: str) -> str:
    """Qt's short formats write "yy" in some locales (en_US, el): 03/04/26 is
    unclear in a ledger, so every year gets four digits."""
    return re.sub(r"y+", "yyyy", pattern)


def _twenty_four_hours(pattern: str) -> str:
    """Times on the 24-hour clock in every language (Greek's short format is
    "h:mm μ.μ."): a ticket log reads the same at 00:30 and 12:30, and a
    timestamp column keeps the width of "31.12.2026 23:59"."""
    return "HH:mm" if "a" in pattern.lower() else pattern


def _symbols_for(locale: QLocale) -> LocaleSymbols:
    # The C locale (no language chosen yet, as in tests) reads like English.
    if locale.language() in (QLocale.Language.English, QLocale.Language.C):
        return LocaleSymbols(locale.name(), ".", _GROUP, "-", "yyyy-MM-dd", "HH:mm", locale)
    short = QLocale.FormatType.ShortFormat
    return LocaleSymbols(
        name=locale.name(),
        decimal=locale.decimalPoint(),
        group=locale.groupSeparator(),
        minus=locale.negativeSign(),
        date_format=_four_digit_year(locale.dateFormat(short)),
        time_format=_twenty_four_hours(locale.timeFormat(short)),
        locale=locale,
    )


_cache: dict[str, LocaleSymbols] = {}


def locale_symbols() -> LocaleSymbols:
    """The separators and formats of the interface language (cached)."""
    symbols = _cache.get("active")
    if symbols is None:
        symbols = _cache["active"] = _symbols_for(QLocale())
    return symbols


def reset_locale_cache() -> None:
    """Forget the cached symbols (the default locale changed)."""
    _cache.clear()


def _group_digits(digits: str, group: str) -> str:
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return group.join(parts)


def format_decimal(value: Decimal | int, places: int | None = None) -> str:
    """A number with the locale's separators, exactly (no float anywhere).
    `places` fixes the decimals (rounding half-even); None keeps them as given."""
    symbols = locale_symbols()
    number = Decimal(value)
    if places is not None:
        number = number.quantize(Decimal(1).scaleb(-places))
    text = f"{abs(number):f}"
    whole, _, fraction = text.partition(".")
    grouped = _group_digits(whole, symbols.group)
    if fraction:
        grouped = f"{grouped}{symbols.decimal}{fraction}"
    return f"{symbols.minus}{grouped}" if number < 0 else grouped


def format_number(value: int | None) -> str:
    """A whole number with the locale's grouping ("12 345")."""
    return "" if value is None else format_decimal(int(value))


def format_money(minor: int | None, currency: str | None) -> str:
    """`123450, "SEK"` → "1 234.50 SEK" (English), "1 234,50 SEK" (Swedish)."""
    if minor is None:
        return ""
    code = currency or ""
    digits = currency_digits(code)
    # scaleb gives exactly `digits` decimals, with no context rounding, so
    # amounts of any size come out digit for digit.
    text = format_decimal(Decimal(int(minor)).scaleb(-digits))
    return f"{text} {code}".strip()


def format_date(value: dt.date | None) -> str:
    """The locale's short date with a four-digit year ("4.03.2026" in Polish)."""
    if value is None:
        return ""
    symbols = locale_symbols()
    return symbols.locale.toString(QDate(value.year, value.month, value.day), symbols.date_format)


def format_datetime(value: dt.datetime | None) -> str:
    """Short date in the locale, 24-hour time ("4.03.2026 14:30" in Polish)."""
    if value is None:
        return ""
    symbols = locale_symbols()
    moment = QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))
    return symbols.locale.toString(moment, f"{symbols.date_format} {symbols.time_format}")


def format_time(value: dt.datetime | dt.time | None) -> str:
    """24-hour time in the locale's pattern ("14:30")."""
    if value is None:
        return ""
    symbols = locale_symbols()
    return symbols.locale.toString(QTime(value.hour, value.minute), symbols.time_format)


def date_display_format() -> str:
    """The pattern for QDateEdit.setDisplayFormat, matching format_date."""
    return locale_symbols().date_format


class NumberTextError(ValueError):
    """Typed text that is not a number in any way we read numbers."""


def normalise_number(text: str) -> str:
    """What a person typed ("1 234,50", "1.234,50", "1,234.50", "1,5") as
    plain digits with a '.' decimal point ("1234.50"), for Decimal and the
    service parsers (the rules: services.number_text). Empty stays empty; a
    NumberTextError says how to type a number in the user's own format."""
    try:
        return plain_number(text)
    except NotANumber:
        raise NumberTextError(
            _tr("“%1” is not a number; type it like %2.")
            .replace("%1", text.strip())
            .replace("%2", format_decimal(Decimal("1234.5"), 2))
        ) from None


def parse_decimal(text: str) -> Decimal:
    """normalise_number() as a Decimal; NumberTextError for no number."""
    cleaned = normalise_number(text)
    if not cleaned:
        raise NumberTextError(_tr("Enter a number."))
    try:
        return Decimal(cleaned)
    except InvalidOperation:  # pragma: no cover - the pattern above rules it out
        raise NumberTextError(_tr("Enter a number.")) from None


def input_decimal(value: Decimal | int, places: int | None = None) -> str:
    """A number for an input field: the locale's decimal point, no grouping
    ("1234,50" in Polish), so the user edits digits, not separators."""
    number = Decimal(value)
    if places is not None:
        number = number.quantize(Decimal(1).scaleb(-places))
    return f"{number:f}".replace(".", locale_symbols().decimal)


def format_days(days: int | None) -> str:
    if days is None:
        return ""
    if days == 1:
        return _tr("1 day")
    return _tr("%1 days").replace("%1", str(days))


def code_labels() -> dict[str, str]:
    """Stored codes (statuses, kinds, priorities) as words for people."""
    return {
        # ticket statuses
        "new": _tr("New"),
        "open": _tr("Open"),
        "waiting_customer": _tr("Waiting for customer"),
        "waiting_vendor": _tr("Waiting for vendor"),
        "resolved": _tr("Resolved"),
        "closed": _tr("Closed"),
        # priorities
        "low": _tr("Low"),
        "normal": _tr("Normal"),
        "high": _tr("High"),
        "urgent": _tr("Urgent"),
        # contract kinds and statuses
        "time_materials": _tr("Time & materials"),
        "prepaid": _tr("Prepaid hours"),
        "term": _tr("Term support"),
        "managed": _tr("Managed services"),
        "draft": _tr("Draft"),
        "active": _tr("Active"),
        "ended": _tr("Ended"),
        "cancelled": _tr("Cancelled"),
        # invoice statuses
        "issued": _tr("Issued"),
        "partly_paid": _tr("Partly paid"),
        "overdue": _tr("Overdue"),
        "paid": _tr("Paid"),
        "credited": _tr("Credited"),
        "void": _tr("Void"),
    }


# Codes that deserve attention get a colour; the rest stay in the text colour.
CODE_COLOURS = {
    "urgent": "#B3261E",
    "high": "#A15C00",
    "waiting_customer": "#6B5B00",
    "waiting_vendor": "#6B5B00",
    "new": "#1F5A96",
    "paid": "#1E6B35",
    "partly_paid": "#A15C00",
    "overdue": "#B3261E",
    "void": "#6B7785",
    "credited": "#6B7785",
}


def format_code(code: str | None, labels: dict[str, str]) -> str:
    if code is None:
        return ""
    return labels.get(code, code.replace("_", " ").capitalize())
