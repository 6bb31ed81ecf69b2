"""The `demo` command: a demo shop written into an empty database.

The only way into `desktop.demo` from the program (an import-linter contract
says so): the window's `--demo` comes here too, so the generator is never part
of what the window or the services load for real work."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.app import Database, open_database

from .errors import CommandError


def write_demo_shop(db: Database, seed: int = 7) -> dict[str, int]:
    """Fill the empty database `db` with the demo shop; the row counts written."""
    from desktop.demo.build import build_demo_shop  # large: load only when asked

    return build_demo_shop(db, seed=seed).as_dict()


def cmd_demo(args: argparse.Namespace) -> dict[str, Any]:
    db = open_database(args.db, new_ok=True)
    try:
        try:
            rows = write_demo_shop(db, seed=args.seed)
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        return {
            "message": f"Demo shop written to {db.display_name} (seed {args.seed}).",
            "database": db.display_name,
            "seed": args.seed,
            "rows": rows,
        }
    finally:
        db.close()
