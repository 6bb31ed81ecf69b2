"""The running timer: one per technician, stored in the database so it
survives a restart of the app (and shows on another machine sharing the
database). Stopping it turns it into a time entry; until that entry is saved
the timer keeps running, so cancelling the entry loses nothing.

Also the small pick lists the time and visit screens offer (technicians,
clients, work types, open tickets of a client)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.session import unit_of_work
from desktop.models import Client, RunningTimer, Technician, Ticket, TimeEntry, WorkType
from desktop.services.common.record_rules import check_text
from desktop.services.records.clients import NotFound, ValidationError
from desktop.services.records.work_log import TimeInput, log_time

OPEN_TICKET_STATUSES = ("new", "open", "waiting_customer", "waiting_vendor")


def now() -> dt.datetime:
    """Wall-clock time as stored: local, naive, whole seconds."""
    return dt.datetime.now().replace(microsecond=0)


@dataclass(frozen=True)
class Choice:
    """One entry of a pick list: the id and the text a person reads."""

    id: int
    text: str


@dataclass(frozen=True)
class TimerState:
    """A running timer as the window shows it."""

    technician_id: int
    technician: str
    started_at: dt.datetime
    client_id: int | None
    client: str
    ticket_id: int | None
    ticket: str
    work_type_id: int | None
    description: str

    def elapsed_minutes(self, at: dt.datetime) -> int:
        return max(int((at - self.started_at).total_seconds() // 60), 0)


def _state(session: Session, timer: RunningTimer) -> TimerState:
    technician = session.get(Technician, timer.technician_id)
    client = session.get(Client, timer.client_id) if timer.client_id else None
    ticket = session.get(Ticket, timer.ticket_id) if timer.ticket_id else None
    return TimerState(
        technician_id=timer.technician_id,
        technician=technician.name if technician else "",
        started_at=timer.started_at,
        client_id=timer.client_id,
        client=client.name if client else "",
        ticket_id=timer.ticket_id,
        ticket=f"{ticket.number} {ticket.title}" if ticket else "",
        work_type_id=timer.work_type_id,
        description=timer.description,
    )


def running_timer(session: Session, technician_id: int) -> TimerState | None:
    timer = session.scalar(select(RunningTimer).where(RunningTimer.technician_id == technician_id))
    return _state(session, timer) if timer is not None else None


def running_timers(session: Session) -> list[TimerState]:
    """Every running timer, oldest first."""
    timers = session.scalars(select(RunningTimer).order_by(RunningTimer.started_at))
    return [_state(session, t) for t in timers]


def start_timer(
    session: Session,
    technician_id: int,
    *,
    client_id: int | None = None,
    ticket_id: int | None = None,
    work_type_id: int | None = None,
    description: str = "",
    started_at: dt.datetime | None = None,
) -> TimerState:
    """Start the technician's timer; a technician has at most one running."""
    errors: dict[str, str] = {}
    if session.get(Technician, technician_id) is None:
        errors["technician"] = "There is no such technician."
    elif running_timer(session, technician_id) is not None:
        errors["technician"] = "This technician's timer is already running; stop it first."
    if ticket_id is not None:
        ticket = session.get(Ticket, ticket_id)
        if ticket is None:
            errors["ticket"] = "There is no such ticket."
        elif client_id is None:
            client_id = ticket.client_id
        elif ticket.client_id != client_id:
            errors["ticket"] = "That ticket belongs to another client."
    check_text(errors, "description", description, multiline=True)
    if errors:
        raise ValidationError(errors)
    timer = RunningTimer(
        technician_id=technician_id,
        client_id=client_id,
        ticket_id=ticket_id,
        work_type_id=work_type_id,
        description=description,
        started_at=(started_at or now()).replace(microsecond=0),
    )
    session.add(timer)
    session.flush()
    return _state(session, timer)


def start_timer_for_ticket(
    sessions: sessionmaker[Session],
    ticket_id: int,
    technician_id: int,
    *,
    started_at: dt.datetime | None = None,
) -> TimerState:
    """The hook for the ticket window: start timing work on this ticket, in
    its own unit of work. Raises ValidationError (field 'technician' or
    'ticket') when it cannot."""
    with unit_of_work(sessions) as session:
        ticket = session.get(Ticket, ticket_id)
        if ticket is None:
            raise NotFound(f"There is no ticket {ticket_id}.")
        return start_timer(
            session,
            technician_id,
            client_id=ticket.client_id,
            ticket_id=ticket_id,
            description=ticket.title,
            started_at=started_at,
        )


def discard_timer(session: Session, technician_id: int) -> None:
    """Throw the running timer away without logging anything."""
    timer = session.scalar(select(RunningTimer).where(RunningTimer.technician_id == technician_id))
    if timer is not None:
        session.delete(timer)
        session.flush()


def finish_timer(session: Session, technician_id: int, data: TimeInput) -> TimeEntry:
    """Log the entry the stopped timer became and end the timer, together."""
    if running_timer(session, technician_id) is None:
        raise NotFound("This timer was already stopped (perhaps on another computer).")
    entry = log_time(session, data)
    discard_timer(session, technician_id)
    return entry


# -- pick lists ---------------------------------------------------------


def technician_choices(session: Session) -> list[Choice]:
    rows = session.execute(
        select(Technician.id, Technician.name)
        .where(Technician.active == True)  # noqa: E712
        .order_by(Technician.name)
    )
    return [Choice(i, n) for i, n in rows]


def client_choices(session: Session) -> list[Choice]:
    rows = session.execute(
        select(Client.id, Client.name)
        .where(Client.archived == False)  # noqa: E712
        .order_by(Client.name)
    )
    return [Choice(i, n) for i, n in rows]


def work_type_choices(session: Session, *, on_site_first: bool = False) -> list[Choice]:
    rows = session.execute(
        select(WorkType.id, WorkType.name, WorkType.on_site)
        .where(WorkType.active == True)  # noqa: E712
        .order_by(WorkType.name)
    ).all()
    if on_site_first:
        rows = sorted(rows, key=lambda r: not r.on_site)
    return [Choice(r.id, r.name) for r in rows]


def ticket_choices(session: Session, client_id: int) -> list[Choice]:
    """The client's tickets still being worked on, newest first."""
    rows = session.execute(
        select(Ticket.id, Ticket.number, Ticket.title)
        .where(Ticket.client_id == client_id, Ticket.status.in_(OPEN_TICKET_STATUSES))
        .order_by(Ticket.opened_at.desc())
        .limit(200)
    )
    return [Choice(i, f"{number} · {title}") for i, number, title in rows]
