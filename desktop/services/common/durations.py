"""Durations as people type them, and as we print them: the one parser of
typed hours and minutes (`parse_duration`) and the one "H:MM" writer
(`format_minutes`), used by the command line, every dialog and the
documents. Minutes are whole integers; no float anywhere.

Accepted, in every interface language (surrounding spaces and the case of
the unit letters do not matter):

=============  ===========================================  =======
form           examples                                     minutes
=============  ===========================================  =======
hours:minutes  ``1:30``, ``0:05``, ``10:00``                90, 5, 600
decimal hours  ``1.5``, ``1,5``, ``2``, ``.25``, ``1.5h``   90, 90, 120, 15, 90
minutes        ``90m``, ``90 min``                          90
hours + min    ``1h30``, ``1h 30m``, ``10h30``, ``2h``      90, 90, 630, 120
=============  ===========================================  =======

Both ``.`` and ``,`` are the decimal point everywhere (no thousands
separators: ``1,500`` is one and a half hours). The minutes of ``1:30`` and
``1h30`` go up to 59.

Refused, with a plain message (`DurationError`, a `UserError`): empty text,
negative values, anything else, more than `MAX_HOURS` hours, and decimal
hours that are not a whole number of minutes. ``0.01`` h is 0.6 of a
minute: rounding it to 1 minute would bill a minute nobody typed (and
``0.001`` would silently become 0), so it is refused and the message says
how to type a minute (``0:01`` or ``1m``). ``7.15`` h is exactly 429
minutes and is accepted. Zero (``0``, ``0:00``) is a duration; whether it
is allowed is the caller's rule (a time entry must take some time, a
travel time may be 0)."""

from __future__ import annotations

import re
from decimal import Decimal

from desktop.services.common.errors import UserError

# Far above any block of prepaid hours or contract cap, far below anything
# the database's 32-bit integers cannot hold (600,000 minutes).
MAX_HOURS = 10_000
MAX_MINUTES = MAX_HOURS * 60

_NUMBER = r"(?:[0-9]+(?:[.,][0-9]*)?|[.,][0-9]+)"
_CLOCK = re.compile(r"([0-9]+):([0-9]{1,2})", re.ASCII)
_DECIMAL_HOURS = re.compile(rf"({_NUMBER})\s*h?", re.ASCII | re.IGNORECASE)
_MINUTES = re.compile(r"([0-9]+)\s*(?:m|min)", re.ASCII | re.IGNORECASE)
_HOURS_MINUTES = re.compile(r"([0-9]+)\s*h\s*([0-9]{1,2})\s*(?:m|min)?", re.ASCII | re.IGNORECASE)
_MINUS = ("-", "\u2212")


class DurationError(UserError, ValueError):
    """Typed text that is not a duration we accept; the message says why."""


def parse_duration(text: str, *, field: str | None = None) -> int:
    """Typed hours and minutes → whole minutes (the forms in the module's
    docstring). `field` names the input in the error, for forms and the CLI."""
    cleaned = text.strip()
    if not cleaned:
        raise DurationError("Enter a duration, like 1:30, 1.5 or 90m.", field=field)
    if cleaned.startswith(_MINUS):
        raise DurationError("A duration cannot be negative.", field=field)
    minutes = _minutes(cleaned)
    if minutes is None:
        raise DurationError(
            f"'{cleaned}' is not a duration; type it like 1:30, 1.5, 1h30 or 90m.", field=field
        )
    if isinstance(minutes, str):
        raise DurationError(minutes, field=field)
    if minutes > MAX_MINUTES:
        raise DurationError(f"A duration is at most {MAX_HOURS} hours.", field=field)
    return minutes


def _whole(digits: str) -> int:
    """An integer typed in a duration; an absurdly long one counts as too
    large (and never reaches int() with thousands of digits)."""
    return int(digits) if len(digits) <= 12 else MAX_MINUTES + 1


def _minutes(text: str) -> int | str | None:
    """Minutes, or a refusal's message (str), or None when no form matches."""
    if match := _CLOCK.fullmatch(text) or _HOURS_MINUTES.fullmatch(text):
        if int(match[2]) > 59:
            return "Minutes go up to 59; type it like 1:30."
        return _whole(match[1]) * 60 + int(match[2])
    if match := _MINUTES.fullmatch(text):
        return _whole(match[1])
    if match := _DECIMAL_HOURS.fullmatch(text):
        exact = Decimal(match[1].replace(",", ".")) * 60
        if exact > MAX_MINUTES:
            return MAX_MINUTES + 1
        if exact != exact.to_integral_value():
            return (
                f"{match[1]} h is {exact.normalize():f} minutes; durations are whole "
                "minutes (type one minute as 0:01 or 1m)."
            )
        return int(exact)
    return None


def format_minutes(minutes: int | None, *, minus: str = "-") -> str:
    """`95` → "1:35" (hours:minutes), `-45` → "-0:45"; None → "".
    Documents pass `minus="\u2212"` (the typographic minus)."""
    if minutes is None:
        return ""
    sign = minus if minutes < 0 else ""
    hours, rest = divmod(abs(int(minutes)), 60)
    return f"{sign}{hours}:{rest:02d}"
