"""One technician's week: entries per day with raw and billed time side by
side, the rule that rounded each, totals per day, and overlaps flagged.

Billed time of an entry already on an invoice is what was stored when it was
billed; for unbilled work it is a preview computed now with the rounding rule
that would apply (contract, then client, then shop)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Client, Contract, Ticket, TimeEntry, WorkType
from desktop.services.billing.rounding import bill_entry
from desktop.services.billing.rules import rounding_rule, the_shop


def week_start(day: dt.date) -> dt.date:
    """The Monday of the week `day` is in."""
    return day - dt.timedelta(days=day.weekday())


@dataclass(frozen=True)
class WeekEntry:
    id: int
    started_at: dt.datetime
    ended_at: dt.datetime
    client: str
    work_type: str
    ticket: str
    description: str
    raw_minutes: int
    billed_minutes: int
    rule: str
    billed_is_preview: bool  # computed now, not yet on an invoice
    billable: bool
    overlaps: bool


@dataclass(frozen=True)
class WeekGrid:
    technician_id: int
    monday: dt.date
    days: tuple[tuple[WeekEntry, ...], ...]  # seven, Monday first

    def day(self, index: int) -> dt.date:
        return self.monday + dt.timedelta(days=index)

    def raw_total(self, index: int) -> int:
        return sum(e.raw_minutes for e in self.days[index])

    def billed_total(self, index: int) -> int:
        return sum(e.billed_minutes for e in self.days[index])

    @property
    def week_raw(self) -> int:
        return sum(self.raw_total(i) for i in range(7))

    @property
    def week_billed(self) -> int:
        return sum(self.billed_total(i) for i in range(7))

    @property
    def overlap_count(self) -> int:
        return sum(e.overlaps for day in self.days for e in day)

    @property
    def most_per_day(self) -> int:
        return max((len(d) for d in self.days), default=0)


def overlapping_ids(spans: list[tuple[int, dt.datetime, dt.datetime]]) -> set[int]:
    """Ids of the spans (id, start, end) that overlap another one. Touching
    ends (10:00–11:00 and 11:00–12:00) do not overlap."""
    result: set[int] = set()
    ordered = sorted(spans, key=lambda s: (s[1], s[2]))
    latest_end: dt.datetime | None = None
    latest_id: int | None = None
    for entry_id, start, end in ordered:
        if latest_end is not None and start < latest_end:
            result.add(entry_id)
            assert latest_id is not None
            result.add(latest_id)
        if latest_end is None or end > latest_end:
            latest_end, latest_id = end, entry_id
    return result


def week_grid(session: Session, technician_id: int, monday: dt.date) -> WeekGrid:
    """The technician's entries that start in the week beginning `monday`."""
    monday = week_start(monday)
    start = dt.datetime.combine(monday, dt.time())
    end = start + dt.timedelta(days=7)
    entries = list(
        session.scalars(
            select(TimeEntry)
            .where(
                TimeEntry.technician_id == technician_id,
                # Entries that start the evening before and run into Monday
                # still count for overlaps.
                TimeEntry.started_at < end,
                TimeEntry.ended_at > start - dt.timedelta(days=1),
            )
            .order_by(TimeEntry.started_at)
        )
    )
    overlaps = overlapping_ids([(e.id, e.started_at, e.ended_at) for e in entries])
    shop = the_shop(session)
    clients = {e.client_id: session.get(Client, e.client_id) for e in entries}
    contracts: dict[int | None, Contract | None] = {
        e.contract_id: session.get(Contract, e.contract_id) for e in entries if e.contract_id
    }
    work_types = dict(session.execute(select(WorkType.id, WorkType.name)).all())
    ticket_ids = {e.ticket_id for e in entries if e.ticket_id}
    tickets = (
        dict(
            session.execute(select(Ticket.id, Ticket.number).where(Ticket.id.in_(ticket_ids))).all()
        )
        if ticket_ids
        else {}
    )
    days: list[list[WeekEntry]] = [[] for _ in range(7)]
    for e in entries:
        if e.started_at < start:
            continue
        client = clients[e.client_id]
        assert client is not None
        if e.invoice_line_id is not None and e.billed_minutes is not None:
            billed, rule, preview = e.billed_minutes, e.rounding_rule or "", False
        elif not e.billable:
            billed, rule, preview = 0, "", True
        else:
            rounding, _scope = rounding_rule(shop, client, contracts.get(e.contract_id))
            billed, rule, preview = bill_entry(e.raw_minutes, rounding), rounding.describe(), True
        days[(e.started_at.date() - monday).days].append(
            WeekEntry(
                id=e.id,
                started_at=e.started_at,
                ended_at=e.ended_at,
                client=client.name,
                work_type=work_types.get(e.work_type_id, ""),
                ticket=tickets.get(e.ticket_id, "") if e.ticket_id else "",
                description=e.description,
                raw_minutes=e.raw_minutes,
                billed_minutes=billed,
                rule=rule,
                billed_is_preview=preview,
                billable=e.billable,
                overlaps=e.id in overlaps,
            )
        )
    return WeekGrid(technician_id, monday, tuple(tuple(d) for d in days))
