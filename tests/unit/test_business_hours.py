"""Splitting work at business-hours, weekend, midnight and holiday boundaries."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.services.common.business_hours import (
    AFTER_HOURS,
    HOLIDAY,
    NORMAL,
    WEEKEND,
    holiday_dates,
    split_by_kind,
    validate_business_hours,
)

T = dt.datetime


def kinds(segments):
    return [(s.start.strftime("%a %H:%M"), s.end.strftime("%a %H:%M"), s.kind) for s in segments]


def test_work_inside_business_hours_is_one_normal_segment():
    segments = split_by_kind(T(2026, 3, 4, 9, 0), T(2026, 3, 4, 11, 30), None)
    assert kinds(segments) == [("Wed 09:00", "Wed 11:30", NORMAL)]
    assert segments[0].minutes == 150


def test_evening_work_is_split_at_closing_time():
    segments = split_by_kind(T(2026, 3, 4, 16, 0), T(2026, 3, 4, 19, 0), None)
    assert kinds(segments) == [
        ("Wed 16:00", "Wed 17:00", NORMAL),
        ("Wed 17:00", "Wed 19:00", AFTER_HOURS),
    ]


def test_friday_night_into_saturday_crosses_midnight_into_the_weekend():
    segments = split_by_kind(T(2026, 3, 6, 22, 0), T(2026, 3, 7, 2, 0), None)
    assert kinds(segments) == [
        ("Fri 22:00", "Sat 00:00", AFTER_HOURS),
        ("Sat 00:00", "Sat 02:00", WEEKEND),
    ]
    assert [s.minutes for s in segments] == [120, 120]


def test_sunday_night_into_monday_morning():
    segments = split_by_kind(T(2026, 3, 8, 23, 0), T(2026, 3, 9, 9, 0), None)
    assert kinds(segments) == [
        ("Sun 23:00", "Mon 00:00", WEEKEND),
        ("Mon 00:00", "Mon 08:00", AFTER_HOURS),
        ("Mon 08:00", "Mon 09:00", NORMAL),
    ]


def test_holidays_win_over_business_hours():
    christmas = dt.date(2026, 12, 25)
    days = holiday_dates("SE", [2026])
    assert christmas in days
    # Thursday 24 December is a working day in the package's Swedish calendar.
    segments = split_by_kind(T(2026, 12, 24, 16, 0), T(2026, 12, 25, 10, 0), None, days)
    assert kinds(segments) == [
        ("Thu 16:00", "Thu 17:00", NORMAL),
        ("Thu 17:00", "Fri 00:00", AFTER_HOURS),
        ("Fri 00:00", "Fri 10:00", HOLIDAY),
    ]


def test_manual_holidays_and_unknown_countries():
    extra = dt.date(2026, 6, 1)
    assert holiday_dates("XX", [2026], [extra]) == frozenset({extra})


def test_custom_hours_with_a_saturday_morning_and_a_lunch_break():
    hours = {"1": [["08:00", "12:00"], ["13:00", "17:00"]], "6": [["09:00", "12:00"]]}
    validate_business_hours(hours)
    monday = split_by_kind(T(2026, 3, 9, 11, 0), T(2026, 3, 9, 14, 0), hours)
    assert [s.kind for s in monday] == [NORMAL, AFTER_HOURS, NORMAL]
    saturday = split_by_kind(T(2026, 3, 7, 11, 0), T(2026, 3, 7, 13, 0), hours)
    assert kinds(saturday) == [
        ("Sat 11:00", "Sat 12:00", NORMAL),
        ("Sat 12:00", "Sat 13:00", WEEKEND),
    ]


@pytest.mark.parametrize(
    "hours",
    [
        {"8": [["08:00", "17:00"]]},
        {"1": [["17:00", "08:00"]]},
        {"1": [["08:00", "12:00"], ["11:00", "13:00"]]},
    ],
)
def test_invalid_business_hours_are_refused(hours):
    with pytest.raises(ValueError, match="business hours"):
        validate_business_hours(hours)


def test_an_entry_must_end_after_it_starts():
    with pytest.raises(ValueError):
        split_by_kind(T(2026, 3, 4, 9, 0), T(2026, 3, 4, 9, 0), None)
