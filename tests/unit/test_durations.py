"""Typed durations: one parser (`services/common/durations.py`), one table of
answers. The same table is typed through the command line
(tests/db/test_durations_cli.py) and into the quick entry and the prepaid
top-up dialog (tests/gui/test_durations_typed.py), so every path gives the
same minutes or the same refusal."""

from __future__ import annotations

import pytest

from desktop.services.common.durations import (
    MAX_HOURS,
    DurationError,
    format_minutes,
    parse_duration,
)
from desktop.services.common.errors import UserError


class Refused(str):
    """A part of the message the refusal must contain."""


# (typed text, minutes or Refused(part of the message)). Figures by hand.
DURATIONS: list[tuple[str, int | Refused]] = [
    ("1:30", 60 + 30),
    ("0:05", 5),
    ("10:00", 10 * 60),
    (" 0:45 ", 45),
    ("1.5", 90),  # 1.5 × 60
    ("1,5", 90),  # the decimal comma, in every language
    ("7,5", 450),  # 7.5 × 60
    ("7.25", 435),  # 7 × 60 + 15
    ("7,25", 435),
    ("7.15", 429),  # 7 × 60 + 0.15 × 60 = 420 + 9, exactly
    ("2", 120),
    (".25", 15),
    ("1.5h", 90),
    ("1,5 h", 90),
    ("90m", 90),
    ("90 min", 90),
    ("1h30", 90),
    ("1h 30m", 90),
    ("1H30M", 90),
    ("10h30", 10 * 60 + 30),
    ("7h30", 7 * 60 + 30),
    ("2h", 120),
    ("10000", MAX_HOURS * 60),  # the largest: 10 000 h
    ("", Refused("Enter a duration")),
    ("   ", Refused("Enter a duration")),
    ("0.01", Refused("0.6 minutes")),  # 0.01 × 60: refused, never billed as 1 minute
    ("0,001", Refused("0.06 minutes")),
    ("1.33", Refused("79.8 minutes")),  # 1.33 × 60
    ("-3", Refused("negative")),
    ("-0:30", Refused("negative")),
    ("\u22121,5", Refused("negative")),  # the typographic minus
    ("ten", Refused("is not a duration")),
    ("7:75", Refused("up to 59")),
    ("1h75", Refused("up to 59")),
    ("1:2:3", Refused("is not a duration")),
    ("1:30:00", Refused("is not a duration")),
    ("90.5m", Refused("is not a duration")),
    ("1e3", Refused("is not a duration")),
    ("+1", Refused("is not a duration")),
    ("\u00b2", Refused("is not a duration")),  # "²" is no digit here
    ("10001", Refused("at most 10000 hours")),
    ("10000:01", Refused("at most 10000 hours")),
    ("600001m", Refused("at most 10000 hours")),
    ("9" * 40, Refused("at most 10000 hours")),
]


@pytest.mark.parametrize(("text", "expected"), DURATIONS)
def test_the_parser_answers_the_table(text, expected):
    if isinstance(expected, Refused):
        with pytest.raises(DurationError) as refused:
            parse_duration(text, field="hours")
        assert expected in str(refused.value)
        assert refused.value.field == "hours"
        assert isinstance(refused.value, UserError) and isinstance(refused.value, ValueError)
    else:
        assert parse_duration(text) == expected


def test_zero_is_a_duration_and_the_caller_decides():
    # A travel time may be 0; a time entry or a top-up refuses it itself.
    assert parse_duration("0") == parse_duration("0:00") == parse_duration("0m") == 0


@pytest.mark.parametrize(
    ("minutes", "text"),
    [(0, "0:00"), (5, "0:05"), (90, "1:30"), (600, "10:00"), (-45, "-0:45"), (6001, "100:01")],
)
def test_format_minutes(minutes, text):
    assert format_minutes(minutes) == text


def test_format_minutes_of_nothing_and_the_documents_minus():
    assert format_minutes(None) == ""
    assert format_minutes(-90, minus="\u2212") == "\u22121:30"


@pytest.mark.parametrize("minutes", [0, 1, 59, 60, 61, 450, 629, 630, 6000, 600_000])
def test_what_is_written_reads_back(minutes):
    assert parse_duration(format_minutes(minutes)) == minutes
