"""Demo work outside tickets: materials, projects, routine maintenance and
monthly licence resale."""

from __future__ import annotations

import datetime as dt

from desktop.demo import people as ppl
from desktop.demo.plan import stamp
from desktop.demo.schedule import DAY, Work, next_workday, workday


def add_material(
    work: Work,
    client: int,
    ticket: int | None,
    visit: int | None,
    tech: int | None,
    day: dt.date,
    sku: str | None = None,
    quantity: int | None = None,
) -> None:
    plan, rng = work.plan, work.rng
    products = plan.table("products")
    if sku is None:
        product = rng.randrange(len(products))
    else:
        product = next(i for i, p in enumerate(products) if p["sku"] == sku)
    item = products[product]
    meta = plan.client_meta[client]
    if quantity is None:
        quantity = {"m": rng.randrange(5, 40), "user": rng.randint(1, 5)}.get(
            item["unit"], rng.choice((1, 1, 1, 2))
        ) * 1000
    currency = meta["currency"]
    tax = plan.tax_index[
        "SE6" if meta["tax"] == "SE25" and item["sku"] == "BOOK-SEC" else meta["tax"]
    ]
    plan.add(
        "material_entries",
        stamp(
            {
                "client_id": client,
                "ticket_id": ticket,
                "visit_id": visit,
                "contract_id": work.contract_on(client, day),
                "technician_id": tech,
                "product_id": product,
                "used_on": day,
                "description": item["name"],
                "quantity_milli": quantity,
                "unit": item["unit"],
                "unit_cost_minor": plan.convert(item["cost_minor"], currency),
                "unit_price_minor": plan.convert(item["price_minor"], currency),
                "markup_bp": item["markup_bp"],
                "tax_rate_id": tax,
                "billable": rng.random() > 0.04,
                "invoice_line_id": None,
            },
            dt.datetime.combine(day, dt.time(16, 0)),
        ),
    )


def plan_projects(work: Work) -> None:
    """A few clients had a project: weeks of project work, no ticket."""
    plan, rng = work.plan, work.rng
    for client in (0, 3, 5, 11, 15, 20, 26):
        name = rng.choice(ppl.PROJECT_WORK)
        day = plan.start + rng.randrange(20, 420) * DAY
        for _ in range(rng.randint(60, 110)):
            day = next_workday(day) if rng.random() < 0.6 else day
            if day >= plan.today:
                break
            tech = rng.choice((3, 4, 4, 1))
            minutes = work.duration("project")
            start = work.slot(tech, day, dt.datetime.combine(day, dt.time(0, 0)), minutes)
            if start >= work.now:
                break
            work.entry(
                tech,
                client,
                None,
                None,
                "project",
                start,
                minutes,
                f"{name}: {rng.choice(ppl.ACTIONS).lower()}",
            )


def plan_maintenance(work: Work) -> None:
    """Routine remote maintenance each month for managed and term clients."""
    plan, rng = work.plan, work.rng
    for contract, meta in enumerate(plan.contract_meta):
        if meta["kind"] not in ("managed", "term") or meta["status"] not in ("active", "ended"):
            continue
        day = max(meta["starts"], plan.start)
        ends = min(meta["ends"] or plan.today, plan.today - DAY)
        while day < ends:
            for _ in range(rng.randint(4, 8)):
                work_day = day + rng.randrange(0, 28) * DAY
                if not workday(work_day) or work_day >= ends:
                    continue
                tech = rng.choice((1, 2))
                minutes = rng.randrange(15, 75)
                start = work.slot(tech, work_day, dt.datetime.combine(work_day, dt.time()), minutes)
                if start < work.now and work.contract_on(meta["client"], start.date()) == contract:
                    work.entry(
                        tech,
                        meta["client"],
                        None,
                        None,
                        "remote",
                        start,
                        minutes,
                        rng.choice(ppl.MAINTENANCE_WORK),
                    )
            day += 30 * DAY


def plan_licences(work: Work) -> None:
    """Monthly licence resale for a few time-and-materials clients."""
    plan = work.plan
    for client, users in ((2, 6), (10, 3), (12, 14), (17, 9), (22, 4), (27, 5)):
        day = plan.start.replace(day=1)
        while day < plan.today:
            if day >= plan.start:
                add_material(work, client, None, None, None, day, "LIC-M365-BS", users * 1000)
            day = (day + 32 * DAY).replace(day=1)
