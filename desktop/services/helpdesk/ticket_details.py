"""What a ticket page shows: the ticket with its names resolved, its
timeline, its SLA countdown, the work logged on it and its feedback; and
logging time or materials from the ticket."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import (
    Client,
    Contact,
    Feedback,
    KnowledgeArticle,
    MaterialEntry,
    Product,
    Site,
    Technician,
    Ticket,
    TicketEvent,
    TimeEntry,
    WorkType,
)
from desktop.services.common.durations import format_minutes
from desktop.services.common.money import round_half_up, to_decimal
from desktop.services.helpdesk import sla
from desktop.services.helpdesk.tickets import get_ticket
from desktop.services.records.clients import ValidationError
from desktop.services.records.work_log import TimeInput, log_time, use_material


@dataclass(frozen=True)
class TimelineItem:
    at: dt.datetime
    kind: str
    who: str | None
    body: str
    from_tier: int | None = None
    to_tier: int | None = None
    from_status: str | None = None
    to_status: str | None = None
    assignee: str | None = None


@dataclass(frozen=True)
class TicketDetail:
    id: int
    number: str
    title: str
    description: str
    client_id: int
    client: str
    client_language: str
    contact: str | None
    contact_email: str | None
    site: str | None
    status: str
    priority: str
    tier: int
    assignee_id: int | None
    assignee: str | None
    vendor_name: str | None
    vendor_case_ref: str | None
    vendor_promised_on: dt.date | None
    opened_at: dt.datetime
    first_response_at: dt.datetime | None
    resolved_at: dt.datetime | None
    first_response_due_at: dt.datetime | None
    resolution_due_at: dt.datetime | None
    sla: sla.SlaState
    paused_minutes: int
    article_id: int | None
    article_title: str | None
    logged_minutes: int
    materials: int
    rating: int | None
    feedback_comment: str | None
    timeline: tuple[TimelineItem, ...]


def _names(session: Session, ids: set[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return dict(
        session.execute(
            select(Technician.id, Technician.name).where(Technician.id.in_(wanted))
        ).all()
    )


def timeline(session: Session, ticket_id: int) -> list[TimelineItem]:
    """The ticket's events, oldest first (ties in recording order)."""
    events = list(
        session.scalars(
            select(TicketEvent)
            .where(TicketEvent.ticket_id == ticket_id)
            .order_by(TicketEvent.at, TicketEvent.id)
        )
    )
    names = _names(
        session, {e.technician_id for e in events} | {e.assigned_technician_id for e in events}
    )
    return [
        TimelineItem(
            e.at,
            e.kind,
            names.get(e.technician_id) if e.technician_id else None,
            e.body,
            e.from_tier,
            e.to_tier,
            e.from_status,
            e.to_status,
            names.get(e.assigned_technician_id) if e.assigned_technician_id else None,
        )
        for e in events
    ]


def ticket_detail(session: Session, ticket_id: int, now: dt.datetime | None = None) -> TicketDetail:
    t = get_ticket(session, ticket_id)
    now = now or dt.datetime.now()
    client = session.get(Client, t.client_id)
    assert client is not None
    contact = session.get(Contact, t.contact_id) if t.contact_id else None
    site = session.get(Site, t.site_id) if t.site_id else None
    tech = session.get(Technician, t.assigned_technician_id) if t.assigned_technician_id else None
    article = (
        session.get(KnowledgeArticle, t.solved_by_article_id) if t.solved_by_article_id else None
    )
    feedback = session.scalar(select(Feedback).where(Feedback.ticket_id == t.id))
    logged = session.scalar(
        select(func.coalesce(func.sum(TimeEntry.raw_minutes), 0)).where(TimeEntry.ticket_id == t.id)
    )
    materials = session.scalar(
        select(func.count(MaterialEntry.id)).where(MaterialEntry.ticket_id == t.id)
    )
    return TicketDetail(
        id=t.id,
        number=t.number,
        title=t.title,
        description=t.description,
        client_id=client.id,
        client=client.name,
        client_language=client.document_language,
        contact=contact.name if contact else None,
        contact_email=contact.email if contact else None,
        site=site.name if site else None,
        status=t.status,
        priority=t.priority,
        tier=t.tier,
        assignee_id=t.assigned_technician_id,
        assignee=tech.name if tech else None,
        vendor_name=t.vendor_name,
        vendor_case_ref=t.vendor_case_ref,
        vendor_promised_on=t.vendor_promised_on,
        opened_at=t.opened_at,
        first_response_at=t.first_response_at,
        resolved_at=t.resolved_at,
        first_response_due_at=t.first_response_due_at,
        resolution_due_at=t.resolution_due_at,
        sla=sla.sla_state(session, t, now),
        paused_minutes=t.sla_paused_minutes,
        article_id=article.id if article else None,
        article_title=article.title if article else None,
        logged_minutes=int(logged or 0),
        materials=int(materials or 0),
        rating=feedback.rating if feedback else None,
        feedback_comment=feedback.comment if feedback else None,
        timeline=tuple(timeline(session, t.id)),
    )


def log_ticket_time(
    session: Session,
    ticket: Ticket,
    *,
    technician_id: int,
    work_type_id: int,
    started_at: dt.datetime,
    minutes: int,
    description: str = "",
    on_site: bool = False,
) -> TimeEntry:
    """Log work on the ticket, for its client and contract, and say so on
    the timeline as an internal note."""
    entry = log_time(
        session,
        TimeInput(
            technician_id=technician_id,
            client_id=ticket.client_id,
            work_type_id=work_type_id,
            started_at=started_at,
            ended_at=started_at + dt.timedelta(minutes=minutes),
            description=description or ticket.title,
            ticket_id=ticket.id,
            contract_id=ticket.contract_id,
            on_site=on_site,
        ),
    )
    work = session.get(WorkType, work_type_id)
    hours = format_minutes(minutes)
    session.add(
        TicketEvent(
            ticket_id=ticket.id,
            at=started_at + dt.timedelta(minutes=minutes),
            technician_id=technician_id,
            kind="internal_note",
            body=f"Logged {hours} h {work.name if work else ''}: {entry.description}".strip(),
        )
    )
    session.flush()
    return entry


def technicians(session: Session) -> list[tuple[int, str]]:
    """Active technicians, for pickers."""
    rows = session.execute(
        select(Technician.id, Technician.name)
        .where(Technician.active == True)  # noqa: E712
        .order_by(Technician.name)
    )
    return [(row[0], row[1]) for row in rows]


def work_types(session: Session) -> list[tuple[int, str]]:
    rows = session.execute(
        select(WorkType.id, WorkType.name)
        .where(WorkType.active == True)  # noqa: E712
        .order_by(WorkType.name)
    )
    return [(row[0], row[1]) for row in rows]


def clients(session: Session) -> list[tuple[int, str]]:
    """Active clients, for the new-ticket picker."""
    rows = session.execute(
        select(Client.id, Client.name)
        .where(Client.archived == False)  # noqa: E712
        .order_by(Client.name)
    )
    return [(row[0], row[1]) for row in rows]


def contacts(session: Session, client_id: int) -> list[tuple[int, str]]:
    rows = session.execute(
        select(Contact.id, Contact.name)
        .where(Contact.client_id == client_id, Contact.archived == False)  # noqa: E712
        .order_by(Contact.name)
    )
    return [(row[0], row[1]) for row in rows]


# -- materials used on the ticket --------------------------------------------


@dataclass(frozen=True)
class CatalogueItem:
    """A product as the material picker offers it."""

    id: int
    name: str
    sku: str | None
    unit: str
    price_minor: int
    currency: str


@dataclass(frozen=True)
class MaterialLine:
    id: int
    used_on: dt.date
    description: str
    quantity_milli: int
    unit: str
    unit_price_minor: int
    currency: str
    technician: str | None
    billable: bool
    invoiced: bool

    @property
    def total_minor(self) -> int:
        """Quantity × price, rounded half up to the minor unit."""
        return round_half_up(self.quantity_milli * self.unit_price_minor, 1000)


def ticket_currency(session: Session, ticket_id: int) -> str:
    """The currency the ticket's client is billed in (material prices)."""
    client = session.get(Client, get_ticket(session, ticket_id).client_id)
    assert client is not None
    return client.currency


def catalogue(session: Session) -> list[CatalogueItem]:
    """Active products, by name, for the material picker."""
    rows = session.scalars(
        select(Product).where(Product.active == True).order_by(Product.name)  # noqa: E712
    )
    return [CatalogueItem(p.id, p.name, p.sku, p.unit, p.price_minor, p.currency) for p in rows]


def ticket_materials(session: Session, ticket_id: int) -> list[MaterialLine]:
    """The materials logged on the ticket, oldest first."""
    ticket = get_ticket(session, ticket_id)
    client = session.get(Client, ticket.client_id)
    assert client is not None
    entries = list(
        session.scalars(
            select(MaterialEntry)
            .where(MaterialEntry.ticket_id == ticket_id)
            .order_by(MaterialEntry.used_on, MaterialEntry.id)
        )
    )
    names = _names(session, {e.technician_id for e in entries})
    return [
        MaterialLine(
            e.id,
            e.used_on,
            e.description,
            e.quantity_milli,
            e.unit,
            e.unit_price_minor,
            client.currency,
            names.get(e.technician_id) if e.technician_id else None,
            e.billable,
            e.invoice_line_id is not None,
        )
        for e in entries
    ]


def _quantity_text(quantity_milli: int) -> str:
    text = f"{Decimal(quantity_milli).scaleb(-3):f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def log_ticket_material(
    session: Session,
    ticket: Ticket,
    *,
    technician_id: int | None,
    quantity_milli: int,
    used_on: dt.date,
    product_id: int | None = None,
    description: str = "",
    unit_price_minor: int | None = None,
    unit: str | None = None,
    billable: bool = True,
    now: dt.datetime | None = None,
) -> MaterialEntry:
    """Record parts used on the ticket, for its client and contract (the
    price from the catalogue unless typed), and say so on the timeline as an
    internal note. Raises ValidationError field by field."""
    client = session.get(Client, ticket.client_id)
    assert client is not None
    product = session.get(Product, product_id) if product_id is not None else None
    if product_id is not None and product is None:
        raise ValidationError({"product": "That product is no longer in the catalogue."})
    entry = use_material(
        session,
        client,
        quantity_milli=quantity_milli,
        used_on=used_on,
        product=product,
        description=description,
        unit_price_minor=unit_price_minor,
        unit=unit.strip() if unit and unit.strip() else None,
        ticket_id=ticket.id,
        contract_id=ticket.contract_id,
        billable=billable,
    )
    entry.technician_id = technician_id
    total = round_half_up(entry.quantity_milli * entry.unit_price_minor, 1000)
    amount = f"{to_decimal(total, client.currency)} {client.currency}"
    session.add(
        TicketEvent(
            ticket_id=ticket.id,
            at=(now or dt.datetime.now()).replace(microsecond=0),
            technician_id=technician_id,
            kind="internal_note",
            body=(
                f"Material: {_quantity_text(entry.quantity_milli)} {entry.unit} "
                f"{entry.description} ({amount}" + ("" if billable else ", not billed") + ")"
            ),
        )
    )
    session.flush()
    return entry
