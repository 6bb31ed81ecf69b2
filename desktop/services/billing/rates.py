"""Which hourly rate applies to a piece of work.

Most specific first: a rate typed on the entry; the contract's rate for the
work type; the contract's general rate; the client's rate for the work type;
the client's default; the technician's level rate; the work type's default.
Rate rules carry effective dates and the rule in force on the day of the work
wins, so a new price never changes what earlier work cost. Rules and
defaults in another currency than the client's are never used: a missing
rate is an error to fix, not a silent conversion."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desktop.models import Client, Contract, RateRule, Shop, Technician, WorkType
from desktop.services.common.errors import UserError


class RateError(UserError, LookupError):
    """No rate can be found for the work in the client's currency."""


@dataclass(frozen=True)
class RateChoice:
    rate_minor: int
    source: str


@dataclass(frozen=True)
class WorkContext:
    client_id: int
    work_type_id: int
    on: dt.date
    technician_id: int | None = None
    contract_id: int | None = None
    entry_rate_minor: int | None = None


def _rule(session: Session, currency: str, on: dt.date, **scope: object) -> int | None:
    """The rate of the newest rule in force on `on` with exactly this scope."""
    query = select(RateRule.rate_minor).where(
        RateRule.currency == currency,
        RateRule.effective_from <= on,
        or_(RateRule.effective_to.is_(None), RateRule.effective_to >= on),
    )
    for column in ("work_type_id", "client_id", "contract_id", "technician_level"):
        value = scope.get(column)
        attribute = getattr(RateRule, column)
        query = query.where(attribute.is_(None) if value is None else attribute == value)
    return session.scalar(query.order_by(RateRule.effective_from.desc(), RateRule.id.desc()))


def resolve_rate(session: Session, work: WorkContext) -> RateChoice:
    if work.entry_rate_minor is not None:
        return RateChoice(work.entry_rate_minor, "entry")
    client = session.get(Client, work.client_id)
    if client is None:
        raise RateError(f"There is no client {work.client_id}.")
    currency = client.currency
    contract = session.get(Contract, work.contract_id) if work.contract_id else None
    if contract is not None:
        rate = _rule(
            session, currency, work.on, contract_id=contract.id, work_type_id=work.work_type_id
        )
        if rate is not None:
            return RateChoice(rate, "contract work type")
        if contract.hourly_rate_minor is not None and contract.currency == currency:
            return RateChoice(contract.hourly_rate_minor, "contract")
    rate = _rule(session, currency, work.on, client_id=client.id, work_type_id=work.work_type_id)
    if rate is not None:
        return RateChoice(rate, "client work type")
    if client.default_rate_minor is not None:
        return RateChoice(client.default_rate_minor, "client default")
    technician = session.get(Technician, work.technician_id) if work.technician_id else None
    if technician is not None:
        rate = _rule(
            session,
            currency,
            work.on,
            technician_level=technician.level,
            work_type_id=work.work_type_id,
        )
        if rate is None:
            rate = _rule(session, currency, work.on, technician_level=technician.level)
        if rate is not None:
            return RateChoice(rate, "technician level")
    shop_currency = session.scalar(select(Shop.default_currency).limit(1))
    if shop_currency == currency:
        if technician is not None and technician.default_rate_minor is not None:
            return RateChoice(technician.default_rate_minor, "technician level")
        rate = _rule(session, currency, work.on, work_type_id=work.work_type_id)
        if rate is not None:
            return RateChoice(rate, "work type")
        work_type = session.get(WorkType, work.work_type_id)
        if work_type is not None:
            return RateChoice(work_type.default_rate_minor, "work type")
    raise RateError(
        f"No hourly rate in {currency} for this work of {client.name}: "
        f"set a rate on the client or its contract."
    )
