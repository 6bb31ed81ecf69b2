"""A client's contracts as the client page lists them: kind, dates and the
state on a given day."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Contract

STATES = ("active", "not_started", "ended", "draft", "cancelled")


@dataclass(frozen=True)
class ContractRow:
    id: int
    name: str
    kind: str
    starts_on: dt.date
    ends_on: dt.date | None
    state: str  # one of STATES


def contract_state(contract: Contract, today: dt.date) -> str:
    """Draft and cancelled as stored; an active contract is "not_started"
    before its first day and "ended" after its last."""
    if contract.status != "active":
        return contract.status
    if contract.starts_on > today:
        return "not_started"
    if contract.ends_on is not None and contract.ends_on < today:
        return "ended"
    return "active"


def list_client_contracts(
    session: Session, client_id: int, today: dt.date | None = None
) -> list[ContractRow]:
    """The client's contracts, newest start first."""
    day = today or dt.date.today()
    rows = session.scalars(
        select(Contract)
        .where(Contract.client_id == client_id)
        .order_by(Contract.starts_on.desc(), Contract.id.desc())
    )
    return [
        ContractRow(c.id, c.name, c.kind, c.starts_on, c.ends_on, contract_state(c, day))
        for c in rows
    ]
