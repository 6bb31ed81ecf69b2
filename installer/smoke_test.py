"""Smoke test of a built bundle: does the frozen app do the basic things a
user would do first? Each step must exit 0.

    python installer/smoke_test.py [dist/techledger] [--startup-runs 5]

1. `techledger-cli --version` and `--json version` (frozen, right version);
2. `demo` into a temporary database (migrations run from the bundle);
3. `check` of that database;
4. `invoice pdf NUMBER -o FILE` for a few issued invoices (fonts, Babel
   locales, Factur-X schemas and the ICC profile come from the bundle); each
   file must be a real PDF (header, trailer, and `pdfinfo` when installed);
5. the main window opens offscreen, paints and quits (the
   TECHLEDGER_REPORT_FIRST_PAINT hook of desktop/views/launch.py);
6. with --startup-runs N: start-up to first paint, frozen vs `python -m
   desktop`, median of N after one warm-up run each (as benchmarks/startup.py).

Everything runs with its own temporary settings, data and cache folders: the
user's real database and settings are never touched."""

from __future__ import annotations

import argparse
import ast
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
IS_WIN = sys.platform == "win32"
EXE = ".exe" if IS_WIN else ""
WINDOW_TIMEOUT = 120
PDF_COUNT = 3


class SmokeFailure(RuntimeError):
    pass


def expected_version() -> str:
    tree = ast.parse((ROOT / "desktop" / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "__version__":
            return ast.literal_eval(node.value)
    raise SmokeFailure("desktop/__init__.py has no __version__")


class Smoke:
    def __init__(self, bundle: Path, scratch: Path) -> None:
        self.bundle = bundle
        self.cli = bundle / f"techledger-cli{EXE}"
        # The windowed executable has no stdout on Windows; the console one
        # opens the same window.
        self.gui = self.cli if IS_WIN else bundle / f"techledger{EXE}"
        self.scratch = scratch
        self.db = str(scratch / "smoke.db")
        self.env = dict(os.environ)
        for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "APPDATA"):
            self.env[name] = str(scratch / name.lower())
        self.env["QT_QPA_PLATFORM"] = "offscreen"
        self.timings: list[tuple[str, float]] = []

    def run(self, label: str, *argv: str, exe: Path | None = None) -> str:
        started = time.perf_counter()
        done = subprocess.run(
            [str(exe or self.cli), *argv],
            capture_output=True,
            text=True,
            env=self.env,
            timeout=300,
        )
        elapsed = time.perf_counter() - started
        if done.returncode != 0:
            raise SmokeFailure(
                f"{label}: exit {done.returncode}\n--- stdout\n{done.stdout[-3000:]}"
                f"\n--- stderr\n{done.stderr[-3000:]}"
            )
        self.timings.append((label, elapsed))
        print(f"  ok  {label} ({elapsed:.1f} s)", flush=True)
        return done.stdout

    def version(self) -> None:
        want = expected_version()
        out = self.run("--version", "--version")
        if want not in out:
            raise SmokeFailure(f"--version printed {out!r}, expected {want}")
        info = json.loads(self.run("--json version", "--json", "version"))
        if info["version"] != want or info.get("frozen") is not True:
            raise SmokeFailure(f"version answered {info}")

    def demo_and_check(self) -> None:
        self.run("demo", "--db", self.db, "demo")
        report = json.loads(self.run("check", "--db", self.db, "--json", "check"))
        if not report.get("ok"):
            raise SmokeFailure(f"check found problems: {report}")

    def invoice_pdfs(self) -> None:
        listing = json.loads(
            self.run(
                "invoice list", "--db", self.db, "--json", "invoice", "list", "--status", "issued"
            )
        )
        # Invoices of different clients: different document languages.
        chosen: dict[str, str] = {}
        for invoice in listing["invoices"]:
            chosen.setdefault(invoice["client"], invoice["number"])
        numbers = list(chosen.values())[:PDF_COUNT]
        if not numbers:
            raise SmokeFailure("the demo shop has no issued invoice")
        for number in numbers:
            target = self.scratch / f"{number}.pdf"
            self.run(
                f"invoice pdf {number}",
                "--db",
                self.db,
                "invoice",
                "pdf",
                number,
                "-o",
                str(target),
            )
            check_pdf(target)

    def window(self) -> float:
        """Open the window offscreen; seconds from start to first paint."""
        env = dict(self.env, TECHLEDGER_REPORT_FIRST_PAINT="1")
        elapsed = first_paint([str(self.gui), "--db", self.db], env)
        self.timings.append(("window", elapsed))
        print(f"  ok  window opened, painted and closed ({elapsed:.1f} s)", flush=True)
        return elapsed

    def startup(self, runs: int) -> None:
        """Frozen and source start-ups alternate, so a busy machine slows
        both alike."""
        env = dict(self.env, TECHLEDGER_REPORT_FIRST_PAINT="1")
        commands = {
            "frozen": [str(self.gui), "--db", self.db],
            "python -m desktop": [sys.executable, "-m", "desktop", "--db", self.db],
        }
        times: dict[str, list[float]] = {label: [] for label in commands}
        for command in commands.values():
            first_paint(command, env)  # warm the file cache, as a second start would be
        for _ in range(runs):
            for label, command in commands.items():
                times[label].append(first_paint(command, env))
        for label, values in times.items():
            print(
                f"  start-up to first paint, {label} (offscreen), median of {runs}: "
                f"{statistics.median(values) * 1000:.0f} ms "
                f"(min {min(values) * 1000:.0f}, max {max(values) * 1000:.0f})",
                flush=True,
            )


def first_paint(command: list[str], env: dict[str, str]) -> float:
    """Seconds from process start to the window's first paint (the line
    desktop/views/launch.py prints), as benchmarks/startup.py measures it; the
    process must then quit by itself with exit 0."""
    with tempfile.TemporaryFile("w+") as errors:
        started = time.perf_counter()
        process = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=errors, text=True, env=env, cwd=ROOT
        )
        assert process.stdout is not None
        watchdog = threading.Timer(WINDOW_TIMEOUT, process.kill)  # a window that hangs
        watchdog.start()
        elapsed = None
        try:
            for line in process.stdout:
                if line.strip() == "first-paint" and elapsed is None:
                    elapsed = time.perf_counter() - started
            code = process.wait()
        finally:
            watchdog.cancel()
        errors.seek(0)
        stderr = errors.read()[-3000:]
    if elapsed is None:
        raise SmokeFailure(f"the window never painted (exit {code}):\n{stderr}")
    if code != 0:
        raise SmokeFailure(f"the window exited with {code} after painting:\n{stderr}")
    return elapsed


def check_pdf(path: Path) -> None:
    data = path.read_bytes()
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        raise SmokeFailure(f"{path.name} is not a PDF ({len(data)} bytes)")
    pdfinfo = shutil.which("pdfinfo")
    if pdfinfo:
        done = subprocess.run([pdfinfo, str(path)], capture_output=True, text=True)
        if done.returncode != 0 or "Pages:" not in done.stdout:
            raise SmokeFailure(f"pdfinfo rejects {path.name}: {done.stderr}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", nargs="?", default=str(ROOT / "dist" / "techledger"))
    parser.add_argument("--startup-runs", type=int, default=0, help="0: no start-up timing")
    args = parser.parse_args()
    bundle = Path(args.bundle).resolve()
    if not (bundle / f"techledger-cli{EXE}").exists():
        print(f"smoke: no bundle at {bundle}; build it with python installer/build.py")
        return 1
    print(f"smoke: testing {bundle}", flush=True)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="techledger-smoke-") as folder:
        smoke = Smoke(bundle, Path(folder))
        try:
            smoke.version()
            smoke.demo_and_check()
            smoke.invoice_pdfs()
            smoke.window()
            if args.startup_runs > 0:
                smoke.startup(args.startup_runs)
        except (SmokeFailure, subprocess.TimeoutExpired) as exc:
            print(f"smoke: FAILED: {exc}", flush=True)
            print(f"smoke: {len(smoke.timings)} passed, 1 failed", flush=True)
            return 1
    print(f"smoke: took {time.perf_counter() - started:.0f} s", flush=True)
    print(f"smoke: {len(smoke.timings)} passed, 0 failed", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
