"""Exports: time entries, invoices and the accounting export, as CSV and
XLSX — formula cells neutralised in both, money exact, and the accounting
figures equal to the VAT summary of each invoice."""

from __future__ import annotations

import csv
import datetime as dt
import re
import zipfile
from decimal import Decimal

import openpyxl
import pytest
from sqlalchemy import select

from desktop.db.session import read_only, unit_of_work
from desktop.models import InvoiceLine
from desktop.services.billing.invoices import draft_invoice, issue_invoice
from desktop.services.billing.payments import record_payment
from desktop.services.billing.tax import TaxableLine, vat_summary
from desktop.services.common.files import FileWriteError
from desktop.services.data.exports import (
    ExportError,
    build_export,
    csv_cell,
    export,
    neutralise,
    rate_label,
)
from tests import factories

T = dt.datetime
D = dt.date
NASTY = {
    '=HYPERLINK("http://evil.example","Click")': '\'=HYPERLINK("http://evil.example","Click")',
    "+SUM(A1:A9)": "'+SUM(A1:A9)",
    "-2+3+cmd|' /C calc'!A0": "'-2+3+cmd|' /C calc'!A0",
    "@SUM(1,1)": "'@SUM(1,1)",
    "\tTabbed": "'\tTabbed",
    "\rReturn": "'\rReturn",
}


@pytest.fixture
def billed(db):
    """Two clients, work and material at 25 % and 12 %, one issued invoice per
    client, one payment; names and descriptions that try formula injection."""
    with unit_of_work(db.sessions) as s:
        setup = factories.billing_shop(s)
        evil = factories.client(s, name='=HYPERLINK("http://evil.example","Click")')
        plain = factories.client(s, name="Dental Lund")
        for day, text in enumerate(NASTY, start=2):
            factories.time_entry(s, setup, evil, T(2026, 3, day, 9), 50, description=text)
        factories.time_entry(s, setup, plain, T(2026, 3, 10, 9), 20, description="Printer")
        factories.material(s, plain, "Book", 1000, 29900, tax_rate_id=setup.reduced.id)
        factories.material(s, evil, "Cable", 3000, 7900, tax_rate_id=setup.standard.id)
        ids = []
        for client in (evil, plain):
            invoice = draft_invoice(
                s, client.id, period_from=D(2026, 3, 1), period_to=D(2026, 3, 31)
            )
            issue_invoice(s, invoice.id, D(2026, 4, 1), at=T(2026, 4, 1, 8))
            ids.append(invoice.id)
        record_payment(
            s,
            ids[1],
            amount_minor=10000,
            received_on=D(2026, 4, 5),
            method="bank_transfer",
            reference="@OCR 123",
        )
    return db, ids


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as stream:
        return list(csv.DictReader(stream))


def test_neutralise_follows_the_owasp_rule():
    for raw, safe in NASTY.items():
        assert neutralise(raw) == safe
    assert neutralise("Plain text") == "Plain text"
    assert csv_cell(Decimal("-12.50")) == "-12.50"  # a typed number is no formula
    with pytest.raises(TypeError):
        csv_cell(1.5)


def test_time_export_neutralises_cells_in_csv_and_xlsx(billed, tmp_path):
    db, _ = billed
    with read_only(db.sessions) as s:
        result = export(s, "time", D(2026, 3, 1), D(2026, 3, 31), tmp_path / "t.csv")
        export(s, "time", D(2026, 3, 1), D(2026, 3, 31), tmp_path / "t.xlsx", xlsx=True)
    assert result.rows == 7
    rows = read_csv(tmp_path / "t.csv")
    assert [r["Description"] for r in rows[:6]] == list(NASTY.values())
    assert {r["Client"] for r in rows[:6]} == {NASTY[next(iter(NASTY))]}
    assert rows[0]["Raw minutes"] == "50" and rows[0]["Raw hours"] == "0:50"
    assert rows[0]["Invoice"] == "2026-00001"

    sheet = openpyxl.load_workbook(tmp_path / "t.xlsx").active
    header = [c.value for c in sheet[1]]
    described = [sheet.cell(row, header.index("Description") + 1) for row in range(2, 8)]
    assert [c.value for c in described] == list(NASTY.values())
    assert all(c.data_type == "s" for c in described)
    client_cell = sheet.cell(2, header.index("Client") + 1)
    assert client_cell.data_type == "s" and client_cell.value.startswith("'=")
    assert sheet.cell(2, header.index("Start") + 1).value == T(2026, 3, 2, 9)


def test_accounting_export_equals_the_vat_summary_of_each_invoice(billed, tmp_path):
    db, ids = billed
    with read_only(db.sessions) as s:
        export(s, "accounting", D(2026, 4, 1), D(2026, 4, 30), tmp_path / "a.csv")
        export(s, "accounting", D(2026, 4, 1), D(2026, 4, 30), tmp_path / "a.xlsx", xlsx=True)
        summaries = {}
        for invoice_id in ids:
            lines = s.scalars(select(InvoiceLine).where(InvoiceLine.invoice_id == invoice_id))
            summaries[invoice_id] = vat_summary(
                TaxableLine(x.net_minor, x.vat_rate_bp, x.vat_category, x.vat_exemption_reason)
                for x in lines
            )
        invoices = build_export(s, "invoices", D(2026, 4, 1), D(2026, 4, 30))
    rows = read_csv(tmp_path / "a.csv")
    assert [r["Record"] for r in rows] == ["invoice", "invoice", "payment"]
    rates = {(g.category, g.rate_bp) for t in summaries.values() for g in t.groups}
    assert rates == {("S", 2500), ("S", 1200)}
    for row, invoice_id in zip(rows[:2], ids, strict=True):
        totals = summaries[invoice_id]
        assert Decimal(row["Net"]) == Decimal(totals.net_minor) / 100
        assert Decimal(row["VAT"]) == Decimal(totals.tax_minor) / 100
        assert Decimal(row["Gross"]) == Decimal(totals.total_minor) / 100
        for group in totals.groups:
            label = rate_label(group.category, group.rate_bp)
            assert row[f"Net {label}"] == f"{Decimal(group.taxable_minor) / 100:.2f}"
            assert row[f"VAT {label}"] == f"{Decimal(group.tax_minor) / 100:.2f}"
        net_total = next(r for r in invoices.rows if r[0] == row["Number"])[10]
        assert net_total == Decimal(row["Net"])  # invoices export agrees
    payment = rows[2]
    assert (payment["Payment"], payment["Invoice"], payment["Reference"]) == (
        "100.00",
        rows[1]["Number"],
        "'@OCR 123",
    )

    # XLSX: the same exact decimals (in the file's XML), text cells neutralised.
    sheet = openpyxl.load_workbook(tmp_path / "a.xlsx").active
    assert sheet.cell(2, 5).value == '\'=HYPERLINK("http://evil.example","Click")'
    with zipfile.ZipFile(tmp_path / "a.xlsx") as book:
        xml = book.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml  # no formula anywhere
    net = re.search(r'<c r="H2"[^>]*><v>([^<]+)</v>', xml).group(1)
    assert Decimal(net) == Decimal(rows[0]["Net"])  # written from Decimal, digit for digit
    assert sheet.cell(2, 8).number_format == "0.00"


def test_bad_period_and_missing_folder_are_clear_errors(billed, tmp_path):
    db, _ = billed
    with read_only(db.sessions) as s:
        with pytest.raises(ExportError, match="ends before it starts"):
            build_export(s, "time", D(2026, 4, 1), D(2026, 3, 1))
        with pytest.raises(FileWriteError, match="does not exist"):
            export(s, "time", D(2026, 3, 1), D(2026, 3, 31), tmp_path / "no" / "t.csv")


def test_command_line_export(billed, tmp_path, capsys):
    import json

    from desktop.commandline import build_parser, run_command

    db, _ = billed
    target = tmp_path / "accounting.xlsx"
    args = build_parser().parse_args(
        [
            "--db",
            db.url,
            "--json",
            "export",
            "accounting",
            "--from",
            "2026-04-01",
            "--to",
            "2026-04-30",
            "-o",
            str(target),
            "--xlsx",
        ]
    )
    assert run_command(args) == 0
    result = json.loads(capsys.readouterr().out)
    assert (result["rows"], result["format"]) == (3, "xlsx")
    assert openpyxl.load_workbook(target).active.max_row == 4
    args = build_parser().parse_args(
        [
            "--db",
            db.url,
            "export",
            "time",
            "--from",
            "2026-04-01",
            "--to",
            "2026-03-01",
            "-o",
            str(tmp_path / "t.csv"),
        ]
    )
    assert run_command(args) == 1
    assert "ends before it starts" in capsys.readouterr().err
