"""What can be done with an issued invoice: e-mail it, record a payment,
credit it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog

from desktop.db.session import read_only
from desktop.services.billing import invoice_mail
from desktop.services.billing.unbilled import invoice_view
from desktop.views.formatting import format_money
from desktop.views.theme import STYLE_SHEET

from .common import EXTRA_STYLE, tr
from .dialogs import CreditNoteDialog, PaymentDialog, open_dialog
from .mail_dialogs import SendInvoiceDialog


class IssuedActionsMixin:
    """For InvoiceEditor."""

    def _open(self, dialog: QDialog, then) -> QDialog:
        self.open_dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "open_dialog", None))
        return open_dialog(dialog, then, STYLE_SHEET + EXTRA_STYLE)

    def email(self) -> QDialog | None:
        if self.invoice is None or self.invoice.is_draft:
            return None
        total = format_money(self.invoice.total_minor, self.invoice.currency)
        with read_only(self.sessions) as session:
            mail = invoice_mail.propose(session, self.invoice.id, total)
        dialog = SendInvoiceDialog(self.sessions, mail, self.current_pdf(), self)

        def sent(d: QDialog) -> None:
            self.notice.emit(
                tr("Sent %1 to %2.")
                .replace("%1", mail.number)
                .replace("%2", getattr(d, "sent_to", "") or "")
            )

        return self._open(dialog, sent)

    def record_payment(self) -> QDialog | None:
        if self.invoice is None or not self.actions["payment"].isEnabled():
            return None

        def paid(_d: QDialog) -> None:
            self.reload()
            self.changed.emit(self.invoice.id)

        return self._open(PaymentDialog(self.sessions, self.invoice, self), paid)

    def credit_note(self) -> QDialog | None:
        if self.invoice is None or not self.actions["credit"].isEnabled():
            return None

        def credited(d: QDialog) -> None:
            self.reload()
            self.changed.emit(self.invoice.id)
            with read_only(self.sessions) as session:
                note = invoice_view(session, d.credit_id, dt.date.today())
            self.notice.emit(
                tr("Issued credit note %1 (%2).")
                .replace("%1", note.number or "")
                .replace("%2", format_money(note.total_minor, note.currency))
            )

        return self._open(CreditNoteDialog(self.sessions, self.invoice, self), credited)
