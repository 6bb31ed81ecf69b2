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

from desktop.db.integrity_chain import seal_unsealed
from desktop.demo.billing import plan_billing
from desktop.demo.contracts import plan_contracts
from desktop.demo.plan import Plan
from desktop.demo.shop import plan_clients, plan_reference
from desktop.demo.work import plan_work
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
    plan_reference(plan)
    plan_clients(plan)
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
            # Bulk inserts bypass the session listener that seals invoices at
            # issue; seal them here so `check` can verify every chain.
            seal_unsealed(conn)


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
