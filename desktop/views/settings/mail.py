"""Outgoing mail: the SMTP server (its password only in the OS keyring)
and the message templates per kind and language."""

from __future__ import annotations

import keyring
from keyring.backends import fail
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.session import read_only
from desktop.services.helpdesk import messaging
from desktop.services.records.clients import ValidationError
from desktop.services.shop import settings as shop_settings
from desktop.views.i18n import INTERFACE_LANGUAGES
from desktop.views.settings.form import (
    FieldForm,
    StatusLabel,
    button,
    save_in_unit_of_work,
    stack_cards,
)

PLACEHOLDERS = (
    "ticket_number",
    "title",
    "contact_name",
    "client_name",
    "shop_name",
    "technician_name",
    "opened_at",
    "resolved_at",
    "resolution",
)


def keyring_available() -> bool:
    """False when Python's keyring found no password store on this computer."""
    return not isinstance(keyring.get_keyring(), fail.Keyring)


class MailSection(QWidget):
    """SMTP server settings and message templates."""

    def __init__(self, sessions: sessionmaker[Session], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.smtp_card = FieldForm(
            self.tr("Outgoing mail (SMTP)"),
            self.tr(
                "Used to send invoices and ticket messages. The server settings are "
                "stored with the data; the password only in this computer's password "
                "store."
            ),
        )
        card = self.smtp_card
        self.host = card.add_field("host", self.tr("Server"), QLineEdit())
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(587)
        card.add_field("port", self.tr("Port"), self.port)
        self.security = QComboBox()
        self.security.addItem(self.tr("STARTTLS (port 587)"), "starttls")
        self.security.addItem(self.tr("SSL/TLS (port 465)"), "ssl")
        self.security.addItem(self.tr("None (not encrypted)"), "none")
        card.add_field("security", self.tr("Encryption"), self.security)
        self.username = card.add_field("username", self.tr("User name"), QLineEdit())
        self.from_address = card.add_field(
            "from_address",
            self.tr("From address"),
            QLineEdit(),
            self.tr("Empty: the company e-mail address."),
        )
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Leave empty to keep the stored password"))
        card.add_field("password", self.tr("Password"), self.password)
        self.keyring_note = QLabel()
        self.keyring_note.setObjectName("keyringNote")
        self.keyring_note.setWordWrap(True)
        card.layout_.addWidget(self.keyring_note)
        self.smtp_status = StatusLabel()
        self.smtp_button = button(self.tr("Save mail settings"))
        self.smtp_button.clicked.connect(self.save_smtp)
        card.add_buttons(self.smtp_button, status=self.smtp_status)

        self.templates_card = FieldForm(
            self.tr("Message templates"),
            self.tr(
                "The acknowledgement and resolution messages sent to clients, and canned "
                "replies, in each language. Placeholders in braces are filled in when a "
                "message is written: %1"
            ).replace("%1", ", ".join("{" + name + "}" for name in PLACEHOLDERS)),
        )
        tcard = self.templates_card
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Acknowledgement"), "acknowledgement")
        self.kind.addItem(self.tr("Resolution"), "resolution")
        self.kind.addItem(self.tr("Canned reply"), "canned")
        tcard.add_field("kind", self.tr("Kind"), self.kind)
        self.language = QComboBox()
        for code, name in INTERFACE_LANGUAGES.items():
            self.language.addItem(name, code)
        tcard.add_field("language", self.tr("Language"), self.language)
        self.template_name = QComboBox()
        self.template_name.setEditable(True)
        tcard.add_field("name", self.tr("Template"), self.template_name)
        self.subject = tcard.add_field("subject", self.tr("Subject"), QLineEdit())
        self.body = QPlainTextEdit()
        self.body.setMinimumHeight(160)
        tcard.add_field("body", self.tr("Text"), self.body)
        self.template_status = StatusLabel()
        self.template_button = button(self.tr("Save template"))
        self.template_button.clicked.connect(self.save_template)
        tcard.add_buttons(self.template_button, status=self.template_status)
        self.kind.currentIndexChanged.connect(self.load_template_names)
        self.language.currentIndexChanged.connect(self.load_template_names)
        self.template_name.currentIndexChanged.connect(self.load_template)

        stack_cards(self, self.smtp_card, self.templates_card)
        self.load()

    # -- SMTP -------------------------------------------------------------

    def load(self) -> None:
        with read_only(self.sessions) as session:
            settings = messaging.smtp_settings(session)
            profile = shop_settings.company_profile(session)
        if profile is not None:
            # Templates open in the shop's own document language.
            index = self.language.findData(profile.data.document_language)
            self.language.blockSignals(True)
            self.language.setCurrentIndex(max(index, 0))
            self.language.blockSignals(False)
        if settings is not None:
            self.host.setText(settings.host)
            self.port.setValue(settings.port)
            self.security.setCurrentIndex(max(self.security.findData(settings.security), 0))
            self.username.setText(settings.username)
            self.from_address.setText(settings.from_address)
        self.show_keyring_state()
        self.load_template_names()

    def show_keyring_state(self) -> None:
        if keyring_available():
            self.password.setEnabled(True)
            self.keyring_note.setProperty("warning", False)
            self.keyring_note.setText(
                self.tr(
                    "The password is kept in this computer's password store (%1), "
                    "never in the database or a settings file."
                ).replace("%1", str(getattr(keyring.get_keyring(), "name", "keyring")))
            )
        else:
            self.password.clear()
            self.password.setEnabled(False)
            self.password.setPlaceholderText(self.tr("Asked for when mail is sent"))
            self.keyring_note.setProperty("warning", True)
            self.keyring_note.setText(
                self.tr(
                    "This computer has no password store (keyring), so TechLedger cannot "
                    "remember the SMTP password, and it will never write it to disk. "
                    "You will be asked for it once in each session, the first time "
                    "mail is sent."
                )
            )
        self.keyring_note.style().unpolish(self.keyring_note)
        self.keyring_note.style().polish(self.keyring_note)

    def smtp_settings(self) -> messaging.SmtpSettings:
        return messaging.SmtpSettings(
            host=self.host.text().strip(),
            port=self.port.value(),
            security=self.security.currentData(),
            username=self.username.text().strip(),
            from_address=self.from_address.text().strip(),
        )

    def save_smtp(self) -> bool:
        settings = self.smtp_settings()

        def action(session: Session) -> None:
            errors: dict[str, str] = {}
            if not settings.host:
                errors["host"] = "Give the SMTP server's name."
            if settings.from_address and "@" not in settings.from_address:
                errors["from_address"] = "This is not an e-mail address."
            if errors:
                raise ValidationError(errors)
            messaging.save_smtp_settings(session, settings)

        if not save_in_unit_of_work(self.sessions, self.smtp_card, action):
            return False
        password = self.password.text()
        if password and keyring_available():
            try:
                messaging.remember_smtp_password(settings, password)
            except messaging.KeyringUnavailable:
                self.show_keyring_state()
                self.smtp_card.show_banner(
                    self.tr(
                        "The server settings were saved, but the password store refused "
                        "the password: you will be asked for it when mail is sent."
                    )
                )
                return True
            self.password.clear()
            self.password.setPlaceholderText(self.tr("Stored — type to replace it"))
            self.smtp_status.flash(self.tr("Mail settings and password saved."))
        else:
            self.smtp_status.flash(self.tr("Mail settings saved."))
        return True

    # -- templates --------------------------------------------------------

    def load_template_names(self) -> None:
        with read_only(self.sessions) as session:
            rows = messaging.templates(
                session, self.kind.currentData(), self.language.currentData()
            )
            names = [row.name for row in rows]
        self.template_name.blockSignals(True)
        self.template_name.clear()
        self.template_name.addItems(names or ["Standard"])
        self.template_name.blockSignals(False)
        self.load_template()

    def load_template(self) -> None:
        name = self.template_name.currentText()
        with read_only(self.sessions) as session:
            rows = messaging.templates(
                session, self.kind.currentData(), self.language.currentData()
            )
            found = next(((r.subject, r.body) for r in rows if r.name == name), ("", ""))
        self.templates_card.clear_errors()
        self.subject.setText(found[0])
        self.body.setPlainText(found[1])

    def save_template(self) -> bool:
        def action(session: Session) -> None:
            errors: dict[str, str] = {}
            if not self.template_name.currentText().strip():
                errors["name"] = "Name the template."
            if not self.body.toPlainText().strip():
                errors["body"] = "Write the text of the message."
            if errors:
                raise ValidationError(errors)
            messaging.save_template(
                session,
                self.kind.currentData(),
                self.language.currentData(),
                self.template_name.currentText(),
                self.subject.text(),
                self.body.toPlainText(),
            )

        ok = save_in_unit_of_work(self.sessions, self.templates_card, action)
        if ok:
            self.template_status.flash(self.tr("Template saved."))
        return ok
