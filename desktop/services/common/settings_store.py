"""Business settings kept in the `settings` table (key → JSON), which travel
with the data: the shop's default business hours and the default VAT rate.

Per-user choices (the interface language, window geometry) are not here:
they live in QSettings on each user's computer. Secrets are never here."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy.orm import Session

from desktop.models import Setting
from desktop.services.common.business_hours import DEFAULT_BUSINESS_HOURS, validate_business_hours
from desktop.services.records.clients import ValidationError

BUSINESS_HOURS_KEY = "business_hours"
DEFAULT_TAX_RATE_KEY = "default_tax_rate"


def get_setting(session: Session, key: str, default: Any = None) -> Any:
    row = session.get(Setting, key)
    return default if row is None else row.value


def put_setting(session: Session, key: str, value: Any) -> None:
    """Insert or replace one setting (flushes; the caller commits)."""
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
    session.flush()


def shop_business_hours(session: Session) -> dict[str, list[list[str]]]:
    """The shop's week ("1" Monday … "7" Sunday → spans), used where a
    contract names no hours of its own; Monday–Friday 08:00–17:00 until set."""
    stored = get_setting(session, BUSINESS_HOURS_KEY)
    if not stored:
        stored = DEFAULT_BUSINESS_HOURS
    return {str(day): [list(span) for span in spans] for day, spans in stored.items()}


def parse_spans(text: str) -> list[list[str]]:
    """'08:00–12:00, 13:00-17:00' → [["08:00", "12:00"], ["13:00", "17:00"]];
    '' → [] (closed). ValueError when a span cannot be read."""
    spans: list[list[str]] = []
    for part in text.replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        bounds = re.split(r"\s*[–—-]\s*", part)
        if len(bounds) != 2:
            raise ValueError(part)
        clocks = []
        for bound in bounds:
            match = re.fullmatch(r"(\d{1,2})(?::|\.)?(\d{2})?", bound.strip())
            if not match:
                raise ValueError(part)
            hours, minutes = int(match.group(1)), int(match.group(2) or 0)
            if not (0 <= hours <= 24 and 0 <= minutes < 60) or (hours == 24 and minutes):
                raise ValueError(part)
            clocks.append(f"{hours:02d}:{minutes:02d}")
        spans.append(clocks)
    return spans


def format_spans(spans: Sequence[Sequence[str]]) -> str:
    return ", ".join(f"{start}–{end}" for start, end in spans)


def save_shop_business_hours(session: Session, week_text: Mapping[str, str]) -> None:
    """Store the week typed as text per ISO weekday ("1" Monday … "7"
    Sunday); an empty day is closed. Each day's problem is reported at
    that day (key "day1" … "day7")."""
    errors: dict[str, str] = {}
    cleaned: dict[str, list[list[str]]] = {}
    for day, text in week_text.items():
        try:
            spans = parse_spans(text)
            if spans:
                validate_business_hours({str(day): spans})
        except ValueError:
            errors[f"day{day}"] = (
                "Type the hours like 08:00–17:00, or 08:00–12:00, 13:00–17:00; "
                "each span ends after it starts, in order."
            )
            continue
        if spans:
            cleaned[str(day)] = spans
    if not errors and not cleaned:
        errors["day1"] = "Open the shop on at least one day."
    if errors:
        raise ValidationError(errors)
    put_setting(session, BUSINESS_HOURS_KEY, cleaned)
