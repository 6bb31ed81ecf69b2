"""Migrated databases built once per test run and copied per test.

Migrating an empty SQLite file through every Alembic revision costs about
0.2 s of CPU; a suite that opens hundreds of fresh databases (hypothesis
examples included) spends minutes doing the same work again. Like Anki's
`pylib/tests/shared.py`, we build the migrated empty database once and copy
it with SQLite's backup API whenever a test opens a file that has no tables.

Only the step "migrate an empty SQLite file" is replaced; a file with tables
(an older revision, a foreign file, a damaged one) and every PostgreSQL URL
still go through the real `upgrade_database`, and tests marked
`real_migrations` get the real thing for empty files too."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine

from desktop.db.engine import make_engine, sqlite_path
from desktop.db.migrate import MigrationResult, head_revision, upgrade_database

Upgrade = Callable[..., MigrationResult]


def copy_sqlite(source: Path, target: Path) -> None:
    """Copy a SQLite database page by page (safe with WAL, unlike a file copy)."""
    src = sqlite3.connect(source)
    dest = sqlite3.connect(target)
    try:
        with dest:
            src.backup(dest)
    finally:
        src.close()
        dest.close()


def build_migrated_template(folder: Path) -> Path:
    """An empty database at head, migrated for real once."""
    path = folder / "migrated-empty.db"
    engine = make_engine(f"sqlite:///{path}")
    try:
        upgrade_database(engine)
    finally:
        engine.dispose()
    return path


def _has_tables(path: Path) -> bool:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
    finally:
        conn.close()


def copying_upgrade(template: Path) -> Upgrade:
    """An `upgrade_database` that copies `template` into empty SQLite files."""

    def upgrade(engine: Engine, backup_dir: Path | None = None) -> MigrationResult:
        path = sqlite_path(str(engine.url))
        if path is None or (path.exists() and path.stat().st_size and _has_tables(path)):
            return upgrade_database(engine, backup_dir)
        engine.dispose()  # no pooled connection may hold the old, empty file
        copy_sqlite(template, path)
        return MigrationResult(None, head_revision(), None)

    return upgrade
