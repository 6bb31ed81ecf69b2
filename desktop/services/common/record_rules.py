"""What every editable record shares: the errors the dialogs understand,
optimistic version checks, and the ISO code lists.

Plain Python; no Qt."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import TypeVar

from babel import Locale
from babel.numbers import get_currency_name, get_territory_currencies
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from desktop.models.base import VersionedMixin
from desktop.services.common.errors import UserError

Record = TypeVar("Record")

# Codes in CLDR's territory list that are not countries.
_NOT_COUNTRIES = {"EU", "EZ", "QO", "UN", "ZZ", "XA", "XB"}
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class ValidationError(UserError, ValueError):
    """Input that cannot be saved; `errors` maps field name to message."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(f"{k}: {v}" for k, v in errors.items()))
        self.errors = errors

    def field_errors(self) -> dict[str, str]:
        return dict(self.errors)


class VersionConflict(UserError, RuntimeError):
    """Someone else saved the record after the user opened it."""


class NotFound(UserError, LookupError):
    """The record does not exist (any more)."""


def country_choices(locale: str = "en") -> list[tuple[str, str]]:
    """ISO 3166 alpha-2 codes with their names, sorted by name."""
    names = Locale.parse(locale).territories
    pairs = [
        (code, name)
        for code, name in names.items()
        if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES
    ]
    return sorted(pairs, key=lambda pair: pair[1])


@cache
def current_currencies(today: dt.date | None = None) -> frozenset[str]:
    """The ISO 4217 codes that are legal tender somewhere today, per CLDR:
    CLDR's full list also holds historic ones ("Argentine Peso (1881–1970)")."""
    day = today or dt.date.today()
    return frozenset(
        code
        for country, _name in country_choices()
        for code in get_territory_currencies(country, day)
    )


def currency_choices(locale: str = "en") -> list[tuple[str, str]]:
    """Current ISO 4217 codes with their names, sorted by code."""
    return [(code, get_currency_name(code, locale=locale)) for code in sorted(current_currencies())]


@cache
def valid_countries() -> frozenset[str]:
    """The ISO 3166 alpha-2 codes a record may name."""
    return frozenset(code for code, _name in country_choices())


def check_length(errors: dict[str, str], name: str, value: str, limit: int) -> None:
    if len(value) > limit:
        errors[name] = f"At most {limit} characters."


# Characters no saved text may hold: the C0 controls (tab, line feed and
# carriage return are allowed where text spans lines), DEL, the C1 controls
# and lone surrogates (half of a UTF-16 pair: not a character at all, and no
# file format can encode one). A NUL in a description once made the XLSX
# export fail for the whole month.
_LINE_BREAKS = "\t\n\r"


def _bad(char: str, multiline: bool) -> bool:
    code = ord(char)
    if code < 0x20:
        return not (multiline and char in _LINE_BREAKS)
    return 0x7F <= code <= 0x9F or 0xD800 <= code <= 0xDFFF


def control_character(value: str, *, multiline: bool = False) -> str | None:
    """'U+0000 at character 5' for the first character `value` may not hold,
    or None when the text is clean."""
    for position, char in enumerate(value, start=1):
        if _bad(char, multiline):
            return f"U+{ord(char):04X} at character {position}"
    return None


def text_problem(value: str, *, multiline: bool = False) -> str | None:
    """The message for a field whose text holds a control character."""
    if not isinstance(value, str):
        return "This must be text."
    found = control_character(value, multiline=multiline)
    if found is None:
        return None
    where = "" if multiline else " (one line: no tabs or line breaks)"
    return f"Remove the control character {found}{where}."


def check_text(errors: dict[str, str], name: str, value: str, *, multiline: bool = False) -> None:
    """Refuse text with control characters: the form and the CLI show the
    message at the field and keep what was typed."""
    problem = text_problem(value, multiline=multiline)
    if problem and name not in errors:
        errors[name] = problem


def check_texts(errors: dict[str, str], data: object, multiline: tuple[str, ...] = ()) -> None:
    """check_text for every text attribute of an input dataclass; the names
    in `multiline` may hold tabs and line breaks."""
    for name, value in vars(data).items():
        if isinstance(value, str):
            check_text(errors, name, value, multiline=name in multiline)


def check_lines(errors: dict[str, str], **values: str | None) -> None:
    """check_text for one-line fields given by name (None is skipped)."""
    for name, value in values.items():
        if value is not None:
            check_text(errors, name, value)


def refuse_control(*, multiline: bool = False, **values: str | None) -> None:
    """Raise ValidationError when a named field holds a control character."""
    errors: dict[str, str] = {}
    for name, value in values.items():
        if value is not None:
            check_text(errors, name, value, multiline=multiline)
    if errors:
        raise ValidationError(errors)


def clean_text(value: str) -> str:
    """`value` without the characters no file may hold, for writing what the
    database already has (older versions let some in): control characters
    other than tab and line breaks are dropped, lone surrogates become U+FFFD."""
    if control_character(value, multiline=True) is None:
        return value
    return "".join(
        "\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c
        for c in value
        if not _bad(c, True) or 0xD800 <= ord(c) <= 0xDFFF
    )


def get_record(session: Session, entity: type[Record], record_id: int) -> Record:
    record = session.get(entity, record_id)
    if record is None:
        raise NotFound(f"{entity.__name__} {record_id} does not exist.")
    return record


def check_version(record: VersionedMixin, expected_version: int | None) -> None:
    if expected_version is not None and record.version != expected_version:
        raise VersionConflict("Someone else changed this record after you opened it.")


def flush_checked(session: Session) -> None:
    try:
        session.flush()
    except StaleDataError as exc:
        raise VersionConflict("Someone else changed this record while you saved.") from exc
