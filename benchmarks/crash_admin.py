"""The administrative half of crash_stress.py: workers that run the real
`backup`, `restore`, `migrate` and `import` commands (in-process, through
the CLI's own parser) until they are killed, and the checks made after
each kill.

What must hold after a kill:
- backup: the live database passes every invariant; every file listed as a
  backup is a complete, checked database (a half-copied one only ever
  exists as *.db.partial, never under a backup's name);
- restore: the live database is whole and is either what it was before or
  the backup, never a mix;
- migrate (from a database at each earlier revision): the file is at one
  revision with exactly that revision's tables and columns (no half-applied
  step), and a second `migrate` brings it to head with `check` passing;
- import: every file is imported whole or not at all."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select

from desktop.app import open_database
from desktop.commandline import build_parser, run_command
from desktop.db.backup import _integrity, backup_dir_for, list_backups
from desktop.db.health import check_database
from desktop.db.migrate import head_revision, migration_scripts
from desktop.db.restore import _tables, build_at_revision, schema_at_revision
from desktop.db.session import read_only
from desktop.models import Invoice, PrepaidLedgerEntry, TimeEntry

IMPORT_ROWS = 300
SAMPLE_ROWS = (
    "shop",
    "clients",
    "technicians",
    "work_types",
    "tax_rates",
    "invoice_series",
    "time_entries",
)
# Values the tables' CHECK constraints accept (any other required column
# gets a plain value of its type; foreign keys point at the first rows).
KNOWN = {
    "rounding_mode": "up",
    "rounding_scope": "entry",
    "rounding_increment_min": 15,
    "category": "S",
    "kind": "invoice",
    "accent_color": "#1F5A96",
    "document_language": "en",
    "pattern": "{YYYY}-{seq:05}",
    "next_seq": 1,
    "rate_bp": 2500,
    "version": 1,
    "raw_minutes": 60,
    "started_at": "2026-03-02 09:00:00",
    "ended_at": "2026-03-02 10:00:00",
}


def cli(*argv: str) -> int:
    """Run one command as `techledger` would, its output swallowed."""
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        return run_command(build_parser().parse_args(list(argv)))


# -- workers (each runs until SIGKILL) -----------------------------------------


def backup_forever(path: str) -> None:
    while True:
        cli("--db", path, "backup")


def restore_forever(path: str, snapshot: str) -> None:
    while True:
        cli("--db", path, "restore", snapshot)


def migrate_once(path: str) -> None:
    """One migration; says how long it took, for the kill to be timed."""
    started = time.perf_counter()
    cli("--db", path, "migrate")
    print(f"done {time.perf_counter() - started:.4f}", flush=True)


def import_forever(path: str, seed: int) -> None:
    """Import files of IMPORT_ROWS entries, each starting after the last
    entry already there, each marked 'import <seed> <n>'."""
    folder = Path(tempfile.mkdtemp(prefix="stress-import-"))
    number = 0
    while True:
        db = open_database(path)
        with read_only(db.sessions) as s:
            last = s.scalar(
                select(func.max(TimeEntry.started_at)).where(TimeEntry.description.like("import %"))
            )
        db.close()
        start = max(last or dt.datetime(2031, 1, 1), dt.datetime(2031, 1, 1))
        start = start.replace(second=0) + dt.timedelta(hours=1)
        lines = ["Date,Start time,End time,Client,Technician,Work type,Description"]
        for row in range(IMPORT_ROWS):
            begin = start + dt.timedelta(hours=row)
            lines.append(
                f"{begin:%Y-%m-%d},{begin:%H:%M},{begin + dt.timedelta(minutes=45):%H:%M},"
                f"Client {row % 6},Anna,remote,import {seed} {number}"
            )
        file = folder / f"batch-{number}.csv"
        file.write_text("\n".join(lines) + "\n", encoding="utf-8")
        cli("--db", path, "import", "time", str(file))
        number += 1


WORKERS = {
    "backup": lambda argv: backup_forever(argv[0]),
    "restore": lambda argv: restore_forever(argv[0], argv[1]),
    "migrate": lambda argv: migrate_once(argv[0]),
    "import": lambda argv: import_forever(argv[0], int(argv[1])),
}


# -- what the checks compare ----------------------------------------------------------


def fingerprint(path: str) -> tuple[int, ...]:
    """Counts that tell two states of the stress database apart."""
    db = open_database(path)
    try:
        with read_only(db.sessions) as s:
            return (
                s.scalar(select(func.count()).select_from(Invoice)) or 0,
                s.scalar(select(func.count()).select_from(TimeEntry)) or 0,
                s.scalar(select(func.coalesce(func.sum(TimeEntry.raw_minutes), 0))) or 0,
                s.scalar(select(func.coalesce(func.sum(PrepaidLedgerEntry.minutes), 0))) or 0,
            )
    finally:
        db.close()


def bad_backups(path: str) -> list[str]:
    """Backups (by their final name) that are not whole, checked databases."""
    found = []
    head = head_revision()
    for backup in list_backups(backup_dir_for(Path(path))):
        verdict = _integrity(backup.path)
        if verdict != "ok":
            found.append(f"backup {backup.path.name}: {verdict}")
            continue
        conn = sqlite3.connect(f"file:{backup.path}?mode=ro", uri=True)
        try:
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.DatabaseError as exc:
            revision = (str(exc),)
        finally:
            conn.close()
        if backup.reason == "manual" and revision != (head,):
            found.append(f"backup {backup.path.name}: revision {revision}, not {head}")
    return found


def partial_files(path: str) -> int:
    folder = backup_dir_for(Path(path))
    return len(list(folder.glob("*.partial"))) if folder.exists() else 0


def import_batches(path: str) -> list[str]:
    """Imports written only in part."""
    db = open_database(path)
    try:
        with read_only(db.sessions) as s:
            counts = s.execute(
                select(TimeEntry.description, func.count())
                .where(TimeEntry.description.like("import %"))
                .group_by(TimeEntry.description)
            ).all()
    finally:
        db.close()
    return [f"'{name}' has {n} of {IMPORT_ROWS} rows" for name, n in counts if n != IMPORT_ROWS]


# -- migrate: a database at every earlier revision ----------------------------------


def earlier_revisions() -> list[str]:
    """Every revision before head, oldest first."""
    scripts = migration_scripts()
    chain = [rev.revision for rev in scripts.walk_revisions()]
    return [rev for rev in reversed(chain) if rev != head_revision()]


def _fill(conn: sqlite3.Connection, table: str) -> None:
    """One row in `table`, whatever its columns at this revision: every
    required column gets a plain value of its type."""
    columns = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
    if not columns:
        return
    values = {}
    for _cid, name, kind, notnull, default, primary in columns:
        if primary or not notnull or default is not None:
            continue
        kind = (kind or "").upper()
        if name in KNOWN:
            values[name] = KNOWN[name]
        elif "INT" in kind or "BOOL" in kind:
            values[name] = 0 if "BOOL" in kind else 1
        elif "DATE" in kind or "TIME" in kind:
            values[name] = "2026-01-01 00:00:00"
        elif name == "country":
            values[name] = "SE"
        elif "currency" in name:
            values[name] = "SEK"
        else:
            values[name] = f"{table} 1"
    names = ", ".join(f'"{n}"' for n in values)
    marks = ", ".join("?" for _ in values)
    with contextlib.suppress(sqlite3.DatabaseError):  # a constraint this guess misses
        conn.execute(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', list(values.values()))
        conn.commit()


def build_templates(folder: Path) -> dict[str, Path]:
    """revision → a database at it, with a row in the main set-up tables."""
    templates = {}
    for revision in earlier_revisions():
        path = folder / f"at-{revision}.db"
        build_at_revision(path, revision)
        conn = sqlite3.connect(path)
        try:
            for table in SAMPLE_ROWS:
                _fill(conn, table)
        finally:
            conn.close()
        templates[revision] = path
    return templates


def row_counts(path: Path) -> dict[str, int]:
    """Rows in the sample tables of a SQLite file."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in SAMPLE_ROWS}
    finally:
        conn.close()


def place_template(template: Path, target: Path) -> None:
    """A fresh copy of the template as the database to migrate, with no
    backups left from the previous round."""
    for leftover in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
        leftover.unlink(missing_ok=True)
    shutil.rmtree(backup_dir_for(target), ignore_errors=True)
    shutil.copyfile(template, target)


def migrate_problems(
    target: Path, started_at: str, expected: dict[str, int]
) -> tuple[list[str], str]:
    """Check a killed migration; returns the problems and the revision the
    file was left at. Then migrates it to the end and checks it, and that
    its rows (`expected`, counted in the template) are all still there."""
    found = []
    verdict = _integrity(target)
    if verdict != "ok":
        return [f"migrate from {started_at}: integrity {verdict}"], "?"
    conn = sqlite3.connect(f"file:{target}?mode=ro", uri=True)
    try:
        (left_at,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        conn.close()
    order = [*earlier_revisions(), head_revision()]
    if order.index(left_at) < order.index(started_at):
        found.append(f"migrate from {started_at}: went back to {left_at}")
    if _tables(target) != schema_at_revision(left_at):
        found.append(f"migrate from {started_at}: tables differ from revision {left_at}'s")
    try:
        db = open_database(str(target))
    except Exception as exc:
        return [*found, f"migrate from {started_at} again: {exc}"], left_at
    try:
        report = check_database(db.engine, str(target))
        if not report.ok:
            found.append(f"migrate from {started_at}: check fails after migrating again")
    finally:
        db.close()
    if row_counts(target) != expected:
        found.append(f"migrate from {started_at}: rows {row_counts(target)}, not {expected}")
    return found, left_at


if __name__ == "__main__":  # pragma: no cover - started by crash_stress.py
    print("ready", flush=True)  # imported: the kill is timed from here
    WORKERS[sys.argv[1]](sys.argv[2:])
