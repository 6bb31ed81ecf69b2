"""Clients, their contacts and sites: validation and the actions that change
them.

Plain Python in, plain dataclasses out; the dialogs show the messages
returned here next to the field they name. A client with history is never
deleted — there is no delete here at all, only archive.

Concurrent edits: every record carries a version. An update names the
version the user started from; when someone else saved in between, the update
raises VersionConflict and changes nothing, so the user's typing can be kept
and nothing is overwritten silently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from babel.numbers import list_currencies
from sqlalchemy.orm import Session

from desktop.models import Client
from desktop.services.billing.rounding import INCREMENTS, MODES
from desktop.services.common.durations import format_minutes, parse_duration
from desktop.services.common.money import parse_optional_amount, plain_amount
from desktop.services.common.record_rules import (
    EMAIL,
    NotFound,
    ValidationError,
    VersionConflict,
    check_length,
    check_texts,
    check_version,
    country_choices,
    currency_choices,
    flush_checked,
    get_record,
    valid_countries,
)

# Contacts and sites live in their own module; they are re-exported here so
# callers find everything about a client in one place.
from desktop.services.records.contacts_sites import (
    ContactInput,
    ContactRow,
    SiteInput,
    SiteRow,
    create_contact,
    create_site,
    list_contacts,
    list_sites,
    load_contact,
    load_site,
    parse_distance_km,
    set_contact_archived,
    set_site_archived,
    update_contact,
    update_site,
    validate_contact,
    validate_site,
)

DOCUMENT_LANGUAGES = ("en", "pl", "sv", "el", "eo")
_VAT_ID = re.compile(r"^[A-Za-z0-9 .\-]+$")


# Amounts as the form types them: empty means "no amount".
parse_amount = parse_optional_amount
format_amount = plain_amount


# -- Clients ----------------------------------------------------------------


@dataclass
class ClientInput:
    """What the client form holds, as typed (the rate is decimal text).

    The rounding fields override the shop's (Settings → Rounding) for this
    client's work; None and "" mean "the shop's". A contract's own rounding
    still wins (services/billing/rules.py). `minimum_charge` is typed like
    any duration: 1:00, 1h, 60m."""

    name: str = ""
    email: str = ""
    phone: str = ""
    street: str = ""
    postcode: str = ""
    city: str = ""
    country: str = ""
    vat_id: str = ""
    currency: str = ""
    document_language: str = "en"
    payment_terms_days: int = 30
    default_rate: str = ""
    show_raw_time: bool = False
    notes: str = ""
    rounding_increment: int | None = None
    rounding_mode: str | None = None
    minimum_charge: str = ""


def validate(data: ClientInput) -> dict[str, str]:
    """Messages by field name for everything wrong with `data`; empty if fine."""
    errors: dict[str, str] = {}
    if not data.name.strip():
        errors["name"] = "Enter the client's name."
    check_length(errors, "name", data.name.strip(), 200)
    email = data.email.strip()
    if email and not EMAIL.match(email):
        errors["email"] = "Enter an address such as office@example.com."
    check_length(errors, "email", email, 200)
    check_length(errors, "phone", data.phone.strip(), 50)
    check_length(errors, "street", data.street.strip(), 200)
    check_length(errors, "postcode", data.postcode.strip(), 20)
    check_length(errors, "city", data.city.strip(), 100)
    if data.country not in valid_countries():
        errors["country"] = "Choose the client's country."
    vat_id = data.vat_id.strip()
    if vat_id and not _VAT_ID.match(vat_id):
        errors["vat_id"] = "A VAT id has only letters, digits, spaces, dots and dashes."
    check_length(errors, "vat_id", vat_id, 32)
    check_texts(errors, data, multiline=("notes",))
    if data.currency not in list_currencies():
        errors["currency"] = "Choose the currency the client is invoiced in."
    if data.document_language not in DOCUMENT_LANGUAGES:
        errors["document_language"] = "Choose a document language."
    if type(data.payment_terms_days) is not int or not 0 <= data.payment_terms_days <= 365:
        errors["payment_terms_days"] = "Payment terms are 0 to 365 days."
    if "currency" not in errors:
        try:
            parse_amount(data.default_rate, data.currency)
        except ValueError as exc:
            errors["default_rate"] = str(exc)
    if data.rounding_increment is not None and data.rounding_increment not in INCREMENTS:
        errors["rounding_increment"] = "Round to 1, 6, 10, 15, 30 or 60 minutes."
    if data.rounding_mode is not None and data.rounding_mode not in MODES:
        errors["rounding_mode"] = "Round up, to the nearest or down."
    try:
        minimum = _minimum_minutes(data.minimum_charge)
    except ValueError as exc:
        errors["minimum_charge"] = str(exc)
    else:
        if minimum is not None and minimum > MAX_MINIMUM_MIN:
            errors["minimum_charge"] = "A minimum charge lies between 0 and 24 hours."
    return errors


MAX_MINIMUM_MIN = 24 * 60


def _minimum_minutes(text: str) -> int | None:
    """The typed minimum charge in minutes; empty → None (the shop's)."""
    return parse_duration(text, field="minimum_charge") if text.strip() else None


def _apply(client: Client, data: ClientInput) -> None:
    client.name = data.name.strip()
    client.email = data.email.strip() or None
    client.phone = data.phone.strip() or None
    client.street = data.street.strip()
    client.postcode = data.postcode.strip()
    client.city = data.city.strip()
    client.country = data.country
    client.vat_id = data.vat_id.strip() or None
    client.currency = data.currency
    client.document_language = data.document_language
    client.payment_terms_days = data.payment_terms_days
    client.default_rate_minor = parse_amount(data.default_rate, data.currency)
    client.show_raw_time = data.show_raw_time
    client.notes = data.notes
    client.rounding_increment_min = data.rounding_increment
    client.rounding_mode = data.rounding_mode
    client.minimum_charge_min = _minimum_minutes(data.minimum_charge)


def load_client(session: Session, client_id: int) -> tuple[ClientInput, int]:
    """The client as form input, with the version the form starts from."""
    client = get_record(session, Client, client_id)
    data = ClientInput(
        name=client.name,
        email=client.email or "",
        phone=client.phone or "",
        street=client.street,
        postcode=client.postcode,
        city=client.city,
        country=client.country,
        vat_id=client.vat_id or "",
        currency=client.currency,
        document_language=client.document_language,
        payment_terms_days=client.payment_terms_days,
        default_rate=format_amount(client.default_rate_minor, client.currency),
        show_raw_time=client.show_raw_time,
        notes=client.notes,
        rounding_increment=client.rounding_increment_min,
        rounding_mode=client.rounding_mode,
        minimum_charge=format_minutes(client.minimum_charge_min),
    )
    return data, client.version


def create_client(session: Session, data: ClientInput) -> int:
    """Add a client; returns its id. Raises ValidationError."""
    errors = validate(data)
    if errors:
        raise ValidationError(errors)
    client = Client()
    _apply(client, data)
    session.add(client)
    session.flush()
    return client.id


def update_client(
    session: Session, client_id: int, data: ClientInput, expected_version: int
) -> int:
    """Save `data` over the client if nobody changed it since
    `expected_version`; returns the new version. Raises ValidationError,
    VersionConflict or NotFound."""
    errors = validate(data)
    if errors:
        raise ValidationError(errors)
    client = get_record(session, Client, client_id)
    check_version(client, expected_version)
    _apply(client, data)
    flush_checked(session)
    return client.version


def set_client_archived(
    session: Session, client_id: int, archived: bool, expected_version: int | None = None
) -> int:
    """Hide a client from lists and pickers (or show it again); its history
    stays. Returns the new version."""
    client = get_record(session, Client, client_id)
    check_version(client, expected_version)
    if client.archived != archived:
        client.archived = archived
        flush_checked(session)
    return client.version


def archive_client(session: Session, client_id: int, expected_version: int | None = None) -> int:
    return set_client_archived(session, client_id, True, expected_version)


def unarchive_client(session: Session, client_id: int, expected_version: int | None = None) -> int:
    return set_client_archived(session, client_id, False, expected_version)


def client_default_country(session: Session, client_id: int) -> str:
    """The client's country, the natural default for a new site."""
    return get_record(session, Client, client_id).country


__all__ = [
    "DOCUMENT_LANGUAGES",
    "ClientInput",
    "ContactInput",
    "ContactRow",
    "NotFound",
    "SiteInput",
    "SiteRow",
    "ValidationError",
    "VersionConflict",
    "archive_client",
    "client_default_country",
    "country_choices",
    "create_client",
    "create_contact",
    "create_site",
    "currency_choices",
    "format_amount",
    "list_contacts",
    "list_sites",
    "load_client",
    "load_contact",
    "load_site",
    "parse_amount",
    "parse_distance_km",
    "set_client_archived",
    "set_contact_archived",
    "set_site_archived",
    "unarchive_client",
    "update_client",
    "update_contact",
    "update_site",
    "validate",
    "validate_contact",
    "validate_site",
]
