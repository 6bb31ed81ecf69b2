"""`techledger schedule …` as a cron job or script would use it."""

from __future__ import annotations

import json

from desktop.__main__ import main


def run(capsys, db, *argv):
    code = main(["--json", "--db", db, *argv])
    out, err = capsys.readouterr()
    return code, (json.loads(out) if out.strip() else None), (json.loads(err) if err else None)


def test_add_run_catch_up_pause_and_ics(tmp_path, capsys):
    db = str(tmp_path / "shop.db")
    for argv in (
        ["shop", "set", "--legal-name", "Nordic Fix AB", "--country", "SE", "--currency", "SEK"],
        ["technician", "add", "--name", "Anna Berg"],
        ["client", "add", "--name", "Acme AB", "--country", "SE", "--currency", "SEK"],
    ):
        assert run(capsys, db, *argv)[0] == 0, argv
    code, out, err = run(
        capsys,
        db,
        "schedule",
        "add",
        "--client",
        "Acme AB",
        "--rule",
        "FREQ=MONTHLY;BYDAY=1MO",
        "--title",
        "Patch servers",
        "--start",
        "2026-12-08",
        "--check",
        "Windows updates",
        "--check",
        "Backups restore",
        "--technician",
        "Anna Berg",
        "--estimate",
        "1:30",
    )
    assert code == 0, err
    schedule = out["id"]
    assert out["estimate"] == "1:30"

    code, out, _ = run(capsys, db, "schedule", "upcoming", "--today", "2026-12-08", "--days", "60")
    # 60 days from 8 Dec reach 6 Feb: the first Mondays 4 Jan and 1 Feb.
    assert [(i["date"], i["ticket"]) for i in out["upcoming"]] == [
        ("2027-01-04", None),
        ("2027-02-01", None),
    ]

    # Run on 10 March after a long gap: 4 Jan, 1 Feb and 1 Mar were missed.
    code, out, _ = run(capsys, db, "schedule", "run", "--today", "2027-03-10")
    assert (code, out["made"]) == (0, 3)
    assert [t["date"] for t in out["tickets"]] == ["2027-01-04", "2027-02-01", "2027-03-01"]
    assert run(capsys, db, "schedule", "run", "--today", "2027-03-10")[1]["made"] == 0

    assert run(capsys, db, "schedule", "pause", str(schedule), "--today", "2027-03-10")[0] == 0
    assert run(capsys, db, "schedule", "run", "--today", "2027-04-05")[1]["made"] == 0
    code, out, _ = run(capsys, db, "schedule", "list", "--today", "2027-04-05")
    assert out["schedules"][0]["paused"] is True and out["schedules"][0]["next_on"] is None
    assert run(capsys, db, "schedule", "resume", str(schedule), "--today", "2027-04-06")[0] == 0
    code, out, _ = run(capsys, db, "schedule", "list", "--today", "2027-04-06")
    # 1 May 2027 is a Saturday (1 Apr Thursday + 30 days): next is 3 May.
    assert out["schedules"][0]["next_on"] == "2027-05-03"

    ics = tmp_path / "coming.ics"
    code, out, _ = run(
        capsys, db, "schedule", "ics", str(ics), "--today", "2027-04-06", "--days", "90"
    )
    # 90 days from 6 Apr reach 5 Jul (24 + 31 + 30 = 85 → 30 Jun, +5):
    # 3 May, 7 Jun and 5 Jul.
    assert out["events"] == 3
    text = ics.read_bytes().decode("utf-8")
    assert text.count("BEGIN:VEVENT") == 3
    assert "DTSTART;VALUE=DATE:20270705\r\n" in text


def test_a_bad_rule_is_reported_at_the_rule(tmp_path, capsys):
    db = str(tmp_path / "shop.db")
    client = ["client", "add", "--name", "Acme AB", "--country", "SE", "--currency", "SEK"]
    assert run(capsys, db, *client)[0] == 0
    code, out, err = run(
        capsys,
        db,
        "schedule",
        "add",
        "--client",
        "Acme AB",
        "--rule",
        "FREQ=HOURLY",
        "--title",
        "x",
    )
    assert code == 1 and out is None
    assert "rule:" in err["message"]
