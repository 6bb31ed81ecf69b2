"""Issued invoices are hash-chained per series; `techledger check` finds the
first broken link when a row is changed behind the app's back."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from alembic import command
from sqlalchemy import insert, select, text

from desktop.__main__ import main
from desktop.db.engine import make_engine
from desktop.db.health import check_database
from desktop.db.integrity_chain import verify_chains
from desktop.db.migrate import alembic_config, upgrade_database
from desktop.db.session import read_only, unit_of_work
from desktop.models import Client, Invoice, InvoiceSeries
from desktop.services.billing.invoices import draft_invoice, issue_invoice
from desktop.services.billing.payments import credit_invoice, record_payment
from tests import factories

T = dt.datetime
D = dt.date

SQLITE_TRIGGERS = (
    "trg_invoices_issued_frozen",
    "trg_invoice_lines_frozen_update",
    "trg_invoices_hash_frozen",
)


def issue_some(db, count: int = 3) -> list[int]:
    ids = []
    with unit_of_work(db.sessions) as s:
        setup = factories.billing_shop(s)
        client = factories.client(s)
        for month in range(1, count + 1):
            factories.time_entry(s, setup, client, T(2026, month, 2, 9), 50 + month)
            invoice = draft_invoice(
                s, client.id, period_from=D(2026, month, 1), period_to=D(2026, month, 28)
            )
            issue_invoice(s, invoice.id, D(2026, month, 28), T(2026, month, 28, 12))
            ids.append(invoice.id)
    return ids


def drop_guards(db) -> None:
    """What someone editing the file with another tool could do."""
    with db.engine.begin() as conn:
        if db.engine.dialect.name == "sqlite":
            for name in SQLITE_TRIGGERS:
                conn.exec_driver_sql(f"DROP TRIGGER {name}")
        else:
            conn.exec_driver_sql("DROP TRIGGER trg_invoices_issued_frozen ON invoices")
            conn.exec_driver_sql("DROP TRIGGER trg_invoice_lines_frozen ON invoice_lines")
            conn.exec_driver_sql("DROP TRIGGER trg_invoices_hash_frozen ON invoices")


def chain_problems(db) -> list[dict]:
    with db.engine.connect() as conn:
        return verify_chains(conn).problems


def test_issued_invoices_are_chained_and_verify(db):
    ids = issue_some(db)
    with read_only(db.sessions) as s:
        rows = [s.get(Invoice, i) for i in ids]
        hashes = [(r.content_hash, r.prev_hash) for r in rows]
    assert hashes[0][1] is None
    assert all(len(h) == 64 for h, _ in hashes)
    assert [prev for _, prev in hashes[1:]] == [h for h, _ in hashes[:-1]]
    report = check_database(db.engine, db.display_name)
    assert report.ok and report.invoice_chain_problems == []
    assert report.invoices_chained == 3


def test_paying_and_crediting_keep_the_chain_valid(db):
    ids = issue_some(db, 2)
    with unit_of_work(db.sessions) as s:
        invoice = s.get(Invoice, ids[0])
        record_payment(s, ids[0], received_on=D(2026, 2, 5), amount_minor=invoice.total_minor)
        credit = credit_invoice(s, ids[1], issue_date=D(2026, 3, 1), reason="Wrong hours")
        assert credit.content_hash is not None and credit.prev_hash is None  # its own series
    assert chain_problems(db) == []


def test_a_changed_amount_is_found_at_its_invoice(db):
    ids = issue_some(db)
    drop_guards(db)
    with db.engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE invoices SET net_minor = net_minor - 100, "
                "total_minor = total_minor - 100 WHERE id = :id"
            ),
            {"id": ids[1]},
        )
    problems = chain_problems(db)
    assert len(problems) == 1
    assert problems[0]["invoice_id"] == ids[1]
    assert "changed after issue" in problems[0]["problem"]


def test_a_changed_line_is_found(db):
    ids = issue_some(db)
    drop_guards(db)
    with db.engine.begin() as conn:
        conn.execute(
            text("UPDATE invoice_lines SET description = 'Nothing' WHERE invoice_id = :id"),
            {"id": ids[0]},
        )
    problems = chain_problems(db)
    assert [p["invoice_id"] for p in problems] == [ids[0]]


def test_a_rehashed_invoice_breaks_the_next_link(db):
    ids = issue_some(db)
    drop_guards(db)
    with db.engine.begin() as conn:
        conn.execute(
            text("UPDATE invoices SET notes = 'forged', content_hash = :h WHERE id = :id"),
            {"id": ids[0], "h": "0" * 64},
        )
    problems = chain_problems(db)
    assert problems[0]["invoice_id"] == ids[0]
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE invoices SET content_hash = NULL WHERE id = :id"), {"id": ids[2]})
    # Still one problem per series: the first broken link.
    assert [p["invoice_id"] for p in chain_problems(db)] == [ids[0]]


def test_the_hash_cannot_be_changed_while_the_guards_stand(db):
    ids = issue_some(db, 1)
    with pytest.raises(Exception, match="cannot be changed"), db.engine.begin() as conn:
        conn.execute(text("UPDATE invoices SET content_hash = NULL WHERE id = :id"), {"id": ids[0]})


def test_cli_check_reports_the_broken_link(tmp_path, capsys):
    from desktop.app import open_database

    path = tmp_path / "shop.db"
    db = open_database(str(path))
    try:
        ids = issue_some(db)
        drop_guards(db)
        with db.engine.begin() as conn:
            conn.execute(
                text("UPDATE invoices SET issue_date = '2026-01-01' WHERE id = :id"), {"id": ids[2]}
            )
    finally:
        db.close()
    capsys.readouterr()
    assert main(["--db", str(path), "--json", "check"]) == 3
    out = json.loads(capsys.readouterr().out)
    assert out["ok"] is False
    assert out["invoice_chain_problems"][0]["invoice_id"] == ids[2]
    assert main(["--db", str(path), "check"]) == 3
    assert "chain broken at" in capsys.readouterr().out


def test_migration_seals_invoices_issued_before_it(tmp_path):
    path = tmp_path / "old.db"
    engine = make_engine(f"sqlite:///{path}")
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0003")
    with engine.begin() as conn:
        # Core inserts name only columns that 0003 has (model defaults fill the rest).
        conn.execute(insert(Client.__table__).values(name="Old", country="SE", currency="SEK"))
        conn.execute(
            insert(InvoiceSeries.__table__).values(code="INV", name="Invoices", next_seq=3)
        )
        for seq in (1, 2):
            conn.execute(
                insert(Invoice.__table__).values(
                    series_id=1,
                    seq=seq,
                    number=str(seq),
                    client_id=1,
                    status="issued",
                    issue_date=D(2025, 1, seq),
                    currency="SEK",
                    net_minor=100,
                    tax_minor=25,
                    total_minor=125,
                )
            )
    upgrade_database(engine)
    with engine.connect() as conn:
        rows = conn.execute(
            select(Invoice.content_hash, Invoice.prev_hash).order_by(Invoice.seq)
        ).all()
        report = verify_chains(conn)
    engine.dispose()
    assert rows[1].prev_hash == rows[0].content_hash is not None
    assert report.ok and report.unsealed == 0 and report.checked == 2
