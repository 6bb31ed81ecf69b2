"""What the schedules look like from outside: the list of schedules with
their next date, the occurrences of the coming days, how many are due, and
the choices the window's form offers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import (
    Client,
    Contract,
    MaintenanceSchedule,
    ScheduleOccurrence,
    Technician,
    Ticket,
    WorkType,
)
from desktop.services.helpdesk.schedules import (
    ScheduleInput,
    first_day,
    missing_occurrences,
    occurrences,
    ticket_text,
)

UPCOMING_DAYS = 90


@dataclass(frozen=True)
class ScheduleRow:
    id: int
    client: str
    title: str
    rule: str
    starts_on: dt.date
    ends_on: dt.date | None
    paused: bool
    next_on: dt.date | None


def list_schedules(session: Session, today: dt.date) -> list[ScheduleRow]:
    rows = session.execute(
        select(MaintenanceSchedule, Client.name)
        .join(Client, Client.id == MaintenanceSchedule.client_id)
        .order_by(Client.name, MaintenanceSchedule.title, MaintenanceSchedule.id)
    ).all()
    result = []
    for schedule, client in rows:
        coming = (
            []
            if schedule.paused
            else occurrences(
                schedule.rule,
                schedule.starts_on,
                max(today, first_day(schedule)),
                today + dt.timedelta(days=366 * 5),
                schedule.ends_on,
            )[:1]
        )
        result.append(
            ScheduleRow(
                schedule.id,
                client,
                schedule.title,
                schedule.rule,
                schedule.starts_on,
                schedule.ends_on,
                schedule.paused,
                coming[0] if coming else None,
            )
        )
    return result


@dataclass(frozen=True)
class Upcoming:
    occurs_on: dt.date
    schedule_id: int
    client: str
    title: str
    description: str
    ticket_number: str | None  # set once the occurrence's ticket is open


def upcoming(session: Session, today: dt.date, days: int = UPCOMING_DAYS) -> list[Upcoming]:
    """Every occurrence of the running schedules from today for `days` days,
    by date; today's shows its ticket once it is made."""
    last = today + dt.timedelta(days=days)
    made = dict(
        ((schedule_id, day), number)
        for schedule_id, day, number in session.execute(
            select(ScheduleOccurrence.schedule_id, ScheduleOccurrence.occurs_on, Ticket.number)
            .join(Ticket, Ticket.id == ScheduleOccurrence.ticket_id)
            .where(ScheduleOccurrence.occurs_on >= today)
        )
    )
    result = []
    rows = session.execute(
        select(MaintenanceSchedule, Client.name)
        .join(Client, Client.id == MaintenanceSchedule.client_id)
        .where(MaintenanceSchedule.paused == False)  # noqa: E712
    ).all()
    for schedule, client in rows:
        first = max(today, first_day(schedule))
        for day in occurrences(schedule.rule, schedule.starts_on, first, last, schedule.ends_on):
            result.append(
                Upcoming(
                    day,
                    schedule.id,
                    client,
                    schedule.title,
                    ticket_text(session, schedule, day),
                    made.get((schedule.id, day)),
                )
            )
    result.sort(key=lambda item: (item.occurs_on, item.client, item.title, item.schedule_id))
    return result


def schedule_input(schedule: MaintenanceSchedule) -> ScheduleInput:
    """The stored schedule as the input an edit starts from."""
    return ScheduleInput(
        client_id=schedule.client_id,
        rule=schedule.rule,
        title=schedule.title,
        starts_on=schedule.starts_on,
        ends_on=schedule.ends_on,
        contract_id=schedule.contract_id,
        description=schedule.description,
        checklist=schedule.checklist,
        tier=schedule.tier,
        priority=schedule.priority,
        assigned_technician_id=schedule.assigned_technician_id,
        work_type_id=schedule.work_type_id,
        estimated_minutes=schedule.estimated_minutes,
    )


def due_count(session: Session, today: dt.date) -> int:
    """How many occurrences are due by `today` with no ticket yet (a cheap
    read, so the window only opens a write when there is work)."""
    return sum(len(days) for _schedule, days in missing_occurrences(session, today))


@dataclass(frozen=True)
class Choices:
    """(id, name) pairs for the form's pickers; contracts by client id."""

    clients: list[tuple[int, str]]
    contracts: dict[int, list[tuple[int, str]]]
    technicians: list[tuple[int, str]]
    work_types: list[tuple[int, str]]


def choices(session: Session) -> Choices:
    contracts: dict[int, list[tuple[int, str]]] = {}
    for contract_id, client_id, name in session.execute(
        select(Contract.id, Contract.client_id, Contract.name)
        .where(Contract.status.in_(("draft", "active")))
        .order_by(Contract.name)
    ):
        contracts.setdefault(client_id, []).append((contract_id, name))
    return Choices(
        clients=[
            (i, n) for i, n in session.execute(select(Client.id, Client.name).order_by(Client.name))
        ],
        contracts=contracts,
        technicians=[
            (i, n)
            for i, n in session.execute(
                select(Technician.id, Technician.name)
                .where(Technician.active == True)  # noqa: E712
                .order_by(Technician.name)
            )
        ],
        work_types=[
            (i, n)
            for i, n in session.execute(
                select(WorkType.id, WorkType.name)
                .where(WorkType.active == True)  # noqa: E712
                .order_by(WorkType.name)
            )
        ],
    )
