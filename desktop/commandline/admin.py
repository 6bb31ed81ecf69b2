"""Sub-commands that look after the database itself: version, migrate, check, demo."""

from __future__ import annotations

import argparse
import platform
from typing import Any

from desktop import APP_NAME, __version__
from desktop.app import open_database
from desktop.db.engine import database_url, sqlite_path
from desktop.db.migrate import head_revision

from .errors import CommandError


def cmd_version(args: argparse.Namespace) -> dict[str, Any]:
    return {
        "message": f"{APP_NAME} {__version__} (schema {head_revision()})",
        "version": __version__,
        "schema_revision": head_revision(),
        "python": platform.python_version(),
    }


def cmd_migrate(args: argparse.Namespace) -> dict[str, Any]:
    db = open_database(args.db)
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

    path = sqlite_path(database_url(args.db))
    if path is not None and not path.exists():
        raise CommandError(f"There is no database at {path}.")
    db = open_database(args.db, migrate=False)
    try:
        report = check_database(db.engine, db.display_name).as_dict()
    finally:
        db.close()
    verdict = "OK" if report["ok"] else "PROBLEMS FOUND"
    return {"message": f"{report['database']}: {verdict}", **report}


def cmd_demo(args: argparse.Namespace) -> dict[str, Any]:
    from desktop.services.demo_data import build_demo_shop

    db = open_database(args.db)
    try:
        try:
            summary = build_demo_shop(db, seed=args.seed)
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        return {
            "message": f"Demo shop written to {db.display_name} (seed {args.seed}).",
            "database": db.display_name,
            "seed": args.seed,
            "rows": summary.as_dict(),
        }
    finally:
        db.close()


def register(sub: argparse._SubParsersAction) -> None:
    demo = sub.add_parser("demo", help="fill an empty database with a realistic demo shop")
    demo.add_argument("--seed", type=int, default=7, help="same seed, same shop (default 7)")
    demo.set_defaults(handler=cmd_demo)
    sub.add_parser("migrate", help="upgrade the database schema (backs up first)").set_defaults(
        handler=cmd_migrate
    )
    sub.add_parser(
        "check", help="integrity, foreign keys, schema revision and row counts"
    ).set_defaults(handler=cmd_check)
    sub.add_parser("version", help="print the version of TechLedger and its schema").set_defaults(
        handler=cmd_version
    )
