"""What the file behind `--db` is, found without changing it.

SQLite happily "opens" a CSV, a folder or random bytes and only fails at the
first query, with an error that names no file; and opening a zero-length
file writes a database header into it. So before a SQLite engine touches a
path, `inspect_database_file` reads it (raw bytes, then SQLite in read-only
mode) and says in one line what it is and what to do."""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from desktop.models import Base

SQLITE_MAGIC = b"SQLite format 3\x00"
SNIFF_BYTES = 8192

MISSING = "missing"
DIRECTORY = "directory"
EMPTY = "empty"  # zero bytes
BLANK_SQLITE = "blank_sqlite"  # a SQLite file holding no tables yet
TEXT = "text"
NOT_SQLITE = "not_sqlite"
DAMAGED = "damaged"
FOREIGN = "foreign"
OURS = "ours"


class DatabaseFileError(RuntimeError):
    """The file behind `--db` is not a TechLedger database; nothing was changed."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


@dataclass(frozen=True)
class DatabaseFile:
    path: Path
    kind: str
    # One line for the user; None when the file is a TechLedger database.
    problem: str | None

    def refuse(self) -> DatabaseFileError:
        assert self.problem is not None
        return DatabaseFileError(self.kind, self.problem)


def _looks_like_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    for encoding in ("utf-8", "cp1252"):
        try:
            text = head.decode(encoding)
        except UnicodeDecodeError:
            continue
        # A text file is mostly printable; random bytes decoded as cp1252 are not.
        printable = sum(ch.isprintable() or ch in "\r\n\t" for ch in text)
        return printable >= 0.95 * len(text)
    return False


def _read_tables(uri: str) -> set[str]:
    conn = sqlite3.connect(uri, uri=True)
    try:
        rows = conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ).fetchall()
    finally:
        conn.close()
    return {row[0] for row in rows}


def needs_recovery(path: Path) -> bool:
    """Whether a write was cut off in `path` (a hot journal, a WAL to
    recover) that only a read-write open can roll back."""
    try:
        _read_tables(f"{path.resolve().as_uri()}?mode=ro")
    except sqlite3.OperationalError as exc:
        leftovers = (Path(f"{path}-journal"), Path(f"{path}-wal"))
        return "readonly" in str(exc) and any(p.exists() for p in leftovers)
    return False


def _sqlite_tables(path: Path) -> set[str]:
    """The tables of `path`, read without writing to it. A program killed in
    the middle of a write leaves a hot journal (or a WAL needing recovery)
    that a read-only connection may not roll back ('attempt to write a
    readonly database'): the file is then read from a recovered copy, and the
    next ordinary open rolls the real file back as SQLite always does."""
    if not needs_recovery(path):
        return _read_tables(f"{path.resolve().as_uri()}?mode=ro")
    leftovers = [Path(f"{path}{end}") for end in ("-journal", "-wal")]
    with tempfile.TemporaryDirectory(prefix="techledger-inspect-") as folder:
        copy = Path(folder) / path.name
        shutil.copyfile(path, copy)
        for leftover in leftovers:
            if leftover.exists():
                shutil.copyfile(leftover, Path(f"{copy}{leftover.name[len(path.name) :]}"))
        return _read_tables(copy.resolve().as_uri())


def _not_ours_advice(path: Path) -> str:
    return f"Point --db at your TechLedger .db file; {path.name} was not changed."


def inspect_database_file(path: Path) -> DatabaseFile:
    """Classify `path` without creating or writing anything."""
    path = path.expanduser()
    if not path.exists():
        return DatabaseFile(path, MISSING, f"There is no database at {path}.")
    if path.is_dir():
        return DatabaseFile(
            path,
            DIRECTORY,
            f"{path} is a folder, not a database file. Point --db at the .db file "
            "inside it, or at a new file name to start a new database.",
        )
    try:
        with open(path, "rb") as handle:
            head = handle.read(SNIFF_BYTES)
    except OSError as exc:
        return DatabaseFile(path, NOT_SQLITE, f"Cannot read {path}: {exc.strerror or exc}.")
    if not head:
        return DatabaseFile(
            path,
            EMPTY,
            f"{path} is an empty file (0 bytes), not a database. Run `techledger --db "
            f"{path} migrate` to start a new database in it, or point --db at your database.",
        )
    if not head.startswith(SQLITE_MAGIC):
        if _looks_like_text(head):
            first = head.splitlines()[0] if head.splitlines() else b""
            kind = "a CSV file" if any(sep in first for sep in (b",", b";", b"\t")) else "text"
            return DatabaseFile(
                path,
                TEXT,
                f"{path} holds {kind}, not a database. To load rows from it use "
                f"`techledger import`. {_not_ours_advice(path)}",
            )
        return DatabaseFile(
            path, NOT_SQLITE, f"{path} is not a SQLite database. {_not_ours_advice(path)}"
        )
    try:
        tables = _sqlite_tables(path)
    except sqlite3.DatabaseError as exc:
        return DatabaseFile(
            path,
            DAMAGED,
            f"{path} is a damaged SQLite database ({exc}). Restore a backup with "
            "`techledger restore FILE`; the file was not changed.",
        )
    if not tables:
        return DatabaseFile(
            path,
            BLANK_SQLITE,
            f"{path} is a SQLite database with no tables yet. Run `techledger --db {path} "
            "migrate` to make it a TechLedger database.",
        )
    # Any of our tables makes it ours (perhaps damaged, or half-migrated):
    # migrating then backs it up first and fails cleanly if it cannot. An
    # Alembic version table alone does not: other programs use Alembic too.
    if not tables & set(Base.metadata.tables):
        return DatabaseFile(
            path,
            FOREIGN,
            f"{path} is a SQLite database of another program (it has none of TechLedger's "
            f"tables). {_not_ours_advice(path)}",
        )
    return DatabaseFile(path, OURS, None)


def require_openable(path: Path, *, new_ok: bool) -> None:
    """Raise DatabaseFileError unless `path` may be opened (and migrated).

    A missing file, or a SQLite file with no tables, becomes a new database
    as before. A zero-length file is taken as one only when `new_ok` (a first
    `migrate`): anywhere else it is more likely a download or copy that went
    wrong than a wish for an empty shop."""
    found = inspect_database_file(path)
    if found.kind in (OURS, MISSING, BLANK_SQLITE):
        return
    if found.kind == EMPTY and new_ok:
        return
    raise found.refuse()
