"""`techledger site …` and `techledger visit …` as a script would use them:
the same service functions as the window's site dialog and visit editor."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session

from desktop.__main__ import main
from desktop.models import MaterialEntry, Site, TimeEntry, Visit


def run(capsys, db, *argv):
    code = main(["--json", "--db", db, *argv])
    out, err = capsys.readouterr()
    return code, (json.loads(out) if out.strip() else None), (json.loads(err) if err else None)


def ok(capsys, db, *argv):
    code, out, err = run(capsys, db, *argv)
    assert code == 0, (argv, err)
    return out


SETUP = [
    ["shop", "set", "--legal-name", "Nordic Fix AB", "--country", "SE", "--currency", "SEK"],
    ["tax", "add", "--code", "SE25", "--name", "Moms 25 %", "--rate", "25"],
    ["series", "add", "--code", "INV"],
    ["series", "add", "--code", "CN", "--pattern", "CN{YYYY}-{seq:04}", "--credit-notes"],
    ["worktype", "add", "--code", "onsite", "--name", "On-site", "--rate", "950.00", "--on-site"],
    ["technician", "add", "--name", "Anna Berg", "--email", "anna@nordicfix.se"],
    ["product", "add", "--sku", "CAT6", "--name", "Patch cable", "--price", "89.00"],
]


KRAKOW = ["client", "add", "--name", "Kraków Serwis", "--currency", "SEK"]


@pytest.fixture
def shop(tmp_path, capsys):
    db = str(tmp_path / "shop.db")
    for argv in SETUP:
        ok(capsys, db, *argv)
    return db


def _client(capsys, db, name, minimum_scope):
    """A SEK client with a time & materials contract: 15-minute rounding up
    (the shop's default), at least 1 h per `minimum_scope`."""
    ok(capsys, db, "client", "add", "--name", name, "--country", "SE", "--currency", "SEK")
    contract = f"T&M {name}"
    ok(
        capsys,
        db,
        "contract",
        "add",
        "--client",
        name,
        "--name",
        contract,
        "--kind",
        "time_materials",
        "--starts",
        "2026-01-01",
        "--minimum",
        "1",
        "--minimum-scope",
        minimum_scope,
    )
    ok(capsys, db, "site", "add", "--client", name, "--name", "Head office", "--city", "Uppsala")
    return contract


def _visit(capsys, db, client, contract, *extra):
    return ok(
        capsys,
        db,
        "visit",
        "add",
        "--client",
        client,
        "--site",
        "Head office",
        "--technician",
        "anna@nordicfix.se",
        "--arrived",
        "2026-03-05 09:00",
        "--departed",
        "10:00",
        "--contract",
        contract,
        "--work",
        "0:20",
        "onsite",
        "Switch replaced",
        "--work",
        "0:10",
        "onsite",
        "Cabling checked",
        *extra,
    )


def _draft_net(capsys, db, client):
    out = ok(
        capsys,
        db,
        "invoice",
        "draft",
        "--client",
        client,
        "--from",
        "2026-03-01",
        "--to",
        "2026-03-31",
        "--grouping",
        "visit",
    )
    return ok(capsys, db, "invoice", "show", str(out["id"]))


def test_the_visit_minimum_is_billed_once_for_a_visit_made_on_the_command_line(shop, capsys):
    db = shop
    per_visit = _client(capsys, db, "Kraków Serwis", "visit")
    per_entry = _client(capsys, db, "Ångström AB", "entry")
    _visit(capsys, db, "Kraków Serwis", per_visit)
    _visit(capsys, db, "Ångström AB", per_entry)

    # Per visit: 0:20 → 0:30 and 0:10 → 0:15 (15 min up) = 0:45, under the
    # 1 h minimum once → 1:00 × 950.00 = 950.00, VAT 25 % = 237.50.
    invoice = _draft_net(capsys, db, "Kraków Serwis")
    assert (invoice["net"], invoice["vat"], invoice["total"]) == ("950.00", "237.50", "1187.50")
    labour = [line for line in invoice["lines"] if line["kind"] == "labour"]
    assert [(line["raw"], line["billed"]) for line in labour] == [("0:30", "1:00")]

    # The same visit with the minimum per entry: 1:00 + 1:00 = 2:00 × 950.00.
    invoice = _draft_net(capsys, db, "Ångström AB")
    assert invoice["net"] == f"{2 * 950:.2f}"


def test_a_site_and_a_visit_with_work_and_materials_are_stored_as_the_window_stores_them(
    shop, capsys
):
    db = shop
    ok(capsys, db, *KRAKOW, "--country", "PL")
    site = ok(
        capsys,
        db,
        "site",
        "add",
        "--client",
        "Kraków Serwis",
        "--name",
        "Warehouse",
        "--street",
        "Długa 5",
        "--postcode",
        "31-147",
        "--city",
        "Kraków",
        "--distance-km",
        "12,5",
        "--travel",
        "0:40",
    )
    listed = ok(capsys, db, "site", "list", "--client", "Kraków Serwis")["sites"]
    assert [(s["id"], s["name"], s["country"], s["km"], s["travel"]) for s in listed] == [
        (site["id"], "Warehouse", "PL", "12.5", "0:40")  # the client's country by default
    ]
    out = ok(
        capsys,
        db,
        "visit",
        "add",
        "--client",
        "Kraków Serwis",
        "--site",
        "warehouse",
        "--technician",
        "Anna Berg",
        "--arrived",
        "2026-04-07 09:00",
        "--departed",
        "11:30",
        "--summary",
        "New switch",
        "--work",
        "1:30",
        "onsite",
        "Switch mounted",
        "--work",
        "45m",
        "onsite",
        "Ports labelled",
        "--material",
        "CAT6=4",
    )
    assert out["work_minutes"] == 90 + 45
    shown = ok(capsys, db, "visit", "show", str(out["id"]))
    assert (shown["site"], shown["travel"], shown["km"]) == ("Warehouse", "0:40", "12.5")
    assert [(w["start"], w["minutes"]) for w in shown["work"]] == [
        ("2026-04-07 09:00:00", 90),
        ("2026-04-07 10:30:00", 45),  # back to back: 09:00 + 1:30
    ]
    assert [(m["description"], m["qty"], m["price"]) for m in shown["materials"]] == [
        ("Patch cable", "4", "89.00")
    ]
    assert [v["id"] for v in ok(capsys, db, "visit", "list")["visits"]] == [out["id"]]
    with Session(create_engine(f"sqlite:///{db}")) as s:
        visit = s.get(Visit, out["id"])
        assert visit.departed_at == dt.datetime(2026, 4, 7, 11, 30)
        assert (visit.travel_minutes, visit.travel_distance_m) == (40, 12_500)
        entries = s.scalars(select(TimeEntry).order_by(TimeEntry.id)).all()
        assert all(e.visit_id == visit.id and e.on_site for e in entries)
        material = s.scalars(select(MaterialEntry)).one()
        assert (material.visit_id, material.quantity_milli) == (visit.id, 4000)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"--site": "Nowhere"}, "site"),
        ({"--client": "Nobody"}, "client"),
        ({"--technician": "Nobody"}, "technician"),
        ({"--arrived": "yesterday"}, "arrived"),
        ({"--departed": "08:00"}, "departed"),  # before the arrival at 09:00
        ({"--departed": "25:00"}, "departed"),
        ({"--travel": "soon"}, "travel"),
        ({"--km": "far"}, "km"),
        ({"--work": ["0:x", "onsite", "Work"]}, "work 1 duration"),
        ({"--work": ["0:10", "cooking", "Work"]}, "work 1 work_type"),
        ({"--work": ["0:10", "onsite", " "]}, "work 1 description"),
        ({"--material": "NOPE=1"}, "material 1 product"),
        ({"--material": "CAT6=lots"}, "material 1 quantity"),
    ],
)
def test_bad_visit_input_is_one_line_naming_the_field_and_changes_nothing(
    shop, capsys, change, field
):
    db = shop
    ok(capsys, db, *KRAKOW, "--country", "SE")
    ok(capsys, db, "site", "add", "--client", "Kraków Serwis", "--name", "Head office")
    options = {
        "--client": "Kraków Serwis",
        "--site": "Head office",
        "--technician": "Anna Berg",
        "--arrived": "2026-03-05 09:00",
        "--work": ["0:20", "onsite", "Switch replaced"],
        **change,
    }
    argv = ["visit", "add"]
    for option, value in options.items():
        argv += [option, *(value if isinstance(value, list) else [value])]
    code, out, err = run(capsys, db, *argv)
    assert code == 1 and out is None
    assert err["error"] == "invalid" and err["message"].startswith(f"{field}: ")
    assert "\n" not in err["message"]
    with Session(create_engine(f"sqlite:///{db}")) as s:
        assert s.scalar(select(func.count()).select_from(Visit)) == 0
        assert s.scalar(select(func.count()).select_from(TimeEntry)) == 0

    # The plain (non-JSON) form is one line on stderr too.
    assert main(["--db", db, *argv]) == 1
    assert capsys.readouterr().err.count("\n") == 1


@pytest.mark.parametrize(
    ("extra", "field"),
    [
        (["--name", " "], "name"),
        (["--name", "X", "--distance-km", "far"], "distance_km"),
        (["--name", "X", "--travel", "25:00"], "travel"),  # at most 24 h
        (["--name", "X", "--country", "XX"], "country"),
    ],
)
def test_bad_site_input_names_the_field(shop, capsys, extra, field):
    db = shop
    ok(capsys, db, *KRAKOW, "--country", "SE")
    code, _, err = run(capsys, db, "site", "add", "--client", "Kraków Serwis", *extra)
    assert code == 1 and err["message"].startswith(f"{field}: ")
    with Session(create_engine(f"sqlite:///{db}")) as s:
        assert s.scalar(select(func.count()).select_from(Site)) == 0
