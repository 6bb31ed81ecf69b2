"""The clients page: the list with New/Edit/Archive, "Show archived", and the
selected client's contacts and sites underneath."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QSplitter, QVBoxLayout, QWidget
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.session import unit_of_work
from desktop.services.queries.listing import CLIENTS
from desktop.services.records import clients as client_service
from desktop.views import changes
from desktop.views.client_details import ClientDetailsPanel, tool_button
from desktop.views.client_dialog import ClientDialog
from desktop.views.list_page import ListPage
from desktop.views.theme import icon


def _tr(text: str) -> str:
    """Translate in the ClientsPage context (usable before the widget exists)."""
    return QCoreApplication.translate("ClientsPage", text)


class ClientsPage(ListPage):
    def __init__(self, sessions: sessionmaker[Session], parent: QWidget | None = None) -> None:
        super().__init__(
            sessions,
            CLIENTS,
            _tr("Clients"),
            _tr("No clients yet — click New client to add your first."),
            parent,
        )
        self.sessions = sessions
        changes.watch_changes(self, sessions, {changes.CLIENTS}, self.refresh)
        self.new_button = tool_button(self.tr("New client"), "add", self.new_client)
        self.new_button.setObjectName("newClientButton")
        self.edit_button = tool_button(self.tr("Edit"), "edit", self.edit_client)
        self.archive_button = tool_button(self.tr("Archive"), "archive", self.toggle_archived)
        self.show_archived = QCheckBox(self.tr("Show archived"))
        self.show_archived.toggled.connect(self._on_show_archived)
        for position, widget in enumerate(
            (self.new_button, self.edit_button, self.archive_button), start=1
        ):
            self.toolbar.insertWidget(position, widget)
        self.toolbar.addWidget(self.show_archived)

        # The list on top, the selected client's contacts and sites below.
        self.details = ClientDetailsPanel(sessions)
        self.details_title = QLabel()
        self.details_title.setObjectName("sectionTitle")
        details_box = QWidget()
        box = QVBoxLayout(details_box)
        box.setContentsMargins(0, 8, 0, 0)
        box.setSpacing(6)
        box.addWidget(self.details_title)
        box.addWidget(self.details, 1)
        self.content.removeWidget(self.stack)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("clientsSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(details_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([420, 260])
        self.content.addWidget(self.splitter, 1)

        self.table.doubleClicked.connect(lambda _index: self.edit_client())
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.model.modelReset.connect(self._on_selection)
        # Start with the first client selected so its contacts show at once.
        if self.model.rowCount():
            self.table.selectRow(0)
        self._on_selection()

    # -- actions ----------------------------------------------------------

    def new_client(self) -> None:
        dialog = ClientDialog(self.sessions, None, self)
        if dialog.exec() and dialog.saved_id is not None:
            self._after_save(dialog.saved_id)

    def edit_client(self) -> None:
        client_id = self.selected_id()
        if client_id is None:
            return
        dialog = self.make_edit_dialog(client_id)
        if dialog.exec() and dialog.saved_id is not None:
            self._after_save(dialog.saved_id)

    def make_edit_dialog(self, client_id: int) -> ClientDialog:
        """The edit dialog for `client_id` (tests drive it directly)."""
        return ClientDialog(self.sessions, client_id, self)

    def toggle_archived(self) -> None:
        """Archive the selected client, or bring an archived one back."""
        client_id = self.selected_id()
        if client_id is None:
            return
        archived = self._selected_is_archived()
        with unit_of_work(self.sessions) as session:
            client_service.set_client_archived(session, client_id, not archived)
        self.model.refresh()
        if not self.select_id(client_id):
            self._on_selection()

    def _after_save(self, client_id: int) -> None:
        self.model.refresh()
        if not self.select_id(client_id):
            self._on_selection()

    # -- state --------------------------------------------------------------

    def _on_show_archived(self, checked: bool) -> None:
        selected = self.selected_id()
        self.model.set_include_archived(checked)
        if selected is not None:
            self.select_id(selected)

    def _selected_is_archived(self) -> bool:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return False
        column = self.spec.column_index("archived")
        index = self.model.index(rows[0].row(), column)
        return bool(self.model.data(index, self.model.SortRole))

    def _on_selection(self, *_args) -> None:
        client_id = self.selected_id()
        has = client_id is not None
        self.edit_button.setEnabled(has)
        self.archive_button.setEnabled(has)
        archived = self._selected_is_archived()
        self.archive_button.setText(self.tr("Unarchive") if archived else self.tr("Archive"))
        self.archive_button.setIcon(icon("unarchive" if archived else "archive"))
        if has:
            name_index = self.model.index(
                self.table.selectionModel().selectedRows()[0].row(),
                self.spec.column_index("name"),
            )
            self.details_title.setText(
                self.tr("Contacts and sites of %1").replace("%1", str(name_index.data()))
            )
        else:
            self.details_title.setText(self.tr("Select a client to see its contacts and sites."))
        self.details.show_client(client_id)
