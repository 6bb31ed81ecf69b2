"""docs/cli.md is a script: every `techledger` line in it runs, in order,
against a fresh database and must succeed; then its figures are checked."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

from desktop.__main__ import main

DOC = Path(__file__).resolve().parents[2] / "docs" / "cli.md"


def doc_commands() -> list[list[str]]:
    blocks = re.findall(r"```sh\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)
    lines = [line for block in blocks for line in block.splitlines()]
    return [shlex.split(line)[1:] for line in lines if line.startswith("techledger --db shop.db")]


def _json(capsys, db: str, *argv: str):
    capsys.readouterr()
    assert main(["--db", db, "--json", *argv]) == 0
    return json.loads(capsys.readouterr().out)


def test_every_documented_command_runs_and_the_month_end_adds_up(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)  # documents are written beside the database
    db = str(tmp_path / "shop.db")
    commands = doc_commands()
    assert len(commands) > 30
    for argv in commands:
        argv = [db if arg == "shop.db" else arg for arg in argv]
        code = main(argv)
        _out, err = capsys.readouterr()
        assert code == 0, f"{shlex.join(argv)} failed: {err}"

    invoices = {i["number"]: i for i in _json(capsys, db, "invoice", "list")["invoices"]}
    # Müller GmbH: 1.5 h remote at the client's 110.00 rule, reverse charge.
    assert (invoices["2026-00001"]["total"], invoices["2026-00001"]["vat"]) == ("165.00", "0.00")
    assert invoices["2026-00001"]["status"] == "paid"
    # Paid 100.00 + 81.50 = 181.50 on 165.00: 16.50 credit, all refunded.
    assert _json(capsys, db, "client", "credit", "Müller GmbH")["credit"] == "0.00"
    refunds = _json(capsys, db, "payment", "list", "2026-00001")["payments"]
    assert [(p["kind"], p["amount"]) for p in refunds][-1] == ("refund", "16.50")
    # Kraków Serwis: 0.75 h covered; 2 h on site at the client's 900.00 =
    # 1800.00; trip 300.00; 36 km × 5.00 = 180.00; 2 SSD × 1290.00 = 2580.00;
    # fee 12 users × 250.00 = 3000.00. Net 7860.00, VAT 25 % 1965.00.
    krakow = invoices["2026-00002"]
    assert (krakow["net"], krakow["vat"], krakow["total"]) == ("7860.00", "1965.00", "9825.00")
    assert krakow["status"] == "overdue"  # one SSD credited; the rest unpaid since April
    # The SSD credit: −1290.00 − 322.50 VAT.
    assert invoices["CN2026-0001"]["total"] == "-1612.50"
    # Ångström: 1:20 → 1:30 drawn from the block expiring in June, a 0.00
    # line; the blocks bought in January and February are billed once each:
    # 8500.00 + 4500.00 = 13000.00 net, VAT 25 % 3250.00, 16250.00. Then
    # only the work line (line 1) is credited with release: a 0.00 credit.
    assert invoices["2026-00003"]["total"] == "16250.00"
    assert invoices["2026-00003"]["vat"] == "3250.00"
    assert invoices["2026-00003"]["status"] == "overdue"
    assert invoices["CN2026-0002"]["total"] == "0.00"
    assert len(invoices) == 5 and invoices["CN2026-0002"]["kind"] == "credit_note"
    for name in ("invoice-2026-00002.pdf", "credit-note.pdf", "statement.pdf", "visit-1.pdf"):
        assert (tmp_path / name).read_bytes().startswith(b"%PDF")
    # As of the walk-through's last day: the 5 h block expires on 30 June.
    balance = _json(capsys, db, "prepaid", "balance", "Prepaid 2026", "--date", "2026-04-30")
    assert balance["balance_minutes"] == 15 * 60  # the credit gave the 1:30 back
    # The April visit: 0:20 and 0:10 back to back from 09:00, one SSD.
    visit = _json(capsys, db, "visit", "show", "1")
    assert [(w["start"], w["minutes"]) for w in visit["work"]] == [
        ("2026-04-07 09:00:00", 20),
        ("2026-04-07 09:20:00", 10),  # 09:00 + 0:20
    ]
    assert (visit["travel"], visit["km"], len(visit["materials"])) == ("0:25", "18", 1)
