"""Contracts, what they cover, their SLA targets and the prepaid-hours ledger."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
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
    func,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, IdMixin, TimestampMixin, VersionedMixin

CONTRACT_KINDS = ("time_materials", "prepaid", "term", "managed")


class Contract(IdMixin, VersionedMixin, TimestampMixin, Base):
    """How a client is billed for a period.

    NULL in a rule column means "fall back to the client, then the shop".
    `business_hours` maps ISO weekday numbers ("1" Monday … "7" Sunday) to a
    list of ["HH:MM", "HH:MM"] spans; time outside them is after-hours."""

    __tablename__ = "contracts"

    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), nullable=False, index=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="active")
    starts_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    ends_on: Mapped[dt.date | None] = mapped_column(Date)
    currency: Mapped[str] = mapped_column(String(3), nullable=False)
    billing_period: Mapped[str | None] = mapped_column(String(10))  # month/quarter/year
    price_minor: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    included_minutes: Mapped[int | None] = mapped_column(Integer)  # term hour cap
    hourly_rate_minor: Mapped[int | None] = mapped_column(Integer)
    overage_rule: Mapped[str] = mapped_column(String(10), nullable=False, default="bill")
    overage_rate_minor: Mapped[int | None] = mapped_column(Integer)
    minimum_purchase_minutes: Mapped[int | None] = mapped_column(Integer)
    after_hours_policy: Mapped[str] = mapped_column(
        String(20), nullable=False, default="multiplier"
    )
    alert_thresholds_bp: Mapped[list[int]] = mapped_column(
        JSON, nullable=False, default=lambda: [8000, 9500]
    )
    rounding_increment_min: Mapped[int | None] = mapped_column(Integer)
    rounding_mode: Mapped[str | None] = mapped_column(String(10))
    rounding_scope: Mapped[str | None] = mapped_column(String(10))
    minimum_charge_min: Mapped[int | None] = mapped_column(Integer)
    minimum_charge_scope: Mapped[str | None] = mapped_column(String(10))
    business_hours: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after_hours_multiplier_bp: Mapped[int] = mapped_column(Integer, nullable=False, default=15000)
    weekend_multiplier_bp: Mapped[int] = mapped_column(Integer, nullable=False, default=15000)
    holiday_multiplier_bp: Mapped[int] = mapped_column(Integer, nullable=False, default=20000)
    trip_fee_minor: Mapped[int | None] = mapped_column(Integer)
    distance_rate_minor: Mapped[int | None] = mapped_column(Integer)  # per km or mile
    distance_unit: Mapped[str] = mapped_column(String(5), nullable=False, default="km")
    travel_rate_minor: Mapped[int | None] = mapped_column(Integer)  # per hour travelled
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")

    work_types: Mapped[list[ContractWorkType]] = relationship(
        back_populates="contract", cascade="all, delete-orphan"
    )
    fees: Mapped[list[ContractFee]] = relationship(
        back_populates="contract", cascade="all, delete-orphan"
    )

    __table_args__ = (
        CheckConstraint("kind IN ('time_materials', 'prepaid', 'term', 'managed')", name="kind"),
        CheckConstraint("status IN ('draft', 'active', 'ended', 'cancelled')", name="status"),
        CheckConstraint("ends_on IS NULL OR ends_on >= starts_on", name="period"),
        CheckConstraint(
            "billing_period IS NULL OR billing_period IN ('month', 'quarter', 'year')",
            name="billing_period",
        ),
        CheckConstraint("price_minor >= 0", name="price"),
        CheckConstraint("overage_rule IN ('bill', 'negative')", name="overage"),
        CheckConstraint(
            "after_hours_policy IN ('multiplier', 'bill_separately')", name="after_hours"
        ),
        CheckConstraint(
            "rounding_increment_min IS NULL OR rounding_increment_min IN (1, 6, 10, 15, 30, 60)",
            name="increment",
        ),
        CheckConstraint(
            "rounding_mode IS NULL OR rounding_mode IN ('up', 'nearest', 'down')", name="mode"
        ),
        CheckConstraint(
            "rounding_scope IS NULL OR rounding_scope IN ('entry', 'visit', 'ticket')",
            name="scope",
        ),
        CheckConstraint(
            "after_hours_multiplier_bp >= 0 AND weekend_multiplier_bp >= 0"
            " AND holiday_multiplier_bp >= 0",
            name="multipliers",
        ),
        CheckConstraint("distance_unit IN ('km', 'mi')", name="distance_unit"),
    )


class ContractWorkType(Base):
    """Which work types a contract covers (managed services: logged, not billed)
    or draws from the prepaid block."""

    __tablename__ = "contract_work_types"

    contract_id: Mapped[int] = mapped_column(ForeignKey("contracts.id"), primary_key=True)
    work_type_id: Mapped[int] = mapped_column(ForeignKey("work_types.id"), primary_key=True)
    role: Mapped[str] = mapped_column(String(10), nullable=False, default="covered")

    contract: Mapped[Contract] = relationship(back_populates="work_types")

    __table_args__ = (CheckConstraint("role IN ('covered', 'consumes')", name="role"),)


class ContractFee(IdMixin, Base):
    """A recurring fee line of a term or managed-services contract
    (e.g. 12 users × 25.00 per month)."""

    __tablename__ = "contract_fees"

    contract_id: Mapped[int] = mapped_column(ForeignKey("contracts.id"), nullable=False, index=True)
    description: Mapped[str] = mapped_column(String(200), nullable=False)
    quantity_milli: Mapped[int] = mapped_column(Integer, nullable=False, default=1000)
    unit: Mapped[str] = mapped_column(String(20), nullable=False, default="pc")
    unit_price_minor: Mapped[int] = mapped_column(Integer, nullable=False)
    tax_rate_id: Mapped[int | None] = mapped_column(ForeignKey("tax_rates.id"))

    contract: Mapped[Contract] = relationship(back_populates="fees")

    __table_args__ = (
        CheckConstraint("quantity_milli > 0 AND unit_price_minor >= 0", name="amounts"),
    )


class SlaTarget(IdMixin, Base):
    """Response and resolution targets per priority, in business minutes.
    A NULL contract is the shop-wide default."""

    __tablename__ = "sla_targets"

    contract_id: Mapped[int | None] = mapped_column(ForeignKey("contracts.id"))
    priority: Mapped[str] = mapped_column(String(10), nullable=False)
    first_response_minutes: Mapped[int] = mapped_column(Integer, nullable=False)
    resolution_minutes: Mapped[int] = mapped_column(Integer, nullable=False)

    __table_args__ = (
        UniqueConstraint("contract_id", "priority"),
        CheckConstraint("priority IN ('low', 'normal', 'high', 'urgent')", name="priority"),
        CheckConstraint(
            "first_response_minutes > 0 AND resolution_minutes >= first_response_minutes",
            name="targets",
        ),
    )


class PrepaidLedgerEntry(IdMixin, Base):
    """Append-only prepaid-hours ledger of a contract. The balance is always
    the sum of `minutes`: purchases add, deductions and expiries subtract,
    adjustments go either way. A deduction names the purchase (block) it was
    drawn from so first-expiring blocks are used first and can be shown."""

    __tablename__ = "prepaid_ledger"

    contract_id: Mapped[int] = mapped_column(ForeignKey("contracts.id"), nullable=False)
    kind: Mapped[str] = mapped_column(String(12), nullable=False)
    occurred_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    minutes: Mapped[int] = mapped_column(Integer, nullable=False)
    amount_minor: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    expires_on: Mapped[dt.date | None] = mapped_column(Date)
    block_id: Mapped[int | None] = mapped_column(ForeignKey("prepaid_ledger.id"))
    time_entry_id: Mapped[int | None] = mapped_column(ForeignKey("time_entries.id"))
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    recorded_at: Mapped[dt.datetime] = mapped_column(
        DateTime, nullable=False, server_default=func.current_timestamp()
    )
    # A purchase is invoiced once (services/prepaid/invoicing.py): by the
    # line named here, or outside TechLedger (blocks bought before
    # migration 0011, or recorded as settled).
    invoice_line_id: Mapped[int | None] = mapped_column(
        ForeignKey("invoice_lines.id"), index=True, unique=True
    )
    invoiced_elsewhere: Mapped[bool] = mapped_column(
        nullable=False, default=False, server_default=false()
    )

    __table_args__ = (
        CheckConstraint("kind IN ('purchase', 'deduction', 'expiry', 'adjustment')", name="kind"),
        CheckConstraint(
            "(kind = 'purchase' AND minutes > 0)"
            " OR (kind IN ('deduction', 'expiry') AND minutes < 0)"
            " OR kind = 'adjustment'",
            name="sign",
        ),
        CheckConstraint("amount_minor >= 0", name="amount"),
        Index("ix_prepaid_ledger_contract_occurred", "contract_id", "occurred_at"),
    )


class PrepaidAlert(IdMixin, Base):
    """A usage threshold that has been crossed; unique so each fires once."""

    __tablename__ = "prepaid_alerts"

    contract_id: Mapped[int] = mapped_column(ForeignKey("contracts.id"), nullable=False)
    threshold_bp: Mapped[int] = mapped_column(Integer, nullable=False)
    raised_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    acknowledged_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    __table_args__ = (UniqueConstraint("contract_id", "threshold_bp"),)
