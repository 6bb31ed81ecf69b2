"""`techledger timer start|stop|show`: the window's timer from a script, on
a ticket, stopped into an entry for that ticket and its client."""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import select

from desktop.__main__ import main
from desktop.app import open_database
from desktop.db.session import read_only, unit_of_work
from desktop.models import RunningTimer, Ticket, TicketEvent, TimeEntry, WorkType


def run(capsys, db, *argv):
    code = main(["--json", "--db", db, *argv])
    out, err = capsys.readouterr()
    return code, (json.loads(out) if out.strip() else None), (json.loads(err) if err else None)


def test_timer_on_a_ticket_from_the_command_line(tmp_path, capsys):
    db = str(tmp_path / "shop.db")
    for argv in (
        ["shop", "set", "--legal-name", "Nordic Fix AB", "--country", "SE", "--currency", "SEK"],
        ["technician", "add", "--name", "Anna Berg"],
        ["worktype", "add", "--code", "remote", "--name", "Remote support", "--rate", "950.00"],
        ["worktype", "add", "--code", "late", "--name", "After-hours", "--rate", "1900.00"],
        ["client", "add", "--name", "Dental Lund", "--country", "SE", "--currency", "SEK"],
        ["ticket", "add", "--client", "Dental Lund", "--title", "Scanner offline"],
    ):
        assert run(capsys, db, *argv)[0] == 0, argv
    database = open_database(db)
    with read_only(database.sessions) as s:
        number = s.scalar(select(Ticket.number))

    code, out, _ = run(
        capsys, db, "timer", "start", "--technician", "Anna Berg", "--ticket", number
    )
    assert code == 0 and out["client"] == "Dental Lund" and number in out["ticket"]
    code, out, err = run(capsys, db, "timer", "start", "--technician", "Anna Berg")
    assert code != 0 and "already running" in json.dumps(err)
    code, out, _ = run(capsys, db, "timer", "show")
    assert code == 0 and len(out["timers"]) == 1

    # 25 minutes later (the timer's start moved back instead of waiting).
    with unit_of_work(database.sessions) as s:
        timer = s.scalar(select(RunningTimer))
        timer.started_at = timer.started_at - dt.timedelta(minutes=25)
    code, out, _ = run(capsys, db, "timer", "stop", "--technician", "Anna Berg")
    assert code == 0 and out["raw_minutes"] in (25, 26)  # the minute may turn meanwhile
    with read_only(database.sessions) as s:
        entry = s.get(TimeEntry, out["id"])
        ticket = s.scalar(select(Ticket))
        assert (entry.ticket_id, entry.client_id) == (ticket.id, ticket.client_id)
        # The default work type is the first the shop set up, not the first
        # by name ("After-hours").
        assert s.get(WorkType, entry.work_type_id).name == "Remote support"
        assert entry.description == "Scanner offline"
        assert s.scalar(select(RunningTimer)) is None
        notes = s.scalars(select(TicketEvent.body).where(TicketEvent.kind == "internal_note"))
        assert any(n.startswith("Logged 0:2") for n in notes)
    database.close()
