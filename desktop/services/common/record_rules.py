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
