"""Every speed and memory target of TechLedger, measured on one big database
and printed as one table.

    .venv/bin/python benchmarks/run.py [--db PATH] [--runs N] [--skip month-end ...]

Each figure is the median of N runs (default 5; the month-end runs once).
Beside each query stands the same rows fetched with hand-written SQL through
plain sqlite3, and the ratio (our time / raw): what SQLAlchemy, the models
and Qt add. Lists are timed through the real table models in a shown
QTableView: "rows" is the model holding its first page, "painted" the view
having painted it.

The database is never changed: --db (or, without it, a cached ten-year
database made by benchmarks/generate.py, or benchmarks/make_big_db.py when
that does not exist) is copied into a temporary folder and migrated to the
current schema there; the month-end works on a second copy. Under a desktop
session the cold start and memory runs use it; without one Qt's offscreen
platform (or run the whole script under `xvfb-run -a`)."""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(ROOT), str(HERE)]
if "DISPLAY" not in os.environ and "WAYLAND_DISPLAY" not in os.environ:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Targets (issue 8).
START_MS = 1500
FIRST_ROWS_MS = 150
RAW_FACTOR = 2.0
SEARCH_MS = 100
PDF_MS = 100
MONTH_END_S = 60
GAP_MS = 100
MEMORY_MB = 400
MONTH_END_INVOICES = 500


@dataclass
class Row:
    label: str
    ours: str
    raw: str = ""
    ratio: str = ""
    target: str = ""
    ok: bool | None = None


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "techledger-benchmarks"


def default_database() -> Path:
    """A cached big database, made the first time (minutes, once)."""
    generator = HERE / "generate.py"
    script = generator if generator.exists() else HERE / "make_big_db.py"
    stamp = int(script.stat().st_mtime)
    target = cache_dir() / f"{script.stem}-{stamp}.db"
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(".partial.db")
        print(f"building {target} with {script.name} (once; cached)…", flush=True)
        out = ["--out", str(partial)] if script == generator else [str(partial)]
        subprocess.run([sys.executable, str(script), *out], check=True, cwd=ROOT)
        partial.rename(target)
    return target


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy, WAL included (SQLite's backup API)."""
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    dst.close()
    src.close()


def _ms(value: float) -> str:
    return f"{value:,.1f} ms" if value < 100 else f"{value:,.0f} ms"


def list_rows(figures) -> list[Row]:
    rows = []
    for f in figures:
        ratio = f.rows_ms / f.raw_ms if f.raw_ms > 0 else float("inf")
        if f.kind == "search":
            ok = f.painted_ms < SEARCH_MS
            target = f"< {SEARCH_MS} ms"
        else:
            ok = f.painted_ms < FIRST_ROWS_MS and ratio <= RAW_FACTOR
            target = f"< {FIRST_ROWS_MS} ms, ≤ {RAW_FACTOR:g}× raw"
        rows.append(
            Row(
                f"{f.label} [{f.rows} rows]",
                f"{_ms(f.rows_ms)} / {_ms(f.painted_ms)}",
                _ms(f.raw_ms),
                f"{ratio:.1f}×",
                target,
                ok,
            )
        )
    return rows


def print_table(rows: list[Row]) -> None:
    headers = Row("measure", "ours (rows / painted)", "raw SQLite", "ratio", "target", None)
    table = [headers, *rows]
    widths = [
        max(len(getattr(r, name)) for r in table)
        for name in ("label", "ours", "raw", "ratio", "target")
    ]

    def line(r: Row, verdict: str) -> str:
        cells = (r.label, r.ours, r.raw, r.ratio, r.target)
        return (
            "  ".join(
                c.ljust(w) if i in (0, 4) else c.rjust(w)
                for i, (c, w) in enumerate(zip(cells, widths, strict=True))
            )
            + f"  {verdict}"
        )

    print(line(headers, "met?"))
    print("-" * (sum(widths) + 2 * len(widths) + 5))
    for r in rows:
        print(line(r, "" if r.ok is None else ("yes" if r.ok else "NO")))


def machine() -> str:
    cpu = "?"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    ram = "?"
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal"):
            ram = f"{int(line.split()[1]) / 1024 / 1024:.0f} GiB"
    load = os.getloadavg()[0]
    return f"{os.cpu_count()} CPUs ({cpu}), {ram} RAM, load average {load:.1f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="database to measure (copied, never changed)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--month-end-limit",
        type=float,
        default=600,
        metavar="SECONDS",
        help="stop the month-end (as Cancel would) after this long",
    )
    parser.add_argument(
        "--skip",
        nargs="*",
        default=[],
        choices=["start", "lists", "billing", "pdf", "month-end", "memory"],
    )
    args = parser.parse_args(argv)
    source = args.db or default_database()
    skip = set(args.skip)

    from PySide6.QtWidgets import QApplication

    from desktop.app import open_database

    app = QApplication.instance() or QApplication(sys.argv[:1])
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="techledger-bench-") as folder:
        work = Path(folder) / "work.db"
        copy_database(source, work)
        started = time.perf_counter()
        db = open_database(str(work))  # migrates the copy to head
        migrated = db.migration is not None and db.migration.changed
        migrate_s = time.perf_counter() - started
        if db.migration is not None and db.migration.backup is not None:
            db.migration.backup.unlink(missing_ok=True)
        with sqlite3.connect(work) as conn:
            counts = {
                t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("clients", "tickets", "time_entries", "invoices")
            }
        print(
            f"database: {source} ({source.stat().st_size / 2**20:,.0f} MB); "
            + ", ".join(f"{n:,} {t}" for t, n in counts.items())
        )
        if migrated:
            print(f"migrated the copy to the current schema in {migrate_s:.1f} s")
        print(f"machine: {machine()}; median of {args.runs} runs\n", flush=True)
        db.close()
        db = open_database(str(work), migrate=False)

        import bench_lists
        import bench_process
        import bench_work

        if "start" not in skip:
            print("start…", file=sys.stderr, flush=True)
            ms, platform = bench_process.cold_start(str(work), args.runs)
            rows.append(
                Row(
                    f"cold start to first paint ({platform})",
                    _ms(ms),
                    target=f"< {START_MS} ms",
                    ok=ms < START_MS,
                )
            )
        if "lists" not in skip:
            print("lists…", file=sys.stderr, flush=True)
            rows += list_rows(bench_lists.measure_lists(db.sessions, str(work), args.runs))
        if "billing" not in skip:
            print("billing…", file=sys.stderr, flush=True)
            for figure in (
                bench_work.unbilled_summary(db.sessions, str(work), args.runs),
                bench_work.client_details(db.sessions, str(work), args.runs),
                bench_work.draft_one(db.sessions, str(work), args.runs),
            ):
                raw = figure.raw_ms
                rows.append(
                    Row(
                        f"{figure.label}" + (f" ({figure.note})" if figure.note else ""),
                        _ms(figure.ms),
                        _ms(raw) if raw else "—",
                        f"{figure.ms / raw:.1f}×" if raw else "",
                    )
                )
        if "pdf" not in skip:
            print("pdf…", file=sys.stderr, flush=True)
            figure = bench_work.one_pdf(db.sessions, max(args.runs, 10))
            rows.append(
                Row(
                    f"{figure.label} ({figure.note})",
                    _ms(figure.ms),
                    "—",
                    "",
                    f"< {PDF_MS} ms",
                    figure.ms < PDF_MS,
                )
            )
        db.close()
        if "month-end" not in skip:
            print("month-end…", file=sys.stderr, flush=True)
            copy = Path(folder) / "month-end.db"
            copy_database(work, copy)
            month_db = open_database(str(copy), migrate=False)
            try:
                result = bench_work.month_end(
                    month_db.sessions, str(copy), MONTH_END_INVOICES, args.month_end_limit
                )
            finally:
                month_db.close()
            per = result.total_s * 1000 / max(result.invoices, 1)
            rows.append(
                Row(
                    f"month-end, {result.invoices} invoices ({result.runs} monthly runs"
                    + (f", stopped after {args.month_end_limit:.0f} s)" if result.stopped else ")"),
                    f"{result.total_s:.1f} s ({per:.0f} ms each)",
                    "",
                    "",
                    f"< {MONTH_END_S} s",
                    result.total_s < MONTH_END_S and result.invoices >= MONTH_END_INVOICES,
                )
            )
            rows.append(
                Row(
                    "  worst event-loop gap meanwhile (10 ms timer)",
                    f"{result.worst_gap_ms:.0f} ms ({result.gaps_over_100} over {GAP_MS})",
                    "",
                    "",
                    f"< {GAP_MS} ms",
                    result.worst_gap_ms < GAP_MS,
                )
            )
        if "memory" not in skip:
            print("memory…", file=sys.stderr, flush=True)
            rss, peak = bench_process.memory(str(work))
            rows.append(
                Row(
                    "memory after visiting every page",
                    f"{rss:.0f} MB (peak {peak:.0f})",
                    target=f"< {MEMORY_MB} MB",
                    ok=rss < MEMORY_MB,
                )
            )
    del app
    print_table(rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
