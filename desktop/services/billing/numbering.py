"""Invoice numbers from a series pattern such as '{YYYY}-{seq:05}'."""

from __future__ import annotations

import datetime as dt
import string

FIELDS = {"YYYY", "YY", "MM", "seq", "series"}


def validate_pattern(pattern: str) -> None:
    names = {name for _, name, _, _ in string.Formatter().parse(pattern) if name is not None}
    if "seq" not in names:
        raise ValueError("A number pattern must contain {seq}, e.g. '{YYYY}-{seq:05}'.")
    unknown = names - FIELDS
    if unknown:
        raise ValueError(f"Unknown field(s) in the number pattern: {', '.join(sorted(unknown))}.")


def format_number(pattern: str, seq: int, issue_date: dt.date, series_code: str) -> str:
    validate_pattern(pattern)
    return pattern.format(
        YYYY=f"{issue_date.year:04d}",
        YY=f"{issue_date.year % 100:02d}",
        MM=f"{issue_date.month:02d}",
        seq=seq,
        series=series_code,
    )
