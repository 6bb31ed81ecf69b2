"""Consistent copies of a SQLite database, their rotation, and restoring one.

A copy is made with SQLite's online backup API (never a file copy: that
would miss what still sits in the -wal file), written to a temporary name,
flushed, checked with `PRAGMA integrity_check`, and only then renamed into
place, so a backup file that exists is always a complete, valid database.

Names: techledger-YYYYmmdd-HHMMSS-ffffff-<reason>.db. Automatic and manual
copies are rotated (7 daily, 4 weekly, 12 monthly); safety copies taken
before a migration or a restore are never deleted automatically. Restoring
lives in restore.py."""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROTATED_REASONS = ("auto", "manual")
PAGES_PER_STEP = 1024  # ~4 MiB: progress reported and cancel honoured this often
_NAME = re.compile(r"-(\d{8}-\d{6}-\d{6})-([a-z-]+)\.db$")

Progress = Callable[[int, int], None]  # (pages copied, pages in all)


class BackupError(RuntimeError):
    pass


class BackupCancelled(BackupError):
    pass


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: dt.datetime
    reason: str

    @property
    def size(self) -> int:
        return self.path.stat().st_size


def backup_dir_for(database: Path) -> Path:
    return database.parent / "backups"


def _integrity(path: Path) -> str:
    """'ok', or what is wrong with the file."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:  # damaged beyond what the check can read
        return str(exc)
    finally:
        conn.close()


def _copy(
    source_path: Path,
    target_path: Path,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
) -> None:
    """Online backup from one file into another, a step at a time."""
    source = sqlite3.connect(f"file:{source_path}?mode=ro", uri=True)
    target = sqlite3.connect(target_path)

    def step(_status: int, remaining: int, total: int) -> None:
        if progress is not None:
            progress(total - remaining, total)
        if cancelled is not None and cancelled():
            raise BackupCancelled("The backup was cancelled; nothing was changed.")

    try:
        source.backup(target, pages=PAGES_PER_STEP, progress=step)
        target.execute("PRAGMA journal_mode = DELETE")  # a standalone file, no WAL
    finally:
        target.close()
        source.close()


def backup_sqlite(
    database: Path,
    dest_dir: Path,
    reason: str,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    now: dt.datetime | None = None,
) -> Path:
    """Copy `database` into `dest_dir` as a checked, complete file."""
    if not database.exists():
        raise BackupError(f"There is no database at {database} to back up.")
    dest_dir.mkdir(parents=True, exist_ok=True)
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S-%f")
    final = dest_dir / f"{database.stem}-{stamp}-{reason}.db"
    partial = final.with_suffix(".db.partial")
    try:
        _copy(database, partial, progress, cancelled)
        with open(partial, "rb") as handle:
            os.fsync(handle.fileno())
        verdict = _integrity(partial)
        if verdict != "ok":
            raise BackupError(f"The backup of {database} failed its integrity check: {verdict}")
        os.replace(partial, final)
    finally:
        partial.unlink(missing_ok=True)
    return final


def list_backups(dest_dir: Path) -> list[BackupFile]:
    """Backups in `dest_dir`, newest first."""
    found = []
    for path in dest_dir.glob("*.db") if dest_dir.exists() else []:
        match = _NAME.search(path.name)
        if match:
            taken = dt.datetime.strptime(match.group(1), "%Y%m%d-%H%M%S-%f")
            found.append(BackupFile(path, taken, match.group(2)))
    return sorted(found, key=lambda backup: backup.taken_at, reverse=True)


def backups_to_keep(
    backups: list[BackupFile], *, daily: int = 7, weekly: int = 4, monthly: int = 12
) -> set[Path]:
    """Grandfather-father-son: the newest copy of each of the last `daily`
    days, `weekly` ISO weeks and `monthly` months that have one."""
    keep: set[Path] = set()
    for count, bucket in (
        (daily, lambda t: t.date()),
        (weekly, lambda t: t.isocalendar()[:2]),
        (monthly, lambda t: (t.year, t.month)),
    ):
        seen: list[object] = []
        for backup in backups:  # newest first
            key = bucket(backup.taken_at)
            if key not in seen:
                seen.append(key)
                if len(seen) > count:
                    break
                keep.add(backup.path)
    return keep


def rotate(dest_dir: Path, **policy: int) -> list[Path]:
    """Delete rotated backups the policy no longer keeps; return them."""
    rotated = [b for b in list_backups(dest_dir) if b.reason in ROTATED_REASONS]
    keep = backups_to_keep(rotated, **policy)
    removed = [b.path for b in rotated if b.path not in keep]
    for path in removed:
        path.unlink()
    return removed


def backup_if_due(
    database: Path,
    dest_dir: Path,
    now: dt.datetime | None = None,
    *,
    cancelled: Callable[[], bool] | None = None,
) -> Path | None:
    """The automatic backup at start: at most one a day, then rotation."""
    now = now or dt.datetime.now()
    recent = [b for b in list_backups(dest_dir) if b.reason in ROTATED_REASONS]
    if recent and now - recent[0].taken_at < dt.timedelta(days=1):
        return None
    made = backup_sqlite(database, dest_dir, "auto", now=now, cancelled=cancelled)
    rotate(dest_dir)
    return made


def check_restorable(candidate: Path, known_revisions: set[str]) -> str:
    """Raise BackupError unless `candidate` is a sound TechLedger database
    this version can open; return its schema revision."""
    if not candidate.is_file():
        raise BackupError(f"There is no file at {candidate}.")
    with open(candidate, "rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            raise BackupError(f"{candidate} is not a SQLite database.")
    verdict = _integrity(candidate)
    if verdict != "ok":
        raise BackupError(f"{candidate} is damaged ({verdict}); it was not restored.")
    conn = sqlite3.connect(f"file:{candidate}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:
        row = None
    finally:
        conn.close()
    if row is None:
        raise BackupError(f"{candidate} is not a TechLedger database.")
    if row[0] not in known_revisions:
        raise BackupError(f"{candidate} was written by a newer TechLedger; install it first.")
    return row[0]
