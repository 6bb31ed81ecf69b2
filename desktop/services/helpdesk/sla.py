"""Service-level targets counted in business time.

A contract promises a first response and a resolution within so many
*business* minutes: the clock runs only inside the contract's business hours
(Monday–Friday 08:00–17:00 when it says nothing) and stops on public
holidays. While a ticket waits for the customer the clock is paused; the
business minutes of every finished pause push both due times back. Due times
and the "at risk" moments (the last 25 % of the time) are stored on the
ticket so the queue can filter and sort by them in SQL."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session

from desktop.models import Client, Contract, SlaTarget, Ticket, TicketEvent
from desktop.services.billing.rules import shop_holidays, the_shop
from desktop.services.common.business_hours import DEFAULT_BUSINESS_HOURS, _parse_clock
from desktop.services.common.errors import UserError
from desktop.services.common.settings_store import shop_business_hours

MINUTE = dt.timedelta(minutes=1)
# The share of the time that may be left before a ticket counts as at risk.
AT_RISK_SHARE = 0.25
# No calendar has a gap longer than this between two open minutes; longer
# means no business hours at all (and an endless search).
_MAX_DAYS = 3660

Hours = Mapping[str, Sequence[Sequence[str]]]


class SlaError(UserError, ValueError):
    """A calendar without business hours, or a target that makes no sense."""


@dataclass(frozen=True)
class BusinessCalendar:
    """When the clock runs: weekly business hours minus holidays."""

    hours: Hours
    holidays: frozenset[dt.date] = frozenset()

    def __post_init__(self) -> None:
        if not any(self.hours.get(str(day)) for day in range(1, 8)):
            raise SlaError("The business hours have no open time at all.")

    def open_spans(self, day: dt.date) -> list[tuple[dt.datetime, dt.datetime]]:
        """The day's open intervals, in order (none on a holiday)."""
        if day in self.holidays:
            return []
        spans = []
        for start, end in self.hours.get(str(day.isoweekday()), []):
            close = _parse_clock(end)
            close_at = (
                dt.datetime.combine(day + dt.timedelta(days=1), dt.time.min)
                if close == dt.time.max
                else dt.datetime.combine(day, close)
            )
            spans.append((dt.datetime.combine(day, _parse_clock(start)), close_at))
        return spans


DEFAULT_CALENDAR = BusinessCalendar(DEFAULT_BUSINESS_HOURS)


def add_business_minutes(
    calendar: BusinessCalendar, start: dt.datetime, minutes: int
) -> dt.datetime:
    """The moment `minutes` business minutes after `start`.

    Zero minutes is `start` itself, even outside business hours: nothing is
    owed yet. Otherwise the answer always lies inside an open span."""
    if minutes < 0:
        raise SlaError("Business minutes to add cannot be negative.")
    if minutes == 0:
        return start
    left = minutes
    day = start.date()
    for _ in range(_MAX_DAYS):
        for open_at, close_at in calendar.open_spans(day):
            begin = max(open_at, start)
            if begin >= close_at:
                continue
            available = int((close_at - begin) / MINUTE)
            if left <= available:
                return begin + left * MINUTE
            left -= available
        day += dt.timedelta(days=1)
    raise SlaError("No business hours within ten years: check the calendar and holidays.")


def business_minutes_between(
    calendar: BusinessCalendar, start: dt.datetime, end: dt.datetime
) -> int:
    """Business minutes in [start, end); zero when `end` is not after `start`."""
    if end <= start:
        return 0
    total = dt.timedelta()
    day = start.date()
    while dt.datetime.combine(day, dt.time.min) < end:
        for open_at, close_at in calendar.open_spans(day):
            lo, hi = max(open_at, start), min(close_at, end)
            if lo < hi:
                total += hi - lo
        day += dt.timedelta(days=1)
    return int(total / MINUTE)


def remaining_minutes(calendar: BusinessCalendar, now: dt.datetime, due: dt.datetime) -> int:
    """Business minutes until `due`; negative once it has passed."""
    if now <= due:
        return business_minutes_between(calendar, now, due)
    return -business_minutes_between(calendar, due, now)


# -- targets and calendars from the database -------------------------------


@dataclass(frozen=True)
class Targets:
    first_response_minutes: int
    resolution_minutes: int


def targets_for(session: Session, contract_id: int | None, priority: str) -> Targets | None:
    """The contract's targets for this priority, else the shop default
    (contract NULL); None when neither exists."""
    owners = [SlaTarget.contract_id == contract_id] if contract_id is not None else []
    owners.append(SlaTarget.contract_id.is_(None))
    for owner in owners:
        row = session.scalar(
            select(SlaTarget).where(owner, SlaTarget.priority == priority).limit(1)
        )
        if row is not None:
            return Targets(row.first_response_minutes, row.resolution_minutes)
    return None


def calendar_for(session: Session, contract_id: int | None, around: dt.date) -> BusinessCalendar:
    """The contract's business hours (or the shop's week from Settings) with
    the shop's holidays for the years a ticket opened on `around` can still run."""
    contract = session.get(Contract, contract_id) if contract_id else None
    hours = contract.business_hours if contract and contract.business_hours else None
    shop = the_shop(session)
    holidays = shop_holidays(session, shop, range(around.year - 1, around.year + 3))
    return BusinessCalendar(hours or shop_business_hours(session), holidays)


def paused_minutes(
    calendar: BusinessCalendar,
    pauses: Sequence[tuple[dt.datetime, dt.datetime]],
) -> int:
    """Business minutes of finished pauses (waiting for the customer)."""
    return sum(business_minutes_between(calendar, start, end) for start, end in pauses)


def _warn_at(
    calendar: BusinessCalendar, opened: dt.datetime, target: int, paused: int
) -> dt.datetime:
    used_before_warning = target - max(1, round(target * AT_RISK_SHARE))
    return add_business_minutes(calendar, opened, max(used_before_warning, 0) + paused)


def apply_due_times(session: Session, ticket: Ticket) -> None:
    """Recompute and store the ticket's due times from its targets, calendar
    and finished pauses. Called after every change that moves them: opening,
    priority or contract change, and the end of a pause."""
    targets = targets_for(session, ticket.contract_id, ticket.priority)
    if targets is None:
        ticket.first_response_due_at = ticket.resolution_due_at = None
        ticket.first_response_warn_at = ticket.resolution_warn_at = None
        return
    calendar = calendar_for(session, ticket.contract_id, ticket.opened_at.date())
    paused = ticket.sla_paused_minutes or 0
    opened = ticket.opened_at
    ticket.first_response_due_at = add_business_minutes(
        calendar, opened, targets.first_response_minutes + paused
    )
    ticket.resolution_due_at = add_business_minutes(
        calendar, opened, targets.resolution_minutes + paused
    )
    ticket.first_response_warn_at = _warn_at(
        calendar, opened, targets.first_response_minutes, paused
    )
    ticket.resolution_warn_at = _warn_at(calendar, opened, targets.resolution_minutes, paused)


def end_pause(session: Session, ticket: Ticket, now: dt.datetime) -> int:
    """Close the running pause: add its business minutes and move the due
    times. Returns the minutes added (0 when the ticket was not paused)."""
    if ticket.sla_paused_since is None:
        return 0
    calendar = calendar_for(session, ticket.contract_id, ticket.opened_at.date())
    added = business_minutes_between(calendar, ticket.sla_paused_since, now)
    ticket.sla_paused_minutes = (ticket.sla_paused_minutes or 0) + added
    ticket.sla_paused_since = None
    apply_due_times(session, ticket)
    return added


# -- state for people -------------------------------------------------------

ON_TRACK, AT_RISK, OVERDUE, PAUSED = "on_track", "at_risk", "overdue", "paused"
MET, BREACHED, NO_TARGET = "met", "breached", "no_target"
# Waiting on a vendor: their promised date counts, not our clock.
VENDOR, VENDOR_LATE = "vendor", "vendor_late"


@dataclass(frozen=True)
class SlaState:
    """Where a ticket stands against its next pending target."""

    state: str
    target: str | None  # "response" or "resolution"
    due_at: dt.datetime | None
    remaining_minutes: int | None  # business minutes; negative when overdue


def sla_state(session: Session, ticket: Ticket, now: dt.datetime) -> SlaState:
    """The countdown the ticket page shows."""
    if ticket.resolution_due_at is None:
        return SlaState(NO_TARGET, None, None, None)
    if ticket.resolved_at is not None:
        met = ticket.resolved_at <= ticket.resolution_due_at
        return SlaState(MET if met else BREACHED, "resolution", ticket.resolution_due_at, None)
    if ticket.first_response_at is None and ticket.first_response_due_at is not None:
        target, due, warn = "response", ticket.first_response_due_at, ticket.first_response_warn_at
    else:
        target, due, warn = "resolution", ticket.resolution_due_at, ticket.resolution_warn_at
    if ticket.status == "waiting_vendor":
        promised = ticket.vendor_promised_on
        late = promised is not None and promised < now.date()
        due_at = dt.datetime.combine(promised, dt.time.min) if promised else None
        return SlaState(VENDOR_LATE if late else VENDOR, "vendor", due_at, None)
    calendar = calendar_for(session, ticket.contract_id, ticket.opened_at.date())
    if ticket.sla_paused_since is not None:
        # The pause so far will be added when it ends: show the time left as
        # it stood when the pause began.
        left = remaining_minutes(calendar, ticket.sla_paused_since, due)
        return SlaState(PAUSED, target, due, left)
    left = remaining_minutes(calendar, now, due)
    if now >= due:
        return SlaState(OVERDUE, target, due, left)
    if warn is not None and now >= warn:
        return SlaState(AT_RISK, target, due, left)
    return SlaState(ON_TRACK, target, due, left)


# -- the report -------------------------------------------------------------


@dataclass(frozen=True)
class SlaReportRow:
    client_id: int
    client: str
    tickets: int
    response_met: int
    response_breached: int
    resolution_met: int
    resolution_breached: int
    open_in_time: int


def sla_report(
    session: Session,
    start: dt.date,
    end: dt.date,
    now: dt.datetime,
    client_id: int | None = None,
) -> list[SlaReportRow]:
    """Met and breached counts per client for tickets opened in [start, end].

    A target is breached when it was missed, or when it is still pending and
    already past due at `now`; a pending target still in time counts as
    neither (it is in `open_in_time`)."""
    t = Ticket
    response_done = t.first_response_at.is_not(None)
    resolution_done = t.resolved_at.is_not(None)

    def count(condition: ColumnElement[bool]) -> ColumnElement[int]:
        return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

    query = (
        select(
            Client.id,
            Client.name,
            func.count(t.id),
            count(response_done & (t.first_response_at <= t.first_response_due_at)),
            count(
                (response_done & (t.first_response_at > t.first_response_due_at))
                | (~response_done & (t.first_response_due_at < now))
            ),
            count(resolution_done & (t.resolved_at <= t.resolution_due_at)),
            count(
                (resolution_done & (t.resolved_at > t.resolution_due_at))
                | (~resolution_done & (t.resolution_due_at < now))
            ),
            count(~resolution_done & (t.resolution_due_at >= now)),
        )
        .join(Client, Client.id == t.client_id)
        .where(
            t.opened_at >= dt.datetime.combine(start, dt.time.min),
            t.opened_at < dt.datetime.combine(end + dt.timedelta(days=1), dt.time.min),
            t.resolution_due_at.is_not(None),
        )
        .group_by(Client.id, Client.name)
        .order_by(Client.name, Client.id)
    )
    if client_id is not None:
        query = query.where(t.client_id == client_id)
    return [
        SlaReportRow(client, name, *(int(v) for v in counts))
        for client, name, *counts in session.execute(query)
    ]


def recompute_open_tickets(session: Session, contract_id: int | None = None) -> int:
    """Recompute the due times of every ticket still open (of one contract,
    or all): after SLA targets, business hours or holidays change. Returns
    how many tickets were updated."""
    query = select(Ticket).where(Ticket.resolved_at.is_(None))
    if contract_id is not None:
        query = query.where(Ticket.contract_id == contract_id)
    count = 0
    for ticket in session.scalars(query):
        if ticket.status == "waiting_customer" and ticket.sla_paused_since is None:
            # Tickets from an import or an older version: the pause began
            # with the last change to "waiting for the customer".
            ticket.sla_paused_since = session.scalar(
                select(func.max(TicketEvent.at)).where(
                    TicketEvent.ticket_id == ticket.id,
                    TicketEvent.to_status == "waiting_customer",
                )
            ) or dt.datetime.now().replace(microsecond=0)
        apply_due_times(session, ticket)
        count += 1
    session.flush()
    return count
