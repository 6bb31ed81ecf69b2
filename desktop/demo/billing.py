"""Demo billing: the prepaid-hours ledger, invoices, a credit note and payments.

Months before the previous one are invoiced (issued, mostly paid); the
previous month has two drafts; everything newer is unbilled work. Billed
minutes and the rounding rule are written only on entries that sit on an
invoice line, so "unbilled" always means "no billed minutes yet"."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from desktop.demo.invoices import plan_invoices
from desktop.demo.plan import Plan
from desktop.services.billing.rounding import RoundingRule, bill_entry
from desktop.services.prepaid.ledger import Block, LedgerState, draw

DAY = dt.timedelta(days=1)


def plan_billing(plan: Plan) -> None:
    """Rounding of every entry, the prepaid ledger, then the invoices."""
    billed = _rounding(plan)
    deducted = _prepaid_ledger(plan, billed)
    plan_invoices(plan, billed, deducted)


def _rule(plan: Plan, entry: dict[str, Any]) -> RoundingRule:
    contract = entry["contract_id"]
    if contract is None:
        shop = plan.table("shop")[0]
        return RoundingRule(shop["rounding_increment_min"], shop["rounding_mode"])
    increment, mode, minimum = plan.contract_meta[contract]["rounding"]
    return RoundingRule(increment, mode, "entry", minimum if entry["on_site"] else 0)


def _rounding(plan: Plan) -> list[tuple[int, str]]:
    """(billed minutes, rule text) for every entry, stored later if invoiced."""
    result = []
    for entry in plan.table("time_entries"):
        rule = _rule(plan, entry)
        result.append((bill_entry(entry["raw_minutes"], rule), rule.describe()))
    return result


# -- prepaid ledger --------------------------------------------------------------


def _prepaid_ledger(plan: Plan, billed: list[tuple[int, str]]) -> dict[int, int]:
    """Purchases, deductions (first-expiring block first), expiries and one
    adjustment. Returns the minutes deducted per time entry."""
    entries = plan.table("time_entries")
    first: list[dict[str, Any]] = []  # rows not pointing at a block
    second: list[tuple[dict[str, Any], int]] = []  # rows pointing at first[i]
    deducted: dict[int, int] = {}
    by_contract: dict[int, list[int]] = defaultdict(list)
    for index, entry in enumerate(entries):
        by_contract[entry["contract_id"]].append(index)
    prepaid = [
        c
        for c, m in enumerate(plan.contract_meta)
        if m["kind"] == "prepaid" and m["status"] in ("active", "ended")
    ]
    for position, contract in enumerate(prepaid):
        meta = plan.contract_meta[contract]
        row = plan.table("contracts")[contract]
        block = meta["block_hours"] * 60
        negative = row["overage_rule"] == "negative"
        # The contract that may go negative stopped buying long ago (it is in
        # debt now); the last one stopped recently (its balance is low).
        stop = None
        if negative:
            stop = plan.today - 240 * DAY
        elif position == len(prepaid) - 1:
            stop = plan.today - 45 * DAY
        # Block ids are positions in `first`; state.debt is what was overdrawn,
        # which the next purchase pays first.
        state = LedgerState()

        def buy(when: dt.datetime, minutes: int, row=row, state=state, contract=contract) -> None:
            expires = when.date() + 365 * DAY
            hours = minutes // 60
            paid = min(state.debt, minutes)
            state.debt -= paid
            state.blocks.append(Block(len(first), when.date(), minutes, minutes - paid, expires))
            first.append(
                _ledger(
                    contract,
                    "purchase",
                    when,
                    minutes,
                    amount=hours * row["hourly_rate_minor"],
                    expires=expires,
                    note=f"Block of {hours} h",
                )
            )

        def expire(until: dt.date, state=state, contract=contract) -> None:
            for item in state.blocks:
                if item.expires_on is not None and item.expires_on < until and item.remaining:
                    # Same moment as prepaid.expire_blocks: the day after expiry.
                    when = dt.datetime.combine(item.expires_on + DAY, dt.time.min)
                    note = "Unused hours expired"
                    row = _ledger(contract, "expiry", when, -item.remaining, note=note)
                    second.append((row, item.purchase_id))
                    item.remaining = 0

        opening = dt.datetime.combine(max(meta["starts"], plan.start - 45 * DAY), dt.time(9, 0))
        buy(opening, block * (2 if plan.client_meta[meta["client"]]["weight"] <= 2 else 1))
        pending_adjustment = opening + 200 * DAY if position == 0 else None
        consumes = {plan.work_type_index[c] for c in meta["consumes"]}
        # In the order of the deductions (at the end of each entry), the order
        # prepaid.replay reads the ledger in.
        for index in sorted(by_contract[contract], key=lambda i: entries[i]["ended_at"]):
            entry = entries[index]
            if not entry["billable"] or entry["work_type_id"] not in consumes:
                continue
            when = entry["ended_at"]
            if pending_adjustment is not None and pending_adjustment < when:
                # A positive adjustment outside any block stands as its own
                # block with no expiry (prepaid.replay treats it so).
                state.blocks.append(Block(len(first), pending_adjustment.date(), 60, 60, None))
                first.append(
                    _ledger(
                        contract,
                        "adjustment",
                        pending_adjustment,
                        60,
                        note="Goodwill: 1 h credited after a faulty update",
                    )
                )
                pending_adjustment = None
            expire(when.date())
            # The app's own rule (ledger.draw: first to expire first).
            drawn, need = draw(state, billed[index][0], when.date())
            by_id = {item.purchase_id: item for item in state.blocks}
            for block_id, take in drawn:
                by_id[block_id].remaining -= take
                second.append((_ledger(contract, "deduction", when, -take, entry=index), block_id))
            if need and negative:
                first.append(
                    _ledger(
                        contract,
                        "deduction",
                        when,
                        -need,
                        entry=index,
                        note="Overdrawn: no block left",
                    )
                )
                state.debt += need
                need = 0
            if billed[index][0] - need:
                deducted[index] = billed[index][0] - need
            if state.balance + state.debt < block // 5 and (stop is None or when.date() < stop):
                # The client tops up right away (the alert at 80 % went out).
                buy(when + dt.timedelta(minutes=1), block)
        expire(plan.today)
    ledger = plan.table("prepaid_ledger")
    ledger.extend(first)
    for row, block_index in second:
        row["block_id"] = block_index
        ledger.append(row)
    # Keep the purchase rows' local ids stable: they are positions in `first`.
    assert all(r["block_id"] is None for r in ledger[: len(first)])
    return deducted


def _ledger(
    contract: int,
    kind: str,
    when: dt.datetime,
    minutes: int,
    *,
    amount: int = 0,
    expires: dt.date | None = None,
    entry: int | None = None,
    note: str = "",
) -> dict[str, Any]:
    return {
        "contract_id": contract,
        "kind": kind,
        "occurred_at": when,
        "minutes": minutes,
        "amount_minor": amount,
        "expires_on": expires,
        "block_id": None,
        "time_entry_id": entry,
        "note": note,
        "recorded_at": when,
        # The demo bills its blocks with lines of its own (demo/invoices.py),
        # not linked to the purchase: settled, so a month-end run over the
        # demo does not bill them again.
        "invoiced_elsewhere": kind == "purchase",
    }
