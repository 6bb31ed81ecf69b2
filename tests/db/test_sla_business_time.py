"""Business-minute arithmetic behind SLA due times: nights, weekends,
holidays, split days and 24-hour contracts, plus the invariants."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.services.helpdesk.sla import (
    DEFAULT_CALENDAR,
    BusinessCalendar,
    SlaError,
    add_business_minutes,
    business_minutes_between,
    remaining_minutes,
)

D = dt.datetime
XMAS = frozenset({dt.date(2026, 12, 24), dt.date(2026, 12, 25)})
OFFICE = BusinessCalendar(DEFAULT_CALENDAR.hours, XMAS)
LUNCH = BusinessCalendar({str(d): [["08:00", "12:00"], ["13:00", "17:00"]] for d in range(1, 6)})
ALWAYS = BusinessCalendar({str(d): [["00:00", "24:00"]] for d in range(1, 8)})

CASES = [
    # name, calendar, start, business minutes, due
    ("same day", OFFICE, D(2026, 11, 30, 9, 0), 60, D(2026, 11, 30, 10, 0)),
    ("to the minute of closing", OFFICE, D(2026, 11, 30, 16, 0), 60, D(2026, 11, 30, 17, 0)),
    ("over the night", OFFICE, D(2026, 11, 30, 16, 30), 60, D(2026, 12, 1, 8, 30)),
    ("opened before opening", OFFICE, D(2026, 11, 30, 6, 15), 60, D(2026, 11, 30, 9, 0)),
    ("opened after closing", OFFICE, D(2026, 11, 30, 22, 0), 30, D(2026, 12, 1, 8, 30)),
    ("over the weekend", OFFICE, D(2026, 12, 4, 16, 0), 120, D(2026, 12, 7, 9, 0)),
    ("opened on a Saturday", OFFICE, D(2026, 12, 5, 10, 0), 30, D(2026, 12, 7, 8, 30)),
    ("over Christmas", OFFICE, D(2026, 12, 23, 16, 0), 120, D(2026, 12, 28, 9, 0)),
    ("opened on a holiday", OFFICE, D(2026, 12, 24, 9, 0), 60, D(2026, 12, 28, 9, 0)),
    ("a whole business day", OFFICE, D(2026, 11, 30, 9, 0), 540, D(2026, 12, 1, 9, 0)),
    ("three days (urgent→low)", OFFICE, D(2026, 11, 30, 8, 0), 1620, D(2026, 12, 2, 17, 0)),
    ("over lunch", LUNCH, D(2026, 11, 30, 11, 30), 60, D(2026, 11, 30, 13, 30)),
    ("opened at lunch", LUNCH, D(2026, 11, 30, 12, 10), 15, D(2026, 11, 30, 13, 15)),
    ("24/7 over midnight", ALWAYS, D(2026, 12, 5, 23, 30), 60, D(2026, 12, 6, 0, 30)),
    ("nothing owed yet", OFFICE, D(2026, 12, 5, 10, 0), 0, D(2026, 12, 5, 10, 0)),
]


@pytest.mark.parametrize(
    ("calendar", "start", "minutes", "due"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_due_time(calendar, start, minutes, due):
    assert add_business_minutes(calendar, start, minutes) == due
    assert business_minutes_between(calendar, start, due) == minutes


def test_remaining_is_negative_once_overdue():
    due = D(2026, 12, 4, 16, 0)  # a Friday
    assert remaining_minutes(OFFICE, D(2026, 12, 4, 15, 0), due) == 60
    assert remaining_minutes(OFFICE, D(2026, 12, 7, 9, 0), due) == -120


def test_a_calendar_without_hours_is_refused():
    with pytest.raises(SlaError):
        BusinessCalendar({})
    with pytest.raises(SlaError):
        add_business_minutes(OFFICE, D(2026, 1, 1), -1)


calendars = st.sampled_from([OFFICE, LUNCH, ALWAYS, BusinessCalendar({"6": [["10:00", "14:00"]]})])
moments = st.datetimes(min_value=D(2025, 1, 1), max_value=D(2027, 12, 31)).map(
    lambda d: d.replace(second=0, microsecond=0)
)


@settings(max_examples=150, deadline=None)
@given(calendars, moments, st.integers(0, 6000))
def test_due_is_never_before_opening(calendar, opened, minutes):
    due = add_business_minutes(calendar, opened, minutes)
    assert due >= opened
    assert business_minutes_between(calendar, opened, due) == minutes


@settings(max_examples=150, deadline=None)
@given(
    calendars,
    moments,
    st.integers(1, 3000),
    st.integers(0, 20000),
    st.integers(0, 20000),
    st.integers(0, 30000),
)
def test_pausing_never_shortens_the_time_left(
    calendar, opened, target, pause_offset, pause_length, look_offset
):
    """A pause adds its business minutes to the due time: at any moment the
    time left with the pause is at least the time left without it."""
    pause_start = opened + dt.timedelta(minutes=pause_offset)
    pause_end = pause_start + dt.timedelta(minutes=pause_length)
    paused = business_minutes_between(calendar, pause_start, pause_end)
    without = add_business_minutes(calendar, opened, target)
    with_pause = add_business_minutes(calendar, opened, target + paused)
    assert with_pause >= without
    now = opened + dt.timedelta(minutes=look_offset)
    assert remaining_minutes(calendar, now, with_pause) >= remaining_minutes(calendar, now, without)
