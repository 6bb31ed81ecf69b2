"""Selling blocks of prepaid hours: every purchase and top-up is invoiced
once, at the block's price, with the client's VAT treatment.

A purchase is due while it has a price, no invoice line of ours
(`PrepaidLedgerEntry.invoice_line_id`) and is not settled elsewhere
(`invoiced_elsewhere`: bought before migration 0011). Drafting an invoice
links the line; deleting the draft or crediting the line with release
(`invoices.release_work`) clears the link, so the next run bills the block
again. A credit note without release leaves the block invoiced: the money
was given back, the hours stay with the client (take them back with an
adjustment if that was the deal).

The line is a 'fee' line (a fixed-price sale, one piece): 'prepaid' lines
are the zero-priced "deducted from prepaid hours" lines of labour.py."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Exists, select
from sqlalchemy.orm import Session

from desktop.models import Client, Contract, Invoice, InvoiceLine, PrepaidLedgerEntry, Shop
from desktop.services.billing.line_drafts import LineDraft
from desktop.services.billing.rules import vat_treatment
from desktop.services.common.settings_store import get_setting, put_setting

INVOICE_ON_PURCHASE_KEY = "prepaid_invoice_on_purchase"
BLOCK_UNIT = "pc"


def invoice_on_purchase(session: Session) -> bool:
    """True: a top-up drafts its invoice at once; False (the default): the
    next month-end run for the client bills it."""
    return bool(get_setting(session, INVOICE_ON_PURCHASE_KEY, False))


def set_invoice_on_purchase(session: Session, on: bool) -> None:
    put_setting(session, INVOICE_ON_PURCHASE_KEY, bool(on))


def _due() -> ColumnElement[bool]:
    """The purchases no line of ours bills yet (a WHERE clause)."""
    return (
        (PrepaidLedgerEntry.kind == "purchase")
        & (PrepaidLedgerEntry.amount_minor > 0)
        & PrepaidLedgerEntry.invoice_line_id.is_(None)
        & (PrepaidLedgerEntry.invoiced_elsewhere == False)  # noqa: E712
    )


def blocks_due(session: Session, client_id: int, until: dt.date) -> list[PrepaidLedgerEntry]:
    """The client's purchases bought up to the end of `until`, not invoiced
    yet, oldest first."""
    end = dt.datetime.combine(until + dt.timedelta(days=1), dt.time.min)
    return list(
        session.scalars(
            select(PrepaidLedgerEntry)
            .join(Contract, Contract.id == PrepaidLedgerEntry.contract_id)
            .where(Contract.client_id == client_id, PrepaidLedgerEntry.occurred_at < end, _due())
            .order_by(PrepaidLedgerEntry.occurred_at, PrepaidLedgerEntry.id)
        )
    )


def client_has_blocks_due(until: dt.date) -> Exists:
    """An EXISTS for `clients_to_bill`: the client has a block to invoice."""
    end = dt.datetime.combine(until + dt.timedelta(days=1), dt.time.min)
    return (
        select(PrepaidLedgerEntry.id)
        .join(Contract, Contract.id == PrepaidLedgerEntry.contract_id)
        .where(Contract.client_id == Client.id, PrepaidLedgerEntry.occurred_at < end, _due())
        .exists()
    )


def describe_block(purchase: PrepaidLedgerEntry, contract_name: str) -> str:
    hours, minutes = divmod(purchase.minutes, 60)
    size = f"{hours} h" if not minutes else f"{hours} h {minutes:02d} min"
    text = f"Prepaid hours, {contract_name}: block of {size} bought {purchase.occurred_at:%Y-%m-%d}"
    if purchase.expires_on is not None:
        text += f", valid until {purchase.expires_on:%Y-%m-%d}"
    return text


def block_lines(
    session: Session, shop: Shop, client: Client, purchases: list[PrepaidLedgerEntry]
) -> list[LineDraft]:
    """One line per block: one piece at the block's price."""
    vat = vat_treatment(session, shop, client)
    lines = []
    for purchase in purchases:
        contract = session.get(Contract, purchase.contract_id)
        assert contract is not None  # the ledger's foreign key
        lines.append(
            LineDraft(
                kind="fee",
                group_key=("block", purchase.id),
                description=describe_block(purchase, contract.name),
                unit=BLOCK_UNIT,
                unit_price_minor=purchase.amount_minor,
                vat=vat,
                line_date=purchase.occurred_at.date(),
                quantity_milli=1000,
                prepaid_purchase_ids=[purchase.id],
                contract_id=contract.id,
            )
        )
    return lines


def bill_blocks(session: Session, shop: Shop, client: Client, until: dt.date) -> list[LineDraft]:
    """Lines for every block the client bought up to `until` and not invoiced yet."""
    return block_lines(session, shop, client, blocks_due(session, client.id, until))


@dataclass(frozen=True)
class BlockInvoice:
    """Which invoice bills a block: its number once issued (None while a
    draft), or settled elsewhere (no invoice of ours)."""

    invoice_id: int | None
    number: str | None
    elsewhere: bool = False

    @property
    def state(self) -> str:
        return "elsewhere" if self.elsewhere else "issued" if self.number else "draft"

    def text(self) -> str:
        if self.elsewhere:
            return "invoiced elsewhere"
        if self.number:
            return self.number
        return f"draft {self.invoice_id}"


def block_invoices(session: Session, contract_id: int) -> dict[int, BlockInvoice]:
    """Purchase id → the invoice that bills it, for every purchase of the
    contract that is invoiced (due ones are absent)."""
    rows = session.execute(
        select(
            PrepaidLedgerEntry.id,
            PrepaidLedgerEntry.invoiced_elsewhere,
            Invoice.id,
            Invoice.number,
        )
        .outerjoin(InvoiceLine, InvoiceLine.id == PrepaidLedgerEntry.invoice_line_id)
        .outerjoin(Invoice, Invoice.id == InvoiceLine.invoice_id)
        .where(
            PrepaidLedgerEntry.contract_id == contract_id,
            PrepaidLedgerEntry.kind == "purchase",
        )
    )
    found = {}
    for purchase_id, elsewhere, invoice_id, number in rows:
        if invoice_id is not None:
            found[purchase_id] = BlockInvoice(invoice_id, number)
        elif elsewhere:
            found[purchase_id] = BlockInvoice(None, None, elsewhere=True)
    return found
