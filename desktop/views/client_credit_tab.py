"""The Credit tab of the client page: what the client paid beyond their
invoices (services/billing/client_credit.py says how it is counted), with
Apply… (to one of their open invoices) and Refund…."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.session import read_only
from desktop.services.billing import client_credit
from desktop.views.formatting import format_money
from desktop.views.invoicing.common import EXTRA_STYLE
from desktop.views.invoicing.credit_dialogs import ApplyCreditDialog, RefundCreditDialog
from desktop.views.invoicing.dialogs import open_dialog
from desktop.views.theme import STYLE_SHEET, icon


def tool_button(text: str, icon_name: str, slot) -> QToolButton:
    """As the contacts and sites tabs draw theirs (client_details.tool_button)."""
    button = QToolButton()
    button.setText(text)
    button.setIcon(icon(icon_name))
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    button.clicked.connect(slot)
    return button


class ClientCreditTab(QWidget):
    """One client's credit; `changed` after an apply or a refund."""

    changed = Signal()

    def __init__(self, sessions: sessionmaker[Session], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.client_id: int | None = None
        self.credit: client_credit.ClientCredit | None = None
        self.targets: list[client_credit.OpenInvoice] = []
        self.dialog: QDialog | None = None
        self.amount_label = QLabel()
        self.amount_label.setObjectName("bigNumber")
        # The page has no style for big numbers of its own: as the invoice's
        # facts show a credit.
        self.amount_label.setStyleSheet("font-size: 15pt; font-weight: 600; color: #1E6B35;")
        self.amount_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sources_label = QLabel()
        self.sources_label.setObjectName("hint")
        self.sources_label.setWordWrap(True)
        self.apply_button = tool_button(self.tr("Apply…"), "payment", self.apply)
        self.apply_button.setToolTip(self.tr("Pay one of the client's open invoices from it"))
        self.refund_button = tool_button(self.tr("Refund…"), "back", self.refund)
        self.refund_button.setToolTip(self.tr("Record money sent back to the client"))
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.refund_button)
        buttons.addStretch(1)
        title = QLabel(self.tr("Credit from earlier payments"))
        title.setObjectName("factName")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addWidget(title)
        layout.addWidget(self.amount_label)
        layout.addWidget(self.sources_label)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def show_client(self, client_id: int | None) -> None:
        self.client_id = client_id
        self.credit = None
        self.targets = []
        if client_id is not None:
            with read_only(self.sessions) as session:
                self.credit = client_credit.client_credit(session, client_id)
                self.targets = client_credit.open_invoices(session, client_id, self.credit.currency)
        credit = self.credit
        if credit is None:
            self.amount_label.setText("—")
            self.sources_label.setText("")
        else:
            self.amount_label.setText(format_money(credit.available_minor, credit.currency))
            if credit.sources:
                self.sources_label.setText(
                    self.tr("Paid beyond the total on: %1").replace(
                        "%1",
                        ", ".join(
                            f"{s.number} ({format_money(s.surplus_minor, credit.currency)})"
                            for s in credit.sources
                        ),
                    )
                )
            else:
                self.sources_label.setText(
                    self.tr("Money paid beyond an invoice's total shows here.")
                )
        has = credit is not None and credit.available_minor > 0
        self.apply_button.setEnabled(has and bool(self.targets))
        self.refund_button.setEnabled(has)

    def title(self) -> str:
        """The tab's title: with the amount when there is some credit."""
        credit = self.credit
        if credit is None or not credit.available_minor:
            return self.tr("Credit")
        return self.tr("Credit %1").replace(
            "%1", format_money(credit.available_minor, credit.currency)
        )

    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog

        def done(_d: QDialog) -> None:
            self.show_client(self.client_id)
            self.changed.emit()

        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        return open_dialog(dialog, done, STYLE_SHEET + EXTRA_STYLE)

    def apply(self) -> QDialog | None:
        if self.credit is None or not self.apply_button.isEnabled():
            return None
        return self._open(ApplyCreditDialog(self.sessions, self.credit, self.targets, self))

    def refund(self) -> QDialog | None:
        if self.credit is None or not self.refund_button.isEnabled():
            return None
        return self._open(RefundCreditDialog(self.sessions, self.credit, self))
