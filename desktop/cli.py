"""The `techledger` command line: the window by default, sub-commands for
automation. With `--json` every result is one JSON document on stdout and
every error one JSON document on stderr, with a non-zero exit status."""

from __future__ import annotations

import argparse
import json
import platform
import sys
from collections.abc import Callable
from typing import Any

from sqlalchemy.exc import OperationalError

from desktop import APP_NAME, __version__
from desktop.app import Database, open_database
from desktop.db.backup import BackupError
from desktop.db.engine import database_url, sqlite_path
from desktop.db.migrate import DatabaseTooNew, MigrationFailed, head_revision

EXIT_ERROR = 1
EXIT_CHECK_FAILED = 3


class CommandError(Exception):
    """A failure to report to the user as it is, without a traceback."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="techledger",
        description=f"{APP_NAME}: time, tickets, prepaid hours and invoices for IT support "
        "shops. Without a sub-command it opens the window.",
    )
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="SQLite file or postgresql+psycopg:// URL (default: techledger.db in your "
        "user data folder)",
    )
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the window on a fresh throw-away demo database",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = sub.add_parser("demo", help="fill an empty database with a realistic demo shop")
    demo.add_argument("--seed", type=int, default=7, help="same seed, same shop (default 7)")
    sub.add_parser("migrate", help="upgrade the database schema (backs up first)")
    sub.add_parser("check", help="integrity, foreign keys, schema revision and row counts")
    sub.add_parser("version", help="print the version of TechLedger and its schema")
    return parser


def _open(args: argparse.Namespace, *, migrate: bool = True) -> Database:
    return open_database(args.db, migrate=migrate)


def cmd_version(args: argparse.Namespace) -> dict[str, Any]:
    return {
        "version": __version__,
        "schema_revision": head_revision(),
        "python": platform.python_version(),
    }


def cmd_migrate(args: argparse.Namespace) -> dict[str, Any]:
    db = _open(args)
    try:
        result = db.migration
        assert result is not None
        return {
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

    path = sqlite_path(database_url(args.db))
    if path is not None and not path.exists():
        raise CommandError(f"There is no database at {path}.")
    db = _open(args, migrate=False)
    try:
        return check_database(db.engine, db.display_name).as_dict()
    finally:
        db.close()


def cmd_demo(args: argparse.Namespace) -> dict[str, Any]:
    from desktop.services.demo_data import build_demo_shop

    db = _open(args)
    try:
        try:
            summary = build_demo_shop(db, seed=args.seed)
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        return {"database": db.display_name, "seed": args.seed, "rows": summary.as_dict()}
    finally:
        db.close()


COMMANDS: dict[str, Callable[[argparse.Namespace], dict[str, Any]]] = {
    "version": cmd_version,
    "migrate": cmd_migrate,
    "check": cmd_check,
    "demo": cmd_demo,
}


def _print_human(command: str, result: dict[str, Any]) -> None:
    if command == "version":
        print(f"{APP_NAME} {result['version']} (schema {result['schema_revision']})")
        return
    if command == "migrate":
        if result["changed"]:
            print(f"Upgraded {result['database']} from {result['from_revision'] or 'empty'} "
                  f"to {result['to_revision']}.")
            if result["backup"]:
                print(f"Backup of the previous file: {result['backup']}")
        else:
            print(f"{result['database']} is up to date (schema {result['to_revision']}).")
        return
    if command == "demo":
        print(f"Demo shop written to {result['database']} (seed {result['seed']}):")
    if command == "check":
        verdict = "OK" if result["ok"] else "PROBLEMS FOUND"
        print(f"{result['database']}: {verdict}")
        print(f"  schema revision {result['schema_revision']} "
              f"(expected {result['expected_revision']})")
        print(f"  integrity: {result['integrity']}")
        for problem in result["foreign_key_problems"]:
            print(f"  broken reference: {problem}")
    counts = result.get("rows") or result.get("row_counts") or {}
    width = max((len(name) for name in counts), default=0)
    for name, count in counts.items():
        print(f"  {name:<{width}}  {count:>9,}")


def _fail(args: argparse.Namespace, kind: str, message: str) -> int:
    if args.json:
        json.dump({"ok": False, "error": kind, "message": message}, sys.stderr)
        sys.stderr.write("\n")
    else:
        print(f"techledger: {message}", file=sys.stderr)
    return EXIT_ERROR


def run_command(args: argparse.Namespace) -> int:
    try:
        result = COMMANDS[args.command](args)
    except DatabaseTooNew as exc:
        return _fail(args, "database_too_new", str(exc))
    except MigrationFailed as exc:
        return _fail(args, "migration_failed", str(exc))
    except BackupError as exc:
        return _fail(args, "backup_failed", str(exc))
    except OperationalError as exc:
        return _fail(args, "database_unavailable", f"Cannot open the database: {exc.orig}")
    except CommandError as exc:
        return _fail(args, "invalid", str(exc))
    if args.json:
        json.dump(result, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        _print_human(args.command, result)
    if args.command == "check" and not result["ok"]:
        return EXIT_CHECK_FAILED
    return 0
