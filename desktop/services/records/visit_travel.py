"""Whether a visit's travel reaches an invoice, and if not, why: the visit
form says so under its travel fields."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Contract, Site, TimeEntry, Visit


def travel_billing(session: Session, visit: Visit) -> tuple[str, str]:
    """Whether the visit's travel goes on an invoice, as (state, contract
    name). Travel is priced only by a contract's travel terms (trip fee,
    distance rate, travel-time rate; billing/extras.py `bill_travel`), for
    the contract the visit's work is logged under. States: "" (no travel,
    or it is billed), "no_contract" (the work names no contract) and
    "no_terms" (the contract has no travel terms)."""
    site = session.get(Site, visit.site_id)
    minutes = visit.travel_minutes or (2 * site.travel_minutes if site else 0)
    metres = visit.travel_distance_m or (2 * site.distance_m if site else 0)
    if not minutes and not metres:
        return "", ""
    contract_ids: set[int] = set(
        session.scalars(
            select(TimeEntry.contract_id).where(
                TimeEntry.visit_id == visit.id, TimeEntry.contract_id.is_not(None)
            )
        )
    )
    if not contract_ids:
        return "no_contract", ""
    contracts = [session.get(Contract, i) for i in sorted(contract_ids)]
    for contract in contracts:
        if contract is not None and (
            contract.trip_fee_minor
            or (contract.distance_rate_minor and metres)
            or (contract.travel_rate_minor and minutes)
        ):
            return "", ""
    return "no_terms", ", ".join(c.name for c in contracts if c is not None)
