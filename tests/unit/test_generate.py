"""A tiny run of benchmarks/generate.py (the ten-year database): the same
seed gives the same rows, `techledger check` finds nothing wrong, and the
business invariants hold in bulk-written data as they do in the app's."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import sqlite3
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.db.engine import database_url, make_engine
from desktop.db.health import check_database
from desktop.db.session import session_factory
from desktop.models import Contract, PrepaidLedgerEntry
from desktop.services.billing.tax import TaxableLine, vat_summary
from desktop.services.prepaid import ledger as prepaid

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from generate import generate

TODAY = dt.date(2026, 11, 18)
SCALE = 0.003  # ~6,000 time entries, ~600 tickets: a second or two per run
DUMPED = (
    "tickets",
    "ticket_events",
    "time_entries",
    "invoices",
    "invoice_lines",
    "payments",
    "prepaid_ledger",
    "visits",
    "clients",
    "contracts",
    "counters",
)


def _digest(path: Path) -> str:
    """A hash of every row of the main tables, in id order."""
    digest = hashlib.sha256()
    conn = sqlite3.connect(path)
    try:
        for table in DUMPED:
            for row in conn.execute(f"SELECT * FROM {table} ORDER BY 1"):
                digest.update(repr(row).encode())
    finally:
        conn.close()
    return digest.hexdigest()


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("gen") / "small.db"
    generate(path, seed=3, scale=SCALE, today=TODAY, log=lambda _text: None)
    return path


@pytest.fixture()
def conn(built):
    connection = sqlite3.connect(built)
    yield connection
    connection.close()


def test_same_seed_same_content(built, tmp_path):
    again = tmp_path / "again.db"
    generate(again, seed=3, scale=SCALE, today=TODAY, log=lambda _text: None)
    assert _digest(again) == _digest(built)


def test_check_passes(built):
    engine = make_engine(database_url(built))
    try:
        report = check_database(engine, str(built))
    finally:
        engine.dispose()
    assert report.ok, report.as_dict()
    assert report.invoices_chained == report.row_counts["invoices"] > 0
    assert not report.warnings
    assert report.row_counts["time_entries"] > 3000


def test_app_settings_restored(conn):
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("SELECT count(*) FROM sqlite_stat1").fetchone()[0] > 0
    # Indexes and triggers were dropped for the load and must all be back.
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert {
        "ix_time_entries_unbilled",
        "trg_invoice_lines_frozen_insert",
        "trg_tickets_fts_insert",
    } <= names
    # Every full-text index was rebuilt after the load (tickets, time entries…).
    for (index,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%fts5%'"
    ).fetchall():
        if index != "knowledge_fts":
            hits = conn.execute(f"SELECT count(*) FROM {index} WHERE {index} MATCH 'outlook'")
            assert hits.fetchone()[0] > 0, index


def test_invoice_totals_equal_line_sums(conn):
    lines: dict[int, list[TaxableLine]] = {}
    for invoice_id, net, rate, category, reason in conn.execute(
        "SELECT invoice_id, net_minor, vat_rate_bp, vat_category, vat_exemption_reason"
        " FROM invoice_lines"
    ):
        lines.setdefault(invoice_id, []).append(TaxableLine(net, rate, category, reason))
    invoices = conn.execute("SELECT id, net_minor, tax_minor, total_minor FROM invoices").fetchall()
    assert invoices
    for invoice_id, net, tax, total in invoices:
        totals = vat_summary(lines[invoice_id])
        assert (net, tax, total) == (totals.net_minor, totals.tax_minor, totals.total_minor)
    bad = conn.execute(
        "SELECT count(*) FROM invoice_lines WHERE unit = 'h'"
        " AND net_minor != (quantity_milli * unit_price_minor + 500) / 1000"
        " AND quantity_milli > 0"
    ).fetchone()[0]
    assert bad == 0
    paid = conn.execute(
        "SELECT count(*) FROM invoices i WHERE paid_minor !="
        " (SELECT coalesce(sum(amount_minor), 0) FROM payments p WHERE p.invoice_id = i.id)"
    ).fetchone()[0]
    assert paid == 0


def test_numbers_gapless_and_counters_consistent(conn):
    for series_id, next_seq, pattern in conn.execute(
        "SELECT id, next_seq, pattern FROM invoice_series"
    ).fetchall():
        rows = conn.execute(
            "SELECT seq, number, issue_date FROM invoices WHERE series_id = ? ORDER BY seq",
            (series_id,),
        ).fetchall()
        assert [r[0] for r in rows] == list(range(1, len(rows) + 1))
        assert next_seq == len(rows) + 1
        dates = [r[2] for r in rows]
        assert dates == sorted(dates)
        for seq, number, issued in rows:
            assert number == pattern.format(YYYY=issued[:4], seq=seq)
    per_year: dict[str, int] = {}
    for (number,) in conn.execute("SELECT number FROM tickets ORDER BY id"):
        year, seq = re.fullmatch(r"T(\d{4})-(\d{5})", number).groups()
        assert int(seq) == per_year.get(year, 0) + 1
        per_year[year] = int(seq)
    counters = dict(conn.execute("SELECT name, next_value FROM counters"))
    assert counters == {f"ticket:{y}": n + 1 for y, n in per_year.items()}


def test_no_entry_both_unbilled_and_invoiced(conn):
    def count(where: str) -> int:
        return conn.execute(f"SELECT count(*) FROM time_entries WHERE {where}").fetchone()[0]

    assert count("invoice_line_id IS NOT NULL AND billed_minutes IS NULL") == 0
    assert count("invoice_line_id IS NULL AND billed_minutes IS NOT NULL") == 0
    assert count("billable = 0 AND invoice_line_id IS NOT NULL") == 0
    assert count("rounding_rule IS NULL AND billed_minutes IS NOT NULL") == 0
    on_drafts = conn.execute(
        "SELECT count(*) FROM time_entries t JOIN invoice_lines l ON l.id = t.invoice_line_id"
        " JOIN invoices i ON i.id = l.invoice_id WHERE i.status = 'draft'"
    ).fetchone()[0]
    assert on_drafts == 0
    # Most work is billed; the last weeks are not yet.
    billed, unbilled = (
        count("invoice_line_id IS NOT NULL"),
        count("billable = 1 AND invoice_line_id IS NULL"),
    )
    assert billed > 10 * unbilled > 0
    newest_billed = conn.execute(
        "SELECT max(started_at) FROM time_entries WHERE invoice_line_id IS NOT NULL"
    ).fetchone()[0]
    oldest_unbilled = conn.execute(
        "SELECT min(started_at) FROM time_entries WHERE billable = 1 AND invoice_line_id IS NULL"
    ).fetchone()[0]
    assert newest_billed < oldest_unbilled
    assert (TODAY - dt.date.fromisoformat(oldest_unbilled[:10])).days < 70


def test_prepaid_balances_equal_ledgers(built):
    engine = make_engine(database_url(built))
    sessions = session_factory(engine)
    try:
        with sessions() as session:
            contracts = session.scalars(select(Contract.id).where(Contract.kind == "prepaid")).all()
            assert contracts
            for contract_id in contracts:
                entries = session.scalars(
                    select(PrepaidLedgerEntry).where(PrepaidLedgerEntry.contract_id == contract_id)
                ).all()
                state = prepaid.ledger_state(session, contract_id)
                assert prepaid.balance(session, contract_id) == state.balance
                assert state.balance == sum(e.minutes for e in entries)
                assert all(block.remaining >= 0 for block in state.blocks)
                assert state.debt == 0
    finally:
        engine.dispose()
