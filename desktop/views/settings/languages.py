"""Languages: the default language of documents (with the data, for the
whole shop) and the interface language (per user, on this computer)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QMessageBox, QWidget
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.session import read_only
from desktop.services.shop import settings as shop_settings
from desktop.views import i18n, restart
from desktop.views.settings.form import (
    FieldForm,
    StatusLabel,
    button,
    save_in_unit_of_work,
    stack_cards,
)


class LanguagesSection(QWidget):
    def __init__(self, sessions: sessionmaker[Session], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.documents_card = FieldForm(
            self.tr("Documents"),
            self.tr(
                "Invoices, visit reports and messages are written in the client's "
                "language; this one is used when the client has none."
            ),
        )
        self.document_language = QComboBox()
        # Each language named in itself, as on the interface list below.
        for code, name in i18n.INTERFACE_LANGUAGES.items():
            self.document_language.addItem(name, code)
        self.documents_card.add_field(
            "document_language", self.tr("Default document language"), self.document_language
        )
        self.documents_status = StatusLabel()
        self.documents_button = button(self.tr("Save document language"))
        self.documents_button.clicked.connect(self.save_document_language)
        self.documents_card.add_buttons(self.documents_button, status=self.documents_status)

        self.interface_card = FieldForm(
            self.tr("Interface"),
            self.tr(
                "The language of TechLedger's menus, windows, numbers and dates on this "
                "computer, for you only. TechLedger restarts to show it."
            ),
        )
        self.interface_language = QComboBox()
        for code, name in i18n.INTERFACE_LANGUAGES.items():
            self.interface_language.addItem(name, code)
        self.interface_card.add_field(
            "interface_language", self.tr("Interface language"), self.interface_language
        )
        self.interface_status = StatusLabel()
        self.interface_button = button(self.tr("Save interface language"))
        self.interface_button.clicked.connect(self.save_interface_language)
        self.interface_card.add_buttons(self.interface_button, status=self.interface_status)
        self.restart_prompt: QMessageBox | None = None

        stack_cards(self, self.documents_card, self.interface_card)
        self.load()

    def load(self) -> None:
        with read_only(self.sessions) as session:
            profile = shop_settings.company_profile(session)
        self.documents_card.setEnabled(profile is not None)
        if profile is not None:
            index = self.document_language.findData(profile.data.document_language)
            self.document_language.setCurrentIndex(max(index, 0))
        index = self.interface_language.findData(i18n.interface_language())
        self.interface_language.setCurrentIndex(max(index, 0))

    def save_document_language(self) -> bool:
        ok = save_in_unit_of_work(
            self.sessions,
            self.documents_card,
            lambda s: shop_settings.set_document_language(
                s, self.document_language.currentData(), tuple(i18n.INTERFACE_LANGUAGES)
            ),
        )
        if ok:
            self.documents_status.flash(self.tr("Document language saved."))
        return ok

    def save_interface_language(self) -> None:
        """Remember the choice; if it is not the language showing now, offer
        to restart TechLedger in it (numbers and dates change with it)."""
        code = self.interface_language.currentData()
        name = self.interface_language.currentText()
        i18n.set_interface_language(code)
        if code == i18n.active_language():
            self.interface_status.flash(self.tr("Saved."))
            return
        self.interface_status.flash(
            self.tr("Saved. TechLedger shows %1 after a restart.").replace("%1", name)
        )
        prompt = QMessageBox(self)
        prompt.setIcon(QMessageBox.Icon.Question)
        prompt.setWindowTitle(self.tr("Restart TechLedger"))
        prompt.setText(self.tr("Restart TechLedger now to see it in %1?").replace("%1", name))
        prompt.setInformativeText(
            self.tr(
                "TechLedger closes its windows and opens again: save any work you are "
                "still typing first."
            )
        )
        self.restart_button = prompt.addButton(
            self.tr("Restart now"), QMessageBox.ButtonRole.AcceptRole
        )
        self.later_button = prompt.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        prompt.setDefaultButton(self.restart_button)
        prompt.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        prompt.finished.connect(lambda _result: self._restart_answered(prompt))
        self.restart_prompt = prompt
        prompt.open()

    def _restart_answered(self, prompt: QMessageBox) -> None:
        self.restart_prompt = None
        if prompt.clickedButton() is not self.restart_button:
            return
        if not restart.request_restart(self.window()):
            self.interface_status.flash(
                self.tr("TechLedger stayed open; it shows the new language at the next start.")
            )
