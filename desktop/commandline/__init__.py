"""The `techledger` command line: the window by default, sub-commands for
automation. With `--json` every result is one JSON document on stdout and
every error one JSON document on stderr, with a non-zero exit status.
Every sub-command that changes data does it in one transaction: an error
changes nothing."""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn

from sqlalchemy.exc import DatabaseError, OperationalError

from desktop import APP_NAME
from desktop.db.backup import BackupError
from desktop.db.database_file import DatabaseFileError
from desktop.db.migrate import DatabaseTooNew, MigrationFailed

from . import admin, billing, data, documents, records, schedules, setup, tickets, visits
from .output import emit_error, emit_json, print_human

EXIT_ERROR = 1
EXIT_CHECK_FAILED = 3


class _Parser(argparse.ArgumentParser):
    """argparse that answers in JSON when --json was given: a script reads
    every failure the same way, usage mistakes included (exit 2)."""

    # Set by build_parser from the argv being parsed; sub-command parsers are
    # made by argparse itself, so the flag lives on the class.
    json_requested = False

    def error(self, message: str) -> NoReturn:
        if self.json_requested:
            emit_error(True, "usage", f"{self.prog}: {message}")
            raise SystemExit(2)
        super().error(message)


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    _Parser.json_requested = "--json" in (sys.argv[1:] if argv is None else argv)
    parser = _Parser(
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
    admin.add_version_option(parser)
    parser.add_argument(
        "--demo", action="store_true", help="open the window on a fresh throw-away demo database"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    admin.register(sub)
    setup.register(sub)
    records.register(sub)
    data.register(sub)
    tickets.register(sub)
    schedules.register(sub)
    # Modules added later hang their actions on these groups too.
    groups = billing.register(sub)
    groups["visit"] = visits.register(sub)
    documents.register(sub, groups)
    return parser


def _failure_kind(exc: Exception) -> tuple[str, str] | None:
    """What a refusal is called under --json and the line printed for it;
    None for a bug, which keeps its traceback."""
    from desktop.services.common.errors import UserError
    from desktop.services.common.record_rules import ValidationError

    if isinstance(exc, DatabaseTooNew):
        return "database_too_new", str(exc)
    if isinstance(exc, MigrationFailed):
        return "migration_failed", str(exc)
    if isinstance(exc, DatabaseFileError):
        return "bad_database_file", str(exc)
    if isinstance(exc, BackupError):
        return "backup_failed", str(exc)
    if isinstance(exc, OperationalError):
        return "database_unavailable", f"Cannot open the database: {exc.orig}"
    if isinstance(exc, DatabaseError):
        # A file that passed the first look but fails to read (damaged pages).
        return "database_unreadable", f"Cannot read the database: {exc.orig}"
    if isinstance(exc, ValidationError):
        return "invalid", "\n  ".join(f"{field}: {text}" for field, text in exc.errors.items())
    if isinstance(exc, UserError):
        return "invalid", f"{exc.field}: {exc}" if exc.field else str(exc)
    return None


def run_command(args: argparse.Namespace) -> int:
    try:
        result = args.handler(args)
    except Exception as exc:
        failure = _failure_kind(exc)
        if failure is None:
            raise
        emit_error(args.json, *failure)
        return EXIT_ERROR
    if args.json:
        emit_json({k: v for k, v in result.items() if k != "message"})
    else:
        print_human(result)
    if result.get("ok") is False:
        return EXIT_CHECK_FAILED
    return 0
