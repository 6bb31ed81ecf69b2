"""Demo invoices: one per client and month of older work, numbered gaplessly
in issue order, with a credit note, two drafts and payments.

Line nets are exact (rates are whole units and billed time is a multiple of
6 minutes); VAT is computed per rate over the sum of line nets (EN 16931)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from desktop.demo.invoice_rows import (
    DAY,
    month_start,
    next_month,
    plan_credit_note,
    write_invoice,
)
from desktop.demo.plan import Plan
from desktop.services.billing.pricing import minute_net, minutes_milli
from desktop.services.common.money import round_half_up

DRAFT_CLIENTS = (0, 15)


class _Draft:
    """An invoice being put together: its lines and what each line bills."""

    def __init__(self, client: int, month: dt.date) -> None:
        self.client = client
        self.month = month
        self.lines: list[dict[str, Any]] = []
        self.keyed: dict[tuple, dict[str, Any]] = {}

    def line(
        self,
        key: tuple | None,
        kind: str,
        description: str,
        unit: str,
        price: int,
        tax: str,
        day: dt.date,
    ) -> dict[str, Any]:
        """The line for `key` (created on first use); None always makes a new one."""
        if key is not None and key in self.keyed:
            return self.keyed[key]
        line = {
            "kind": kind,
            "description": description,
            "unit": unit,
            "price": price,
            "tax": tax,
            "day": day,
            "quantity": 0,
            "raw": None,
            "billed": None,
            "net": None,
            "entries": [],
            "materials": [],
            "contract": None,
            "period": (None, None),
        }
        self.lines.append(line)
        if key is not None:
            self.keyed[key] = line
        return line


class _Book:
    """All invoices being put together, one per client and month."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.cutoff = month_start(month_start(plan.today) - DAY)  # first day of last month
        self.drafts: dict[tuple[int, dt.date], _Draft] = {}

    def draft_for(self, client: int, day: dt.date) -> _Draft | None:
        """The invoice that bills work of `day`, or None while it stays unbilled."""
        month = month_start(day)
        if month > self.cutoff or (month == self.cutoff and client not in DRAFT_CLIENTS):
            return None
        key = (client, month)
        if key not in self.drafts:
            self.drafts[key] = _Draft(client, month)
        return self.drafts[key]


def plan_invoices(plan: Plan, billed: list[tuple[int, str]], deducted: dict[int, int]) -> None:
    """Invoices, lines, payments and the credit note; marks billed entries."""
    book = _Book(plan)
    _labour_lines(book, billed, deducted)
    _other_lines(book)
    rng = plan.rng
    ready = [d for d in book.drafts.values() if d.lines]
    issue = {id(d): next_month(d.month) + rng.randrange(1, 6) * DAY for d in ready}
    # Issue in date order so the numbers follow the issue dates without gaps.
    ready.sort(key=lambda d: (issue[id(d)], d.client))
    seq = 0
    for draft in ready:
        if draft.month == book.cutoff:
            write_invoice(plan, draft, None, None)
        else:
            seq += 1
            write_invoice(plan, draft, seq, issue[id(draft)])
    plan.table("invoice_series")[0]["next_seq"] = seq + 1
    plan_credit_note(plan)


def _labour_lines(book: _Book, billed: list[tuple[int, str]], deducted: dict[int, int]) -> None:
    plan = book.plan
    entries = plan.table("time_entries")
    tickets = plan.table("tickets")
    contracts = plan.table("contracts")
    work_types = plan.table("work_types")
    term_used: dict[tuple[int, int], int] = defaultdict(int)
    for index, entry in enumerate(entries):
        if not entry["billable"]:
            continue
        client = entry["client_id"]
        day = entry["started_at"].date()
        draft = book.draft_for(client, day)
        if draft is None:
            continue
        meta = plan.client_meta[client]
        work_type = work_types[entry["work_type_id"]]
        code = work_type["code"]
        minutes, rule = billed[index]
        contract = entry["contract_id"]
        cmeta = plan.contract_meta[contract] if contract is not None else None
        price = plan.rate(meta["currency"], code, day)
        kind = "labour"
        label = work_type["name"]
        if cmeta and code in cmeta["covered"]:
            quarter = (contract, (day.year * 12 + day.month - 1) // 3)
            cap = contracts[contract]["included_minutes"]
            if cap is None or term_used[quarter] + minutes <= cap:
                term_used[quarter] += minutes
                kind, price = "covered", 0
                label += f", covered by {contracts[contract]['name']}"
            else:
                price = contracts[contract]["overage_rate_minor"]
                label += ", beyond the included hours"
        elif cmeta and deducted.get(index) == minutes:
            kind, price = "prepaid", 0
            label += ", drawn from prepaid hours"
        elif cmeta and cmeta["kind"] == "prepaid":
            # Partly or not covered by the blocks: the rest is overage.
            price = contracts[contract]["overage_rate_minor"]
            label += ", beyond the prepaid hours"
            minutes -= deducted.get(index, 0)
        ticket = entry["ticket_id"]
        key: tuple | None
        if meta["grouping"] == "detail":
            key = None
            label = f"{day:%Y-%m-%d} {label}: {entry['description']}"
        elif meta["grouping"] == "ticket" and ticket is not None:
            key = (kind, ticket, code, price)
            label = f"{tickets[ticket]['number']} {tickets[ticket]['title']} ({label})"
        elif meta["grouping"] == "visit" and entry["visit_id"] is not None:
            key = (kind, "visit", entry["visit_id"], price)
            label = f"On-site visit {day:%Y-%m-%d} ({label})"
        else:
            key = (kind, code, price)
        line = draft.line(key, kind, label, "h", price, meta["tax"], day)
        line["entries"].append(index)
        line["raw"] = (line["raw"] or 0) + entry["raw_minutes"]
        line["billed"] = (line["billed"] or 0) + minutes
        line["day"] = max(line["day"], day)
        entry["billed_minutes"] = billed[index][0]
        entry["rounding_rule"] = rule
    for draft in book.drafts.values():
        for line in draft.lines:
            # Priced by the minute, as the app drafts time (minute_net).
            line["quantity"] = minutes_milli(line["billed"])
            line["net"] = minute_net(line["billed"], line["price"])


def _other_lines(book: _Book) -> None:
    """Travel, materials, recurring fees and prepaid block purchases."""
    plan = book.plan
    contracts = plan.table("contracts")
    sites = plan.table("sites")
    for visit in plan.table("visits"):
        day = visit["arrived_at"].date()
        draft = book.draft_for(visit["client_id"], day)
        contract = _contract_on(plan, visit["client_id"], day)
        if draft is None or contract is None:
            continue
        terms = contracts[contract]
        tax = plan.client_meta[visit["client_id"]]["tax"]
        where = sites[visit["site_id"]]["city"]
        if terms["trip_fee_minor"]:
            line = draft.line(
                ("trip",),
                "travel",
                "Trip fee, on-site visits",
                "trip",
                terms["trip_fee_minor"],
                tax,
                day,
            )
            line["quantity"] += 1000
        if terms["distance_rate_minor"]:
            line = draft.line(
                ("km",),
                "travel",
                f"Travel distance ({where})",
                "km",
                terms["distance_rate_minor"],
                tax,
                day,
            )
            line["quantity"] += visit["travel_distance_m"]  # metres = thousandths of a km
        if terms["travel_rate_minor"]:
            line = draft.line(
                ("travel",), "travel", "Travel time", "h", terms["travel_rate_minor"], tax, day
            )
            line["billed"] = (line["billed"] or 0) + visit["travel_minutes"]
            line["quantity"] = minutes_milli(line["billed"])
    for index, material in enumerate(plan.table("material_entries")):
        draft = book.draft_for(material["client_id"], material["used_on"])
        if draft is None or not material["billable"]:
            continue
        code = plan.table("tax_rates")[material["tax_rate_id"]]["code"]
        line = draft.line(
            None,
            "material",
            material["description"],
            material["unit"],
            material["unit_price_minor"],
            code,
            material["used_on"],
        )
        line["quantity"] = material["quantity_milli"]
        line["materials"].append(index)
    _fee_lines(book)
    for draft in book.drafts.values():
        for line in draft.lines:
            if line["net"] is None and line["unit"] == "h" and line["billed"] is not None:
                line["net"] = minute_net(line["billed"], line["price"])
            elif line["net"] is None:
                line["net"] = round_half_up(line["quantity"] * line["price"], 1000)


def _fee_lines(book: _Book) -> None:
    plan = book.plan
    contracts = plan.table("contracts")
    fees = plan.table("contract_fees")
    for contract, meta in enumerate(plan.contract_meta):
        if meta["status"] not in ("active", "ended") or meta["kind"] not in ("managed", "term"):
            continue
        tax = plan.client_meta[meta["client"]]["tax"]
        month = month_start(max(meta["starts"], plan.start))
        while month <= book.cutoff and (meta["ends"] is None or month <= meta["ends"]):
            draft = book.draft_for(meta["client"], month)
            # Billed in advance per calendar period, named like the month-end
            # run names them (extras_billing.bill_fees) so it never bills twice.
            if draft is not None and meta["kind"] == "managed":
                period = (month, next_month(month) - DAY)
                for fee in meta["fees"]:
                    line = draft.line(
                        None,
                        "fee",
                        f"{fees[fee]['description']}, {period[0]} – {period[1]}",
                        fees[fee]["unit"],
                        fees[fee]["unit_price_minor"],
                        tax,
                        month,
                    )
                    line.update(
                        quantity=fees[fee]["quantity_milli"], contract=contract, period=period
                    )
            elif draft is not None and month.month % 3 == 1:
                period = (month, next_month(next_month(next_month(month))) - DAY)
                line = draft.line(
                    None,
                    "fee",
                    f"{contracts[contract]['name']}, {period[0]} – {period[1]}",
                    "period",
                    contracts[contract]["price_minor"],
                    tax,
                    month,
                )
                line.update(quantity=1000, contract=contract, period=period)
            month = next_month(month)
    for row in plan.table("prepaid_ledger"):
        if row["kind"] != "purchase":
            continue
        client = plan.contract_meta[row["contract_id"]]["client"]
        day = row["occurred_at"].date()
        draft = book.draft_for(client, day) if day >= plan.start else None
        if draft is not None:
            hours = row["minutes"] // 60
            line = draft.line(
                None,
                "prepaid",
                f"Prepaid support hours: block of {hours} h, "
                f"valid until {row['expires_on']:%Y-%m-%d}",
                "h",
                contracts[row["contract_id"]]["hourly_rate_minor"],
                plan.client_meta[client]["tax"],
                day,
            )
            line.update(quantity=hours * 1000, net=row["amount_minor"], contract=row["contract_id"])


def _contract_on(plan: Plan, client: int, day: dt.date) -> int | None:
    for contract in plan.client_meta[client]["contracts"]:
        meta = plan.contract_meta[contract]
        if meta["starts"] <= day and (meta["ends"] is None or day <= meta["ends"]):
            return contract
    return None
