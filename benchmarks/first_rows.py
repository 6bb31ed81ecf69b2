"""How long the time-entries list takes to show its first page.

    python benchmarks/first_rows.py DB_PATH [--filter TEXT] [--runs 5]

Builds the time-entries table model offscreen (no window) and prints the
median of several runs, in milliseconds, for: the default order (newest
first), a text filter, and sorting by client. Each run uses a new model, so
nothing is reused between runs except SQLite's page cache — as in the app
after the first page was shown once."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import argparse
import statistics
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from sqlalchemy import func, select

from desktop.app import open_database
from desktop.db.session import read_only
from desktop.models import TimeEntry
from desktop.services.queries.listing import TIME_ENTRIES
from desktop.views.itemmodels.paged_table_model import PagedTableModel


def median_ms(
    sessions, change: Callable[[PagedTableModel], None] | None, runs: int
) -> tuple[float, int]:
    """Median time in ms to the first page, and the rows it loaded.

    Without `change`, the timed part is building the model (its first
    query); with it, the timed part is `change` on a freshly built model
    (a re-query in SQL: filter or sort)."""
    times = []
    rows = 0
    for _ in range(runs):
        start = time.perf_counter()
        model = PagedTableModel(sessions, TIME_ENTRIES)
        if change is not None:
            start = time.perf_counter()
            change(model)
        times.append((time.perf_counter() - start) * 1000)
        rows = model.rowCount()
    return statistics.median(times), rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Time to the first page of time entries.")
    parser.add_argument("db_path")
    parser.add_argument("--filter", default="backup", help="text typed in the search box")
    parser.add_argument(
        "--miss", default="no such text", help="a search that matches nothing (full scan)"
    )
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)

    _app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    # Do not migrate or back up a big benchmark file; refuse a newer one.
    db = open_database(args.db_path, migrate=False)
    try:
        with read_only(db.sessions) as session:
            total = session.scalar(select(func.count()).select_from(TimeEntry))
        print(f"{db.display_name}: {total:,} time entries; median of {args.runs} runs")
        client_column = TIME_ENTRIES.column_index("client")
        cases: list[tuple[str, Callable[[PagedTableModel], None] | None]] = [
            ("default order (started_at DESC)", None),
            (f"filter {args.filter!r}", lambda m: m.set_filter_text(args.filter)),
            (f"filter {args.miss!r}", lambda m: m.set_filter_text(args.miss)),
            ("sorted by client", lambda m: m.sort(client_column, Qt.SortOrder.AscendingOrder)),
        ]
        for label, change in cases:
            ms, rows = median_ms(db.sessions, change, args.runs)
            print(f"{label + ':':34} {ms:9.1f} ms  ({rows} rows)")
    finally:
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
