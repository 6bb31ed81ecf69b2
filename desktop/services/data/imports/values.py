"""Turning the text of one CSV cell into a value, the way the peers write
them: ISO, German (02.03.2026) and US/UK (03/02/2026) dates; 24-hour and
AM/PM times; durations as "1:30:00", "1:30" or decimal hours ("1.5",
"1,50"). Every parser raises CellError with a message fit for the user."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from desktop.services.common.errors import UserError

DATE_ORDERS = ("auto", "dmy", "mdy")

_ISO_DATE = re.compile(r"^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$")
_DOT_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$")
_SLASH_DATE = re.compile(r"^(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})$")
_TIME = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*([AaPp]\.?[Mm]\.?)?$")
_HMS = re.compile(r"^(\d+):(\d{1,2})(?::(\d{1,2}))?$")

TRUE_WORDS = {"yes", "y", "true", "1", "billable", "ja", "tak", "oui", "x"}
FALSE_WORDS = {"no", "n", "false", "0", "non-billable", "not billable", "nein", "nie", "non", "nej"}


class CellError(UserError, ValueError):
    """A cell that cannot be read as the value its column stands for."""


def _year(text: str) -> int:
    year = int(text)
    return 2000 + year if len(text) == 2 else year


def _make_date(year: int, month: int, day: int, text: str) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise CellError(f"'{text}' is not a date in the calendar.") from None


def split_date_time(text: str) -> tuple[str, str]:
    """'2026-03-02 09:00' or '2026-03-02T09:00:00' → ('2026-03-02', '09:00…')."""
    text = text.strip()
    for separator in ("T", " "):
        head, sep, tail = text.partition(separator)
        if sep and tail.strip() and _TIME.match(tail.strip()):
            return head.strip(), tail.strip()
    return text, ""


def date_order_of(values: Iterable[str], default: str) -> str:
    """Decide whether slashed dates in a column are day-first or month-first:
    a first number above 12 proves day-first, a second above 12 month-first;
    when every date is ambiguous the format's own default holds."""
    for value in values:
        match = _SLASH_DATE.match(split_date_time(value)[0])
        if not match:
            continue
        first, second = int(match.group(1)), int(match.group(2))
        if first > 12 >= second:
            return "dmy"
        if second > 12 >= first:
            return "mdy"
    return default


def parse_date(text: str, order: str = "dmy") -> dt.date:
    value = text.strip()
    if not value:
        raise CellError("The date is empty.")
    if match := _ISO_DATE.match(value):
        return _make_date(int(match[1]), int(match[2]), int(match[3]), value)
    if match := _DOT_DATE.match(value):
        return _make_date(_year(match[3]), int(match[2]), int(match[1]), value)
    if match := _SLASH_DATE.match(value):
        first, second = int(match[1]), int(match[2])
        day, month = (second, first) if order == "mdy" else (first, second)
        return _make_date(_year(match[3]), month, day, value)
    raise CellError(f"'{value}' is not a date; write it like 2026-03-02.")


def parse_time(text: str) -> dt.time:
    value = text.strip()
    match = _TIME.match(value)
    if not match:
        raise CellError(f"'{value}' is not a time of day; write it like 09:30.")
    hour, minute, second = int(match[1]), int(match[2]), int(match[3] or 0)
    suffix = (match[4] or "").replace(".", "").lower()
    if suffix:
        if not 1 <= hour <= 12:
            raise CellError(f"'{value}': with AM/PM the hour is 1 to 12.")
        hour = hour % 12 + (12 if suffix == "pm" else 0)
    if hour > 23 or minute > 59 or second > 59:
        raise CellError(f"'{value}' is not a time of day.")
    return dt.time(hour, minute, second)


def parse_duration_seconds(text: str) -> int:
    """'1:30:00' / '1:30' (hours:minutes) / '1.5' / '1,5' hours → seconds.
    Decimal hours are rounded to the nearest second, half up."""
    value = text.strip()
    if not value:
        raise CellError("The duration is empty.")
    if match := _HMS.match(value):
        hours, minutes, seconds = int(match[1]), int(match[2]), int(match[3] or 0)
        if minutes > 59 or seconds > 59:
            raise CellError(f"'{value}' is not a duration; write it like 1:30:00.")
        return hours * 3600 + minutes * 60 + seconds
    try:
        hours_dec = Decimal(value.replace(",", "."))
    except InvalidOperation:
        raise CellError(f"'{value}' is not a duration; write 1:30:00 or 1.5 (hours).") from None
    if not hours_dec.is_finite() or hours_dec < 0:
        raise CellError(f"'{value}' is not a duration; write 1:30:00 or 1.5 (hours).")
    return int((hours_dec * 3600).to_integral_value(rounding=ROUND_HALF_UP))


def minutes_from_seconds(seconds: int) -> int:
    """Whole minutes, to the nearest minute; exactly 30 seconds round up."""
    return (seconds + 30) // 60


def parse_bool(text: str, default: bool) -> bool:
    value = text.strip().lower()
    if not value:
        return default
    if value in TRUE_WORDS:
        return True
    if value in FALSE_WORDS:
        return False
    raise CellError(f"'{text.strip()}' is neither yes nor no.")


def parse_int(text: str, default: int) -> int:
    value = text.strip()
    if not value:
        return default
    try:
        return int(value)
    except ValueError:
        raise CellError(f"'{value}' is not a whole number.") from None
