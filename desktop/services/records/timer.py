"""The running timer: one per technician, stored in the database so it
survives a restart of the app (and shows on another machine sharing the
database). Stopping it turns it into a time entry; until that entry is saved
the timer keeps running, so cancelling the entry loses nothing.

Also the small pick lists the time and visit screens offer (technicians,
clients, work types, open tickets of a client)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.session import unit_of_work
from desktop.models import (
    Client,
    ContractWorkType,
    RunningTimer,
    Technician,
    Ticket,
    TicketEvent,
    TimeEntry,
    WorkType,
)
from desktop.services.common.durations import format_minutes
from desktop.services.common.record_rules import check_text
from desktop.services.common.settings_store import get_setting
from desktop.services.records.clients import NotFound, ValidationError
from desktop.services.records.work_log import TimeInput, log_time

OPEN_TICKET_STATUSES = ("new", "open", "waiting_customer", "waiting_vendor")
DEFAULT_WORK_TYPE_KEY = "default_work_type"  # settings table: a work type id


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


def entry_defaults(session: Session, ticket_id: int | None) -> tuple[int | None, int | None]:
    """What a new entry for `ticket_id` (None: no ticket) starts with: the
    ticket's client (None without one) and the default work type of the
    ticket's contract, else of the shop (`default_work_type`)."""
    ticket = session.get(Ticket, ticket_id) if ticket_id is not None else None
    if ticket is None:
        return None, default_work_type(session)
    return ticket.client_id, default_work_type(session, ticket.contract_id)


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
    entry = log_work(session, data)
    discard_timer(session, technician_id)
    return entry


def log_work(session: Session, data: TimeInput) -> TimeEntry:
    """Log a time entry, the one way every time form saves. Work on a
    ticket is billed by the ticket's contract (unless one is named), takes
    the ticket's title when it has no description, and is noted on the
    ticket's timeline."""
    ticket = session.get(Ticket, data.ticket_id) if data.ticket_id is not None else None
    if ticket is not None and ticket.client_id == data.client_id:
        if data.contract_id is None and ticket.contract_id is not None:
            data = replace(data, contract_id=ticket.contract_id)
        if not data.description:
            data = replace(data, description=ticket.title)
    entry = log_time(session, data)
    if ticket is not None:
        work = session.get(WorkType, data.work_type_id)
        hours = format_minutes(entry.raw_minutes)
        session.add(
            TicketEvent(
                ticket_id=ticket.id,
                at=data.ended_at,
                technician_id=data.technician_id,
                kind="internal_note",
                body=f"Logged {hours} h {work.name if work else ''}: {entry.description}".strip(),
            )
        )
        session.flush()
    return entry


def default_work_type(session: Session, contract_id: int | None = None) -> int | None:
    """The work type a new entry starts with: the one the contract draws or
    covers, else the shop's default (settings key `default_work_type`),
    else the first active billable remote work type the shop set up."""
    active = WorkType.active == True  # noqa: E712
    if contract_id is not None:
        wanted = session.scalar(
            select(ContractWorkType.work_type_id)
            .join(WorkType, WorkType.id == ContractWorkType.work_type_id)
            .where(ContractWorkType.contract_id == contract_id, active)
            .order_by(ContractWorkType.role, WorkType.id)  # 'consumes' before 'covered'
            .limit(1)
        )
        if wanted is not None:
            return wanted
    stored = get_setting(session, DEFAULT_WORK_TYPE_KEY)
    if isinstance(stored, int) and not isinstance(stored, bool):
        work = session.get(WorkType, stored)
        if work is not None and work.active:
            return work.id
    return session.scalar(
        select(WorkType.id)
        .where(active)
        .order_by(WorkType.on_site, WorkType.billable.desc(), WorkType.id)
        .limit(1)
    )


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
