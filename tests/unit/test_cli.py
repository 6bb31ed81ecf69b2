"""The command line, used as a script would use it."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

from desktop import __version__
from desktop.__main__ import main
from desktop.db.migrate import head_revision


def _run_json(capsys, *argv: str) -> tuple[int, dict | None, dict | None]:
    code = main(["--json", *argv])
    out, err = capsys.readouterr()
    return code, (json.loads(out) if out.strip() else None), (json.loads(err) if err else None)


def test_version_as_json(capsys):
    code, out, err = _run_json(capsys, "version")
    assert code == 0 and err is None
    assert out["version"] == __version__
    assert out["schema_revision"] == head_revision()


def test_migrate_then_check_reports_ok_with_counts(tmp_path, capsys):
    db = str(tmp_path / "shop.db")
    code, out, _ = _run_json(capsys, "--db", db, "migrate")
    assert code == 0 and out["changed"] is True and out["to_revision"] == head_revision()
    code, out, _ = _run_json(capsys, "--db", db, "check")
    assert code == 0
    assert out["ok"] is True and out["integrity"] == "ok"
    assert out["foreign_key_problems"] == []
    assert out["row_counts"]["clients"] == 0 and "time_entries" in out["row_counts"]


def test_check_of_a_missing_file_fails_without_creating_it(tmp_path, capsys):
    missing = tmp_path / "nope.db"
    code, out, err = _run_json(capsys, "--db", str(missing), "check")
    assert code != 0 and out is None
    assert err["ok"] is False and "no database" in err["message"]
    assert not missing.exists()


def test_check_finds_a_broken_reference(tmp_path, capsys):
    db = tmp_path / "shop.db"
    main(["--db", str(db), "migrate"])
    with sqlite3.connect(db) as conn:  # foreign keys are off on this raw connection
        conn.execute(
            "INSERT INTO contacts (client_id, name, is_billing, archived, version)"
            " VALUES (999, 'Orphan', 0, 0, 1)"
        )
    capsys.readouterr()
    code, out, _ = _run_json(capsys, "--db", str(db), "check")
    assert code == 3
    assert out["ok"] is False and out["foreign_key_problems"][0]["table"] == "contacts"


def test_newer_database_is_an_error_as_json(tmp_path, capsys):
    db = tmp_path / "shop.db"
    main(["--db", str(db), "migrate"])
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'zzzz'")
    capsys.readouterr()
    code, out, err = _run_json(capsys, "--db", str(db), "migrate")
    assert code == 1 and out is None
    assert err == {"ok": False, "error": "database_too_new", "message": err["message"]}
    assert "newer version" in err["message"]


def test_unreachable_server_is_a_clear_error(capsys):
    code, _, err = _run_json(
        capsys, "--db", "postgresql+psycopg://nobody@127.0.0.1:1/none", "check"
    )
    assert code == 1 and err["error"] == "database_unavailable"


def test_python_dash_m_runs_the_same_command_line(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--json", "version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(done.stdout)["version"] == __version__


def test_a_refused_command_changes_nothing(tmp_path, capsys):
    db = str(tmp_path / "shop.db")
    for argv in (
        ["shop", "set", "--legal-name", "Fix AB", "--country", "SE", "--currency", "SEK"],
        ["client", "add", "--name", "Acme", "--country", "SE", "--currency", "SEK"],
        ["worktype", "add", "--code", "remote", "--rate", "900.00"],
        ["technician", "add", "--name", "Anna"],
    ):
        assert main(["--db", db, *argv]) == 0
    before = sqlite3.connect(db).execute("SELECT count(*) FROM time_entries").fetchone()
    capsys.readouterr()
    code, out, err = _run_json(
        capsys,
        "--db",
        db,
        "time",
        "add",
        "--client",
        "Acme",
        "--technician",
        "Anna",
        "--work-type",
        "remote",
        "--start",
        "2026-03-02 10:00",
        "--end",
        "2026-03-02 09:00",
    )
    assert code == 1 and out is None
    assert err["error"] == "invalid" and "end after it starts" in err["message"]
    code, _, err = _run_json(
        capsys,
        "--db",
        db,
        "client",
        "add",
        "--name",
        "Beta",
        "--country",
        "SE",
        "--currency",
        "SEK",
        "--rate",
        "12.345",
    )
    assert code == 1 and "at most 2 decimals" in err["message"]
    code, _, err = _run_json(capsys, "--db", db, "invoice", "issue", "99")
    assert code == 1 and "no invoice" in err["message"]
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM time_entries").fetchone() == before
        assert conn.execute("SELECT count(*) FROM clients").fetchone() == (1,)
