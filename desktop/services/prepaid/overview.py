"""The office manager's view of prepaid hours: every prepaid contract with
its hours left on a day (`dated.view_of`, so expiries count from their
moment, posted or not), how much of the open blocks is used, the next
expiry, the forecast run-out date and whether it is running low; one
contract's ledger with a running balance and each purchase's invoice; and,
for the page's other tab, the terms of a contract of any kind. The top-up
form's rules are in `purchases.py`.

"Used" is measured against the blocks that still hold hours today (not
expired, not used up), so a client who bought 20 h and used 17 h is at 85 %
whatever older blocks did, and a fresh block after several used-up ones
starts at 0 % instead of inheriting their use.
A contract is running low when that share reaches the lowest of its alert
thresholds (`Contract.alert_thresholds_bp`), or when nothing is left.

Session in, plain data out; the caller owns the unit of work."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import (
    Client,
    Contract,
    ContractFee,
    ContractWorkType,
    PrepaidLedgerEntry,
    Technician,
    Ticket,
    TimeEntry,
    WorkType,
)
from desktop.services.billing.blocks import block_invoices
from desktop.services.prepaid import ledger as prepaid
from desktop.services.prepaid.dated import end_of, expiry_moment, view_of
from desktop.services.printing.statement_data import RECENT_WEEKS, forecast, recent_use

FULL_BP = 10_000

LEVEL_OK = "ok"
LEVEL_LOW = "low"  # crossed the first alert threshold
LEVEL_CRITICAL = "critical"  # crossed the last threshold, or nothing left


@dataclass(frozen=True)
class PrepaidRow:
    """One prepaid contract as the overview lists it."""

    contract_id: int
    client_id: int
    client_name: str
    contract_name: str
    status: str
    currency: str
    balance_minutes: int  # hours left at the end of the day: prepaid.balance
    open_minutes: int  # bought in the blocks still holding hours today
    used_bp: int  # share of open_minutes used (10 000 = all); debt counts as used
    next_expiry: dt.date | None  # first expiry of a block with hours left
    expiring_minutes: int  # hours left in the block(s) expiring then
    minutes_per_week: int  # recent pace of use
    runs_out_on: dt.date | None  # at that pace
    thresholds_bp: tuple[int, ...]
    level: str  # LEVEL_OK, LEVEL_LOW or LEVEL_CRITICAL
    minimum_purchase_minutes: int
    hourly_rate_minor: int | None

    @property
    def id(self) -> int:
        return self.contract_id

    @property
    def low(self) -> bool:
        return self.level != LEVEL_OK


def _level(used_bp: int, balance: int, thresholds: tuple[int, ...]) -> str:
    if balance <= 0 or (thresholds and used_bp >= max(thresholds)):
        return LEVEL_CRITICAL
    if thresholds and used_bp >= min(thresholds):
        return LEVEL_LOW
    return LEVEL_OK


def prepaid_overview(
    session: Session, today: dt.date, *, include_ended: bool = False
) -> list[PrepaidRow]:
    """Every prepaid contract (active ones; all with `include_ended`), by
    client name. Three queries whatever the number of contracts."""
    query = (
        select(Contract, Client.name)
        .join(Client, Client.id == Contract.client_id)
        .where(Contract.kind == "prepaid")
        .order_by(Client.name, Contract.starts_on.desc(), Contract.id)
    )
    if not include_ended:
        query = query.where(Contract.status == "active")
    contracts = session.execute(query).all()
    if not contracts:
        return []
    ids = [contract.id for contract, _name in contracts]
    entries: dict[int, list] = defaultdict(list)
    for entry in session.execute(
        select(PrepaidLedgerEntry.contract_id, *prepaid.LEDGER_COLUMNS)
        .where(PrepaidLedgerEntry.contract_id.in_(ids))
        .order_by(
            PrepaidLedgerEntry.contract_id, PrepaidLedgerEntry.occurred_at, PrepaidLedgerEntry.id
        )
    ):
        entries[entry.contract_id].append(entry)
    # The statement's forecast: deductions over the last RECENT_WEEKS weeks.
    recent = recent_use(session, ids, today)
    rows = []
    for contract, client_name in contracts:
        ledger = entries.get(contract.id, [])
        view = view_of(ledger, today)
        balance = view.left_minutes
        # Blocks still holding hours on the day (not expired, not used up).
        holding = [b for b in view.blocks if b.left > 0]
        open_minutes = sum(b.minutes for b in holding)
        used = open_minutes - sum(b.left for b in holding) + view.debt_minutes
        if open_minutes > 0:
            used_bp = max(0, used * FULL_BP // open_minutes)
        else:
            used_bp = FULL_BP if balance <= 0 and ledger else 0
        expiring = [b for b in holding if b.expires_on is not None]
        next_expiry = min((b.expires_on for b in expiring), default=None)  # type: ignore[type-var]
        expiring_minutes = sum(b.left for b in expiring if b.expires_on == next_expiry)
        per_week, runs_out = forecast(balance, recent.get(contract.id, 0), RECENT_WEEKS, today)
        thresholds = tuple(sorted(int(t) for t in contract.alert_thresholds_bp or ()))
        rows.append(
            PrepaidRow(
                contract_id=contract.id,
                client_id=contract.client_id,
                client_name=client_name,
                contract_name=contract.name,
                status=contract.status,
                currency=contract.currency,
                balance_minutes=balance,
                open_minutes=open_minutes,
                used_bp=used_bp,
                next_expiry=next_expiry,
                expiring_minutes=expiring_minutes,
                minutes_per_week=per_week,
                runs_out_on=runs_out,
                thresholds_bp=thresholds,
                level=_level(used_bp, balance, thresholds),
                minimum_purchase_minutes=contract.minimum_purchase_minutes or 0,
                hourly_rate_minor=contract.hourly_rate_minor,
            )
        )
    return rows


def running_low_count(session: Session, today: dt.date) -> tuple[int, int]:
    """(active prepaid contracts running low, active prepaid contracts)."""
    rows = prepaid_overview(session, today)
    return sum(1 for row in rows if row.low), len(rows)


@dataclass(frozen=True)
class LedgerRow:
    """One ledger entry with the balance after it; deductions name the work,
    purchases the invoice that bills them. An expiry due but not posted by
    a run yet has id None and kind 'expiry due'."""

    id: int | None
    occurred_at: dt.datetime
    kind: str
    minutes: int
    balance_after: int
    technician: str | None
    ticket: str | None
    description: str
    amount_minor: int
    expires_on: dt.date | None
    invoice: str | None = None  # a purchase: number, "draft N", "invoiced elsewhere"…
    # …and the same for a window to word: 'issued', 'draft', 'elsewhere',
    # 'due' (not invoiced yet) or None (not a purchase, or free).
    invoice_state: str | None = None
    invoice_number: str | None = None
    invoice_id: int | None = None
    block_id: int | None = None  # the block drawn from, or expiring
    time_entry_id: int | None = None


def ledger_rows(session: Session, contract_id: int, on: dt.date | None = None) -> list[LedgerRow]:
    """The contract's ledger, oldest first; with `on`, as it stood at the end
    of that day, the expiries due by then listed as 'expiry due' so the last
    balance is `as_of(on)` (the command line's `prepaid ledger --date`)."""
    prepaid.prepaid_contract(session, contract_id)
    query = (
        select(
            PrepaidLedgerEntry,
            Technician.name,
            Ticket.number,
            TimeEntry.description,
        )
        .outerjoin(TimeEntry, TimeEntry.id == PrepaidLedgerEntry.time_entry_id)
        .outerjoin(Technician, Technician.id == TimeEntry.technician_id)
        .outerjoin(Ticket, Ticket.id == TimeEntry.ticket_id)
        .where(PrepaidLedgerEntry.contract_id == contract_id)
        .order_by(PrepaidLedgerEntry.occurred_at, PrepaidLedgerEntry.id)
    )
    if on is not None:
        query = query.where(PrepaidLedgerEntry.occurred_at < end_of(on))
    rows = session.execute(query).all()
    invoices = block_invoices(session, contract_id)
    balance = 0
    result = []
    for entry, technician, ticket, work in rows:
        balance += entry.minutes
        paid_by = invoices.get(entry.id)
        invoice = paid_by.text() if paid_by else None
        state = paid_by.state if paid_by else None
        if entry.kind == "purchase" and paid_by is None and entry.amount_minor > 0:
            invoice, state = "not invoiced yet", "due"
        result.append(
            LedgerRow(
                id=entry.id,
                occurred_at=entry.occurred_at,
                kind=entry.kind,
                minutes=entry.minutes,
                balance_after=balance,
                technician=technician,
                ticket=ticket,
                description=work or entry.note,
                amount_minor=entry.amount_minor,
                expires_on=entry.expires_on,
                invoice=invoice,
                invoice_state=state,
                invoice_number=paid_by.number if paid_by else None,
                invoice_id=paid_by.invoice_id if paid_by else None,
                block_id=entry.block_id,
                time_entry_id=entry.time_entry_id,
            )
        )
    if on is not None:
        view = view_of([entry for entry, *_rest in rows], on)
        for block in view.blocks:
            if block.due and block.expires_on is not None:
                balance -= block.due
                result.append(
                    LedgerRow(
                        id=None,
                        occurred_at=expiry_moment(block.expires_on),
                        kind="expiry due",
                        minutes=-block.due,
                        balance_after=balance,
                        technician=None,
                        ticket=None,
                        description="Not posted yet: the next month-end run posts it",
                        amount_minor=0,
                        expires_on=None,
                        block_id=block.purchase_id,
                    )
                )
    return result


# -- the contracts page's other tab: any contract's terms, read-only -------


@dataclass(frozen=True)
class FeeLine:
    description: str
    quantity_milli: int
    unit: str
    unit_price_minor: int


@dataclass(frozen=True)
class ContractFacts:
    """What the details panel shows about one contract of any kind."""

    id: int
    name: str
    client_name: str
    kind: str
    status: str
    starts_on: dt.date
    ends_on: dt.date | None
    currency: str
    billing_period: str | None
    price_minor: int
    hourly_rate_minor: int | None
    included_minutes: int | None
    overage_rule: str
    overage_rate_minor: int | None
    minimum_purchase_minutes: int | None
    covered_work_types: tuple[str, ...]
    consumed_work_types: tuple[str, ...]
    fees: tuple[FeeLine, ...]
    notes: str


def contract_facts(session: Session, contract_id: int) -> ContractFacts | None:
    """The contract's terms, its fee lines and the work types it covers or
    draws from its blocks (None when it no longer exists)."""
    contract = session.get(Contract, contract_id)
    if contract is None:
        return None
    client = session.get(Client, contract.client_id)
    roles = session.execute(
        select(ContractWorkType.role, WorkType.name)
        .join(WorkType, WorkType.id == ContractWorkType.work_type_id)
        .where(ContractWorkType.contract_id == contract_id)
        .order_by(WorkType.name)
    ).all()
    fees = session.scalars(
        select(ContractFee).where(ContractFee.contract_id == contract_id).order_by(ContractFee.id)
    )
    return ContractFacts(
        id=contract.id,
        name=contract.name,
        client_name=client.name if client else "",
        kind=contract.kind,
        status=contract.status,
        starts_on=contract.starts_on,
        ends_on=contract.ends_on,
        currency=contract.currency,
        billing_period=contract.billing_period,
        price_minor=contract.price_minor,
        hourly_rate_minor=contract.hourly_rate_minor,
        included_minutes=contract.included_minutes,
        overage_rule=contract.overage_rule,
        overage_rate_minor=contract.overage_rate_minor,
        minimum_purchase_minutes=contract.minimum_purchase_minutes,
        covered_work_types=tuple(name for role, name in roles if role == "covered"),
        consumed_work_types=tuple(name for role, name in roles if role == "consumes"),
        fees=tuple(
            FeeLine(fee.description, fee.quantity_milli, fee.unit, fee.unit_price_minor)
            for fee in fees
        ),
        notes=contract.notes,
    )
