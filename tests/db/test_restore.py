"""Restore proves the file is a TechLedger database before touching the live
one, and any failure after the swap puts the original back (issue 14)."""

from __future__ import annotations

import sqlite3

import pytest

from desktop.__main__ import main
from desktop.app import open_database
from desktop.db import restore
from desktop.db.backup import BackupError, backup_sqlite
from desktop.db.health import check_database
from desktop.db.migrate import head_revision, known_revisions
from desktop.db.restore import build_at_revision, restore_sqlite, schema_at_revision
from desktop.db.session import unit_of_work
from tests import factories


@pytest.fixture
def live(tmp_path):
    path = tmp_path / "live.db"
    db = open_database(str(path))
    with unit_of_work(db.sessions) as s:
        factories.shop(s)
        factories.client(s, name="Real Data AB")
    db.close()
    return path


def _names(path):
    with sqlite3.connect(path) as conn:
        return [row[0] for row in conn.execute("SELECT name FROM clients ORDER BY id")]


def _refused(live, candidate, capsys, words):
    before = _names(live)
    with pytest.raises(BackupError) as caught:
        restore_sqlite(live, candidate, known_revisions())
    assert words in str(caught.value)
    assert _names(live) == before
    assert not list((live.parent / "backups").glob("*before-restore*"))
    # The same file through the command line: one line, exit 1, live data kept.
    assert main(["--db", str(live), "restore", str(candidate)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and words in err and "Traceback" not in err
    assert _names(live) == before


def test_a_file_with_only_alembic_version_is_refused(live, tmp_path, capsys):
    shell = tmp_path / "shell.db"
    with sqlite3.connect(shell) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        conn.execute("INSERT INTO alembic_version VALUES (?)", (head_revision(),))
    _refused(live, shell, capsys, "not a TechLedger database")


def test_another_apps_alembic_database_at_an_older_revision_is_refused(live, tmp_path, capsys):
    foreign = tmp_path / "wiki.db"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        conn.execute("INSERT INTO alembic_version VALUES ('0001')")
        conn.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, login TEXT)")
        conn.execute("INSERT INTO users (login) VALUES ('admin')")
    _refused(live, foreign, capsys, "not a TechLedger database")


def test_a_table_missing_a_column_is_refused(live, tmp_path, capsys):
    cut = backup_sqlite(live, tmp_path / "b", "manual")
    with sqlite3.connect(cut) as conn:
        conn.execute("ALTER TABLE clients DROP COLUMN notes")
    _refused(live, cut, capsys, "table clients lacks the columns notes")


def test_a_database_without_the_shop_row_is_refused(live, tmp_path, capsys):
    empty = tmp_path / "empty.db"
    open_database(str(empty)).close()
    _refused(live, empty, capsys, "holds no shop")


def test_a_backup_failing_check_is_refused(live, tmp_path, capsys):
    db = open_database(str(live))
    with unit_of_work(db.sessions) as s:
        factories.site(s, s.get(factories.Client, 1))
    db.close()
    broken = backup_sqlite(live, tmp_path / "b", "manual")
    with sqlite3.connect(broken) as conn:  # foreign keys off: a dangling reference
        conn.execute("DELETE FROM clients")
    _refused(live, broken, capsys, "fails the database check")


SHOP = {
    "legal_name": "Old Shop",
    "country": "SE",
    "default_currency": "SEK",
    "accent_color": "#1F5A96",
    "document_language": "en",
    "rounding_increment_min": 15,
    "rounding_mode": "up",
    "rounding_scope": "entry",
    "ticket_number_pattern": "T{YYYY}-{seq:05}",
    "created_at": "2026-01-01 00:00:00",
    "updated_at": "2026-01-01 00:00:00",
    "version": 1,
}


def insert_shop_row(conn):
    """A shop row in whatever columns this revision's shop table has:
    the known ones by name, any other required one empty or zero."""
    values = {}
    for _cid, name, kind, notnull, default, pk in conn.execute("PRAGMA table_info(shop)"):
        if name in SHOP:
            values[name] = SHOP[name]
        elif notnull and default is None and not pk:
            values[name] = 0 if kind.upper() in ("INTEGER", "BOOLEAN") else ""
    marks = ", ".join("?" for _ in values)
    conn.execute(f"INSERT INTO shop ({', '.join(values)}) VALUES ({marks})", list(values.values()))


def test_a_backup_of_an_older_revision_is_restored_and_brought_up_to_date(live, tmp_path):
    old = tmp_path / "old.db"
    build_at_revision(old, "0003")
    with sqlite3.connect(old) as conn:
        insert_shop_row(conn)
    old_bytes = old.read_bytes()
    safety = restore_sqlite(live, old, known_revisions())
    assert old.read_bytes() == old_bytes  # the backup itself is never changed
    assert _names(live) == [] and _names(safety) == ["Real Data AB"]
    db = open_database(str(live), migrate=False)
    try:
        report = check_database(db.engine, "live")
    finally:
        db.close()
    assert report.ok and report.schema_revision == head_revision()


def test_every_revision_schema_comes_from_the_scripts():
    assert "content_hash" not in schema_at_revision("0003")["invoices"]
    assert "content_hash" in schema_at_revision("0004")["invoices"]


def test_a_failure_after_the_swap_puts_the_original_back(live, tmp_path, monkeypatch, capsys):
    good = backup_sqlite(live, tmp_path / "b", "manual")
    db = open_database(str(live))
    with unit_of_work(db.sessions) as s:
        factories.client(s, name="Added Later")
    db.close()
    monkeypatch.setattr(restore, "_integrity", lambda _path: "page 3 is wrong")
    assert main(["--db", str(live), "restore", str(good)]) == 1
    err = capsys.readouterr().err
    assert _names(live) == ["Real Data AB", "Added Later"]
    (safety,) = (live.parent / "backups").glob("*before-restore*")
    assert str(safety) in err and "put back" in err and "before-migration" not in err
