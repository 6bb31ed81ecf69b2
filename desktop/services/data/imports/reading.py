"""Reading an import file: bytes → text → header and rows, each row with the
line number it starts on in the file (the header is line 1).

Encodings: UTF-8 with or without a byte-order mark, UTF-16 (Toggl Track
and Excel write it, with a BOM; without one it is recognised by its zero
bytes). A file that is not UTF-8 at all is read as Windows-1252, the way
Excel on Windows saves a CSV, and the table says so (`encoding_note`), so
the preview can offer another encoding. A file that is mostly UTF-8 with a
bad byte is an error naming the line and column, never a silent mojibake;
so is a chosen encoding the bytes do not fit."""

from __future__ import annotations

import codecs
import csv
import io
from dataclasses import dataclass, replace
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
    encoding_note: str = ""  # set when the encoding was guessed, not known

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


GUESSED_NOTE = (
    "The file is not UTF-8; it was read as Windows-1252, as Excel on Windows saves "
    "CSV files. If letters look wrong in the preview, choose the file's encoding."
)


def _excel_guess(data: bytes) -> str | None:
    """The text of bytes that are not UTF-8, read as Windows-1252 — unless
    they hold UTF-8 letters too (a damaged UTF-8 file) or bytes Windows-1252
    does not define: then None, and the UTF-8 error stands."""
    if any(ord(c) > 127 and c != "\ufffd" for c in data.decode("utf-8", errors="replace")):
        return None
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return None


def decode_guessing(data: bytes, encoding: str = "auto") -> tuple[str, str, str]:
    """Like `decode`, but with "auto" a file that is not UTF-8 is read as
    Windows-1252; the third value then says so (else it is '')."""
    try:
        text, label = decode(data, encoding)
    except ImportFileError:
        guess = _excel_guess(data) if encoding == "auto" else None
        if guess is None or _guess_encoding(data) != "utf-8":
            raise
        return guess, _LABELS["cp1252"], GUESSED_NOTE
    return text, label, ""


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
    text, label, note = decode_guessing(data, encoding)
    table = parse_table(text, encoding=label, name=name)
    return replace(table, encoding_note=note) if note else table
