"""Maintenance schedules: recurring tickets from RFC 5545 recurrence rules.

A schedule is a recurrence rule (the RRULE value, read by python-dateutil)
anchored at its start date, with the template of the ticket each occurrence
opens. `run_due` opens the tickets of every occurrence due by today that has
none yet: after weeks with the app closed it catches up, one ticket per
missed occurrence.

Exactly once: an occurrence is claimed by inserting its (schedule, date) row
with INSERT … ON CONFLICT DO NOTHING, and only the copy whose insert made
the row opens the ticket, in the same transaction. A second copy running at
the same moment waits on the row (PostgreSQL) or on the write lock (SQLite)
and then skips it.

Pausing stops the tickets; resuming (or changing the rule or start) makes
nothing for the dates before it: a pause is not caught up afterwards.

Each function takes the caller's Session and never commits."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dateutil.rrule import DAILY, MONTHLY, WEEKLY, YEARLY, rrule, rrulestr
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import (
    PRIORITIES,
    Client,
    Contract,
    MaintenanceSchedule,
    ScheduleOccurrence,
    Technician,
    WorkType,
)
from desktop.services.common.durations import format_minutes
from desktop.services.common.errors import UserError
from desktop.services.common.record_rules import NotFound, ValidationError, flush_checked
from desktop.services.helpdesk.tickets import TicketInput, create_ticket

# Shown as choices in the window and in `schedule add --help`.
PRESETS = {
    "First Monday of every month": "FREQ=MONTHLY;BYDAY=1MO",
    "Every 3 months on the 15th": "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15",
    "Yearly on 1 March": "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=1",
    "Every Monday": "FREQ=WEEKLY;BYDAY=MO",
    "Last working day of every month": "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
}
ALLOWED_FREQUENCIES = (DAILY, WEEKLY, MONTHLY, YEARLY)


class ScheduleError(UserError, ValueError):
    """A schedule change that cannot be made; nothing was changed."""


@dataclass
class ScheduleInput:
    client_id: int
    rule: str
    title: str
    starts_on: dt.date
    ends_on: dt.date | None = None
    contract_id: int | None = None
    description: str = ""
    checklist: str = ""
    tier: int = 1
    priority: str = "normal"
    assigned_technician_id: int | None = None
    work_type_id: int | None = None
    estimated_minutes: int | None = None


def normalise_rule(text: str) -> str:
    """The RRULE value as stored: upper case, no `RRULE:` prefix, no blanks."""
    rule = "".join(text.split()).upper()
    return rule.removeprefix("RRULE:")


def parse_rule(text: str, starts_on: dt.date) -> rrule:
    """The dateutil rule of an RRULE value, or a ScheduleError at `rule`."""
    rule = normalise_rule(text)
    if not rule:
        raise ScheduleError("Give the recurrence rule, e.g. FREQ=MONTHLY;BYDAY=1MO.", field="rule")
    if "DTSTART" in rule or ":" in rule:
        raise ScheduleError(
            "Give only the RRULE value; the start date is its own field.", field="rule"
        )
    try:
        parsed = rrulestr(rule, dtstart=dt.datetime.combine(starts_on, dt.time()))
    except (ValueError, TypeError) as exc:
        raise ScheduleError(
            f"This is not a recurrence rule RFC 5545 knows: {exc}.", field="rule"
        ) from None
    if not isinstance(parsed, rrule) or parsed._freq not in ALLOWED_FREQUENCIES:
        raise ScheduleError(
            "A schedule repeats daily, weekly, monthly or yearly (FREQ=DAILY…YEARLY).",
            field="rule",
        )
    return parsed


def occurrences(
    rule: str, starts_on: dt.date, first: dt.date, last: dt.date, ends_on: dt.date | None = None
) -> list[dt.date]:
    """The dates of the rule from `first` to `last`, both included."""
    if ends_on is not None:
        last = min(last, ends_on)
    first = max(first, starts_on)
    if last < first:
        return []
    found = parse_rule(rule, starts_on).between(
        dt.datetime.combine(first, dt.time()), dt.datetime.combine(last, dt.time()), inc=True
    )
    return [moment.date() for moment in found]


def _check(session: Session, data: ScheduleInput) -> None:
    errors: dict[str, str] = {}
    if data.client_id is None or session.get(Client, data.client_id) is None:
        errors["client"] = "There is no such client."
    if data.contract_id is not None:
        contract = session.get(Contract, data.contract_id)
        if contract is None or contract.client_id != data.client_id:
            errors["contract"] = "That contract belongs to another client."
    if not data.title.strip():
        errors["title"] = "Give the ticket a title."
    if data.priority not in PRIORITIES:
        errors["priority"] = f"The priority is one of: {', '.join(PRIORITIES)}."
    if not 0 <= data.tier <= 3:
        errors["tier"] = "A scheduled ticket starts at tier 0–3."
    if data.ends_on is not None and data.ends_on < data.starts_on:
        errors["ends_on"] = "The schedule cannot end before it starts."
    if data.estimated_minutes is not None and data.estimated_minutes <= 0:
        errors["estimate"] = "The estimate is more than zero minutes, or empty."
    if data.assigned_technician_id is not None and (
        session.get(Technician, data.assigned_technician_id) is None
    ):
        errors["technician"] = "There is no such technician."
    if data.work_type_id is not None and session.get(WorkType, data.work_type_id) is None:
        errors["work_type"] = "There is no such work type."
    try:
        rule = parse_rule(data.rule, data.starts_on)
    except ScheduleError as exc:
        errors["rule"] = exc.message
    else:
        horizon = dt.datetime.combine(data.starts_on, dt.time()) + dt.timedelta(days=5 * 366)
        if rule.before(horizon, inc=True) is None:
            errors["rule"] = "This rule makes no date in the five years after the start."
    if errors:
        raise ValidationError(errors)


def _fill(schedule: MaintenanceSchedule, data: ScheduleInput) -> None:
    schedule.client_id = data.client_id
    schedule.contract_id = data.contract_id
    schedule.rule = normalise_rule(data.rule)
    schedule.starts_on = data.starts_on
    schedule.ends_on = data.ends_on
    schedule.title = data.title.strip()
    schedule.description = data.description.strip()
    schedule.checklist = "\n".join(
        line.strip() for line in data.checklist.splitlines() if line.strip()
    )
    schedule.tier = data.tier
    schedule.priority = data.priority
    schedule.assigned_technician_id = data.assigned_technician_id
    schedule.work_type_id = data.work_type_id
    schedule.estimated_minutes = data.estimated_minutes


def add_schedule(session: Session, data: ScheduleInput) -> MaintenanceSchedule:
    _check(session, data)
    schedule = MaintenanceSchedule(paused=False)
    _fill(schedule, data)
    session.add(schedule)
    flush_checked(session)
    return schedule


def get_schedule(session: Session, schedule_id: int) -> MaintenanceSchedule:
    schedule = session.get(MaintenanceSchedule, schedule_id)
    if schedule is None:
        raise NotFound(f"There is no schedule {schedule_id}.")
    return schedule


def update_schedule(
    session: Session, schedule_id: int, data: ScheduleInput, today: dt.date
) -> MaintenanceSchedule:
    """Save an edit. A new rule or start makes nothing before `today`: the
    dates the old rule left are not caught up under the new one."""
    schedule = get_schedule(session, schedule_id)
    _check(session, data)
    timing = (schedule.rule, schedule.starts_on)
    _fill(schedule, data)
    if (schedule.rule, schedule.starts_on) != timing:
        schedule.resume_from = max(today, schedule.resume_from or today)
    flush_checked(session)
    return schedule


def set_paused(
    session: Session, schedule_id: int, paused: bool, today: dt.date
) -> MaintenanceSchedule:
    """Pause (no tickets) or resume (tickets again from `today` on)."""
    schedule = get_schedule(session, schedule_id)
    if schedule.paused and not paused:
        schedule.resume_from = today
    schedule.paused = paused
    flush_checked(session)
    return schedule


def first_day(schedule: MaintenanceSchedule) -> dt.date:
    """The first date the schedule may still make (after a resume or edit)."""
    return max(schedule.starts_on, schedule.resume_from or schedule.starts_on)


def ticket_text(session: Session, schedule: MaintenanceSchedule, day: dt.date) -> str:
    """The description of the ticket the occurrence on `day` opens."""
    parts = [schedule.description] if schedule.description else []
    if schedule.checklist:
        parts.append(
            "Checklist:\n" + "\n".join(f"[ ] {item}" for item in schedule.checklist.splitlines())
        )
    planned = []
    if schedule.work_type_id is not None:
        planned.append(session.get_one(WorkType, schedule.work_type_id).name)
    if schedule.estimated_minutes:
        planned.append(f"about {format_minutes(schedule.estimated_minutes)} h")
    if planned:
        parts.append("Planned: " + ", ".join(planned) + ".")
    parts.append(f"Scheduled maintenance for {day.isoformat()} (schedule {schedule.id}).")
    return "\n\n".join(parts)


def _claim(session: Session, schedule_id: int, day: dt.date, at: dt.datetime) -> int | None:
    """Insert the occurrence's row unless it is there: its id, or None when
    another run made it first."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert  # type: ignore[assignment]
    statement = (
        insert(ScheduleOccurrence)
        .values(schedule_id=schedule_id, occurs_on=day, made_at=at)
        .on_conflict_do_nothing(index_elements=["schedule_id", "occurs_on"])
        .returning(ScheduleOccurrence.id)
    )
    return session.scalar(statement)


@dataclass(frozen=True)
class MadeTicket:
    schedule_id: int
    occurs_on: dt.date
    ticket_id: int
    number: str


def missing_occurrences(
    session: Session, today: dt.date
) -> list[tuple[MaintenanceSchedule, list[dt.date]]]:
    """Each running schedule (oldest first) with its dates due by `today`
    that have no occurrence row yet: what `run_due` opens and what the
    window's cheap check (`schedule_lists.due_count`) counts."""
    schedules = session.scalars(
        select(MaintenanceSchedule)
        .where(MaintenanceSchedule.paused == False)  # noqa: E712
        .where(MaintenanceSchedule.starts_on <= today)
        .order_by(MaintenanceSchedule.id)
    ).all()
    missing = []
    for schedule in schedules:
        done = set(
            session.scalars(
                select(ScheduleOccurrence.occurs_on).where(
                    ScheduleOccurrence.schedule_id == schedule.id
                )
            )
        )
        due = occurrences(
            schedule.rule, schedule.starts_on, first_day(schedule), today, schedule.ends_on
        )
        missing.append((schedule, [day for day in due if day not in done]))
    return missing


def run_due(session: Session, now: dt.datetime) -> list[MadeTicket]:
    """Open a ticket for every occurrence due by `now` that has none yet,
    oldest first; what was made (empty when nothing was due)."""
    made: list[MadeTicket] = []
    for schedule, days in missing_occurrences(session, now.date()):
        for day in days:
            claim = _claim(session, schedule.id, day, now.replace(microsecond=0))
            if claim is None:
                continue
            ticket = create_ticket(
                session,
                TicketInput(
                    client_id=schedule.client_id,
                    contract_id=schedule.contract_id,
                    title=f"{schedule.title} ({day.isoformat()})",
                    description=ticket_text(session, schedule, day),
                    priority=schedule.priority,
                    tier=schedule.tier,
                    assigned_technician_id=schedule.assigned_technician_id,
                ),
                now=now,
            )
            session.get_one(ScheduleOccurrence, claim).ticket_id = ticket.id
            made.append(MadeTicket(schedule.id, day, ticket.id, ticket.number))
    session.flush()
    return made
