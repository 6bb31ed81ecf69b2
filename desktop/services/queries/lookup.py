"""Finding records by what a person types: an id, a name, a code or a number."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from desktop.models import Client, Contract, Invoice, Product, Technician, Ticket, WorkType
from desktop.services.common.errors import UserError
from desktop.services.common.number_text import NotANumber, plain_number


class LookupFailed(UserError, LookupError):
    """Nothing (or more than one thing) matches what was typed."""


Found = TypeVar("Found")

# Ids are SQLite/PostgreSQL integers; a longer run of digits can be no id and
# would overflow the driver (OverflowError) if it were bound as one.
LARGEST_ID = 2_147_483_647


def as_id(ref: str) -> int | None:
    """The id a person typed, or None when the text cannot be one (ASCII
    digits only: "²" is a digit to isdigit())."""
    ref = ref.strip()
    if ref.isascii() and ref.isdigit() and 0 < int(ref) <= LARGEST_ID:
        return int(ref)
    return None


def record_id(ref: str, label: str) -> int:
    """An id typed where only an id will do; LookupFailed says so plainly."""
    found = as_id(ref)
    if found is None:
        raise LookupFailed(f"There is no {label} '{ref.strip()}'.")
    return found


def _one(
    session: Session,
    entity: type[Found],
    ref: str,
    label: str,
    *text_columns: InstrumentedAttribute[Any],
) -> Found:
    ref = ref.strip()
    found_id = as_id(ref)
    if found_id is not None:
        row = session.get(entity, found_id)
        if row is not None:
            return row
    # Exact text first: SQLite's lower() folds ASCII letters only, so
    # 'Ångström' would never match 'ångström' case-insensitively there.
    for column in text_columns:
        for condition in (column == ref, func.lower(column) == ref.lower()):
            rows = session.scalars(select(entity).where(condition)).all()
            if len(rows) == 1:
                return rows[0]
            if len(rows) > 1:
                raise LookupFailed(f"More than one {label} is called '{ref}': use the id.")
    raise LookupFailed(f"There is no {label} '{ref}'.")


def find_client(session: Session, ref: str) -> Client:
    return _one(session, Client, ref, "client", Client.name)


def find_technician(session: Session, ref: str) -> Technician:
    return _one(session, Technician, ref, "technician", Technician.name, Technician.email)


def find_work_type(session: Session, ref: str) -> WorkType:
    return _one(session, WorkType, ref, "work type", WorkType.code, WorkType.name)


def find_contract(session: Session, ref: str) -> Contract:
    return _one(session, Contract, ref, "contract", Contract.name)


def find_ticket(session: Session, ref: str) -> Ticket:
    return _one(session, Ticket, ref, "ticket", Ticket.number)


def find_product(session: Session, ref: str) -> Product:
    return _one(session, Product, ref, "product", Product.sku, Product.name)


def find_invoice(session: Session, ref: str) -> Invoice:
    """By number first (numbers look like ids), then by id."""
    by_number = session.scalars(select(Invoice).where(Invoice.number == ref.strip())).all()
    if len(by_number) == 1:
        return by_number[0]
    return _one(session, Invoice, ref, "invoice")


def parse_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise LookupFailed(f"'{text}' is not a date; write it as 2026-03-31.") from None


def parse_datetime(text: str) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(text.strip()).replace(tzinfo=None, microsecond=0)
    except ValueError:
        raise LookupFailed(
            f"'{text}' is not a date and time; write it as 2026-03-31 14:30."
        ) from None


def parse_quantity(text: str) -> int:
    """'2.5', '2,5' or '1 234,5' (services.number_text) → thousandths."""
    refused = f"'{text.strip()}' is not a quantity; type it like 2.5, 2,5 or 1 234,5."
    try:
        cleaned = plain_number(text)
    except NotANumber:
        raise LookupFailed(refused) from None
    if not cleaned:
        raise LookupFailed("Enter a quantity.")
    exact = Decimal(cleaned) * 1000
    if exact != exact.to_integral_value():
        raise LookupFailed(f"'{text.strip()}': at most three decimals.")
    return int(exact)
