"""Buying a block of prepaid hours, the one way the window and the command
line both do it: record the purchase at its moment, say how much of the
block paid back a debt, and, when the shop invoices on purchase, draft the
block's invoice at once (otherwise the next month-end run bills it)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from desktop.models import Client, Contract, Invoice, PrepaidLedgerEntry
from desktop.services.billing.blocks import block_lines, invoice_on_purchase
from desktop.services.billing.invoices import default_series, write_lines
from desktop.services.billing.rules import the_shop
from desktop.services.prepaid import ledger as prepaid

from .dated import as_of


@dataclass(frozen=True)
class Bought:
    entry: PrepaidLedgerEntry
    debt_paid_minutes: int  # the debt owed at the purchase that the block paid first
    block_left_minutes: int  # what is left of the block at the end of its day
    balance_minutes: int  # the contract's hours left at the end of that day
    debt_minutes: int  # still owed at the end of that day
    draft_invoice_id: int | None  # drafted at once (invoice on purchase)


def debt_at(session: Session, contract_id: int, entry: PrepaidLedgerEntry) -> int:
    """Minutes owed just before `entry` in the ledger's order: the debt a
    purchase recorded there pays first."""
    rows = list(
        session.execute(
            select(*prepaid.LEDGER_COLUMNS)
            .where(
                PrepaidLedgerEntry.contract_id == contract_id,
                or_(
                    PrepaidLedgerEntry.occurred_at < entry.occurred_at,
                    and_(
                        PrepaidLedgerEntry.occurred_at == entry.occurred_at,
                        PrepaidLedgerEntry.id < entry.id,
                    ),
                ),
            )
            .order_by(PrepaidLedgerEntry.occurred_at, PrepaidLedgerEntry.id)
        )
    )
    return prepaid.replay(rows).debt


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
    owed = debt_at(session, contract_id, entry)
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
