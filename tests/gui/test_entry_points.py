"""`python -m desktop` really opens the window, on a given database and on a
throw-away demo one (run as a user would, in a separate process)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from desktop.views.launch import REPORT_FIRST_PAINT


def _open_window(*argv: str, home) -> subprocess.CompletedProcess:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        TMPDIR=str(home),
    )
    env[REPORT_FIRST_PAINT] = "1"
    return subprocess.run(
        [sys.executable, "-m", "desktop", *argv],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_window_opens_on_a_database_file(tmp_path):
    done = _open_window("--db", str(tmp_path / "shop.db"), home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "first-paint" in done.stdout
    assert (tmp_path / "shop.db").exists()


@pytest.mark.slow
def test_demo_opens_a_throw_away_shop_and_removes_it(tmp_path):
    done = _open_window("--demo", home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "first-paint" in done.stdout
    assert not list(tmp_path.glob("techledger-demo-*")), "the demo folder was left behind"


def test_a_newer_database_is_refused_with_a_message(tmp_path, qapp, monkeypatch, capsys):
    import argparse
    import sqlite3

    from PySide6.QtWidgets import QMessageBox

    from desktop.app import open_database
    from desktop.window_entry import open_window

    path = tmp_path / "new.db"
    open_database(str(path)).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'from_the_future'")
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[2]))
    code = open_window(argparse.Namespace(db=str(path), demo=False))
    assert code == 1
    assert len(shown) == 1 and "newer version of TechLedger" in shown[0]
    assert "newer version of TechLedger" in capsys.readouterr().err


def test_a_csv_given_as_the_database_is_named_in_a_message(tmp_path, qapp, monkeypatch, capsys):
    import argparse

    from PySide6.QtWidgets import QMessageBox

    from desktop.window_entry import open_window

    path = tmp_path / "hours.csv"
    path.write_text("Date,Client,Hours\n2026-01-05,Acme,1.5\n", encoding="utf-8")
    before = path.read_bytes()
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[2]))
    assert open_window(argparse.Namespace(db=str(path), demo=False)) == 1
    assert len(shown) == 1 and "CSV" in shown[0] and str(path) in shown[0]
    assert "Traceback" not in capsys.readouterr().err
    assert path.read_bytes() == before


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland are Linux's")
def test_no_display_says_so_and_points_at_the_command_line(tmp_path):
    # A clean environment: no DISPLAY, no WAYLAND_DISPLAY, no QT_QPA_PLATFORM.
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(tmp_path),
        "PYTHONPATH": os.environ.get("PYTHONPATH", ""),
        "TECHLEDGER_DATA_DIR": str(tmp_path / "data"),
    }
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--db", str(tmp_path / "shop.db")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1
    assert "No display was found" in done.stderr
    assert "command line works without one" in done.stderr
    assert "Traceback" not in done.stderr and "qt.qpa" not in done.stderr
    assert not (tmp_path / "shop.db").exists()
