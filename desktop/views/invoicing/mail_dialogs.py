"""Sending an invoice by e-mail (off the GUI thread), and asking for the
mail server's password when the keyring has none."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.session import read_only
from desktop.services.billing import invoice_mail
from desktop.services.helpdesk import messaging
from desktop.views.operations import run_in_background
from desktop.views.record_dialog import service_message
from desktop.views.theme import icon

from .common import tr

# Passwords typed for this run of the app when the keyring has none (or
# there is no keyring): kept in memory only, never written anywhere.
_SESSION_PASSWORDS: dict[tuple[str, int, str], str] = {}


def _account(settings: messaging.SmtpSettings) -> tuple[str, int, str]:
    return settings.host, settings.port, settings.username


class PasswordDialog(QDialog):
    """Asks for the mail server password; remembers it in the keyring when
    there is one and the user wants, otherwise for this session only."""

    def __init__(self, message: str, can_remember: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Mail server password"))
        text = QLabel(message)
        text.setWordWrap(True)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember_check = QCheckBox(tr("Remember it in the system keyring"))
        self.remember_check.setChecked(can_remember)
        self.remember_check.setVisible(can_remember)
        note = QLabel(tr("It is kept in memory only, until TechLedger closes."))
        note.setObjectName("hint")
        note.setWordWrap(True)
        note.setVisible(not can_remember)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(text)
        layout.addWidget(self.password_edit)
        layout.addWidget(self.remember_check)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)


class SendInvoiceDialog(QDialog):
    """The message with the PDF attached; Send delivers it off the GUI thread."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        mail: invoice_mail.InvoiceMail,
        pdf: bytes,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.mail = mail
        self.pdf = pdf
        self.task = None
        self.password_dialog: PasswordDialog | None = None
        self.sent_to: str | None = None
        self.setWindowTitle(tr("E-mail %1").replace("%1", mail.number))
        self.banner = QLabel()
        self.banner.setObjectName("dialogBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.to_edit = QLineEdit(mail.to_address)
        self.to_error = QLabel()
        self.to_error.setObjectName("fieldError")
        self.to_error.hide()
        self.subject_edit = QLineEdit(mail.subject)
        self.body_edit = QPlainTextEdit(mail.body)
        self.body_edit.setMinimumHeight(160)
        attachment = QLabel()
        attachment.setPixmap(icon("pdf").pixmap(18, 18))
        attachment_name = QLabel(f"{mail.filename} ({max(len(pdf) // 1024, 1)} KiB)")
        attachment_name.setObjectName("hint")
        attachment_row = QWidget()
        row_layout = QHBoxLayout(attachment_row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.setSpacing(6)
        row_layout.addWidget(attachment)
        row_layout.addWidget(attachment_name, 1)
        form = QFormLayout()
        form.setHorizontalSpacing(14)
        to_holder = QWidget()
        to_column = QVBoxLayout(to_holder)
        to_column.setContentsMargins(0, 0, 0, 0)
        to_column.setSpacing(2)
        to_column.addWidget(self.to_edit)
        to_column.addWidget(self.to_error)
        form.addRow(tr("&To"), to_holder)
        form.addRow(tr("&Subject"), self.subject_edit)
        form.addRow(tr("&Message"), self.body_edit)
        form.addRow(tr("Attached"), attachment_row)
        self.buttons = QDialogButtonBox()
        self.send_button = QPushButton(tr("&Send"))
        self.send_button.setDefault(True)
        self.buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.server_button = QPushButton(tr("Mail &server…"))
        self.buttons.addButton(self.server_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.send_button.clicked.connect(self.send)
        self.server_button.clicked.connect(self.edit_server)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.show()

    def edit_server(self) -> None:
        from desktop.views.tickets.message_dialog import SmtpDialog

        dialog = SmtpDialog(self.sessions, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def send(self) -> None:
        self.banner.hide()
        self.to_error.hide()
        self.to_edit.setProperty("invalid", False)
        address = self.to_edit.text().strip()
        if "@" not in address:
            self.to_error.setText(tr("Give the address to send the invoice to."))
            self.to_error.show()
            self.to_edit.setProperty("invalid", True)
            self.to_edit.style().unpolish(self.to_edit)
            self.to_edit.style().polish(self.to_edit)
            self.to_edit.setFocus()
            return
        with read_only(self.sessions) as session:
            settings = messaging.smtp_settings(session)
        if settings is None:
            self.show_banner(tr("No mail server is set up yet: use “Mail server…” first."))
            return
        if not settings.username:
            self._deliver(settings, None)
            return
        cached = _SESSION_PASSWORDS.get(_account(settings))
        if cached is not None:
            self._deliver(settings, cached)
            return
        try:
            password = messaging.smtp_password(settings)
        except messaging.PasswordNeeded as exc:
            self._ask_password(settings, service_message(str(exc)), can_remember=True)
            return
        except messaging.KeyringUnavailable:
            self._ask_password(
                settings,
                tr(
                    "This computer has no password store (keyring), so TechLedger cannot "
                    "remember the mail server password and never writes it to disk. Enter it "
                    "for this session."
                ),
                can_remember=False,
            )
            return
        self._deliver(settings, password)

    def _ask_password(
        self, settings: messaging.SmtpSettings, message: str, can_remember: bool
    ) -> None:
        dialog = PasswordDialog(message, can_remember, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.password_dialog = dialog

        def finished(result: int) -> None:
            self.password_dialog = None
            if result != QDialog.DialogCode.Accepted:
                return
            password = dialog.password_edit.text()
            _SESSION_PASSWORDS[_account(settings)] = password
            if can_remember and dialog.remember_check.isChecked():
                # Without a keyring it is kept for this session, as the dialog said.
                with contextlib.suppress(messaging.KeyringUnavailable):
                    messaging.remember_smtp_password(settings, password)
            self._deliver(settings, password)

        dialog.finished.connect(finished)
        dialog.open()

    def _deliver(self, settings: messaging.SmtpSettings, password: str | None) -> None:
        mail = invoice_mail.InvoiceMail(
            self.mail.invoice_id,
            self.mail.number,
            self.mail.to_name,
            self.to_edit.text().strip(),
            self.subject_edit.text().strip(),
            self.body_edit.toPlainText(),
            self.mail.filename,
        )
        try:
            with read_only(self.sessions) as session:
                email = invoice_mail.build_invoice_email(session, mail, self.pdf)
        except messaging.MessageError as exc:
            self.show_banner(service_message(str(exc)))
            return
        self.send_button.setEnabled(False)
        self.send_button.setText(tr("Sending…"))

        def work(_progress) -> str:
            messaging.send_email(settings, email, password)
            return str(email["To"])

        def done(to: str) -> None:
            self.task = None
            self.sent_to = to
            self.accept()

        def failed(exc: BaseException) -> None:
            self.task = None
            self.send_button.setEnabled(True)
            self.send_button.setText(tr("&Send"))
            # A password typed this session may be the wrong one: ask again.
            _SESSION_PASSWORDS.pop(_account(settings), None)
            self.show_banner(service_message(str(exc)))

        self.task = run_in_background(
            work, parent=self, title=tr("Sending the invoice"), on_done=done, on_error=failed
        )
