"""On-site visits: where and when, travel, the work done per ticket, the
materials used, the customer's signature, and the visit report PDF.

Everything here works on the local database only; nothing needs a network."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import (
    Client,
    MaterialEntry,
    Product,
    Site,
    Technician,
    Ticket,
    TimeEntry,
    Visit,
    WorkType,
)
from desktop.services.common.record_rules import check_text
from desktop.services.queries.lookup import LookupFailed, parse_datetime
from desktop.services.records.clients import NotFound, ValidationError
from desktop.services.records.timer import Choice, now
from desktop.services.records.visit_travel import travel_billing
from desktop.services.records.work_log import TimeInput, log_time, use_material

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
MAX_SIGNATURE_BYTES = 2_000_000


@dataclass
class VisitInput:
    client_id: int | None
    site_id: int | None
    technician_id: int | None
    arrived_at: dt.datetime
    departed_at: dt.datetime | None = None
    travel_minutes: int = 0
    travel_distance_m: int = 0
    work_summary: str = ""


@dataclass(frozen=True)
class SiteChoice:
    id: int
    text: str
    travel_minutes: int
    distance_m: int


@dataclass(frozen=True)
class VisitWorkLine:
    id: int
    ticket: str
    work_type: str
    started_at: dt.datetime
    raw_minutes: int
    description: str


@dataclass(frozen=True)
class VisitMaterialLine:
    id: int
    description: str
    quantity_milli: int
    unit: str
    unit_price_minor: int
    currency: str


@dataclass(frozen=True)
class VisitDetails:
    id: int
    client_id: int
    site_id: int
    technician_id: int
    currency: str
    arrived_at: dt.datetime
    departed_at: dt.datetime | None
    travel_minutes: int
    travel_distance_m: int
    work_summary: str
    version: int
    signer_name: str | None
    signed_at: dt.datetime | None
    has_signature: bool
    work: tuple[VisitWorkLine, ...]
    materials: tuple[VisitMaterialLine, ...]
    # Whether the travel reaches an invoice (travel_billing below).
    travel_billing: str = ""
    travel_contract: str = ""


@dataclass(frozen=True)
class VisitRow:
    id: int
    arrived_at: dt.datetime
    client: str
    site: str
    technician: str
    signed: bool


def _check(errors: dict[str, str]) -> None:
    if errors:
        raise ValidationError(errors)


def _visit(session: Session, visit_id: int) -> Visit:
    visit = session.get(Visit, visit_id)
    if visit is None:
        raise NotFound(f"There is no visit {visit_id}.")
    return visit


def parse_departure(text: str, arrived: dt.datetime) -> dt.datetime:
    """'11:30' is on the arrival day; a full date and time stands alone."""
    text = text.strip()
    try:
        if len(text) <= 5:
            return dt.datetime.combine(arrived.date(), dt.time.fromisoformat(text.zfill(5)))
        return parse_datetime(text)
    except (LookupFailed, ValueError):
        raise LookupFailed(f"'{text}' is not a time; write it as 11:30.") from None


def save_visit(session: Session, data: VisitInput, visit_id: int | None = None) -> Visit:
    """Create the visit or change its where, when and travel."""
    errors: dict[str, str] = {}
    client = session.get(Client, data.client_id) if data.client_id else None
    if client is None:
        errors["client"] = "Pick the client."
    site = session.get(Site, data.site_id) if data.site_id else None
    if site is None:
        errors["site"] = "Pick the site the visit was at."
    elif client is not None and site.client_id != client.id:
        errors["site"] = "That site belongs to another client."
    if data.technician_id is None or session.get(Technician, data.technician_id) is None:
        errors["technician"] = "Pick the technician."
    if data.departed_at is not None and data.departed_at <= data.arrived_at:
        errors["departed"] = "Departure must be after arrival."
    elif data.departed_at is not None and data.departed_at - data.arrived_at > dt.timedelta(
        hours=24
    ):
        errors["departed"] = "A visit cannot last more than 24 hours."
    if data.travel_minutes < 0:
        errors["travel_time"] = "Travel cannot be negative."
    if data.travel_distance_m < 0:
        errors["distance"] = "Travel cannot be negative."
    check_text(errors, "work_summary", data.work_summary, multiline=True)
    _check(errors)
    visit = _visit(session, visit_id) if visit_id is not None else Visit()
    visit.client_id = data.client_id  # type: ignore[assignment]
    visit.site_id = data.site_id  # type: ignore[assignment]
    visit.technician_id = data.technician_id  # type: ignore[assignment]
    visit.arrived_at = data.arrived_at.replace(microsecond=0)
    visit.departed_at = data.departed_at.replace(microsecond=0) if data.departed_at else None
    visit.travel_minutes = data.travel_minutes
    visit.travel_distance_m = data.travel_distance_m
    visit.work_summary = data.work_summary.strip()
    if visit_id is None:
        session.add(visit)
    session.flush()
    return visit


def add_visit_work(
    session: Session,
    visit_id: int,
    *,
    work_type_id: int | None,
    started_at: dt.datetime,
    minutes: int,
    description: str,
    ticket_id: int | None = None,
    contract_id: int | None = None,
) -> TimeEntry:
    """Work done during the visit, on a ticket or not; logged as on-site time
    (billed by `contract_id`'s rules when one is named)."""
    visit = _visit(session, visit_id)
    errors: dict[str, str] = {}
    if work_type_id is None:
        errors["work_type"] = "Pick the kind of work."
    if minutes <= 0:
        errors["duration"] = "The work must take some time."
    if not description.strip():
        errors["description"] = "Say what was done; the customer signs for it."
    check_text(errors, "description", description, multiline=True)
    _check(errors)
    assert work_type_id is not None
    return log_time(
        session,
        TimeInput(
            technician_id=visit.technician_id,
            client_id=visit.client_id,
            work_type_id=work_type_id,
            started_at=started_at.replace(microsecond=0),
            ended_at=started_at.replace(microsecond=0) + dt.timedelta(minutes=minutes),
            description=description.strip(),
            ticket_id=ticket_id,
            contract_id=contract_id,
            visit_id=visit.id,
            on_site=True,
        ),
    )


def add_visit_material(
    session: Session,
    visit_id: int,
    *,
    product_id: int | None,
    quantity_milli: int,
    ticket_id: int | None = None,
    contract_id: int | None = None,
) -> MaterialEntry:
    """Material from the catalogue used during the visit."""
    visit = _visit(session, visit_id)
    product = session.get(Product, product_id) if product_id else None
    if product is None:
        raise ValidationError({"product": "Pick the material from the catalogue."})
    client = session.get(Client, visit.client_id)
    assert client is not None
    try:
        entry = use_material(
            session,
            client,
            quantity_milli=quantity_milli,
            used_on=visit.arrived_at.date(),
            product=product,
            ticket_id=ticket_id,
            contract_id=contract_id,
        )
    except ValidationError as exc:
        # The catalogue price in another currency is a problem of the product.
        errors = {("product" if k == "price" else k): v for k, v in exc.errors.items()}
        raise ValidationError(errors) from None
    entry.visit_id = visit.id
    entry.technician_id = visit.technician_id
    session.flush()
    return entry


def remove_visit_line(session: Session, visit_id: int, *, entry_id: int, material: bool) -> None:
    """Take a work or material line off the visit while it is not invoiced."""
    row: MaterialEntry | TimeEntry | None = (
        session.get(MaterialEntry, entry_id) if material else session.get(TimeEntry, entry_id)
    )
    if row is None or row.visit_id != visit_id:
        raise NotFound("That line is not on this visit.")
    if row.invoice_line_id is not None:
        raise ValidationError({"lines": "That line is already invoiced; it cannot be removed."})
    session.delete(row)
    session.flush()


def sign_visit(
    session: Session,
    visit_id: int,
    *,
    signature_png: bytes,
    signer_name: str,
    signed_at: dt.datetime | None = None,
) -> Visit:
    """Store the customer's signature (a PNG) and the name they typed."""
    visit = _visit(session, visit_id)
    errors: dict[str, str] = {}
    if not signature_png or not signature_png.startswith(PNG_MAGIC):
        errors["signature"] = "Ask the customer to sign in the box."
    elif len(signature_png) > MAX_SIGNATURE_BYTES:
        errors["signature"] = "The signature image is too large."
    if not signer_name.strip():
        errors["signer"] = "Type the name of the person who signed."
    check_text(errors, "signer", signer_name)
    _check(errors)
    visit.signature_png = signature_png
    visit.signer_name = signer_name.strip()
    visit.signed_at = (signed_at or now()).replace(microsecond=0)
    session.flush()
    return visit


def visit_details(session: Session, visit_id: int) -> VisitDetails:
    visit = _visit(session, visit_id)
    client = session.get(Client, visit.client_id)
    assert client is not None
    work_types = dict(session.execute(select(WorkType.id, WorkType.name)).all())
    work = []
    for e in session.scalars(
        select(TimeEntry).where(TimeEntry.visit_id == visit.id).order_by(TimeEntry.started_at)
    ):
        ticket = session.get(Ticket, e.ticket_id) if e.ticket_id else None
        work.append(
            VisitWorkLine(
                id=e.id,
                ticket=f"{ticket.number} · {ticket.title}" if ticket else "",
                work_type=work_types.get(e.work_type_id, ""),
                started_at=e.started_at,
                raw_minutes=e.raw_minutes,
                description=e.description,
            )
        )
    materials = tuple(
        VisitMaterialLine(
            m.id, m.description, m.quantity_milli, m.unit, m.unit_price_minor, client.currency
        )
        for m in session.scalars(
            select(MaterialEntry)
            .where(MaterialEntry.visit_id == visit.id)
            .order_by(MaterialEntry.id)
        )
    )
    billing, billing_contract = travel_billing(session, visit)
    return VisitDetails(
        id=visit.id,
        client_id=visit.client_id,
        site_id=visit.site_id,
        technician_id=visit.technician_id,
        currency=client.currency,
        arrived_at=visit.arrived_at,
        departed_at=visit.departed_at,
        travel_minutes=visit.travel_minutes,
        travel_distance_m=visit.travel_distance_m,
        work_summary=visit.work_summary,
        version=visit.version,
        signer_name=visit.signer_name,
        signed_at=visit.signed_at,
        has_signature=visit.signature_png is not None,
        work=tuple(work),
        materials=materials,
        travel_billing=billing,
        travel_contract=billing_contract,
    )


def recent_visits(
    session: Session, limit: int = 200, *, client_id: int | None = None
) -> list[VisitRow]:
    query = (
        select(Visit.id, Visit.arrived_at, Client.name, Site.name, Technician.name, Visit.signed_at)
        .join(Client, Client.id == Visit.client_id)
        .join(Site, Site.id == Visit.site_id)
        .join(Technician, Technician.id == Visit.technician_id)
        .order_by(Visit.arrived_at.desc(), Visit.id.desc())
        .limit(limit)
    )
    if client_id is not None:
        query = query.where(Visit.client_id == client_id)
    rows = session.execute(query)
    return [VisitRow(i, at, c, s, t, signed is not None) for i, at, c, s, t, signed in rows]


def visit_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Visit)) or 0


def site_choices(session: Session, client_id: int) -> list[SiteChoice]:
    rows = session.scalars(
        select(Site)
        .where(Site.client_id == client_id, Site.archived == False)  # noqa: E712
        .order_by(Site.name)
    )
    return [
        SiteChoice(
            s.id,
            ", ".join(p for p in (s.name, s.city) if p),
            s.travel_minutes,
            s.distance_m,
        )
        for s in rows
    ]


def product_choices(session: Session) -> list[Choice]:
    rows = session.execute(
        select(Product.id, Product.name, Product.sku, Product.unit)
        .where(Product.active == True)  # noqa: E712
        .order_by(Product.name)
    )
    return [Choice(i, f"{name} ({sku})" if sku else name) for i, name, sku, _unit in rows]
