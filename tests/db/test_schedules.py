"""Maintenance schedules on SQLite and PostgreSQL: the dates of the rules
(worked out by hand below), catching up after the app was closed, pausing,
exactly one ticket per occurrence when two copies run at once, and the
.ics export."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import textwrap

import pytest
from sqlalchemy import func, select

from desktop.db.session import read_only, unit_of_work
from desktop.models import ScheduleOccurrence, Ticket
from desktop.services.common.record_rules import ValidationError
from desktop.services.helpdesk import schedule_calendar, schedule_lists, schedules
from desktop.services.helpdesk.schedules import ScheduleInput
from tests import factories

START = dt.date(2026, 12, 8)  # a Tuesday
FIRST_MONDAY = "FREQ=MONTHLY;BYDAY=1MO"


@pytest.fixture
def shop(db):
    with unit_of_work(db.sessions) as s:
        factories.shop(s)
        client = factories.client(s, name="Acme AB")
        tech = factories.technician(s, name="Anna")
        work = factories.work_type(s, code="remote", name="Remote")
        ids = {"client": client.id, "tech": tech.id, "work": work.id}
    return ids


def _add(db, shop, rule=FIRST_MONDAY, **extra) -> int:
    with unit_of_work(db.sessions) as s:
        data = ScheduleInput(
            client_id=shop["client"], rule=rule, title="Patch servers", starts_on=START, **extra
        )
        return schedules.add_schedule(s, data).id


def _run(db, day: dt.date) -> list[schedules.MadeTicket]:
    with unit_of_work(db.sessions) as s:
        return schedules.run_due(s, dt.datetime.combine(day, dt.time(8, 0)))


def test_the_three_example_rules_give_the_dates_worked_out_by_hand():
    # 1 Jan 2027 is a Friday, so the first Monday is the 4th; 4 Jan + 28 days
    # = 1 Feb (a Monday, the first); February 2027 has 28 days: 1 Mar too.
    assert schedules.occurrences(FIRST_MONDAY, START, START, dt.date(2027, 3, 31)) == [
        dt.date(2027, 1, 4),
        dt.date(2027, 2, 1),
        dt.date(2027, 3, 1),
    ]
    # Every 3 months counted from the start month (December): Dec, Mar, Jun, Sep.
    rule = "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15"
    assert schedules.occurrences(rule, START, START, dt.date(2027, 12, 1)) == [
        dt.date(2026, 12, 15),
        dt.date(2027, 3, 15),
        dt.date(2027, 6, 15),
        dt.date(2027, 9, 15),
    ]
    rule = "rrule:FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=1"  # prefix and case forgiven
    assert schedules.occurrences(rule, START, START, dt.date(2028, 12, 31)) == [
        dt.date(2027, 3, 1),
        dt.date(2028, 3, 1),
    ]


def test_every_occurrence_of_a_year_opens_one_ticket_when_run_every_day(db, shop):
    schedule_id = _add(db, shop, estimated_minutes=90, work_type_id=shop["work"])
    day, made = dt.date(2027, 1, 1), []
    while day.year == 2027:
        made += _run(db, day)
        day += dt.timedelta(days=1)
    # The first Monday of each month of 2027: 1 Jan is a Friday → 4 Jan; each
    # next first is 31, 28, 31, 30… days on: Feb 1 Mon, Mar 1 Mon, Apr 1 Thu
    # → 5, May 1 Sat → 3, Jun 1 Tue → 7, Jul 1 Thu → 5, Aug 1 Sun → 2,
    # Sep 1 Wed → 6, Oct 1 Fri → 4, Nov 1 Mon → 1, Dec 1 Wed → 6.
    firsts = [(1, 4), (2, 1), (3, 1), (4, 5), (5, 3), (6, 7), (7, 5), (8, 2), (9, 6), (10, 4)]
    firsts += [(11, 1), (12, 6)]
    assert [m.occurs_on for m in made] == [dt.date(2027, m, d) for m, d in firsts]
    with read_only(db.sessions) as s:
        tickets = s.scalars(select(Ticket).order_by(Ticket.id)).all()
        assert len(tickets) == 12
        assert tickets[0].title == "Patch servers (2027-01-04)"
        assert tickets[0].opened_at == dt.datetime(2027, 1, 4, 8, 0)
        assert "Planned: Remote, about 1:30 h." in tickets[0].description
        claimed = s.scalars(
            select(ScheduleOccurrence.ticket_id).where(
                ScheduleOccurrence.schedule_id == schedule_id
            )
        ).all()
        assert sorted(claimed) == [t.id for t in tickets]


def test_after_weeks_closed_it_catches_up_once_and_says_how_many(db, shop):
    _add(db, shop, checklist="Windows updates\n\n  Check backups  ")
    # Closed from the start until 10 March: 4 Jan, 1 Feb and 1 Mar were missed.
    with read_only(db.sessions) as s:
        assert schedule_lists.due_count(s, dt.date(2027, 3, 10)) == 3
    assert len(_run(db, dt.date(2027, 3, 10))) == 3
    with read_only(db.sessions) as s:
        assert schedule_lists.due_count(s, dt.date(2027, 3, 10)) == 0
    assert _run(db, dt.date(2027, 3, 10)) == []
    assert _run(db, dt.date(2027, 4, 4)) == []
    # 1 Apr 2027 is a Thursday (1 Mar + 31 days), so the next is 5 April.
    assert [m.occurs_on for m in _run(db, dt.date(2027, 4, 5))] == [dt.date(2027, 4, 5)]
    with read_only(db.sessions) as s:
        assert s.scalar(select(func.count()).select_from(Ticket)) == 4
        text = s.scalars(select(Ticket.description)).first()
        assert "Checklist:\n[ ] Windows updates\n[ ] Check backups" in text


def test_a_paused_schedule_makes_nothing_and_the_pause_is_not_caught_up(db, shop):
    schedule_id = _add(db, shop)
    assert len(_run(db, dt.date(2027, 1, 4))) == 1
    with unit_of_work(db.sessions) as s:
        schedules.set_paused(s, schedule_id, True, dt.date(2027, 1, 10))
    assert _run(db, dt.date(2027, 3, 10)) == []  # 1 Feb and 1 Mar paused
    with unit_of_work(db.sessions) as s:
        schedules.set_paused(s, schedule_id, False, dt.date(2027, 3, 10))
    assert _run(db, dt.date(2027, 3, 10)) == []  # resumed: the pause stays skipped
    assert [m.occurs_on for m in _run(db, dt.date(2027, 4, 5))] == [dt.date(2027, 4, 5)]


def test_bad_rules_are_refused_at_the_rule_field(db, shop):
    for rule in ("", "FREQ=SOMETIMES", "FREQ=HOURLY", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30"):
        with pytest.raises(ValidationError) as caught, unit_of_work(db.sessions) as s:
            schedules.add_schedule(
                s, ScheduleInput(client_id=shop["client"], rule=rule, title="x", starts_on=START)
            )
        assert "rule" in caught.value.errors, rule


WORKER = textwrap.dedent(
    """
    import datetime as dt, sys, time
    from pathlib import Path
    from desktop.app import open_database
    from desktop.db.session import unit_of_work
    from desktop.services.helpdesk.schedules import run_due

    url, go = sys.argv[1:]
    db = open_database(url)
    while not Path(go).exists():  # start together
        time.sleep(0.005)
    made = 0
    for _ in range(3):
        with unit_of_work(db.sessions) as s:
            made += len(run_due(s, dt.datetime(2027, 3, 31, 8, 0)))
    print(made)
    db.close()
    """
)


def test_two_copies_running_at_once_make_each_occurrence_once(db, shop, tmp_path):
    # Daily from 8 Dec 2026 to 31 Mar 2027: 24 days of December (8..31),
    # then 31 + 28 + 31 = 90 days; three schedules of it.
    for _ in range(3):
        _add(db, shop, rule="FREQ=DAILY")
    expected = 3 * (24 + 31 + 28 + 31)
    go = tmp_path / "go"
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, db.url, str(go)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    go.touch()
    made = 0
    for worker in workers:
        out, err = worker.communicate(timeout=300)
        assert worker.returncode == 0, err
        made += int(out.strip())
    assert made == expected
    with read_only(db.sessions) as s:
        assert s.scalar(select(func.count()).select_from(Ticket)) == expected
        titles = s.scalars(select(Ticket.title)).all()
        assert len(set(titles)) == expected // 3  # three schedules share a title per day


def test_the_next_90_days_and_their_ics_file(db, shop, tmp_path):
    _add(db, shop, rule="FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=1", description="Check UPS, batteries")
    other = _add(db, shop)
    with unit_of_work(db.sessions) as s:
        schedules.set_paused(s, other, True, START)
    with read_only(db.sessions) as s:
        # 90 days from 1 Feb 2027: 27 days left of February + 31 + 30 = 88
        # reaches 30 April; 1 March is inside, the paused schedule is not.
        items = schedule_lists.upcoming(s, dt.date(2027, 2, 1))
        assert [(i.occurs_on, i.title) for i in items] == [(dt.date(2027, 3, 1), "Patch servers")]
        path, count = schedule_calendar.export_ics(
            s, tmp_path / "maintenance.ics", dt.datetime(2027, 2, 1, 9, 30, tzinfo=dt.UTC)
        )
    assert count == 1
    text = path.read_bytes().decode("utf-8")
    schedule_id = items[0].schedule_id
    assert text == (
        "BEGIN:VCALENDAR\r\n"
        "VERSION:2.0\r\n"
        "PRODID:-//TechLedger//Maintenance schedules//EN\r\n"
        "CALSCALE:GREGORIAN\r\n"
        "BEGIN:VEVENT\r\n"
        f"UID:schedule-{schedule_id}-20270301@techledger\r\n"
        "DTSTAMP:20270201T093000Z\r\n"
        "DTSTART;VALUE=DATE:20270301\r\n"
        "DTEND;VALUE=DATE:20270302\r\n"
        "SUMMARY:Acme AB: Patch servers\r\n"
        # The comma is escaped; the blank line between parts is \n\n. Folded
        # at 75 octets: "DESCRIPTION:" 12 + "Check UPS\," 11 + " batteries" 10
        # + "\n\n" 4 + "Scheduled maintenance for " 26 + "2027-03-01 (" 12 = 75.
        "DESCRIPTION:Check UPS\\, batteries\\n\\nScheduled maintenance for 2027-03-01 (\r\n"
        f" schedule {schedule_id}).\r\n"
        "TRANSP:TRANSPARENT\r\n"
        "END:VEVENT\r\n"
        "END:VCALENDAR\r\n"
    )


def test_long_lines_fold_at_75_octets_without_splitting_a_character():
    line = "SUMMARY:" + "ł" * 40  # 8 + 80 octets
    folded = schedule_calendar.fold(line)
    parts = folded.split("\r\n")
    assert [len(p.encode()) for p in parts] == [8 + 66, 1 + 14]  # 33 ł fit in 67 octets
    assert "".join(p.removeprefix(" ") for p in parts) == line


def test_a_new_rule_makes_nothing_before_the_day_it_was_changed(db, shop):
    schedule_id = _add(db, shop)  # first Mondays from 8 Dec 2026
    with unit_of_work(db.sessions) as s:
        data = schedule_lists.schedule_input(schedules.get_schedule(s, schedule_id))
        data.rule = "FREQ=WEEKLY;BYDAY=WE"
        data.title = "Patch servers weekly"
        schedules.update_schedule(s, schedule_id, data, dt.date(2027, 1, 20))
    # Wednesdays since 9 Dec 2026 are not caught up: 20 Jan 2027 (a Wednesday:
    # 4 Jan is a Monday, + 16 days) is the first, then 27 Jan.
    made = _run(db, dt.date(2027, 1, 27))
    assert [m.occurs_on for m in made] == [dt.date(2027, 1, 20), dt.date(2027, 1, 27)]
