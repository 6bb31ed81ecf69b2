"""Logging work: time entries, materials used, and contracts to bill them by.
Each function checks its input and says what is wrong, field by field."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from desktop.models import (
    CONTRACT_KINDS,
    Client,
    Contract,
    ContractFee,
    ContractWorkType,
    MaterialEntry,
    Product,
    Ticket,
    TimeEntry,
)
from desktop.services.billing.rounding import INCREMENTS, MODES, SCOPES
from desktop.services.common.record_rules import check_text
from desktop.services.records.clients import ValidationError


def _check(errors: dict[str, str]) -> None:
    if errors:
        raise ValidationError(errors)


@dataclass
class TimeInput:
    technician_id: int
    client_id: int
    work_type_id: int
    started_at: dt.datetime
    ended_at: dt.datetime
    description: str = ""
    ticket_id: int | None = None
    contract_id: int | None = None
    visit_id: int | None = None
    on_site: bool = False
    travel_minutes: int = 0
    travel_distance_m: int = 0
    billable: bool = True
    rate_minor: int | None = None


def log_time(session: Session, data: TimeInput) -> TimeEntry:
    """Record work; raw minutes are the real duration, billed time comes at invoicing."""
    errors: dict[str, str] = {}
    if not all(isinstance(t, dt.datetime) for t in (data.started_at, data.ended_at)):
        errors["start"] = "Give the start and the end as a date and a time."
    elif data.ended_at <= data.started_at:
        errors["end"] = "The work must end after it starts."
    elif data.ended_at - data.started_at > dt.timedelta(hours=24):
        errors["end"] = "One entry cannot be longer than 24 hours; split it by day."
    check_text(errors, "description", data.description, multiline=True)
    if not all(
        type(v) is int and 0 <= v <= 2_147_483_647
        for v in (data.travel_minutes, data.travel_distance_m)
    ):
        errors["travel"] = "Travel is a whole number, zero or more."
    if data.rate_minor is not None and (
        type(data.rate_minor) is not int or not 0 <= data.rate_minor <= 2_147_483_647
    ):
        errors["rate"] = "A rate is a whole amount, zero or more."
    if data.ticket_id is not None:
        ticket = session.get(Ticket, data.ticket_id)
        if ticket is None or ticket.client_id != data.client_id:
            errors["ticket"] = "That ticket belongs to another client."
    if data.contract_id is not None:
        contract = session.get(Contract, data.contract_id)
        if contract is None or contract.client_id != data.client_id:
            errors["contract"] = "That contract belongs to another client."
    _check(errors)
    raw = int((data.ended_at - data.started_at).total_seconds() // 60)
    entry = TimeEntry(raw_minutes=raw, **data.__dict__)
    session.add(entry)
    session.flush()
    return entry


def use_material(
    session: Session,
    client: Client,
    *,
    quantity_milli: int,
    used_on: dt.date,
    product: Product | None = None,
    description: str = "",
    unit_price_minor: int | None = None,
    unit: str | None = None,
    ticket_id: int | None = None,
    contract_id: int | None = None,
    billable: bool = True,
) -> MaterialEntry:
    """Record parts used; the price comes from the catalogue unless typed."""
    errors: dict[str, str] = {}
    if type(quantity_milli) is not int or not 0 < quantity_milli <= 2_147_483_647:
        errors["quantity"] = "The quantity must be more than zero."
    if unit_price_minor is not None and (
        type(unit_price_minor) is not int or abs(unit_price_minor) > 2_147_483_647
    ):
        errors["price"] = "The price is not a usable amount."
    if not isinstance(used_on, dt.date):
        errors["used_on"] = "Give the day the material was used."
    if product is None and not description.strip():
        errors["description"] = "Name the material or pick a product."
    check_text(errors, "description", description, multiline=True)
    check_text(errors, "unit", unit or "")
    if unit_price_minor is None:
        if product is None:
            errors["price"] = "Give a price for material that is not in the catalogue."
        elif product.currency != client.currency:
            errors["price"] = (
                f"The catalogue price is in {product.currency}; give the price "
                f"in {client.currency}."
            )
    _check(errors)
    if unit_price_minor is None:
        assert product is not None  # refused above: no price and no product
        unit_price_minor = product.price_minor
    price = unit_price_minor
    entry = MaterialEntry(
        client_id=client.id,
        product_id=product.id if product else None,
        used_on=used_on,
        # An empty description was refused above unless a product names it.
        description=description.strip() or (product.name if product else ""),
        quantity_milli=quantity_milli,
        unit=unit or (product.unit if product else "pc"),
        unit_price_minor=price,
        unit_cost_minor=product.cost_minor if product else 0,
        markup_bp=product.markup_bp if product else None,
        tax_rate_id=product.tax_rate_id if product else None,
        ticket_id=ticket_id,
        contract_id=contract_id,
        billable=billable,
    )
    session.add(entry)
    session.flush()
    return entry


@dataclass
class ContractInput:
    client_id: int
    name: str
    kind: str
    starts_on: dt.date
    ends_on: dt.date | None = None
    values: dict[str, object] = field(default_factory=dict)  # further Contract columns
    covered_work_type_ids: list[int] = field(default_factory=list)
    consuming_work_type_ids: list[int] = field(default_factory=list)


def add_contract(session: Session, data: ContractInput) -> Contract:
    errors: dict[str, str] = {}
    client = session.get(Client, data.client_id)
    if client is None:
        errors["client"] = "There is no such client."
    if not data.name.strip():
        errors["name"] = "Give the contract a name."
    elif len(data.name.strip()) > 200:
        errors["name"] = "A contract name is one line of at most 200 characters."
    check_text(errors, "name", data.name)
    if data.kind not in CONTRACT_KINDS:
        errors["kind"] = f"The kind must be one of: {', '.join(CONTRACT_KINDS)}."
    if data.ends_on is not None and data.ends_on < data.starts_on:
        errors["ends"] = "The contract ends before it starts."
    values = data.values
    if values.get("rounding_increment_min") not in (None, *INCREMENTS):
        errors["increment"] = f"Rounding increments: {', '.join(map(str, INCREMENTS))} min."
    if values.get("rounding_mode") not in (None, *MODES):
        errors["rounding"] = f"Rounding is one of: {', '.join(MODES)}."
    for key in ("rounding_scope", "minimum_charge_scope"):
        if values.get(key) not in (None, *SCOPES):
            errors[key] = f"The scope is one of: {', '.join(SCOPES)}."
    for key, value in values.items():
        if isinstance(value, float) or (
            isinstance(value, int) and not -2_147_483_647 <= value <= 2_147_483_647
        ):
            errors[key] = "This number is out of range."
    if data.kind in ("term", "managed") and not values.get("billing_period"):
        errors["period"] = "Term and managed contracts need a billing period."
    _check(errors)
    assert client is not None  # refused above
    contract = Contract(
        client_id=data.client_id,
        name=data.name.strip(),
        kind=data.kind,
        starts_on=data.starts_on,
        ends_on=data.ends_on,
        currency=client.currency,
        **values,
    )
    session.add(contract)
    session.flush()
    session.add_all(
        [
            ContractWorkType(contract_id=contract.id, work_type_id=w, role="covered")
            for w in data.covered_work_type_ids
        ]
        + [
            ContractWorkType(contract_id=contract.id, work_type_id=w, role="consumes")
            for w in data.consuming_work_type_ids
        ]
    )
    session.flush()
    return contract


def add_contract_fee(
    session: Session,
    contract: Contract,
    *,
    description: str,
    quantity_milli: int,
    unit: str,
    unit_price_minor: int,
) -> ContractFee:
    errors = {}
    if not description.strip():
        errors["description"] = "Describe the fee."
    check_text(errors, "description", description)
    check_text(errors, "unit", unit)
    if quantity_milli <= 0:
        errors["quantity"] = "The quantity must be more than zero."
    if unit_price_minor < 0:
        errors["price"] = "A fee cannot be negative."
    if contract.kind not in ("term", "managed"):
        errors["contract"] = "Only term and managed-services contracts have recurring fees."
    _check(errors)
    fee = ContractFee(
        contract_id=contract.id,
        description=description.strip(),
        quantity_milli=quantity_milli,
        unit=unit,
        unit_price_minor=unit_price_minor,
    )
    session.add(fee)
    session.flush()
    return fee


def delete_time_entry(session: Session, entry_id: int) -> dict[str, object]:
    """Delete an entry that is on no invoice; return everything it held so
    restore_time_entry can put it back exactly (the window's Undo)."""
    entry = session.get(TimeEntry, entry_id)
    if entry is None:
        raise ValidationError({"entry": "This entry no longer exists."})
    if entry.invoice_line_id is not None:
        raise ValidationError(
            {"entry": "This entry is on an invoice; correct the invoice with a credit note."}
        )
    snapshot = {column.key: getattr(entry, column.key) for column in TimeEntry.__table__.columns}
    session.delete(entry)
    session.flush()
    return snapshot


def restore_time_entry(session: Session, snapshot: dict[str, object]) -> TimeEntry:
    """Put a deleted entry back under its old id."""
    entry = TimeEntry(**snapshot)
    session.add(entry)
    session.flush()
    return entry
