"""How values read on screen: money, durations, dates and stored codes.

Money is formatted from integer minor units through Decimal — never float —
so what the list shows is exactly what is stored."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import lru_cache

from PySide6.QtCore import QCoreApplication

from desktop.services.money import minor_digits

_CONTEXT = "Formatting"
# Narrow no-break space groups thousands ("1 234.50") and never wraps.
_GROUP = "\u202f"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


currency_digits = lru_cache(maxsize=64)(minor_digits)  # called once per painted cell


def format_money(minor: int | None, currency: str | None) -> str:
    """`123450, "SEK"` → "1 234.50 SEK"."""
    if minor is None:
        return ""
    code = currency or ""
    digits = currency_digits(code)
    amount = Decimal(minor).scaleb(-digits)
    text = f"{amount:,.{digits}f}".replace(",", _GROUP)
    return f"{text} {code}".strip()


def format_minutes(minutes: int | None) -> str:
    """`95` → "1:35" (hours:minutes); negative values keep their sign."""
    if minutes is None:
        return ""
    sign = "-" if minutes < 0 else ""
    hours, rest = divmod(abs(int(minutes)), 60)
    return f"{sign}{hours}:{rest:02d}"


def format_date(value: dt.date | None) -> str:
    return value.isoformat() if value is not None else ""


def format_datetime(value: dt.datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value is not None else ""


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
