"""Sub-commands for a client's sites and the on-site visits made there:
`site add|list` and `visit add|list|show` (`visit pdf` is in `documents`).

They call the service functions the window's site dialog and visit editor
call (`services/records/contacts_sites.py`, `services/records/visits.py`),
with the same checks: a visit is saved first, then its work lines (back to
back from the arrival, as the editor proposes them) and its materials, all
in one transaction."""

from __future__ import annotations

import argparse
import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Client, Site, Technician
from desktop.services.common.durations import parse_duration
from desktop.services.common.money import plain_amount
from desktop.services.common.record_rules import ValidationError
from desktop.services.queries import lookup
from desktop.services.queries.lookup import LookupFailed
from desktop.services.records import clients as client_service
from desktop.services.records import visits as visit_service

from .common import hours_text, session_for
from .errors import CommandError


def _field(field: str, parse, text: str):
    """`parse(text)`, a refusal reported at `field` (the option's name)."""
    try:
        return parse(text)
    except (LookupFailed, ValueError) as exc:
        raise CommandError(str(exc), field=field) from None


def _minutes(field: str, text: str) -> int:
    return parse_duration(text, field=field)


def find_site(session: Session, client: Client, ref: str) -> Site:
    """A site of `client` by id or exact name (ignoring case)."""
    ref = ref.strip()
    found_id = lookup.as_id(ref)
    if found_id is not None:
        site = session.get(Site, found_id)
        if site is not None and site.client_id == client.id:
            return site
    rows = [
        s
        for s in session.scalars(select(Site).where(Site.client_id == client.id))
        if s.name.casefold() == ref.casefold()
    ]
    if len(rows) == 1:
        return rows[0]
    if len(rows) > 1:
        raise CommandError(f"More than one site of {client.name} is called '{ref}': use the id.")
    raise CommandError(f"{client.name} has no site '{ref}'.", field="site")


def _km(metres: int) -> str:
    return f"{Decimal(metres) / 1000:f}".rstrip("0").rstrip(".") if metres else "0"


# -- sites ---------------------------------------------------------------------


def cmd_site_add(args: argparse.Namespace) -> dict[str, Any]:
    with session_for(args, write=True) as session:
        client = lookup.find_client(session, args.client)
        data = client_service.SiteInput(
            name=args.name,
            street=args.street or "",
            postcode=args.postcode or "",
            city=args.city or "",
            country=(args.country or "").upper()
            or client_service.client_default_country(session, client.id),
            distance_km=args.distance_km or "",
            travel_minutes=_minutes("travel", args.travel) if args.travel else 0,
            notes=args.notes or "",
        )
        try:
            site_id = client_service.create_site(session, client.id, data)
        except ValidationError as exc:
            # The dialog's travel field is the --travel option here.
            raise ValidationError(
                {("travel" if k == "travel_minutes" else k): v for k, v in exc.errors.items()}
            ) from None
    return {"message": f"Added site {site_id}: {args.name} for {client.name}.", "id": site_id}


def cmd_site_list(args: argparse.Namespace) -> dict[str, Any]:
    with session_for(args, write=False) as session:
        client = lookup.find_client(session, args.client)
        rows = [
            {
                "id": s.id,
                "name": s.name,
                "city": s.city,
                "country": s.country,
                "km": _km(s.distance_m),
                "travel": hours_text(s.travel_minutes),
                "archived": s.archived,
            }
            for s in client_service.list_sites(session, client.id, include_archived=args.archived)
        ]
    return {"sites": rows}


# -- visits --------------------------------------------------------------------


def _visit_input(session: Session, args: argparse.Namespace) -> visit_service.VisitInput:
    client = _field("client", lambda t: lookup.find_client(session, t), args.client)
    site = find_site(session, client, args.site)
    arrived = _field("arrived", lookup.parse_datetime, args.arrived)
    departed = (
        _field("departed", lambda t: visit_service.parse_departure(t, arrived), args.departed)
        if args.departed
        else None
    )
    # Like the editor, a new visit takes the site's usual travel unless typed.
    travel = _minutes("travel", args.travel) if args.travel is not None else site.travel_minutes
    distance = (
        _field("km", client_service.parse_distance_km, args.km)
        if args.km is not None
        else site.distance_m
    )
    return visit_service.VisitInput(
        client_id=client.id,
        site_id=site.id,
        technician_id=_field(
            "technician", lambda t: lookup.find_technician(session, t), args.technician
        ).id,
        arrived_at=arrived,
        departed_at=departed,
        travel_minutes=travel,
        travel_distance_m=distance,
        work_summary=args.summary or "",
    )


def _numbered(errors: ValidationError, label: str) -> ValidationError:
    """A line's refusal, its fields prefixed with the line ("work 2 duration")."""
    return ValidationError({f"{label} {k}": v for k, v in errors.errors.items()})


def cmd_visit_add(args: argparse.Namespace) -> dict[str, Any]:
    with session_for(args, write=True) as session:
        data = _visit_input(session, args)
        client = session.get(Client, data.client_id)
        assert client is not None
        contract_id = (
            _field("contract", lambda t: lookup.find_contract(session, t), args.contract).id
            if args.contract
            else None
        )
        ticket_id = (
            _field("ticket", lambda t: lookup.find_ticket(session, t), args.ticket).id
            if args.ticket
            else None
        )
        visit = visit_service.save_visit(session, data)
        start = data.arrived_at
        for n, (duration, work_type, description) in enumerate(args.work, start=1):
            minutes = _minutes(f"work {n} duration", duration)
            try:
                visit_service.add_visit_work(
                    session,
                    visit.id,
                    work_type_id=_field(
                        f"work {n} work_type",
                        lambda t: lookup.find_work_type(session, t),
                        work_type,
                    ).id,
                    started_at=start,
                    minutes=minutes,
                    description=description,
                    ticket_id=ticket_id,
                    contract_id=contract_id,
                )
            except ValidationError as exc:
                raise _numbered(exc, f"work {n}") from None
            start += dt.timedelta(minutes=minutes)
        for n, material in enumerate(args.material, start=1):
            product, _, quantity = material.partition("=")
            try:
                visit_service.add_visit_material(
                    session,
                    visit.id,
                    product_id=_field(
                        f"material {n} product", lambda t: lookup.find_product(session, t), product
                    ).id,
                    quantity_milli=_field(
                        f"material {n} quantity", lookup.parse_quantity, quantity or "1"
                    ),
                    ticket_id=ticket_id,
                    contract_id=contract_id,
                )
            except ValidationError as exc:
                raise _numbered(exc, f"material {n}") from None
        details = visit_service.visit_details(session, visit.id)
        worked = sum(line.raw_minutes for line in details.work)
        return {
            "message": f"Added visit {visit.id} at {client.name}: "
            f"{len(details.work)} work lines ({hours_text(worked)} h), "
            f"{len(details.materials)} materials.",
            "id": visit.id,
            "work_minutes": worked,
            "time_entries": [line.id for line in details.work],
            "materials": [m.id for m in details.materials],
        }


def cmd_visit_list(args: argparse.Namespace) -> dict[str, Any]:
    with session_for(args, write=False) as session:
        client_id = lookup.find_client(session, args.client).id if args.client else None
        rows = [
            {
                "id": v.id,
                "arrived": v.arrived_at,
                "client": v.client,
                "site": v.site,
                "technician": v.technician,
                "signed": v.signed,
            }
            for v in visit_service.recent_visits(session, args.limit, client_id=client_id)
        ]
    return {"visits": rows}


def cmd_visit_show(args: argparse.Namespace) -> dict[str, Any]:
    with session_for(args, write=False) as session:
        details = visit_service.visit_details(session, lookup.record_id(args.visit, "visit"))
        client = session.get(Client, details.client_id)
        site = session.get(Site, details.site_id)
        technician = session.get(Technician, details.technician_id)
        assert client is not None and site is not None and technician is not None
        return {
            "id": details.id,
            "client": client.name,
            "site": site.name,
            "technician": technician.name,
            "arrived": details.arrived_at,
            "departed": details.departed_at,
            "travel": hours_text(details.travel_minutes),
            "km": _km(details.travel_distance_m),
            "summary": details.work_summary,
            "signed_by": details.signer_name,
            "signed_at": details.signed_at,
            "work": [
                {
                    "id": w.id,
                    "start": w.started_at,
                    "duration": hours_text(w.raw_minutes),
                    "minutes": w.raw_minutes,
                    "work_type": w.work_type,
                    "ticket": w.ticket,
                    "description": w.description,
                }
                for w in details.work
            ],
            "materials": [
                {
                    "id": m.id,
                    "description": m.description,
                    "qty": f"{Decimal(m.quantity_milli) / 1000:f}".rstrip("0").rstrip("."),
                    "unit": m.unit,
                    "price": plain_amount(m.unit_price_minor, m.currency),
                }
                for m in details.materials
            ],
        }


def register(sub: argparse._SubParsersAction) -> argparse._SubParsersAction:
    """Add `site` and `visit`; return the visit's actions (`visit pdf` joins)."""
    site = sub.add_parser("site", help="a client's sites (places visited)").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    add = site.add_parser("add", help="add a site to a client")
    add.add_argument("--client", required=True, help="client id or exact name")
    add.add_argument("--name", required=True, help="e.g. Head office")
    for option in ("street", "postcode", "city", "notes"):
        add.add_argument(f"--{option}")
    add.add_argument("--country", help="ISO code (default: the client's country)")
    add.add_argument("--distance-km", metavar="KM", help="from the shop, e.g. 12.5")
    add.add_argument("--travel", metavar="HOURS", help="usual travel time, e.g. 0:40")
    add.set_defaults(handler=cmd_site_add)
    listing = site.add_parser("list", help="list a client's sites")
    listing.add_argument("--client", required=True)
    listing.add_argument("--archived", action="store_true", help="include archived sites")
    listing.set_defaults(handler=cmd_site_list)

    visit = sub.add_parser("visit", help="on-site visits, their work and the signed report")
    actions = visit.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="record a visit with its work and materials")
    add.add_argument("--client", required=True)
    add.add_argument("--site", required=True, help="site id or name")
    add.add_argument("--technician", required=True, help="id, name or e-mail")
    add.add_argument("--arrived", required=True, metavar="DATETIME", help="2026-04-07 09:00")
    add.add_argument("--departed", metavar="TIME", help="11:30 (that day) or a date and time")
    add.add_argument("--travel", metavar="HOURS", help="default: the site's travel time")
    add.add_argument("--km", metavar="KM", help="default: the site's distance")
    add.add_argument("--summary", help="work summary printed on the report")
    add.add_argument("--contract", help="bill the work and materials by this contract")
    add.add_argument("--ticket", help="ticket number the work is for")
    add.add_argument(
        "--work",
        nargs=3,
        action="append",
        default=[],
        metavar=("DURATION", "WORK_TYPE", "DESCRIPTION"),
        help="a work line; repeatable, back to back from the arrival",
    )
    add.add_argument(
        "--material",
        action="append",
        default=[],
        metavar="PRODUCT[=QTY]",
        help="catalogue product used (SKU, name or id); repeatable",
    )
    add.set_defaults(handler=cmd_visit_add)
    listing = actions.add_parser("list", help="list visits, newest first")
    listing.add_argument("--client")
    listing.add_argument("--limit", type=int, default=50)
    listing.set_defaults(handler=cmd_visit_list)
    show = actions.add_parser("show", help="a visit with its work and materials")
    show.add_argument("visit", help="visit id")
    show.set_defaults(handler=cmd_visit_show)
    return actions
