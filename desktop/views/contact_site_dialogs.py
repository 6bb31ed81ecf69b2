"""Dialogs for a client's contacts and sites."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QSpinBox, QWidget
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.session import read_only
from desktop.services.records import clients as client_service
from desktop.services.records.clients import ContactInput, SiteInput
from desktop.views.client_dialog import country_combo, set_combo_data
from desktop.views.record_dialog import RecordDialog


def _title(context: str, new: str, edit: str, record_id: int | None) -> str:
    return QCoreApplication.translate(context, new if record_id is None else edit)


class ContactDialog(RecordDialog):
    """A person at the client; `contact_id` None makes a new one."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        client_id: int,
        contact_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = _title("ContactDialog", "New contact", "Edit contact", contact_id)
        super().__init__(sessions, title, parent)
        self.client_id = client_id
        self.contact_id = contact_id
        self.version: int | None = None
        self.name_edit = self.add_field("name", self.tr("&Name"), QLineEdit())
        self.role_edit = self.add_field("role", self.tr("&Role"), QLineEdit())
        self.email_edit = self.add_field("email", self.tr("&Email"), QLineEdit())
        self.phone_edit = self.add_field("phone", self.tr("&Phone"), QLineEdit())
        self.billing_check = QCheckBox(self.tr("Receives invoices"))
        self.add_field("is_billing", self.tr("Billing"), self.billing_check)
        self.setMinimumWidth(420)
        if contact_id is not None:
            with read_only(sessions) as session:
                data, self.version = client_service.load_contact(session, contact_id)
            self.name_edit.setText(data.name)
            self.role_edit.setText(data.role)
            self.email_edit.setText(data.email)
            self.phone_edit.setText(data.phone)
            self.billing_check.setChecked(data.is_billing)

    def current_input(self) -> ContactInput:
        return ContactInput(
            name=self.name_edit.text(),
            role=self.role_edit.text(),
            email=self.email_edit.text(),
            phone=self.phone_edit.text(),
            is_billing=self.billing_check.isChecked(),
        )

    def save(self, session: Session) -> int:
        data = self.current_input()
        if self.contact_id is None:
            return client_service.create_contact(session, self.client_id, data)
        assert self.version is not None
        self.version = client_service.update_contact(session, self.contact_id, data, self.version)
        return self.contact_id


class SiteDialog(RecordDialog):
    """A place technicians drive to, with its distance and travel time."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        client_id: int,
        site_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = _title("SiteDialog", "New site", "Edit site", site_id)
        super().__init__(sessions, title, parent)
        self.client_id = client_id
        self.site_id = site_id
        self.version: int | None = None
        self.name_edit = self.add_field("name", self.tr("&Name"), QLineEdit())
        self.street_edit = self.add_field("street", self.tr("&Street"), QLineEdit())
        self.postcode_edit = self.add_field("postcode", self.tr("Post&code"), QLineEdit())
        self.city_edit = self.add_field("city", self.tr("&City"), QLineEdit())
        self.country_combo = self.add_field("country", self.tr("Co&untry"), country_combo())
        self.distance_edit = QLineEdit()
        self.distance_edit.setPlaceholderText(self.tr("km from the shop, e.g. 12.5"))
        self.add_field("distance_km", self.tr("&Distance (km)"), self.distance_edit)
        self.travel_spin = QSpinBox()
        self.travel_spin.setRange(0, 24 * 60)
        self.travel_spin.setSuffix(self.tr(" min"))
        self.add_field("travel_minutes", self.tr("&Travel time"), self.travel_spin)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setFixedHeight(self.fontMetrics().height() * 3 + 12)
        self.add_field("notes", self.tr("N&otes"), self.notes_edit)
        self.setMinimumWidth(440)
        with read_only(sessions) as session:
            if site_id is None:
                data = SiteInput(country=client_service.client_default_country(session, client_id))
            else:
                data, self.version = client_service.load_site(session, site_id)
        self.name_edit.setText(data.name)
        self.street_edit.setText(data.street)
        self.postcode_edit.setText(data.postcode)
        self.city_edit.setText(data.city)
        set_combo_data(self.country_combo, data.country)
        self.distance_edit.setText(data.distance_km)
        self.travel_spin.setValue(data.travel_minutes)
        self.notes_edit.setPlainText(data.notes)

    def current_input(self) -> SiteInput:
        return SiteInput(
            name=self.name_edit.text(),
            street=self.street_edit.text(),
            postcode=self.postcode_edit.text(),
            city=self.city_edit.text(),
            country=self.country_combo.currentData() or "",
            distance_km=self.distance_edit.text(),
            travel_minutes=self.travel_spin.value(),
            notes=self.notes_edit.toPlainText(),
        )

    def save(self, session: Session) -> int:
        data = self.current_input()
        if self.site_id is None:
            return client_service.create_site(session, self.client_id, data)
        assert self.version is not None
        self.version = client_service.update_site(session, self.site_id, data, self.version)
        return self.site_id
