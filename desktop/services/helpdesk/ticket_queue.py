"""The ticket queue: the ticket list with its saved filters (mine,
unassigned, at risk or overdue, waiting on customer or vendor, by tier) and
an SLA column, as a ListSpec the paged table model can show.

"At risk" and "overdue" compare the stored due and warning times with the
current time in SQL, so the filter and the sort need no Python pass."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, literal, or_, true

from desktop.models import Ticket
from desktop.services.queries.join_order import rare
from desktop.services.queries.listing import TICKETS, ListColumn, ListSpec, tickets_walk

OPEN_STATUSES = ("new", "open", "waiting_customer", "waiting_vendor")
# Saved filters in the order the queue offers them.
FILTERS = (
    "open",
    "mine",
    "unassigned",
    "attention",
    "waiting_customer",
    "waiting_vendor",
    "tier",
    "resolved",
    "all",
)
FILTER_TITLES = {
    "open": "All open",
    "mine": "Mine",
    "unassigned": "Unassigned",
    "attention": "At risk or overdue",
    "waiting_customer": "Waiting on customer",
    "waiting_vendor": "Waiting on vendor",
    "tier": "By tier",
    "resolved": "Resolved",
    "all": "All tickets",
}


def _pending(now: dt.datetime) -> tuple[ColumnElement[Any], ColumnElement[Any]]:
    """The due and warning moments of the next pending target."""
    awaiting_response = Ticket.first_response_at.is_(None)
    due = case((awaiting_response, Ticket.first_response_due_at), else_=Ticket.resolution_due_at)
    warn = case((awaiting_response, Ticket.first_response_warn_at), else_=Ticket.resolution_warn_at)
    return due, warn


def sla_code(now: dt.datetime) -> ColumnElement[str]:
    """'overdue', 'at_risk', 'paused', 'vendor', 'vendor_late', 'on_track',
    'met', 'breached' or 'none' for each ticket, in SQL."""
    due, warn = _pending(now)
    resolved = Ticket.resolved_at.is_not(None)
    return case(
        (Ticket.resolution_due_at.is_(None), literal("none")),
        (resolved & (Ticket.resolved_at <= Ticket.resolution_due_at), literal("met")),
        (resolved, literal("breached")),
        (Ticket.sla_paused_since.is_not(None), literal("paused")),
        # With the vendor their promise counts (DOMAIN.md: "under the
        # vendor's SLA"), not our own clock.
        (vendor_late(now), literal("vendor_late")),
        (Ticket.status == "waiting_vendor", literal("vendor")),
        (due <= now, literal("overdue")),
        (warn <= now, literal("at_risk")),
        else_=literal("on_track"),
    )


def vendor_late(now: dt.datetime) -> ColumnElement[bool]:
    """Waiting on a vendor whose promised date has passed."""
    return and_(Ticket.status == "waiting_vendor", Ticket.vendor_promised_on < now.date())


def needs_attention(now: dt.datetime) -> ColumnElement[bool]:
    """Overdue or at risk against our own targets, or a vendor who is late."""
    due, warn = _pending(now)
    ours = and_(
        rare(Ticket.status.in_(("new", "open"))),
        Ticket.sla_paused_since.is_(None),
        or_(due <= now, warn <= now),
    )
    vendor = and_(rare(Ticket.status == "waiting_vendor"), Ticket.vendor_promised_on < now.date())
    return or_(ours, vendor)


def filter_condition(
    key: str, now: dt.datetime, me: int | None = None, tier: int | None = None
) -> ColumnElement[bool]:
    """The WHERE of a saved filter.

    The open tickets are a few hundred however many years of closed ones
    the file holds: marked `rare`, SQLite reads them through
    ix_tickets_status_opened and sorts that handful for any column."""
    is_open = rare(Ticket.status.in_(OPEN_STATUSES))
    if key == "open":
        return is_open
    if key == "mine":
        return and_(is_open, Ticket.assigned_technician_id == me) if me else Ticket.id < 0
    if key == "unassigned":
        return and_(is_open, Ticket.assigned_technician_id.is_(None))
    if key == "attention":
        return needs_attention(now)
    if key in ("waiting_customer", "waiting_vendor"):
        return rare(Ticket.status == key)
    if key == "tier":
        return and_(is_open, Ticket.tier == (tier if tier is not None else 1))
    if key == "resolved":
        return Ticket.status.in_(("resolved", "closed"))
    if key == "all":
        return true()
    raise KeyError(key)


def queue_spec(
    key: str,
    now: dt.datetime,
    *,
    me: int | None = None,
    tier: int | None = None,
    search: ColumnElement[bool] | None = None,
) -> ListSpec:
    """The ticket list with the SLA columns, narrowed by a saved filter and a
    full-text search condition (see services.search.ticket_match)."""
    due, _warn = _pending(now)
    condition = filter_condition(key, now, me, tier)
    if search is not None:
        condition = and_(condition, search)
    base = TICKETS.base

    def narrowed(stmt: Select[Any]) -> Select[Any]:
        return base(stmt).where(condition)

    # The queue shows when each ticket is due instead of when it opened, right
    # after the title: on a narrow screen (1024 px) the columns that scroll
    # out of sight are the client's and the people's, never the SLA's.
    narrower = {"client": 15, "assignee": 12, "priority": 7}
    # A whole-history filter walks the sort column's index (its FROM, with
    # the filter added); an open one reads its few tickets first, through
    # ix_tickets_status_opened, and sorts them.
    tickets_first = tickets_walk(clients_first=False)

    def column_base(column: ListColumn) -> Any:
        walk = column.base if key in ("all", "resolved") else tickets_first
        if walk is None:
            return None
        return lambda stmt: walk(stmt).where(condition)

    columns = [
        dataclasses.replace(c, width_chars=narrower.get(c.key, c.width_chars), base=column_base(c))
        for c in TICKETS.columns
        if c.key != "opened_at"
    ]
    after_title = [c.key for c in columns].index("title") + 1
    columns[after_title:after_title] = [
        ListColumn("sla", "SLA", sla_code(now), "code", width_chars=11),
        ListColumn(
            "due",
            "Due",
            due,
            "datetime",
            width_chars=15,
            # Tickets without a target last on every database.
            order_by=(case((due.is_(None), 1), else_=0), due),
        ),
    ]
    due_column = [c.key for c in columns].index("due")
    return dataclasses.replace(
        TICKETS,
        name=f"ticket_queue:{key}",
        columns=tuple(columns),
        base=narrowed,
        search=(),
        # Most urgent first; finished tickets newest first.
        default_sort=(0, "desc") if key in ("resolved", "all") else (due_column, "asc"),
    )
