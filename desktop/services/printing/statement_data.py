"""The Session side of the prepaid-hours statement: the ledger of one contract
over a period, with opening and closing balances, the balance curve for the
burn-down chart and the forecast run-out date.

Why the forecast lives here: "when will our hours run out" is a business
answer (recent rate of use, in minutes per week, over the last
`RECENT_WEEKS` weeks of the period), not a drawing detail."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.documents.data import StatementData, StatementEntry
from desktop.models import Client, Contract, PrepaidLedgerEntry, Technician, Ticket, TimeEntry
from desktop.services.billing.rules import the_shop
from desktop.services.prepaid.ledger import PrepaidError, prepaid_contract
from desktop.services.printing.invoice_data import brand_of, client_party

RECENT_WEEKS = 8


def prepaid_contract_for(
    session: Session, contract: Contract | None, client: Client | None
) -> Contract:
    """The contract itself, or the client's prepaid contract (the active one
    that started last)."""
    if contract is not None:
        return prepaid_contract(session, contract.id)
    assert client is not None
    found = session.scalars(
        select(Contract)
        .where(Contract.client_id == client.id, Contract.kind == "prepaid")
        .order_by((Contract.status == "active").desc(), Contract.starts_on.desc())
    ).first()
    if found is None:
        raise PrepaidError(f"{client.name} has no prepaid-hours contract.")
    return found


def _start(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time.min)


def _describe(session: Session, entry: PrepaidLedgerEntry) -> tuple[str | None, str | None, str]:
    """Technician, ticket number and description of the work a deduction paid."""
    if entry.time_entry_id is None:
        return None, None, entry.note
    work = session.get(TimeEntry, entry.time_entry_id)
    if work is None:
        return None, None, entry.note
    technician = session.get(Technician, work.technician_id)
    ticket = session.get(Ticket, work.ticket_id) if work.ticket_id else None
    return (
        technician.name if technician else None,
        ticket.number if ticket else None,
        work.description or entry.note,
    )


def forecast(
    closing: int, used_recently: int, weeks: int, end: dt.date
) -> tuple[int, dt.date | None]:
    """Minutes used per week recently, and the day the balance reaches zero
    at that pace (None when nothing is left or nothing is being used)."""
    per_week = round(used_recently / weeks) if weeks else 0
    if closing <= 0 or used_recently <= 0:
        return per_week, None
    days = closing * 7 * weeks / used_recently
    return per_week, end + dt.timedelta(days=int(days))


def statement_data(
    session: Session, contract_id: int, period_from: dt.date, period_to: dt.date
) -> StatementData:
    """Everything `render_statement` prints for this contract and period."""
    if period_to < period_from:
        raise PrepaidError("The period ends before it starts.")
    if period_from < dt.date(1900, 1, 1) or period_to > dt.date(2999, 12, 31):
        raise PrepaidError("A statement covers dates between the years 1900 and 2999.")
    contract = prepaid_contract(session, contract_id)
    client = session.get(Client, contract.client_id)
    assert client is not None
    ledger = list(
        session.scalars(
            select(PrepaidLedgerEntry)
            .where(
                PrepaidLedgerEntry.contract_id == contract.id,
                PrepaidLedgerEntry.occurred_at < _start(period_to + dt.timedelta(days=1)),
            )
            .order_by(PrepaidLedgerEntry.occurred_at, PrepaidLedgerEntry.id)
        )
    )
    opening = sum(e.minutes for e in ledger if e.occurred_at < _start(period_from))
    balance = opening
    rows: list[StatementEntry] = []
    points: dict[dt.date, int] = {period_from: opening}
    recent_from = _start(period_to - dt.timedelta(weeks=RECENT_WEEKS - 1, days=6))
    used_recently = 0
    for entry in ledger:
        if entry.occurred_at < _start(period_from):
            continue
        balance += entry.minutes
        points[entry.occurred_at.date()] = balance
        if entry.kind == "deduction" and entry.occurred_at >= recent_from:
            used_recently -= entry.minutes
        technician, ticket, text = (
            _describe(session, entry) if entry.kind == "deduction" else (None, None, entry.note)
        )
        rows.append(
            StatementEntry(
                kind=entry.kind,
                on=entry.occurred_at.date(),
                minutes=entry.minutes,
                balance_after=balance,
                technician=technician,
                ticket=ticket,
                description=text,
                amount_minor=entry.amount_minor,
                expires_on=entry.expires_on,
            )
        )
    points[period_to] = balance
    per_week, runs_out = forecast(balance, used_recently, RECENT_WEEKS, period_to)
    return StatementData(
        language=client.document_language,
        currency=contract.currency,
        brand=brand_of(the_shop(session)),
        client=client_party(client),
        contract_name=contract.name,
        period_from=period_from,
        period_to=period_to,
        opening_minutes=opening,
        closing_minutes=balance,
        entries=_merge_split_deductions(tuple(rows)),
        balance_points=tuple(sorted(points.items())),
        minutes_per_week=per_week,
        runs_out_on=runs_out,
    )


def _merge_split_deductions(rows: tuple[StatementEntry, ...]) -> tuple[StatementEntry, ...]:
    """One work entry drawn from two blocks is two ledger rows; print it once."""
    merged: list[StatementEntry] = []
    for row in rows:
        last = merged[-1] if merged else None
        if (
            last is not None
            and row.kind == last.kind == "deduction"
            and row.on == last.on
            and row.ticket == last.ticket
            and row.description == last.description
            and row.technician == last.technician
        ):
            merged[-1] = StatementEntry(
                kind="deduction",
                on=row.on,
                minutes=last.minutes + row.minutes,
                balance_after=row.balance_after,
                technician=row.technician,
                ticket=row.ticket,
                description=row.description,
            )
        else:
            merged.append(row)
    return tuple(merged)
