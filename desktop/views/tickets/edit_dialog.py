"""Edit what a ticket says (title, description, priority, contact, site).
When someone else saved the ticket after the dialog opened, the save is
refused and both versions are shown side by side; nothing typed is lost."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.session import read_only
from desktop.services.helpdesk import ticket_details, ticket_editing
from desktop.services.helpdesk.ticket_editing import TicketEdit
from desktop.views.record_dialog import VersionedRecordDialog
from desktop.views.tickets.dialogs import PRIORITY_TITLES, combo, text_box


def _select(box: QComboBox, value: object) -> None:
    index = box.findData(value)
    box.setCurrentIndex(index if index >= 0 else 0)


class EditTicketDialog(VersionedRecordDialog):
    """Edit ticket `ticket_id` of client `client_id`; `me` is on record as
    the one who changed it."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        ticket_id: int,
        client_id: int,
        me: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            sessions,
            QCoreApplication.translate("EditTicketDialog", "Edit ticket"),
            QCoreApplication.translate("EditTicketDialog", "Two versions of this ticket"),
            parent,
        )
        self.ticket_id = ticket_id
        self.me = me
        with read_only(sessions) as session:
            contacts = ticket_details.contacts(session, client_id)
            sites = ticket_editing.ticket_sites(session, client_id)
        none = self.tr("(none)")
        self.title_edit = self.add_field("title", self.tr("&Title"), QLineEdit())
        self.description_edit = self.add_field("description", self.tr("&Description"), text_box(6))
        self.priority_combo = self.add_field(
            "priority",
            self.tr("&Priority"),
            combo([(key, self.tr(title)) for key, title in PRIORITY_TITLES.items()]),
        )
        self.contact_combo = self.add_field(
            "contact_id", self.tr("&Contact"), combo([(None, none), *contacts])
        )
        self.site_combo = self.add_field("site_id", self.tr("&Site"), combo([(None, none), *sites]))
        # Wide enough for a ticket title and both versions side by side.
        self.title_edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 44)
        self.start_editing()

    def load_record(self, session: Session) -> tuple[TicketEdit, int]:
        return ticket_editing.load_ticket_edit(session, self.ticket_id)

    def set_input(self, data: TicketEdit) -> None:
        self.title_edit.setText(data.title)
        self.title_edit.setCursorPosition(0)
        self.description_edit.setPlainText(data.description)
        _select(self.priority_combo, data.priority)
        for box, value in ((self.contact_combo, data.contact_id), (self.site_combo, data.site_id)):
            if box.findData(value) < 0 and value is not None:
                # Archived since it was chosen: still shown, so it is not lost.
                box.addItem(self.tr("(archived) #%1").replace("%1", str(value)), value)
            _select(box, value)

    def current_input(self) -> TicketEdit:
        return TicketEdit(
            title=self.title_edit.text(),
            description=self.description_edit.toPlainText(),
            priority=self.priority_combo.currentData(),
            contact_id=self.contact_combo.currentData(),
            site_id=self.site_combo.currentData(),
        )

    def display_values(self, data: TicketEdit) -> dict[str, str]:
        def title_of(box: QComboBox, value: object) -> str:
            index = box.findData(value)
            if value is None:
                return ""
            return box.itemText(index) if index >= 0 else f"#{value}"

        return {
            "title": data.title.strip(),
            "description": data.description.strip(),
            "priority": title_of(self.priority_combo, data.priority),
            "contact_id": title_of(self.contact_combo, data.contact_id),
            "site_id": title_of(self.site_combo, data.site_id),
        }

    def conflict_messages(self) -> tuple[str, str]:
        return (
            self.tr(
                "Someone else changed this ticket after you opened it, and it no longer "
                "exists, so your changes were not saved. Copy what you need, then Cancel."
            ),
            self.tr(
                "Someone else changed this ticket after you opened it, so your changes were "
                "not saved yet. Both versions are shown below: tick the values to take from "
                "theirs, or keep all of yours, then press OK to save."
            ),
        )

    def save(self, session: Session) -> int:
        assert self.version is not None
        self.version = ticket_editing.update_ticket(
            session, self.ticket_id, self.current_input(), self.version, who=self.me
        )
        return self.ticket_id
