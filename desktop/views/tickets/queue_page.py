"""The ticket queue: saved filters, full-text search, the SLA column, and
the way into each ticket's window and into a new ticket."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QWidget
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.session import read_only
from desktop.services.helpdesk.ticket_details import technicians
from desktop.services.helpdesk.ticket_queue import FILTER_TITLES, FILTERS, queue_spec
from desktop.views import changes
from desktop.views.itemmodels.ticket_queue_table_model import TicketQueueTableModel
from desktop.views.list_page import ListPage
from desktop.views.theme import icon
from desktop.views.tickets.dialogs import TIER_TITLES, NewTicketDialog
from desktop.views.tickets.reports_page import ReportsPage
from desktop.views.tickets.ticket_page import TicketPage


def _tr(text: str) -> str:
    return QCoreApplication.translate("TicketQueue", text)


# The SLA column moves with the clock: re-read the rows this often while
# the queue is on screen, so a ticket turning "at risk" shows without F5.
SLA_REFRESH_MS = 60_000


def _settings() -> QSettings:
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "TechLedger", "TechLedger"
    )


class QueuePage(ListPage):
    """The ticket list as a helpdesk works it. Enter or a double click opens
    the ticket; Ctrl+N opens a new one; Ctrl+F goes to the search box;
    Ctrl+Shift+P opens the reports (SLA and feedback for a period)."""

    def __init__(self, sessions: sessionmaker[Session], parent: QWidget | None = None) -> None:
        super().__init__(
            sessions,
            queue_spec("open", dt.datetime.now()),
            _tr("Tickets"),
            _tr("No tickets here. Pick another filter, or open a new ticket with Ctrl+N."),
            parent,
        )
        self.sessions = sessions
        self.windows: dict[int, TicketPage] = {}
        self.reports: ReportsPage | None = None
        self.search.setPlaceholderText(_tr("Search number, title and description…"))
        self.search.returnPressed.connect(self.apply_search)  # Enter: search now

        with read_only(sessions) as session:
            techs = technicians(session)
        saved_me = _settings().value("tickets/me")
        me = int(saved_me) if saved_me not in (None, "") else (techs[0][0] if techs else None)
        self.me_combo = QComboBox()
        self.me_combo.setObjectName("meCombo")
        for tech_id, name in techs:
            self.me_combo.addItem(name, tech_id)
        self.me_combo.setCurrentIndex(max(self.me_combo.findData(me), 0))
        self.filter_combo = QComboBox()
        self.filter_combo.setObjectName("filterCombo")
        for key in FILTERS:
            self.filter_combo.addItem(_tr(FILTER_TITLES[key]), key)
        self.tier_combo = QComboBox()
        for tier, title in TIER_TITLES.items():
            self.tier_combo.addItem(_tr(title), tier)
        self.tier_combo.setCurrentIndex(1)
        self.tier_combo.hide()
        self.new_button = QPushButton(icon("add"), _tr("New ticket"))
        self.new_button.setToolTip(_tr("Open a new ticket (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_ticket)
        self.reports_button = QPushButton(icon("reports"), _tr("Reports"))
        self.reports_button.setToolTip(
            _tr("SLA per client and feedback for a period (Ctrl+Shift+P)")
        )
        self.reports_button.clicked.connect(self.open_reports)

        self.toolbar.insertWidget(1, self.filter_combo)
        self.toolbar.insertWidget(2, self.tier_combo)
        self.toolbar.addWidget(QLabel(_tr("I am")))
        self.toolbar.addWidget(self.me_combo)
        self.toolbar.addWidget(self.reports_button)
        self.toolbar.addWidget(self.new_button)

        # The base page built a plain model for the same columns; the queue
        # model adds saved filters, full-text search and SLA colours.
        plain = self.model
        self.model = TicketQueueTableModel(sessions, me=self.me(), parent=self)
        self.table.setModel(self.model)
        plain.deleteLater()
        self.model.rowsLoaded.connect(self._on_rows_loaded)
        header = self.table.horizontalHeader()
        header.setSortIndicator(self.model.sort_column, self.model.sort_order)
        self.table.activated.connect(lambda index: self.open_ticket(self.model.row_id(index.row())))
        # The saved filter last used comes back on the next start.
        saved_filter = _settings().value("tickets/filter")
        saved_tier = _settings().value("tickets/tier")
        if saved_filter in FILTERS and saved_filter != self.filter_combo.currentData():
            if saved_tier not in (None, ""):
                self.tier_combo.setCurrentIndex(max(self.tier_combo.findData(int(saved_tier)), 0))
            self.filter_combo.setCurrentIndex(self.filter_combo.findData(saved_filter))
            self._apply_view()
        self.filter_combo.currentIndexChanged.connect(self._apply_view)
        self.tier_combo.currentIndexChanged.connect(self._apply_view)
        self.me_combo.currentIndexChanged.connect(self._me_changed)

        for shortcut, slot in (
            ("Ctrl+N", self.new_ticket),
            ("Ctrl+F", self.search.setFocus),
            ("F5", self.refresh),
            ("Ctrl+Shift+P", self.open_reports),
        ):
            action = QAction(self)
            action.setShortcut(QKeySequence(shortcut))
            # Like the Actions menu's: the key works wherever the focus is in
            # the window while this page is shown (hidden pages do not answer).
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        self._on_rows_loaded(self.model.loaded_count())
        self.sla_timer = QTimer(self)
        self.sla_timer.setInterval(SLA_REFRESH_MS)
        self.sla_timer.timeout.connect(self.refresh_in_place)
        self.sla_timer.start()
        changes.watch_changes(
            self,
            sessions,
            {changes.TICKETS, changes.CLIENTS, changes.PEOPLE},
            self.refresh_in_place,
        )

    def refresh_in_place(self) -> None:
        """Re-read the rows (the SLA states) without moving the view: the
        selection and the scroll position stay where the user left them."""
        if not self.isVisible():
            return
        scrollbar = self.table.verticalScrollBar()
        position = scrollbar.value()
        self.refresh()
        scrollbar.setValue(position)

    def me(self) -> int | None:
        """The technician working the queue: the author of every action."""
        return self.me_combo.currentData()

    def set_filter(self, key: str, tier: int | None = None) -> None:
        if tier is not None:
            self.tier_combo.setCurrentIndex(self.tier_combo.findData(tier))
        self.filter_combo.setCurrentIndex(self.filter_combo.findData(key))

    def _apply_view(self) -> None:
        key = self.filter_combo.currentData()
        self.tier_combo.setVisible(key == "tier")
        _settings().setValue("tickets/filter", key)
        _settings().setValue("tickets/tier", self.tier_combo.currentData())
        self.model.set_view(key, me=self.me(), tier=self.tier_combo.currentData())

    def _me_changed(self) -> None:
        _settings().setValue("tickets/me", self.me())
        for window in self.windows.values():
            window.me = self.me()
        self._apply_view()

    def new_ticket(self) -> NewTicketDialog:
        dialog = NewTicketDialog(self.sessions, self.me(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.open_dialog = dialog

        def finished(result: int) -> None:
            if result and dialog.saved_id is not None:
                self.refresh()
                self.open_ticket(dialog.saved_id)
                page = self.windows[dialog.saved_id]
                page.commands.message("acknowledgement")

        dialog.finished.connect(finished)
        dialog.open()
        return dialog

    def open_reports(self) -> ReportsPage:
        """Show the reports window (one at a time)."""
        if self.reports is None:
            self.reports = ReportsPage(self.sessions, self)
            self.reports.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.reports.destroyed.connect(self._reports_closed)
        else:
            self.reports.refresh()
        self.reports.show()
        self.reports.raise_()
        self.reports.activateWindow()
        return self.reports

    def _reports_closed(self, *_args: object) -> None:
        self.reports = None

    def open_ticket(self, ticket_id: int) -> TicketPage:
        """Show the ticket's window (one per ticket)."""
        page = self.windows.get(ticket_id)
        if page is None:
            page = TicketPage(self.sessions, ticket_id, self.me(), self)
            page.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            page.changed.connect(lambda _id: changes.announce(self.sessions, {changes.TICKETS}))
            page.destroyed.connect(lambda *_: self.windows.pop(ticket_id, None))
            self.windows[ticket_id] = page
        page.show()
        page.raise_()
        page.activateWindow()
        return page
