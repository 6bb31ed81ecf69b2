"""Writing an export table to disk as CSV or XLSX, atomically.

Money is written as exact decimals (Decimal, never float): in CSV as plain
digits with the currency's decimals, in XLSX as numeric cells from Decimal.
Text cells that begin with =, +, -, @, a tab or a carriage return get a
leading single quote (OWASP's CSV-injection rule), in both formats, so a
client called '=HYPERLINK(…)' stays text in Excel and LibreOffice. Numbers
and dates we write ourselves are typed values, never text, and need no
quote. Control characters other than tab and line breaks are left out and
lone surrogates become U+FFFD, so what the database holds always exports.
Plain Python; no Qt."""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from desktop.services.common.errors import UserError
from desktop.services.common.files import write_atomically
from desktop.services.common.record_rules import clean_text

DANGEROUS_FIRST = ("=", "+", "-", "@", "\t", "\r")


class ExportError(UserError, ValueError):
    """The export cannot be made; no file was written."""


@dataclass(frozen=True)
class ExportTable:
    title: str
    headers: tuple[str, ...]
    rows: list[tuple[Any, ...]]


def neutralise(text: str) -> str:
    """Text fit for a cell: without the control characters no file may hold
    (the database may have some from older versions: a NUL made openpyxl
    refuse the whole sheet), and with a single quote before text a
    spreadsheet would read as a formula."""
    text = clean_text(text)
    return "'" + text if text.startswith(DANGEROUS_FIRST) else text


def csv_cell(value: Any) -> str:
    """One value as CSV text: exact decimals, ISO dates, quoted formulas."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):  # never produced here; refuse rather than round
        raise TypeError("Exports never write floats.")
    return neutralise(str(value))


def write_csv(table: ExportTable, path: Path) -> None:
    """UTF-8 with a byte-order mark (Excel then reads ö and € right), commas."""

    def write(target: Path) -> None:
        with target.open("w", encoding="utf-8-sig", newline="") as stream:
            writer = csv.writer(stream)
            writer.writerow([neutralise(h) for h in table.headers])
            for row in table.rows:
                writer.writerow([csv_cell(v) for v in row])

    write_atomically(path, write)


def write_xlsx(table: ExportTable, path: Path) -> None:
    """One sheet, bold frozen header, typed cells (Decimal money, dates)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.worksheet import Worksheet

    def write(target: Path) -> None:
        book = Workbook()
        sheet = book.active
        assert isinstance(sheet, Worksheet)  # a new workbook's one sheet
        sheet.title = table.title[:31]
        sheet.append([neutralise(h) for h in table.headers])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        sheet.freeze_panes = "A2"
        widths = [len(h) for h in table.headers]
        for row in table.rows:
            values = []
            for index, value in enumerate(row):
                if isinstance(value, str):
                    value = neutralise(value)
                elif isinstance(value, float):
                    raise TypeError("Exports never write floats.")
                values.append(value)
                widths[index] = max(widths[index], min(len(csv_cell(value)), 60))
            sheet.append(values)
        for row in sheet.iter_rows(min_row=2):
            for cell in row:
                if isinstance(cell.value, Decimal):
                    exponent = cell.value.as_tuple().exponent
                    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
                    cell.number_format = "0." + "0" * places if places else "0"
                elif isinstance(cell.value, dt.datetime):
                    cell.number_format = "yyyy-mm-dd hh:mm"
                elif isinstance(cell.value, dt.date):
                    cell.number_format = "yyyy-mm-dd"
                # openpyxl reads text starting with '=' as a formula; neutralised
                # text never starts with it, and this makes sure.
                if cell.data_type == "f":
                    cell.data_type = "s"
        for index, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = width + 2
        book.save(target)

    write_atomically(path, write)
