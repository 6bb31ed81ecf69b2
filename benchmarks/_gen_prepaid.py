"""The prepaid-hours ledger of the ten-year shop: blocks bought, drawn
first-expiring first, topped up and expired (see desktop/services/prepaid/ledger.py)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from _gen_common import (
    DAY,
    MINUTE,
    ts,
)
from _gen_work import Entry

from desktop.models import Invoice, InvoiceLine
from desktop.services.prepaid.ledger import Block, LedgerState, draw

INVOICE_COLUMNS = [c.name for c in Invoice.__table__.columns]
LINE_COLUMNS = [c.name for c in InvoiceLine.__table__.columns]
LEDGER_COLUMNS = (
    "id contract_id kind occurred_at minutes amount_minor expires_on block_id time_entry_id"
    " note recorded_at"
).split()
CREDIT_NOTE_SHARE = 0.004  # of invoices with fee lines


class PrepaidLedger:
    """Mixed into Biller: prepaid contract states and their ledger rows."""

    def _state(self, contract: dict[str, Any]) -> dict[str, Any]:
        state = self.prepaid.get(contract["id"])
        if state is None:
            state = {"ledger": LedgerState(), "bought": []}
            self.prepaid[contract["id"]] = state
            self._buy(contract, state, dt.datetime.combine(contract["starts"], dt.time(9, 0)))
        return state

    def _buy(self, contract, state, when: dt.datetime) -> None:
        self.ids["ledger"] += 1
        minutes = contract["block"]
        hours = minutes // 60
        expires = when.date() + 365 * DAY
        state["ledger"].blocks.append(
            Block(self.ids["ledger"], when.date(), minutes, minutes, expires)
        )
        state["bought"].append((when, hours, expires))
        self._ledger(
            contract["id"],
            "purchase",
            when,
            minutes,
            hours * contract["hourly_rate"],
            expires,
            None,
            None,
            f"Block of {hours} h",
        )

    def _expire(self, contract_id: int, state, until: dt.date) -> None:
        for block in state["ledger"].blocks:
            if block.expires_on is not None and block.expires_on < until and block.remaining:
                when = dt.datetime.combine(block.expires_on + DAY, dt.time())
                self._ledger(
                    contract_id,
                    "expiry",
                    when,
                    -block.remaining,
                    0,
                    None,
                    block.purchase_id,
                    None,
                    "Unused hours expired",
                )
                block.remaining = 0

    def _deduct(self, contract, entry: Entry, billed: int) -> int:
        """Draw billed minutes from the first-expiring blocks; top up when
        less than a fifth of a block is left. Returns the minutes drawn."""
        state = self._state(contract)
        day = self.shop.calendar.days[entry[7]]
        when = dt.datetime.combine(day, dt.time()) + entry[9] * MINUTE
        self._expire(contract["id"], state, day)
        ledger: LedgerState = state["ledger"]
        # The app's own rule (first to expire first), so the data is what it would write.
        drawn, need = draw(ledger, billed, day)
        by_id = {block.purchase_id: block for block in ledger.blocks}
        for block_id, take in drawn:
            by_id[block_id].remaining -= take
            self._ledger(
                contract["id"],
                "deduction",
                when,
                -take,
                0,
                None,
                block_id,
                entry[0],
                f"Work of {day}",
            )
        ledger.blocks = [b for b in ledger.blocks if b.remaining > 0]  # used up: forget
        if ledger.balance < contract["block"] // 5:
            self._buy(contract, state, when + MINUTE)
        return billed - need

    def _purchases(self, client, first: dt.date, line) -> None:
        contract = client["contract"]
        state = self.prepaid.get(contract["id"]) if contract else None
        if state is None:
            return
        for when, hours, expires in state["bought"]:
            block = line(
                None,
                "prepaid",
                f"Prepaid support hours: block of {hours} h, valid until {expires}",
                contract["hourly_rate"],
                when.date(),
            )
            block["minutes"] = hours * 60
        state["bought"] = []

    def _ledger(self, contract_id, kind, when, minutes, amount, expires, block, entry, note):
        if kind != "purchase":
            self.ids["ledger"] += 1
        self.shop.loader.add(
            "prepaid_ledger",
            (
                self.ids["ledger"],
                contract_id,
                kind,
                ts(when),
                minutes,
                amount,
                expires.isoformat() if expires else None,
                block,
                entry,
                note,
                ts(when),
            ),
        )

    def finish(self) -> None:
        """Blocks that expired before today."""
        for contract_id, state in self.prepaid.items():
            self._expire(contract_id, state, self.shop.today)

    # -- issuing -------------------------------------------------------------------
