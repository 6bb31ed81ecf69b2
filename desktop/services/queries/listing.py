"""Queries behind the big lists (clients, tickets, time entries, contracts,
invoices), described as plain data so one lazily paged table model can show
any of them.

Sorting and filtering happen in SQL: a list never loads more than the page it
shows, and never counts all rows to show the first page. Every ORDER BY ends
with the row id so pages are stable when sort values repeat.

On SQLite, LIKE ignores case for ASCII letters only ("lösenord" does not match
"LÖSENORD"); PostgreSQL's ILIKE folds all letters.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy import ColumnElement, Select, case, false, func, inspect, or_, select
from sqlalchemy.orm import QueryableAttribute, Session, aliased
from sqlalchemy.sql.selectable import Join

from desktop.models import Client, Contract, Invoice, Technician, Ticket, TimeEntry, WorkType
from desktop.services.queries.join_order import OuterFirstJoin, walk_in_order
from desktop.services.queries.text_match import (
    Match as Match,  # re-exported: the lists' search result
)
from desktop.services.queries.text_match import escape_like as escape_like
from desktop.services.queries.text_match import time_entry_match

Kind = Literal["text", "code", "int", "money", "minutes", "date", "datetime", "bool", "days"]
Order = Literal["asc", "desc"]

PAGE_SIZE = 200


# A SELECT of any columns (Select[Any] would be one column of anything).
AnySelect = Select[*tuple[Any, ...]]
# A column expression or a mapped attribute (Client.name): both select,
# sort and filter alike. QueryableAttribute, not InstrumentedAttribute: a
# dataclass field of a descriptor type would read as the column's value.
Expr = ColumnElement[Any] | QueryableAttribute[Any]


@dataclass(frozen=True)
class ListColumn:
    """One column of a list: what it shows and how it sorts.

    `title` is English; the views translate it. `currency` names the extra
    value (see ListSpec.extras) holding the ISO code for money columns."""

    key: str
    title: str
    expr: Expr
    kind: Kind = "text"
    sortable: bool = True
    align: Literal["left", "right", "center"] = "left"
    width_chars: int = 14
    currency: str | None = None
    # The ORDER BY terms (before the id tie-breaker) when they are not just
    # `expr`: chosen so an index can deliver the rows already in order.
    order_by: tuple[Expr, ...] = ()
    # Show this extra instead of the sort value (e.g. the priority word while
    # sorting by urgency).
    display_extra: str | None = None
    # What an empty (NULL) value reads as, e.g. "Draft" for an unnumbered invoice.
    null_text: str = ""
    # A FROM clause to use instead of the list's own while sorting by this
    # column (to make the database walk the tables in a cheaper order).
    base: Callable[[AnySelect], AnySelect] | None = None


@dataclass(frozen=True)
class ListSpec:
    """A list: its columns, the FROM clause with joins, and what the search
    box looks in."""

    name: str
    noun_plural: str
    id_expr: ColumnElement[int] | QueryableAttribute[int]
    columns: tuple[ListColumn, ...]
    base: Callable[[AnySelect], AnySelect]
    search: tuple[Expr, ...]
    default_sort: tuple[int, Order]
    extras: dict[str, Expr] = field(default_factory=dict)
    archived_expr: ColumnElement[bool] | None = None
    # The column that takes the width left over (long free text).
    stretch_column: str | None = None
    # A search that uses an index instead of LIKE over `search` (None from
    # it, or no matcher: the LIKE filter).
    matcher: Callable[[Session, str], Match | None] | None = None

    def column_index(self, key: str) -> int:
        """Position of the column named `key` (a KeyError names a typo)."""
        for index, column in enumerate(self.columns):
            if column.key == key:
                return index
        raise KeyError(key)


@dataclass(frozen=True, slots=True)
class ListRow:
    """One fetched row: its id, the column values in column order and the
    extras (currency codes) by name."""

    id: int
    values: tuple[Any, ...]
    extras: dict[str, Any]


def build_query(
    spec: ListSpec,
    sort_column: int | None = None,
    order: Order | None = None,
    filter_text: str = "",
    *,
    include_archived: bool = False,
    match: Match | None = None,
) -> AnySelect:
    """The SELECT for one list with its filter and ORDER BY (no LIMIT).

    With `match` (see ListSpec.matcher) the filter is that condition
    instead of LIKE over the search columns."""
    if sort_column is None:
        sort_column, default_order = spec.default_sort
        order = order or default_order
    order = order or "asc"
    extras = list(spec.extras.values())
    column = spec.columns[sort_column]
    walk = column.sortable and column.base is not None and not (match and match.few)
    base = column.base if walk and column.base is not None else spec.base
    stmt = base(select(spec.id_expr, *(c.expr for c in spec.columns), *extras))
    if spec.archived_expr is not None and not include_archived:
        stmt = stmt.where(spec.archived_expr == false())
    needle = filter_text.strip()
    if match is not None:
        stmt = stmt.where(match.where)
    elif needle:
        pattern = f"%{escape_like(needle)}%"
        stmt = stmt.where(or_(*(expr.ilike(pattern, escape="\\") for expr in spec.search)))
    if not column.sortable:
        terms = []
    else:
        terms = list(column.order_by) if column.order_by else [column.expr]
    terms.append(spec.id_expr)
    if order == "desc":
        stmt = stmt.order_by(*(term.desc() for term in terms))
    else:
        stmt = stmt.order_by(*(term.asc() for term in terms))
    return stmt


def fetch_page(
    session: Session,
    spec: ListSpec,
    sort_column: int | None,
    order: Order | None,
    filter_text: str,
    offset: int,
    limit: int = PAGE_SIZE,
    *,
    include_archived: bool = False,
) -> list[ListRow]:
    """Rows `offset` … `offset + limit - 1` of the list in the given order."""
    needle = filter_text.strip()
    match = spec.matcher(session, needle) if needle and spec.matcher is not None else None
    stmt = (
        build_query(
            spec, sort_column, order, filter_text, include_archived=include_archived, match=match
        )
        .offset(offset)
        .limit(limit)
    )
    width = len(spec.columns)
    names = list(spec.extras)
    rows = []
    for row in session.execute(stmt):
        values = tuple(row[1 : 1 + width])
        extras = dict(zip(names, row[1 + width :], strict=True))
        rows.append(ListRow(row[0], values, extras))
    return rows


def _time_entries_walk(first: str) -> Callable[[AnySelect], AnySelect]:
    """The FROM clause for the time list, starting from `first`.

    Starting from time_entries lets ix_time_entries_started_at hand rows over
    already in order; starting from technicians (or clients) walks that table
    in name order and each one's entries through (technician_id, started_at)
    (or (client_id, started_at)). Each stops after one page instead of
    sorting every entry: with statistics that misjudge the data SQLite chose
    to sort two million rows (5–7 s) for the plain newest-first list."""
    entries = TimeEntry.__table__
    by_key = {
        "tech": (_te_tech, _te_tech.id == TimeEntry.technician_id),
        "client": (_te_client, _te_client.id == TimeEntry.client_id),
        "work": (_te_work, _te_work.id == TimeEntry.work_type_id),
    }
    if first == "entries":
        chain = walk_in_order(entries, by_key["tech"], by_key["client"], by_key["work"])
    else:
        head, onclause = by_key[first]
        rest = [by_key[key] for key in ("tech", "client", "work") if key != first]
        chain = walk_in_order(OuterFirstJoin(inspect(head).selectable, entries, onclause), *rest)

    def base(stmt: AnySelect) -> AnySelect:
        return stmt.select_from(chain).outerjoin(_te_ticket, _te_ticket.id == TimeEntry.ticket_id)

    return base


# -- The lists --------------------------------------------------------------

_te_client = aliased(Client, name="te_client")
_te_ticket = aliased(Ticket, name="te_ticket")
_te_tech = aliased(Technician, name="te_tech")
_te_work = aliased(WorkType, name="te_work")

TIME_ENTRIES = ListSpec(
    name="time_entries",
    noun_plural="time entries",
    id_expr=TimeEntry.id,
    columns=(
        ListColumn("started_at", "Start", TimeEntry.started_at, "datetime", width_chars=15),
        ListColumn(
            "technician",
            "Technician",
            _te_tech.name,
            width_chars=14,
            order_by=(_te_tech.name, _te_tech.id, TimeEntry.started_at),
            base=_time_entries_walk("tech"),
        ),
        ListColumn(
            "client",
            "Client",
            _te_client.name,
            width_chars=18,
            # Clients in name order and each client's entries by start. The
            # leading `archived` lets SQLite walk ix_clients_archived_name and
            # then ix_time_entries_client_started (client_id, started_at, id)
            # and stop after one page, instead of sorting every entry (2-8 s
            # on 2M entries); archived clients come after the active ones.
            order_by=(_te_client.archived, _te_client.name, _te_client.id, TimeEntry.started_at),
            base=_time_entries_walk("client"),
        ),
        ListColumn(
            "ticket",
            "Ticket",
            _te_ticket.number,
            width_chars=11,
            # Ticket numbers are handed out in order, so ticket id order is
            # number order; (ticket_id, started_at) walks an index. Entries
            # without a ticket come first (SQLite) or last (PostgreSQL).
            order_by=(TimeEntry.ticket_id, TimeEntry.started_at),
        ),
        ListColumn(
            "work_type",
            "Work type",
            _te_work.name,
            width_chars=14,
            order_by=(_te_work.name, _te_work.id, TimeEntry.started_at),
            base=_time_entries_walk("work"),
        ),
        ListColumn(
            "raw_minutes",
            "Raw time",
            TimeEntry.raw_minutes,
            "minutes",
            align="right",
            width_chars=6,
        ),
        ListColumn(
            "billed_minutes",
            "Billed time",
            TimeEntry.billed_minutes,
            "minutes",
            align="right",
            width_chars=6,
        ),
        ListColumn(
            "billable",
            "Billable",
            TimeEntry.billable,
            "bool",
            align="center",
            # Walks ix_time_entries_billable_started (migration 0013): each
            # kind's entries by start. The unbilled queries keep to the
            # partial ix_time_entries_unbilled (tests/db/test_listing_plans.py).
            order_by=(TimeEntry.billable, TimeEntry.started_at),
            width_chars=5,
        ),
        ListColumn(
            "description", "Description", TimeEntry.description, sortable=False, width_chars=30
        ),
    ),
    base=_time_entries_walk("entries"),
    search=(TimeEntry.description, _te_client.name, _te_tech.name, _te_ticket.number),
    default_sort=(0, "desc"),
    stretch_column="description",
    matcher=time_entry_match,
)

CLIENTS = ListSpec(
    name="clients",
    noun_plural="clients",
    id_expr=Client.id,
    columns=(
        ListColumn("name", "Name", Client.name, width_chars=34),
        ListColumn("country", "Country", Client.country, align="center", width_chars=7),
        ListColumn("currency", "Currency", Client.currency, align="center", width_chars=8),
        ListColumn("city", "City", Client.city, width_chars=16),
        ListColumn("vat_id", "VAT id", Client.vat_id, width_chars=19),
        ListColumn(
            "payment_terms_days",
            "Payment terms",
            Client.payment_terms_days,
            "days",
            align="right",
            width_chars=11,
        ),
        ListColumn("archived", "Archived", Client.archived, "bool", align="center", width_chars=8),
    ),
    base=lambda stmt: stmt.select_from(Client),
    search=(Client.name, Client.city, Client.vat_id, Client.email),
    default_sort=(0, "asc"),
    archived_expr=Client.archived.expression,
    stretch_column="name",
)

_t_client = aliased(Client, name="t_client")
_t_tech = aliased(Technician, name="t_tech")


def tickets_walk(clients_first: bool) -> Callable[[AnySelect], AnySelect]:
    """The ticket list's FROM clause in a fixed order: tickets first (a walk
    of the sort column's ticket index) or clients first (ix_clients_archived_name,
    then each client's tickets through ix_tickets_client_opened)."""
    onclause = _t_client.id == Ticket.client_id
    chain: Join
    if clients_first:
        chain = OuterFirstJoin(inspect(_t_client).selectable, Ticket.__table__, onclause)
    else:
        chain = walk_in_order(Ticket.__table__, (_t_client, onclause))

    def base(stmt: AnySelect) -> AnySelect:
        return stmt.select_from(chain).outerjoin(
            _t_tech, _t_tech.id == Ticket.assigned_technician_id
        )

    return base


TICKETS = ListSpec(
    name="tickets",
    noun_plural="tickets",
    id_expr=Ticket.id,
    columns=(
        ListColumn("number", "Number", Ticket.number, width_chars=11, base=tickets_walk(False)),
        ListColumn(
            "title",
            "Title",
            Ticket.title,
            width_chars=32,
            base=tickets_walk(False),  # ix_tickets_title (migration 0013)
        ),
        ListColumn(
            "client",
            "Client",
            _t_client.name,
            width_chars=20,
            # As the time list's client column: clients in (archived, name)
            # order and each one's tickets by opening, the order of
            # ix_clients_archived_name then ix_tickets_client_opened
            # (client_id, opened_at, id), so a page stops after 200 rows
            # instead of sorting every ticket (0.3-1 s on 200k).
            order_by=(_t_client.archived, _t_client.name, _t_client.id, Ticket.opened_at),
            base=tickets_walk(True),
        ),
        ListColumn(
            "status",
            "Status",
            Ticket.status,
            "code",
            width_chars=15,
            order_by=(Ticket.status, Ticket.opened_at),  # ix_tickets_status_opened
            base=tickets_walk(False),
        ),
        ListColumn(
            "priority",
            "Priority",
            # Sort by urgency, not alphabetically.
            case({"low": 0, "normal": 1, "high": 2, "urgent": 3}, value=Ticket.priority, else_=1),
            "code",
            width_chars=8,
            display_extra="priority",
        ),
        ListColumn(
            "tier",
            "Tier",
            Ticket.tier,
            "int",
            align="right",
            width_chars=4,
            order_by=(Ticket.tier, Ticket.opened_at),  # ix_tickets_tier_opened
            base=tickets_walk(False),
        ),
        ListColumn("assignee", "Assignee", _t_tech.name, width_chars=14),
        ListColumn("opened_at", "Opened", Ticket.opened_at, "datetime", width_chars=16),
    ),
    base=lambda stmt: (
        stmt.select_from(Ticket)
        .join(_t_client, _t_client.id == Ticket.client_id)
        .outerjoin(_t_tech, _t_tech.id == Ticket.assigned_technician_id)
    ),
    search=(Ticket.number, Ticket.title, _t_client.name),
    default_sort=(7, "desc"),
    stretch_column="title",
    extras={"priority": Ticket.priority},
)

_c_client = aliased(Client, name="c_client")

CONTRACTS = ListSpec(
    name="contracts",
    noun_plural="contracts",
    id_expr=Contract.id,
    columns=(
        ListColumn("name", "Name", Contract.name, width_chars=28),
        ListColumn("client", "Client", _c_client.name, width_chars=26),
        ListColumn("kind", "Kind", Contract.kind, "code", width_chars=14),
        ListColumn("starts_on", "Starts", Contract.starts_on, "date", width_chars=10),
        ListColumn("ends_on", "Ends", Contract.ends_on, "date", width_chars=10),
        ListColumn(
            "price_minor",
            "Price",
            Contract.price_minor,
            "money",
            align="right",
            width_chars=14,
            currency="currency",
        ),
    ),
    base=lambda stmt: stmt.select_from(Contract).join(
        _c_client, _c_client.id == Contract.client_id
    ),
    search=(Contract.name, _c_client.name, Contract.kind),
    default_sort=(3, "desc"),
    extras={"currency": Contract.currency},
    stretch_column="name",
)

_i_client = aliased(Client, name="i_client")

# What a person calls the status: an unpaid invoice past its due date is
# overdue (the same rule as services.payments.display_status, in SQL so the
# list can sort and search by it).
_INVOICE_STATUS = case(
    (
        (Invoice.kind == "invoice")
        & Invoice.status.in_(("issued", "partly_paid"))
        & (Invoice.total_minor > Invoice.paid_minor)
        & (Invoice.due_date < func.current_date()),
        "overdue",
    ),
    else_=Invoice.status,
)

INVOICES = ListSpec(
    name="invoices",
    noun_plural="invoices",
    id_expr=Invoice.id,
    columns=(
        ListColumn("number", "Number", Invoice.number, "text", width_chars=14, null_text="Draft"),
        ListColumn("client", "Client", _i_client.name, width_chars=28),
        ListColumn("status", "Status", _INVOICE_STATUS, "code", width_chars=11),
        ListColumn("issue_date", "Issued", Invoice.issue_date, "date", width_chars=10),
        ListColumn("due_date", "Due", Invoice.due_date, "date", width_chars=10),
        ListColumn(
            "total_minor",
            "Total",
            Invoice.total_minor,
            "money",
            align="right",
            width_chars=14,
            currency="currency",
        ),
    ),
    base=lambda stmt: stmt.select_from(Invoice).join(_i_client, _i_client.id == Invoice.client_id),
    search=(Invoice.number, _i_client.name, _INVOICE_STATUS),
    default_sort=(3, "desc"),
    extras={"currency": Invoice.currency},
    stretch_column="client",
)

ALL_LISTS: dict[str, ListSpec] = {
    spec.name: spec for spec in (CLIENTS, TICKETS, TIME_ENTRIES, CONTRACTS, INVOICES)
}
