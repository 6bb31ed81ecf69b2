"""The settings page: the shop profile as invoices will print it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QVBoxLayout, QWidget
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.session import read_only
from desktop.services.overview import ShopProfile, shop_profile
from desktop.views.client_dialog import language_names
from desktop.views.list_page import PAGE_MARGIN, page_title


class SettingsPage(QWidget):
    """Read-only shop profile: name, address, VAT id, IBAN, currency and
    default document language."""

    def __init__(self, sessions: sessionmaker[Session], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.form = QFormLayout()
        self.form.setHorizontalSpacing(24)
        self.form.setVerticalSpacing(10)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.values: dict[str, QLabel] = {}
        frame = QFrame()
        frame.setObjectName("tile")
        frame.setLayout(self.form)
        frame.setMaximumWidth(640)
        self.form.setContentsMargins(20, 18, 20, 18)
        section = QLabel(self.tr("Shop profile"))
        section.setObjectName("sectionTitle")
        self.note = QLabel()
        self.note.setObjectName("tileNote")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN - 4, PAGE_MARGIN, PAGE_MARGIN)
        layout.setSpacing(12)
        layout.addWidget(page_title(self.tr("Settings")))
        layout.addWidget(section)
        layout.addWidget(self.note)
        layout.addWidget(frame)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        with read_only(self.sessions) as session:
            profile = shop_profile(session)
        self.show_profile(profile)

    def _row(self, key: str, label: str, value: str) -> None:
        text = QLabel(value or "—")
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form.addRow(label, text)
        self.values[key] = text

    def show_profile(self, profile: ShopProfile | None) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.values.clear()
        if profile is None:
            self.note.setText(self.tr("This database has no shop profile yet."))
            return
        self.note.setText(self.tr("These details print on every invoice and visit report."))
        languages = language_names()
        self._row("name", self.tr("Name"), profile.name)
        if profile.legal_name != profile.name:
            self._row("legal_name", self.tr("Legal name"), profile.legal_name)
        self._row("address", self.tr("Address"), "\n".join(profile.address_lines))
        self._row("vat_id", self.tr("VAT id"), profile.vat_id)
        self._row("iban", self.tr("IBAN"), profile.iban)
        self._row("currency", self.tr("Currency"), profile.currency)
        self._row(
            "language",
            self.tr("Default language"),
            languages.get(profile.document_language, profile.document_language),
        )
        if profile.email:
            self._row("email", self.tr("Email"), profile.email)
        if profile.phone:
            self._row("phone", self.tr("Phone"), profile.phone)
