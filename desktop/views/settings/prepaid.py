"""When a block of prepaid hours is invoiced: by the next month-end run for
the client (the default), or at once, as a draft, when it is bought."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.session import read_only
from desktop.services.billing.blocks import invoice_on_purchase, set_invoice_on_purchase
from desktop.views.settings.form import FieldForm, StatusLabel, button, save_in_unit_of_work


class PrepaidSection(QWidget):
    """The shop's choice of when a block is invoiced (also
    `techledger prepaid settings --invoice-on-purchase`)."""

    def __init__(self, sessions: sessionmaker[Session], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.card = FieldForm(
            self.tr("Prepaid hours"),
            self.tr(
                "Every block of hours a client buys is invoiced once, at its price, "
                "with the client's VAT. A block that costs nothing is not invoiced."
            ),
        )
        self.on_purchase = QCheckBox(self.tr("Invoice a block as soon as it is bought"))
        self.on_purchase.setObjectName("invoiceOnPurchase")
        self.card.add_field(
            "invoice_on_purchase",
            self.tr("Invoicing"),
            self.on_purchase,
            self.tr(
                "On: a top-up creates a draft invoice for the block at once. "
                "Off: the next month-end run for the client invoices it."
            ),
        )
        self.status = StatusLabel()
        self.save_button = button(self.tr("Save prepaid settings"))
        self.save_button.clicked.connect(self.save)
        self.card.add_buttons(self.save_button, status=self.status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.card)
        layout.addStretch(1)
        self.load()

    def load(self) -> None:
        with read_only(self.sessions) as session:
            self.on_purchase.setChecked(invoice_on_purchase(session))
        self.card.clear_errors()

    def save(self) -> bool:
        on = self.on_purchase.isChecked()
        ok = save_in_unit_of_work(
            self.sessions, self.card, lambda s: set_invoice_on_purchase(s, on)
        )
        if ok:
            self.status.flash(self.tr("Prepaid settings saved."))
        return ok
