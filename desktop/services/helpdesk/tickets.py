"""Tickets: opening with a number, and every change after it as an event on
the ticket's timeline (notes, status changes, assignments, escalations).

Each function takes the Session of the caller's unit of work and never
commits; `now` is a parameter so tests (and imports) can set the clock.

The actions read the ticket as it is now and change one thing, so they apply
on top of what another user saved; only a save racing another one on the
same row is refused (VersionConflict: nothing changed, try again). Editing
the ticket's text fields is in ticket_editing.py."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from desktop.models import (
    PRIORITIES,
    TICKET_STATUSES,
    Client,
    Contact,
    Contract,
    KnowledgeArticle,
    Site,
    Technician,
    Ticket,
    TicketEvent,
)
from desktop.services.common.errors import UserError
from desktop.services.common.record_rules import (
    check_text,
    check_texts,
    flush_checked,
    refuse_control,
)
from desktop.services.helpdesk import sla
from desktop.services.helpdesk.ticket_numbers import active_contract_id, next_ticket_number
from desktop.services.records.clients import ValidationError

VENDOR_TIER = 4
CLOSED_STATUSES = ("resolved", "closed")


class TicketError(UserError, ValueError):
    """A change the ticket's state does not allow; nothing was changed."""


Row = TypeVar("Row")


def _get(session: Session, entity: type[Row], row_id: int | None) -> Row | None:
    """The row with this id, or None when there is no id."""
    return session.get(entity, row_id) if row_id is not None else None


def _now(now: dt.datetime | None) -> dt.datetime:
    return (now or dt.datetime.now()).replace(microsecond=0)


def _event(
    session: Session,
    ticket: Ticket,
    kind: str,
    at: dt.datetime,
    who: int | None,
    body: str = "",
    **extra: Any,
) -> TicketEvent:
    event = TicketEvent(
        ticket_id=ticket.id, kind=kind, at=at, technician_id=who, body=body, **extra
    )
    session.add(event)
    return event


@dataclass
class TicketInput:
    client_id: int
    title: str
    description: str = ""
    priority: str = "normal"
    site_id: int | None = None
    contact_id: int | None = None
    contract_id: int | None = None
    assigned_technician_id: int | None = None
    tier: int = 1


def _check_input(session: Session, data: TicketInput) -> Client:
    errors: dict[str, str] = {}
    client = session.get(Client, data.client_id)
    if client is None:
        errors["client"] = "There is no such client."
    if not data.title.strip():
        errors["title"] = "Give the ticket a title."
    if data.priority not in PRIORITIES:
        errors["priority"] = f"The priority is one of: {', '.join(PRIORITIES)}."
    if not 0 <= data.tier <= 3:
        errors["tier"] = "A new ticket starts at tier 0–3; escalate to reach a vendor."
    # Each read with its own entity, so the row keeps its type.
    owned: list[tuple[str, int | None, Site | Contact | Contract | None]] = [
        ("site", data.site_id, _get(session, Site, data.site_id)),
        ("contact", data.contact_id, _get(session, Contact, data.contact_id)),
        ("contract", data.contract_id, _get(session, Contract, data.contract_id)),
    ]
    for key, value, row in owned:
        if value is not None and (row is None or row.client_id != data.client_id):
            errors[key] = f"That {key} belongs to another client."
    if (
        data.assigned_technician_id is not None
        and session.get(Technician, data.assigned_technician_id) is None
    ):
        errors["technician"] = "There is no such technician."
    check_texts(errors, data, multiline=("description",))
    if errors:
        raise ValidationError(errors)
    assert client is not None
    return client


def create_ticket(
    session: Session, data: TicketInput, who: int | None = None, now: dt.datetime | None = None
) -> Ticket:
    """Open a ticket with its number and due times; the timeline starts
    with the opening (status → new) and the assignment, if any."""
    _check_input(session, data)
    at = _now(now)
    contract_id = data.contract_id or active_contract_id(session, data.client_id, at.date())
    ticket = Ticket(
        number=next_ticket_number(session, at.date()),
        title=data.title.strip(),
        description=data.description.strip(),
        client_id=data.client_id,
        site_id=data.site_id,
        contact_id=data.contact_id,
        contract_id=contract_id,
        priority=data.priority,
        tier=data.tier,
        status="new",
        opened_at=at,
        sla_paused_minutes=0,
        assigned_technician_id=data.assigned_technician_id,
    )
    sla.apply_due_times(session, ticket)
    session.add(ticket)
    session.flush()
    _event(session, ticket, "status_change", at, who, "Ticket opened", to_status="new")
    if data.assigned_technician_id is not None:
        _event(
            session,
            ticket,
            "assignment",
            at,
            who,
            assigned_technician_id=data.assigned_technician_id,
        )
    session.flush()
    return ticket


def get_ticket(session: Session, ticket_id: int) -> Ticket:
    ticket = session.get(Ticket, ticket_id)
    if ticket is None:
        raise TicketError("There is no such ticket.")
    return ticket


def mark_responded(ticket: Ticket, at: dt.datetime) -> None:
    """The first human answer to the client stops the response clock."""
    if ticket.first_response_at is None:
        ticket.first_response_at = max(at, ticket.opened_at)


def add_note(
    session: Session,
    ticket: Ticket,
    body: str,
    *,
    public: bool,
    who: int | None,
    now: dt.datetime | None = None,
) -> TicketEvent:
    """A public note (the client may see it, and it counts as a response)
    or an internal one."""
    if not body.strip():
        raise ValidationError({"note": "Write the note first."})
    refuse_control(multiline=True, note=body)
    at = _now(now)
    if public:
        mark_responded(ticket, at)
    event = _event(
        session, ticket, "public_note" if public else "internal_note", at, who, body.strip()
    )
    flush_checked(session)
    return event


def set_status(
    session: Session,
    ticket: Ticket,
    status: str,
    *,
    who: int | None,
    reason: str = "",
    now: dt.datetime | None = None,
) -> TicketEvent | None:
    """Move the ticket to `status`. Waiting for the customer pauses the SLA
    clock; leaving it resumes the clock with the due times moved on.
    Returns None when the ticket already has that status."""
    refuse_control(multiline=True, reason=reason)
    if status not in TICKET_STATUSES:
        raise TicketError(f"The status is one of: {', '.join(TICKET_STATUSES)}.")
    if status == ticket.status:
        return None
    if status == "waiting_vendor" and ticket.tier != VENDOR_TIER:
        raise TicketError("Escalate to tier 4 with the vendor's case to wait on a vendor.")
    if status == "closed" and ticket.status != "resolved":
        raise TicketError("Resolve the ticket before closing it.")
    at = _now(now)
    previous = ticket.status
    if previous == "waiting_customer":
        sla.end_pause(session, ticket, at)
    if status == "waiting_customer":
        ticket.sla_paused_since = at
    if status == "open" and previous == "new":
        mark_responded(ticket, at)
    if status == "resolved":
        ticket.resolved_at = max(at, ticket.opened_at)
        mark_responded(ticket, at)
    elif status == "closed":
        ticket.closed_at = at
    else:
        ticket.resolved_at = ticket.closed_at = None  # reopened
    ticket.status = status
    event = _event(
        session,
        ticket,
        "status_change",
        at,
        who,
        reason.strip(),
        from_status=previous,
        to_status=status,
    )
    flush_checked(session)
    return event


def assign(
    session: Session,
    ticket: Ticket,
    technician_id: int | None,
    *,
    who: int | None,
    now: dt.datetime | None = None,
) -> TicketEvent | None:
    """Give the ticket to a technician (None: nobody)."""
    if technician_id == ticket.assigned_technician_id:
        return None
    if technician_id is not None and session.get(Technician, technician_id) is None:
        raise TicketError("There is no such technician.")
    at = _now(now)
    ticket.assigned_technician_id = technician_id
    body = "" if technician_id is not None else "Unassigned"
    event = _event(
        session, ticket, "assignment", at, who, body, assigned_technician_id=technician_id
    )
    if ticket.status == "new" and technician_id is not None:
        set_status(session, ticket, "open", who=who, now=at)
    flush_checked(session)
    return event


@dataclass(frozen=True)
class VendorCase:
    name: str
    case_ref: str
    promised_on: dt.date | None = None


def escalate(
    session: Session,
    ticket: Ticket,
    to_tier: int,
    reason: str,
    *,
    who: int | None,
    vendor: VendorCase | None = None,
    now: dt.datetime | None = None,
) -> TicketEvent:
    """Move the ticket up or down the tiers, with the reason on record.

    Tier 4 is a vendor: its name and case number are required (the promised
    date when known) and the ticket waits on the vendor. Coming back from
    the vendor opens it again; the vendor's details stay for the record."""
    errors: dict[str, str] = {}
    if not 0 <= to_tier <= VENDOR_TIER:
        errors["tier"] = "The tier is 0–4."
    elif to_tier == ticket.tier:
        errors["tier"] = f"The ticket is already at tier {to_tier}."
    if not reason.strip():
        errors["reason"] = "Say why the ticket moves."
    if ticket.status in CLOSED_STATUSES:
        errors["status"] = "Reopen the ticket before escalating it."
    if to_tier == VENDOR_TIER and (
        vendor is None or not vendor.name.strip() or not vendor.case_ref.strip()
    ):
        errors["vendor"] = "Tier 4 needs the vendor's name and their case number."
    check_text(errors, "reason", reason, multiline=True)
    if vendor is not None:
        check_text(errors, "vendor", vendor.name)
        check_text(errors, "vendor", vendor.case_ref)
    if errors:
        raise ValidationError(errors)
    at = _now(now)
    body = reason.strip()
    if to_tier == VENDOR_TIER and vendor is not None:
        ticket.vendor_name = vendor.name.strip()
        ticket.vendor_case_ref = vendor.case_ref.strip()
        ticket.vendor_promised_on = vendor.promised_on
        promised = f", promised {vendor.promised_on.isoformat()}" if vendor.promised_on else ""
        body += f"\nVendor: {ticket.vendor_name}, case {ticket.vendor_case_ref}{promised}"
    previous = ticket.tier
    ticket.tier = to_tier
    event = _event(
        session, ticket, "escalation", at, who, body, from_tier=previous, to_tier=to_tier
    )
    if to_tier == VENDOR_TIER:
        set_status(session, ticket, "waiting_vendor", who=who, now=at)
    elif ticket.status == "waiting_vendor":
        set_status(session, ticket, "open", who=who, now=at)
    flush_checked(session)
    return event


def change_priority(
    session: Session,
    ticket: Ticket,
    priority: str,
    *,
    who: int | None,
    now: dt.datetime | None = None,
) -> None:
    """A new priority means new targets: the due times are recomputed."""
    if priority not in PRIORITIES:
        raise ValidationError({"priority": f"The priority is one of: {', '.join(PRIORITIES)}."})
    if priority == ticket.priority:
        return
    body = f"Priority {ticket.priority} → {priority}"
    ticket.priority = priority
    sla.apply_due_times(session, ticket)
    _event(session, ticket, "internal_note", _now(now), who, body)
    flush_checked(session)


def resolve(
    session: Session,
    ticket: Ticket,
    resolution: str,
    *,
    who: int | None,
    article_id: int | None = None,
    now: dt.datetime | None = None,
) -> TicketEvent:
    """Resolve with a public note saying how; link the article that solved
    it (tier 0) when there is one."""
    if ticket.status in CLOSED_STATUSES:
        raise TicketError("The ticket is already resolved.")
    if not resolution.strip():
        raise ValidationError({"resolution": "Say how the problem was solved."})
    refuse_control(multiline=True, resolution=resolution)
    if article_id is not None and session.get(KnowledgeArticle, article_id) is None:
        raise ValidationError({"article": "There is no such article."})
    at = _now(now)
    if article_id is not None:
        ticket.solved_by_article_id = article_id
    if ticket.assigned_technician_id is None and who is not None:
        # Whoever solves an unassigned ticket owns it (and its feedback).
        assign(session, ticket, who, who=who, now=at)
    add_note(session, ticket, resolution, public=True, who=who, now=at)
    event = set_status(session, ticket, "resolved", who=who, now=at)
    assert event is not None
    return event
