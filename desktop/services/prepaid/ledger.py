"""Prepaid block hours: an append-only ledger per contract.

The balance is always the sum of the ledger's minutes. Which block each
minute came from is derived by replaying the ledger: a deduction names the
block it drew from (the one that expires first); minutes worked with every
block empty, on a contract that may go negative, are a debt that the next
purchase pays first. Session in, plain data out; the caller commits."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import event, func, select
from sqlalchemy.orm import Session, SessionTransaction

from desktop.documents.phrases import phrase
from desktop.models import Client, Contract, PrepaidAlert, PrepaidLedgerEntry
from desktop.services.common.errors import UserError
from desktop.services.common.record_rules import refuse_control

FAR_FUTURE = dt.date.max


class PrepaidError(UserError, ValueError):
    """A prepaid operation that the contract does not allow."""


@dataclass
class Block:
    purchase_id: int
    purchased_on: dt.date
    minutes: int
    remaining: int
    expires_on: dt.date | None

    def usable_on(self, day: dt.date) -> bool:
        return self.remaining > 0 and (self.expires_on is None or self.expires_on >= day)


@dataclass
class LedgerState:
    blocks: list[Block] = field(default_factory=list)
    debt: int = 0  # minutes worked with no block to draw from

    @property
    def balance(self) -> int:
        return sum(block.remaining for block in self.blocks) - self.debt


@dataclass(frozen=True)
class Deduction:
    drawn: tuple[tuple[int | None, int], ...]  # (block id or None for debt, minutes)
    overage_minutes: int  # not deducted: to be billed at the overage rate


def prepaid_contract(session: Session, contract_id: int) -> Contract:
    contract = session.get(Contract, contract_id)
    if contract is None:
        raise PrepaidError(f"There is no contract {contract_id}.")
    if contract.kind != "prepaid":
        raise PrepaidError(f"Contract '{contract.name}' is not a prepaid-hours contract.")
    return contract


# What a replay reads of each entry. Plain rows, not ORM objects: a ten-year
# ledger has hundreds of thousands of entries and loading them as objects
# took seconds.
LEDGER_COLUMNS = (
    PrepaidLedgerEntry.id,
    PrepaidLedgerEntry.kind,
    PrepaidLedgerEntry.occurred_at,
    PrepaidLedgerEntry.minutes,
    PrepaidLedgerEntry.block_id,
    PrepaidLedgerEntry.expires_on,
)


def _entries(session: Session, contract_id: int) -> list:
    return list(
        session.execute(
            select(*LEDGER_COLUMNS)
            .where(PrepaidLedgerEntry.contract_id == contract_id)
            .order_by(PrepaidLedgerEntry.occurred_at, PrepaidLedgerEntry.id)
        )
    )


def _opens_block(entry: PrepaidLedgerEntry) -> bool:
    """Purchases, and positive adjustments made outside any block."""
    return entry.kind == "purchase" or (entry.block_id is None and entry.minutes > 0)


def replay(entries: list) -> LedgerState:
    """Rebuild blocks and debt from the ledger (entries or rows with the
    LEDGER_COLUMNS), oldest entry first. Blocks
    exist from the start so an entry that names one is always applied; each
    block pays any debt when its own entry comes up."""
    by_id = {
        entry.id: Block(
            entry.id, entry.occurred_at.date(), entry.minutes, entry.minutes, entry.expires_on
        )
        for entry in entries
        if _opens_block(entry)
    }
    state = LedgerState(blocks=list(by_id.values()))
    for entry in entries:
        if entry.id in by_id:
            block = by_id[entry.id]
            paid = min(state.debt, block.remaining)
            block.remaining -= paid
            state.debt -= paid
        elif entry.block_id in by_id:
            by_id[entry.block_id].remaining += entry.minutes
        else:
            # No block, or (in a view cut off at a date) one bought later:
            # the minutes were used before any block covered them.
            state.debt -= entry.minutes
    return state


# Drafting an invoice deducts entry after entry from the same contract; a
# replay for each would read the whole ledger every time. The state is kept
# for the rest of the transaction, checked against the ledger's row count and
# last id (entries are only ever added), and dropped when the transaction
# ends (a rolled-back id can be used again).
_STATES = "techledger_prepaid_states"


@dataclass
class _Kept:
    mark: tuple[int, int | None]  # the ledger's row count and last id
    state: LedgerState
    latest: dt.datetime | None  # the newest entry's time
    # A debt entry (no block) makes the replay depend on the order of
    # entries: a purchase pays the debt owed at its place in the ledger.
    had_debt: bool


@event.listens_for(Session, "after_transaction_end")
def _forget_states(session: Session, transaction: SessionTransaction) -> None:
    # Every flush runs in a subtransaction that ends here too: only the end
    # of the real transaction or of a savepoint forgets.
    if transaction.parent is None or transaction.nested:
        session.info.pop(_STATES, None)


def _ledger_mark(session: Session, contract_id: int) -> tuple[int, int | None]:
    count, last = session.execute(
        select(func.count(), func.max(PrepaidLedgerEntry.id)).where(
            PrepaidLedgerEntry.contract_id == contract_id
        )
    ).one()
    return int(count), last


def _is_debt(entry: PrepaidLedgerEntry) -> bool:
    return entry.block_id is None and not _opens_block(entry)


def ledger_state(session: Session, contract_id: int) -> LedgerState:
    mark = _ledger_mark(session, contract_id)
    kept = session.info.get(_STATES, {}).get(contract_id)
    if kept is not None and kept.mark == mark:
        return kept.state
    entries = _entries(session, contract_id)
    state = replay(entries)
    session.info.setdefault(_STATES, {})[contract_id] = _Kept(
        mark,
        state,
        entries[-1].occurred_at if entries else None,
        any(_is_debt(entry) for entry in entries),
    )
    return state


def _remember_deduction(
    session: Session, contract_id: int, state: LedgerState, added: list[PrepaidLedgerEntry]
) -> None:
    """Bring the kept state up to date with the deduction just written, when
    a replay would give the same: the deduction is the ledger's newest entry,
    or the order cannot matter (no debt anywhere in the ledger). Otherwise
    the next call replays."""
    if not added:
        return
    states = session.info.get(_STATES, {})
    kept = states.get(contract_id)
    at = added[0].occurred_at
    newest = kept is not None and (kept.latest is None or at >= kept.latest)
    debt_added = any(entry.block_id is None for entry in added)
    order_free = kept is not None and not kept.had_debt and not debt_added
    if kept is None or kept.state is not state or not (newest or order_free):
        states.pop(contract_id, None)
        return
    by_id = {block.purchase_id: block for block in state.blocks}
    for entry in added:
        if entry.block_id is not None:
            by_id[entry.block_id].remaining += entry.minutes
        else:
            state.debt -= entry.minutes
    kept.mark = (kept.mark[0] + len(added), max(entry.id for entry in added))
    kept.latest = max(at, kept.latest) if kept.latest else at
    kept.had_debt = kept.had_debt or debt_added


def balance(session: Session, contract_id: int, on: dt.date | None = None) -> int:
    """Minutes left at the end of `on` (default today): expired blocks count
    as expired from their expiry moment, posted or not."""
    from .dated import as_of  # dated reads this module's replay

    return as_of(session, contract_id, on or dt.date.today()).left_minutes


def top_up(
    session: Session,
    contract_id: int,
    *,
    minutes: int,
    amount_minor: int,
    at: dt.datetime,
    expires_on: dt.date | None = None,
    note: str = "",
) -> PrepaidLedgerEntry:
    """Record the purchase of a block of hours."""
    refuse_control(multiline=True, note=note)
    contract = prepaid_contract(session, contract_id)
    if type(minutes) is not int or not 0 < minutes <= 2_147_483_647:
        raise PrepaidError("A top-up must add some hours.")
    if type(amount_minor) is not int or not 0 <= amount_minor <= 2_147_483_647:
        raise PrepaidError("The price of a block cannot be negative.")
    if not isinstance(at, dt.datetime):
        raise PrepaidError("Give the date and time of the purchase.")
    if expires_on is not None and not isinstance(expires_on, dt.date):
        raise PrepaidError("The expiry is a date.")
    minimum = contract.minimum_purchase_minutes or 0
    if minutes < minimum:
        raise PrepaidError(
            f"This contract needs a purchase of at least {minimum // 60} h {minimum % 60:02d} min."
        )
    if expires_on is not None and expires_on < at.date():
        raise PrepaidError("A block cannot expire before it is bought.")
    entry = PrepaidLedgerEntry(
        contract_id=contract_id,
        kind="purchase",
        occurred_at=at,
        minutes=minutes,
        amount_minor=amount_minor,
        expires_on=expires_on,
        note=note,
    )
    session.add(entry)
    session.flush()
    return entry


def draw(state: LedgerState, minutes: int, day: dt.date) -> tuple[list[tuple[int, int]], int]:
    """The one rule for work and negative adjustments alike: take `minutes`
    from the blocks still valid on `day`, the one that expires first first.
    Returns (block id, minutes) per block drawn and what no block covered."""
    usable = sorted(
        (block for block in state.blocks if block.usable_on(day)),
        key=lambda b: (b.expires_on or FAR_FUTURE, b.purchased_on, b.purchase_id),
    )
    drawn: list[tuple[int, int]] = []
    left = minutes
    for block in usable:
        if left == 0:
            break
        take = min(left, block.remaining)
        drawn.append((block.purchase_id, take))
        left -= take
    return drawn, left


def deduct(
    session: Session,
    contract_id: int,
    *,
    minutes: int,
    at: dt.datetime,
    work_day: dt.date | None = None,
    time_entry_id: int | None = None,
    note: str = "",
) -> Deduction:
    """Draw `minutes` from the blocks that expire first (among those still
    valid on `work_day`, the day of the work). What the blocks cannot cover is
    overage (billed) or debt (the balance goes negative), as the contract
    says. `at` is when this is recorded: the ledger is in recording order."""
    contract = prepaid_contract(session, contract_id)
    if type(minutes) is not int or not 0 < minutes <= 2_147_483_647:
        raise PrepaidError("Only positive minutes can be deducted.")
    if not isinstance(at, dt.datetime) or not isinstance(work_day or at.date(), dt.date):
        raise PrepaidError("Give the date and time of the deduction.")
    state = ledger_state(session, contract_id)
    blocks_drawn, left = draw(state, minutes, work_day or at.date())
    drawn: list[tuple[int | None, int]] = list(blocks_drawn)
    overage = 0
    if left:
        if contract.overage_rule == "negative":
            drawn.append((None, left))
        else:
            overage = left
    added = [
        PrepaidLedgerEntry(
            contract_id=contract_id,
            kind="deduction",
            occurred_at=at,
            minutes=-take,
            block_id=block_id,
            time_entry_id=time_entry_id,
            note=note,
        )
        for block_id, take in drawn
    ]
    session.add_all(added)
    session.flush()
    _remember_deduction(session, contract_id, state, added)
    return Deduction(tuple(drawn), overage)


def expire_blocks(session: Session, contract_id: int, today: dt.date) -> list[PrepaidLedgerEntry]:
    """Forfeit what is left of every block that expired before `today`,
    each by an explicit expiry entry (run it again: it adds nothing)."""
    contract = prepaid_contract(session, contract_id)
    client = session.get(Client, contract.client_id)
    language = client.document_language if client else None  # the statement's
    state = ledger_state(session, contract_id)
    entries = []
    for block in state.blocks:
        if block.expires_on is not None and block.expires_on < today and block.remaining > 0:
            entry = PrepaidLedgerEntry(
                contract_id=contract_id,
                kind="expiry",
                occurred_at=dt.datetime.combine(
                    block.expires_on + dt.timedelta(days=1), dt.time.min
                ),
                minutes=-block.remaining,
                block_id=block.purchase_id,
                note=phrase(language, "expired", date=f"{block.purchased_on}"),
            )
            session.add(entry)
            entries.append(entry)
    session.flush()
    return entries


def adjust(
    session: Session, contract_id: int, *, minutes: int, at: dt.datetime, note: str
) -> list[PrepaidLedgerEntry]:
    """A correction by hand, with its reason. A negative one draws from the
    blocks like work does, so the blocks and the balance keep agreeing."""
    refuse_control(multiline=True, note=note)
    prepaid_contract(session, contract_id)
    if minutes == 0:
        raise PrepaidError("An adjustment must change the balance.")
    if not note.strip():
        raise PrepaidError("Say why the balance is adjusted.")
    parts: list[tuple[int | None, int]] = [(None, minutes)]
    if minutes < 0:
        drawn, left = draw(ledger_state(session, contract_id), -minutes, at.date())
        parts = [(block_id, -take) for block_id, take in drawn]
        if left:
            parts.append((None, -left))
    entries = [
        PrepaidLedgerEntry(
            contract_id=contract_id,
            kind="adjustment",
            occurred_at=at,
            minutes=part,
            block_id=block_id,
            note=note,
        )
        for block_id, part in parts
    ]
    session.add_all(entries)
    session.flush()
    return entries


def raise_alerts(session: Session, contract_id: int, at: dt.datetime) -> list[int]:
    """Record each usage threshold crossed for the first time; return them."""
    contract = prepaid_contract(session, contract_id)
    purchased = int(
        session.scalar(
            select(func.coalesce(func.sum(PrepaidLedgerEntry.minutes), 0)).where(
                PrepaidLedgerEntry.contract_id == contract_id,
                PrepaidLedgerEntry.kind == "purchase",
            )
        )
        or 0
    )
    # Hours of a block past its expiry count as used up whether or not the
    # expiry is posted yet (the month-end run posts it after its invoices).
    # The replay is the one kept for the transaction: this runs after every
    # deduction while an invoice is drafted.
    state = ledger_state(session, contract_id)
    left = (
        sum(
            block.remaining
            for block in state.blocks
            if block.expires_on is None or block.expires_on >= at.date()
        )
        - state.debt
    )
    if purchased <= 0:
        return []
    used = purchased - left
    already = set(
        session.scalars(
            select(PrepaidAlert.threshold_bp).where(PrepaidAlert.contract_id == contract_id)
        )
    )
    crossed = [
        threshold
        for threshold in sorted(contract.alert_thresholds_bp)
        if threshold not in already and used * 10_000 >= threshold * purchased
    ]
    session.add_all(
        PrepaidAlert(contract_id=contract_id, threshold_bp=threshold, raised_at=at)
        for threshold in crossed
    )
    session.flush()
    return crossed
