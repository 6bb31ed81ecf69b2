"""Control characters (issue 14): a NUL once got in through an import and
then `export time --xlsx` failed for the whole month. Now every entry point
refuses them at the field (services, so the window and the CLI alike; an
import rejects the row with its line) and exports clean whatever the
database already holds."""

from __future__ import annotations

import csv
import datetime as dt
import json

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select, update

from desktop.commandline import build_parser, run_command
from desktop.db.session import read_only, unit_of_work
from desktop.models import Client, TimeEntry
from desktop.services.common.record_rules import (
    ValidationError,
    clean_text,
    control_character,
)
from desktop.services.data.exports import export, neutralise
from desktop.services.data.imports import ImportOptions, check_import, parse_table, run_import
from desktop.services.records.clients import ClientInput, create_client
from desktop.services.records.work_log import TimeInput, log_time
from tests import factories
from tests.import_samples import count, seed_shop

T = dt.datetime
D = dt.date
EXAMPLES = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
# Ordinary characters mixed with every kind the rule is about: C0 (NUL, ESC,
# form feed), tab and line breaks, DEL, C1 (NEL, the last one), lone
# surrogates of both halves.
NASTY_CHARS = ["\x00", "\x1b", "\x0c", "\t", "\n", "\r", "\x7f", "\x85", "\x9f", "\ud800", "\udfff"]
TEXT = st.text(
    alphabet=st.one_of(st.characters(codec="utf-8"), st.sampled_from(NASTY_CHARS)), max_size=30
)


def test_which_characters_are_refused():
    assert control_character("Printer fixed") is None
    assert control_character("Åsa Öberg — €12") is None
    assert control_character("a\x00b") == "U+0000 at character 2"
    assert control_character("x\x7f") == "U+007F at character 2"
    assert control_character("\x85") == "U+0085 at character 1"
    assert control_character("ok\ud800") == "U+D800 at character 3"
    # Tab and line breaks only where text may span lines.
    assert control_character("two\nlines") == "U+000A at character 4"
    assert control_character("two\nlines\tand\r\n", multiline=True) is None
    assert control_character("bell\x07", multiline=True) == "U+0007 at character 5"


def test_clean_text_drops_controls_and_marks_lone_surrogates():
    assert clean_text("a\x00b\x7fc\x85d") == "abcd"
    assert clean_text("keep\ttab\nand line") == "keep\ttab\nand line"
    assert clean_text("half \ud83d pair") == "half \ufffd pair"


@pytest.fixture
def shop(db):
    with unit_of_work(db.sessions) as s:
        setup = factories.billing_shop(s)
        client = factories.client(s, name="Dental Lund")
        ids = (setup.tech.id, client.id, setup.remote.id)
    return db, ids


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as stream:
        return list(csv.DictReader(stream))


def exported_descriptions(db, folder):
    with read_only(db.sessions) as s:
        export(s, "time", D(2026, 3, 1), D(2026, 3, 31), folder / "t.csv")
        export(s, "time", D(2026, 3, 1), D(2026, 3, 31), folder / "t.xlsx", xlsx=True)
    from_csv = [row["Description"] for row in read_csv(folder / "t.csv")]
    sheet = openpyxl.load_workbook(folder / "t.xlsx").active
    column = [c.value for c in sheet[1]].index("Description") + 1
    from_xlsx = [sheet.cell(row, column).value or "" for row in range(2, sheet.max_row + 1)]
    return from_csv, from_xlsx


@EXAMPLES
@given(text=TEXT)
def test_any_text_is_refused_at_the_field_or_exported_exactly(shop, tmp_path_factory, text):
    """Through the service: text with a control character is refused with
    the field named and nothing is written; clean text is stored verbatim
    and comes back unchanged from both CSV and XLSX."""
    db, (technician_id, client_id, work_type_id) = shop
    folder = tmp_path_factory.mktemp("export")
    with unit_of_work(db.sessions) as s:
        s.execute(delete(TimeEntry))
    entry = TimeInput(
        technician_id, client_id, work_type_id, T(2026, 3, 2, 9), T(2026, 3, 2, 10), text
    )
    bad = control_character(text, multiline=True)
    if bad is not None:
        with pytest.raises(ValidationError) as refused, unit_of_work(db.sessions) as s:
            log_time(s, entry)
        assert bad in refused.value.errors["description"]
        assert count(db, TimeEntry) == 0
        return
    with unit_of_work(db.sessions) as s:
        log_time(s, entry)
    from_csv, from_xlsx = exported_descriptions(db, folder)
    assert from_csv == [neutralise(text)]
    # XML keeps tab and line feed; a carriage return is read back as a line feed.
    assert [v.replace("\r", "\n") for v in from_xlsx] == [neutralise(text).replace("\r", "\n")]


@EXAMPLES
@given(text=TEXT)
def test_what_the_database_holds_always_exports(shop, tmp_path_factory, text):
    """Text older versions let in (written past the services) never stops an
    export: the cell holds the text without the characters no file takes."""
    db, (technician_id, client_id, work_type_id) = shop
    folder = tmp_path_factory.mktemp("export")
    with unit_of_work(db.sessions) as s:
        s.execute(delete(TimeEntry))
        log_time(
            s,
            TimeInput(technician_id, client_id, work_type_id, T(2026, 3, 2, 9), T(2026, 3, 2, 10)),
        )
        # Neither database stores a lone surrogate, and PostgreSQL no NUL.
        stored = "".join("\ufffd" if "\ud800" <= c <= "\udfff" else c for c in text)
        if db.url.startswith("postgresql"):
            stored = stored.replace("\x00", "")
        s.execute(update(TimeEntry).values(description=stored))
    from_csv, from_xlsx = exported_descriptions(db, folder)
    assert from_csv == [neutralise(clean_text(stored))]
    assert control_character(from_csv[0], multiline=True) is None
    assert [v.replace("\r", "\n") for v in from_xlsx] == [from_csv[0].replace("\r", "\n")]


def test_a_nul_already_in_the_database_no_longer_stops_the_xlsx_export(shop, tmp_path):
    db, (technician_id, client_id, work_type_id) = shop
    with unit_of_work(db.sessions) as s:
        log_time(
            s,
            TimeInput(technician_id, client_id, work_type_id, T(2026, 3, 2, 9), T(2026, 3, 2, 10)),
        )
        # PostgreSQL refuses a NUL itself; it stores the other controls.
        nul = "\x85" if db.url.startswith("postgresql") else "\x00"
        s.execute(update(TimeEntry).values(description=f"Router{nul} reset\x1b"))
    assert exported_descriptions(db, tmp_path) == (["Router reset"], ["Router reset"])


def test_client_form_names_the_field(shop):
    db, _ = shop
    with pytest.raises(ValidationError) as refused, unit_of_work(db.sessions) as s:
        create_client(
            s,
            ClientInput(
                name="Acme\x00 Oy",
                country="SE",
                currency="SEK",
                city="Lund\x85",
                notes="two\nlines ok",
            ),
        )
    assert set(refused.value.errors) == {"name", "city"}
    assert "U+0000 at character 5" in refused.value.errors["name"]
    assert "U+0085" in refused.value.errors["city"]


def test_command_line_refuses_a_control_character(shop, capsys):
    """argv cannot carry a NUL, but it can carry ESC or a C1 control."""
    db, _ = shop
    line = ["client", "add", "--name", "Evil\x1b[31m AB", "--country", "SE", "--currency", "SEK"]
    args = build_parser().parse_args(["--db", db.url, "--json", *line])
    assert run_command(args) != 0
    answer = json.loads(capsys.readouterr().err)
    assert "U+001B at character 5" in json.dumps(answer)
    with read_only(db.sessions) as s:
        assert s.scalar(select(Client).where(Client.name.like("Evil%"))) is None


def test_an_import_row_with_a_nul_is_rejected_with_its_line(db):
    with unit_of_work(db.sessions) as s:
        seed_shop(s)
    text = (
        "Date,From,To,Duration,Customer,User,Activity,Description\n"
        "02.03.2026,09:00,10:00,1:00,Acme Oy,Anna Berg,Remote support,Printer\n"
        "03.03.2026,09:00,10:00,1:00,Acme Oy,Anna Berg,Remote support,Router\x00reset\n"
        '04.03.2026,09:00,10:00,1:00,Acme Oy,Anna Berg,Remote support,"two\nlines"\n'
    )
    table = parse_table(text)
    options = ImportOptions(kind="time", skip_bad_rows=True)
    with read_only(db.sessions) as s:
        report = check_import(s, table, options)
    assert (report.rows, report.accepted) == (3, 2)
    [rejected] = report.rejected
    assert rejected.line == 3
    assert rejected.reason.startswith("Description:") and "U+0000 at character 7" in rejected.reason
    with unit_of_work(db.sessions) as s:
        run_import(s, table, options)
    with read_only(db.sessions) as s:
        stored = sorted(s.scalars(select(TimeEntry.description)))
    assert stored == ["Printer", "two\nlines"]
