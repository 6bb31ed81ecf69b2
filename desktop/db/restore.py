"""Restoring a backup without ever losing the live data.

The candidate is proven to be a TechLedger database before the live file is
touched: a private copy of it must hold every table and column its schema
revision defines (taken from the migration scripts themselves, by building
an empty database at that revision), the shop row, and pass `check` once
brought to the current schema. Only that checked, migrated copy is written
into the live file, after a 'before-restore' safety copy; if anything fails
after that point the safety copy is put back and the message names it."""

from __future__ import annotations

import sqlite3
import tempfile
from functools import cache
from pathlib import Path

from alembic import command

from .backup import (
    BackupError,
    Progress,
    _copy,
    _integrity,
    backup_dir_for,
    backup_sqlite,
    check_restorable,
)
from .migrate import alembic_config


def _tables(path: Path) -> dict[str, set[str]]:
    """Table name → column names of a SQLite file (SQLite's own tables left out)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        names = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {
            name: {row[1] for row in conn.execute(f'PRAGMA table_info("{name}")')} for name in names
        }
    finally:
        conn.close()


def build_at_revision(path: Path, revision: str) -> None:
    """An empty database at `revision`, made by the migration scripts."""
    from .engine import make_engine

    engine = make_engine(f"sqlite:///{path}")
    try:
        config = alembic_config()
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, revision)
    finally:
        engine.dispose()


@cache
def schema_at_revision(revision: str) -> dict[str, set[str]]:
    """Every table and column a TechLedger database at `revision` has."""
    with tempfile.TemporaryDirectory(prefix="techledger-schema-") as folder:
        path = Path(folder) / "reference.db"
        build_at_revision(path, revision)
        return _tables(path)


def _check_schema(candidate: Path, copy: Path, revision: str) -> None:
    expected = schema_at_revision(revision)
    found = _tables(copy)
    missing = [name for name in sorted(expected) if name not in found]
    if missing:
        shown = ", ".join(missing[:3]) + (" …" if len(missing) > 3 else "")
        raise BackupError(
            f"{candidate} is not a TechLedger database: it lacks the tables {shown}; "
            "it was not restored."
        )
    for name in sorted(expected):
        lacking = sorted(expected[name] - found[name])
        if lacking:
            raise BackupError(
                f"{candidate} is not a TechLedger database: table {name} lacks the columns "
                f"{', '.join(lacking[:3])}; it was not restored."
            )
    conn = sqlite3.connect(f"file:{copy}?mode=ro", uri=True)
    try:
        shops = conn.execute("SELECT count(*) FROM shop").fetchone()[0]
    finally:
        conn.close()
    if not shops:
        raise BackupError(
            f"{candidate} holds no shop (company details); it is not a TechLedger backup "
            "and was not restored."
        )


def _migrate_and_check(candidate: Path, copy: Path) -> None:
    """Bring the private copy to this version's schema and run `check` on it."""
    from .engine import make_engine
    from .health import check_database
    from .migrate import MigrationFailed, upgrade_database

    engine = make_engine(f"sqlite:///{copy}")
    try:
        try:
            upgrade_database(engine, backup_dir=copy.parent / "unused")
        except MigrationFailed as exc:
            raise BackupError(
                f"{candidate} cannot be brought to this version's schema "
                f"({exc.__cause__ or exc}); it was not restored."
            ) from exc
        report = check_database(engine, str(candidate))
    finally:
        engine.dispose()
    if not report.ok:
        problems = [report.integrity] if report.integrity != "ok" else []
        problems += [f"{len(report.foreign_key_problems)} broken references"] * bool(
            report.foreign_key_problems
        )
        problems += [f"{len(report.invoice_chain_problems)} broken invoice chains"] * bool(
            report.invoice_chain_problems
        )
        raise BackupError(
            f"{candidate} fails the database check ({'; '.join(problems) or 'schema'}); "
            "it was not restored."
        )
    # One file, no -wal beside it, before it is copied into the live database.
    conn = sqlite3.connect(copy)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()


def prove_restorable(candidate: Path, known_revisions: set[str], work_dir: Path) -> Path:
    """A checked copy of `candidate` at the current schema, in `work_dir`;
    BackupError with one plain sentence if the candidate is not fit."""
    revision = check_restorable(candidate, known_revisions)
    copy = work_dir / "candidate.db"
    _copy(candidate, copy, None, None)
    _check_schema(candidate, copy, revision)
    _migrate_and_check(candidate, copy)
    return copy


def restore_sqlite(
    database: Path, candidate: Path, known_revisions: set[str], *, progress: Progress | None = None
) -> Path | None:
    """Replace `database` with the contents of `candidate`, after proving the
    candidate; the current file is kept as a 'before-restore' backup
    (returned). The backup API writes the live file in one transaction, so a
    crash during the copy leaves the old data whole."""
    with tempfile.TemporaryDirectory(prefix="techledger-restore-") as folder:
        proven = prove_restorable(candidate, known_revisions, Path(folder))
        safety = None
        if database.exists() and database.stat().st_size > 0:
            safety = backup_sqlite(database, backup_dir_for(database), "before-restore")
        try:
            _copy(proven, database, progress, None)
            verdict = _integrity(database)
            if verdict != "ok":
                raise BackupError(f"the restored database failed its check ({verdict})")
        except Exception as exc:
            if safety is None:
                raise
            _copy(safety, database, None, None)
            raise BackupError(
                f"Restoring failed ({exc}); your previous data was put back, and a copy "
                f"of it is at {safety}."
            ) from exc
    return safety
