"""Build a ten-year database of a ten-technician IT shop for performance work.

    python benchmarks/generate.py [--out /tmp/tenyear.db] [--seed 1] [--scale 1.0]
                                  [--today YYYY-MM-DD] [--force]

At scale 1: ~300 clients with contacts, sites and contracts, ~200,000 tickets
with a few events each, ~2,000,000 time entries (raw and billed minutes, the
rounding rule), ~20,000 issued invoices with lines, VAT, payments and the
hash chain, prepaid ledgers and on-site visits. The same seed and day give
the same content.

How: the schema comes from the app's own path (desktop.app.open_database:
migrate to head, whatever migrations exist). Rows are then generated in
Python with explicit ids and written with executemany of plain tuples in
chunks, with the indexes and triggers dropped and the journal off; at the
end the indexes and triggers are created again from their own SQL, the
search indexes rebuilt, WAL restored and ANALYZE run, so the file is what
the app itself would have left."""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sqlite3
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _gen_billing import Biller
from _gen_clients import build_clients
from _gen_common import Calendar, Loader
from _gen_reference import Shop, build_reference
from _gen_work import WorkPlanner

from desktop.app import open_database
from desktop.models import Base

CLIENTS, TICKETS, ENTRIES = 300, 200_000, 2_000_000


def _drop_indexes_and_triggers(conn: sqlite3.Connection) -> list[str]:
    """Drop every named index and trigger; return the SQL that recreates them."""
    saved = conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger')"
        " AND sql IS NOT NULL ORDER BY type, name"
    ).fetchall()
    for kind, name, _sql in saved:
        conn.execute(f'DROP {kind.upper()} "{name}"')
    return [sql for _kind, _name, sql in saved]


def generate(
    out: Path,
    *,
    seed: int = 1,
    scale: float = 1.0,
    today: dt.date | None = None,
    log=print,
) -> dict:
    """Write the database to `out` (which must not exist); return figures."""
    today = today or dt.date.today()
    phases: dict[str, tuple[float, float]] = {}
    began = clock = time.perf_counter()
    cpu = time.process_time()

    def phase(name: str) -> None:
        # Wall and CPU seconds: on a shared machine the wall clock also
        # counts the time other processes had the cores.
        nonlocal clock, cpu
        now, now_cpu = time.perf_counter(), time.process_time()
        phases[name] = (now - clock, now_cpu - cpu)
        clock, cpu = now, now_cpu
        log(f"  {name:<28} {phases[name][0]:6.1f} s wall {phases[name][1]:6.1f} s CPU")

    db = open_database(str(out))  # the app's own path: migrate to head
    db.close()
    phase("schema (migrations)")

    conn = sqlite3.connect(out, isolation_level=None)
    try:
        # A throw-away bulk load: no journal, no fsync; restored below.
        conn.execute("PRAGMA foreign_keys = OFF")
        mode = conn.execute("PRAGMA journal_mode = OFF").fetchone()[0]
        if mode != "off":
            raise RuntimeError(f"could not turn the journal off (still {mode})")
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("PRAGMA cache_size = -262144")  # 256 MiB
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA threads = 2")  # sorter threads for CREATE INDEX
        restore = _drop_indexes_and_triggers(conn)
        conn.execute("BEGIN")
        rng = random.Random(seed)
        shop = Shop(rng=rng, today=today, scale=scale, loader=Loader(conn), calendar=None)  # type: ignore[arg-type]
        shop.calendar = Calendar(shop.start, today)
        build_reference(shop)
        build_clients(shop, max(8, round(CLIENTS * scale)))
        phase("reference and clients")

        work = WorkPlanner(shop, round(TICKETS * scale), round(ENTRIES * scale))
        biller = Biller(shop, work)
        month = None
        for d, day in enumerate(shop.calendar.days):
            key = work.month_of[d]
            if key != month:
                # Work never comes before its ticket, so once every ticket
                # opened last month is planned, last month is complete: bill it.
                if month is not None:
                    biller.bill_month(month, work.pending.pop(month, []))
                month = key
                work.set_month(day.replace(day=1))
            work.day(d)
        for key in sorted(work.pending):
            biller.bill_month(key, work.pending.pop(key))
        biller.finish()
        load = shop.loader
        load.columns(
            "visits",
            "id version created_at updated_at client_id site_id contact_id"
            " technician_id arrived_at departed_at travel_minutes travel_distance_m"
            " work_summary signature_png signer_name signed_at".split(),
        )
        for row in work.visits:
            load.add("visits", row)
        load.add_dicts("feedback", work.feedback)
        load.add_dicts(
            "counters",
            [
                {"name": f"ticket:{year}", "next_value": used + 1}
                for year, used in sorted(work.counters.items())
            ],
        )
        load.flush()
        for series, seq in biller.seq.items():
            conn.execute("UPDATE invoice_series SET next_seq = ? WHERE id = ?", (seq + 1, series))
        conn.execute("COMMIT")
        phase("tickets, work and billing")
        log(f"    of which inserting (SQLite)  {load.seconds:6.1f} s wall")

        for sql in restore:
            conn.execute(sql)
        phase("indexes and triggers")
        # Every full-text index (tickets, articles, time entries…), whichever
        # migrations made them: their triggers were off during the load.
        for (index,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'"
            " AND sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%'"
        ).fetchall():
            conn.execute(f"INSERT INTO {index}({index}) VALUES ('rebuild')")
        phase("search index")
        # Back to the app's settings: WAL (stored in the file), fresh statistics.
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("ANALYZE")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        phase("WAL and ANALYZE")
        counts = {
            table.name: conn.execute(f'SELECT count(*) FROM "{table.name}"').fetchone()[0]
            for table in Base.metadata.sorted_tables
        }
    finally:
        conn.close()
    return {
        "phases": phases,
        "seconds": time.perf_counter() - began,
        "cpu_seconds": time.process_time(),
        "rows": counts,
        "bytes": out.stat().st_size,
        "unbilled_entries": biller.unbilled,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/tenyear.db"))
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--scale",
        type=float,
        default=1.0,
        help="1.0 = 2,000,000 time entries; 0.01 for a quick test",
    )
    parser.add_argument(
        "--today",
        type=dt.date.fromisoformat,
        default=None,
        help="the last day of the history (default: today)",
    )
    parser.add_argument("--force", action="store_true", help="replace an existing file")
    args = parser.parse_args(argv)
    if args.out.exists() or Path(f"{args.out}-wal").exists():
        if not args.force:
            print(f"{args.out} exists; give a new name or --force.", file=sys.stderr)
            return 2
        for suffix in ("", "-wal", "-shm"):
            Path(f"{args.out}{suffix}").unlink(missing_ok=True)
    print(f"building {args.out} (seed {args.seed}, scale {args.scale})")
    figures = generate(args.out, seed=args.seed, scale=args.scale, today=args.today)
    print("rows:")
    for table, count in sorted(figures["rows"].items(), key=lambda item: -item[1]):
        print(f"  {table:<28} {count:>10,}")
    print(f"unbilled billable entries (the last weeks): {figures['unbilled_entries']:,}")
    print(f"file size: {figures['bytes'] / 2**20:,.1f} MiB")
    print(
        f"total: {figures['seconds']:.1f} s wall, {figures['cpu_seconds']:.1f} s CPU"
        " (the CPU figure includes the interpreter's start-up)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
