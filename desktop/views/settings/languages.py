"""Languages: the default language of documents (with the data, for the
whole shop) and the interface language (per user, on this computer)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.session import read_only
from desktop.services import shop_settings
from desktop.views import i18n
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
                "The language of TechLedger's menus and windows on this computer, for "
                "you only. It changes the next time you start TechLedger."
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
        code = self.interface_language.currentData()
        i18n.set_interface_language(code)
        self.interface_status.flash(
            self.tr("Saved. Restart TechLedger to see it in %1.").replace(
                "%1", self.interface_language.currentText()
            )
        )
