"""The demo shop: believable, consistent, reproducible, and never mixed into
real data. Built once per module into a temporary SQLite file (a build takes
a few seconds); the PostgreSQL test builds it once more on the server."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict

import pytest
from sqlalchemy import func, insert, select, text

from desktop.app import Database, open_database
from desktop.demo.build import DemoSummary, build_demo_shop
from desktop.models import (
    Client,
    Contract,
    Counter,
    Invoice,
    InvoiceLine,
    InvoiceSeries,
    PrepaidLedgerEntry,
    Technician,
    Ticket,
    TicketEvent,
    TimeEntry,
    Visit,
)
from desktop.services.common.money import round_half_up
from desktop.services.prepaid import ledger as prepaid

TODAY = dt.date(2026, 11, 29)


def _build(path, seed: int = 7) -> tuple[Database, DemoSummary]:
    db = open_database(str(path))
    return db, build_demo_shop(db, seed=seed, today=TODAY)


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> tuple[Database, DemoSummary]:
    db, summary = _build(tmp_path_factory.mktemp("demo") / "t.db")
    yield db, summary
    db.close()


def _fingerprint(db: Database) -> tuple:
    """What must not change between two builds with the same seed and day."""
    with db.engine.connect() as conn:
        return (
            tuple(conn.scalars(select(Client.name).order_by(Client.id))),
            tuple(conn.scalars(select(Ticket.number).order_by(Ticket.id))),
            conn.scalar(select(func.sum(TimeEntry.raw_minutes))),
            tuple(conn.scalars(select(Invoice.total_minor).order_by(Invoice.id))),
            conn.scalar(select(func.sum(PrepaidLedgerEntry.minutes))),
        )


def test_counts_are_in_the_promised_ranges(demo):
    _db, summary = demo
    assert summary.shop == 1
    assert summary.technicians == 5
    assert 28 <= summary.clients <= 32
    assert 2 * summary.clients <= summary.contacts <= 4 * summary.clients
    assert summary.clients <= summary.sites <= 3 * summary.clients
    assert 1900 <= summary.tickets <= 2100
    assert 9000 <= summary.time_entries <= 12000
    assert 350 <= summary.visits <= 550
    assert 650 <= summary.material_entries <= 1000
    assert 20 <= summary.knowledge_articles <= 25
    assert 22 <= summary.products <= 30
    assert summary.invoices > 100 and summary.payments > 50
    assert summary.message_templates >= 10


def test_every_table_is_filled_as_reported(demo):
    db, summary = demo
    with db.engine.connect() as conn:
        for table, expected in summary.as_dict().items():
            assert conn.scalar(text(f"SELECT count(*) FROM {table}")) == expected, table


def test_sqlite_integrity_and_foreign_keys(demo):
    db, _summary = demo
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"


def test_same_seed_same_shop_other_seed_other_shop(demo, tmp_path):
    db, _summary = demo
    again, _ = _build(tmp_path / "again.db")
    other, _ = _build(tmp_path / "other.db", seed=8)
    try:
        assert _fingerprint(again) == _fingerprint(db)
        assert _fingerprint(other) != _fingerprint(db)
    finally:
        again.close()
        other.close()


def test_refuses_a_database_that_has_clients(demo):
    db, summary = demo
    with pytest.raises(ValueError, match="already has 30 client"):
        build_demo_shop(db, today=TODAY)
    with db.engine.connect() as conn:  # and nothing was added
        assert conn.scalar(select(func.count()).select_from(Ticket)) == summary.tickets


def test_names_with_national_letters_and_all_currencies(demo):
    db, _summary = demo
    with db.engine.connect() as conn:
        names = " ".join(conn.scalars(select(Client.name)))
        currencies = set(conn.scalars(select(Client.currency)))
        languages = set(conn.scalars(select(Client.document_language)))
        archived = conn.scalar(select(func.count()).where(Client.archived == True))  # noqa: E712
    for letter in "ąłżść":
        assert letter in names.lower(), letter
    for letter in "åäö":
        assert letter in names.lower(), letter
    assert "Αθηναϊκή Λογιστική" in names
    assert {"SEK", "EUR", "PLN", "GBP", "CHF", "JPY"} <= currencies
    assert {"en", "pl", "sv", "el", "eo"} <= languages
    assert archived >= 2


def test_invoices_add_up_and_are_numbered_without_gaps(demo):
    db, _summary = demo
    with db.engine.connect() as conn:
        invoices = conn.execute(select(Invoice)).all()
        nets: dict[int, int] = defaultdict(int)
        by_rate: dict[int, dict[int, int]] = defaultdict(lambda: defaultdict(int))
        for line in conn.execute(select(InvoiceLine)).all():
            nets[line.invoice_id] += line.net_minor
            by_rate[line.invoice_id][line.vat_rate_bp] += line.net_minor
        series = {s.id: s for s in conn.execute(select(InvoiceSeries)).all()}
    seqs: dict[int, list[int]] = defaultdict(list)
    statuses = set()
    for invoice in invoices:
        statuses.add(invoice.status)
        assert invoice.net_minor == nets[invoice.id]
        assert invoice.total_minor == invoice.net_minor + invoice.tax_minor
        vat = sum(round_half_up(net * rate, 10000) for rate, net in by_rate[invoice.id].items())
        assert invoice.tax_minor == vat
        if invoice.status == "draft":
            assert invoice.number is None and invoice.seq is None
            continue
        seqs[invoice.series_id].append(invoice.seq)
        prefix = "K" if series[invoice.series_id].kind == "credit_note" else ""
        assert re.fullmatch(
            rf"{prefix}{invoice.issue_date.year}-0*{invoice.seq}", invoice.number
        ), invoice.number
        assert 0 <= invoice.paid_minor <= max(invoice.total_minor, 0)
        if invoice.kind == "credit_note":
            assert invoice.corrects_invoice_id is not None and invoice.total_minor < 0
    for series_id, used in seqs.items():
        assert sorted(used) == list(range(1, len(used) + 1)), "gapless"
        assert series[series_id].next_seq == len(used) + 1
    assert {"draft", "issued", "paid", "partly_paid"} <= statuses
    assert len(seqs) == 2  # invoices and one credit-note series


def test_billed_minutes_only_on_invoiced_entries(demo):
    db, _summary = demo
    with db.engine.connect() as conn:
        rows = conn.execute(
            select(
                TimeEntry.billed_minutes,
                TimeEntry.invoice_line_id,
                TimeEntry.rounding_rule,
                TimeEntry.raw_minutes,
            )
        ).all()
        line_minutes = dict(conn.execute(select(InvoiceLine.id, InvoiceLine.billed_minutes)).all())
    assert any(r.invoice_line_id is None for r in rows)
    for billed, line, rule, raw in rows:
        assert (billed is None) == (line is None) == (rule is None)
        if billed is not None:
            assert billed >= raw or "nearest" in rule or "down" in rule
            assert line_minutes[line] is not None


def test_prepaid_ledgers_balance(demo):
    db, _summary = demo
    balances = {}
    with db.sessions() as session:
        contracts = session.scalars(select(Contract).where(Contract.kind == "prepaid")).all()
        for contract in contracts:
            rows = session.scalars(
                select(PrepaidLedgerEntry).where(PrepaidLedgerEntry.contract_id == contract.id)
            ).all()
            if not rows:
                continue
            total = sum(row.minutes for row in rows)
            # The project's own replay agrees, block by block.
            assert prepaid.balance(session, contract.id) == total
            assert prepaid.ledger_state(session, contract.id).balance == total
            purchases = {r.id for r in rows if r.kind == "purchase"}
            stand_alone = {r.id for r in rows if r.kind == "adjustment" and r.block_id is None}
            for row in rows:
                if row.block_id is not None:
                    assert row.block_id in purchases | stand_alone
                if row.kind == "deduction":
                    assert row.time_entry_id is not None
            state = prepaid.ledger_state(session, contract.id)
            assert all(block.remaining >= 0 for block in state.blocks)
            balances[contract.id] = (total, contract.overage_rule)
        kinds = set(session.scalars(select(PrepaidLedgerEntry.kind)))
    assert kinds == {"purchase", "deduction", "expiry", "adjustment"}
    assert any(total < 0 and rule == "negative" for total, rule in balances.values())
    assert all(total >= 0 for total, rule in balances.values() if rule == "bill")
    assert any(0 <= total < 600 for total, _rule in balances.values())  # running low


def test_tickets_timelines_and_counters(demo):
    db, _summary = demo
    with db.engine.connect() as conn:
        tickets = conn.execute(select(Ticket)).all()
        counters = dict(conn.execute(select(Counter.name, Counter.next_value)).all())
        escalations = conn.execute(
            select(TicketEvent).where(TicketEvent.kind == "escalation")
        ).all()
    used: dict[int, int] = defaultdict(int)
    for ticket in tickets:
        year, seq = re.fullmatch(r"T(\d{4})-(\d{5})", ticket.number).groups()
        assert int(year) == ticket.opened_at.year
        used[int(year)] = max(used[int(year)], int(seq))
        assert ticket.opened_at < dt.datetime.combine(TODAY, dt.time())
        if ticket.status in ("resolved", "closed"):
            assert ticket.resolved_at >= ticket.opened_at
            assert ticket.first_response_at is not None
        else:
            assert ticket.resolved_at is None
        if ticket.status == "new":
            assert ticket.first_response_at is None
        if ticket.tier == 4:
            assert ticket.vendor_name and ticket.vendor_case_ref
    assert counters == {f"ticket:{year}": last + 1 for year, last in used.items()}
    assert {t.status for t in tickets} == {
        "new",
        "open",
        "waiting_customer",
        "waiting_vendor",
        "resolved",
        "closed",
    }
    assert {t.priority for t in tickets} == {"low", "normal", "high", "urgent"}
    assert {t.tier for t in tickets} == {0, 1, 2, 3, 4}
    assert all(e.to_tier == e.from_tier + 1 for e in escalations)


def test_visits_have_signatures_and_on_site_entries(demo):
    db, _summary = demo
    with db.engine.connect() as conn:
        visits = conn.execute(select(Visit)).all()
        on_site = conn.scalar(select(func.count()).where(TimeEntry.visit_id.is_not(None)))
    signed = [v for v in visits if v.signature_png is not None]
    assert len(visits) // 2 < len(signed) < len(visits)
    assert all(v.signature_png.startswith(b"\x89PNG\r\n\x1a\n") for v in signed)
    assert all(v.signer_name and v.signed_at <= v.departed_at for v in signed)
    assert on_site >= len(visits)


@pytest.mark.postgres
def test_builds_on_postgresql(postgres_url):
    db = open_database(postgres_url)
    try:
        summary = build_demo_shop(db, today=TODAY)
        assert summary.time_entries > 9000
        with db.engine.begin() as conn:
            assert conn.scalar(select(func.count()).select_from(TimeEntry)) == (
                summary.time_entries
            )
            # The ids came from the sequences, so new rows still get fresh ids.
            conn.execute(insert(Technician), [{"name": "New hire", "tier": 1}])
            assert conn.scalar(select(func.max(Technician.id))) == summary.technicians + 1
        with pytest.raises(ValueError):
            build_demo_shop(db, today=TODAY)
    finally:
        db.close()
