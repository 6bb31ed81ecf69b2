"""Editing what a ticket says: title, description, priority, contact and
site. Optimistic: the save names the version the user opened, and is
refused (VersionConflict) when someone else saved the ticket since. What
changed goes on the ticket's timeline.

Status, tier and assignment have actions of their own (services/helpdesk/tickets.py);
each reads the ticket as it is now and changes one thing, so two users'
actions apply on top of each other rather than overwrite."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import PRIORITIES, Contact, Site, Ticket
from desktop.services.common.record_rules import (
    NotFound,
    ValidationError,
    check_length,
    check_texts,
    flush_checked,
)
from desktop.services.common.record_rules import check_version as _check_version
from desktop.services.helpdesk import sla
from desktop.services.helpdesk.tickets import _event, _get, _now


@dataclass(frozen=True)
class TicketEdit:
    """The fields of the edit form, as the form holds them."""

    title: str
    description: str = ""
    priority: str = "normal"
    contact_id: int | None = None
    site_id: int | None = None


def load_ticket_edit(session: Session, ticket_id: int) -> tuple[TicketEdit, int]:
    """The ticket as form input, with the version the form starts from."""
    ticket = session.get(Ticket, ticket_id)
    if ticket is None:
        raise NotFound("There is no such ticket.")
    data = TicketEdit(
        title=ticket.title,
        description=ticket.description,
        priority=ticket.priority,
        contact_id=ticket.contact_id,
        site_id=ticket.site_id,
    )
    return data, ticket.version


def ticket_sites(session: Session, client_id: int) -> list[tuple[int, str]]:
    """The client's active sites, for the edit form's picker."""
    rows = session.execute(
        select(Site.id, Site.name)
        .where(Site.client_id == client_id, Site.archived == False)  # noqa: E712
        .order_by(Site.name)
    )
    return [(row[0], row[1]) for row in rows]


def _validate(session: Session, ticket: Ticket, data: TicketEdit) -> None:
    errors: dict[str, str] = {}
    if not data.title.strip():
        errors["title"] = "Give the ticket a title."
    check_length(errors, "title", data.title.strip(), 300)
    if data.priority not in PRIORITIES:
        errors["priority"] = f"The priority is one of: {', '.join(PRIORITIES)}."
    # Each read with its own entity, so the row keeps its type.
    owned: list[tuple[str, int | None, Contact | Site | None]] = [
        ("contact_id", data.contact_id, _get(session, Contact, data.contact_id)),
        ("site_id", data.site_id, _get(session, Site, data.site_id)),
    ]
    for key, value, row in owned:
        if value is not None and (row is None or row.client_id != ticket.client_id):
            errors[key] = "That belongs to another client."
    check_texts(errors, data, multiline=("description",))
    if errors:
        raise ValidationError(errors)


def _name(session: Session, entity: type, record_id: int | None) -> str:
    row = session.get(entity, record_id) if record_id is not None else None
    return row.name if row is not None else "—"


def _changes(session: Session, ticket: Ticket, data: TicketEdit) -> list[str]:
    """One line per changed field, old → new, for the timeline."""
    lines = []
    if data.title.strip() != ticket.title:
        lines.append(f"Title: {ticket.title} → {data.title.strip()}")
    if data.description.strip() != ticket.description:
        lines.append("Description changed")
    if data.priority != ticket.priority:
        lines.append(f"Priority {ticket.priority} → {data.priority}")
    if data.contact_id != ticket.contact_id:
        old, new = (_name(session, Contact, i) for i in (ticket.contact_id, data.contact_id))
        lines.append(f"Contact: {old} → {new}")
    if data.site_id != ticket.site_id:
        old, new = (_name(session, Site, i) for i in (ticket.site_id, data.site_id))
        lines.append(f"Site: {old} → {new}")
    return lines


def update_ticket(
    session: Session,
    ticket_id: int,
    data: TicketEdit,
    expected_version: int,
    *,
    who: int | None = None,
    now: dt.datetime | None = None,
) -> int:
    """Save `data` over the ticket if nobody changed it since
    `expected_version`; returns the new version. A new priority moves the
    SLA due times. Raises ValidationError, VersionConflict or NotFound."""
    ticket = session.get(Ticket, ticket_id)
    if ticket is None:
        raise NotFound("There is no such ticket.")
    _check_version(ticket, expected_version)
    _validate(session, ticket, data)
    changes = _changes(session, ticket, data)
    if not changes:
        return ticket.version
    priority_changed = data.priority != ticket.priority
    ticket.title = data.title.strip()
    ticket.description = data.description.strip()
    ticket.priority = data.priority
    ticket.contact_id = data.contact_id
    ticket.site_id = data.site_id
    if priority_changed:
        sla.apply_due_times(session, ticket)
    _event(session, ticket, "internal_note", _now(now), who, "Edited\n" + "\n".join(changes))
    flush_checked(session)
    return ticket.version
