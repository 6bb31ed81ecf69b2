"""Ticket numbers from the shop's pattern, and the contract a new ticket
falls under (its SLA targets and business hours)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Contract, Counter, Ticket
from desktop.services.billing.numbering import format_number
from desktop.services.billing.rules import the_shop


def next_ticket_number(session: Session, opened: dt.date) -> str:
    """Take the next number from the shop's pattern, in the caller's
    transaction (a rolled-back ticket gives its number back).

    Patterns with a year count per year (counter `ticket:2026`), others in
    one counter (`ticket`)."""
    pattern = the_shop(session).ticket_number_pattern
    yearly = "{YYYY" in pattern or "{YY" in pattern
    name = f"ticket:{opened.year}" if yearly else "ticket"
    counter = session.scalar(select(Counter).where(Counter.name == name).with_for_update())
    if counter is None:
        counter = Counter(name=name, next_value=1)
        session.add(counter)
    while True:
        number = format_number(pattern, counter.next_value, opened, "")
        counter.next_value += 1
        # Tickets imported or typed by hand may already use a number.
        if session.scalar(select(Ticket.id).where(Ticket.number == number)) is None:
            session.flush()
            return number


def active_contract_id(session: Session, client_id: int, day: dt.date) -> int | None:
    """The client's contract in force on `day` (the SLA and billing source)."""
    return session.scalar(
        select(Contract.id)
        .where(
            Contract.client_id == client_id,
            Contract.status == "active",
            Contract.starts_on <= day,
            (Contract.ends_on.is_(None)) | (Contract.ends_on >= day),
        )
        .order_by(Contract.starts_on.desc(), Contract.id.desc())
        .limit(1)
    )
