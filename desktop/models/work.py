"""What technicians did: time entries, materials used and on-site visits."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, IdMixin, TimestampMixin, VersionedMixin


class Visit(IdMixin, VersionedMixin, TimestampMixin, Base):
    """An on-site visit, signed by the customer on the technician's laptop."""

    __tablename__ = "visits"

    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), nullable=False, index=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"), nullable=False)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"))
    technician_id: Mapped[int] = mapped_column(ForeignKey("technicians.id"), nullable=False)
    arrived_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    departed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    travel_minutes: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    travel_distance_m: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    work_summary: Mapped[str] = mapped_column(Text, nullable=False, default="")
    signature_png: Mapped[bytes | None] = mapped_column(LargeBinary)
    signer_name: Mapped[str | None] = mapped_column(String(200))
    signed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    __table_args__ = (
        CheckConstraint("departed_at IS NULL OR departed_at > arrived_at", name="times"),
        CheckConstraint("travel_minutes >= 0 AND travel_distance_m >= 0", name="travel"),
        CheckConstraint(
            "signature_png IS NULL OR (signer_name IS NOT NULL AND signed_at IS NOT NULL)",
            name="signature",
        ),
    )


class TimeEntry(IdMixin, VersionedMixin, TimestampMixin, Base):
    """Work done. Raw minutes are what the clock said and are never changed by
    billing; billed minutes sit beside them with the rule that produced them,
    so a later change of rounding rules leaves invoiced history alone."""

    __tablename__ = "time_entries"

    technician_id: Mapped[int] = mapped_column(ForeignKey("technicians.id"), nullable=False)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), nullable=False)
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"))
    contract_id: Mapped[int | None] = mapped_column(ForeignKey("contracts.id"))
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visits.id"))
    work_type_id: Mapped[int] = mapped_column(ForeignKey("work_types.id"), nullable=False)
    started_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    ended_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    raw_minutes: Mapped[int] = mapped_column(Integer, nullable=False)
    billed_minutes: Mapped[int | None] = mapped_column(Integer)
    rounding_rule: Mapped[str | None] = mapped_column(String(60))
    on_site: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    travel_minutes: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    travel_distance_m: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    billable: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    rate_minor: Mapped[int | None] = mapped_column(Integer)  # typed on the entry
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    invoice_line_id: Mapped[int | None] = mapped_column(ForeignKey("invoice_lines.id"))

    __table_args__ = (
        CheckConstraint("ended_at > started_at", name="times"),
        CheckConstraint("raw_minutes >= 0", name="raw"),
        CheckConstraint("billed_minutes IS NULL OR billed_minutes >= 0", name="billed"),
        CheckConstraint("travel_minutes >= 0 AND travel_distance_m >= 0", name="travel"),
        CheckConstraint("rate_minor IS NULL OR rate_minor >= 0", name="rate"),
        Index("ix_time_entries_started_at", "started_at"),
        Index("ix_time_entries_client_started", "client_id", "started_at"),
        Index("ix_time_entries_technician_started", "technician_id", "started_at"),
        # Sorting the time list by a column walks one of these (migration 0005).
        Index("ix_time_entries_ticket_started", "ticket_id", "started_at"),
        Index("ix_time_entries_work_type_started", "work_type_id", "started_at"),
        Index("ix_time_entries_raw_minutes", "raw_minutes"),
        Index("ix_time_entries_billed_minutes", "billed_minutes"),
        # Sorting by Billable (migration 0013); the unbilled queries keep to
        # ix_time_entries_unbilled (tests/db/test_listing_plans.py).
        Index("ix_time_entries_billable_started", "billable", "started_at"),
        # Drafting asks whether a visit's travel was billed with another of
        # its entries (migration 0006; a full scan per visit before).
        Index("ix_time_entries_visit", "visit_id"),
        # Only billed entries: with the unbilled ones (most rows of a big
        # file) in it, SQLite's statistics made this index look selective for
        # `invoice_line_id IS NULL` and the unbilled queries read every entry
        # through it (38 s for the month-end's client list). `= ?` lookups
        # still use it (migration 0005).
        Index(
            "ix_time_entries_invoice_line",
            "invoice_line_id",
            sqlite_where=text("invoice_line_id IS NOT NULL"),
            postgresql_where=text("invoice_line_id IS NOT NULL"),
        ),
        # The unbilled-work queries only ever look at billable rows with no line.
        Index(
            "ix_time_entries_unbilled",
            "client_id",
            "started_at",
            sqlite_where=text("billable = 1 AND invoice_line_id IS NULL"),
            postgresql_where=text("billable AND invoice_line_id IS NULL"),
        ),
    )


class MaterialEntry(IdMixin, VersionedMixin, TimestampMixin, Base):
    """Parts and materials used on a job, priced when used."""

    __tablename__ = "material_entries"

    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), nullable=False, index=True)
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"))
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visits.id"), index=True)
    contract_id: Mapped[int | None] = mapped_column(ForeignKey("contracts.id"))
    technician_id: Mapped[int | None] = mapped_column(ForeignKey("technicians.id"))
    product_id: Mapped[int | None] = mapped_column(ForeignKey("products.id"))
    used_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    description: Mapped[str] = mapped_column(String(300), nullable=False)
    quantity_milli: Mapped[int] = mapped_column(Integer, nullable=False)
    unit: Mapped[str] = mapped_column(String(20), nullable=False, default="pc")
    unit_cost_minor: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    unit_price_minor: Mapped[int] = mapped_column(Integer, nullable=False)
    markup_bp: Mapped[int | None] = mapped_column(Integer)
    tax_rate_id: Mapped[int | None] = mapped_column(ForeignKey("tax_rates.id"))
    billable: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    invoice_line_id: Mapped[int | None] = mapped_column(ForeignKey("invoice_lines.id"))

    __table_args__ = (
        CheckConstraint("quantity_milli > 0", name="quantity"),
        CheckConstraint("unit_cost_minor >= 0 AND unit_price_minor >= 0", name="amounts"),
    )


class RunningTimer(IdMixin, Base):
    """A timer that is running now. Stored so it survives a restart of the app;
    stopping it turns it into a TimeEntry."""

    __tablename__ = "running_timers"

    technician_id: Mapped[int] = mapped_column(
        ForeignKey("technicians.id"), nullable=False, unique=True
    )
    client_id: Mapped[int | None] = mapped_column(ForeignKey("clients.id"))
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"))
    work_type_id: Mapped[int | None] = mapped_column(ForeignKey("work_types.id"))
    started_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
