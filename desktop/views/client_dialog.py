"""The dialog that creates or edits a client."""

from __future__ import annotations

from dataclasses import asdict
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.session import read_only
from desktop.services.billing.rounding import INCREMENTS
from desktop.services.queries.overview import shop_profile
from desktop.services.records import clients as client_service
from desktop.services.records.clients import ClientInput
from desktop.views.formatting import input_decimal
from desktop.views.record_dialog import VersionedRecordDialog


def set_combo_data(combo: QComboBox, value: str) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def country_combo() -> QComboBox:
    combo = QComboBox()
    for code, name in client_service.country_choices():
        combo.addItem(f"{name} ({code})", code)
    return combo


def language_names() -> dict[str, str]:
    """Document languages by code, as their names read in the UI."""
    names = {"en": "English", "pl": "Polish", "sv": "Swedish", "el": "Greek", "eo": "Esperanto"}
    return {code: QCoreApplication.translate("ClientDialog", name) for code, name in names.items()}


class ClientDialog(VersionedRecordDialog):
    """New client when `client_id` is None, else edit that client.

    The version read when the dialog opens is the one the save expects; if
    someone saved the client in between, the save is refused and the typed
    values stay."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        client_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = QCoreApplication.translate(
            "ClientDialog", "New client" if client_id is None else "Edit client"
        )
        conflict_title = QCoreApplication.translate("ConflictPanel", "Two versions of this client")
        super().__init__(sessions, title, conflict_title, parent)
        self.client_id = client_id

        self.name_edit = self.add_field("name", self.tr("&Name"), QLineEdit())
        self.email_edit = self.add_field("email", self.tr("&Email"), QLineEdit())
        self.phone_edit = self.add_field("phone", self.tr("&Phone"), QLineEdit())
        self.street_edit = self.add_field("street", self.tr("&Street"), QLineEdit())
        self.postcode_edit = self.add_field("postcode", self.tr("Post&code"), QLineEdit())
        self.city_edit = self.add_field("city", self.tr("&City"), QLineEdit())
        self.country_combo = self.add_field("country", self.tr("Co&untry"), country_combo())
        self.vat_edit = self.add_field("vat_id", self.tr("&VAT id"), QLineEdit())
        self.currency_combo = QComboBox()
        for code, name in client_service.currency_choices():
            self.currency_combo.addItem(f"{code} — {name}", code)
        self.add_field("currency", self.tr("Cu&rrency"), self.currency_combo)
        self.language_combo = QComboBox()
        for code, name in language_names().items():
            self.language_combo.addItem(name, code)
        self.add_field("document_language", self.tr("Document &language"), self.language_combo)
        self.terms_spin = QSpinBox()
        self.terms_spin.setRange(0, 365)
        self.terms_spin.setSuffix(self.tr(" days"))
        self.add_field("payment_terms_days", self.tr("Payment &terms"), self.terms_spin)
        # Rounding of billed time: the client's own, else the shop's
        # (Settings → Rounding); a contract's own rounding still wins.
        self.rounding_combo = QComboBox()
        self.rounding_combo.addItem(self.tr("The shop's rounding"), None)
        for minutes in INCREMENTS:
            self.rounding_combo.addItem(self.tr("%n minute(s)", "", minutes), minutes)
        self.add_field("rounding_increment", self.tr("Round t&ime to"), self.rounding_combo)
        self.mode_combo = QComboBox()
        self.mode_combo.addItem(self.tr("The shop's direction"), None)
        self.mode_combo.addItem(self.tr("Up"), "up")
        self.mode_combo.addItem(self.tr("To the nearest"), "nearest")
        self.mode_combo.addItem(self.tr("Down"), "down")
        self.add_field("rounding_mode", self.tr("Rounding &direction"), self.mode_combo)
        self.minimum_edit = QLineEdit()
        self.minimum_edit.setPlaceholderText(self.tr("e.g. 1:00 — empty uses the shop's minimum"))
        self.add_field("minimum_charge", self.tr("&Minimum charge"), self.minimum_edit)
        self.rate_edit = QLineEdit()
        self.rate_edit.setPlaceholderText(self.tr("e.g. 95.00 — empty uses the shop's rates"))
        self.add_field("default_rate", self.tr("Default hourly &rate"), self.rate_edit)
        self.raw_time_check = QCheckBox(self.tr("Show raw time next to billed time"))
        self.add_field("show_raw_time", self.tr("Invoices"), self.raw_time_check)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setFixedHeight(self.fontMetrics().height() * 4 + 12)
        self.add_field("notes", self.tr("N&otes"), self.notes_edit)
        for combo in (self.country_combo, self.currency_combo):
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        for compact in (
            self.language_combo,
            self.terms_spin,
            self.rounding_combo,
            self.mode_combo,
        ):
            compact.setMinimumWidth(160)
        self.setMinimumWidth(520)

        if client_id is None:
            self._fill_defaults()
        else:
            self.start_editing()

    def _fill_defaults(self) -> None:
        with read_only(self.sessions) as session:
            profile = shop_profile(session)
        defaults = ClientInput()
        if profile is not None:
            defaults.country = profile.country
            defaults.currency = profile.currency
            defaults.document_language = profile.document_language
        self.set_input(defaults)

    def set_input(self, data: ClientInput) -> None:
        self.name_edit.setText(data.name)
        self.email_edit.setText(data.email)
        self.phone_edit.setText(data.phone)
        self.street_edit.setText(data.street)
        self.postcode_edit.setText(data.postcode)
        self.city_edit.setText(data.city)
        set_combo_data(self.country_combo, data.country)
        self.vat_edit.setText(data.vat_id)
        set_combo_data(self.currency_combo, data.currency)
        set_combo_data(self.language_combo, data.document_language)
        self.terms_spin.setValue(data.payment_terms_days)
        for combo, value in (
            (self.rounding_combo, data.rounding_increment),
            (self.mode_combo, data.rounding_mode),
        ):
            combo.setCurrentIndex(0 if value is None else max(combo.findData(value), 0))
        self.minimum_edit.setText(data.minimum_charge)
        # Stored as '1234.50'; shown in the user's own format ('1234,50').
        self.rate_edit.setText(
            input_decimal(Decimal(data.default_rate)) if data.default_rate else ""
        )
        self.raw_time_check.setChecked(data.show_raw_time)
        self.notes_edit.setPlainText(data.notes)

    def current_input(self) -> ClientInput:
        """What the form holds now, as the service expects it."""
        return ClientInput(
            name=self.name_edit.text(),
            email=self.email_edit.text(),
            phone=self.phone_edit.text(),
            street=self.street_edit.text(),
            postcode=self.postcode_edit.text(),
            city=self.city_edit.text(),
            country=self.country_combo.currentData() or "",
            vat_id=self.vat_edit.text(),
            currency=self.currency_combo.currentData() or "",
            document_language=self.language_combo.currentData() or "en",
            payment_terms_days=self.terms_spin.value(),
            rounding_increment=self.rounding_combo.currentData(),
            rounding_mode=self.mode_combo.currentData(),
            minimum_charge=self.minimum_edit.text(),
            default_rate=self.rate_edit.text(),
            show_raw_time=self.raw_time_check.isChecked(),
            notes=self.notes_edit.toPlainText(),
        )

    def save(self, session: Session) -> int:
        data = self.current_input()
        if self.client_id is None:
            return client_service.create_client(session, data)
        assert self.version is not None
        self.version = client_service.update_client(session, self.client_id, data, self.version)
        return self.client_id

    # -- a conflicting save: both versions side by side ----------------------

    def load_record(self, session: Session) -> tuple[ClientInput, int]:
        assert self.client_id is not None
        return client_service.load_client(session, self.client_id)

    def display_values(self, data: ClientInput) -> dict[str, str]:
        return {key: _shown(value) for key, value in asdict(data).items()}

    def conflict_messages(self) -> tuple[str, str]:
        return (
            self.tr(
                "Someone else changed this client after you opened it, so your changes were "
                "not saved. They are still here: copy what you need, then Cancel and open the "
                "client again to see the other changes."
            ),
            self.tr(
                "Someone else changed this client after you opened it, so your changes were "
                "not saved yet. Both versions are shown below: tick the values to take from "
                "theirs, or keep all of yours, then press OK to save."
            ),
        )


def _shown(value: object) -> str:
    if value is None:
        return QCoreApplication.translate("ClientDialog", "the shop's")
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("ClientDialog", "yes")
            if value
            else QCoreApplication.translate("ClientDialog", "no")
        )
    return str(value)
