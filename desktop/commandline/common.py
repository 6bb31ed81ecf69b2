"""Shared helpers of the sub-commands: opening the database per command and
turning typed text into values."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy.orm import Session

from desktop.app import open_database
from desktop.db.session import read_only, unit_of_work
from desktop.services.common.durations import format_minutes
from desktop.services.queries.lookup import LookupFailed

from .errors import CommandError

Handler = Callable[[argparse.Namespace], dict[str, Any]]


@contextmanager
def session_for(args: argparse.Namespace, *, write: bool) -> Iterator[Session]:
    """One database, one transaction per command; lookups that fail are
    reported as command errors and roll everything back."""
    db = open_database(args.db)
    try:
        scope = unit_of_work if write else read_only
        with scope(db.sessions) as session:
            try:
                yield session
            except LookupFailed as exc:
                raise CommandError(str(exc)) from exc
    finally:
        db.close()


def multiplier_bp(text: str) -> int:
    """'1.5' → 15000 basis points."""
    try:
        value = Decimal(text) * 10_000
    except InvalidOperation:
        value = None
    if (
        value is None
        or not value.is_finite()
        or value < 0
        or value > 100 * 10_000
        or (value != value.to_integral_value())
    ):
        raise CommandError(f"'{text}' is not a multiplier; write it like 1.5 (0 to 100).")
    return int(value)


def hours_text(minutes: int | None) -> str | None:
    """'1:30' for 90 minutes; None (JSON null) stays None."""
    return None if minutes is None else format_minutes(minutes)


def set_active(
    args: argparse.Namespace,
    active: bool,
    *,
    noun: str,
    find: Callable[[Session], Any],
    change: Callable[[Session, int, bool], Any],
) -> dict[str, Any]:
    """`NOUN deactivate|reactivate X`: find the record, flip it through its
    service (which keeps its history), say so."""
    with session_for(args, write=True) as session:
        record = change(session, find(session).id, active)
        state = "Reactivated" if active else "Deactivated"
        return {"message": f"{state} {noun} {record.name}.", "id": record.id}
