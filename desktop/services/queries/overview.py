"""Figures for the dashboard and the shop profile for the settings page.

Every figure is an aggregate query or two; nothing is loaded row by row
except the prepaid ledgers (a few thousand rows, replayed per contract)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from babel import Locale
from sqlalchemy import and_, case, exists, func, or_, select
from sqlalchemy.orm import Session

from desktop.models import (
    Client,
    Contract,
    ContractWorkType,
    Invoice,
    MaterialEntry,
    Shop,
    Technician,
    Ticket,
    TimeEntry,
    WorkType,
)
from desktop.services.common.money import round_half_up
from desktop.services.helpdesk.ticket_queue import needs_attention, sla_code
from desktop.services.prepaid.overview import running_low_count
from desktop.services.queries.join_order import common
from desktop.services.shop.setup import format_iban

OPEN_TICKET_STATUSES = ("new", "open", "waiting_customer", "waiting_vendor")
UNPAID_INVOICE_STATUSES = ("issued", "partly_paid")
REVENUE_MONTHS = 12


@dataclass(frozen=True)
class TechnicianWeek:
    technician_id: int
    name: str
    billable_minutes: int
    other_minutes: int


@dataclass(frozen=True)
class DashboardFigures:
    """What the dashboard shows. Money is per currency (ISO code → minor
    units), never converted: a shop billing in EUR and SEK sees both."""

    unbilled_by_currency: dict[str, int]  # estimate, see unbilled_estimate
    unbilled_minutes: int
    overdue_invoices: int
    overdue_by_currency: dict[str, int]  # what is still owed on them
    open_tickets: int
    sla_attention: int  # at risk or overdue (the ticket queue's filter)
    sla_overdue: int  # of which already past the target
    prepaid_low: int
    prepaid_active: int
    week_start: dt.date
    hours_this_week: tuple[TechnicianWeek, ...]
    shop_currency: str
    months: tuple[dt.date, ...]  # first day of each of the last 12 months
    revenue_by_currency: dict[str, tuple[int, ...]]  # net invoiced per month


def _day_start(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time.min)


def _month_back(first: dt.date, months: int) -> dt.date:
    index = first.year * 12 + first.month - 1 - months
    return dt.date(index // 12, index % 12 + 1, 1)


def unbilled_estimate(session: Session) -> tuple[dict[str, int], int]:
    """Billable work and materials not yet on an invoice, per client currency,
    and the minutes of that work.

    An estimate at list rates, in two grouped queries: minutes (billed, else
    raw) × the most specific plain rate (the entry's, the contract's, the
    client's, the technician's, the work type's). It leaves out work drawn
    from prepaid blocks and work a contract covers; after-hours multipliers,
    rate rules and minimum charges only come in when the invoice is drafted."""
    minutes = func.coalesce(TimeEntry.billed_minutes, TimeEntry.raw_minutes)
    rate = func.coalesce(
        TimeEntry.rate_minor,
        case((Contract.currency == Client.currency, Contract.hourly_rate_minor)),
        Client.default_rate_minor,
        Technician.default_rate_minor,
        WorkType.default_rate_minor,
        0,
    )
    covered = exists().where(
        ContractWorkType.contract_id == TimeEntry.contract_id,
        ContractWorkType.work_type_id == TimeEntry.work_type_id,
        ContractWorkType.role == "covered",
    )
    totals: dict[str, int] = {}
    worked = 0
    rows = session.execute(
        select(Client.currency, func.sum(minutes * rate), func.sum(minutes))
        .select_from(TimeEntry)
        .join(Client, Client.id == TimeEntry.client_id)
        .join(Technician, Technician.id == TimeEntry.technician_id)
        .join(WorkType, WorkType.id == TimeEntry.work_type_id)
        .outerjoin(Contract, Contract.id == TimeEntry.contract_id)
        # Not `rare`: nearly every entry may be billable. Told so, SQLite
        # reads the partial ix_time_entries_unbilled rather than every
        # billable entry through ix_time_entries_billable_started (the
        # Billable sort's), which an equal `billable = 1` could drive.
        .where(common(TimeEntry.billable == True))  # noqa: E712
        .where(TimeEntry.invoice_line_id.is_(None))
        .where(or_(Contract.id.is_(None), Contract.kind != "prepaid"))
        .where(~covered)
        .group_by(Client.currency)
    )
    for currency, minute_money, total_minutes in rows:
        totals[currency] = round_half_up(int(minute_money or 0), 60)
        worked += int(total_minutes or 0)
    material_rows = session.execute(
        select(
            Client.currency,
            func.sum(MaterialEntry.quantity_milli * MaterialEntry.unit_price_minor),
        )
        .join(Client, Client.id == MaterialEntry.client_id)
        .where(MaterialEntry.billable == True)  # noqa: E712
        .where(MaterialEntry.invoice_line_id.is_(None))
        .group_by(Client.currency)
    )
    for currency, milli_money in material_rows:
        totals[currency] = totals.get(currency, 0) + round_half_up(int(milli_money or 0), 1000)
    return {code: amount for code, amount in sorted(totals.items()) if amount}, worked


def overdue_invoices(session: Session, today: dt.date) -> tuple[int, dict[str, int]]:
    """Invoices past their due date and not fully paid (the rule of
    payments.display_status), and what is still owed, per currency."""
    rows = session.execute(
        select(Invoice.currency, func.count(), func.sum(Invoice.total_minor - Invoice.paid_minor))
        .where(
            Invoice.kind == "invoice",
            Invoice.status.in_(UNPAID_INVOICE_STATUSES),
            Invoice.total_minor > Invoice.paid_minor,
            Invoice.due_date < today,
        )
        .group_by(Invoice.currency)
        .order_by(Invoice.currency)
    ).all()
    return sum(int(n) for _c, n, _o in rows), {c: int(owed or 0) for c, _n, owed in rows}


def hours_this_week(session: Session, today: dt.date) -> tuple[dt.date, tuple[TechnicianWeek, ...]]:
    """Minutes logged per active technician from Monday of `today`'s week."""
    monday = today - dt.timedelta(days=today.weekday())
    in_week = and_(
        TimeEntry.technician_id == Technician.id,
        TimeEntry.started_at >= _day_start(monday),
        TimeEntry.started_at < _day_start(monday + dt.timedelta(days=7)),
    )
    billable = case((TimeEntry.billable == True, TimeEntry.raw_minutes), else_=0)  # noqa: E712
    other = case((TimeEntry.billable == False, TimeEntry.raw_minutes), else_=0)  # noqa: E712
    rows = session.execute(
        select(
            Technician.id,
            Technician.name,
            func.coalesce(func.sum(billable), 0),
            func.coalesce(func.sum(other), 0),
        )
        .outerjoin(TimeEntry, in_week)
        .where(Technician.active == True)  # noqa: E712
        .group_by(Technician.id, Technician.name)
        .order_by(Technician.name, Technician.id)
    )
    return monday, tuple(TechnicianWeek(i, n, int(b), int(o)) for i, n, b, o in rows)


def revenue_per_month(
    session: Session, today: dt.date, months: int = REVENUE_MONTHS
) -> tuple[tuple[dt.date, ...], dict[str, tuple[int, ...]]]:
    """Net amount invoiced per calendar month (issue date; credit notes
    subtract), for the `months` months up to `today`'s, per currency."""
    this_month = today.replace(day=1)
    firsts = tuple(_month_back(this_month, back) for back in range(months - 1, -1, -1))
    next_month = _month_back(this_month, -1)
    # Grouped by day in SQL (portable; at most a year of days per currency),
    # by month here.
    rows = session.execute(
        select(Invoice.currency, Invoice.issue_date, func.sum(Invoice.net_minor))
        .where(
            Invoice.status.not_in(("draft", "void")),
            Invoice.issue_date >= firsts[0],
            Invoice.issue_date < next_month,
        )
        .group_by(Invoice.currency, Invoice.issue_date)
    )
    position = {first: index for index, first in enumerate(firsts)}
    sums: dict[str, list[int]] = {}
    for currency, day, net in rows:
        assert day is not None  # issued invoices (not drafts) have an issue date
        bucket = sums.setdefault(currency, [0] * months)
        bucket[position[day.replace(day=1)]] += int(net or 0)
    return firsts, {code: tuple(values) for code, values in sorted(sums.items())}


def dashboard_figures(
    session: Session, today: dt.date, now: dt.datetime | None = None
) -> DashboardFigures:
    """The dashboard as of `today` (the shop's local date) and `now` (for
    SLA clocks; noon of `today` when not given)."""
    now = now or dt.datetime.combine(today, dt.time(12, 0))
    unbilled, unbilled_minutes = unbilled_estimate(session)
    overdue_count, overdue_owed = overdue_invoices(session, today)
    open_tickets = session.scalar(
        select(func.count()).select_from(Ticket).where(Ticket.status.in_(OPEN_TICKET_STATUSES))
    )
    attention = session.scalar(select(func.count()).select_from(Ticket).where(needs_attention(now)))
    late = session.scalar(
        select(func.count())
        .select_from(Ticket)
        .where(needs_attention(now), sla_code(now) == "overdue")
    )
    low, active = running_low_count(session, today)
    monday, week = hours_this_week(session, today)
    months, revenue = revenue_per_month(session, today)
    shop_currency = session.scalar(select(Shop.default_currency).order_by(Shop.id).limit(1))
    return DashboardFigures(
        unbilled_by_currency=unbilled,
        unbilled_minutes=unbilled_minutes,
        overdue_invoices=overdue_count,
        overdue_by_currency=overdue_owed,
        open_tickets=int(open_tickets or 0),
        sla_attention=int(attention or 0),
        sla_overdue=int(late or 0),
        prepaid_low=low,
        prepaid_active=active,
        week_start=monday,
        hours_this_week=week,
        shop_currency=shop_currency or "",
        months=months,
        revenue_by_currency=revenue,
    )


@dataclass(frozen=True)
class ShopProfile:
    name: str
    legal_name: str
    address_lines: tuple[str, ...]
    vat_id: str
    iban: str
    country: str
    currency: str
    document_language: str
    email: str
    phone: str


def shop_profile(session: Session) -> ShopProfile | None:
    """The shop's own details, or None before the shop has been set up."""
    shop = session.scalars(select(Shop).order_by(Shop.id).limit(1)).first()
    if shop is None:
        return None
    city_line = " ".join(part for part in (shop.postcode, shop.city) if part)
    country = Locale.parse("en").territories.get(shop.country, shop.country)
    lines = tuple(line for line in (shop.street, city_line, country) if line)
    return ShopProfile(
        name=shop.trading_name or shop.legal_name,
        legal_name=shop.legal_name,
        address_lines=lines,
        vat_id=shop.vat_id or "",
        iban=format_iban(shop.iban),
        country=shop.country,
        currency=shop.default_currency,
        document_language=shop.document_language,
        email=shop.email or "",
        phone=shop.phone or "",
    )
