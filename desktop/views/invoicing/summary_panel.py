"""The panel beside the invoice list: the selected invoice at a glance."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.billing import unbilled
from desktop.views.formatting import format_date, format_money

from .common import tr
from .editor import status_chip


class InvoiceSummaryPanel(QFrame):
    """The invoice selected in the list: who, when, how much is still owed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("factsPanel")
        self.setMinimumWidth(290)
        self.number_label = QLabel()
        self.number_label.setObjectName("sectionTitle")
        self.chip = QLabel()
        self.chip.setObjectName("statusChip")
        self.client_label = QLabel()
        self.client_label.setWordWrap(True)
        self.total_label = QLabel()
        self.total_label.setObjectName("bigNumber")
        self.form = QFormLayout()
        self.form.setHorizontalSpacing(14)
        self.form.setVerticalSpacing(4)
        self.empty = QLabel(tr("Select an invoice to see its details."))
        self.empty.setObjectName("hint")
        self.empty.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.number_label, 1)
        top.addWidget(self.chip)
        # One action per row: the panel is narrow and the words must fit.
        self.actions_row = QVBoxLayout()
        self.actions_row.setSpacing(2)
        self.actions_row.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.buttons: list[QToolButton] = []
        self.payable = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(8)
        layout.addWidget(self.empty)
        layout.addLayout(top)
        layout.addWidget(self.client_label)
        layout.addWidget(self.total_label)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addLayout(self.actions_row)
        self.show_invoice(None)

    def show_invoice(self, inv: unbilled.InvoiceView | None) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        for widget in (self.number_label, self.chip, self.client_label, self.total_label):
            widget.setVisible(inv is not None)
        self.empty.setVisible(inv is None)
        self.payable = (
            inv is not None
            and inv.kind == "invoice"
            and not inv.is_draft
            and inv.status != "credited"
        )
        for button in self.buttons:
            button.setVisible(self.payable)
        if inv is None:
            return
        if inv.is_draft:
            self.number_label.setText(tr("Draft"))
        elif inv.kind == "credit_note":
            self.number_label.setText(tr("Credit note %1").replace("%1", inv.number or ""))
        else:
            self.number_label.setText(tr("Invoice %1").replace("%1", inv.number or ""))
        status_chip(self.chip, inv.status)
        self.client_label.setText(inv.client_name)
        self.total_label.setText(format_money(inv.total_minor, inv.currency))

        def row(name: str, value: str, colour: str | None = None) -> None:
            label = QLabel(name)
            label.setObjectName("factName")
            text = QLabel(value)
            text.setWordWrap(True)
            if colour:
                text.setStyleSheet(f"color: {colour}; font-weight: 600;")
            self.form.addRow(label, text)

        row(tr("Lines"), str(len(inv.lines)))
        if inv.issue_date:
            row(tr("Issued"), format_date(inv.issue_date))
        if inv.due_date:
            row(
                tr("Due"), format_date(inv.due_date), "#B3261E" if inv.status == "overdue" else None
            )
        if inv.kind == "invoice" and not inv.is_draft:
            row(tr("Paid"), format_money(inv.paid_minor, inv.currency))
            if inv.outstanding_minor < 0:
                row(tr("Credit"), format_money(-inv.outstanding_minor, inv.currency), "#1E6B35")
            else:
                row(tr("Outstanding"), format_money(inv.outstanding_minor, inv.currency))
            if inv.credit_notes:
                row(tr("Credit notes"), ", ".join(inv.credit_notes))
        if inv.corrects_number:
            row(tr("Corrects"), inv.corrects_number)
