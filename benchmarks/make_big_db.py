"""Make a big database for performance work: the demo shop plus millions of
time entries spread over ten years.

    python benchmarks/make_big_db.py OUT.db [--entries 2000000] [--seed 7]

The demo shop is built first (migrated schema, real clients, contracts,
tickets); the extra entries reuse its technicians, clients, work types and
tickets and are written with raw `sqlite3` executemany in big batches, which
is ~20x faster than the ORM (see GOTCHAS.md). The time_entries indexes are
dropped during the load and created again from their own SQL afterwards:
building an index once over sorted data beats updating it 2 million times.

The extra entries are unbilled (billed_minutes and invoice_line_id NULL):
there are no invoices for the years before the demo's 18 months."""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sqlite3
import sys
import time
from pathlib import Path

from desktop.app import open_database
from desktop.demo.build import build_demo_shop
from desktop.demo.people import ACTIONS, MAINTENANCE_WORK

YEARS = 10
BATCH = 100_000
COLUMNS = (
    "version, created_at, updated_at, technician_id, client_id, ticket_id, contract_id,"
    " visit_id, work_type_id, started_at, ended_at, raw_minutes, billed_minutes,"
    " rounding_rule, on_site, travel_minutes, travel_distance_m, billable, rate_minor,"
    " description, invoice_line_id"
)


def _workdays(first: dt.date, last: dt.date) -> list[str]:
    days = []
    day = first
    while day <= last:
        if day.weekday() < 5:
            days.append(day.isoformat())
        day += dt.timedelta(days=1)
    return days


def _reference(conn: sqlite3.Connection) -> dict:
    """What the demo put in the database, as plain lists for fast picking."""
    technicians = [r[0] for r in conn.execute("SELECT id FROM technicians ORDER BY id")]
    work_types = [
        r
        for r in conn.execute(
            "SELECT id, on_site FROM work_types WHERE billable = 1 AND code != 'emergency'"
            " ORDER BY id"
        )
    ]
    clients = [r[0] for r in conn.execute("SELECT id FROM clients ORDER BY id")]
    tickets: dict[int, list[int]] = {c: [] for c in clients}
    for ticket_id, client_id in conn.execute("SELECT id, client_id FROM tickets ORDER BY id"):
        tickets[client_id].append(ticket_id)
    contracts: dict[int, list[tuple[str, str, int]]] = {c: [] for c in clients}
    for contract_id, client_id, starts, ends in conn.execute(
        "SELECT id, client_id, starts_on, ends_on FROM contracts"
        " WHERE status IN ('active', 'ended') ORDER BY starts_on"
    ):
        contracts[client_id].append((starts, ends or "9999-12-31", contract_id))
    return {
        "technicians": technicians,
        "work_types": work_types,
        "clients": clients,
        "tickets": tickets,
        "contracts": contracts,
    }


def _rows(count: int, ref: dict, days: list[str], rng: random.Random):
    """Yield `count` time-entry tuples, in the column order of COLUMNS."""
    technicians = ref["technicians"]
    clients = ref["clients"]
    # Bigger clients (more demo tickets) get more work, as in the demo.
    weights = [len(ref["tickets"][c]) + 1 for c in clients]
    client_picks = rng.choices(clients, weights, k=4096)
    work_types = ref["work_types"]
    texts = ACTIONS + MAINTENANCE_WORK
    randrange, random_ = rng.randrange, rng.random
    for _ in range(count):
        client = client_picks[randrange(4096)]
        day = days[randrange(len(days))]
        work_type, on_site = work_types[randrange(len(work_types))]
        minutes = 6 + randrange(115) if random_() < 0.8 else 60 + randrange(240)
        start = 450 + randrange(600)  # 07:30–17:30
        end = start + minutes
        started = f"{day} {start // 60:02d}:{start % 60:02d}:00.000000"
        ended = f"{day} {end // 60:02d}:{end % 60:02d}:00.000000"
        contract = None
        for starts, ends, contract_id in ref["contracts"][client]:
            if starts <= day <= ends:
                contract = contract_id
                break
        tickets = ref["tickets"][client]
        ticket = tickets[randrange(len(tickets))] if tickets and random_() < 0.7 else None
        yield (
            1,
            ended,
            ended,
            technicians[randrange(len(technicians))],
            client,
            ticket,
            contract,
            None,
            work_type,
            started,
            ended,
            minutes,
            None,
            None,
            on_site,
            0,
            0,
            1,
            None,
            texts[randrange(len(texts))],
            None,
        )


def make_big_db(
    out: Path, entries: int, seed: int = 7, today: dt.date | None = None
) -> dict[str, float]:
    """Build the database; return figures (seconds, rows, rows per second)."""
    today = today or dt.date.today()
    began = time.perf_counter()
    db = open_database(str(out))
    summary = build_demo_shop(db, seed=seed, today=today)
    db.close()
    demo_seconds = time.perf_counter() - began

    extra = max(0, entries - summary.time_entries)
    conn = sqlite3.connect(out, isolation_level=None)
    try:
        # A throw-away bulk load: durability can wait for the final checkpoint.
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("PRAGMA cache_size = -262144")  # 256 MiB
        conn.execute("PRAGMA temp_store = MEMORY")
        ref = _reference(conn)
        days = _workdays(today - dt.timedelta(days=365 * YEARS), today - dt.timedelta(days=1))
        indexes = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index'"
            " AND tbl_name = 'time_entries' AND sql IS NOT NULL"
        ).fetchall()
        load_began = time.perf_counter()
        conn.execute("BEGIN")
        for name, _sql in indexes:
            conn.execute(f'DROP INDEX "{name}"')
        placeholders = ", ".join("?" * len(COLUMNS.split(",")))
        statement = f"INSERT INTO time_entries ({COLUMNS}) VALUES ({placeholders})"
        rows = _rows(extra, ref, days, random.Random(seed))
        done = 0
        while done < extra:
            batch = [next(rows) for _ in range(min(BATCH, extra - done))]
            conn.executemany(statement, batch)
            done += len(batch)
        insert_seconds = time.perf_counter() - load_began
        for _name, sql in indexes:
            conn.execute(sql)
        conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        load_seconds = time.perf_counter() - load_began
        total = conn.execute("SELECT count(*) FROM time_entries").fetchone()[0]
    finally:
        conn.close()
    elapsed = time.perf_counter() - began
    return {
        "demo_seconds": demo_seconds,
        "extra_rows": extra,
        "insert_seconds": insert_seconds,
        "load_seconds": load_seconds,
        "rows_per_second": extra / load_seconds if extra else 0,
        "total_entries": total,
        "elapsed": elapsed,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="the SQLite file to create (must not exist)")
    parser.add_argument(
        "--entries",
        type=int,
        default=2_000_000,
        help="time entries wanted in total (default 2,000,000)",
    )
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    if args.out.exists():
        print(f"{args.out} exists; give a new file name.", file=sys.stderr)
        return 2
    figures = make_big_db(args.out, args.entries, args.seed)
    print(f"demo shop built in {figures['demo_seconds']:.1f} s")
    print(
        f"{figures['extra_rows']:,} extra time entries inserted in "
        f"{figures['insert_seconds']:.1f} s, indexed and committed in "
        f"{figures['load_seconds']:.1f} s ({figures['rows_per_second']:,.0f} rows/s)"
    )
    print(
        f"{figures['total_entries']:,} time entries in {args.out}; "
        f"elapsed {figures['elapsed']:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
