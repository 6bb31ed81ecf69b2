"""Every sortable column of the ticket queue (each saved filter) and of the
time list, in both directions: the app's own first-page SQL run through
plain sqlite3, median of N runs, with the plan's first step and whether it
sorted (a temporary B-tree).

    python benchmarks/list_sorts.py --db PATH [--runs 3] [--filters open all ...]

The file is opened read-only and must be at the current schema (migrate a
copy first: `python -m desktop --db COPY migrate`). This times the query
only, not the painted page (benchmarks/run.py does that); target of issue
20: a page under 50 ms painted."""

from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy.dialects import sqlite

from desktop.services.helpdesk.ticket_queue import FILTERS, queue_spec
from desktop.services.queries.listing import TIME_ENTRIES, ListSpec, build_query

TARGET_MS = 50


def _sql(spec: ListSpec, column: int, order: str) -> str:
    stmt = build_query(spec, column, order).limit(200)  # type: ignore[arg-type]
    return str(stmt.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))


def _time(conn: sqlite3.Connection, sql: str, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        conn.execute(sql).fetchall()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--filters", nargs="*", default=list(FILTERS))
    args = parser.parse_args()
    conn = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    now = dt.datetime.now().replace(microsecond=0)
    specs = [queue_spec(key, now, me=1) for key in args.filters] + [TIME_ENTRIES]
    missed = 0
    for spec in specs:
        for index, column in enumerate(spec.columns):
            if not column.sortable:
                continue
            for order in ("asc", "desc"):
                sql = _sql(spec, index, order)
                plan = [row[3] for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}")]
                ms = _time(conn, sql, args.runs)
                sorted_ = "sorts" if any("TEMP B-TREE" in s for s in plan) else "     "
                verdict = "met" if ms < TARGET_MS else "MISSED"
                missed += verdict == "MISSED"
                label = f"{spec.name} {column.key} {order}"
                print(f"{label:42} {ms:8.1f} ms  {verdict:6} {sorted_}  {plan[0][:60]}")
    print(f"{missed} of the pages above took {TARGET_MS} ms or more (query only)")


if __name__ == "__main__":
    main()
