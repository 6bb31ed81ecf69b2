"""Month-end billing of the ten-year shop: per client and month one invoice
(issued in the first days of the next month, numbered gaplessly in issue
order), prepaid deductions in the ledger, payments, a few credit notes, and
the issued-invoice hash chain computed with desktop.db.integrity_chain's own
function over the same values the check reads back.

Line rules follow desktop/services/billing/labour.py: billed minutes from the
contract's (else the shop's) rounding rule, time priced by the minute
(pricing.minute_net, rounded once; by_minute set), other line nets from
tax.line_net, VAT per rate over the sum of line nets (tax.vat_summary)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from _gen_common import (
    DAY,
    TIME_ENTRY_COLUMNS,
    month_start,
    next_month,
)
from _gen_invoices import InvoiceWriter
from _gen_prepaid import PrepaidLedger
from _gen_reference import Shop, shop_rules
from _gen_work import Entry, WorkPlanner

from desktop.models import Invoice, InvoiceLine

INVOICE_COLUMNS = [c.name for c in Invoice.__table__.columns]
LINE_COLUMNS = [c.name for c in InvoiceLine.__table__.columns]
LEDGER_COLUMNS = (
    "id contract_id kind occurred_at minutes amount_minor expires_on block_id time_entry_id"
    " note recorded_at"
).split()
CREDIT_NOTE_SHARE = 0.004  # of invoices with fee lines


class Biller(PrepaidLedger, InvoiceWriter):
    def __init__(self, shop: Shop, work: WorkPlanner) -> None:
        self.shop, self.work = shop, work
        load = shop.loader
        load.columns("time_entries", TIME_ENTRY_COLUMNS)
        load.columns("invoices", INVOICE_COLUMNS)
        load.columns("invoice_lines", LINE_COLUMNS)
        load.columns("prepaid_ledger", LEDGER_COLUMNS)
        load.columns(
            "payments",
            "id invoice_id received_on amount_minor method reference created_at updated_at".split(),
        )
        self.shop_rules = shop_rules()
        self.ids = defaultdict(int)
        self.seq = {1: 0, 2: 0}
        self.prev_hash: dict[int, str | None] = {1: None, 2: None}
        self.rates: dict[tuple, int] = {}
        self.prepaid: dict[int, dict[str, Any]] = {}  # contract id → ledger state
        self.credit_notes: list[tuple[dt.date, dict, dict]] = []
        self.stopped = False  # once a month stays unbilled, so do the later ones
        self.unbilled = 0

    # -- months --------------------------------------------------------------

    def bill_month(self, month_key: int, entries: list[Entry]) -> None:
        cal = self.shop.calendar
        first = dt.date(month_key // 12, month_key % 12 + 1, 1)
        issue_index = cal.first_on_or_after(next_month(first)) + self.shop.rng.randrange(0, 3)
        if self.stopped or issue_index >= len(cal.days):
            self.stopped = True
            self._write_entries(entries, {}, None)
            return
        issue = cal.days[issue_index]
        by_client: dict[int, list[Entry]] = defaultdict(list)
        for entry in entries:
            by_client[entry[2]["id"]].append(entry)
        lines_of: dict[int, dict] = {}  # entry id → its invoice line
        drafts = []
        for client in self.shop.clients:
            own = by_client.get(client["id"], [])
            if not own and not (client["since"] <= first < client["until"]):
                continue
            draft = self._draft(client, first, own, lines_of)
            if draft["lines"]:
                drafts.append(draft)
        drafts.sort(key=lambda d: d["client"]["id"])
        for draft in drafts:
            self._issue(draft, issue)
        self._write_entries(entries, lines_of, issue)
        self._issue_credit_notes(issue)

    def _rate(self, currency: str, work_type: int, year: int) -> int:
        key = (currency, work_type, year)
        if key not in self.rates:
            code = next(c for c, i in self.shop.work_types.items() if i == work_type)
            self.rates[key] = self.shop.rate(currency, code, year)
        return self.rates[key]

    def _draft(self, client, first: dt.date, entries: list[Entry], lines_of) -> dict[str, Any]:
        cal = self.shop.calendar
        keyed: dict[tuple, dict[str, Any]] = {}
        lines: list[dict[str, Any]] = []
        draft = {"client": client, "month": first, "lines": lines, "contract": None}

        def line(key, kind, description, price, day, unit="h") -> dict[str, Any]:
            if key is not None and key in keyed:
                found = keyed[key]
                found["line_date"] = min(found["line_date"], day)
                return found
            new = {
                "kind": kind,
                "description": description,
                "unit": unit,
                "unit_price_minor": price,
                "line_date": day,
                "minutes": 0,
                "raw_minutes": 0,
                "quantity_milli": 0,
                "entries": [],
                "contract_id": None,
                "period_from": None,
                "period_to": None,
            }
            lines.append(new)
            if key is not None:
                keyed[key] = new
            return new

        grouping = client["grouping"]
        names = self.shop.work_type_names
        labels = self.work.ticket_labels
        term_used = 0
        visits = set()
        prices = {wt: self._rate(client["currency"], wt, first.year) for wt in names}
        entries.sort(key=lambda e: (e[7], e[8], e[0]))
        for entry in entries:
            if not entry[11]:
                continue
            contract = entry[4]
            rule_text, table = (contract["rules"] if contract else self.shop_rules)[entry[13]]
            billed = table[min(entry[10], 600)]
            entry.append(billed)
            entry.append(rule_text)
            wt = entry[6]
            price = prices[wt]
            kind, note, minutes, extra = "labour", "", billed, 0
            if contract is not None:
                draft["contract"] = contract
                if contract["kind"] == "prepaid" and wt in contract["consumes"]:
                    drawn = self._deduct(contract, entry, billed)
                    kind, note, minutes, extra = (
                        "prepaid",
                        "— deducted from prepaid hours",
                        drawn,
                        billed - drawn,
                    )
                elif contract["kind"] in ("managed", "term") and wt in contract["covered"]:
                    cap = contract["included"]
                    covered = billed if cap is None else max(0, min(billed, cap - term_used))
                    term_used += covered
                    kind, note, minutes, extra = (
                        "covered",
                        f"— covered by {contract['name']}",
                        covered,
                        billed - covered,
                    )
                if contract["trip_fee"] and entry[5] is not None:
                    visits.add(entry[5])
            ticket = entry[3]
            if grouping == "detail":
                key = None
            elif grouping == "ticket" and ticket is not None:
                key = (kind, ticket, wt)
            else:
                key = (kind, "wt", wt)
            target = keyed.get(key) if key is not None else None
            if target is None:
                if grouping == "detail":
                    text = entry[12]
                    if ticket is not None:
                        text = f"{labels[ticket].split(' ')[0]}: {text}"
                elif key[1] == "wt":
                    text = names[wt]
                else:
                    text = f"{labels[ticket]} — {names[wt]}"
                target = line(
                    key,
                    kind,
                    f"{text} {note}".rstrip(),
                    0 if kind != "labour" else price,
                    cal.days[entry[7]],
                )
            target["minutes"] += minutes
            target["raw_minutes"] += entry[10]
            target["entries"].append(entry[0])
            lines_of[entry[0]] = target
            if extra:
                over = contract["overage_rate"] or price
                label = "beyond prepaid hours" if kind == "prepaid" else "beyond the hours included"
                extra_line = line(
                    (kind, "over", wt, over),
                    "labour",
                    f"{names[wt]} — {label}",
                    over,
                    cal.days[entry[7]],
                )
                extra_line["minutes"] += extra
        if visits:
            trip = line(
                None,
                "travel",
                "Trip fee, on-site visits",
                draft["contract"]["trip_fee"],
                first,
                unit="trip",
            )
            trip["quantity_milli"] = 1000 * len(visits)
        self._fees(client, first, line)
        self._purchases(client, first, line)
        return draft

    def _fees(self, client, first: dt.date, line) -> None:
        contract = client["contract"]
        if contract is None or contract["kind"] not in ("managed", "term"):
            return
        if first < month_start(contract["starts"]) or (
            contract["ends"] is not None and first > contract["ends"]
        ):
            return
        last = next_month(first) - DAY
        items = contract["fees"] or [(contract["name"], 1000, "period", contract["price"])]
        for description, quantity, unit, price in items:
            fee = line(None, "fee", f"{description}, {first} – {last}", price, first, unit=unit)
            fee.update(
                quantity_milli=quantity,
                contract_id=contract["id"],
                period_from=first,
                period_to=last,
            )

    # -- prepaid ----------------------------------------------------------------
