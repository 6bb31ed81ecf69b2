"""Sub-commands that look after the database itself: migrate, check, backup, restore;
and the parser entry of `demo` (its code is in demo.py). `version` is in version.py."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.app import open_database
from desktop.db.backup import (
    backup_dir_for,
    backup_sqlite,
    list_backups,
    rotate,
)
from desktop.db.database_file import OURS, inspect_database_file, needs_recovery
from desktop.db.engine import database_url, make_read_only_engine, sqlite_path
from desktop.db.location import network_warning
from desktop.db.migrate import check_not_too_new, known_revisions
from desktop.db.restore import restore_sqlite

from .demo import cmd_demo
from .errors import CommandError


def cmd_migrate(args: argparse.Namespace) -> dict[str, Any]:
    db = open_database(args.db, new_ok=True)
    try:
        result = db.migration
        assert result is not None
        if result.changed:
            message = (
                f"Upgraded {db.display_name} from "
                f"{result.from_revision or 'empty'} to {result.to_revision}."
            )
        else:
            message = f"{db.display_name} is up to date (schema {result.to_revision})."
        return {
            "message": message,
            "database": db.display_name,
            "from_revision": result.from_revision,
            "to_revision": result.to_revision,
            "changed": result.changed,
            "backup": str(result.backup) if result.backup else None,
        }
    finally:
        db.close()


def cmd_check(args: argparse.Namespace) -> dict[str, Any]:
    from desktop.db.health import check_database

    url = database_url(args.db)
    path = sqlite_path(url)
    if path is None:
        db = open_database(args.db, migrate=False)
        engine, shown = db.engine, db.display_name
    else:
        # Read-only from the first byte: `check` never creates or changes a file.
        found = inspect_database_file(path)
        if found.kind != OURS:
            raise found.refuse()
        if needs_recovery(path):
            raise CommandError(
                f"{path} was left in the middle of a write (a program was stopped while "
                "writing). Open it once with a command that writes, such as "
                f"`techledger --db {path} migrate`: SQLite then rolls the unfinished "
                "write back. Then check it again."
            )
        engine, shown = make_read_only_engine(path), str(path)
    try:
        check_not_too_new(engine)
        report = check_database(engine, shown).as_dict()
    finally:
        engine.dispose()
    verdict = "OK" if report["ok"] else "PROBLEMS FOUND"
    warning = network_warning(path) if path is not None else None
    report["warnings"] = ([warning] if warning else []) + report["warnings"]
    lines = [f"{report['database']}: {verdict}"]
    lines += [
        f"Invoice series {p['series_id']}: chain broken at {p['number']} (seq {p['seq']}): "
        f"{p['problem']}."
        for p in report["invoice_chain_problems"]
    ]
    lines += [f"Warning: {text}" for text in report["warnings"]]
    return {"message": "\n".join(lines), **report}


def _sqlite_file(args: argparse.Namespace) -> Path:
    path = sqlite_path(database_url(args.db))
    if path is None:
        raise CommandError(
            "Backups here are of a SQLite file; back up a shared PostgreSQL server with "
            "pg_dump (see docs/shared-database.md)."
        )
    return path


def cmd_backup(args: argparse.Namespace) -> dict[str, Any]:
    try:
        return _backup(args)
    except OSError as exc:  # a folder that cannot exist or be written
        raise CommandError(f"Cannot use that backup folder: {exc.strerror or exc}.") from exc


def _backup(args: argparse.Namespace) -> dict[str, Any]:
    path = _sqlite_file(args)
    folder = Path(args.to) if args.to else backup_dir_for(path)
    if args.list:
        rows = [
            {
                "file": b.path.name,
                "taken": b.taken_at.replace(microsecond=0),
                "reason": b.reason,
                "size_mb": round(b.size / 2**20, 1),
            }
            for b in list_backups(folder)
        ]
        return {"folder": str(folder), "backups": rows}
    open_database(args.db).close()  # refuses a newer database, migrates an older one
    made = backup_sqlite(path, folder, "manual")
    removed = rotate(folder)
    return {
        "message": f"Backed up to {made} ({made.stat().st_size / 2**20:.1f} MiB); "
        f"{len(removed)} old backups rotated out.",
        "backup": str(made),
        "size": made.stat().st_size,
        "rotated_out": [str(p) for p in removed],
    }


def cmd_restore(args: argparse.Namespace) -> dict[str, Any]:
    try:
        return _restore(args)
    except OSError as exc:  # a name too long, a folder instead of a file…
        raise CommandError(f"Cannot read that backup file: {exc.strerror or exc}.") from exc


def _restore(args: argparse.Namespace) -> dict[str, Any]:
    path = _sqlite_file(args)
    candidate = Path(args.file).expanduser().resolve()
    if candidate == path.resolve():
        raise CommandError("That is the database itself, not a backup of it.")
    safety = restore_sqlite(path, candidate, known_revisions())
    db = open_database(args.db)  # brings an older backup up to the current schema
    db.close()
    return {
        "message": f"Restored {path} from {candidate}."
        + (f" The data it held before is kept in {safety}." if safety else ""),
        "database": str(path),
        "restored_from": str(candidate),
        "previous_data": str(safety) if safety else None,
    }


def register(sub: argparse._SubParsersAction) -> None:
    backup = sub.add_parser("backup", help="back up the SQLite database now (or --list)")
    backup.add_argument("--to", metavar="DIR", help="folder (default: backups/ beside the file)")
    backup.add_argument("--list", action="store_true", help="list the backups instead")
    backup.set_defaults(handler=cmd_backup)
    restore = sub.add_parser(
        "restore", help="replace the database with a backup (the current data is backed up first)"
    )
    restore.add_argument("file", help="the backup file")
    restore.set_defaults(handler=cmd_restore)
    demo = sub.add_parser("demo", help="fill an empty database with a realistic demo shop")
    demo.add_argument("--seed", type=int, default=7, help="same seed, same shop (default 7)")
    demo.set_defaults(handler=cmd_demo)
    sub.add_parser("migrate", help="upgrade the database schema (backs up first)").set_defaults(
        handler=cmd_migrate
    )
    sub.add_parser(
        "check",
        help="integrity, foreign keys, invoice hash chains, schema revision and row counts",
    ).set_defaults(handler=cmd_check)
