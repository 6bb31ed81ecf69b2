"""Line drafts for what is not labour: travel, materials and recurring fees."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TypedDict

from sqlalchemy import and_, exists, select
from sqlalchemy.orm import Session, aliased

from desktop.documents.phrases import phrase
from desktop.models import (
    Client,
    Contract,
    ContractFee,
    Invoice,
    InvoiceLine,
    MaterialEntry,
    Shop,
    Site,
    TimeEntry,
    Visit,
)
from desktop.services.billing.line_drafts import HOUR_UNIT, LineDraft
from desktop.services.billing.rules import VatTreatment, vat_treatment
from desktop.services.common.money import round_half_up
from desktop.services.common.periods import windows_starting_between

METRES_PER_MILE_MILLI = 1_609_344  # 1 mile = 1609.344 m


def _distance_milli(metres: int, unit: str) -> int:
    """Metres as thousandths of a km or a mile (the quantity column)."""
    return metres if unit == "km" else round_half_up(metres * 1_000_000, METRES_PER_MILE_MILLI)


def _travel_already_billed(session: Session, visit_id: int, entry_ids: set[int]) -> bool:
    """Another entry of the visit is on an invoice: its travel went with it."""
    return bool(
        session.scalar(
            select(
                exists().where(
                    TimeEntry.visit_id == visit_id,
                    TimeEntry.invoice_line_id.is_not(None),
                    TimeEntry.id.not_in(entry_ids),
                )
            )
        )
    )


class _TripCommon(TypedDict):
    kind: str
    vat: VatTreatment
    line_date: dt.date
    contract_id: int


class _FeePeriod(TypedDict):
    contract_id: int
    period_from: dt.date
    period_to: dt.date
    line_date: dt.date


def _trip_lines(
    language: str,
    contract: Contract,
    vat: VatTreatment,
    key: tuple[object, ...],
    label: str,
    day: dt.date,
    minutes: int,
    metres: int,
) -> list[LineDraft]:
    lines = []
    common = _TripCommon(kind="travel", vat=vat, line_date=day, contract_id=contract.id)
    if contract.trip_fee_minor:
        lines.append(
            LineDraft(
                group_key=(*key, "fee"),
                description=phrase(language, "trip_fee", label=label),
                unit="trip",
                unit_price_minor=contract.trip_fee_minor,
                quantity_milli=1000,
                **common,
            )
        )
    if contract.distance_rate_minor and metres:
        unit = contract.distance_unit
        lines.append(
            LineDraft(
                group_key=(*key, "distance"),
                description=phrase(language, "distance", label=label),
                unit=unit,
                unit_price_minor=contract.distance_rate_minor,
                quantity_milli=_distance_milli(metres, unit),
                **common,
            )
        )
    if contract.travel_rate_minor and minutes:
        lines.append(
            LineDraft(
                group_key=(*key, "time"),
                description=phrase(language, "travel_time", label=label),
                unit=HOUR_UNIT,
                unit_price_minor=contract.travel_rate_minor,
                minutes=minutes,
                raw_minutes=minutes,
                **common,
            )
        )
    return lines


def bill_travel(
    session: Session, shop: Shop, client: Client, entries: list[TimeEntry]
) -> list[LineDraft]:
    """Travel per visit (and per on-site entry logged without a visit), priced
    by the contract's travel policy, each charge on its own line."""
    vat = vat_treatment(session, shop, client)
    entry_ids = {e.id for e in entries}
    lines: list[LineDraft] = []
    seen_visits: set[int] = set()
    for entry in sorted(entries, key=lambda e: (e.started_at, e.id)):
        contract = session.get(Contract, entry.contract_id) if entry.contract_id else None
        if contract is None:
            continue
        if entry.visit_id is None:
            if entry.on_site and (entry.travel_minutes or entry.travel_distance_m):
                lines += _trip_lines(
                    client.document_language,
                    contract,
                    vat,
                    ("trip", entry.id),
                    f"{entry.started_at:%Y-%m-%d}",
                    entry.started_at.date(),
                    entry.travel_minutes,
                    entry.travel_distance_m,
                )
            continue
        if entry.visit_id in seen_visits:
            continue
        seen_visits.add(entry.visit_id)
        if _travel_already_billed(session, entry.visit_id, entry_ids):
            continue
        visit = session.get(Visit, entry.visit_id)
        assert visit is not None  # the entry's foreign key
        site = session.get(Site, visit.site_id)
        assert site is not None  # the visit's foreign key
        metres = visit.travel_distance_m or 2 * site.distance_m
        minutes = visit.travel_minutes or 2 * site.travel_minutes
        label = f"{site.name}, {visit.arrived_at:%Y-%m-%d}"
        lines += _trip_lines(
            client.document_language,
            contract,
            vat,
            ("visit", visit.id),
            label,
            visit.arrived_at.date(),
            minutes,
            metres,
        )
    return lines


def bill_materials(
    session: Session, shop: Shop, client: Client, materials: Iterable[MaterialEntry], grouping: str
) -> list[LineDraft]:
    lines = []
    for material in sorted(materials, key=lambda m: (m.used_on, m.id)):
        key = (
            ("material", material.id)
            if grouping == "detail"
            else ("product", material.product_id or material.description)
        )
        lines.append(
            LineDraft(
                kind="material",
                group_key=key,
                description=material.description,
                unit=material.unit,
                unit_price_minor=material.unit_price_minor,
                vat=vat_treatment(session, shop, client, material.tax_rate_id),
                line_date=material.used_on,
                quantity_milli=material.quantity_milli,
                material_entry_ids=[material.id],
                contract_id=material.contract_id,
            )
        )
    return lines


def fee_period_billed(session: Session, contract_id: int, period_from: dt.date) -> bool:
    """A fee line for this period exists and was not credited with release."""
    credit = aliased(InvoiceLine)
    return bool(
        session.scalar(
            select(
                exists().where(
                    InvoiceLine.contract_id == contract_id,
                    InvoiceLine.kind == "fee",
                    InvoiceLine.period_from == period_from,
                    InvoiceLine.invoice_id == Invoice.id,
                    Invoice.kind == "invoice",
                    ~exists().where(
                        and_(
                            credit.credits_line_id == InvoiceLine.id, credit.releases_work.is_(True)
                        )
                    ),
                )
            )
        )
    )


def bill_fees(
    session: Session, shop: Shop, client: Client, first: dt.date, last: dt.date
) -> list[LineDraft]:
    """Recurring fees of term and managed contracts for every period that
    starts between `first` and `last` and has not been billed yet."""
    vat = vat_treatment(session, shop, client)
    lines = []
    contracts = session.scalars(
        select(Contract)
        .where(
            Contract.client_id == client.id,
            Contract.kind.in_(("term", "managed")),
            Contract.status == "active",
            Contract.billing_period.is_not(None),
        )
        .order_by(Contract.id)
    )
    for contract in contracts:
        assert contract.billing_period is not None  # selected with one above
        for start, end in windows_starting_between(contract.billing_period, first, last):
            if (
                start < contract.starts_on.replace(day=1)
                or (contract.ends_on is not None and start > contract.ends_on)
                or fee_period_billed(session, contract.id, start)
            ):
                continue
            period = _FeePeriod(
                contract_id=contract.id,
                period_from=start,
                period_to=end - dt.timedelta(days=1),
                line_date=start,
            )
            label = f"{start:%Y-%m-%d} – {end - dt.timedelta(days=1):%Y-%m-%d}"
            if contract.price_minor:
                lines.append(
                    LineDraft(
                        kind="fee",
                        group_key=("fee", contract.id, start),
                        description=f"{contract.name}, {label}",
                        unit="period",
                        unit_price_minor=contract.price_minor,
                        vat=vat,
                        quantity_milli=1000,
                        **period,
                    )
                )
            for fee in session.scalars(
                select(ContractFee)
                .where(ContractFee.contract_id == contract.id)
                .order_by(ContractFee.id)
            ):
                lines.append(
                    LineDraft(
                        kind="fee",
                        group_key=("fee", contract.id, start, fee.id),
                        description=f"{fee.description}, {label}",
                        unit=fee.unit,
                        unit_price_minor=fee.unit_price_minor,
                        vat=vat_treatment(session, shop, client, fee.tax_rate_id),
                        quantity_milli=fee.quantity_milli,
                        **period,
                    )
                )
    return lines
