"""The Session side of the prepaid-hours statement: the ledger of one contract
over a period, with opening and closing balances (as of the day before and
the last day, `prepaid/dated.py`), the expiries due in it that no run has
posted yet, the invoice that billed each purchase, the balance curve for the
burn-down chart and the forecast run-out date.

Why the forecast lives here: "when will our hours run out" is a business
answer (recent rate of use, in minutes per week, over the last
`RECENT_WEEKS` weeks of the period), not a drawing detail."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.documents.data import StatementData, StatementEntry
from desktop.models import Client, Contract, PrepaidLedgerEntry, Technician, Ticket, TimeEntry
from desktop.services.billing.blocks import block_invoices
from desktop.services.billing.rules import the_shop
from desktop.services.prepaid.dated import as_of, end_of, expiry_moment
from desktop.services.prepaid.ledger import PrepaidError, prepaid_contract
from desktop.services.printing.invoice_data import brand_of, client_party

RECENT_WEEKS = 8
_DAY = dt.timedelta(days=1)


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


def recent_use(session: Session, contract_ids: Sequence[int], on: dt.date) -> dict[int, int]:
    """Minutes deducted from each contract over the `RECENT_WEEKS` weeks
    that end with `on` (the whole ledger, not just a statement's period):
    the pace the statement and the overview forecast from, one query."""
    since = _start(on - dt.timedelta(weeks=RECENT_WEEKS - 1, days=6))
    rows = session.execute(
        select(PrepaidLedgerEntry.contract_id, -func.sum(PrepaidLedgerEntry.minutes))
        .where(
            PrepaidLedgerEntry.contract_id.in_(list(contract_ids)),
            PrepaidLedgerEntry.kind == "deduction",
            PrepaidLedgerEntry.occurred_at >= since,
            PrepaidLedgerEntry.occurred_at < end_of(on),
        )
        .group_by(PrepaidLedgerEntry.contract_id)
    )
    return {contract_id: int(used or 0) for contract_id, used in rows}


def _due_expiries(
    session: Session, contract_id: int, period_from: dt.date, period_to: dt.date
) -> list[tuple[dt.datetime, int, int]]:
    """Expiries whose moment falls in the period and that no run has posted
    yet, as (moment, block id, minutes): the balances count them, so the
    statement lists them."""
    before = {b.purchase_id: b.due for b in as_of(session, contract_id, period_from - _DAY).blocks}
    return [
        (expiry_moment(block.expires_on), block.purchase_id, -block.due)
        for block in as_of(session, contract_id, period_to).blocks
        if block.due and block.expires_on is not None and not before.get(block.purchase_id)
    ]


def statement_data(
    session: Session, contract_id: int, period_from: dt.date, period_to: dt.date
) -> StatementData:
    """Everything `render_statement` prints for this contract and period.
    The opening and closing balances are `as_of` the day before the period
    and its last day, so they are the ones `prepaid balance --date` and the
    window give, before and after a month-end run posts the expiries."""
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
                PrepaidLedgerEntry.occurred_at >= _start(period_from),
                PrepaidLedgerEntry.occurred_at < end_of(period_to),
            )
            .order_by(PrepaidLedgerEntry.occurred_at, PrepaidLedgerEntry.id)
        )
    )
    invoices = block_invoices(session, contract.id)
    opening = as_of(session, contract.id, period_from - _DAY).left_minutes
    moves: list[tuple[dt.datetime, int, StatementEntry]] = []
    for entry in ledger:
        technician, ticket, text = (
            _describe(session, entry) if entry.kind == "deduction" else (None, None, entry.note)
        )
        paid_by = invoices.get(entry.id)
        moves.append(
            (
                entry.occurred_at,
                0,
                StatementEntry(
                    kind=entry.kind,
                    on=entry.occurred_at.date(),
                    minutes=entry.minutes,
                    balance_after=0,
                    technician=technician,
                    ticket=ticket,
                    description=text,
                    amount_minor=entry.amount_minor,
                    expires_on=entry.expires_on,
                    invoice_number=paid_by.number if paid_by else None,
                ),
            )
        )
    for moment, _block, minutes in _due_expiries(session, contract.id, period_from, period_to):
        moves.append(
            (
                moment,
                1,
                StatementEntry(
                    kind="expiry",
                    on=moment.date(),
                    minutes=minutes,
                    balance_after=0,
                    description="Unused hours expired",
                ),
            )
        )
    moves.sort(key=lambda move: (move[0], move[1]))
    balance = opening
    rows: list[StatementEntry] = []
    points: dict[dt.date, int] = {period_from: opening}
    for _moment, _order, row in moves:
        balance += row.minutes
        points[row.on] = balance
        rows.append(replace(row, balance_after=balance))
    points[period_to] = balance
    used_recently = recent_use(session, [contract.id], period_to).get(contract.id, 0)
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
