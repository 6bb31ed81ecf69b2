"""Bring a database to the schema this version of TechLedger expects.

Rules (see STYLE.md): refuse a database written by a newer TechLedger; back
the file up before touching it; run the whole upgrade in one transaction;
never delete or recreate a user's database when something goes wrong."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from .backup import backup_dir_for, backup_sqlite
from .engine import sqlite_path

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class DatabaseTooNew(RuntimeError):
    """The database was migrated by a newer TechLedger than this one."""


class MigrationFailed(RuntimeError):
    def __init__(self, message: str, backup: Path | None) -> None:
        super().__init__(message)
        self.backup = backup


@dataclass(frozen=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None

    @property
    def changed(self) -> bool:
        return self.from_revision != self.to_revision


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


@cache
def migration_scripts() -> ScriptDirectory:
    """The shipped migration scripts, read once per process (they never
    change while TechLedger runs; reading them costs ~10 ms each time)."""
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = migration_scripts().get_current_head()
    assert head is not None, "the package ships no migrations"
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _has_user_tables(engine: Engine) -> bool:
    return bool(inspect(engine).get_table_names())


def known_revisions() -> set[str]:
    """Every schema revision this version of TechLedger can open."""
    return {rev.revision for rev in migration_scripts().walk_revisions()}


def check_not_too_new(engine: Engine) -> str | None:
    """Return the current revision; raise DatabaseTooNew if we don't know it."""
    current = current_revision(engine)
    if current is None:
        return None
    if current not in known_revisions():
        raise DatabaseTooNew(
            f"This database was written by a newer version of TechLedger "
            f"(schema revision {current}). Install the newer version to open it; "
            f"this version has not changed the file."
        )
    return current


def upgrade_database(engine: Engine, backup_dir: Path | None = None) -> MigrationResult:
    """Upgrade to head in one transaction, backing up a SQLite file first."""
    current = check_not_too_new(engine)
    head = head_revision()
    if current == head:
        return MigrationResult(current, head, None)
    backup = None
    database = sqlite_path(str(engine.url))
    if database is not None and database.exists() and _has_user_tables(engine):
        backup = backup_sqlite(
            database, backup_dir or backup_dir_for(database), reason="before-migration"
        )
    config = alembic_config()
    try:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
    except Exception as exc:
        where = f" Your data is untouched; a copy is at {backup}." if backup else ""
        raise MigrationFailed(f"Upgrading the database failed: {exc}.{where}", backup) from exc
    return MigrationResult(current, head, backup)
