"""The panel under the clients list: the selected client's contacts and
sites, each with Add, Edit and Archive, and their credit from earlier
payments (client_credit_tab.py)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.session import read_only, unit_of_work
from desktop.services.records import clients as client_service
from desktop.views.client_credit_tab import ClientCreditTab
from desktop.views.contact_site_dialogs import ContactDialog, SiteDialog
from desktop.views.itemmodels.client_details_table_models import (
    ContactsTableModel,
    SitesTableModel,
)
from desktop.views.itemmodels.records_table_model import RecordsTableModel
from desktop.views.theme import icon


def tool_button(text: str, icon_name: str, slot: Callable[[], None]) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setIcon(icon(icon_name))
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    button.clicked.connect(slot)
    return button


def small_table(model: RecordsTableModel, widths: list[int]) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setAlternatingRowColors(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setShowGrid(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    char = table.fontMetrics().horizontalAdvance("0")
    for column, chars in enumerate(widths):
        table.setColumnWidth(column, chars * char + 16)
    return table


class _RecordTab(QWidget):
    """A table of one kind of record with Add/Edit/Archive buttons."""

    def __init__(
        self,
        model: RecordsTableModel,
        widths: list[int],
        add_text: str,
        open_record: Callable[[int | None], None],
        archive_record: Callable[[int], None],
    ) -> None:
        super().__init__()
        self.model = model
        self._open_record = open_record
        self._archive_record = archive_record
        self.table = small_table(model, widths)
        self.add_button = tool_button(add_text, "add", self.add)
        self.edit_button = tool_button(self.tr("Edit"), "edit", self.edit)
        self.archive_button = tool_button(self.tr("Archive"), "archive", self.archive)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        for button in (self.add_button, self.edit_button, self.archive_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.data(rows[0], RecordsTableModel.IdRole) if rows else None

    def _update_buttons(self) -> None:
        has = self.selected_id() is not None
        self.edit_button.setEnabled(has)
        self.archive_button.setEnabled(has)

    def set_enabled_for_client(self, enabled: bool) -> None:
        self.add_button.setEnabled(enabled)
        self._update_buttons()

    def add(self) -> None:
        self._open_record(None)

    def edit(self) -> None:
        record_id = self.selected_id()
        if record_id is not None:
            self._open_record(record_id)

    def archive(self) -> None:
        record_id = self.selected_id()
        if record_id is not None:
            self._archive_record(record_id)


class ClientDetailsPanel(QTabWidget):
    """Contacts, Sites and Credit tabs for one client at a time."""

    def __init__(self, sessions: sessionmaker[Session], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.client_id: int | None = None
        self.contacts = _RecordTab(
            ContactsTableModel(self),
            [22, 16, 26, 14, 8],
            self.tr("Add contact"),
            self._edit_contact,
            self._archive_contact,
        )
        self.sites = _RecordTab(
            SitesTableModel(self),
            [22, 16, 7, 9, 6],
            self.tr("Add site"),
            self._edit_site,
            self._archive_site,
        )
        self.addTab(self.contacts, icon("contact"), self.tr("Contacts"))
        self.addTab(self.sites, icon("site"), self.tr("Sites"))
        self.credit = ClientCreditTab(sessions)
        self.credit.changed.connect(self._credit_changed)
        self.addTab(self.credit, icon("payment"), self.tr("Credit"))
        self.show_client(None)

    def show_client(self, client_id: int | None) -> None:
        """Load the contacts and sites of `client_id` (None clears)."""
        self.client_id = client_id
        if client_id is None:
            self.contacts.model.set_rows([])
            self.sites.model.set_rows([])
        else:
            with read_only(self.sessions) as session:
                self.contacts.model.set_rows(client_service.list_contacts(session, client_id))
                self.sites.model.set_rows(client_service.list_sites(session, client_id))
        self.contacts.set_enabled_for_client(client_id is not None)
        self.sites.set_enabled_for_client(client_id is not None)
        self.credit.show_client(client_id)
        self._credit_changed()

    def _credit_changed(self) -> None:
        self.setTabText(self.indexOf(self.credit), self.credit.title())

    def _reselect(self, tab: _RecordTab, record_id: int | None) -> None:
        self.show_client(self.client_id)
        row = tab.model.find_row(record_id) if record_id is not None else None
        if row is not None:
            tab.table.selectRow(row)

    def _edit_contact(self, contact_id: int | None) -> None:
        if self.client_id is None:
            return
        dialog = ContactDialog(self.sessions, self.client_id, contact_id, self)
        if dialog.exec():
            self._reselect(self.contacts, dialog.saved_id)

    def _edit_site(self, site_id: int | None) -> None:
        if self.client_id is None:
            return
        dialog = SiteDialog(self.sessions, self.client_id, site_id, self)
        if dialog.exec():
            self._reselect(self.sites, dialog.saved_id)

    def _archive_contact(self, contact_id: int) -> None:
        with unit_of_work(self.sessions) as session:
            client_service.set_contact_archived(session, contact_id, True)
        self.show_client(self.client_id)

    def _archive_site(self, site_id: int) -> None:
        with unit_of_work(self.sessions) as session:
            client_service.set_site_archived(session, site_id, True)
        self.show_client(self.client_id)
