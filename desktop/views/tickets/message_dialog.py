"""Writing to the client from a ticket: pick the acknowledgement, the
resolution message or a canned reply, edit it, then send it by SMTP or save
an .eml for the user's own mail program. Either way it goes on the timeline.

The SMTP password comes from the OS keyring; when there is none stored, or
no keyring at all, the dialog asks for it (and says why)."""

from __future__ import annotations

import contextlib
import dataclasses
from email.message import EmailMessage
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.session import read_only, unit_of_work
from desktop.services.common.errors import UserError
from desktop.services.helpdesk import messaging
from desktop.services.helpdesk import tickets as ticket_service
from desktop.services.helpdesk.messaging import Rendered, SmtpSettings
from desktop.views.operations import BackgroundTask, Cancelled, Progress, run_in_background
from desktop.views.record_dialog import service_message

KIND_TITLES = {
    "acknowledgement": "Acknowledgement",
    "resolution": "Resolution message",
    "canned": "Canned reply",
}


class MessageDialog(QDialog):
    """`sent` when the server took the message (it is then on the
    timeline); `send_failed` with the text shown when it did not."""

    sent = Signal()
    send_failed = Signal(str)

    def __init__(
        self,
        sessions: sessionmaker[Session],
        ticket_id: int,
        me: int | None,
        kind: str = "acknowledgement",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.sessions, self.ticket_id, self.me = sessions, ticket_id, me
        self.saved_path: Path | None = None
        self.sending: BackgroundTask | None = None
        self.password_prompt: QInputDialog | None = None
        self._rendered: Rendered | None = None
        self.setWindowTitle(self.tr("Message to the client"))
        self.setMinimumSize(620, 520)

        self.banner = QLabel()
        self.banner.setObjectName("dialogBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.kind_combo = QComboBox()
        for key, title in KIND_TITLES.items():
            self.kind_combo.addItem(self.tr(title), key)
        self.template_combo = QComboBox()
        self.to_edit = QLineEdit()
        self.subject_edit = QLineEdit()
        self.body_edit = QPlainTextEdit()
        form = QFormLayout()
        form.setHorizontalSpacing(14)
        form.addRow(self.tr("Message"), self.kind_combo)
        form.addRow(self.tr("Template"), self.template_combo)
        form.addRow(self.tr("To"), self.to_edit)
        form.addRow(self.tr("Subject"), self.subject_edit)

        self.buttons = QDialogButtonBox()
        self.send_button = self.buttons.addButton(
            self.tr("Send"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button = self.buttons.addButton(
            self.tr("Save as .eml…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.smtp_button = self.buttons.addButton(
            self.tr("Mail server…"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        for button in self.buttons.buttons():
            button.setIcon(QIcon())  # stock icons clash with the app's line icons
            button.setAutoDefault(False)
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(self.send)
        self.save_button.clicked.connect(self.save_as)
        self.smtp_button.clicked.connect(self.edit_smtp)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.body_edit, 1)
        layout.addWidget(self.buttons)

        self.kind_combo.currentIndexChanged.connect(self._fill_templates)
        self.template_combo.currentIndexChanged.connect(self.render)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))
        self._fill_templates()

    def _fill_templates(self) -> None:
        kind = self.kind_combo.currentData()
        self.template_combo.blockSignals(True)
        self.template_combo.clear()
        with read_only(self.sessions) as session:
            for row in messaging.templates(session, kind):
                self.template_combo.addItem(f"{row.name} ({row.language})", row.id)
            ticket = ticket_service.get_ticket(session, self.ticket_id)
            try:
                preferred = messaging.render(session, ticket, kind, technician_id=self.me)
            except messaging.MessageError:
                preferred = None
        if preferred is not None:
            index = self.template_combo.findText(f"{preferred.template} ({preferred.language})")
            self.template_combo.setCurrentIndex(max(index, 0))
        self.template_combo.blockSignals(False)
        self.render()

    def render(self) -> None:
        """Fill subject and text from the chosen template."""
        self.banner.hide()
        template_id = self.template_combo.currentData()
        with read_only(self.sessions) as session:
            ticket = ticket_service.get_ticket(session, self.ticket_id)
            try:
                self._rendered = messaging.render(
                    session,
                    ticket,
                    self.kind_combo.currentData(),
                    technician_id=self.me,
                    template_id=template_id,
                )
            except UserError as exc:
                self._rendered = None
                self.show_banner(service_message(exc.message))
                return
        self.to_edit.setText(self._rendered.to_address or "")
        self.subject_edit.setText(self._rendered.subject)
        self.body_edit.setPlainText(self._rendered.body)

    def show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.show()

    def message(self) -> Rendered | None:
        """The message as edited."""
        if self._rendered is None:
            return None
        return dataclasses.replace(
            self._rendered,
            subject=self.subject_edit.text().strip(),
            body=self.body_edit.toPlainText(),
            to_address=self.to_edit.text().strip() or None,
        )

    def _record(self, message: Rendered, how: str) -> None:
        with unit_of_work(self.sessions) as session:
            ticket = ticket_service.get_ticket(session, self.ticket_id)
            messaging.record_sent(session, ticket, message, how, who=self.me)

    def save_as(self) -> None:
        message = self.message()
        if message is None:
            return
        with read_only(self.sessions) as session:
            number = ticket_service.get_ticket(session, self.ticket_id).number
            email = messaging.build_email(session, message)
        suggested = str(Path.home() / f"{number}-{message.kind}.eml")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the message"), suggested, self.tr("E-mail message (*.eml)")
        )
        if not path:
            return
        try:
            self.saved_path = messaging.save_eml(email, Path(path))
        except UserError as exc:  # the folder is gone, the disk is full: keep the dialog
            self.show_banner(service_message(str(exc)))
            return
        self._record(message, f"Saved as {self.saved_path.name}")
        self.accept()

    def send(self) -> None:
        """Send by SMTP off the GUI thread. The password is settled first,
        here on the GUI thread (keyring, or a prompt when there is none);
        the message goes on the timeline only once the server took it."""
        message = self.message()
        if message is None or self.sending is not None:
            return
        with read_only(self.sessions) as session:
            settings = messaging.smtp_settings(session)
            email = messaging.build_email(session, message)
        if settings is None:
            self.show_banner(
                self.tr("No mail server is set up: use “Mail server…”, or save the message.")
            )
            return
        if not email.get("To"):
            self.show_banner(self.tr("Type the client's e-mail address in “To”."))
            self.to_edit.setFocus()
            return
        if not settings.username:
            self._start_sending(settings, email, message, None, remember=False)
            return
        try:
            password = messaging.smtp_password(settings)
        except (messaging.PasswordNeeded, messaging.KeyringUnavailable) as exc:
            self._ask_password(settings, email, message, exc)
            return
        self._start_sending(settings, email, message, password, remember=False)

    def _ask_password(
        self,
        settings: SmtpSettings,
        email: EmailMessage,
        message: Rendered,
        reason: messaging.MessageError,
    ) -> QInputDialog:
        """Ask for the password without a nested event loop; sending starts
        when it is given. It is remembered afterwards only when a keyring
        exists (PasswordNeeded) and the server accepted it."""
        prompt = QInputDialog(self)
        prompt.setWindowTitle(self.tr("Mail server password"))
        prompt.setLabelText(service_message(str(reason)))
        prompt.setTextEchoMode(QLineEdit.EchoMode.Password)
        prompt.setInputMode(QInputDialog.InputMode.TextInput)
        prompt.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        remember = isinstance(reason, messaging.PasswordNeeded)

        def given(password: str) -> None:
            self.password_prompt = None
            self._start_sending(settings, email, message, password, remember=remember)

        prompt.textValueSelected.connect(given)
        prompt.rejected.connect(lambda: setattr(self, "password_prompt", None))
        self.password_prompt = prompt
        prompt.open()
        return prompt

    def _start_sending(
        self,
        settings: SmtpSettings,
        email: EmailMessage,
        message: Rendered,
        password: str | None,
        *,
        remember: bool,
    ) -> BackgroundTask:
        """Hand the SMTP conversation to a worker thread; the dialog's
        buttons wait until it ends."""
        self.banner.hide()
        self._set_busy(True)
        server = f"{settings.host}:{settings.port}"
        connecting = self.tr("Connecting to %1…").replace("%1", server)

        def work(progress: Progress) -> None:
            # Runs on the worker: no widgets, no Session here.
            progress.report(0, 0, connecting)
            progress.check()
            messaging.send_email(settings, email, password)

        def done(_result: object) -> None:
            self.sending = None
            self._set_busy(False)
            if remember and password:
                # Without a keyring it is asked again next time, as the prompt said.
                with contextlib.suppress(messaging.KeyringUnavailable):
                    messaging.remember_smtp_password(settings, password)
            self._record(message, f"Sent to {email['To']}")
            self.sent.emit()
            self.accept()

        def failed(exc: BaseException) -> None:
            self.sending = None
            self._set_busy(False)
            if isinstance(exc, Cancelled):
                self.show_banner(self.tr("Not sent: you cancelled before the server was reached."))
            elif isinstance(exc, UserError):
                self.show_banner(self.tr("Not sent. %1").replace("%1", service_message(str(exc))))
            else:
                self.show_banner(
                    self.tr("Not sent: %1").replace("%1", f"{type(exc).__name__}: {exc}")
                )
            self.send_failed.emit(self.banner.text())

        self.sending = run_in_background(
            work,
            parent=self,
            title=self.tr("Sending the message to %1").replace("%1", str(email["To"])),
            on_done=done,
            on_error=failed,
        )
        return self.sending

    def _set_busy(self, busy: bool) -> None:
        for button in (self.send_button, self.save_button, self.smtp_button):
            button.setEnabled(not busy)
        self.send_button.setText(self.tr("Sending…") if busy else self.tr("Send"))

    def reject(self) -> None:
        if self.sending is not None:
            # The server may be taking the message now: wait for its answer
            # so the timeline stays true; the progress dialog offers Cancel.
            return
        super().reject()

    def edit_smtp(self) -> None:
        dialog = SmtpDialog(self.sessions, self)
        dialog.exec()


class SmtpDialog(QDialog):
    """The mail server: settings in the database, the password in the OS
    keyring (or nowhere, when there is no keyring)."""

    def __init__(self, sessions: sessionmaker[Session], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.setWindowTitle(self.tr("Mail server (SMTP)"))
        with read_only(sessions) as session:
            current = messaging.smtp_settings(session) or SmtpSettings(host="")
        self.host_edit = QLineEdit(current.host)
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(current.port)
        self.security_combo = QComboBox()
        for key, title in (("starttls", "STARTTLS"), ("ssl", "SSL/TLS"), ("none", "None")):
            self.security_combo.addItem(title, key)
        self.security_combo.setCurrentIndex(self.security_combo.findData(current.security))
        self.user_edit = QLineEdit(current.username)
        self.from_edit = QLineEdit(current.from_address)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("kept in the system keyring"))
        self.remember_check = QCheckBox(self.tr("Remember the password in the keyring"))
        self.remember_check.setChecked(True)
        self.banner = QLabel()
        self.banner.setObjectName("dialogBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        form = QFormLayout()
        form.addRow(self.tr("Server"), self.host_edit)
        form.addRow(self.tr("Port"), self.port_spin)
        form.addRow(self.tr("Security"), self.security_combo)
        form.addRow(self.tr("User name"), self.user_edit)
        form.addRow(self.tr("Sender address"), self.from_edit)
        form.addRow(self.tr("Password"), self.password_edit)
        form.addRow("", self.remember_check)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        settings = SmtpSettings(
            host=self.host_edit.text().strip(),
            port=self.port_spin.value(),
            security=self.security_combo.currentData(),
            username=self.user_edit.text().strip(),
            from_address=self.from_edit.text().strip(),
        )
        try:
            with unit_of_work(self.sessions) as session:
                messaging.save_smtp_settings(session, settings)
            if self.password_edit.text() and self.remember_check.isChecked():
                messaging.remember_smtp_password(settings, self.password_edit.text())
        except UserError as exc:
            self.banner.setText(service_message(exc.message))
            self.banner.show()
            return
        super().accept()


__all__ = ["MessageDialog", "SmtpDialog"]
