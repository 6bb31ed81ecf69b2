"""Excel re-saves (issue 14): ';' between cells, Windows-1252 bytes, comma
decimals. Read as Windows-1252 when the file is not UTF-8, and said so;
chosen explicitly, in the preview or with --encoding, no guess is made.
tests/data/imports/excel_time_cp1252.csv is such a file."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from desktop.commandline import build_parser, run_command
from desktop.db.session import read_only, unit_of_work
from desktop.models import Technician, TimeEntry
from desktop.services.data.imports import ImportFileError, decode, read_table
from desktop.services.data.imports.reading import decode_guessing
from tests.import_samples import DATA, T, dry_run, seed_shop

FILE = "excel_time_cp1252.csv"


@pytest.fixture
def shop_db(db):
    with unit_of_work(db.sessions) as s:
        seed_shop(s)
        s.add(Technician(name="Åsa Öberg"))
    return db


def test_a_file_that_is_not_utf8_is_read_as_windows_1252_and_says_so():
    table = read_table(DATA / FILE)
    assert (table.encoding, table.delimiter) == ("Windows-1252", ";")
    assert "not UTF-8" in table.encoding_note
    line, cells = table.rows[0]
    assert line == 2 and cells[3:6] == ("Bergström Bygg", "Åsa Öberg", "Nätverk – översyn")
    assert table.rows[1][1][5] == "Kassa: € tecken"  # 0x80 is the euro sign in Windows-1252
    # Chosen, no guess is made: UTF-8 is an error naming the line, cp1252 reads.
    with pytest.raises(ImportFileError, match=r"^Line 2 is not valid UTF-8"):
        read_table(DATA / FILE, encoding="utf-8")
    assert read_table(DATA / FILE, encoding="cp1252").encoding_note == ""


def test_damaged_utf8_is_still_an_error_not_mojibake():
    """Mostly UTF-8 with one bad byte: reading it as Windows-1252 would turn
    every 'ö' into 'Ã¶', so the error stands."""
    data = "Name\nBergström\nCaf\xe9\n".encode().replace(b"Caf\xc3\xa9", b"Caf\xe9")
    with pytest.raises(ImportFileError, match="Line 3 is not valid UTF-8"):
        decode_guessing(data)
    # Bytes Windows-1252 leaves undefined (0x81) are no Excel file either.
    with pytest.raises(ImportFileError):
        decode_guessing(b"Name\nA\x81B\n")
    assert decode(b"Name\nplain\n") == ("Name\nplain\n", "UTF-8")


def test_comma_decimals_and_accents_import_exactly(shop_db):
    report = dry_run(shop_db, FILE)
    assert (report.encoding, report.accepted, report.rejected) == ("Windows-1252", 2, [])
    assert report.raw_minutes == 90 + 45  # "1,5" h and "0,75" h
    assert report.notes[0].startswith("The file is not UTF-8; it was read as Windows-1252")


def test_command_line_encoding(shop_db, capsys):
    def run(*extra):
        args = build_parser().parse_args(
            ["--db", shop_db.url, "--json", "import", "time", str(DATA / FILE), *extra]
        )
        status = run_command(args)
        captured = capsys.readouterr()
        return status, json.loads(captured.out or captured.err)

    status, result = run("--encoding", "utf-8", "--dry-run")
    assert status == 1 and "Line 2 is not valid UTF-8" in result["message"]
    status, result = run("--dry-run")
    assert status == 0 and result["encoding"] == "Windows-1252"
    assert any("read as Windows-1252" in note for note in result["notes"])
    status, result = run("--encoding", "cp1252")
    assert status == 0 and (result["imported"], result["raw_minutes"]) == (2, 135)
    with read_only(shop_db.sessions) as s:
        rows = s.execute(
            select(TimeEntry.started_at, TimeEntry.raw_minutes, TimeEntry.description).order_by(
                TimeEntry.started_at
            )
        ).all()
    assert [tuple(r) for r in rows] == [
        (T(2026, 3, 2, 9, 0), 90, "Nätverk – översyn"),
        (T(2026, 3, 3, 13, 0), 45, "Kassa: € tecken"),
    ]
