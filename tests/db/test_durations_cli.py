"""The table of typed durations (tests/unit/test_durations.py) through the
command line: `prepaid topup --hours` and `time add --hours` give the
parser's minutes or its refusal, one line naming the option."""

from __future__ import annotations

import json

import pytest

from desktop.__main__ import main
from tests.unit.test_durations import DURATIONS, Refused


def run(capsys, db, *argv):
    code = main(["--json", "--db", db, *argv])
    out, err = capsys.readouterr()
    return code, (json.loads(out) if out.strip() else None), (json.loads(err) if err else None)


@pytest.fixture
def shop(tmp_path, capsys):
    db = str(tmp_path / "shop.db")
    for argv in (
        ["shop", "set", "--legal-name", "Nordic Fix AB", "--country", "SE", "--currency", "SEK"],
        ["worktype", "add", "--code", "remote", "--name", "Remote", "--rate", "950.00"],
        ["technician", "add", "--name", "Anna Berg"],
        ["client", "add", "--name", "Ångström AB", "--country", "SE", "--currency", "SEK"],
        [
            "contract",
            "add",
            "--client",
            "Ångström AB",
            "--name",
            "Prepaid",
            "--kind",
            "prepaid",
            "--starts",
            "2026-01-01",
        ],
    ):
        code, _, err = run(capsys, db, *argv)
        assert code == 0, (argv, err)
    return db


def test_prepaid_topup_answers_the_table(shop, capsys):
    balance = 0
    for text, expected in DURATIONS:
        code, out, err = run(
            capsys, shop, "prepaid", "topup", "Prepaid", f"--hours={text}", "--price", "0"
        )
        if isinstance(expected, Refused):
            assert code == 1 and out is None, text
            assert err["message"].startswith("hours: ") and expected in err["message"], text
            assert "\n" not in err["message"]
        else:
            assert code == 0, (text, err)
            balance += expected
            assert out["balance_minutes"] == balance, text


def test_time_add_answers_the_table_up_to_a_day(shop, capsys):
    """A time entry is at most 24 h (work_log's own rule); below that its
    --hours reads exactly as the top-up's."""
    for text, expected in DURATIONS:
        if not isinstance(expected, Refused) and expected > 24 * 60:
            continue
        code, out, err = run(
            capsys,
            shop,
            "time",
            "add",
            "--client",
            "Ångström AB",
            "--technician",
            "Anna Berg",
            "--work-type",
            "remote",
            "--start",
            "2026-03-02 09:00",
            f"--hours={text}",  # "-3" alone would be read as an option
        )
        if isinstance(expected, Refused):
            assert code == 1 and err["message"].startswith("hours: "), text
            assert expected in err["message"], text
        else:
            assert code == 0, (text, err)
            assert out["raw_minutes"] == expected, text
