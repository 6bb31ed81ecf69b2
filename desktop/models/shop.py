"""The shop itself, its people, its price list and its business settings."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
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
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, IdMixin, TimestampMixin, VersionedMixin


class Shop(IdMixin, VersionedMixin, TimestampMixin, Base):
    """The company that uses TechLedger: the seller on every invoice.

    One row. Default rounding lives here as the last fallback after the
    contract and the client."""

    __tablename__ = "shop"

    legal_name: Mapped[str] = mapped_column(String(200), nullable=False)
    trading_name: Mapped[str | None] = mapped_column(String(200))
    street: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    postcode: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    city: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    country: Mapped[str] = mapped_column(String(2), nullable=False)  # ISO 3166
    vat_id: Mapped[str | None] = mapped_column(String(32))
    registration: Mapped[str | None] = mapped_column(String(100))
    # EN 16931 BT-30: the legal registration id (e.g. a Swedish organisation
    # number) and its ISO/IEC 6523 scheme (0007 for Sweden's).
    legal_id: Mapped[str | None] = mapped_column(String(50))
    legal_id_scheme: Mapped[str | None] = mapped_column(String(4))
    iban: Mapped[str | None] = mapped_column(String(34))
    bic: Mapped[str | None] = mapped_column(String(11))
    bank_name: Mapped[str | None] = mapped_column(String(100))
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(50))
    website: Mapped[str | None] = mapped_column(String(200))
    logo_png: Mapped[bytes | None] = mapped_column(LargeBinary)
    accent_color: Mapped[str] = mapped_column(String(7), nullable=False, default="#1F5A96")
    default_currency: Mapped[str] = mapped_column(String(3), nullable=False)  # ISO 4217
    document_language: Mapped[str] = mapped_column(String(8), nullable=False, default="en")
    rounding_increment_min: Mapped[int] = mapped_column(Integer, nullable=False, default=15)
    rounding_mode: Mapped[str] = mapped_column(String(10), nullable=False, default="up")
    rounding_scope: Mapped[str] = mapped_column(String(10), nullable=False, default="entry")
    minimum_charge_min: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    ticket_number_pattern: Mapped[str] = mapped_column(
        String(50), nullable=False, default="T{YYYY}-{seq:05}"
    )
    embed_e_invoice: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)

    __table_args__ = (
        CheckConstraint("rounding_increment_min IN (1, 6, 10, 15, 30, 60)", name="increment"),
        CheckConstraint("rounding_mode IN ('up', 'nearest', 'down')", name="mode"),
        CheckConstraint("rounding_scope IN ('entry', 'visit', 'ticket')", name="scope"),
        CheckConstraint("minimum_charge_min >= 0", name="minimum"),
    )


class Technician(IdMixin, TimestampMixin, Base):
    __tablename__ = "technicians"

    name: Mapped[str] = mapped_column(String(200), nullable=False)
    email: Mapped[str | None] = mapped_column(String(200), unique=True)
    tier: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    level: Mapped[str] = mapped_column(String(20), nullable=False, default="standard")
    default_rate_minor: Mapped[int | None] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)

    __table_args__ = (
        CheckConstraint("tier BETWEEN 0 AND 4", name="tier"),
        CheckConstraint("default_rate_minor IS NULL OR default_rate_minor >= 0", name="rate"),
        # The time list sorted by technician walks technicians in name order.
        Index("ix_technicians_name", "name"),
    )


class WorkType(IdMixin, Base):
    """Remote, on-site, project… Each has a default rate in the shop currency."""

    __tablename__ = "work_types"

    code: Mapped[str] = mapped_column(String(30), nullable=False, unique=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    default_rate_minor: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    on_site: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    billable: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)

    __table_args__ = (
        CheckConstraint("default_rate_minor >= 0", name="rate"),
        # The time list sorted by work type walks work types in name order.
        Index("ix_work_types_name", "name"),
    )


class RateRule(IdMixin, Base):
    """An hourly rate valid from a date. Scope narrows from the whole shop to one
    contract; the billing engine picks the most specific rule in force on the
    day of the work, so a new rate never rewrites past work."""

    __tablename__ = "rate_rules"

    work_type_id: Mapped[int | None] = mapped_column(ForeignKey("work_types.id"))
    client_id: Mapped[int | None] = mapped_column(ForeignKey("clients.id"))
    contract_id: Mapped[int | None] = mapped_column(ForeignKey("contracts.id"))
    technician_level: Mapped[str | None] = mapped_column(String(20))
    rate_minor: Mapped[int] = mapped_column(Integer, nullable=False)
    currency: Mapped[str] = mapped_column(String(3), nullable=False)
    effective_from: Mapped[dt.date] = mapped_column(Date, nullable=False)
    effective_to: Mapped[dt.date | None] = mapped_column(Date)

    __table_args__ = (
        CheckConstraint("rate_minor >= 0", name="rate"),
        CheckConstraint("effective_to IS NULL OR effective_to >= effective_from", name="period"),
    )


class TaxRate(IdMixin, Base):
    """A VAT rate with its EN 16931 category (S standard, Z zero, E exempt,
    AE reverse charge, K intra-EU, G export, O outside scope)."""

    __tablename__ = "tax_rates"

    code: Mapped[str] = mapped_column(String(20), nullable=False, unique=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    rate_bp: Mapped[int] = mapped_column(Integer, nullable=False)
    category: Mapped[str] = mapped_column(String(2), nullable=False, default="S")
    exemption_reason: Mapped[str | None] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)

    __table_args__ = (
        CheckConstraint("rate_bp BETWEEN 0 AND 10000", name="rate"),
        CheckConstraint("category IN ('S', 'Z', 'E', 'AE', 'K', 'G', 'O')", name="category"),
    )


class Product(IdMixin, Base):
    """A catalogue item used as material on jobs."""

    __tablename__ = "products"

    sku: Mapped[str | None] = mapped_column(String(50), unique=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    unit: Mapped[str] = mapped_column(String(20), nullable=False, default="pc")
    cost_minor: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    price_minor: Mapped[int] = mapped_column(Integer, nullable=False)
    markup_bp: Mapped[int | None] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3), nullable=False)
    tax_rate_id: Mapped[int | None] = mapped_column(ForeignKey("tax_rates.id"))
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)

    __table_args__ = (CheckConstraint("cost_minor >= 0 AND price_minor >= 0", name="amounts"),)


class Holiday(IdMixin, Base):
    """A public holiday typed in by the shop, on top of the `holidays` package."""

    __tablename__ = "holidays"

    day: Mapped[dt.date] = mapped_column(Date, nullable=False)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    country: Mapped[str | None] = mapped_column(String(2))

    __table_args__ = (UniqueConstraint("day", "country"),)


class Setting(Base):
    """Business settings that travel with the data (SMTP host, numbering…).

    Never secrets: passwords live in the OS keyring."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON, nullable=False)


class Counter(Base):
    """Named gapless counters (ticket numbers per year and the like), bumped in
    the same transaction that uses the number."""

    __tablename__ = "counters"

    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    next_value: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    __table_args__ = (CheckConstraint("next_value >= 1", name="positive"),)


class AuditLog(IdMixin, Base):
    """Who did what to which record, append-only."""

    __tablename__ = "audit_log"

    at: Mapped[dt.datetime] = mapped_column(
        DateTime, nullable=False, server_default=func.current_timestamp()
    )
    actor: Mapped[str] = mapped_column(String(200), nullable=False)
    action: Mapped[str] = mapped_column(String(50), nullable=False)
    entity: Mapped[str] = mapped_column(String(50), nullable=False)
    entity_id: Mapped[int | None] = mapped_column(Integer)
    details: Mapped[Any | None] = mapped_column(JSON)

    # A record's history (desktop.services.queries.audit_view) is read by entity and id.
    __table_args__ = (Index("ix_audit_log_entity_entity_id", "entity", "entity_id"),)
