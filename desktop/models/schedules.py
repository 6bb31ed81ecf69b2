"""Maintenance schedules: tickets that come back on their own.

A schedule holds an RFC 5545 recurrence rule (the RRULE value, e.g.
`FREQ=MONTHLY;BYDAY=1MO`) anchored at `starts_on`, and the template of the
ticket each occurrence opens. Every occurrence made is claimed by one row of
`schedule_occurrences`; the unique (schedule_id, occurs_on) is what makes
each occurrence open exactly one ticket, even when two copies of the app run
the schedules at the same moment on a shared database."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, IdMixin, TimestampMixin, VersionedMixin


class MaintenanceSchedule(IdMixin, VersionedMixin, TimestampMixin, Base):
    __tablename__ = "maintenance_schedules"

    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), nullable=False)
    contract_id: Mapped[int | None] = mapped_column(ForeignKey("contracts.id"))
    rule: Mapped[str] = mapped_column(String(500), nullable=False)
    starts_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    ends_on: Mapped[dt.date | None] = mapped_column(Date)
    # Occurrences before this date are never made: set when a paused schedule
    # is resumed, so the pause is not caught up afterwards.
    resume_from: Mapped[dt.date | None] = mapped_column(Date)
    paused: Mapped[bool] = mapped_column(nullable=False, default=False)
    # The ticket template.
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    checklist: Mapped[str] = mapped_column(Text, nullable=False, default="")
    tier: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    priority: Mapped[str] = mapped_column(String(10), nullable=False, default="normal")
    assigned_technician_id: Mapped[int | None] = mapped_column(ForeignKey("technicians.id"))
    work_type_id: Mapped[int | None] = mapped_column(ForeignKey("work_types.id"))
    estimated_minutes: Mapped[int | None] = mapped_column(Integer)

    __table_args__ = (
        CheckConstraint("priority IN ('low', 'normal', 'high', 'urgent')", name="priority"),
        CheckConstraint("tier BETWEEN 0 AND 3", name="tier"),
        CheckConstraint("estimated_minutes IS NULL OR estimated_minutes > 0", name="estimate"),
        CheckConstraint("ends_on IS NULL OR ends_on >= starts_on", name="period"),
    )


class ScheduleOccurrence(IdMixin, Base):
    """One occurrence made: the claim, and the ticket it opened."""

    __tablename__ = "schedule_occurrences"

    schedule_id: Mapped[int] = mapped_column(ForeignKey("maintenance_schedules.id"), nullable=False)
    occurs_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"))
    made_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)

    __table_args__ = (UniqueConstraint("schedule_id", "occurs_on"),)
