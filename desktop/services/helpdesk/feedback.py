"""The client's satisfaction after a resolution: a rating 1–5 and a comment,
per ticket, and summed up per technician and per client."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from desktop.models import Client, Feedback, Technician, Ticket, TicketEvent
from desktop.services.common.record_rules import refuse_control
from desktop.services.helpdesk.tickets import TicketError
from desktop.services.records.clients import ValidationError


def record_feedback(
    session: Session,
    ticket: Ticket,
    rating: int,
    comment: str = "",
    *,
    who: int | None = None,
    now: dt.datetime | None = None,
) -> Feedback:
    """Record (or correct) the feedback of a resolved ticket; it is on the
    timeline as well."""
    if ticket.status not in ("resolved", "closed"):
        raise TicketError("Feedback is asked for after the ticket is resolved.")
    if not 1 <= rating <= 5:
        raise ValidationError({"rating": "The rating is 1 (poor) to 5 (excellent)."})
    refuse_control(multiline=True, comment=comment)
    at = (now or dt.datetime.now()).replace(microsecond=0)
    row = session.scalar(select(Feedback).where(Feedback.ticket_id == ticket.id))
    if row is None:
        row = Feedback(ticket_id=ticket.id, rating=rating, comment=comment.strip(), received_at=at)
        session.add(row)
    else:
        row.rating, row.comment, row.received_at = rating, comment.strip(), at
    stars = "★" * rating + "☆" * (5 - rating)
    body = f"{stars} {rating}/5" + (f"\n{comment.strip()}" if comment.strip() else "")
    session.add(
        TicketEvent(ticket_id=ticket.id, at=at, technician_id=who, kind="feedback", body=body)
    )
    session.flush()
    return row


@dataclass(frozen=True)
class FeedbackSummary:
    id: int | None
    name: str
    responses: int
    average: float
    lowest: int


def _summary(
    session: Session,
    key: InstrumentedAttribute[int],
    name: InstrumentedAttribute[str],
    since: dt.date | None,
    until: dt.date | None = None,
) -> list[FeedbackSummary]:
    stmt = (
        select(
            key, name, func.count(Feedback.id), func.avg(Feedback.rating), func.min(Feedback.rating)
        )
        .select_from(Feedback)
        .join(Ticket, Ticket.id == Feedback.ticket_id)
        .group_by(key, name)
        .order_by(name)
    )
    if key is Technician.id:
        stmt = stmt.outerjoin(Technician, Technician.id == Ticket.assigned_technician_id)
    else:
        stmt = stmt.join(Client, Client.id == Ticket.client_id)
    if since is not None:
        stmt = stmt.where(Feedback.received_at >= dt.datetime.combine(since, dt.time.min))
    if until is not None:
        next_day = dt.datetime.combine(until + dt.timedelta(days=1), dt.time.min)
        stmt = stmt.where(Feedback.received_at < next_day)
    return [
        FeedbackSummary(i, n or "(unassigned)", int(c), round(float(a), 2), int(m))
        for i, n, c, a, m in session.execute(stmt)
    ]


def by_technician(
    session: Session, since: dt.date | None = None, until: dt.date | None = None
) -> list[FeedbackSummary]:
    """Average rating of the tickets each technician was assigned, for the
    feedback received from `since` to `until` (both included; open-ended
    when None)."""
    return _summary(session, Technician.id, Technician.name, since, until)


def by_client(
    session: Session, since: dt.date | None = None, until: dt.date | None = None
) -> list[FeedbackSummary]:
    """Average rating per client, for the same period as by_technician."""
    return _summary(session, Client.id, Client.name, since, until)


def overall(
    session: Session, since: dt.date | None = None, until: dt.date | None = None
) -> FeedbackSummary | None:
    """All ratings received in the period together; None when there are none."""
    stmt = select(func.count(Feedback.id), func.avg(Feedback.rating), func.min(Feedback.rating))
    if since is not None:
        stmt = stmt.where(Feedback.received_at >= dt.datetime.combine(since, dt.time.min))
    if until is not None:
        next_day = dt.datetime.combine(until + dt.timedelta(days=1), dt.time.min)
        stmt = stmt.where(Feedback.received_at < next_day)
    count, average, lowest = session.execute(stmt).one()
    if not count:
        return None
    return FeedbackSummary(None, "", int(count), round(float(average), 2), int(lowest))
