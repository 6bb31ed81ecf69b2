"""What can be done with an issued invoice: e-mail it, record or reverse a
payment, credit it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QMenu, QToolButton

from desktop.db.session import read_only
from desktop.services.billing import client_credit, invoice_mail
from desktop.services.billing.unbilled import invoice_view
from desktop.views.formatting import format_money
from desktop.views.theme import STYLE_SHEET

from .common import EXTRA_STYLE, quick_action, tr
from .credit_dialogs import ApplyCreditDialog, ReversePaymentDialog
from .dialogs import CreditNoteDialog, PaymentDialog, open_dialog
from .mail_dialogs import SendInvoiceDialog

if TYPE_CHECKING:
    from .editor import InvoiceEditor


class IssuedActions:
    """E-mail, payment and credit note for `editor`'s issued invoice;
    `dialog` is the one open now."""

    def __init__(self, editor: InvoiceEditor) -> None:
        self.editor = editor
        self.dialog: QDialog | None = None

    def _open(self, dialog: QDialog, then: Callable[[QDialog], None]) -> QDialog:
        self.dialog = dialog
        dialog.finished.connect(lambda _r: self._closed())
        return open_dialog(dialog, then, STYLE_SHEET + EXTRA_STYLE)

    def _closed(self) -> None:
        self.dialog = None

    def email(self) -> QDialog | None:
        editor = self.editor
        invoice = editor.invoice
        if invoice is None or invoice.is_draft:
            return None
        total = format_money(invoice.total_minor, invoice.currency)
        with read_only(editor.sessions) as session:
            mail = invoice_mail.propose(session, invoice.id, total)
        dialog = SendInvoiceDialog(editor.sessions, mail, editor.preview.current_pdf(), editor)

        def sent(d: QDialog) -> None:
            editor.notice.emit(
                tr("Sent %1 to %2.")
                .replace("%1", mail.number)
                .replace("%2", getattr(d, "sent_to", "") or "")
            )

        return self._open(dialog, sent)

    def add_payment_menu(self) -> None:
        """Apply credit… and Reverse a payment… as actions of the editor,
        under its Payment button's menu so the bar stays narrow."""
        editor = self.editor
        menu = QMenu(editor)
        menu.addAction(editor.actions["payment"])
        for key, text, shortcut, slot in (
            ("apply_credit", tr("Apply credit…"), "Ctrl+Alt+C", self.apply_credit),
            ("reverse", tr("Reverse a payment…"), "Ctrl+Alt+P", self.reverse_payment),
        ):
            action, _button = quick_action(editor, text, shortcut, "payment", slot)
            editor.actions[key] = action
            menu.addAction(action)
        button = editor.buttons["payment"]
        button.setMenu(menu)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)

    def record_payment(self) -> QDialog | None:
        editor = self.editor
        invoice = editor.invoice
        if invoice is None or not editor.actions["payment"].isEnabled():
            return None

        def paid(_d: QDialog) -> None:
            editor.reload()
            editor.changed.emit(invoice.id)

        return self._open(PaymentDialog(editor.sessions, invoice, editor), paid)

    def reverse_payment(self) -> QDialog | None:
        """Reverse one of the invoice's payments (the dialog asks which, and why)."""
        editor = self.editor
        invoice = editor.invoice
        if invoice is None or not editor.actions["reverse"].isEnabled():
            return None

        def reversed_(_d: QDialog) -> None:
            editor.reload()
            editor.changed.emit(invoice.id)
            editor.notice.emit(tr("Payment reversed; the balance is updated."))

        return self._open(ReversePaymentDialog(editor.sessions, invoice, editor), reversed_)

    def apply_credit(self) -> QDialog | None:
        """Pay this invoice from the client's credit from earlier payments."""
        editor = self.editor
        invoice = editor.invoice
        if invoice is None or not editor.actions["apply_credit"].isEnabled():
            return None
        with read_only(editor.sessions) as session:
            credit = client_credit.client_credit(session, invoice.client_id, invoice.currency)
        target = client_credit.OpenInvoice(
            invoice.id, invoice.number or "", invoice.outstanding_minor
        )

        def applied(_d: QDialog) -> None:
            editor.reload()
            editor.changed.emit(invoice.id)
            editor.notice.emit(tr("Credit applied; the balance is updated."))

        return self._open(ApplyCreditDialog(editor.sessions, credit, [target], editor), applied)

    def credit_note(self) -> QDialog | None:
        editor = self.editor
        invoice = editor.invoice
        if invoice is None or not editor.actions["credit"].isEnabled():
            return None

        def credited(d: QDialog) -> None:
            editor.reload()
            editor.changed.emit(invoice.id)
            assert isinstance(d, CreditNoteDialog)
            with read_only(editor.sessions) as session:
                note = invoice_view(session, d.credit_id, dt.date.today())
            editor.notice.emit(
                tr("Issued credit note %1 (%2).")
                .replace("%1", note.number or "")
                .replace("%2", format_money(note.total_minor, note.currency))
            )

        return self._open(CreditNoteDialog(editor.sessions, invoice, editor), credited)
