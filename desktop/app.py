"""Composition root: from a `--db` argument to a ready, migrated database.

Both the command line and the window start here, so they open, check and
migrate a database in exactly the same way."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.audit import install_audit
from desktop.db.database_file import require_openable
from desktop.db.engine import database_url, display_name, make_engine, sqlite_path
from desktop.db.integrity_chain import install_invoice_chain
from desktop.db.migrate import MigrationResult, check_not_too_new, upgrade_database
from desktop.db.session import session_factory
from desktop.db.statistics import refresh_statistics


@dataclass
class Database:
    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    migration: MigrationResult | None = None

    @property
    def display_name(self) -> str:
        return display_name(self.url)

    def close(self) -> None:
        self.engine.dispose()


def open_database(
    path_or_url: str | None, *, migrate: bool = True, new_ok: bool = False
) -> Database:
    """Open (and by default migrate) the database named by `--db`.

    Raises DatabaseFileError, DatabaseTooNew or MigrationFailed with a
    message fit for the user. `new_ok` lets a zero-length file become a new
    database (a first `migrate`); a missing file always may."""
    url = database_url(path_or_url)
    path = sqlite_path(url)
    if path is not None:
        # Before the engine: SQLite would write a header into whatever it opens.
        require_openable(path, new_ok=new_ok)
    engine = make_engine(url)
    try:
        if migrate:
            migration = upgrade_database(engine)
            refresh_statistics(engine, schema_changed=migration.changed)
        else:
            check_not_too_new(engine)
            migration = None
    except Exception:
        engine.dispose()
        raise
    sessions = session_factory(engine)
    # Every change to business records is audited, and issued invoices are
    # sealed into their series' hash chain, whoever makes the change. The
    # actor is the OS user unless the window or $TECHLEDGER_ACTOR names one.
    install_audit(sessions)
    install_invoice_chain(sessions)
    return Database(url=url, engine=engine, sessions=sessions, migration=migration)
