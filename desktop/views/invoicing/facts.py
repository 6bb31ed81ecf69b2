"""The facts beside an invoice's lines."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel

from desktop.services.billing.unbilled import InvoiceView
from desktop.views.formatting import format_date, format_money

from .common import tr


def fill_facts(form: QFormLayout, inv: InvoiceView) -> None:
    """What the editor shows beside the lines: work period, dates, what is
    paid, credited and outstanding."""
    while form.rowCount():
        form.removeRow(0)

    def row(name: str, value: str, colour: str | None = None) -> None:
        label = QLabel(name)
        label.setObjectName("factName")
        text = QLabel(value)
        text.setObjectName("factValue")
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if colour:
            text.setStyleSheet(f"color: {colour}; font-weight: 600;")
        form.addRow(label, text)

    if inv.supply_from or inv.supply_to:
        row(tr("Work done"), f"{format_date(inv.supply_from)} – {format_date(inv.supply_to)}")
    if inv.is_draft:
        row(
            tr("Lines"),
            tr("%1 lines; select one to change it").replace("%1", str(len(inv.lines))),
        )
    else:
        row(tr("Issued"), format_date(inv.issue_date))
        if inv.kind == "invoice":
            row(
                tr("Due"),
                format_date(inv.due_date),
                "#B3261E" if inv.status == "overdue" else None,
            )
            row(tr("Paid"), format_money(inv.paid_minor, inv.currency))
            if inv.credited_minor:
                row(tr("Credited"), format_money(inv.credited_minor, inv.currency))
            if inv.outstanding_minor < 0:
                row(
                    tr("Credit"),
                    tr("%1 paid too much").replace(
                        "%1", format_money(-inv.outstanding_minor, inv.currency)
                    ),
                    "#1E6B35",
                )
            else:
                row(
                    tr("Outstanding"),
                    format_money(inv.outstanding_minor, inv.currency),
                    "#B3261E" if inv.status == "overdue" else None,
                )
            names = {
                "payment": tr("Payment"),
                "reversal": tr("Reversed"),
                "credit_in": tr("Credit applied"),
                "credit_out": tr("Credit moved"),
                "refund": tr("Refunded"),
            }
            if inv.client_credit_minor:
                row(
                    tr("Client's credit"),
                    tr(
                        "%1 from earlier payments can pay this invoice (Payment ▸ Apply credit…)"
                    ).replace("%1", format_money(inv.client_credit_minor, inv.currency)),
                    "#1E6B35",
                )
            for payment in inv.payments:
                row(
                    names.get(payment.kind, tr("Payment")),
                    f"{format_date(payment.received_on)} · "
                    f"{format_money(payment.amount_minor, inv.currency)}"
                    + (f" · {payment.reference}" if payment.reference else ""),
                )
            if inv.credit_notes:
                row(tr("Credit notes"), ", ".join(inv.credit_notes))
        if inv.corrects_number:
            row(tr("Corrects"), inv.corrects_number)
