"""Buying a block of prepaid hours, the one way the window and the command
line both do it: record the purchase at its moment (midnight of the day,
`dated.purchase_moment`), say how much of the block paid back a debt, and,
when the shop invoices on purchase, draft the block's invoice at once
(otherwise the next month-end run bills it). Also the top-up form's rules:
hours as typed, the suggested price, refusals named by field."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from desktop.models import Client, Contract, Invoice, PrepaidLedgerEntry
from desktop.services.billing.blocks import block_lines, invoice_on_purchase
from desktop.services.billing.invoices import default_series, write_lines
from desktop.services.billing.rules import the_shop
from desktop.services.common.errors import UserError
from desktop.services.common.record_rules import ValidationError
from desktop.services.prepaid import ledger as prepaid
from desktop.services.prepaid.ledger import PrepaidError

from .dated import as_of, end_of, purchase_moment


@dataclass(frozen=True)
class Bought:
    entry: PrepaidLedgerEntry
    debt_paid_minutes: int  # the debt owed at the purchase that the block paid first
    block_left_minutes: int  # what is left of the block at the end of its day
    balance_minutes: int  # the contract's hours left at the end of that day
    debt_minutes: int  # still owed at the end of that day
    draft_invoice_id: int | None  # drafted at once (invoice on purchase)


def debt_at(
    session: Session, contract_id: int, at: dt.datetime, before_id: int | None = None
) -> int:
    """Minutes owed at `at` in the ledger's order (before the entry
    `before_id` when one is recorded there): the debt a purchase recorded
    at that moment pays first. Without `before_id`, what a purchase about
    to be recorded would pay (it comes after every entry of its moment)."""
    same_moment = PrepaidLedgerEntry.occurred_at == at
    if before_id is not None:
        same_moment = and_(same_moment, PrepaidLedgerEntry.id < before_id)
    rows = list(
        session.execute(
            select(*prepaid.LEDGER_COLUMNS)
            .where(
                PrepaidLedgerEntry.contract_id == contract_id,
                or_(PrepaidLedgerEntry.occurred_at < at, same_moment),
            )
            .order_by(PrepaidLedgerEntry.occurred_at, PrepaidLedgerEntry.id)
        )
    )
    return prepaid.replay(rows).debt


def debt_paid_by(session: Session, contract_id: int, minutes: int, day: dt.date) -> int:
    """How much of a block of `minutes` bought on `day` would first go to
    the debt (the top-up form says so before it is saved)."""
    return min(debt_at(session, contract_id, purchase_moment(day)), max(minutes, 0))


def draft_block_invoice(session: Session, entry: PrepaidLedgerEntry) -> Invoice:
    """A draft with the block's line, dated the day of purchase."""
    contract = session.get(Contract, entry.contract_id)
    assert contract is not None  # the ledger's foreign key
    client = session.get(Client, contract.client_id)
    assert client is not None
    series = default_series(session)
    day = entry.occurred_at.date()
    invoice = Invoice(
        kind="invoice",
        series_id=series.id,
        client_id=client.id,
        contract_id=contract.id,
        currency=client.currency,
        language=client.document_language,
        grouping="detail",
        status="draft",
        supply_from=day,
        supply_to=day,
    )
    session.add(invoice)
    session.flush()
    write_lines(session, invoice, block_lines(session, the_shop(session), client, [entry]))
    return invoice


class DebtAfterPurchase(PrepaidError):
    """A back-dated block would sit next to a debt it could have paid."""


def _refuse_debt_left_behind(session: Session, contract_id: int, entry: PrepaidLedgerEntry) -> None:
    """A block pays the debt owed at its place in the ledger (its purchase
    moment is midnight, before that day's work). Dated before work already
    counted as debt (while it was valid), it would keep hours while the
    client still owes: refused, so a new block always covers the debt
    first. Nothing is written (the caller's transaction rolls back)."""
    state = prepaid.ledger_state(session, contract_id)
    block = next(b for b in state.blocks if b.purchase_id == entry.id)
    if not state.debt or not block.remaining:
        return
    end = end_of(entry.expires_on) if entry.expires_on else None
    later_debt = session.scalar(
        select(func.min(PrepaidLedgerEntry.occurred_at)).where(
            PrepaidLedgerEntry.contract_id == contract_id,
            PrepaidLedgerEntry.block_id.is_(None),
            PrepaidLedgerEntry.minutes < 0,
            PrepaidLedgerEntry.occurred_at > entry.occurred_at,
            *([PrepaidLedgerEntry.occurred_at < end] if end else []),
        )
    )
    if later_debt is not None:
        after = later_debt.date() + dt.timedelta(days=1)
        raise DebtAfterPurchase(
            f"The client owes hours for work on {later_debt:%Y-%m-%d}, after this purchase "
            f"date: date the purchase {after:%Y-%m-%d} or later so the block pays that "
            "debt first."
        )


def buy_block(
    session: Session,
    contract_id: int,
    *,
    minutes: int,
    amount_minor: int,
    at: dt.datetime,
    expires_on: dt.date | None = None,
    note: str = "",
) -> Bought:
    """`prepaid.top_up`, then what the purchase did. A block bought while
    the balance is negative pays the debt first: a 10:00 h block after 3:00 h
    of debt shows 7:00 h left and no debt."""
    entry = prepaid.top_up(
        session,
        contract_id,
        minutes=minutes,
        amount_minor=amount_minor,
        at=at,
        expires_on=expires_on,
        note=note,
    )
    _refuse_debt_left_behind(session, contract_id, entry)
    owed = debt_at(session, contract_id, entry.occurred_at, entry.id)
    view = as_of(session, contract_id, at.date())
    block = next(b for b in view.blocks if b.purchase_id == entry.id)
    draft = None
    if amount_minor > 0 and invoice_on_purchase(session):
        draft = draft_block_invoice(session, entry).id
    return Bought(
        entry=entry,
        debt_paid_minutes=min(owed, minutes),
        block_left_minutes=block.left,
        balance_minutes=view.left_minutes,
        debt_minutes=view.debt_minutes,
        draft_invoice_id=draft,
    )


def suggested_price(minutes: int, hourly_rate_minor: int | None) -> int | None:
    """The block's price at the contract's rate (None when it has none)."""
    if hourly_rate_minor is None:
        return None
    return (minutes * hourly_rate_minor + 30) // 60


def record_top_up(
    session: Session,
    contract_id: int,
    *,
    minutes: int,
    amount_minor: int,
    on: dt.date,
    expires_on: dt.date | None,
    note: str = "",
) -> Bought:
    """`buy_block` on the day `on` (at its `purchase_moment`, as the command
    line does), with a refusal raised as a ValidationError naming the field
    it concerns ("hours", "price", "expires_on"), so a form can show it
    where the user typed."""
    at = purchase_moment(on)
    try:
        bought = buy_block(
            session,
            contract_id,
            minutes=minutes,
            amount_minor=amount_minor,
            at=at,
            expires_on=expires_on,
            note=note,
        )
    except DebtAfterPurchase as exc:
        raise ValidationError({"purchased_on": str(exc)}) from exc
    except PrepaidError as exc:
        contract = session.get(Contract, contract_id)
        minimum = (contract.minimum_purchase_minutes or 0) if contract is not None else 0
        if minutes <= 0 or minutes < minimum:
            key = "hours"
        elif amount_minor < 0:
            key = "price"
        elif expires_on is not None and expires_on < at.date():
            key = "expires_on"
        else:
            key = "contract"
        raise ValidationError({key: str(exc)}) from exc
    except UserError as exc:
        # Drafting the block's invoice at once was refused (no invoice
        # series yet…): nothing is saved, the form says why.
        raise ValidationError({"invoice": str(exc)}) from exc
    return bought
