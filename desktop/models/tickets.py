"""Tickets, their timelines, the knowledge base and client feedback."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, IdMixin, TimestampMixin, VersionedMixin

TICKET_STATUSES = (
    "new",
    "open",
    "waiting_customer",
    "waiting_vendor",
    "resolved",
    "closed",
)
PRIORITIES = ("low", "normal", "high", "urgent")

# Full-text indexes of tickets and articles (migration 0003) and of time-entry
# descriptions (0005): FTS5 virtual tables on SQLite, kept in sync by
# triggers and not mapped here. SQLite lists them, and their shadow tables
# (`tickets_fts_data`…), as tables: schema comparisons (Alembic
# autogenerate) must skip these names.
SEARCH_INDEX_TABLES = ("tickets_fts", "knowledge_fts", "time_entries_fts")


def is_search_index_table(name: str | None) -> bool:
    """True for an FTS index table or one of its shadow tables."""
    if not name:
        return False
    return any(name == index or name.startswith(f"{index}_") for index in SEARCH_INDEX_TABLES)


class KnowledgeArticle(IdMixin, VersionedMixin, TimestampMixin, Base):
    """A known error or how-to (tier 0): what the user sees, why, and the fix."""

    __tablename__ = "knowledge_articles"

    title: Mapped[str] = mapped_column(String(300), nullable=False)
    symptoms: Mapped[str] = mapped_column(Text, nullable=False, default="")
    cause: Mapped[str] = mapped_column(Text, nullable=False, default="")
    workaround: Mapped[str] = mapped_column(Text, nullable=False, default="")
    fix: Mapped[str] = mapped_column(Text, nullable=False, default="")
    tags: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    published: Mapped[bool] = mapped_column(nullable=False, default=True)
    # The client-facing help site (services/helpdesk/kb_site.py) shows only
    # articles shared with clients, an explicit choice; internal notes are
    # for technicians and never leave the app.
    for_clients: Mapped[bool] = mapped_column(nullable=False, default=False, server_default=false())
    internal_notes: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default="")


class Ticket(IdMixin, VersionedMixin, TimestampMixin, Base):
    __tablename__ = "tickets"

    number: Mapped[str] = mapped_column(String(40), nullable=False, unique=True)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), nullable=False)
    site_id: Mapped[int | None] = mapped_column(ForeignKey("sites.id"))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"))
    contract_id: Mapped[int | None] = mapped_column(ForeignKey("contracts.id"))
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="new")
    priority: Mapped[str] = mapped_column(String(10), nullable=False, default="normal")
    tier: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    assigned_technician_id: Mapped[int | None] = mapped_column(ForeignKey("technicians.id"))
    vendor_name: Mapped[str | None] = mapped_column(String(200))
    vendor_case_ref: Mapped[str | None] = mapped_column(String(100))
    vendor_promised_on: Mapped[dt.date | None] = mapped_column(Date)
    opened_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    first_response_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    first_response_due_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    resolution_due_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    sla_paused_minutes: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    # When the last 25 % of each target's business time begins (the queue's
    # "at risk"), and when the running pause (waiting for the customer)
    # began; stored so the queue filters in SQL. See services/helpdesk/sla.py.
    first_response_warn_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    resolution_warn_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    sla_paused_since: Mapped[dt.datetime | None] = mapped_column(DateTime)
    solved_by_article_id: Mapped[int | None] = mapped_column(ForeignKey("knowledge_articles.id"))

    events: Mapped[list[TicketEvent]] = relationship(
        back_populates="ticket", order_by="TicketEvent.at"
    )

    __table_args__ = (
        CheckConstraint(
            "status IN ('new', 'open', 'waiting_customer', 'waiting_vendor', 'resolved', 'closed')",
            name="status",
        ),
        CheckConstraint("priority IN ('low', 'normal', 'high', 'urgent')", name="priority"),
        CheckConstraint("tier BETWEEN 0 AND 4", name="tier"),
        CheckConstraint("resolved_at IS NULL OR resolved_at >= opened_at", name="resolved"),
        CheckConstraint("sla_paused_minutes >= 0", name="paused"),
        Index("ix_tickets_client_opened", "client_id", "opened_at"),
        Index("ix_tickets_status_opened", "status", "opened_at"),
        Index("ix_tickets_opened_at", "opened_at"),
        Index("ix_tickets_assigned", "assigned_technician_id"),
        # Sorting "All tickets" by title or tier walks these (migration 0013).
        Index("ix_tickets_title", "title"),
        Index("ix_tickets_tier_opened", "tier", "opened_at"),
    )


class TicketEvent(IdMixin, Base):
    """One line of a ticket's timeline. Escalations carry from/to tier and the
    reason; status changes carry from/to status; messages record what was sent."""

    __tablename__ = "ticket_events"

    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"), nullable=False)
    at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    technician_id: Mapped[int | None] = mapped_column(ForeignKey("technicians.id"))
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    body: Mapped[str] = mapped_column(Text, nullable=False, default="")
    from_tier: Mapped[int | None] = mapped_column(Integer)
    to_tier: Mapped[int | None] = mapped_column(Integer)
    from_status: Mapped[str | None] = mapped_column(String(20))
    to_status: Mapped[str | None] = mapped_column(String(20))
    assigned_technician_id: Mapped[int | None] = mapped_column(ForeignKey("technicians.id"))

    ticket: Mapped[Ticket] = relationship(back_populates="events")

    __table_args__ = (
        CheckConstraint(
            "kind IN ('public_note', 'internal_note', 'status_change', 'assignment',"
            " 'escalation', 'message_sent', 'feedback')",
            name="kind",
        ),
        CheckConstraint(
            "kind != 'escalation' OR (from_tier IS NOT NULL AND to_tier IS NOT NULL"
            " AND length(body) > 0)",
            name="escalation",
        ),
        Index("ix_ticket_events_ticket_at", "ticket_id", "at"),
    )


class Feedback(IdMixin, Base):
    """The client's satisfaction rating for a resolved ticket."""

    __tablename__ = "feedback"

    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"), nullable=False, unique=True)
    rating: Mapped[int] = mapped_column(Integer, nullable=False)
    comment: Mapped[str] = mapped_column(Text, nullable=False, default="")
    received_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)

    __table_args__ = (CheckConstraint("rating BETWEEN 1 AND 5", name="rating"),)


class MessageTemplate(IdMixin, Base):
    """Editable acknowledgement/resolution texts and canned replies, per language."""

    __tablename__ = "message_templates"

    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    language: Mapped[str] = mapped_column(String(8), nullable=False)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    subject: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    body: Mapped[str] = mapped_column(Text, nullable=False)

    __table_args__ = (
        UniqueConstraint("kind", "language", "name"),
        CheckConstraint("kind IN ('acknowledgement', 'resolution', 'canned')", name="kind"),
    )
