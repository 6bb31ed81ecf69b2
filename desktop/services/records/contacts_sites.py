"""A client's contacts (people) and sites (places technicians drive to):
validation and the actions that change them. Archived, never deleted."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Client, Contact, Site
from desktop.services.common.record_rules import (
    EMAIL,
    ValidationError,
    check_length,
    check_texts,
    check_version,
    flush_checked,
    get_record,
    valid_countries,
)


@dataclass
class ContactInput:
    name: str = ""
    role: str = ""
    email: str = ""
    phone: str = ""
    is_billing: bool = False


@dataclass(frozen=True)
class ContactRow:
    id: int
    version: int
    name: str
    role: str
    email: str
    phone: str
    is_billing: bool
    archived: bool


def validate_contact(data: ContactInput) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not data.name.strip():
        errors["name"] = "Enter the contact's name."
    check_length(errors, "name", data.name.strip(), 200)
    check_length(errors, "role", data.role.strip(), 100)
    email = data.email.strip()
    if email and not EMAIL.match(email):
        errors["email"] = "Enter an address such as anna@example.com."
    check_length(errors, "email", email, 200)
    check_length(errors, "phone", data.phone.strip(), 50)
    check_texts(errors, data)
    return errors


def _apply_contact(contact: Contact, data: ContactInput) -> None:
    contact.name = data.name.strip()
    contact.role = data.role.strip() or None
    contact.email = data.email.strip() or None
    contact.phone = data.phone.strip() or None
    contact.is_billing = data.is_billing


def list_contacts(
    session: Session, client_id: int, *, include_archived: bool = False
) -> list[ContactRow]:
    stmt = select(Contact).where(Contact.client_id == client_id)
    if not include_archived:
        stmt = stmt.where(Contact.archived == False)  # noqa: E712
    stmt = stmt.order_by(Contact.name, Contact.id)
    return [
        ContactRow(
            c.id,
            c.version,
            c.name,
            c.role or "",
            c.email or "",
            c.phone or "",
            c.is_billing,
            c.archived,
        )
        for c in session.scalars(stmt)
    ]


def load_contact(session: Session, contact_id: int) -> tuple[ContactInput, int]:
    c = get_record(session, Contact, contact_id)
    return ContactInput(c.name, c.role or "", c.email or "", c.phone or "", c.is_billing), c.version


def create_contact(session: Session, client_id: int, data: ContactInput) -> int:
    errors = validate_contact(data)
    if errors:
        raise ValidationError(errors)
    get_record(session, Client, client_id)
    contact = Contact(client_id=client_id)
    _apply_contact(contact, data)
    session.add(contact)
    session.flush()
    return contact.id


def update_contact(
    session: Session, contact_id: int, data: ContactInput, expected_version: int
) -> int:
    errors = validate_contact(data)
    if errors:
        raise ValidationError(errors)
    contact = get_record(session, Contact, contact_id)
    check_version(contact, expected_version)
    _apply_contact(contact, data)
    flush_checked(session)
    return contact.version


def set_contact_archived(session: Session, contact_id: int, archived: bool) -> None:
    contact = get_record(session, Contact, contact_id)
    contact.archived = archived
    flush_checked(session)


# -- Sites ------------------------------------------------------------------


@dataclass
class SiteInput:
    """A site as typed: the distance is decimal kilometres as text."""

    name: str = ""
    street: str = ""
    postcode: str = ""
    city: str = ""
    country: str = ""
    distance_km: str = ""
    travel_minutes: int = 0
    notes: str = ""


@dataclass(frozen=True)
class SiteRow:
    id: int
    version: int
    name: str
    city: str
    country: str
    distance_m: int
    travel_minutes: int
    archived: bool


def parse_distance_km(text: str) -> int:
    """Kilometres as decimal text to whole metres; empty is 0."""
    cleaned = text.strip().replace(",", ".")
    if not cleaned:
        return 0
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError("Enter a distance in km such as 12.5.") from None
    if not value.is_finite() or value < 0:
        raise ValueError("Enter a distance in km such as 12.5.")
    if value > 100_000:
        raise ValueError("The distance is too large.")
    return int((value * 1000).to_integral_value())


def validate_site(data: SiteInput) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not data.name.strip():
        errors["name"] = "Enter a name for the site, e.g. Head office."
    check_length(errors, "name", data.name.strip(), 200)
    check_length(errors, "street", data.street.strip(), 200)
    check_length(errors, "postcode", data.postcode.strip(), 20)
    check_length(errors, "city", data.city.strip(), 100)
    if data.country not in valid_countries():
        errors["country"] = "Choose the site's country."
    try:
        parse_distance_km(data.distance_km)
    except ValueError as exc:
        errors["distance_km"] = str(exc)
    if not 0 <= data.travel_minutes <= 24 * 60:
        errors["travel_minutes"] = "Travel time is 0 to 1440 minutes."
    check_texts(errors, data, multiline=("notes",))
    return errors


def _apply_site(site: Site, data: SiteInput) -> None:
    site.name = data.name.strip()
    site.street = data.street.strip()
    site.postcode = data.postcode.strip()
    site.city = data.city.strip()
    site.country = data.country
    site.distance_m = parse_distance_km(data.distance_km)
    site.travel_minutes = data.travel_minutes
    site.notes = data.notes


def list_sites(
    session: Session, client_id: int, *, include_archived: bool = False
) -> list[SiteRow]:
    stmt = select(Site).where(Site.client_id == client_id)
    if not include_archived:
        stmt = stmt.where(Site.archived == False)  # noqa: E712
    stmt = stmt.order_by(Site.name, Site.id)
    return [
        SiteRow(
            s.id, s.version, s.name, s.city, s.country, s.distance_m, s.travel_minutes, s.archived
        )
        for s in session.scalars(stmt)
    ]


def load_site(session: Session, site_id: int) -> tuple[SiteInput, int]:
    s = get_record(session, Site, site_id)
    km = f"{Decimal(s.distance_m) / 1000:f}".rstrip("0").rstrip(".") if s.distance_m else ""
    data = SiteInput(s.name, s.street, s.postcode, s.city, s.country, km, s.travel_minutes, s.notes)
    return data, s.version


def create_site(session: Session, client_id: int, data: SiteInput) -> int:
    errors = validate_site(data)
    if errors:
        raise ValidationError(errors)
    get_record(session, Client, client_id)
    site = Site(client_id=client_id)
    _apply_site(site, data)
    session.add(site)
    session.flush()
    return site.id


def update_site(session: Session, site_id: int, data: SiteInput, expected_version: int) -> int:
    errors = validate_site(data)
    if errors:
        raise ValidationError(errors)
    site = get_record(session, Site, site_id)
    check_version(site, expected_version)
    _apply_site(site, data)
    flush_checked(session)
    return site.version


def set_site_archived(session: Session, site_id: int, archived: bool) -> None:
    site = get_record(session, Site, site_id)
    site.archived = archived
    flush_checked(session)
