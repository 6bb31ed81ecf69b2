"""Billing periods: calendar months, quarters and years."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

PERIODS = ("month", "quarter", "year")


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def period_window(period: str, day: dt.date) -> tuple[dt.date, dt.date]:
    """The calendar period holding `day`, as [start, end) with `end` exclusive."""
    if period == "month":
        start = day.replace(day=1)
        return start, _add_months(start, 1)
    if period == "quarter":
        start = dt.date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
        return start, _add_months(start, 3)
    if period == "year":
        start = dt.date(day.year, 1, 1)
        return start, dt.date(day.year + 1, 1, 1)
    raise ValueError(f"unknown billing period '{period}'")


def windows_starting_between(
    period: str, first: dt.date, last: dt.date
) -> Iterator[tuple[dt.date, dt.date]]:
    """Every period whose first day lies in [first, last] (fees are billed in advance)."""
    start, end = period_window(period, first)
    if start < first:
        start, end = end, period_window(period, end)[1]
    while start <= last:
        yield start, end
        start, end = end, period_window(period, end)[1]
