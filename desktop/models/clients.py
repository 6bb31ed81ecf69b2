"""Clients, the people at them and the places technicians drive to."""

from __future__ import annotations

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, IdMixin, TimestampMixin, VersionedMixin


class Client(IdMixin, VersionedMixin, TimestampMixin, Base):
    """A customer of the shop. Never hard-deleted once it has history:
    `archived` hides it from lists and pickers."""

    __tablename__ = "clients"

    name: Mapped[str] = mapped_column(String(200), nullable=False)
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(50))
    street: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    postcode: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    city: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    country: Mapped[str] = mapped_column(String(2), nullable=False)
    vat_id: Mapped[str | None] = mapped_column(String(32))
    currency: Mapped[str] = mapped_column(String(3), nullable=False)
    document_language: Mapped[str] = mapped_column(String(8), nullable=False, default="en")
    payment_terms_days: Mapped[int] = mapped_column(Integer, nullable=False, default=30)
    default_rate_minor: Mapped[int | None] = mapped_column(Integer)
    # Rounding overrides; NULL falls back to the shop's defaults.
    rounding_increment_min: Mapped[int | None] = mapped_column(Integer)
    rounding_mode: Mapped[str | None] = mapped_column(String(10))
    minimum_charge_min: Mapped[int | None] = mapped_column(Integer)
    show_raw_time: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    archived: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)

    contacts: Mapped[list[Contact]] = relationship(back_populates="client")
    sites: Mapped[list[Site]] = relationship(back_populates="client")

    __table_args__ = (
        CheckConstraint("length(trim(name)) > 0", name="name"),
        CheckConstraint("payment_terms_days BETWEEN 0 AND 365", name="terms"),
        CheckConstraint("default_rate_minor IS NULL OR default_rate_minor >= 0", name="rate"),
        CheckConstraint(
            "rounding_increment_min IS NULL OR rounding_increment_min IN (1, 6, 10, 15, 30, 60)",
            name="increment",
        ),
        CheckConstraint(
            "rounding_mode IS NULL OR rounding_mode IN ('up', 'nearest', 'down')", name="mode"
        ),
        Index("ix_clients_archived_name", "archived", "name"),
    )


class Contact(IdMixin, VersionedMixin, TimestampMixin, Base):
    __tablename__ = "contacts"

    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), nullable=False, index=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    role: Mapped[str | None] = mapped_column(String(100))
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(50))
    is_billing: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    archived: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)

    client: Mapped[Client] = relationship(back_populates="contacts")

    __table_args__ = (CheckConstraint("length(trim(name)) > 0", name="name"),)


class Site(IdMixin, VersionedMixin, TimestampMixin, Base):
    """A place where on-site work happens, with its distance and travel time
    from the shop (travel lines are priced from these)."""

    __tablename__ = "sites"

    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), nullable=False, index=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    street: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    postcode: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    city: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    country: Mapped[str] = mapped_column(String(2), nullable=False)
    distance_m: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    travel_minutes: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    archived: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)

    client: Mapped[Client] = relationship(back_populates="sites")

    __table_args__ = (
        CheckConstraint("length(trim(name)) > 0", name="name"),
        CheckConstraint("distance_m >= 0 AND travel_minutes >= 0", name="travel"),
    )
