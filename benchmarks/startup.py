"""Start-up time: from launching `python -m desktop` to the main window's
first paint, median of several runs.

    python benchmarks/startup.py [--db PATH] [--runs 5]

Without --db it builds a demo database first (not timed). It runs under the
current display; on a machine without one, run it under `xvfb-run -a` (a real
X server, as a user has) or it falls back to Qt's offscreen platform."""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def one_run(db: str, env: dict[str, str]) -> float:
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "desktop", "--db", db],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert process.stdout is not None
    for line in process.stdout:
        if line.strip() == "first-paint":
            elapsed = time.perf_counter() - started
            process.wait(timeout=30)
            return elapsed
    raise RuntimeError(
        f"the window never painted: {process.stderr.read() if process.stderr else ''}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="database to open (default: a fresh demo shop)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    env = dict(os.environ, TECHLEDGER_REPORT_FIRST_PAINT="1")
    if "DISPLAY" not in env and "WAYLAND_DISPLAY" not in env:
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as folder:
        env["XDG_CONFIG_HOME"] = folder  # window geometry of the runs stays here
        db = args.db
        if db is None:
            db = str(Path(folder) / "demo.db")
            subprocess.run(
                [sys.executable, "-m", "desktop", "--db", db, "demo"],
                check=True,
                stdout=subprocess.DEVNULL,
            )
        one_run(db, env)  # warm the OS file cache, as a second start would be
        times = [one_run(db, env) for _ in range(args.runs)]
    platform = env.get("QT_QPA_PLATFORM", "xcb" if "DISPLAY" in env else "default")
    print(
        f"start-up to first paint ({platform}), median of {args.runs}: "
        f"{statistics.median(times) * 1000:.0f} ms "
        f"(min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f})"
    )


if __name__ == "__main__":
    main()
