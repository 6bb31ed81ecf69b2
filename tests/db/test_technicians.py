"""Technicians through the one service the Settings window and the CLI share
(SQLite and PostgreSQL): add, edit, refuse duplicates, deactivate one with
work without losing it, delete only one without work."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from desktop.__main__ import main
from desktop.db.session import read_only, unit_of_work
from desktop.models import Technician, TimeEntry
from desktop.services.records.clients import ValidationError
from desktop.services.records.timer import technician_choices
from desktop.services.shop import technicians
from tests import factories

MON = dt.datetime(2026, 11, 23, 9, 0)


def _add(session, name: str, email: str | None = None, rate: int | None = None) -> int:
    return technicians.add_technician(
        session, name=name, email=email, tier=1, level="standard", rate_minor=rate
    ).id


def test_add_and_edit_keep_every_field(db):
    with unit_of_work(db.sessions) as s:
        tech_id = _add(s, "  Anna Berg ", " anna@nordicfix.se ", 95000)
    with unit_of_work(db.sessions) as s:
        technicians.update_technician(
            s,
            tech_id,
            name="Anna Berg-Lund",
            email="anna.lund@nordicfix.se",
            tier=3,
            level="senior",
            rate_minor=120050,
        )
    with read_only(db.sessions) as s:
        (info,) = technicians.list_technicians(s)
    assert (info.name, info.email, info.tier, info.level, info.rate_minor, info.active) == (
        "Anna Berg-Lund",
        "anna.lund@nordicfix.se",
        3,
        "senior",
        120050,
        True,
    )
    assert info.has_work is False


def test_duplicate_name_and_bad_email_are_refused_at_their_fields(db):
    with unit_of_work(db.sessions) as s:
        _add(s, "Anna Berg", "anna@nordicfix.se")
        other = _add(s, "Erik Ek")
    with pytest.raises(ValidationError) as err, unit_of_work(db.sessions) as s:
        _add(s, "anna berg", "not-an-address")
    assert set(err.value.errors) == {"name", "email"}
    assert "already a technician named anna berg" in err.value.errors["name"]
    # Renaming another technician onto a taken name or e-mail is refused too,
    # but keeping one's own name is fine.
    with pytest.raises(ValidationError) as err, unit_of_work(db.sessions) as s:
        technicians.update_technician(
            s, other, name="ANNA BERG", email="anna@nordicfix.se", tier=1, level="x", rate_minor=-1
        )
    assert set(err.value.errors) == {"name", "email", "level", "rate"}
    with unit_of_work(db.sessions) as s:
        technicians.update_technician(
            s, other, name="Erik Ek", email=None, tier=2, level="junior", rate_minor=None
        )
    with read_only(db.sessions) as s:
        assert s.scalar(select(Technician.tier).where(Technician.id == other)) == 2


def test_deactivate_one_with_work_keeps_the_work(db):
    with unit_of_work(db.sessions) as s:
        setup = factories.billing_shop(s)
        acme = factories.client(s, name="Acme AB")
        factories.time_entry(s, setup, acme, MON, 90)
        tech_id = setup.tech.id
    with read_only(db.sessions) as s:
        assert technicians.has_work(s, tech_id)
        assert [c.id for c in technician_choices(s)] == [tech_id]
    with pytest.raises(ValidationError) as err, unit_of_work(db.sessions) as s:
        technicians.delete_technician(s, tech_id)
    assert "deactivate them instead" in err.value.errors["active"]
    with unit_of_work(db.sessions) as s:
        technicians.set_technician_active(s, tech_id, False)
    with read_only(db.sessions) as s:
        # Out of the pickers, still there, and so is the 90-minute entry.
        assert technician_choices(s) == []
        assert s.scalar(select(TimeEntry.raw_minutes).where(TimeEntry.technician_id == tech_id))
        assert [t.active for t in technicians.list_technicians(s)] == [False]
    with unit_of_work(db.sessions) as s:
        technicians.set_technician_active(s, tech_id, True)
    with read_only(db.sessions) as s:
        assert [c.id for c in technician_choices(s)] == [tech_id]


def test_one_without_work_may_be_deleted(db):
    with unit_of_work(db.sessions) as s:
        tech_id = _add(s, "Typo Name")
    with unit_of_work(db.sessions) as s:
        technicians.delete_technician(s, tech_id)
    with read_only(db.sessions) as s:
        assert technicians.list_technicians(s) == []


def _cli(capsys, path, *argv):
    code = main(["--json", "--db", path, *argv])
    out, err = capsys.readouterr()
    return code, (json.loads(out) if out.strip() else None), (json.loads(err) if err else None)


def test_cli_edits_and_deactivates_through_the_same_rules(db, capsys):
    if not db.url.startswith("sqlite"):
        pytest.skip("the command line is driven on a database file")
    with unit_of_work(db.sessions) as s:
        setup = factories.billing_shop(s)  # SEK, two decimals
        acme = factories.client(s, name="Acme AB")
        factories.time_entry(s, setup, acme, MON, 60)
    path = db.url.removeprefix("sqlite:///")
    code, _, _ = _cli(capsys, path, "technician", "add", "--name", "Erik Ek", "--rate", "850,50")
    assert code == 0
    code, _, err = _cli(capsys, path, "technician", "add", "--name", "erik ek")
    assert code != 0 and "already a technician named erik ek" in json.dumps(err)
    code, _, _ = _cli(
        capsys, path, "technician", "edit", "Erik Ek", "--email", "erik@nordicfix.se", "--tier", "2"
    )
    assert code == 0
    code, _, _ = _cli(capsys, path, "technician", "deactivate", "Anna Berg")
    assert code == 0
    code, rows, _ = _cli(capsys, path, "technician", "list")
    by_name = {r["name"]: r for r in rows["technicians"]}
    # 850,50 SEK is 850 × 100 + 50 = 85,050 öre; the edit kept it.
    assert by_name["Erik Ek"]["rate"] == 85050 and by_name["Erik Ek"]["tier"] == 2
    assert by_name["Erik Ek"]["email"] == "erik@nordicfix.se"
    assert by_name["Anna Berg"]["active"] is False
    with read_only(db.sessions) as s:
        assert s.scalar(select(TimeEntry.raw_minutes)) == 60
