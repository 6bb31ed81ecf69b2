"""When work happened, in billing terms: inside business hours, after hours,
at the weekend or on a public holiday. Entries that cross a boundary are
split at it, so each part is priced at its own multiplier."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import holidays as holiday_calendars

NORMAL, AFTER_HOURS, WEEKEND, HOLIDAY = "normal", "after_hours", "weekend", "holiday"

# Monday to Friday, 08:00–17:00, when a contract says nothing.
DEFAULT_BUSINESS_HOURS: dict[str, list[list[str]]] = {
    str(day): [["08:00", "17:00"]] for day in range(1, 6)
}


@dataclass(frozen=True)
class Segment:
    start: dt.datetime
    end: dt.datetime
    kind: str

    @property
    def minutes(self) -> int:
        return int((self.end - self.start).total_seconds() // 60)


def _parse_clock(text: str) -> dt.time:
    hours, minutes = (int(part) for part in text.split(":"))
    if (hours, minutes) == (24, 0):
        return dt.time.max
    return dt.time(hours, minutes)


def validate_business_hours(hours: Mapping[str, Sequence[Sequence[str]]]) -> None:
    """Raise ValueError unless every span is 'HH:MM'–'HH:MM', in order, not overlapping."""
    for day, spans in hours.items():
        if day not in {str(n) for n in range(1, 8)}:
            raise ValueError(f"business hours: '{day}' is not an ISO weekday 1–7")
        previous_end = dt.time.min
        for span in spans:
            start, end = (_parse_clock(part) for part in span)
            if not end > start or start < previous_end:
                raise ValueError(f"business hours of day {day}: {span} is not a valid span")
            previous_end = end


def holiday_dates(
    country: str | None, years: Iterable[int], manual: Iterable[dt.date] = ()
) -> frozenset[dt.date]:
    """Public holidays of the shop's country plus the shop's own list."""
    days = set(manual)
    if country:
        # A country the package does not know: only the manual list counts.
        with contextlib.suppress(NotImplementedError):
            days.update(holiday_calendars.country_holidays(country, years=list(years)))
    return frozenset(days)


def _day_kind_outside_hours(day: dt.date) -> str:
    return WEEKEND if day.isoweekday() >= 6 else AFTER_HOURS


def _day_segments(
    day: dt.date,
    hours: Mapping[str, Sequence[Sequence[str]]],
    holidays: frozenset[dt.date],
) -> list[Segment]:
    """The whole day cut into kinds, midnight to midnight."""
    start_of_day = dt.datetime.combine(day, dt.time.min)
    end_of_day = start_of_day + dt.timedelta(days=1)
    if day in holidays:
        return [Segment(start_of_day, end_of_day, HOLIDAY)]
    outside = _day_kind_outside_hours(day)
    segments: list[Segment] = []
    cursor = start_of_day
    for span in hours.get(str(day.isoweekday()), []):
        open_at = dt.datetime.combine(day, _parse_clock(span[0]))
        close_clock = _parse_clock(span[1])
        close_at = (
            end_of_day if close_clock == dt.time.max else dt.datetime.combine(day, close_clock)
        )
        if open_at > cursor:
            segments.append(Segment(cursor, open_at, outside))
        segments.append(Segment(open_at, close_at, NORMAL))
        cursor = close_at
    if cursor < end_of_day:
        segments.append(Segment(cursor, end_of_day, outside))
    return segments


def split_by_kind(
    start: dt.datetime,
    end: dt.datetime,
    hours: Mapping[str, Sequence[Sequence[str]]] | None,
    holidays: frozenset[dt.date] = frozenset(),
) -> list[Segment]:
    """Cut [start, end) at every business-hours, midnight or holiday boundary
    and merge neighbours of the same kind."""
    if end <= start:
        raise ValueError("an entry must end after it starts")
    hours = DEFAULT_BUSINESS_HOURS if hours is None else hours
    pieces: list[Segment] = []
    day = start.date()
    while dt.datetime.combine(day, dt.time.min) < end:
        for segment in _day_segments(day, hours, holidays):
            lo, hi = max(segment.start, start), min(segment.end, end)
            if lo < hi:
                if pieces and pieces[-1].kind == segment.kind and pieces[-1].end == lo:
                    pieces[-1] = Segment(pieces[-1].start, hi, segment.kind)
                else:
                    pieces.append(Segment(lo, hi, segment.kind))
        day += dt.timedelta(days=1)
    return pieces
