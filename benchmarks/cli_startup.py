"""The command line's fixed cost: `python -m desktop version`, `--version`
and `--help`, each from process start to exit, median of several runs; and
how many modules the interpreter loaded for `version` (`-X importtime`).

    python benchmarks/cli_startup.py [--runs 5] [--source DIR]

--source times another checkout of TechLedger (a `git worktree` of an older
commit, say) with this interpreter: the "before" of a change. Target
(issue 20): under 300 ms for each."""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_MS = 300
COMMANDS = (["version"], ["--version"], ["--help"])


def _run(source: Path, argv: list[str], *flags: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(source)}
    return subprocess.run(
        [sys.executable, *flags, "-m", "desktop", *argv],
        cwd=source,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )


def wall_ms(source: Path, argv: list[str], runs: int) -> float:
    _run(source, argv)  # warm the OS file cache and the .pyc files
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        _run(source, argv)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def modules_loaded(source: Path) -> tuple[int, int]:
    """(all modules, TechLedger's own) imported by `version`."""
    lines = _run(source, ["version"], "-X", "importtime").stderr.splitlines()
    names = [line.rsplit("|", 1)[-1].strip() for line in lines if line.startswith("import time:")]
    names = [n for n in names if n and n != "package"]
    return len(names), sum(1 for n in names if n.split(".")[0] == "desktop")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--source", type=Path, default=ROOT, help="checkout to time")
    args = parser.parse_args()
    source = args.source.resolve()
    print(f"{source}, median of {args.runs} runs, load average {os.getloadavg()[0]:.1f}")
    for argv in COMMANDS:
        ms = wall_ms(source, argv, args.runs)
        verdict = "met" if ms < TARGET_MS else "MISSED"
        print(f"  python -m desktop {' '.join(argv):<10} {ms:7.0f} ms  < {TARGET_MS} ms  {verdict}")
    total, ours = modules_loaded(source)
    print(f"  modules imported by `version`: {total} ({ours} of desktop.*)")


if __name__ == "__main__":
    main()
