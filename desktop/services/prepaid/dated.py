"""Prepaid hours as they stood on a given day.

The ledger only holds what was posted: an expiry is an entry the month-end
run writes. A block is expired from its expiry moment (midnight after its
last valid day) whether or not that entry exists yet, so every view that
asks "how many hours on this day" reads `as_of` and gets the same answer
before and after a run."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import PrepaidLedgerEntry

from .ledger import LEDGER_COLUMNS, replay


def end_of(day: dt.date) -> dt.datetime:
    """The first moment after `day`: entries before it count on `day`."""
    return dt.datetime.combine(day + dt.timedelta(days=1), dt.time.min)


def expiry_moment(expires_on: dt.date) -> dt.datetime:
    """When a block's unused hours are forfeited: the midnight after its
    last valid day (the moment `expire_blocks` dates its entry)."""
    return end_of(expires_on)


def purchase_moment(day: dt.date) -> dt.datetime:
    """When a block bought on `day` is recorded: that day's midnight, so
    the window and the command line put a purchase at the same place in
    the ledger (before any work of the day)."""
    return dt.datetime.combine(day, dt.time.min)


@dataclass(frozen=True)
class BlockAsOf:
    purchase_id: int
    purchased_on: dt.date
    minutes: int
    left: int  # 0 once expired
    expires_on: dt.date | None
    expired: int  # minutes forfeited, posted or due
    due: int  # of those, not posted yet

    @property
    def usable(self) -> bool:
        return self.left > 0


@dataclass(frozen=True)
class AsOf:
    on: dt.date
    left_minutes: int  # the blocks' hours left minus the debt
    debt_minutes: int
    expired_minutes: int  # posted expiries plus those due but not posted
    due_minutes: int  # of those, not posted yet
    blocks: tuple[BlockAsOf, ...]


def as_of(session: Session, contract_id: int, on: dt.date) -> AsOf:
    """The contract's prepaid hours at the end of `on`."""
    rows = list(
        session.execute(
            select(*LEDGER_COLUMNS)
            .where(
                PrepaidLedgerEntry.contract_id == contract_id,
                PrepaidLedgerEntry.occurred_at < end_of(on),
            )
            .order_by(PrepaidLedgerEntry.occurred_at, PrepaidLedgerEntry.id)
        )
    )
    return view_of(rows, on)


def view_of(rows: Sequence, on: dt.date) -> AsOf:
    """`as_of` from rows already read (LEDGER_COLUMNS, oldest first): the
    overview reads every contract's ledger in one query. Rows after `on`
    are left out here, so any cut of the ledger gives the same answer."""
    cut = end_of(on)
    rows = [row for row in rows if row.occurred_at < cut]
    state = replay(rows)
    posted: dict[int, int] = {}
    for row in rows:
        if row.kind == "expiry" and row.block_id is not None:
            posted[row.block_id] = posted.get(row.block_id, 0) - row.minutes
    blocks = []
    due_total = 0
    for block in state.blocks:
        due = 0
        if block.expires_on is not None and block.expires_on < on and block.remaining > 0:
            due = block.remaining
        due_total += due
        blocks.append(
            BlockAsOf(
                block.purchase_id,
                block.purchased_on,
                block.minutes,
                block.remaining - due,
                block.expires_on,
                posted.get(block.purchase_id, 0) + due,
                due,
            )
        )
    return AsOf(
        on=on,
        left_minutes=sum(block.left for block in blocks) - state.debt,
        debt_minutes=state.debt,
        expired_minutes=sum(block.expired for block in blocks),
        due_minutes=due_total,
        blocks=tuple(blocks),
    )
