"""`--db` at something that is not a TechLedger database: a CSV, random
bytes, a folder, an empty file, another program's SQLite file. Every command
answers with one plain line (one JSON error document under --json), exit 1,
no traceback, and the file is left exactly as it was. `check` never creates
or writes a file, whatever it is given."""

from __future__ import annotations

import hashlib
import json
import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.__main__ import main
from desktop.app import open_database


def _csv(path: Path) -> None:
    path.write_text("Date,Client,Hours\n2026-01-05,Acme,1.5\n", encoding="utf-8")


def _random(path: Path) -> None:
    path.write_bytes(random.Random(14).randbytes(6000))


def _folder(path: Path) -> None:
    path.mkdir()


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _foreign(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE songs (title TEXT, artist TEXT)")
        conn.execute("INSERT INTO songs VALUES ('Blue', 'Joni')")
    conn.close()


def _foreign_alembic(path: Path) -> None:
    # Another program that also uses Alembic: the version table alone does not make it ours.
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
        conn.execute("INSERT INTO alembic_version VALUES ('3f2a9c1b7d')")
        conn.execute("CREATE TABLE songs (title TEXT)")
    conn.close()


BAD_FILES = {
    "csv": (_csv, "CSV"),
    "random": (_random, "not a SQLite database"),
    "folder": (_folder, "folder"),
    "empty": (_empty, "empty file"),
    "foreign": (_foreign, "another program"),
    "foreign_alembic": (_foreign_alembic, "another program"),
}
COMMANDS = [["check"], ["client", "list"], ["invoice", "list"], ["backup"]]


def _digest(path: Path) -> str:
    if path.is_dir():
        return "dir:" + ",".join(sorted(p.name for p in path.iterdir()))
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("as_json", [False, True], ids=["text", "json"])
@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: "-".join(c))
@pytest.mark.parametrize("kind", list(BAD_FILES))
def test_a_bad_file_gets_one_line_and_is_left_alone(tmp_path, capsys, kind, command, as_json):
    make, words = BAD_FILES[kind]
    path = tmp_path / ("shop.csv" if kind == "csv" else "shop.db")
    make(path)
    before = _digest(path)
    argv = ["--db", str(path), *(["--json"] if as_json else []), *command]
    assert main(argv) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert "Traceback" not in err
    if as_json:
        error = json.loads(err)
        assert error["ok"] is False and error["error"] == "bad_database_file"
        message = error["message"]
    else:
        assert err.count("\n") == 1, err
        message = err.removeprefix("techledger: ")
    assert words in message and str(path) in message
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name], "a file was created"


def test_the_real_program_prints_no_traceback(tmp_path):
    # Through `python -m desktop` as a user runs it, not only through main().
    path = tmp_path / "export.csv"
    _csv(path)
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--db", str(path), "--json", "client", "list"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert json.loads(done.stderr)["error"] == "bad_database_file"


def test_check_leaves_a_zero_length_file_at_zero_bytes(tmp_path, capsys):
    path = tmp_path / "empty.db"
    path.write_bytes(b"")
    assert main(["--db", str(path), "check"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "empty file (0 bytes)" in err
    assert path.stat().st_size == 0
    assert [p.name for p in tmp_path.iterdir()] == ["empty.db"]


def test_check_does_not_create_a_missing_file(tmp_path, capsys):
    path = tmp_path / "nowhere" / "shop.db"
    assert main(["--db", str(path), "check"]) == 1
    assert f"There is no database at {path}." in capsys.readouterr().err
    assert not path.exists() and not path.parent.exists()


def test_check_does_not_change_a_good_database(tmp_path, capsys):
    path = tmp_path / "shop.db"
    open_database(str(path)).close()
    before = _digest(path)
    assert main(["--db", str(path), "check"]) == 0
    assert "OK" in capsys.readouterr().out
    assert _digest(path) == before


def test_a_first_migrate_may_fill_an_empty_file(tmp_path, capsys):
    path = tmp_path / "new.db"
    path.write_bytes(b"")
    assert main(["--db", str(path), "migrate"]) == 0
    assert main(["--db", str(path), "check"]) == 0
    assert "OK" in capsys.readouterr().out
