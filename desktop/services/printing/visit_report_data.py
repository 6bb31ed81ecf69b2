"""The Session side of the visit report: one on-site visit with its work per
ticket, the materials used and how each is paid for (billed, covered by the
contract, drawn from prepaid hours, or still to be invoiced).

Why the billing column is decided here: it is the business rule the client
asks about when signing ("is this on our contract?"), and it depends on the
invoice line, the prepaid ledger and the contract's covered work types."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.documents.data import Party, VisitData, VisitMaterial, VisitTicket, VisitWork
from desktop.models import (
    Client,
    Contact,
    ContractWorkType,
    InvoiceLine,
    MaterialEntry,
    PrepaidLedgerEntry,
    Site,
    Technician,
    Ticket,
    TimeEntry,
    Visit,
    WorkType,
)
from desktop.services.billing.rules import the_shop
from desktop.services.printing.invoice_data import brand_of, client_party
from desktop.services.records.clients import NotFound

LINE_KIND_BILLING = {"covered": "covered", "prepaid": "prepaid"}


def _billing(session: Session, entry: TimeEntry, prepaid_ids: set[int | None]) -> str:
    if entry.id in prepaid_ids:
        return "prepaid"
    if entry.invoice_line_id is not None:
        kind = session.scalar(
            select(InvoiceLine.kind).where(InvoiceLine.id == entry.invoice_line_id)
        )
        return LINE_KIND_BILLING.get(kind or "", "billed")
    if not entry.billable:
        return "not_billable"
    if entry.contract_id is not None:
        role = session.scalar(
            select(ContractWorkType.role).where(
                ContractWorkType.contract_id == entry.contract_id,
                ContractWorkType.work_type_id == entry.work_type_id,
            )
        )
        if role == "covered":
            return "covered"
        if role == "consumes":
            return "prepaid"
    return "pending"


def visit_data(session: Session, visit_id: int) -> VisitData:
    """Everything `render_visit_report` prints for this visit."""
    visit = session.get(Visit, visit_id)
    if visit is None:
        raise NotFound(f"There is no visit {visit_id}.")
    client = session.get(Client, visit.client_id)
    site = session.get(Site, visit.site_id)
    contact = session.get(Contact, visit.contact_id) if visit.contact_id else None
    technician = session.get(Technician, visit.technician_id)
    assert client is not None and site is not None and technician is not None
    entries = list(
        session.scalars(
            select(TimeEntry).where(TimeEntry.visit_id == visit.id).order_by(TimeEntry.started_at)
        )
    )
    prepaid_ids = set(
        session.scalars(
            select(PrepaidLedgerEntry.time_entry_id).where(
                PrepaidLedgerEntry.time_entry_id.in_([e.id for e in entries]),
                PrepaidLedgerEntry.kind == "deduction",
            )
        )
    )
    work_types = {w.id: w.name for w in session.scalars(select(WorkType))}
    by_ticket: dict[int | None, list[VisitWork]] = {}
    for entry in entries:
        by_ticket.setdefault(entry.ticket_id, []).append(
            VisitWork(
                description=entry.description,
                work_type=work_types.get(entry.work_type_id, ""),
                started_at=entry.started_at,
                raw_minutes=entry.raw_minutes,
                billed_minutes=entry.billed_minutes,
                billing=_billing(session, entry, prepaid_ids),
            )
        )
    tickets = []
    for ticket_id, work in by_ticket.items():
        ticket = session.get(Ticket, ticket_id) if ticket_id else None
        tickets.append(
            VisitTicket(
                number=ticket.number if ticket else None,
                title=ticket.title if ticket else "",
                status=ticket.status if ticket else "closed",
                work=tuple(work),
            )
        )
    materials = tuple(
        VisitMaterial(m.description, m.quantity_milli, m.unit, m.billable)
        for m in session.scalars(
            select(MaterialEntry)
            .where(MaterialEntry.visit_id == visit.id)
            .order_by(MaterialEntry.id)
        )
    )
    return VisitData(
        visit_id=visit.id,
        language=client.document_language,
        brand=brand_of(the_shop(session)),
        client=client_party(client),
        site_name=site.name,
        site=Party(
            name=site.name,
            street=site.street,
            postcode=site.postcode,
            city=site.city,
            country=site.country,
        ),
        contact_name=contact.name if contact else None,
        contact_phone=(contact.phone if contact else None),
        technician=technician.name,
        arrived_at=visit.arrived_at,
        departed_at=visit.departed_at,
        travel_minutes=visit.travel_minutes,
        travel_distance_m=visit.travel_distance_m,
        summary=visit.work_summary,
        tickets=tuple(tickets),
        materials=materials,
        signature_png=visit.signature_png,
        signer_name=visit.signer_name,
        signed_at=visit.signed_at,
    )
