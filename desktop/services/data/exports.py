"""Exports for the shop's accountant and spreadsheets: time entries,
invoices, and an accounting export (one row per invoice or credit note with
its net and VAT per rate, one row per payment), as CSV or XLSX.

This module builds the tables; `export_files` writes them (exact decimals,
formula-looking text neutralised, atomic replace). Plain Python; no Qt."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Row, select
from sqlalchemy.orm import Session, aliased

from desktop.models import (
    Client,
    Invoice,
    InvoiceLine,
    Payment,
    Technician,
    Ticket,
    TimeEntry,
    WorkType,
)
from desktop.services.billing.payments import SIGN
from desktop.services.billing.tax import TaxableLine, Totals, taxable, vat_summary
from desktop.services.common.durations import format_minutes
from desktop.services.common.money import minor_digits, to_decimal
from desktop.services.data.export_files import (
    DANGEROUS_FIRST,
    ExportError,
    ExportTable,
    csv_cell,
    neutralise,
    write_csv,
    write_xlsx,
)

__all__ = [
    "DANGEROUS_FIRST",
    "EXPORT_KINDS",
    "EXPORT_NAMES",
    "ExportError",
    "ExportResult",
    "ExportTable",
    "build_export",
    "csv_cell",
    "export",
    "neutralise",
    "write_csv",
    "write_xlsx",
]

EXPORT_KINDS = ("time", "invoices", "accounting")
EXPORT_NAMES = {
    "time": "Time entries",
    "invoices": "Invoices",
    "accounting": "Accounting (invoices, VAT per rate, payments)",
}


@dataclass(frozen=True)
class ExportResult:
    kind: str
    path: Path
    rows: int
    xlsx: bool


def _money(minor: int | None, currency: str) -> Decimal | None:
    if minor is None:
        return None
    return to_decimal(minor, currency).quantize(Decimal(1).scaleb(-minor_digits(currency)))


def _hours(minutes: int | None) -> str:
    return format_minutes(minutes)


def _period(date_from: dt.date, date_to: dt.date) -> tuple[dt.datetime, dt.datetime]:
    if date_to < date_from:
        raise ExportError("The period ends before it starts.")
    return (
        dt.datetime.combine(date_from, dt.time()),
        dt.datetime.combine(date_to + dt.timedelta(days=1), dt.time()),
    )


# -- the tables ----------------------------------------------------------------


def time_entries_table(session: Session, date_from: dt.date, date_to: dt.date) -> ExportTable:
    """Every time entry started in [date_from, date_to], oldest first."""
    start, end = _period(date_from, date_to)
    invoice_number = (
        select(Invoice.number)
        .join(InvoiceLine, InvoiceLine.invoice_id == Invoice.id)
        .where(InvoiceLine.id == TimeEntry.invoice_line_id)
        .scalar_subquery()
    )
    query = (
        select(
            TimeEntry,
            Technician.name,
            Client.name,
            Client.currency,
            WorkType.name,
            Ticket.number,
            invoice_number,
        )
        .join(Technician, Technician.id == TimeEntry.technician_id)
        .join(Client, Client.id == TimeEntry.client_id)
        .join(WorkType, WorkType.id == TimeEntry.work_type_id)
        .outerjoin(Ticket, Ticket.id == TimeEntry.ticket_id)
        .where(TimeEntry.started_at >= start, TimeEntry.started_at < end)
        .order_by(TimeEntry.started_at, TimeEntry.id)
    )
    rows = [
        (
            e.id,
            e.started_at.date(),
            e.started_at,
            e.ended_at,
            technician,
            client,
            work_type,
            ticket or "",
            e.description,
            e.raw_minutes,
            _hours(e.raw_minutes),
            e.billed_minutes,
            e.billable,
            e.on_site,
            number or "",
            currency,
            _money(e.rate_minor, currency),
        )
        for e, technician, client, currency, work_type, ticket, number in session.execute(query)
    ]
    headers = (
        "Entry",
        "Date",
        "Start",
        "End",
        "Technician",
        "Client",
        "Work type",
        "Ticket",
        "Description",
        "Raw minutes",
        "Raw hours",
        "Billed minutes",
        "Billable",
        "On site",
        "Invoice",
        "Currency",
        "Rate",
    )
    return ExportTable("Time entries", headers, rows)


def _issued_invoices(
    session: Session, date_from: dt.date, date_to: dt.date
) -> Sequence[Row[Invoice, str, str | None, str | None]]:
    _period(date_from, date_to)
    corrected = aliased(Invoice)
    return session.execute(
        select(Invoice, Client.name, Client.vat_id, corrected.number)
        .join(Client, Client.id == Invoice.client_id)
        .outerjoin(corrected, corrected.id == Invoice.corrects_invoice_id)
        .where(
            Invoice.status != "draft",
            Invoice.issue_date >= date_from,
            Invoice.issue_date <= date_to,
        )
        .order_by(Invoice.issue_date, Invoice.series_id, Invoice.seq)
    ).all()


def invoices_table(session: Session, date_from: dt.date, date_to: dt.date) -> ExportTable:
    """Every invoice and credit note issued in [date_from, date_to]."""
    rows = [
        (
            inv.number,
            inv.kind,
            inv.status,
            inv.issue_date,
            inv.supply_from,
            inv.supply_to,
            inv.due_date,
            client,
            vat_id or "",
            inv.currency,
            _money(inv.net_minor, inv.currency),
            _money(inv.tax_minor, inv.currency),
            _money(inv.total_minor, inv.currency),
            _money(inv.paid_minor, inv.currency),
            corrects or "",
        )
        for inv, client, vat_id, corrects in _issued_invoices(session, date_from, date_to)
    ]
    headers = (
        "Number",
        "Kind",
        "Status",
        "Issue date",
        "Supply from",
        "Supply to",
        "Due date",
        "Client",
        "Client VAT id",
        "Currency",
        "Net",
        "VAT",
        "Total",
        "Paid",
        "Corrects",
    )
    return ExportTable("Invoices", headers, rows)


def invoice_totals(session: Session, invoice_ids: list[int]) -> dict[int, Totals]:
    """The VAT summary of each invoice, worked out from its lines (EN 16931)."""
    lines: dict[int, list[TaxableLine]] = {i: [] for i in invoice_ids}
    if invoice_ids:
        for line in session.scalars(
            select(InvoiceLine).where(InvoiceLine.invoice_id.in_(invoice_ids))
        ):
            lines[line.invoice_id].append(taxable(line))
    return {invoice_id: vat_summary(items) for invoice_id, items in lines.items()}


def rate_label(category: str, rate_bp: int) -> str:
    percent = format(Decimal(rate_bp).scaleb(-2).normalize(), "f")
    return f"{percent}%" if category == "S" else f"{percent}% {category}"


def accounting_table(session: Session, date_from: dt.date, date_to: dt.date) -> ExportTable:
    """One row per invoice or credit note issued in the period, with net and
    VAT per rate; then one row per payment received in the period."""
    invoices = _issued_invoices(session, date_from, date_to)
    totals = invoice_totals(session, [inv.id for inv, *_ in invoices])
    rates = sorted(
        {(g.category, g.rate_bp) for t in totals.values() for g in t.groups},
        key=lambda key: (-key[1], key[0]),
    )
    headers = [
        "Record",
        "Date",
        "Number",
        "Invoice",
        "Client",
        "Client VAT id",
        "Currency",
        "Net",
        "VAT",
        "Gross",
    ]
    for category, rate in rates:
        headers += [f"Net {rate_label(category, rate)}", f"VAT {rate_label(category, rate)}"]
    headers += ["Payment", "Method", "Reference", "Status"]
    rows: list[tuple[Any, ...]] = []
    for inv, client, vat_id, corrects in invoices:
        summary = totals[inv.id]
        by_rate: dict[tuple[str, int], list[int]] = {}
        for group in summary.groups:
            sums = by_rate.setdefault((group.category, group.rate_bp), [0, 0])
            sums[0] += group.taxable_minor
            sums[1] += group.tax_minor
        cells: list[Any] = [
            inv.kind,
            inv.issue_date,
            inv.number,
            corrects or "",
            client,
            vat_id or "",
            inv.currency,
            _money(summary.net_minor, inv.currency),
            _money(summary.tax_minor, inv.currency),
            _money(summary.total_minor, inv.currency),
        ]
        for key in rates:
            if key in by_rate:
                cells += [_money(v, inv.currency) for v in by_rate[key]]
            else:
                cells += [None, None]
        cells += [None, "", "", inv.status]
        rows.append(tuple(cells))
    payments = session.execute(
        select(Payment, Invoice.number, Invoice.currency, Client.name, Client.vat_id)
        .join(Invoice, Invoice.id == Payment.invoice_id)
        .join(Client, Client.id == Invoice.client_id)
        .where(Payment.received_on >= date_from, Payment.received_on <= date_to)
        .order_by(Payment.received_on, Payment.id)
    )
    for payment, number, currency, client, vat_id in payments:
        # Reversals, refunds and credit moved between invoices count the
        # way they do in the invoice's paid amount (payments.SIGN).
        signed = SIGN.get(payment.kind, 1) * payment.amount_minor
        rows.append(
            (
                payment.kind,
                payment.received_on,
                "",
                number,
                client,
                vat_id or "",
                currency,
                None,
                None,
                None,
                *([None] * (2 * len(rates))),
                _money(signed, currency),
                payment.method,
                payment.reference,
                "",
            )
        )
    return ExportTable("Accounting", tuple(headers), rows)


_BUILDERS: dict[str, Callable[[Session, dt.date, dt.date], ExportTable]] = {
    "time": time_entries_table,
    "invoices": invoices_table,
    "accounting": accounting_table,
}


def build_export(session: Session, kind: str, date_from: dt.date, date_to: dt.date) -> ExportTable:
    if kind not in _BUILDERS:
        raise ExportError(
            f"There is no export of '{kind}'; choose one of {', '.join(EXPORT_KINDS)}."
        )
    return _BUILDERS[kind](session, date_from, date_to)


def export(
    session: Session,
    kind: str,
    date_from: dt.date,
    date_to: dt.date,
    path: str | Path,
    *,
    xlsx: bool = False,
) -> ExportResult:
    """Build the `kind` export for the period and write it to `path`."""
    table = build_export(session, kind, date_from, date_to)
    (write_xlsx if xlsx else write_csv)(table, Path(path))
    return ExportResult(kind=kind, path=Path(path), rows=len(table.rows), xlsx=xlsx)
