"""Every command-line sub-command, fed bad values by hypothesis: negative or
absurd durations and amounts, end before start, NaN, 1 MB strings, control
characters, SQL-looking text, wrong types, dates in year 1 and 9999.

Each run must end in a clear error — exit 1 with one JSON error document on
stderr, or argparse's own usage error (exit 2) for a value of the wrong type
— never a traceback, and the database must be byte-for-byte the same rows
afterwards. Odd values that are legitimate (a client called
"'; DROP TABLE invoices; --") may be accepted; then the database must still
pass `techledger check`."""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.__main__ import main
from desktop.app import open_database
from desktop.commandline import build_parser
from desktop.db.health import check_database
from desktop.db.session import unit_of_work
from desktop.services.billing.invoices import draft_invoice, issue_invoice
from desktop.services.prepaid.ledger import top_up
from tests import factories

T = dt.datetime
D = dt.date

# Commands left out: `demo` (its only value is an int seed, checked by
# argparse; a valid one builds a whole shop) and the window.
SKIPPED = {("demo",)}
# Output file names of the document commands are exercised separately (see
# test_an_unwritable_output_file_is_a_clear_error): their writer does not
# turn OSError into a clear error yet.
OUTPUT_ARGUMENTS = {"output", "o"}
# The contract multipliers are parsed by desktop/commandline/common.py
# multiplier_bp, which crashes on NaN and infinity (see
# test_a_multiplier_that_is_not_a_number_is_a_clear_error); left out here
# until it is fixed.
MULTIPLIER_ARGUMENTS = {"after_hours_multiplier", "weekend_multiplier", "holiday_multiplier"}
NOT_FUZZED = OUTPUT_ARGUMENTS | MULTIPLIER_ARGUMENTS


def command_tree() -> dict[tuple[str, ...], list[argparse.Action]]:
    """Every runnable sub-command with its arguments."""
    found: dict[tuple[str, ...], list[argparse.Action]] = {}

    def walk(parser: argparse.ArgumentParser, path: tuple[str, ...]) -> None:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, child in action.choices.items():
                    walk(child, (*path, name))
                return
        if path and path not in SKIPPED:
            found[path] = [a for a in parser._actions if not isinstance(a, argparse._HelpAction)]

    walk(build_parser(), ())
    return found


COMMANDS = command_tree()

# A value that works, by argument name, so a bad value in one argument gets
# past the others and reaches the code under test.
GOOD = {
    "client": "1",
    "technician": "1",
    "work_type": "remote",
    "contract": "1",
    "invoice": "1",
    "ticket": "1",
    "visit": "1",
    "start": "2026-03-03 09:00",
    "end": "2026-03-03 10:00",
    "hours": "1.5",
    "starts": "2026-01-01",
    "period_from": "2026-03-01",
    "period_to": "2026-03-31",
    "from": "2026-03-01",
    "to": "2026-03-31",
    "date": "2026-03-05",
    "amount": "10.00",
    "price": "95.00",
    "rate": "95.00",
    "name": "Test",
    "legal_name": "Shop AB",
    "country": "SE",
    "currency": "SEK",
    "code": "X1",
    "kind": "prepaid",
    "title": "Broken",
    "text": "Note",
    "reason": "Why",
    "resolution": "Fixed",
    "description": "Work",
    "to_tier": "2",
    "rating": "5",
    "status": "open",
    "words": ["printer"],
    "file": "missing.csv",
    "o": "out.pdf",
    "output": "out.pdf",
    "quantity": "1",
    "tier": "2",
    "seed": "7",
}

SQL = [
    "'; DROP TABLE invoices; --",
    "1 OR 1=1",
    "Robert'); DELETE FROM clients;--",
    '" UNION SELECT * FROM settings --',
]
BAD_VALUES = st.one_of(
    st.sampled_from(SQL),
    st.sampled_from(
        [
            "-1",
            "-90",
            "0",
            "-0.5",
            "NaN",
            "nan",
            "inf",
            "-inf",
            "1e400",
            "99999999999999999999",
            "2147483648",
            "-2147483649",
            "12:99",
            "1,5",
            "0x10",
            "",
            " ",
            "true",
            "[]",
            "{}",
            "None",
        ]
    ),
    st.sampled_from(
        [
            "0001-01-01",
            "9999-12-31",
            "0001-01-01 00:00",
            "9999-12-31 23:59",
            "2026-02-30",
            "2026-13-01",
            "31/12/2026",
            "yesterday",
            "2026-03-03 08:00",
        ]
    ),
    st.text(st.characters(min_codepoint=1, max_codepoint=31), min_size=1, max_size=10),
    st.just("x" * 1_000_000),
    st.integers(-(2**70), 2**70).map(str),
    st.text(max_size=30),
).map(lambda text: text.replace("\x00", ""))  # a real argv cannot hold NUL


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> tuple[Path, str]:
    """A small shop on disk, and the digest of its rows."""
    path = tmp_path_factory.mktemp("cli") / "template.db"
    db = open_database(str(path))
    try:
        with unit_of_work(db.sessions) as s:
            setup = factories.billing_shop(s)
            client = factories.client(s)
            contract = factories.contract(s, client, "prepaid")
            top_up(s, contract.id, minutes=600, amount_minor=9000_00, at=T(2026, 1, 5, 9))
            factories.time_entry(s, setup, client, T(2026, 2, 2, 9), 50)
            invoice = draft_invoice(
                s, client.id, period_from=D(2026, 2, 1), period_to=D(2026, 2, 28)
            )
            issue_invoice(s, invoice.id, D(2026, 2, 28))
            factories.time_entry(s, setup, client, T(2026, 3, 2, 9), 40)
            draft_invoice(s, client.id, period_from=D(2026, 3, 1), period_to=D(2026, 3, 31))
    finally:
        db.close()
    return path, rows_digest(path)


def rows_digest(path: Path) -> str:
    digest = hashlib.sha256()
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%'"
                " ORDER BY name"
            )
        ]
        for table in tables:
            for row in sorted(map(repr, conn.execute(f'SELECT * FROM "{table}"'))):
                digest.update(f"{table}:{row}\n".encode())
    finally:
        conn.close()
    return digest.hexdigest()


def argv_for(
    path: tuple[str, ...],
    actions: list[argparse.Action],
    bad: dict[str, object],
) -> list[str]:
    """The command with good values everywhere except the `bad` ones."""
    argv = list(path)
    for action in actions:
        value = bad.get(action.dest, GOOD.get(action.dest))
        if action.nargs == 0:  # a flag
            if action.dest in bad:
                argv.append(action.option_strings[0])
            continue
        if value is None:
            if action.required or not action.option_strings:
                value = "1"
            else:
                continue
        values = value if isinstance(value, list) else [value]
        if action.option_strings:
            for item in values:
                argv += [action.option_strings[0], str(item)]
        else:
            argv += [str(item) for item in values]
    return argv


def run(argv: list[str], capsys) -> tuple[int, str, str]:
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse refusing a value
        code = exc.code if isinstance(exc.code, int) else 2
    out, err = capsys.readouterr()
    return code, out, err


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_every_sub_command_refuses_bad_values_cleanly(
    template, tmp_path_factory, monkeypatch, capsys, data
):
    source, before = template
    path = data.draw(st.sampled_from(sorted(COMMANDS)), label="command")
    actions = COMMANDS[path]
    valued = [a for a in actions if a.nargs != 0 and a.dest not in NOT_FUZZED] or [
        a for a in actions if a.dest not in NOT_FUZZED
    ]
    chosen = (
        data.draw(
            st.lists(st.sampled_from(valued), min_size=1, max_size=2, unique_by=lambda a: a.dest),
            label="arguments",
        )
        if valued
        else []
    )
    bad = {a.dest: data.draw(BAD_VALUES, label=a.dest) for a in chosen}
    folder = tmp_path_factory.mktemp("run")
    monkeypatch.chdir(folder)  # any file a command writes lands here
    database = folder / "shop.db"
    shutil.copy(source, database)
    argv = ["--db", str(database), "--json", *argv_for(path, actions, bad)]

    code, out, err = run(argv, capsys)

    assert "Traceback" not in out + err
    if code == 0:
        db = open_database(str(database), migrate=False)
        try:
            assert check_database(db.engine, db.display_name).ok
        finally:
            db.close()
        return
    if code == 2:  # a usage mistake: argparse names the argument, as JSON with --json
        usage = json.loads(err) if "--json" in argv else None
        assert (usage["error"] == "usage") if usage else ("error:" in err)
    else:
        assert code == 1, (code, out[:300], err[:300])
        message = json.loads(err)
        assert message["ok"] is False and message["message"]
    assert rows_digest(database) == before


def test_the_tree_covers_every_sub_command():
    names = {" ".join(path) for path in COMMANDS}
    assert {"time add", "invoice pay", "prepaid topup", "client add", "check"} <= names


@pytest.mark.parametrize("output", ["", "x" * 5000])
def test_an_unwritable_output_file_is_a_clear_error(
    template, tmp_path, monkeypatch, capsys, output
):
    source, before = template
    monkeypatch.chdir(tmp_path)
    database = tmp_path / "shop.db"
    shutil.copy(source, database)
    code, _out, err = run(
        ["--db", str(database), "--json", "invoice", "pdf", "1", "-o", output], capsys
    )
    assert code == 1 and json.loads(err)["ok"] is False
    assert rows_digest(database) == before


@pytest.mark.parametrize("value", ["NaN", "inf"])
def test_a_multiplier_that_is_not_a_number_is_a_clear_error(
    template, tmp_path, monkeypatch, capsys, value
):
    source, before = template
    monkeypatch.chdir(tmp_path)
    database = tmp_path / "shop.db"
    shutil.copy(source, database)
    argv = [
        "--db",
        str(database),
        "--json",
        "contract",
        "add",
        "--client",
        "1",
        "--name",
        "X",
        "--kind",
        "prepaid",
        "--starts",
        "2026-01-01",
        "--weekend-multiplier",
        value,
    ]
    code, _out, err = run(argv, capsys)
    assert code == 1 and json.loads(err)["ok"] is False
    assert rows_digest(database) == before


@pytest.mark.parametrize(
    ("argv", "label"),
    [
        (["visit", "pdf", "99999999999999999999", "-o", "v.pdf"], "visit"),
        (["visit", "pdf", "0", "-o", "v.pdf"], "visit"),
        (["payment", "reverse", "99999999999999999999", "--reason", "typo"], "payment"),
        (["invoice", "show", "99999999999999999999"], "invoice"),
        (["ticket", "show", "99999999999999999999"], "ticket"),
    ],
)
def test_an_id_too_large_for_the_database_is_no_such_record(
    template, tmp_path, monkeypatch, capsys, argv, label
):
    # Found by the fuzz test above: a 20-digit id overflowed the driver.
    source, before = template
    monkeypatch.chdir(tmp_path)
    database = tmp_path / "shop.db"
    shutil.copy(source, database)
    code, _out, err = run(["--db", str(database), "--json", *argv], capsys)
    assert code == 1
    message = json.loads(err)["message"]
    assert message.startswith(f"There is no {label} ") and argv[2] in message
    assert rows_digest(database) == before


def test_a_date_outside_the_years_a_record_can_have_is_refused_plainly():
    """Year 9999 passed parsing, then `period end + 1 day` overflowed inside
    `invoice run` (an OverflowError traceback); the parser refuses it."""
    from desktop.services.queries.lookup import LookupFailed, parse_date, parse_datetime

    for text in ("9999-12-31", "0001-01-01", "1899-12-31"):
        with pytest.raises(LookupFailed, match="outside the years 1900–2999"):
            parse_date(text)
    with pytest.raises(LookupFailed, match="outside the years"):
        parse_datetime("9999-12-31 23:59")
    assert parse_date("2999-12-31").year == 2999
