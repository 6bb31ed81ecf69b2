"""Whole-process figures: cold start (process start to the main window's
first paint) and resident memory after visiting every page. Each runs the
app in a subprocess under the current display, or Qt's offscreen platform
when there is none. Used by benchmarks/run.py.

    python benchmarks/bench_process.py memory DB_PATH   (the memory child)"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def app_env(config_dir: str) -> dict[str, str]:
    env = dict(os.environ, TECHLEDGER_REPORT_FIRST_PAINT="1", XDG_CONFIG_HOME=config_dir)
    if "DISPLAY" not in env and "WAYLAND_DISPLAY" not in env:
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def platform_name(env: dict[str, str]) -> str:
    return env.get("QT_QPA_PLATFORM") or ("xcb" if "DISPLAY" in env else "wayland")


def _one_start(db: str, env: dict[str, str]) -> float:
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "desktop", "--db", db],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert process.stdout is not None
    for line in process.stdout:
        if line.strip() == "first-paint":
            elapsed = time.perf_counter() - started
            process.wait(timeout=60)
            return elapsed * 1000
    process.wait(timeout=60)
    raise RuntimeError(
        f"the window never painted: {process.stderr.read() if process.stderr else ''}"
    )


def start_times(db: str, runs: int) -> tuple[list[float], str]:
    """Ms from process start to first paint of `runs` starts (after one that
    warms the OS file cache, as a second start would be), and the platform."""
    with tempfile.TemporaryDirectory() as folder:
        env = app_env(folder)
        _one_start(db, env)
        times = [_one_start(db, env) for _ in range(runs)]
    return times, platform_name(env)


def cold_start(db: str, runs: int) -> tuple[float, str]:
    """Median ms from process start to first paint, and the platform."""
    times, platform = start_times(db, runs)
    return statistics.median(times), platform


def memory(db: str) -> tuple[float, float]:
    """Resident and peak memory (MB) of the app after visiting every page."""
    with tempfile.TemporaryDirectory() as folder:
        env = app_env(folder)
        env.pop("TECHLEDGER_REPORT_FIRST_PAINT")
        done = subprocess.run(
            [sys.executable, __file__, "memory", db],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            timeout=600,
            check=False,
        )
    for line in done.stdout.splitlines():
        if line.startswith("memory "):
            _, rss, peak = line.split()
            return float(rss), float(peak)
    raise RuntimeError(f"the memory run failed: {done.stderr[-2000:]}")


def _status_mb(field: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _memory_child(db_path: str) -> None:
    from PySide6.QtCore import QCoreApplication

    from desktop.app import open_database
    from desktop.views.i18n import install_translators
    from desktop.views.launch import make_application
    from desktop.views.main_window import PAGES, MainWindow

    app = make_application(sys.argv[:1])
    install_translators()
    db = open_database(db_path)
    window = MainWindow(db)
    window.show()
    for key in PAGES:
        window.show_page(key)
        for _ in range(5):
            QCoreApplication.processEvents()
        window.repaint()
    print(f"memory {_status_mb('VmRSS'):.1f} {_status_mb('VmHWM'):.1f}", flush=True)
    window.close()
    del window
    db.close()
    app.quit()


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "memory":
        sys.path.insert(0, str(ROOT))
        _memory_child(sys.argv[2])
    else:
        raise SystemExit(__doc__)
