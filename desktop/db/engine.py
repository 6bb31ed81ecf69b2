"""Where the database is and how we connect to it (SQLite or PostgreSQL)."""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from pathlib import Path

from platformdirs import user_data_path
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

from desktop import APP_NAME

BUSY_TIMEOUT_MS = 10_000

# Threads of this process waiting in BEGIN IMMEDIATE for SQLite's write lock.
_writers_waiting = 0
_writers_waiting_lock = threading.Lock()


def default_data_dir() -> Path:
    """The per-user folder for the database and its backups."""
    override = os.environ.get("TECHLEDGER_DATA_DIR")
    return Path(override) if override else user_data_path(APP_NAME, appauthor=False)


def default_database_path() -> Path:
    return default_data_dir() / "techledger.db"


def database_url(path_or_url: str | os.PathLike[str] | None) -> str:
    """Turn the `--db` argument into a SQLAlchemy URL.

    A plain path means a SQLite file; anything with `://` is taken as a URL
    (e.g. `postgresql+psycopg://user@host/db`)."""
    if path_or_url is None:
        path_or_url = default_database_path()
    text = str(path_or_url)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other databases and :memory:."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def display_name(url: str) -> str:
    """What the status bar shows: the file path, or the server without password."""
    path = sqlite_path(url)
    if path is not None:
        return str(path)
    return make_url(url).render_as_string(hide_password=True)


def _configure_sqlite(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # Why each pragma: foreign keys are off by default in SQLite; WAL lets the
    # window read while a worker writes; FULL sync so an issued invoice
    # survives a power cut; the busy timeout lets two copies of the app share
    # one file instead of failing at once.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.close()


READ_ONLY_OPTION = "techledger_read_only"


def _begin(conn) -> None:
    # A deferred BEGIN lets two writers deadlock when both upgrade from a read
    # lock; writers take the write lock at the start instead. Reads (marked
    # with READ_ONLY_OPTION) stay deferred so they never block a writer.
    global _writers_waiting
    if conn.get_execution_options().get(READ_ONLY_OPTION):
        conn.exec_driver_sql("BEGIN")
        return
    with _writers_waiting_lock:
        _writers_waiting += 1
    try:
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    finally:
        with _writers_waiting_lock:
            _writers_waiting -= 1


def let_waiting_writers_go(max_wait_s: float = BUSY_TIMEOUT_MS / 1000) -> None:
    """For background loops that take the write lock over and over (invoice
    estimates, the month-end run): wait while another thread of this process
    waits for the lock. SQLite's busy handler sleeps up to 100 ms between
    tries, so a loop that re-takes the lock at once wins every race and a
    save in the window times out behind it."""
    deadline = time.monotonic() + max_wait_s
    while _writers_waiting and time.monotonic() < deadline:
        time.sleep(0.005)


def make_engine(url: str, *, echo: bool = False) -> Engine:
    """An engine for `url` with our reliability settings."""
    path = sqlite_path(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    is_sqlite = make_url(url).get_backend_name() == "sqlite"
    engine = create_engine(url, echo=echo, future=True)
    if is_sqlite:
        # Hand transaction control to SQLAlchemy so BEGIN IMMEDIATE is ours.
        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_connection, record):
            dbapi_connection.isolation_level = None
            _configure_sqlite(dbapi_connection, record)

        event.listen(engine, "begin", _begin)
    return engine


def _configure_read_only(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # No journal_mode pragma here: switching to WAL writes the file.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA query_only = ON")
    cursor.close()


def make_read_only_engine(path: Path) -> Engine:
    """An engine that cannot create or change `path` (SQLite's mode=ro), for
    `check`: looking at a file must never alter it."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    engine = create_engine(f"sqlite:///{uri}&uri=true", future=True)
    event.listen(engine, "connect", _configure_read_only)
    return engine


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"
