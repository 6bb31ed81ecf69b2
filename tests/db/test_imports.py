"""CSV import: the peers' exports (Kimai, Toggl Track, Clockify) with the
figures worked out by hand, the dry run, all-or-nothing, skipping bad rows,
encodings, clients/contacts/products, and the command line."""

from __future__ import annotations

import codecs
import datetime as dt
import json
from collections import Counter

import pytest
from sqlalchemy import func, select

from desktop.commandline import build_parser, run_command
from desktop.db.session import read_only, unit_of_work
from desktop.models import (
    Client,
    Contact,
    Product,
    TimeEntry,
    WorkType,
)
from desktop.services.data.imports import (
    ImportFileError,
    ImportRejected,
    MappingError,
    decode,
    detect_format,
    parse_table,
    read_table,
    resolve,
)
from desktop.services.data.imports.values import (
    minutes_from_seconds,
    parse_date,
    parse_duration_seconds,
    parse_time,
)
from tests.import_samples import DATA, T, count, do_import, dry_run, entries, seed_shop


@pytest.fixture
def shop_db(db):
    with unit_of_work(db.sessions) as s:
        seed_shop(s)
    return db


# Figures by hand from the sample files (raw minutes per row in the comments).
PEERS = [
    # Kimai h:mm durations: 90+105+45+75+140+20+90+55
    ("kimai_timesheet.csv", "kimai", 8, 620, {"Acme Oy": 4, "Bergström Bygg": 2, "Café Zorba": 2}),
    # Toggl hh:mm:ss: 90 + 44:31→45 + 20:29→20 + 10:30→11 + 195 + 120
    ("toggl_detailed.csv", "toggl", 6, 481, {"Acme Oy": 3, "Bergström Bygg": 1, "Café Zorba": 2}),
    (
        "toggl_detailed_utf16.csv",
        "toggl",
        6,
        481,
        {"Acme Oy": 3, "Bergström Bygg": 1, "Café Zorba": 2},
    ),
    # Clockify: 75 + 150 + 45 + 50:15→50 + 30
    (
        "clockify_detailed.csv",
        "clockify",
        5,
        350,
        {"Acme Oy": 3, "Bergström Bygg": 1, "Café Zorba": 1},
    ),
]


@pytest.mark.parametrize(("name", "fmt", "rows", "minutes", "per_client"), PEERS)
def test_each_peer_export_imports_with_exact_figures(shop_db, name, fmt, rows, minutes, per_client):
    report = do_import(shop_db, name)
    assert (report.format, report.rows, report.imported, report.rejected) == (fmt, rows, rows, [])
    assert report.raw_minutes == minutes
    imported = entries(shop_db)
    assert len(imported) == rows
    assert sum(e.raw_minutes for e, _, _ in imported) == minutes
    # Clients matched case-insensitively ('ACME OY', 'bergström bygg'); none created.
    assert Counter(client for _, client, _ in imported) == per_client
    assert count(shop_db, Client) == 4
    # Unbilled, billable as the source says: exactly one 'No' per sample file.
    assert all(e.invoice_line_id is None and e.billed_minutes is None for e, _, _ in imported)
    assert [e.billable for e, _, _ in imported].count(False) == 1
    assert all(e.ended_at > e.started_at for e, _, _ in imported)


def test_kimai_details(shop_db):
    do_import(shop_db, "kimai_timesheet.csv")
    by_start = {e.started_at: (e, client, tech) for e, client, tech in entries(shop_db)}
    # 23:30 to 00:45 crosses midnight: ends on the next day.
    night, client, tech = by_start[T(2026, 3, 3, 23, 30)]
    assert (night.ended_at, night.raw_minutes, client, tech) == (
        T(2026, 3, 4, 0, 45),
        75,
        "Café Zorba",
        "Olle Nilsson",
    )
    # Activities matched to work types by name ('On-site support') or code ('remote').
    with read_only(shop_db.sessions) as s:
        onsite = s.scalar(select(WorkType.id).where(WorkType.code == "onsite"))
    switch = by_start[T(2026, 3, 2, 13, 15)][0]
    assert switch.work_type_id == onsite and switch.on_site
    assert by_start[T(2026, 3, 4, 10, 0)][0].description == (
        'Receipt printer driver, "Epson" model (POS)'
    )


def test_toggl_seconds_round_to_the_nearest_minute_and_email_finds_the_technician(shop_db):
    do_import(shop_db, "toggl_detailed.csv")
    by_start = {e.started_at: (e, tech) for e, _, tech in entries(shop_db)}
    assert by_start[T(2026, 3, 9, 13, 0)][0].raw_minutes == 45  # 44:31
    assert by_start[T(2026, 3, 10, 10, 0)][0].raw_minutes == 20  # 20:29
    assert by_start[T(2026, 3, 10, 15, 0)][0].raw_minutes == 11  # 10:30 rounds up
    # 'Olle' is no technician's name; olle@nordicfix.se is.
    assert by_start[T(2026, 3, 9, 13, 0)][1] == "Olle Nilsson"
    assert by_start[T(2026, 3, 11, 22, 30)][0].ended_at == T(2026, 3, 12, 0, 30)


def test_clockify_us_dates_and_twelve_hour_times(shop_db):
    report = do_import(shop_db, "clockify_detailed.csv")
    assert any("month/day/year" in note for note in report.notes)
    starts = [e.started_at for e, _, _ in entries(shop_db)]
    assert starts[1] == T(2026, 3, 16, 13, 0)  # 01:00:00 PM
    assert starts[3] == T(2026, 3, 17, 12, 0)  # 12:00:00 PM is noon


def test_utf16_toggl_file_is_read_without_mojibake():
    table = read_table(DATA / "toggl_detailed_utf16.csv")
    assert table.encoding == "UTF-16" and table.delimiter == "\t"
    assert detect_format(table.headers) == "toggl"
    assert table.rows[1][1][2] == "Bergström Bygg"
    assert table.rows[2][1][2] == "Café Zorba"


def test_bad_rows_dry_run_lists_every_one_and_nothing_is_written(shop_db):
    report = dry_run(shop_db, "toggl_bad_rows.csv")
    assert (report.rows, report.accepted) == (7, 2)
    reasons = {r.line: r.reason for r in report.rejected}
    assert sorted(reasons) == [3, 4, 5, 6, 7]
    assert "no client 'Unknown GmbH'" in reasons[3]
    assert reasons[4].startswith("Start date:") and "2026-02-30" in reasons[4]
    assert reasons[5].startswith("Duration:") and "about an hour" in reasons[5]
    assert "no technician 'Nobody'" in reasons[6]
    assert "end after it starts" in reasons[7]
    assert count(shop_db, TimeEntry) == 0

    with pytest.raises(ImportRejected) as refused:
        do_import(shop_db, "toggl_bad_rows.csv")
    assert "line 3" in str(refused.value) and len(refused.value.report.rejected) == 5
    assert count(shop_db, TimeEntry) == 0  # all or nothing


def test_skip_bad_rows_imports_the_rest(shop_db):
    report = do_import(shop_db, "toggl_bad_rows.csv", skip_bad_rows=True)
    assert (report.imported, len(report.rejected), report.raw_minutes) == (2, 5, 105)
    assert [e.description for e, _, _ in entries(shop_db)] == [
        "Good row one (Helpdesk)",
        "Good row two (POS)",
    ]


def test_missing_clients_are_created_only_when_asked(shop_db):
    report = do_import(
        shop_db, "toggl_bad_rows.csv", create_missing_clients=True, skip_bad_rows=True
    )
    assert report.new_clients == ["Unknown GmbH"] and report.imported == 3
    with read_only(shop_db.sessions) as s:
        created = s.scalar(select(Client).where(Client.name == "Unknown GmbH"))
        assert (created.country, created.currency) == ("SE", "SEK")


def test_the_same_file_twice_is_refused_as_duplicates(shop_db):
    do_import(shop_db, "kimai_timesheet.csv")
    report = dry_run(shop_db, "kimai_timesheet.csv")
    assert report.accepted == 0 and len(report.rejected) == 8
    assert "already in TechLedger" in report.rejected[0].reason


def test_a_latin1_file_is_an_error_naming_the_line():
    with pytest.raises(ImportFileError, match=r"^Line 3 is not valid UTF-8 text \(byte 0xF6"):
        read_table(DATA / "clients_latin1.csv", encoding="utf-8")
    # Automatic: not UTF-8 at all, so read as Windows-1252 and said so.
    assert read_table(DATA / "clients_latin1.csv").encoding == "Windows-1252"
    # Chosen explicitly, the same file reads right.
    table = read_table(DATA / "clients_latin1.csv", encoding="cp1252")
    assert table.rows[1][1][0] == "Bergström Bygg"


def test_a_byte_order_mark_is_not_part_of_the_first_header():
    data = codecs.BOM_UTF8 + (DATA / "clients.csv").read_bytes()
    text, label = decode(data)
    table = parse_table(text, encoding=label)
    assert table.headers[0] == "Name" and label == "UTF-8"


def test_edited_mapping_is_used_and_required_fields_are_checked(shop_db):
    table = read_table(DATA / "kimai_timesheet.csv")
    _fmt, mapping = resolve(table, "time", "auto", {"work_type": ""})
    assert "work_type" not in mapping
    report = do_import(
        shop_db, "kimai_timesheet.csv", mapping={"work_type": ""}, default_work_type="onsite"
    )
    assert report.imported == 8
    assert all(e.on_site for e, _, _ in entries(shop_db))
    with pytest.raises(MappingError, match="Client"):
        dry_run(shop_db, "kimai_timesheet.csv", mapping={"client": ""})
    with pytest.raises(MappingError, match="no column 'Kunde'"):
        dry_run(shop_db, "kimai_timesheet.csv", mapping={"client": "Kunde"})


def test_clients_contacts_and_products(shop_db):
    report = do_import(shop_db, "clients.csv", "clients")
    assert (report.imported, report.rejected) == (4, [])
    with read_only(shop_db.sessions) as s:
        polish = s.scalar(select(Client).where(Client.name == "Zakład Mleczarski"))
        assert (polish.currency, polish.default_rate_minor, polish.payment_terms_days) == (
            "PLN",
            18000,
            21,
        )
        nordlys = s.scalar(select(Client).where(Client.name == "Nordlys Hotell"))
        assert (nordlys.country, nordlys.currency) == ("SE", "SEK")  # the company's
    again = dry_run(shop_db, "clients.csv", "clients")
    assert again.accepted == 0 and "already a client" in again.rejected[0].reason

    report = do_import(shop_db, "contacts.csv", "contacts")
    assert report.imported == 3
    with read_only(shop_db.sessions) as s:
        acme = s.scalar(select(Client.id).where(Client.name == "Acme Oy"))
        assert s.scalar(select(func.count()).where(Contact.client_id == acme)) == 2

    report = dry_run(shop_db, "products.csv", "products")
    assert [(r.line, r.reason) for r in report.rejected] == [
        (5, "VAT rate: there is no VAT rate 'SE6'.")
    ]
    report = do_import(shop_db, "products.csv", "products", skip_bad_rows=True)
    assert report.imported == 3
    with read_only(shop_db.sessions) as s:
        ssd = s.scalar(select(Product).where(Product.sku == "SSD-1TB"))
        assert (ssd.cost_minor, ssd.price_minor, ssd.markup_bp, ssd.currency) == (
            69000,
            119000,
            7246,
            "SEK",
        )


def test_cell_parsers():
    assert parse_date("02.03.2026") == dt.date(2026, 3, 2)
    assert parse_date("03/02/2026", "mdy") == dt.date(2026, 3, 2)
    assert parse_date("03/02/26", "dmy") == dt.date(2026, 2, 3)
    assert parse_time("12:05:00 AM") == dt.time(0, 5)
    assert parse_time("9:30") == dt.time(9, 30)
    assert parse_duration_seconds("1:30") == 5400
    assert parse_duration_seconds("1,5") == 5400
    assert parse_duration_seconds("0.84") == 3024
    assert [minutes_from_seconds(s) for s in (29, 30, 89, 90)] == [0, 1, 1, 2]


def run_cli(capsys, db, *argv):
    args = build_parser().parse_args(["--db", db.url, "--json", *argv])
    status = run_command(args)
    out, err = capsys.readouterr()
    return status, json.loads(out) if out.strip() else json.loads(err)


def test_command_line_dry_run_skip_and_map(shop_db, capsys):
    bad = str(DATA / "toggl_bad_rows.csv")
    status, result = run_cli(capsys, shop_db, "import", "time", bad, "--dry-run")
    assert (
        status == 3
        and result["dry_run"]
        and [r["line"] for r in result["rejected"]] == [3, 4, 5, 6, 7]
    )
    status, result = run_cli(capsys, shop_db, "import", "time", bad)
    assert status == 3 and result["imported"] == 0 and count(shop_db, TimeEntry) == 0
    status, result = run_cli(capsys, shop_db, "import", "time", bad, "--skip-bad-rows")
    assert status == 0 and result["imported"] == 2

    kimai = str(DATA / "kimai_timesheet.csv")
    status, result = run_cli(
        capsys,
        shop_db,
        "import",
        "time",
        kimai,
        "--format",
        "kimai",
        "--map",
        "work_type=",
        "--work-type",
        "onsite",
    )
    assert status == 0 and (result["format"], result["imported"], result["raw_minutes"]) == (
        "kimai",
        8,
        620,
    )
    latin1 = str(DATA / "clients_latin1.csv")
    status, result = run_cli(capsys, shop_db, "import", "clients", latin1, "--encoding", "utf-8")
    assert status == 1 and result["error"] == "invalid" and "Line 3" in result["message"]
    status, result = run_cli(capsys, shop_db, "import", "time", kimai, "--map", "nonsense=Date")
    assert status == 1 and "not a field of time" in result["message"]
