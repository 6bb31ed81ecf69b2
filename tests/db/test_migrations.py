"""Schema and migrations: upgrade from empty, agreement with the models,
refusal of newer databases, backups, and no damage when an upgrade fails."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from desktop.app import open_database
from desktop.db.engine import make_engine
from desktop.db.migrate import (
    DatabaseTooNew,
    MigrationFailed,
    current_revision,
    head_revision,
    upgrade_database,
)
from desktop.db.schema_filter import include_name
from desktop.models import Base

pytestmark = pytest.mark.real_migrations


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_upgrade_from_empty_reaches_head_and_matches_models(any_database_url):
    engine = make_engine(any_database_url)
    try:
        result = upgrade_database(engine)
        assert result.from_revision is None
        assert result.to_revision == head_revision() == current_revision(engine)
        assert result.backup is None  # nothing to back up in an empty database
        assert set(Base.metadata.tables) <= set(inspect(engine).get_table_names())
        with engine.connect() as conn:
            context = MigrationContext.configure(
                conn, opts={"compare_type": True, "include_name": include_name}
            )
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()


def test_second_upgrade_changes_nothing(tmp_path):
    path = tmp_path / "shop.db"
    open_database(str(path)).close()
    db = open_database(str(path))
    try:
        assert db.migration is not None and not db.migration.changed
        assert not (tmp_path / "backups").exists()
    finally:
        db.close()


def test_sqlite_connections_use_the_reliability_pragmas(tmp_path):
    db = open_database(str(tmp_path / "shop.db"))
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
    finally:
        db.close()


def test_database_from_a_newer_version_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "shop.db"
    open_database(str(path)).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'from_the_future'")
    before = _digest(path)
    with pytest.raises(DatabaseTooNew, match="newer version of TechLedger"):
        open_database(str(path))
    assert _digest(path) == before


def test_existing_data_is_backed_up_before_migrating(tmp_path):
    from desktop.db.restore import build_at_revision

    # A database of ours at the first revision, holding a row to keep (a file
    # with none of our tables is another program's and is refused unchanged).
    path = tmp_path / "shop.db"
    build_at_revision(path, "0001")
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE old_notes (body TEXT)")
        conn.execute("INSERT INTO old_notes VALUES ('keep me')")
    conn.close()
    db = open_database(str(path))
    try:
        backup = db.migration.backup
        assert backup is not None and backup.parent == tmp_path / "backups"
        with sqlite3.connect(backup) as copy:
            assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert copy.execute("SELECT body FROM old_notes").fetchall() == [("keep me",)]
    finally:
        db.close()


def test_failed_upgrade_rolls_back_and_keeps_the_file(tmp_path):
    path = tmp_path / "shop.db"
    with sqlite3.connect(path) as conn:
        # A table in the way makes the initial revision fail half-way through.
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, legacy TEXT)")
        conn.execute("INSERT INTO invoices (legacy) VALUES ('2019 invoice')")
    with pytest.raises(MigrationFailed) as failure:
        open_database(str(path))
    assert failure.value.backup is not None and failure.value.backup.exists()
    assert str(failure.value.backup) in str(failure.value)
    engine = make_engine(f"sqlite:///{path}")
    try:
        # One transaction: none of the tables created before the failure remain.
        assert inspect(engine).get_table_names() == ["invoices"]
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT legacy FROM invoices")).all()
        assert rows == [("2019 invoice",)]
    finally:
        engine.dispose()
