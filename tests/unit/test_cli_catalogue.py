"""The command line builds its parser from a table (commandline/catalogue.py)
so a command imports only its own module; the table must say exactly what
the modules register, and a command must still get its full parser."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from desktop.commandline import build_parser
from desktop.commandline.catalogue import COMMANDS, chosen_command, modules_for

ROOT = Path(__file__).resolve().parents[2]


def _commands(parser: argparse.ArgumentParser) -> list[tuple[str, str | None]]:
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return [(choice.dest, choice.help) for choice in sub._choices_actions]


def test_the_table_lists_every_command_the_modules_register_in_order():
    registered = _commands(build_parser())  # every module, for real
    assert registered == [(name, text) for name, _module, text in COMMANDS]


def test_help_without_a_command_lists_every_command():
    assert _commands(build_parser(["--help"])) == _commands(build_parser())


def test_the_chosen_command_is_the_first_word_that_is_not_an_option_or_its_value():
    assert chosen_command(["--db", "version", "--json", "invoice", "list"]) == "invoice"
    assert chosen_command(["--db=x.db", "kb", "list"]) == "kb"
    assert chosen_command(["--json", "--help"]) is None
    # `invoice pdf` is in documents, which hangs on the prepaid, invoice and
    # visit groups; `payment apply-credit` and `client credit` are in credit.
    pdf_groups = {"prepaid", "billing", "visits", "documents"}
    assert modules_for("invoice") == pdf_groups | {"credit"}
    assert modules_for("visit") == pdf_groups
    assert modules_for("client") == {"records", "credit", "client_edit"}
    assert modules_for("version") == {"version"}
    assert modules_for(None) == set()


def test_a_lazily_built_parser_parses_a_nested_command_in_full():
    args = build_parser(["--db", "x.db", "invoice", "pdf", "2026-00001", "-o", "x.pdf"]).parse_args(
        ["--db", "x.db", "invoice", "pdf", "2026-00001", "-o", "x.pdf"]
    )
    assert (args.command, args.action, args.handler.__module__) == (
        "invoice",
        "pdf",
        "desktop.commandline.documents",
    )


def test_version_imports_no_database_library():
    # A fresh interpreter: what `techledger version` loads before answering.
    code = (
        "import sys; from desktop.__main__ import main; main(['version']);"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in"
        " ('sqlalchemy', 'alembic', 'desktop')))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    version_line, loaded = done.stdout.splitlines()
    assert version_line.startswith("TechLedger ")
    assert "sqlalchemy" not in loaded and "alembic" not in loaded
    assert "desktop.commandline.billing" not in loaded
