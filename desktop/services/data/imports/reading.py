"""Reading an import file: bytes → text → header and rows, each row with the
line number it starts on in the file (the header is line 1).

Encodings: UTF-8 with or without a byte-order mark, UTF-16 (Toggl Track
and Excel write it, with a BOM; without one it is recognised by its zero
bytes). Anything else must be chosen explicitly; bytes that do not decode
are an error naming the line and column, never a silent mojibake."""

from __future__ import annotations

import codecs
import csv
import io
from dataclasses import dataclass
from pathlib import Path

from desktop.services.common.errors import UserError

ENCODINGS = ("auto", "utf-8", "utf-16", "cp1252", "latin-1")
MAX_BYTES = 200 * 1024 * 1024


class ImportFileError(UserError, ValueError):
    """The file cannot be read as a CSV table; nothing was imported."""


@dataclass(frozen=True)
class CsvTable:
    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]  # (line number, cells)
    encoding: str
    delimiter: str
    name: str = ""

    def column(self, header: str) -> int | None:
        """Index of the column called `header` (case and spaces ignored)."""
        wanted = header.strip().casefold()
        for index, name in enumerate(self.headers):
            if name.strip().casefold() == wanted:
                return index
        return None


def _guess_encoding(data: bytes) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    sample = data[:400]
    if len(sample) >= 4:
        even_zero = sample[0::2].count(0) / len(sample[0::2])
        odd_zero = sample[1::2].count(0) / len(sample[1::2])
        if odd_zero > 0.4 and even_zero < 0.1:
            return "utf-16-le"
        if even_zero > 0.4 and odd_zero < 0.1:
            return "utf-16-be"
    return "utf-8"


_LABELS = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8",
    "utf-16": "UTF-16",
    "utf-16-le": "UTF-16",
    "utf-16-be": "UTF-16",
    "cp1252": "Windows-1252",
    "latin-1": "Latin-1",
}


def decode(data: bytes, encoding: str = "auto") -> tuple[str, str]:
    """The text of `data` and the encoding used. Raises ImportFileError naming
    the line (and column) of the first byte that does not decode."""
    chosen = _guess_encoding(data) if encoding == "auto" else encoding
    if chosen == "utf-8" and data.startswith(codecs.BOM_UTF8):
        chosen = "utf-8-sig"
    label = _LABELS.get(chosen, chosen)
    try:
        text = data.decode(chosen)
    except UnicodeDecodeError as exc:
        before = data[: exc.start].decode(chosen, errors="replace")
        line = before.count("\n") + 1
        column = len(before) - (before.rfind("\n") + 1) + 1
        bad = data[exc.start : exc.start + 1].hex().upper()
        hint = (
            "Save the file as UTF-8 (or UTF-16) and import it again, or choose the "
            "encoding it was written in (for example Windows-1252)."
            if encoding == "auto"
            else "Choose the encoding the file was written in."
        )
        raise ImportFileError(
            f"Line {line} is not valid {label} text (byte 0x{bad} at column {column}). {hint}"
        ) from None
    except LookupError:
        raise ImportFileError(f"Unknown encoding '{encoding}'.") from None
    return text.removeprefix("\ufeff"), label


def _delimiter(first_line: str) -> str:
    counts = {sep: first_line.count(sep) for sep in (",", ";", "\t")}
    best = max(counts, key=lambda sep: counts[sep])
    return best if counts[best] else ","


def parse_table(text: str, *, encoding: str = "UTF-8", name: str = "") -> CsvTable:
    """Split CSV text into header and rows. Blank lines are skipped; quoted
    cells may span lines (a row's number is the line it starts on)."""
    first_line = text.split("\n", 1)[0]
    delimiter = _delimiter(first_line)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    headers: tuple[str, ...] | None = None
    rows: list[tuple[int, tuple[str, ...]]] = []
    consumed = 0
    try:
        for cells in reader:
            line = consumed + 1
            consumed = reader.line_num
            if not any(cell.strip() for cell in cells):
                continue
            if headers is None:
                headers = tuple(cell.strip() for cell in cells)
                continue
            rows.append((line, tuple(cells)))
    except csv.Error as exc:
        raise ImportFileError(f"Line {consumed + 1} cannot be read as CSV: {exc}.") from None
    if headers is None:
        raise ImportFileError("The file is empty: there is no header line.")
    return CsvTable(headers, tuple(rows), encoding, delimiter, name)


def read_table(source: str | Path | bytes, encoding: str = "auto") -> CsvTable:
    """Read a CSV file (a path or its bytes) into a CsvTable."""
    name = ""
    if isinstance(source, bytes):
        data = source
    else:
        path = Path(source)
        name = path.name
        try:
            if path.stat().st_size > MAX_BYTES:
                raise ImportFileError(f"{path.name} is larger than 200 MB; split it first.")
            data = path.read_bytes()
        except OSError as exc:
            raise ImportFileError(f"Cannot read {path}: {exc.strerror}.") from None
    text, label = decode(data, encoding)
    return parse_table(text, encoding=label, name=name)
