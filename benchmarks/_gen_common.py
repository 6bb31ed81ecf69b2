"""Shared pieces of the ten-year generator (benchmarks/generate.py): the
bulk loader, value conversion to what SQLAlchemy stores on SQLite, and the
working-day calendar.

Rows get explicit ids, so rows of different tables can refer to each other
before anything is written and nothing is read back (no RETURNING)."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import time
from collections import Counter
from typing import Any

DAY = dt.timedelta(days=1)
MINUTE = dt.timedelta(minutes=1)
CHUNK = 50_000

# Column order of the big tables, whose rows are built as plain tuples.
TIME_ENTRY_COLUMNS = (
    "id version created_at updated_at technician_id client_id ticket_id contract_id visit_id"
    " work_type_id started_at ended_at raw_minutes billed_minutes rounding_rule on_site"
    " travel_minutes travel_distance_m billable rate_minor description invoice_line_id"
).split()
TICKET_COLUMNS = (
    "id version created_at updated_at number title description client_id site_id contact_id"
    " contract_id status priority tier assigned_technician_id vendor_name vendor_case_ref"
    " vendor_promised_on opened_at first_response_at resolved_at closed_at"
    " first_response_due_at resolution_due_at sla_paused_minutes first_response_warn_at"
    " resolution_warn_at sla_paused_since solved_by_article_id"
).split()
EVENT_COLUMNS = (
    "id ticket_id at technician_id kind body from_tier to_tier from_status to_status"
    " assigned_technician_id"
).split()


def ts(moment: dt.datetime) -> str:
    """A datetime as SQLAlchemy's SQLite DateTime stores it."""
    return moment.isoformat(" ") + (".000000" if not moment.microsecond else "")


def sql_value(value: Any) -> Any:
    """A Python value as SQLAlchemy would bind it on SQLite."""
    if isinstance(value, dt.datetime):
        return ts(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, dict | list):
        return json.dumps(value)
    return value


class Loader:
    """Buffers rows per table and writes them with executemany in chunks."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.buffers: dict[str, list[tuple]] = {}
        self.statements: dict[str, str] = {}
        self.counts: Counter[str] = Counter()
        self.seconds = 0.0  # spent in executemany, i.e. in SQLite

    def columns(self, table: str, columns: list[str]) -> None:
        marks = ", ".join("?" * len(columns))
        self.statements[table] = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})"
        self.buffers.setdefault(table, [])

    def add(self, table: str, row: tuple) -> None:
        buffer = self.buffers[table]
        buffer.append(row)
        if len(buffer) >= CHUNK:
            self.flush(table)

    def add_dicts(self, table: str, rows: list[dict[str, Any]]) -> None:
        """Small tables: rows as dicts (all with the same keys), written at once."""
        if not rows:
            return
        names = list(rows[0])
        self.columns(table, names)
        for row in rows:
            self.add(table, tuple(sql_value(row[name]) for name in names))
        self.flush(table)

    def flush(self, table: str | None = None) -> None:
        for name in [table] if table else list(self.buffers):
            buffer = self.buffers[name]
            if buffer:
                began = time.perf_counter()
                self.conn.executemany(self.statements[name], buffer)
                self.seconds += time.perf_counter() - began
                self.counts[name] += len(buffer)
                buffer.clear()


class Calendar:
    """Working days (Monday–Friday) from `first` to the day before `today`,
    with their ISO strings precomputed for the hot loops."""

    def __init__(self, first: dt.date, today: dt.date) -> None:
        self.today = today
        self.days: list[dt.date] = []
        day = first
        while day < today:
            if day.weekday() < 5:
                self.days.append(day)
            day += DAY
        self.text = [d.isoformat() for d in self.days]
        self.index = {d: i for i, d in enumerate(self.days)}

    def first_on_or_after(self, day: dt.date) -> int:
        """Index of the first working day on or after `day` (len(days) if none)."""
        while day not in self.index and day < self.today:
            day += DAY
        return self.index.get(day, len(self.days))


# "HH:MM:00.000000" for every minute of a day, for entry timestamps.
CLOCK = [f" {m // 60:02d}:{m % 60:02d}:00.000000" for m in range(24 * 60)]


def month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def next_month(day: dt.date) -> dt.date:
    return (day.replace(day=1) + 32 * DAY).replace(day=1)


def contract_on(client: dict[str, Any], day: dt.date) -> dict[str, Any] | None:
    contract = client["contract"]
    if contract is None or day < contract["starts"]:
        return None
    if contract["ends"] is not None and day > contract["ends"]:
        return None
    return contract
