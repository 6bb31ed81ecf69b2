"""A program killed in the middle of a write leaves a hot journal beside the
database. Found by benchmarks/crash_stress.py (a `restore` killed while it
copied): the read-only look at the file before opening it failed with
'attempt to write a readonly database', and TechLedger called the file
damaged and advised restoring a backup — older data, for a file SQLite
recovers by itself. Now the file is recognised and the ordinary open rolls
the unfinished write back."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import textwrap

import pytest
from sqlalchemy import func, select

from desktop.app import open_database
from desktop.commandline import build_parser, run_command
from desktop.db.database_file import OURS, inspect_database_file
from desktop.db.session import read_only, unit_of_work
from desktop.models import Client

pytestmark = pytest.mark.real_migrations

# Dirty pages spill into the file before the commit (a one-page cache), then
# the process ends without committing or rolling back: a hot journal.
DIE_MID_WRITE = textwrap.dedent(
    """
    import os, sqlite3, sys
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA cache_size = 1")
    conn.execute("BEGIN")
    conn.execute("UPDATE clients SET notes = 'half written ' || hex(randomblob(400))")
    os._exit(0)
    """
)


def test_a_hot_journal_is_not_taken_for_damage(tmp_path, capsys):
    path = tmp_path / "shop.db"
    db = open_database(str(path))
    with unit_of_work(db.sessions) as s:
        s.add_all(
            Client(name=f"Client {n}", country="SE", currency="SEK", notes="kept")
            for n in range(300)
        )
    db.close()
    subprocess.run([sys.executable, "-c", DIE_MID_WRITE, str(path)], check=True)
    journal = tmp_path / "shop.db-journal"
    assert journal.exists() and journal.stat().st_size > 0
    before = hashlib.sha256(path.read_bytes()).hexdigest()

    assert inspect_database_file(path).kind == OURS
    # `check` writes nothing, so it cannot roll back; it says what to do.
    args = build_parser().parse_args(["--db", str(path), "--json", "check"])
    assert run_command(args) == 1
    error = json.loads(capsys.readouterr().err)
    assert "in the middle of a write" in error["message"] and "migrate" in error["message"]
    # Looking changed nothing: the file and its journal are as the crash left them.
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before and journal.exists()

    db = open_database(str(path))  # the ordinary open rolls the write back
    try:
        with read_only(db.sessions) as s:
            assert s.scalar(select(func.count()).select_from(Client)) == 300
            assert set(s.scalars(select(Client.notes))) == {"kept"}
    finally:
        db.close()
    args = build_parser().parse_args(["--db", str(path), "--json", "check"])
    assert run_command(args) == 0
