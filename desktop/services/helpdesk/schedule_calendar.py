"""The coming maintenance as an iCalendar file (RFC 5545), one all-day
event per occurrence, for the shop's calendar program."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy.orm import Session

from desktop.services.common.files import write_atomically
from desktop.services.helpdesk.schedule_lists import UPCOMING_DAYS, Upcoming, upcoming

PRODUCT_ID = "-//TechLedger//Maintenance schedules//EN"


def escape_text(value: str) -> str:
    """A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and line
    breaks escaped."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")


def fold(line: str) -> str:
    """Fold a content line at 75 octets (RFC 5545 3.1), never inside a
    UTF-8 character; continuation lines start with one space."""
    out: list[str] = []
    current, size, limit = "", 0, 75
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            out.append(current)
            current, size, limit = " ", 1, 75
        current += char
        size += width
    out.append(current)
    return "\r\n".join(out)


def calendar_text(items: list[Upcoming], stamp: dt.datetime) -> str:
    """The VCALENDAR of these occurrences; `stamp` is the DTSTAMP (UTC)."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODUCT_ID}", "CALSCALE:GREGORIAN"]
    for item in items:
        day = item.occurs_on
        lines += [
            "BEGIN:VEVENT",
            f"UID:schedule-{item.schedule_id}-{day:%Y%m%d}@techledger",
            f"DTSTAMP:{stamp:%Y%m%dT%H%M%SZ}",
            f"DTSTART;VALUE=DATE:{day:%Y%m%d}",
            f"DTEND;VALUE=DATE:{day + dt.timedelta(days=1):%Y%m%d}",
            f"SUMMARY:{escape_text(f'{item.client}: {item.title}')}",
            f"DESCRIPTION:{escape_text(item.description)}",
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def export_ics(
    session: Session, path: Path | str, now: dt.datetime, days: int = UPCOMING_DAYS
) -> tuple[Path, int]:
    """Write the next `days` days of occurrences to `path`; the path and how
    many events it holds."""
    items = upcoming(session, now.date(), days)
    # A naive `now` is the shop's local clock; DTSTAMP is in UTC.
    text = calendar_text(items, now.astimezone(dt.UTC))
    return write_atomically(path, text.encode("utf-8")), len(items)
