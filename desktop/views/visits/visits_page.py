"""The Visits page: the list of on-site visits, and the visit form in place
of the list when one is opened or started."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.session import read_only
from desktop.services.records.visits import recent_visits
from desktop.views import changes
from desktop.views.list_page import PAGE_MARGIN, page_title
from desktop.views.theme import icon
from desktop.views.time.timer_indicator import TimerController
from desktop.views.visits.visit_editor import VisitEditor
from desktop.views.visits.visits_table_model import VisitIdRole, VisitsTableModel


class VisitsPage(QWidget):
    def __init__(
        self, sessions: sessionmaker[Session], timer: TimerController, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.model = VisitsTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("visitsTable")
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((0, 140), (1, 240), (2, 240), (3, 180)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        self.table.activated.connect(self._open_index)
        self.table.doubleClicked.connect(self._open_index)
        self.empty_label = QLabel(self.tr("No visits yet. Start one when you arrive on site."))
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.new_button = QPushButton(icon("add"), self.tr("New visit"))
        self.new_button.setObjectName("newVisitButton")
        self.new_button.setToolTip(self.tr("Start a visit report (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_visit)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(lambda: self._open_index(self.table.currentIndex()))

        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.setSpacing(10)
        top = QHBoxLayout()
        top.addWidget(page_title(self.tr("On-site visits")))
        top.addStretch(1)
        top.addWidget(self.open_button)
        top.addWidget(self.new_button)
        list_layout.addLayout(top)
        list_layout.addWidget(self.table, 1)
        list_layout.addWidget(self.empty_label, 1)

        self.editor = VisitEditor(
            sessions, technician_id=timer.technician_id, clock=lambda: timer.clock()
        )
        self.editor.closed.connect(self.show_list)
        # A saved visit (and the time logged with it) is news for other pages too.
        self.editor.saved.connect(
            lambda: changes.announce(sessions, {changes.VISITS, changes.TIME})
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(list_page)
        self.stack.addWidget(self.editor)
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.new_visit)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN)
        layout.addWidget(self.stack)
        self.refresh()
        changes.watch_changes(
            self, sessions, {changes.VISITS, changes.TIME, changes.CLIENTS}, self.refresh
        )

    def refresh(self) -> None:
        with read_only(self.sessions) as session:
            rows = recent_visits(session)
        self.model.set_rows(rows)
        self.table.setVisible(bool(rows))
        self.empty_label.setVisible(not rows)
        self.open_button.setEnabled(bool(rows))

    def new_visit(self) -> None:
        self.editor.new_visit()
        self.stack.setCurrentWidget(self.editor)
        self.editor.client.setFocus()

    def open_visit(self, visit_id: int) -> None:
        self.editor.open_visit(visit_id)
        self.stack.setCurrentWidget(self.editor)

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_visit(self.model.data(index, VisitIdRole))

    def show_list(self) -> None:
        self.refresh()
        self.stack.setCurrentIndex(0)
