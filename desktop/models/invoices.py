"""Invoices, credit notes, their lines, numbering series and payments."""

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
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, IdMixin, TimestampMixin, VersionedMixin

INVOICE_STATUSES = ("draft", "issued", "partly_paid", "paid", "credited", "void")


class InvoiceSeries(IdMixin, Base):
    """A numbering series. `next_seq` is bumped in the transaction that issues
    an invoice, so numbers within a series are unique and gapless."""

    __tablename__ = "invoice_series"

    code: Mapped[str] = mapped_column(String(20), nullable=False, unique=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    kind: Mapped[str] = mapped_column(String(12), nullable=False, default="invoice")
    pattern: Mapped[str] = mapped_column(String(60), nullable=False, default="{YYYY}-{seq:05}")
    next_seq: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    active: Mapped[bool] = mapped_column(nullable=False, default=True)

    __table_args__ = (
        CheckConstraint("next_seq >= 1", name="next_seq"),
        CheckConstraint("kind IN ('invoice', 'credit_note')", name="kind"),
    )


class Invoice(IdMixin, VersionedMixin, TimestampMixin, Base):
    """An invoice or credit note. Drafts have no number; issuing assigns one and
    freezes the record (seller and buyer are copied into the snapshots so a
    later change of address does not alter an issued document)."""

    __tablename__ = "invoices"

    kind: Mapped[str] = mapped_column(String(12), nullable=False, default="invoice")
    series_id: Mapped[int] = mapped_column(ForeignKey("invoice_series.id"), nullable=False)
    seq: Mapped[int | None] = mapped_column(Integer)
    number: Mapped[str | None] = mapped_column(String(40))
    corrects_invoice_id: Mapped[int | None] = mapped_column(ForeignKey("invoices.id"))
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), nullable=False)
    contract_id: Mapped[int | None] = mapped_column(ForeignKey("contracts.id"))
    status: Mapped[str] = mapped_column(String(12), nullable=False, default="draft")
    issue_date: Mapped[dt.date | None] = mapped_column(Date)
    supply_from: Mapped[dt.date | None] = mapped_column(Date)
    supply_to: Mapped[dt.date | None] = mapped_column(Date)
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    currency: Mapped[str] = mapped_column(String(3), nullable=False)
    language: Mapped[str] = mapped_column(String(8), nullable=False, default="en")
    grouping: Mapped[str] = mapped_column(String(12), nullable=False, default="detail")
    net_minor: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    tax_minor: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    total_minor: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    paid_minor: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    seller_snapshot: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    buyer_snapshot: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    issued_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # Tamper evidence (desktop.db.integrity_chain): SHA-256 over the invoice
    # and its lines at issue, chained to the previous issued invoice's hash
    # in the same series. Drafts have neither.
    content_hash: Mapped[str | None] = mapped_column(String(64))
    prev_hash: Mapped[str | None] = mapped_column(String(64))

    lines: Mapped[list[InvoiceLine]] = relationship(
        back_populates="invoice", order_by="InvoiceLine.position"
    )
    payments: Mapped[list[Payment]] = relationship(back_populates="invoice")

    __table_args__ = (
        UniqueConstraint("series_id", "seq"),
        UniqueConstraint("series_id", "number"),
        CheckConstraint("kind IN ('invoice', 'credit_note')", name="kind"),
        CheckConstraint(
            "status IN ('draft', 'issued', 'partly_paid', 'paid', 'credited', 'void')",
            name="status",
        ),
        # A draft has no number; anything past draft has one and an issue date.
        CheckConstraint(
            "(status = 'draft' AND number IS NULL AND seq IS NULL)"
            " OR (status != 'draft' AND number IS NOT NULL AND seq IS NOT NULL"
            " AND issue_date IS NOT NULL)",
            name="numbered",
        ),
        CheckConstraint(
            "kind = 'invoice' OR corrects_invoice_id IS NOT NULL", name="credit_note_ref"
        ),
        CheckConstraint("total_minor = net_minor + tax_minor", name="total"),
        CheckConstraint("paid_minor >= 0", name="paid"),
        CheckConstraint("grouping IN ('detail', 'ticket', 'visit', 'work_type')", name="grouping"),
        CheckConstraint(
            "due_date IS NULL OR issue_date IS NULL OR due_date >= issue_date", name="due"
        ),
        Index("ix_invoices_client_issue", "client_id", "issue_date"),
        Index("ix_invoices_status_due", "status", "due_date"),
    )


class InvoiceLine(IdMixin, Base):
    """A line as printed. `net_minor` is the line net to two decimals (EN 16931);
    VAT is computed per rate over the sum of nets, not per line."""

    __tablename__ = "invoice_lines"

    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id"), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    kind: Mapped[str] = mapped_column(String(12), nullable=False, default="labour")
    line_date: Mapped[dt.date | None] = mapped_column(Date)
    description: Mapped[str] = mapped_column(Text, nullable=False)
    quantity_milli: Mapped[int] = mapped_column(Integer, nullable=False)
    unit: Mapped[str] = mapped_column(String(20), nullable=False, default="h")
    unit_price_minor: Mapped[int] = mapped_column(Integer, nullable=False)
    net_minor: Mapped[int] = mapped_column(Integer, nullable=False)
    vat_rate_bp: Mapped[int] = mapped_column(Integer, nullable=False)
    vat_category: Mapped[str] = mapped_column(String(2), nullable=False, default="S")
    vat_exemption_reason: Mapped[str | None] = mapped_column(Text)
    # A credit note's share of its rate group's VAT rounding (migration 0009):
    # the credit note that empties a rate takes exactly the VAT left of it.
    # Added to the group's VAT by tax.vat_summary; 0 on every other line.
    vat_adjust_minor: Mapped[int] = mapped_column(
        Integer, nullable=False, default=0, server_default="0"
    )
    raw_minutes: Mapped[int | None] = mapped_column(Integer)
    billed_minutes: Mapped[int | None] = mapped_column(Integer)
    # Recurring fees name the contract period they bill, so a period is never
    # billed twice (the month-end run relies on it).
    contract_id: Mapped[int | None] = mapped_column(ForeignKey("contracts.id"))
    period_from: Mapped[dt.date | None] = mapped_column(Date)
    period_to: Mapped[dt.date | None] = mapped_column(Date)
    # The line of the original invoice that a credit-note line corrects, and
    # whether the credited work may be billed again (the user's choice).
    credits_line_id: Mapped[int | None] = mapped_column(ForeignKey("invoice_lines.id"))
    releases_work: Mapped[bool] = mapped_column(nullable=False, default=False)
    # Time priced by the minute (migration 0010): the net is billed_minutes ×
    # the hourly unit price ÷ 60, rounded once; quantity_milli is then only
    # the hours for lists and sums. Lines drafted before keep False: their
    # net came from an hour quantity rounded to two decimals.
    by_minute: Mapped[bool] = mapped_column(nullable=False, default=False, server_default=false())

    invoice: Mapped[Invoice] = relationship(back_populates="lines")

    __table_args__ = (
        UniqueConstraint("invoice_id", "position"),
        CheckConstraint(
            "kind IN ('labour', 'travel', 'material', 'fee', 'discount', 'covered',"
            " 'prepaid', 'adjustment')",
            name="kind",
        ),
        CheckConstraint("vat_rate_bp BETWEEN 0 AND 10000", name="vat"),
        CheckConstraint("quantity_milli != 0 OR net_minor = 0", name="quantity"),
        CheckConstraint(
            "period_from IS NULL OR (period_to IS NOT NULL AND period_to >= period_from)",
            name="period",
        ),
        Index("ix_invoice_lines_contract_period", "contract_id", "period_from"),
    )


class Payment(IdMixin, TimestampMixin, Base):
    __tablename__ = "payments"

    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id"), nullable=False, index=True)
    received_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    amount_minor: Mapped[int] = mapped_column(Integer, nullable=False)
    method: Mapped[str] = mapped_column(String(30), nullable=False, default="bank_transfer")
    reference: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    # A payment entered by mistake is never deleted: a `reversal` row (same
    # amount, positive) names it and says why. A client's credit moves as
    # `credit_out` (on the overpaid invoice) and `credit_in` (on the invoice
    # it pays, naming its credit_out in reverses_payment_id) or goes back as
    # a `refund`; services/billing/payments.py SIGN says how each counts.
    kind: Mapped[str] = mapped_column(
        String(12), nullable=False, default="payment", server_default="payment"
    )
    reason: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default="")
    reverses_payment_id: Mapped[int | None] = mapped_column(
        ForeignKey("payments.id"), index=True, unique=True
    )

    invoice: Mapped[Invoice] = relationship(back_populates="payments")

    __table_args__ = (
        CheckConstraint("amount_minor != 0", name="amount"),
        CheckConstraint(
            "kind IN ('payment', 'reversal', 'refund', 'credit_out', 'credit_in')", name="kind"
        ),
    )
