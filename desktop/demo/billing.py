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
from desktop.documents.phrases import phrase
from desktop.services.billing.rounding import RoundingRule, bill_entry

DAY = dt.timedelta(days=1)
# The demo's one adjustment, as the shop would type it for the client.
GOODWILL = {
    "en": "Goodwill: 1 h credited after a faulty update",
    "pl": "Gest dobrej woli: 1 godz. zwrócona po wadliwej aktualizacji",
    "sv": "Goodwill: 1 tim krediterad efter en felaktig uppdatering",
    "el": "Καλή θέληση: πιστώθηκε 1 ώρα μετά από ελαττωματική ενημέρωση",
    "eo": "Bonvolo: 1 h kreditita post misa ĝisdatigo",
}


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
        language = plan.table("clients")[meta["client"]]["document_language"]
        block = meta["block_hours"] * 60
        negative = row["overage_rule"] == "negative"
        # The contract that may go negative stopped buying long ago (it is in
        # debt now); the last one stopped recently (its balance is low).
        stop = None
        if negative:
            stop = plan.today - 240 * DAY
        elif position == len(prepaid) - 1:
            stop = plan.today - 45 * DAY
        blocks: list[list[Any]] = []  # [first index, minutes left, expires_on]
        debt = [0]  # minutes overdrawn; the next purchase pays them first

        def buy(
            when: dt.datetime, minutes: int, row=row, blocks=blocks, debt=debt, contract=contract
        ) -> None:
            expires = when.date() + 365 * DAY
            hours = minutes // 60
            paid = min(debt[0], minutes)
            debt[0] -= paid
            blocks.append([len(first), minutes - paid, expires])
            first.append(
                _ledger(
                    contract,
                    "purchase",
                    when,
                    minutes,
                    amount=hours * row["hourly_rate_minor"],
                    expires=expires,
                    note="",  # the statement prints the amount and the expiry
                )
            )

        def expire(until: dt.date, blocks=blocks, contract=contract, language=language) -> None:
            for item in blocks:
                if item[2] < until and item[1] > 0:
                    # Same moment as prepaid.expire_blocks: the day after expiry.
                    when = dt.datetime.combine(item[2] + DAY, dt.time.min)
                    bought = f"{first[item[0]]['occurred_at']:%Y-%m-%d}"
                    note = phrase(language, "expired", date=bought)
                    second.append((_ledger(contract, "expiry", when, -item[1], note=note), item[0]))
                    item[1] = 0

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
                blocks.append([len(first), 60, dt.date.max])
                first.append(
                    _ledger(
                        contract,
                        "adjustment",
                        pending_adjustment,
                        60,
                        note=GOODWILL.get(language, GOODWILL["en"]),
                    )
                )
                pending_adjustment = None
            expire(when.date())
            need = billed[index][0]
            for item in sorted(blocks, key=lambda b: b[2]):
                take = min(need, item[1])
                if take:
                    item[1] -= take
                    need -= take
                    second.append(
                        (_ledger(contract, "deduction", when, -take, entry=index), item[0])
                    )
            if need and negative:
                first.append(
                    _ledger(
                        contract,
                        "deduction",
                        when,
                        -need,
                        entry=index,
                        note=phrase(language, "work_of", date=f"{entry['started_at']:%Y-%m-%d}"),
                    )
                )
                debt[0] += need
                need = 0
            if billed[index][0] - need:
                deducted[index] = billed[index][0] - need
            left = sum(item[1] for item in blocks)
            if left < block // 5 and (stop is None or when.date() < stop):
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
    }
