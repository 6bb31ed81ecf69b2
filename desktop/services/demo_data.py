"""A believable demo IT support shop, generated into an empty database.

Why: screenshots, manual testing and performance work need a shop with real
history (18 months of tickets, time, visits, prepaid hours and invoices), and
the same history every time, so figures can be compared between runs.

How: everything is planned in Python first, with rows that refer to each other
by their position in a list ("local ids"). The plan is then written with Core
bulk inserts in dependency order, in one transaction; the database assigns the
real ids (read back with RETURNING), so PostgreSQL sequences stay right. The
only source of randomness is `random.Random(seed)` and the only clock is
`today`, so a seed and a day give identical rows."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, fields
from typing import Any, Protocol

from sqlalchemy import Connection, Engine, Table, bindparam, func, insert, select, update

from desktop.models import (
    Client,
    Contact,
    Contract,
    ContractFee,
    ContractWorkType,
    Counter,
    Feedback,
    Holiday,
    Invoice,
    InvoiceLine,
    InvoiceSeries,
    KnowledgeArticle,
    MaterialEntry,
    MessageTemplate,
    Payment,
    PrepaidLedgerEntry,
    Product,
    RateRule,
    Shop,
    Site,
    SlaTarget,
    TaxRate,
    Technician,
    Ticket,
    TicketEvent,
    TimeEntry,
    Visit,
    WorkType,
)
from desktop.services import demo_catalog as cat
from desktop.services import demo_people as ppl
from desktop.services.demo_billing import plan_billing
from desktop.services.demo_contracts import plan_contracts
from desktop.services.demo_plan import Plan, stamp
from desktop.services.demo_work import plan_work


class HasEngine(Protocol):
    """Anything holding an engine, such as `desktop.app.Database`."""

    engine: Engine


@dataclass(frozen=True)
class DemoSummary:
    """How many rows the demo put in each table."""

    shop: int
    tax_rates: int
    work_types: int
    rate_rules: int
    products: int
    holidays: int
    invoice_series: int
    sla_targets: int
    message_templates: int
    knowledge_articles: int
    technicians: int
    clients: int
    contacts: int
    sites: int
    contracts: int
    contract_work_types: int
    contract_fees: int
    prepaid_ledger: int
    tickets: int
    ticket_events: int
    feedback: int
    visits: int
    time_entries: int
    material_entries: int
    invoices: int
    invoice_lines: int
    payments: int
    counters: int

    def as_dict(self) -> dict[str, int]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


def build_demo_shop(
    db: HasEngine | Engine, *, seed: int = 7, today: dt.date | None = None
) -> DemoSummary:
    """Fill an empty, migrated database with the demo shop; return row counts.

    Raises ValueError if the database already has clients: demo rows must
    never be mixed into real data."""
    engine = db if isinstance(db, Engine) else db.engine
    with engine.connect() as conn:  # fail fast, before seconds of planning
        _refuse_if_not_empty(conn)
    plan = Plan(rng=random.Random(seed), today=today or dt.date.today())
    _plan_reference(plan)
    _plan_clients(plan)
    plan_contracts(plan)
    plan_work(plan)
    plan_billing(plan)
    with engine.begin() as conn:
        _refuse_if_not_empty(conn)  # again, inside the writing transaction
        _write(conn, plan)
    return DemoSummary(**{f.name: len(plan.table(f.name)) for f in fields(DemoSummary)})


def _refuse_if_not_empty(conn: Connection) -> None:
    existing = conn.execute(select(func.count()).select_from(Client.__table__)).scalar()
    if existing:
        raise ValueError(
            f"The database already has {existing} client(s); the demo shop is only "
            "built into an empty database so it never mixes with real data."
        )


# -- writing ---------------------------------------------------------------

# Dependency order. Three tables refer to themselves (credit notes → invoices,
# credit lines → lines, ledger rows → blocks) and are written in two passes.
_WRITE_ORDER: list[tuple[str, Any]] = [
    ("shop", Shop),
    ("tax_rates", TaxRate),
    ("work_types", WorkType),
    ("technicians", Technician),
    ("products", Product),
    ("holidays", Holiday),
    ("invoice_series", InvoiceSeries),
    ("message_templates", MessageTemplate),
    ("knowledge_articles", KnowledgeArticle),
    ("clients", Client),
    ("contacts", Contact),
    ("sites", Site),
    ("contracts", Contract),
    ("contract_work_types", ContractWorkType),
    ("contract_fees", ContractFee),
    ("sla_targets", SlaTarget),
    ("rate_rules", RateRule),
    ("tickets", Ticket),
    ("ticket_events", TicketEvent),
    ("feedback", Feedback),
    ("visits", Visit),
    ("invoices", Invoice),
    ("invoice_lines", InvoiceLine),
    ("time_entries", TimeEntry),
    ("material_entries", MaterialEntry),
    ("prepaid_ledger", PrepaidLedgerEntry),
    ("payments", Payment),
    ("counters", Counter),
]


def _write(conn: Connection, plan: Plan) -> None:
    ids: dict[str, list[int]] = {}
    self_refs = {
        "invoices": "corrects_invoice_id",
        "invoice_lines": "credits_line_id",
        "prepaid_ledger": "block_id",
    }
    for name, model in _WRITE_ORDER:
        table: Table = model.__table__
        rows = plan.table(name)
        if name == "invoices":
            # Database triggers freeze the lines of issued invoices, so every
            # invoice goes in as a draft and is issued once its lines are in.
            rows = [dict(r, status="draft", seq=None, number=None) for r in rows]
        if name in self_refs:
            # Rows referring to a row of their own table go in a second pass;
            # the generators keep the referenced rows first in their lists.
            first = [r for r in rows if r[self_refs[name]] is None]
            assert rows[: len(first)] == first, f"{name}: referenced rows must come first"
            ids[name] = _insert(conn, table, first, ids)
            ids[name] += _insert(conn, table, rows[len(first) :], ids)
        else:
            ids[name] = _insert(conn, table, rows, ids)
        if name == "invoice_lines":
            _issue(conn, plan, ids["invoices"])


def _issue(conn: Connection, plan: Plan, invoice_ids: list[int]) -> None:
    """Give the invoices their final status and number, now their lines are in."""
    table = Invoice.__table__
    issued = [
        {
            "b_id": invoice_ids[local],
            "b_status": row["status"],
            "b_seq": row["seq"],
            "b_number": row["number"],
        }
        for local, row in enumerate(plan.table("invoices"))
        if row["status"] != "draft"
    ]
    if issued:
        conn.execute(
            update(table)
            .where(table.c.id == bindparam("b_id"))
            .values(
                status=bindparam("b_status"), seq=bindparam("b_seq"), number=bindparam("b_number")
            ),
            issued,
        )


def _insert(
    conn: Connection, table: Table, rows: list[dict[str, Any]], ids: dict[str, list[int]]
) -> list[int]:
    """Insert rows, turning local ids in foreign-key columns into real ids."""
    if not rows:
        return []
    # A self-reference has no ids yet in the first pass; its values are all None.
    refs = [
        (fk.parent.name, ids.get(fk.column.table.name, []))
        for fk in table.foreign_keys
        if fk.parent.name in rows[0]
    ]
    if refs:
        rows = [dict(row) for row in rows]
        for row in rows:
            for column, real in refs:
                if row[column] is not None:
                    row[column] = real[row[column]]
    if "id" not in table.c:
        conn.execute(insert(table), rows)
        return []
    result = conn.execute(insert(table).returning(table.c.id, sort_by_parameter_order=True), rows)
    return list(result.scalars())


# -- reference data ----------------------------------------------------------


def _plan_reference(plan: Plan) -> None:
    rng = plan.rng
    born = dt.datetime.combine(plan.start - dt.timedelta(days=400), dt.time(9, 0))
    plan.add("shop", stamp(dict(cat.SHOP), born))
    for code, name, rate_bp, category, reason in cat.TAX_RATES:
        plan.tax_index[code] = plan.add(
            "tax_rates",
            {
                "code": code,
                "name": name,
                "rate_bp": rate_bp,
                "category": category,
                "exemption_reason": reason,
                "active": True,
            },
        )
    for code, name, _factor, on_site, billable in cat.WORK_TYPES:
        plan.work_type_index[code] = plan.add(
            "work_types",
            {
                "code": code,
                "name": name,
                "on_site": on_site,
                "billable": billable,
                "default_rate_minor": plan.rate(cat.SHOP_CURRENCY, code, plan.today),
                "active": True,
            },
        )
    for name, email, tier, level in ppl.TECHNICIANS:
        rate = plan.rate(cat.SHOP_CURRENCY, "remote", plan.today)
        bump = {"junior": 9000, "standard": 10000, "senior": 11000, "expert": 12000}[level]
        plan.add(
            "technicians",
            stamp(
                {
                    "name": name,
                    "email": email,
                    "tier": tier,
                    "level": level,
                    "active": True,
                    "default_rate_minor": rate * bump // 10000,
                },
                born,
            ),
        )
    for sku, name, unit, cost, price, tax in cat.PRODUCTS:
        plan.add(
            "products",
            {
                "sku": sku,
                "name": name,
                "unit": unit,
                "cost_minor": cost,
                "price_minor": price,
                "markup_bp": (price - cost) * 10000 // cost,
                "currency": cat.SHOP_CURRENCY,
                "tax_rate_id": plan.tax_index[tax],
                "active": sku != "LIC-WIN11-PRO",
            },
        )
    for year in range(plan.start.year, plan.today.year + 2):
        for month, day, name in cat.MANUAL_HOLIDAYS:
            plan.add("holidays", {"day": dt.date(year, month, day), "name": name, "country": "SE"})
    plan.add(
        "invoice_series",
        {
            "code": "F",
            "name": "Fakturor",
            "kind": "invoice",
            "pattern": "{YYYY}-{seq:05}",
            "next_seq": 1,
            "active": True,
        },
    )
    plan.add(
        "invoice_series",
        {
            "code": "K",
            "name": "Kreditfakturor",
            "kind": "credit_note",
            "pattern": "K{YYYY}-{seq:04}",
            "next_seq": 1,
            "active": True,
        },
    )
    for priority, (response, resolution) in cat.SLA_DEFAULTS.items():
        plan.add(
            "sla_targets",
            {
                "contract_id": None,
                "priority": priority,
                "first_response_minutes": response,
                "resolution_minutes": resolution,
            },
        )
    for language, (ack_s, ack_b, res_s, res_b) in cat.TEMPLATES.items():
        for kind, subject, body in (
            ("acknowledgement", ack_s, ack_b),
            ("resolution", res_s, res_b),
        ):
            plan.add(
                "message_templates",
                {
                    "kind": kind,
                    "language": language,
                    "name": "Standard",
                    "subject": subject,
                    "body": body,
                },
            )
    for language, name, subject, body in cat.CANNED_REPLIES:
        plan.add(
            "message_templates",
            {
                "kind": "canned",
                "language": language,
                "name": name,
                "subject": subject,
                "body": body,
            },
        )
    for title, symptoms, cause, workaround, fix, tags in cat.KB_ARTICLES:
        written = born + dt.timedelta(days=rng.randrange(0, 700))
        plan.add(
            "knowledge_articles",
            stamp(
                {
                    "title": title,
                    "symptoms": symptoms,
                    "cause": cause,
                    "workaround": workaround,
                    "fix": fix,
                    "tags": tags,
                    "published": True,
                },
                written,
            ),
        )
    _plan_rate_rules(plan)


def _plan_rate_rules(plan: Plan) -> None:
    """Shop-wide rules with the rate change one year ago, plus a few narrower ones."""
    first = plan.start - dt.timedelta(days=365)
    before = plan.rate_change - dt.timedelta(days=1)
    for code, _name, _factor, _on_site, billable in cat.WORK_TYPES:
        if not billable:
            continue
        for begins, ends, day in ((first, before, first), (plan.rate_change, None, plan.today)):
            plan.add("rate_rules", _rate_rule(plan, code, cat.SHOP_CURRENCY, begins, ends, day))
    # A senior/expert surcharge on project work.
    rule = _rate_rule(plan, "project", cat.SHOP_CURRENCY, plan.rate_change, None, plan.today)
    rule.update(technician_level="expert", rate_minor=rule["rate_minor"] * 11 // 10)
    plan.add("rate_rules", rule)


def _rate_rule(
    plan: Plan, code: str, currency: str, begins: dt.date, ends: dt.date | None, day: dt.date
) -> dict[str, Any]:
    return {
        "work_type_id": plan.work_type_index[code],
        "client_id": None,
        "contract_id": None,
        "technician_level": None,
        "rate_minor": plan.rate(currency, code, day),
        "currency": currency,
        "effective_from": begins,
        "effective_to": ends,
    }


# -- clients -------------------------------------------------------------------


def _plan_clients(plan: Plan) -> None:
    rng = plan.rng
    for (
        name,
        country,
        currency,
        lang,
        street,
        postcode,
        city,
        km,
        terms,
        weight,
        contract_plan,
        grouping,
        archived,
    ) in ppl.CLIENTS:
        prefix, digits, suffix = ppl.VAT_FORMATS[country]
        number = "".join(str(rng.randrange(10)) for _ in range(digits))
        if country == "CH":
            number = f"{number[:3]}.{number[3:6]}.{number[6:]}"
            prefix += "-"
        phone = f"{ppl.PHONE_PREFIX[country]} {rng.randrange(100, 999)} {rng.randrange(10, 99)}"
        domain = "".join(ch for ch in name.lower() if ch.isascii() and ch.isalnum())[:14]
        since = plan.start - dt.timedelta(days=rng.randrange(60, 900))
        client = plan.add(
            "clients",
            stamp(
                {
                    "name": name,
                    "email": f"info@{domain or 'client'}.example",
                    "phone": phone,
                    "street": street,
                    "postcode": postcode,
                    "city": city,
                    "country": country,
                    "vat_id": prefix + number + suffix,
                    "currency": currency,
                    "document_language": lang,
                    "payment_terms_days": terms,
                    "default_rate_minor": plan.rate(currency, "remote", plan.today),
                    "rounding_increment_min": None,
                    "rounding_mode": None,
                    "minimum_charge_min": None,
                    "show_raw_time": grouping == "detail",
                    "notes": "",
                    "archived": archived,
                },
                dt.datetime.combine(since, dt.time(10, 0)),
            ),
        )
        if country == "SE":
            tax = "SE25"
        elif country in ppl.EU_COUNTRIES:
            tax = "AE"
        else:
            tax = "O"
        archived_on = plan.today - dt.timedelta(days=rng.randrange(150, 260)) if archived else None
        meta = {
            "weight": weight,
            "plan": contract_plan,
            "grouping": grouping,
            "tax": tax,
            "currency": currency,
            "lang": lang,
            "country": country,
            "archived_on": archived_on,
            "since": since,
            "contacts": [],
            "sites": [],
            "contracts": [],
        }
        plan.client_meta.append(meta)
        _plan_contacts(plan, client, meta)
        _plan_sites(plan, client, meta, (street, postcode, city, country, km))


def _plan_contacts(plan: Plan, client: int, meta: dict[str, Any]) -> None:
    rng = plan.rng
    lang = meta["lang"]
    names = rng.sample(ppl.FIRST_NAMES[lang], 4)
    for position in range(rng.randint(2, 4)):
        full = f"{names[position]} {rng.choice(ppl.LAST_NAMES[lang])}"
        login = "".join(ch for ch in names[position].lower() if ch.isascii()) or "kontakt"
        meta["contacts"].append(
            plan.add(
                "contacts",
                stamp(
                    {
                        "client_id": client,
                        "name": full,
                        "role": ppl.ROLES[position],
                        "email": f"{login}{position}@client{client}.example",
                        "phone": f"{ppl.PHONE_PREFIX[meta['country']]} {rng.randrange(1000, 9999)}",
                        "is_billing": position == 0,
                        "archived": position == 3,
                    },
                    dt.datetime.combine(meta["since"], dt.time(10, 5)),
                ),
            )
        )


def _plan_sites(plan: Plan, client: int, meta: dict[str, Any], address: tuple) -> None:
    rng = plan.rng
    street, postcode, city, country, km = address
    names = ppl.SITE_NAMES[meta["lang"]]
    for position in range(rng.choice((1, 1, 2, 2, 3))):
        site_km = km if position == 0 else km + rng.randrange(1, 25)
        metres = site_km * 1000 + rng.randrange(0, 999)
        # About 1 km per minute in town, faster on the motorway, flights far away.
        minutes = max(8, site_km * 60 // 70 + 10) if site_km < 700 else 150 + site_km // 12
        meta["sites"].append(
            plan.add(
                "sites",
                stamp(
                    {
                        "client_id": client,
                        "name": names[position % len(names)],
                        "street": street
                        if position == 0
                        else f"{street.split(' ')[0]} {position + 2}",
                        "postcode": postcode,
                        "city": city,
                        "country": country,
                        "distance_m": metres,
                        "travel_minutes": minutes,
                        "notes": "Key box code at reception" if position else "",
                        "archived": False,
                    },
                    dt.datetime.combine(meta["since"], dt.time(10, 10)),
                ),
            )
        )
