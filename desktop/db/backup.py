"""Consistent copies of a SQLite database.

The copy is made with SQLite's online backup API (never a file copy: that
would miss what still sits in the -wal file), written to a temporary name,
flushed, checked with `PRAGMA integrity_check`, and only then renamed into
place, so a backup file that exists is always a complete, valid database."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path


class BackupError(RuntimeError):
    pass


def backup_dir_for(database: Path) -> Path:
    return database.parent / "backups"


def _integrity_ok(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def backup_sqlite(database: Path, dest_dir: Path, reason: str) -> Path:
    """Copy `database` into `dest_dir` as `techledger-<time>-<reason>.db`."""
    if not database.exists():
        raise BackupError(f"There is no database at {database} to back up.")
    dest_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    final = dest_dir / f"{database.stem}-{stamp}-{reason}.db"
    partial = final.with_suffix(".db.partial")
    source = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    target = sqlite3.connect(partial)
    try:
        source.backup(target)
        # The copy is a standalone file: no WAL beside it to lose.
        target.execute("PRAGMA journal_mode = DELETE")
    finally:
        target.close()
        source.close()
    with open(partial, "rb") as handle:
        os.fsync(handle.fileno())
    verdict = _integrity_ok(partial)
    if verdict != "ok":
        partial.unlink(missing_ok=True)
        raise BackupError(f"The backup of {database} failed its integrity check: {verdict}")
    os.replace(partial, final)
    return final
