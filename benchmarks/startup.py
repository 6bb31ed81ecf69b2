"""Start-up time: from launching `python -m desktop` to the main window's
first paint, median of several runs.

    python benchmarks/startup.py [--db PATH] [--runs 5]

Without --db it builds a demo database first (not timed). It runs under the
current display; on a machine without one, run it under `xvfb-run -a` (a real
X server, as a user has) or it falls back to Qt's offscreen platform."""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_process import start_times  # the measuring lives there


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="database to open (default: a fresh demo shop)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = args.db
        if db is None:
            db = str(Path(folder) / "demo.db")
            subprocess.run(
                [sys.executable, "-m", "desktop", "--db", db, "demo"],
                check=True,
                stdout=subprocess.DEVNULL,
            )
        times, platform = start_times(db, args.runs)
    print(
        f"start-up to first paint ({platform}), median of {args.runs}: "
        f"{statistics.median(times):.0f} ms (min {min(times):.0f}, max {max(times):.0f})"
    )


if __name__ == "__main__":
    main()
