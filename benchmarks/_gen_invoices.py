"""Issuing the ten-year shop's invoices: numbers, lines, VAT, payments,
credit notes, the hash chain, and the time entries that point at lines."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

from _gen_common import (
    CLOCK,
    DAY,
    MINUTE,
    next_month,
    sql_value,
    ts,
)
from _gen_reference import TAX
from _gen_work import Entry

from desktop.db.integrity_chain import (
    HASH_VERSION,
    INVOICE_FIELDS,
    LATER_LINE_FIELDS,
    LINE_FIELDS,
    _plain,
)
from desktop.models import Invoice, InvoiceLine
from desktop.services.billing.pricing import minute_net, minutes_milli
from desktop.services.billing.tax import TaxableLine, line_net, vat_summary
from desktop.services.common.money import round_half_up

INVOICE_COLUMNS = [c.name for c in Invoice.__table__.columns]
LINE_COLUMNS = [c.name for c in InvoiceLine.__table__.columns]
LEDGER_COLUMNS = (
    "id contract_id kind occurred_at minutes amount_minor expires_on block_id time_entry_id"
    " note recorded_at"
).split()
CREDIT_NOTE_SHARE = 0.004  # of invoices with fee lines


class InvoiceWriter:
    """Mixed into Biller: turns drafts into issued invoices and rows."""

    def _issue(self, draft: dict[str, Any], issue: dt.date) -> None:
        client = draft["client"]
        rate_bp, category, reason = TAX[client["tax"]]
        invoice_id = self._next("invoice")
        rows = []
        for position, line in enumerate(draft["lines"], start=1):
            hourly = line["unit"] == "h"
            quantity = minutes_milli(line["minutes"]) if hourly else line["quantity_milli"]
            # Time is priced by the minute, rounded once, as the app drafts it.
            net = (
                minute_net(line["minutes"], line["unit_price_minor"])
                if hourly
                else line_net(quantity, line["unit_price_minor"])
            )
            row = {
                "id": self._next("line"),
                "invoice_id": invoice_id,
                "position": position,
                "kind": line["kind"],
                "line_date": line["line_date"].isoformat(),
                "description": line["description"],
                "quantity_milli": quantity,
                "unit": line["unit"],
                "unit_price_minor": line["unit_price_minor"],
                "net_minor": net,
                "vat_rate_bp": rate_bp,
                "vat_category": category,
                "vat_exemption_reason": reason,
                "raw_minutes": line["raw_minutes"] if hourly and line["entries"] else None,
                "billed_minutes": line["minutes"] if hourly else None,
                "contract_id": line["contract_id"],
                "period_from": line["period_from"] and line["period_from"].isoformat(),
                "period_to": line["period_to"] and line["period_to"].isoformat(),
                "credits_line_id": None,
                "releases_work": False,
                "vat_adjust_minor": 0,
                "by_minute": hourly,
            }
            line["id"] = row["id"]
            rows.append(row)
        month = draft["month"]
        contract = draft["contract"]
        issued_at = dt.datetime.combine(issue, dt.time(10, 0)) + invoice_id % 300 * MINUTE
        invoice = self._invoice(
            invoice_id,
            1,
            client,
            issue,
            issued_at,
            rows,
            month,
            next_month(month) - DAY,
            contract["id"] if contract else None,
        )
        self._pay(invoice)
        self._write_invoice(invoice, rows)
        fees = [row for row in rows if row["kind"] == "fee"]
        if fees and self.shop.rng.random() < CREDIT_NOTE_SHARE:
            self.credit_notes.append((issue + 21 * DAY, invoice, fees[0]))

    def _invoice(
        self,
        invoice_id,
        series,
        client,
        issue,
        issued_at,
        rows,
        supply_from,
        supply_to,
        contract_id,
        kind="invoice",
        corrects=None,
        notes="",
    ):
        totals = vat_summary(
            TaxableLine(
                r["net_minor"], r["vat_rate_bp"], r["vat_category"], r["vat_exemption_reason"]
            )
            for r in rows
        )
        self.seq[series] += 1
        seq = self.seq[series]
        number = f"{issue.year}-{seq:05d}" if series == 1 else f"K{issue.year}-{seq:04d}"
        return {
            "id": invoice_id,
            "version": 1,
            "created_at": issued_at - 30 * MINUTE,
            "updated_at": issued_at,
            "kind": kind,
            "series_id": series,
            "seq": seq,
            "number": number,
            "corrects_invoice_id": corrects,
            "client_id": client["id"],
            "contract_id": contract_id,
            "status": "issued",
            "issue_date": issue,
            "supply_from": supply_from,
            "supply_to": supply_to,
            "due_date": issue + (client["terms"] if kind == "invoice" else 0) * DAY,
            "currency": client["currency"],
            "language": client["lang"],
            "grouping": client["grouping"],
            "net_minor": totals.net_minor,
            "tax_minor": totals.tax_minor,
            "total_minor": totals.total_minor,
            "paid_minor": 0,
            "notes": notes,
            "seller_snapshot": self.shop.seller,
            "buyer_snapshot": client["buyer"],
            "issued_at": issued_at,
            "content_hash": None,
            "prev_hash": None,
        }

    def _pay(self, invoice: dict[str, Any]) -> None:
        """Old invoices are paid (a few partly); recent ones often not yet."""
        rng, today = self.shop.rng, self.shop.today
        total = invoice["total_minor"]
        if total <= 0:
            invoice["status"] = "paid"
            return
        luck = rng.random()
        age = (today - invoice["due_date"]).days
        if age > 400:
            outcome = "paid" if luck < 0.99 else "partly_paid"
        elif age > 10:
            outcome = "paid" if luck < 0.9 else ("partly_paid" if luck < 0.95 else "issued")
        else:
            outcome = "paid" if luck < 0.35 else "issued"
        if outcome == "issued":
            return
        paid_on = invoice["due_date"] + rng.randrange(-12, 12) * DAY
        paid_on = min(max(paid_on, invoice["issue_date"]), today - DAY)
        amount = total if outcome == "paid" else round_half_up(total, 2)
        when = ts(dt.datetime.combine(paid_on, dt.time(15, 0)))
        self.shop.loader.add(
            "payments",
            (
                self._next("payment"),
                invoice["id"],
                paid_on.isoformat(),
                amount,
                "bank_transfer",
                invoice["number"],
                when,
                when,
            ),
        )
        invoice.update(
            paid_minor=amount,
            status=outcome,
            version=2,
            updated_at=dt.datetime.combine(paid_on, dt.time(15, 0)),
        )

    def _issue_credit_notes(self, before: dt.date) -> None:
        """Credit notes fall due 21 days after their invoice; issue those whose
        day has come, in date order (one gapless series of their own)."""
        ready = sorted((c for c in self.credit_notes if c[0] <= before), key=lambda c: c[0])
        self.credit_notes = [c for c in self.credit_notes if c[0] > before]
        for issue, original, fee in ready:
            invoice_id = self._next("invoice")
            row = dict(
                fee,
                id=self._next("line"),
                invoice_id=invoice_id,
                position=1,
                quantity_milli=-fee["quantity_milli"],
                net_minor=-fee["net_minor"],
                line_date=issue.isoformat(),
                credits_line_id=fee["id"],
                description=f"SLA credit: {fee['description']} (service outage)",
            )
            client = next(c for c in self.shop.clients if c["id"] == original["client_id"])
            issued_at = dt.datetime.combine(issue, dt.time(11, 0))
            note = self._invoice(
                invoice_id,
                2,
                client,
                issue,
                issued_at,
                [row],
                original["supply_from"],
                original["supply_to"],
                original["contract_id"],
                "credit_note",
                original["id"],
                f"Corrects invoice {original['number']}.",
            )
            self._write_invoice(note, [row])

    def _write_invoice(self, invoice: dict[str, Any], rows: list[dict[str, Any]]) -> None:
        series = invoice["series_id"]
        prev = self.prev_hash[series]
        invoice["prev_hash"] = prev
        invoice["content_hash"] = _chain_hash(invoice, rows, prev)
        self.prev_hash[series] = invoice["content_hash"]
        load = self.shop.loader
        load.add("invoices", tuple(sql_value(invoice[c]) for c in INVOICE_COLUMNS))
        for row in rows:  # line values are already what SQLite stores
            load.add("invoice_lines", tuple(row[c] for c in LINE_COLUMNS))

    def _write_entries(self, entries: list[Entry], lines_of: dict, issue: dt.date | None):
        """Time entries of the month, with billed minutes and their line
        only when they sit on an issued invoice."""
        load = self.shop.loader
        days = self.shop.calendar.text
        if issue is not None:
            issued = ts(dt.datetime.combine(issue, dt.time(10, 0)))
        for entry in entries:
            day = days[entry[7]]
            started, ended = day + CLOCK[entry[8]], day + CLOCK[entry[9]]
            line = lines_of.get(entry[0])
            if line is not None:
                line_id, billed, rule, updated = line["id"], entry[14], entry[15], issued
            else:
                line_id = billed = rule = None
                updated = ended
                self.unbilled += entry[11]
            contract = entry[4]
            load.add(
                "time_entries",
                (
                    entry[0],
                    1,
                    ended,
                    updated,
                    entry[1],
                    entry[2]["id"],
                    entry[3],
                    contract["id"] if contract else None,
                    entry[5],
                    entry[6],
                    started,
                    ended,
                    entry[10],
                    billed,
                    rule,
                    int(entry[13]),
                    0,
                    0,
                    int(entry[11]),
                    None,
                    entry[12],
                    line_id,
                ),
            )

    def _next(self, name: str) -> int:
        self.ids[name] += 1
        return self.ids[name]


def _chain_hash(invoice: dict[str, Any], lines: list[dict[str, Any]], prev: str | None) -> str:
    """integrity_chain.content_hash, unrolled for speed: the lines already
    hold plain JSON values (ISO dates) in position order, so only the
    invoice goes through its _plain. `techledger check` recomputes every
    chain with the real function, and tests/unit/test_generate.py runs it."""
    document = {
        "invoice": {name: _plain(invoice[name]) for name in INVOICE_FIELDS},
        "lines": [
            {name: line[name] for name in LINE_FIELDS}
            | {
                name: line[name]
                for name, default in LATER_LINE_FIELDS.items()
                if line[name] != default
            }
            for line in lines
        ],
    }
    payload = json.dumps(document, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    digest = hashlib.sha256()
    digest.update(HASH_VERSION.encode("ascii") + b"\n")
    digest.update((prev or "").encode("ascii") + b"\n")
    digest.update(payload.encode("utf-8"))
    return digest.hexdigest()
