"""Dialogs for correcting payments and using a client's credit: reverse a
payment entered by mistake, apply credit to an open invoice, refund it.
The rules are in services/billing/payments.py and client_credit.py; a
refusal shows under the field it names and keeps what was typed."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget, QListWidgetItem, QWidget
from sqlalchemy.orm import Session, sessionmaker

from desktop.services.billing import client_credit, payments
from desktop.services.billing.invoices import InvoiceError
from desktop.services.billing.unbilled import InvoiceView
from desktop.services.common.money import AmountError, parse_amount
from desktop.views.formatting import format_date, format_money
from desktop.views.record_dialog import RecordDialog, service_message

from .common import date_edit, date_of, input_amount, tr


class _CreditDialog(RecordDialog):
    """Shows a service refusal at the field it names (`field` of the
    error, mapped through FIELDS), else in the banner."""

    FIELDS: dict[str, str] = {}

    def accept(self) -> None:
        try:
            super().accept()
        except InvoiceError as exc:
            key = self.FIELDS.get(exc.field or "", exc.field)
            if key in self._fields:
                self.show_errors({key: str(exc)})
            else:
                self.show_banner(service_message(str(exc)))

    def _hint(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("hint")
        label.setWordWrap(True)
        self.form.insertRow(0, label)
        return label

    def _amount_ok(self, edit: QLineEdit, currency: str, required: bool = True) -> bool:
        """False (and the message under the amount) when it cannot be read."""
        if not required and not edit.text().strip():
            return True
        try:
            parse_amount(edit.text(), currency)
        except AmountError as exc:
            self.show_errors({"amount": str(exc)})
            return False
        return True

    def _reason_ok(self, edit: QLineEdit, message: str) -> bool:
        if edit.text().strip():
            return True
        self.show_errors({"reason": message})
        return False


class ReversePaymentDialog(_CreditDialog):
    """Choose one of the invoice's payments and say why it is reversed."""

    def __init__(
        self, sessions: sessionmaker[Session], invoice: InvoiceView, parent: QWidget | None = None
    ) -> None:
        super().__init__(sessions, tr("Reverse a payment"), parent)
        self.invoice = invoice
        self._hint(
            tr(
                "For a payment entered by mistake. It stays on record; a reversal of the "
                "same amount is added with your reason, and the balance follows."
            )
        )
        self.payment_list = QListWidget()
        for payment in invoice.payments:
            if not payment.reversible:
                continue
            amount = format_money(payment.amount_minor, invoice.currency)
            text = f"{format_date(payment.received_on)} · {amount}"
            if payment.reference:
                text += f" · {payment.reference}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, payment.id)
            self.payment_list.addItem(item)
        self.payment_list.setCurrentRow(self.payment_list.count() - 1)
        self.payment_list.setMaximumHeight(self.fontMetrics().height() * 6 + 12)
        self.add_field("payment", tr("&Payment"), self.payment_list)
        self.reason_edit = self.add_field("reason", tr("&Reason"), QLineEdit())
        self.reason_edit.setPlaceholderText(tr("e.g. booked on the wrong invoice"))
        self.date_edit = self.add_field("date", tr("&Date"), date_edit(dt.date.today()))
        self.setMinimumWidth(480)

    def select_payment(self, payment_id: int) -> None:
        for row in range(self.payment_list.count()):
            if self.payment_list.item(row).data(Qt.ItemDataRole.UserRole) == payment_id:
                self.payment_list.setCurrentRow(row)

    def accept(self) -> None:
        self.clear_errors()
        if self.payment_list.currentItem() is None:
            self.show_errors({"payment": tr("Choose the payment to reverse.")})
            return
        if not self._reason_ok(
            self.reason_edit, tr("Say why the payment is reversed; the reason is kept.")
        ):
            return
        super().accept()

    def save(self, session: Session) -> int:
        item = self.payment_list.currentItem()
        reversal = payments.reverse_payment(
            session,
            item.data(Qt.ItemDataRole.UserRole),
            reason=self.reason_edit.text(),
            on=date_of(self.date_edit),
        )
        return reversal.id


class ApplyCreditDialog(_CreditDialog):
    """Pay one of the client's open invoices from their credit."""

    FIELDS = {"invoice": "invoice", "amount": "amount"}

    def __init__(
        self,
        sessions: sessionmaker[Session],
        credit: client_credit.ClientCredit,
        targets: list[client_credit.OpenInvoice],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(sessions, tr("Apply credit"), parent)
        self.credit = credit
        currency = credit.currency
        self._hint(
            tr("Credit from earlier payments: %1").replace(
                "%1", format_money(credit.available_minor, currency)
            )
        )
        self.invoice_combo = QComboBox()
        for target in targets:
            self.invoice_combo.addItem(
                tr("%1 · %2 to pay")
                .replace("%1", target.number)
                .replace("%2", format_money(target.outstanding_minor, currency)),
                target.invoice_id,
            )
        self._owed = {t.invoice_id: t.outstanding_minor for t in targets}
        self.add_field("invoice", tr("&Invoice"), self.invoice_combo)
        self.amount_edit = self.add_field(
            "amount", tr("&Amount (%1)").replace("%1", currency), QLineEdit()
        )
        self.date_edit = self.add_field("date", tr("&Date"), date_edit(dt.date.today()))
        self.invoice_combo.currentIndexChanged.connect(lambda _i: self._suggest())
        self._suggest()
        self.setMinimumWidth(460)

    def _suggest(self) -> None:
        """As much as the credit and the chosen invoice allow."""
        owed = self._owed.get(self.invoice_combo.currentData(), 0)
        amount = min(owed, self.credit.available_minor)
        self.amount_edit.setText(input_amount(amount, self.credit.currency))

    def accept(self) -> None:
        self.clear_errors()
        if self.invoice_combo.currentData() is None:
            self.show_errors({"invoice": tr("The client has no open invoice to apply it to.")})
            return
        if not self._amount_ok(self.amount_edit, self.credit.currency):
            return
        super().accept()

    def save(self, session: Session) -> int:
        rows = client_credit.apply_credit(
            session,
            self.credit.client_id,
            self.invoice_combo.currentData(),
            amount_minor=parse_amount(self.amount_edit.text(), self.credit.currency),
            on=date_of(self.date_edit),
        )
        return rows[0].id


class RefundCreditDialog(_CreditDialog):
    """Money sent back to the client out of their credit."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        credit: client_credit.ClientCredit,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(sessions, tr("Refund credit"), parent)
        self.credit = credit
        currency = credit.currency
        self._hint(
            tr("Credit from earlier payments: %1").replace(
                "%1", format_money(credit.available_minor, currency)
            )
        )
        self.amount_edit = self.add_field(
            "amount",
            tr("&Amount (%1)").replace("%1", currency),
            QLineEdit(input_amount(credit.available_minor, currency)),
        )
        self.reason_edit = self.add_field("reason", tr("&Reason"), QLineEdit())
        self.reason_edit.setPlaceholderText(tr("e.g. sent back by bank transfer"))
        self.date_edit = self.add_field("date", tr("&Date"), date_edit(dt.date.today()))
        self.setMinimumWidth(460)

    def accept(self) -> None:
        self.clear_errors()
        if not self._amount_ok(self.amount_edit, self.credit.currency):
            return
        if not self._reason_ok(
            self.reason_edit, tr("Say why or how the money went back; it is kept.")
        ):
            return
        super().accept()

    def save(self, session: Session) -> int:
        rows = client_credit.refund_credit(
            session,
            self.credit.client_id,
            amount_minor=parse_amount(self.amount_edit.text(), self.credit.currency),
            on=date_of(self.date_edit),
            reason=self.reason_edit.text(),
            currency=self.credit.currency,
        )
        return rows[0].id
