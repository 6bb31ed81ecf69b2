"""Writing the demo invoices as rows: lines, VAT, party snapshots,
payments and the credit note (planned by demo_invoices)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from desktop.demo import catalog as cat
from desktop.demo.plan import Plan
from desktop.services.billing.tax import TaxableLine, vat_summary
from desktop.services.common.money import round_half_up

if TYPE_CHECKING:
    from desktop.demo.invoices import _Draft

DAY = dt.timedelta(days=1)
TAX = {code: (rate, category, reason) for code, _n, rate, category, reason in cat.TAX_RATES}


def month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def next_month(day: dt.date) -> dt.date:
    return (day.replace(day=1) + 32 * DAY).replace(day=1)


def _vat(lines: list[dict[str, Any]]) -> int:
    """VAT per rate over the sum of line nets, each group rounded once."""
    taxable = (TaxableLine(line["net_minor"], line["vat_rate_bp"]) for line in lines)
    return vat_summary(taxable).tax_minor


def snapshots(plan: Plan, client: int) -> tuple[dict[str, Any], dict[str, Any]]:
    shop = plan.table("shop")[0]
    buyer = plan.table("clients")[client]
    seller = {
        k: shop[k]
        for k in (
            "legal_name",
            "street",
            "postcode",
            "city",
            "country",
            "vat_id",
            "registration",
            "iban",
            "bic",
            "email",
            "phone",
        )
    }
    return seller, {
        k: buyer[k] for k in ("name", "street", "postcode", "city", "country", "vat_id", "email")
    }


def write_invoice(plan: Plan, draft: _Draft, seq: int | None, issued: dt.date | None) -> int:
    """Add the invoice, its lines and payments; point entries at the lines."""
    rng = plan.rng
    client = plan.table("clients")[draft.client]
    lines = []
    invoice = len(plan.table("invoices"))
    for position, line in enumerate(draft.lines, start=1):
        rate, category, reason = TAX[line["tax"]]
        row = {
            "invoice_id": invoice,
            "position": position,
            "kind": line["kind"],
            "line_date": line["day"],
            "description": line["description"],
            "quantity_milli": line["quantity"],
            "unit": line["unit"],
            "unit_price_minor": line["price"],
            "net_minor": line["net"],
            "vat_rate_bp": rate,
            "vat_category": category,
            "vat_exemption_reason": reason,
            "raw_minutes": line["raw"],
            "billed_minutes": line["billed"],
            "contract_id": line["contract"],
            "period_from": line["period"][0],
            "period_to": line["period"][1],
            "credits_line_id": None,
            "releases_work": False,
            "vat_adjust_minor": 0,
            # Time lines are priced by the minute, as the app drafts them.
            "by_minute": line["unit"] == "h" and line["billed"] is not None,
        }
        local = plan.add("invoice_lines", row)
        lines.append(row)
        for entry in line["entries"]:
            plan.table("time_entries")[entry]["invoice_line_id"] = local
        for material in line["materials"]:
            plan.table("material_entries")[material]["invoice_line_id"] = local
    net = sum(line["net_minor"] for line in lines)
    tax = _vat(lines)
    seller, buyer = snapshots(plan, draft.client)
    due = issued + client["payment_terms_days"] * DAY if issued else None
    contracts = {
        plan.table("time_entries")[e]["contract_id"]
        for line in draft.lines
        for e in line["entries"]
    }
    row = {
        "kind": "invoice",
        "series_id": 0,
        "seq": seq,
        "number": f"{issued.year}-{seq:05d}" if issued and seq else None,
        "corrects_invoice_id": None,
        "client_id": draft.client,
        "contract_id": contracts.pop() if len(contracts) == 1 else None,
        "status": "draft" if seq is None else "issued",
        "issue_date": issued,
        "supply_from": draft.month,
        "supply_to": next_month(draft.month) - DAY,
        "due_date": due,
        "currency": client["currency"],
        "language": client["document_language"],
        "grouping": plan.client_meta[draft.client]["grouping"],
        "net_minor": net,
        "tax_minor": tax,
        "total_minor": net + tax,
        "paid_minor": 0,
        "notes": "",
        "seller_snapshot": seller if seq else None,
        "buyer_snapshot": buyer if seq else None,
        "issued_at": dt.datetime.combine(issued, dt.time(10, 0)) if issued else None,
        "created_at": dt.datetime.combine(next_month(draft.month), dt.time(9, 0)),
    }
    row["updated_at"] = row["issued_at"] or row["created_at"]
    plan.add("invoices", row)
    if issued is not None and due is not None:
        plan_payments(plan, invoice, row, rng.random())
    return invoice


def plan_payments(plan: Plan, invoice: int, row: dict[str, Any], luck: float) -> None:
    """Most older invoices are paid, a few partly, some are overdue."""
    rng = plan.rng
    yesterday = plan.today - DAY
    total = row["total_minor"]
    if row["due_date"] < plan.today - 10 * DAY:
        outcome = "paid" if luck < 0.9 else ("partly_paid" if luck < 0.95 else "issued")
    else:
        outcome = "paid" if luck < 0.35 else "issued"
    if outcome == "issued" or total <= 0:
        return
    paid_on = row["due_date"] + rng.randrange(-12, 12) * DAY
    paid_on = min(max(paid_on, row["issue_date"]), yesterday)
    amount = total if outcome == "paid" else round_half_up(total, 2)
    plan.add(
        "payments",
        {
            "invoice_id": invoice,
            "received_on": paid_on,
            "amount_minor": amount,
            "method": "bank_transfer",
            "reference": row["number"],
            "created_at": dt.datetime.combine(paid_on, dt.time(15, 0)),
            "updated_at": dt.datetime.combine(paid_on, dt.time(15, 0)),
        },
    )
    row["paid_minor"] = amount
    row["status"] = outcome


def plan_credit_note(plan: Plan) -> None:
    """An SLA credit: one month of backup fees credited on a paid invoice."""
    invoices = plan.table("invoices")
    lines = plan.table("invoice_lines")
    target = None
    for index, line in enumerate(lines):
        invoice = invoices[line["invoice_id"]]
        if (
            line["kind"] == "fee"
            and line["description"].startswith("Cloud backup")
            and invoice["status"] == "paid"
            and invoice["issue_date"] > plan.today - 200 * DAY
        ):
            target = index
            break
    if target is None:
        return
    line = lines[target]
    original = invoices[line["invoice_id"]]
    issued = original["issue_date"] + 21 * DAY
    credit = len(invoices)
    row = dict(
        line,
        invoice_id=credit,
        position=1,
        quantity_milli=-line["quantity_milli"],
        net_minor=-line["net_minor"],
        line_date=issued,
        credits_line_id=target,
        description=f"SLA credit: {line['description']} (backup outage)",
    )
    plan.add("invoice_lines", row)
    tax = _vat([row])
    plan.add(
        "invoices",
        dict(
            original,
            kind="credit_note",
            series_id=1,
            seq=1,
            number=f"K{issued.year}-0001",
            corrects_invoice_id=line["invoice_id"],
            status="issued",
            issue_date=issued,
            supply_from=original["supply_from"],
            supply_to=original["supply_to"],
            due_date=issued,
            net_minor=row["net_minor"],
            tax_minor=tax,
            total_minor=row["net_minor"] + tax,
            paid_minor=0,
            notes=f"Corrects invoice {original['number']}; to be offset against the next invoice.",
            issued_at=dt.datetime.combine(issued, dt.time(10, 0)),
            created_at=dt.datetime.combine(issued, dt.time(9, 0)),
            updated_at=dt.datetime.combine(issued, dt.time(10, 0)),
        ),
    )
    plan.table("invoice_series")[1]["next_seq"] = 2
