"""The peers' exports with money and tags: the hourly rate kept as the
entry's own rate (in the client's currency, exact), tags kept in the
description, Billable=No entries not billable, and — only when asked —
technicians and work types created from the names in the file. Each sample
holds a few bad rows; the counts are worked out by hand in the comments."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.db.session import read_only, unit_of_work
from desktop.models import Technician, TimeEntry, WorkType
from desktop.services.data.imports import (
    ImportFileError,
    ImportOptions,
    ImportRejected,
    parse_table,
    read_table,
    resolve,
    run_import,
)
from desktop.services.data.imports.entry_rates import header_currency, rate_from_amount, split_tags
from desktop.services.data.imports.staff import work_type_code
from tests.import_samples import DATA, T, count, do_import, dry_run, entries, seed_shop

CREATE = {"create_missing_technicians_and_work_types": True}


@pytest.fixture
def shop_db(db):
    with unit_of_work(db.sessions) as s:
        seed_shop(s)
    return db


def reasons(report) -> dict[int, str]:
    return {r.line: r.reason for r in report.rejected}


def by_start(db) -> dict:
    return {e.started_at: (e, client, tech) for e, client, tech in entries(db)}


def work_type_names(db) -> dict[int, str]:
    with read_only(db.sessions) as s:
        return dict(s.execute(select(WorkType.id, WorkType.name)).all())


# -- Kimai -------------------------------------------------------------------------


def test_kimai_counts_without_and_with_creating_missing_names(shop_db):
    plain = dry_run(shop_db, "kimai_export_may.csv")
    # 9 rows. Bad: 5 and 9 Maria Lind / 'Project work' / 'Training' unknown;
    # 7 a fixed rate; 8 in NOK for a SEK client; 10 starts at 25:10.
    assert (plain.format, plain.rows, plain.accepted) == ("kimai", 9, 4)
    why = reasons(plain)
    assert sorted(why) == [5, 7, 8, 9, 10]
    assert "no work type 'Project work'" in why[5]
    assert "Create missing technicians and work types" in why[5]
    assert "no work type 'Training'" in why[9]
    assert why[7].startswith("Fixed rate:") and "500.00" in why[7]
    assert why[8].startswith("Hourly rate: the file gives it in NOK, but Acme Oy is billed in SEK")
    assert "Unmap the 'Hourly rate' and 'Rate' columns" in why[8]
    assert why[10].startswith("Start time:") and "25:10" in why[10]
    assert plain.new_technicians == [] and plain.new_work_types == []

    report = do_import(shop_db, "kimai_export_may.csv", skip_bad_rows=True, **CREATE)
    # Imported: lines 2, 3, 4, 5, 6, 9 = 90 + 135 + 60 + 210 + 30 + 45 minutes.
    assert (report.imported, sorted(reasons(report)), report.raw_minutes) == (6, [7, 8, 10], 570)
    assert report.new_technicians == ["Maria Lind"]
    assert report.new_work_types == ["Project work", "Training"]
    assert (report.rated, report.non_billable) == (5, 1)
    assert count(shop_db, Technician) == 3 and count(shop_db, WorkType) == 4

    rows = by_start(shop_db)
    # Rates exact in the client's currency: SEK 950.00, SEK 1100.00, EUR 95.00.
    assert rows[T(2026, 5, 4, 8, 0)][0].rate_minor == 95000
    assert rows[T(2026, 5, 4, 10, 0)][0].rate_minor == 110000
    assert (rows[T(2026, 5, 5, 9, 0)][0].rate_minor, rows[T(2026, 5, 5, 9, 0)][1]) == (
        9500,
        "Müller GmbH",
    )
    till, client, tech = rows[T(2026, 5, 5, 13, 0)]
    assert (tech, client, till.rate_minor, till.raw_minutes) == (
        "Maria Lind",
        "Café Zorba",
        95000,
        210,
    )
    assert work_type_names(shop_db)[till.work_type_id] == "Project work"
    assert till.description == "New till rollout, two registers (POS; tags: project, pos)"
    internal = rows[T(2026, 5, 6, 8, 30)][0]
    assert (internal.billable, internal.rate_minor) == (False, None)
    assert internal.description == "Internal: backup review (Helpdesk 2026; tags: internal)"
    # Billed time is left to the billing engine, as for any entry.
    assert all(
        e.billed_minutes is None and e.invoice_line_id is None for e, _, _ in entries(shop_db)
    )
    with read_only(shop_db.sessions) as s:
        created = s.scalar(select(WorkType).where(WorkType.name == "Training"))
        assert (created.code, created.default_rate_minor, created.active) == ("training", 0, True)


def test_kimai_saved_by_excel_in_windows_1252(shop_db):
    # Not UTF-8: read as Windows-1252, and the table says it was a guess.
    guessed = read_table(DATA / "kimai_excel_cp1252.csv")
    assert (guessed.encoding, guessed.delimiter) == ("Windows-1252", ";")
    assert guessed.encoding_note.startswith("The file is not UTF-8")
    table = read_table(DATA / "kimai_excel_cp1252.csv", encoding="cp1252")
    assert (table.encoding, table.delimiter, table.encoding_note) == ("Windows-1252", ";", "")
    assert table.rows == guessed.rows
    with pytest.raises(ImportFileError, match=r"^Line 3 is not valid UTF-8 text \(byte 0xF6"):
        read_table(DATA / "kimai_excel_cp1252.csv", encoding="utf-8")
    with unit_of_work(shop_db.sessions) as s:
        report = run_import(s, table, ImportOptions(kind="time"))
    assert (report.format, report.imported, report.rejected, report.raw_minutes) == (
        "kimai",
        3,
        [],
        60 + 150 + 45,
    )
    rows = by_start(shop_db)
    swap = rows[T(2026, 5, 11, 10, 0)][0]
    assert swap.rate_minor == 110000  # '1100,00' with a decimal comma
    assert swap.description == "Core switch swap – rack B (Network; tags: hardware)"
    assert rows[T(2026, 5, 12, 9, 15)][0].description.startswith("Receipt layout: € sign")


# -- Toggl Track ---------------------------------------------------------------------


def test_toggl_counts_rates_from_amounts_and_tags(shop_db):
    plain = dry_run(shop_db, "toggl_detailed_may.csv")
    # 8 rows. Bad: 4 and 9 Maria Lind unknown; 5 SEK amount for Müller (EUR);
    # 7 amount '1O0.00' (a letter O); 8 the same start as line 2.
    assert (plain.format, plain.rows, plain.accepted) == ("toggl", 8, 3)
    why = reasons(plain)
    assert sorted(why) == [4, 5, 7, 8, 9]
    assert why[4].startswith("Technician: there is no technician 'Maria Lind'")
    assert why[5].startswith("Amount: the file gives it in SEK, but Müller GmbH is billed in EUR")
    assert why[7].startswith("Amount:") and "1O0.00" in why[7]
    assert why[8] == "Same technician and start as line 2."

    checked = dry_run(shop_db, "toggl_detailed_may.csv", **CREATE)
    assert checked.new_technicians == ["Maria Lind <maria@nordicfix.se>"]
    assert checked.new_work_types == []  # Toggl has no activity column: the default
    report = do_import(shop_db, "toggl_detailed_may.csv", skip_bad_rows=True, **CREATE)
    # Imported: 2, 3, 4, 6, 9 = 52:17→52 + 120 + 40 + 25 + 70 minutes.
    assert (report.imported, sorted(reasons(report)), report.raw_minutes) == (5, [5, 7, 8], 307)
    assert (report.rated, report.non_billable) == (4, 1)
    rows = by_start(shop_db)
    vpn = rows[T(2026, 5, 4, 9, 0)][0]
    # 827.82 for 52:17 is 950.00 an hour (949.99…950.01 all give 827.82).
    assert (vpn.rate_minor, vpn.raw_minutes) == (95000, 52)
    assert vpn.ended_at == T(2026, 5, 4, 9, 52, 17)  # the tracked end, to the second
    assert vpn.description == "VPN certificate renewal (Helpdesk; tags: security, vpn)"
    assert rows[T(2026, 5, 4, 13, 0)][0].rate_minor == 110000
    firmware, _client, tech = rows[T(2026, 5, 7, 16, 0)]
    assert (tech, firmware.rate_minor) == ("Maria Lind", 110000)
    with read_only(shop_db.sessions) as s:
        maria = s.scalar(select(Technician).where(Technician.name == "Maria Lind"))
        assert maria.email == "maria@nordicfix.se"


def test_unmapping_the_amount_imports_the_time_at_techledgers_rates(shop_db):
    report = dry_run(shop_db, "toggl_detailed_may.csv", mapping={"amount": ""}, **CREATE)
    assert sorted(reasons(report)) == [8]  # only the duplicate is left
    assert report.rated == 0


# -- Clockify ----------------------------------------------------------------------


def test_clockify_counts_with_tasks_as_work_types(shop_db):
    options = {"mapping": {"work_type": "Task", "task": ""}}
    plain = dry_run(shop_db, "clockify_detailed_may.csv", **options)
    # 8 rows. Bad: 4 and 7 Jonas Ek / 'Installation' unknown; 5 SEK rate for
    # Müller (EUR); 7 also '13:30:00 PM'; 9 a client TechLedger lacks.
    assert (plain.format, plain.rows, plain.accepted) == ("clockify", 8, 4)
    why = reasons(plain)
    assert sorted(why) == [4, 5, 7, 9]
    assert "no work type 'Installation'" in why[4]
    assert why[5].startswith("Hourly rate: the file gives it in SEK, but Müller GmbH")
    assert "Unmap the 'Billable Rate (SEK)' and 'Billable Amount (SEK)' columns" in why[5]
    assert why[7].startswith("Start time:") and "1 to 12" in why[7]
    assert "no client 'Lindqvist Advokater'" in why[9]

    report = do_import(
        shop_db, "clockify_detailed_may.csv", skip_bad_rows=True, **options, **CREATE
    )
    # Imported: 2, 3, 4, 6, 8 = 45 + 180 + 210 + 20 + 50 minutes.
    assert (report.imported, sorted(reasons(report)), report.raw_minutes) == (5, [5, 7, 9], 505)
    assert report.new_technicians == ["Jonas Ek <jonas@nordicfix.se>"]
    assert report.new_work_types == ["Installation"]
    assert (report.rated, report.non_billable) == (4, 1)
    rows = by_start(shop_db)
    install, _client, tech = rows[T(2026, 5, 5, 8, 0)]
    assert (tech, install.rate_minor, install.on_site) == ("Jonas Ek", 95000, False)
    assert work_type_names(shop_db)[install.work_type_id] == "Installation"
    heat_map = rows[T(2026, 5, 4, 13, 0)][0]
    assert (heat_map.rate_minor, heat_map.on_site) == (110000, True)  # 'On-site support'
    assert heat_map.description == "Wi-Fi heat map (Network; tags: onsite, wifi)"


def test_names_seen_only_on_rejected_rows_are_not_created(shop_db):
    # With the project column read as the client, every row names a client
    # TechLedger lacks: Jonas Ek is on rejected rows only and is not created.
    report = dry_run(
        shop_db,
        "clockify_detailed_may.csv",
        mapping={"client": "Project"},
        **CREATE,
    )
    assert report.accepted == 0 and report.new_technicians == []


def test_an_import_refused_for_bad_rows_creates_nothing(shop_db):
    with pytest.raises(ImportRejected):
        do_import(shop_db, "kimai_export_may.csv", **CREATE)
    assert (count(shop_db, Technician), count(shop_db, WorkType), count(shop_db, TimeEntry)) == (
        2,
        2,
        0,
    )


# -- the pieces --------------------------------------------------------------------


def test_rate_from_amount_is_exact_and_prefers_round_rates():
    assert rate_from_amount(82782, 3137) == (95000, True)  # 827.82 for 52:17
    assert rate_from_amount(142500, 5400) == (95000, True)
    assert rate_from_amount(1663, 63) == (95000, True)  # 16.63 for 63 s: 949.7…950.3
    # 10.00 for 3 h: 3.33… an hour; no whole cent rate gives it.
    assert rate_from_amount(1000, 10800) == (333, False)
    assert header_currency("Amount (SEK)") == "SEK"
    assert header_currency("Billable Rate (eur)") == "EUR"
    assert header_currency("Amount ()") == header_currency("Hourly rate") == ""
    assert split_tags(" security, review,,Security ") == ["security", "review"]
    taken = {"remote"}
    assert work_type_code("Remote", taken) == "remote-2"
    assert work_type_code("Vor-Ort-Einsatz (Störung)", taken) == "vor-ort-einsatz-storung"
    assert work_type_code("!!!", taken) == "work"


def test_command_line_lists_and_creates_missing_names(shop_db, capsys):
    import json

    from desktop.commandline import build_parser, run_command

    def cli(*argv):
        args = build_parser().parse_args(["--db", shop_db.url, "--json", *argv])
        status = run_command(args)
        out, err = capsys.readouterr()
        return status, json.loads(out or err)

    kimai = str(DATA / "kimai_export_may.csv")
    status, result = cli("import", "time", kimai, "--dry-run")
    assert status == 3 and result["new_technicians"] == []
    assert [r["line"] for r in result["rejected"]] == [5, 7, 8, 9, 10]
    flag = "--create-missing-technicians-and-work-types"
    status, result = cli("import", "time", kimai, "--dry-run", flag)
    assert (result["new_technicians"], result["new_work_types"]) == (
        ["Maria Lind"],
        ["Project work", "Training"],
    )
    args = build_parser().parse_args(
        ["--db", shop_db.url, "import", "time", kimai, "--dry-run", flag]
    )
    run_command(args)
    assert "new technicians: Maria Lind; new work types: Project work, Training" in (
        capsys.readouterr().out
    )
    status, result = cli("import", "time", kimai, flag, "--skip-bad-rows")
    assert status == 0 and (result["imported"], result["rated"], result["non_billable"]) == (
        6,
        5,
        1,
    )
    assert count(shop_db, Technician) == 3


def test_an_amount_column_without_a_currency_takes_the_clients(shop_db):
    """Toggl writes 'Amount ()' when the workspace has no currency set."""
    text = (
        "User,Email,Client,Project,Task,Description,Billable,Start date,Start time,"
        "End date,End time,Duration,Tags,Amount ()\n"
        "Anna Berg,anna@nordicfix.se,Müller GmbH,Support,,SAP,Yes,2026-05-11,09:00:00,"
        "2026-05-11,10:30:00,01:30:00,,142.50\n"
    )
    table = parse_table(text)
    assert resolve(table, "time")[1]["amount"] == 13
    with unit_of_work(shop_db.sessions) as s:
        report = run_import(s, table, ImportOptions(kind="time"))
    assert report.rated == 1 and any("client's currency" in n for n in report.notes)
    assert entries(shop_db)[0][0].rate_minor == 9500  # EUR 95.00 an hour
