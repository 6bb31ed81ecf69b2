"""The Time page: one technician's week as a grid of days × entries with
totals per day, the selected day's entries with raw and billed time side by
side, overlaps flagged, and the running timer."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.session import read_only, unit_of_work
from desktop.services.billing.rules import SetupError
from desktop.services.common.errors import UserError
from desktop.services.queries.listing import TIME_ENTRIES, ListSpec
from desktop.services.records.timer import technician_choices
from desktop.services.records.week_grid import WeekGrid, week_grid, week_start
from desktop.services.records.work_log import delete_time_entry, restore_time_entry
from desktop.views import changes
from desktop.views.formatting import format_date, format_minutes
from desktop.views.itemmodels.paged_table_model import PagedTableModel
from desktop.views.list_page import PAGE_MARGIN, ListPage, page_title
from desktop.views.record_dialog import service_message
from desktop.views.theme import icon
from desktop.views.time.fields import fill_combo
from desktop.views.time.quick_entry import QuickEntryDialog
from desktop.views.time.timer_indicator import TimerController, format_elapsed
from desktop.views.time.week_grid_view import WeekGridView
from desktop.views.time.week_table_models import (
    DayEntriesTableModel,
    EntryIdRole,
    WeekGridTableModel,
)
from desktop.views.undo_toast import UndoToast

PAGE_STYLE = """
QLabel#weekSummary { color: #3E4C5E; }
QLabel#hint { color: #5B6878; font-size: 9pt; }
QLabel#overlapWarning {
    background: #FDECEA; color: #8C1D18; border: 1px solid #F3B8B3;
    border-radius: 4px; padding: 3px 8px;
}
QFrame#timerBanner, QLabel#timerBanner {
    background: #E8F1FB; color: #1F5A96; border: 1px solid #BBD2EC;
    border-radius: 4px; padding: 3px 8px; font-weight: 600;
}
QTableView#weekGrid::item { padding: 4px 6px; }
"""


class TimePage(QWidget):
    """Tabs: the technician's week, and the list of all entries."""

    statusChanged = Signal()  # the all-entries list loaded rows

    def __init__(
        self, sessions: sessionmaker[Session], timer: TimerController, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.timer = timer
        self.grid: WeekGrid | None = None
        self.open_dialog: QuickEntryDialog | None = None
        self.monday = week_start(timer.clock().date())
        self.selected_day = (timer.clock().date() - self.monday).days
        self.setStyleSheet(PAGE_STYLE)

        self.technician = QComboBox()
        self.technician.setObjectName("technicianPicker")
        self.technician.setMinimumContentsLength(18)
        self.technician.setToolTip(self.tr("Whose week and whose timer"))
        with read_only(sessions) as session:
            fill_combo(self.technician, technician_choices(session), keep=timer.technician_id)
        self.technician.currentIndexChanged.connect(self._technician_changed)

        self.previous_button = self._tool("go_previous", self.tr("Previous week (Alt+Left)"), "‹")
        self.previous_button.clicked.connect(lambda: self.go_week(-1))
        self.this_week_button = QPushButton(self.tr("This week"))
        self.this_week_button.clicked.connect(self.go_this_week)
        self.next_button = self._tool("go_next", self.tr("Next week (Alt+Right)"), "›")
        self.next_button.clicked.connect(lambda: self.go_week(1))
        QShortcut(QKeySequence.StandardKey.Delete, self, activated=self.delete_entry)
        QShortcut(QKeySequence.StandardKey.Undo, self, activated=lambda: self.toast.undo())
        self.toast = UndoToast(self)
        QShortcut(QKeySequence("Alt+Left"), self, activated=lambda: self.go_week(-1))
        QShortcut(QKeySequence("Alt+Right"), self, activated=lambda: self.go_week(1))
        self.week_label = QLabel()
        self.week_label.setObjectName("sectionTitle")

        self.timer_button = QPushButton()
        self.timer_button.setObjectName("timerButton")
        self.timer_button.clicked.connect(timer.toggle)
        self.new_entry_button = QPushButton(icon("time_entry"), self.tr("New entry…"))
        self.new_entry_button.setObjectName("newEntryButton")
        self.new_entry_button.clicked.connect(self.new_entry)

        self.summary = QLabel()
        self.summary.setObjectName("weekSummary")
        self.overlap_warning = QLabel()
        self.overlap_warning.setObjectName("overlapWarning")
        self.overlap_warning.hide()
        self.timer_banner = QLabel()
        self.timer_banner.setObjectName("timerBanner")
        self.timer_banner.hide()

        self.grid_model = WeekGridTableModel(self)
        self.grid_view = WeekGridView(self.grid_model)
        self.grid_view.clicked.connect(lambda index: self.select_day(index.column()))
        self.grid_view.horizontalHeader().sectionClicked.connect(self.select_day)
        self.grid_view.selectionModel().currentChanged.connect(
            lambda current, _previous: current.isValid() and self.select_day(current.column())
        )

        self.day_title = QLabel()
        self.day_title.setObjectName("sectionTitle")
        self.day_model = DayEntriesTableModel(self)
        self.day_view = QTableView()
        self.day_view.setObjectName("dayEntries")
        self.day_view.setModel(self.day_model)
        self.day_view.setAlternatingRowColors(True)
        self.day_view.setWordWrap(False)  # one line per entry; long names elide
        self.day_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.day_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.day_view.verticalHeader().hide()
        header = self.day_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(
            DayEntriesTableModel.COL_DESCRIPTION, QHeaderView.ResizeMode.Stretch
        )
        for column, width in ((0, 110), (1, 170), (2, 110), (3, 110), (5, 64), (6, 90), (7, 180)):
            header.resizeSection(column, width)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)

        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(page_title(self.tr("Time")))
        top.addSpacing(12)
        top.addWidget(self.technician)
        top.addStretch(1)
        top.addWidget(self.timer_banner)
        top.addWidget(self.timer_button)
        top.addWidget(self.new_entry_button)

        nav = QHBoxLayout()
        nav.setSpacing(6)
        nav.addWidget(self.previous_button)
        nav.addWidget(self.this_week_button)
        nav.addWidget(self.next_button)
        nav.addSpacing(10)
        nav.addWidget(self.week_label)
        nav.addStretch(1)
        nav.addWidget(self.overlap_warning)
        nav.addSpacing(8)
        nav.addWidget(self.summary)

        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 8, 0, 0)
        lower_layout.setSpacing(6)
        lower_layout.addWidget(self.day_title)
        lower_layout.addWidget(self.day_view, 1)
        lower_layout.addWidget(self.empty_label, 1)
        self.legend = QLabel(
            self.tr(
                "Billed time in grey is a preview with the rounding rule "
                "that applies today; in black it is as invoiced."
            )
        )
        self.legend.setObjectName("hint")
        lower_layout.addWidget(self.legend)
        lower_layout.addWidget(self.toast, 0, Qt.AlignmentFlag.AlignHCenter)
        splitter = self.splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.grid_view)
        splitter.addWidget(lower)
        splitter.setSizes([430, 250])

        week = QWidget()
        week_layout = QVBoxLayout(week)
        week_layout.setContentsMargins(0, 10, 0, 0)
        week_layout.setSpacing(10)
        week_layout.addLayout(nav)
        week_layout.addWidget(splitter, 1)
        # Every entry of every technician: searched, sorted and paged in SQL.
        self.entries = ListPage(
            sessions,
            TIME_ENTRIES,
            self.tr("All entries"),
            self.tr("No time entries yet. Work logged by technicians appears here."),
        )
        self.entries.layout().setContentsMargins(0, 10, 0, 0)
        for title in self.entries.findChildren(QLabel, "pageTitle"):
            title.hide()  # the tab names it
        self.entries.statusChanged.connect(self.statusChanged)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("timeTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(week, icon("time"), self.tr("Week"))
        self.tabs.addTab(self.entries, icon("search"), self.tr("All entries"))
        self.tabs.currentChanged.connect(lambda _index: self.statusChanged.emit())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

        timer.changed.connect(self._timer_changed)
        timer.indicator.tick.timeout.connect(self._update_timer_text)  # type: ignore[attr-defined]
        self._timer_changed()
        self.refresh()
        # Technicians saved in Settings (or, shown again, added from the
        # command line) are offered at once; the entries follow their records.
        changes.watch_changes(
            self, sessions, {changes.PEOPLE}, self.reload_choices, every_show=True, even_hidden=True
        )
        changes.watch_changes(
            self,
            sessions,
            {changes.TIME, changes.CLIENTS, changes.VISITS, changes.INVOICES},
            self._records_changed,
        )

    def _records_changed(self) -> None:
        self.refresh()
        self.entries.refresh()

    # The all-entries list, for the status bar and for keyboard users.
    @property
    def table(self) -> QTableView:
        return self.entries.table

    @property
    def spec(self) -> ListSpec:
        return self.entries.spec

    @property
    def model(self) -> PagedTableModel:
        return self.entries.model

    def status_text(self) -> str:
        return self.entries.status_text() if self.tabs.currentWidget() is self.entries else ""

    def _tool(self, name: str, tip: str, text: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(False)
        button.setMinimumWidth(30)
        return button

    # -- week ----------------------------------------------------------------

    def go_week(self, step: int) -> None:
        self.monday += dt.timedelta(days=7 * step)
        self.refresh()

    def go_this_week(self) -> None:
        today = self.timer.clock().date()
        self.monday = week_start(today)
        self.selected_day = today.weekday()
        self.refresh()

    def technician_id(self) -> int | None:
        return self.technician.currentData()

    def reload_choices(self) -> None:
        """Offer the technicians as they are now (added or deactivated in
        Settings while this page was built), keeping the timer's one."""
        self.timer.reload_technicians()
        with read_only(self.sessions) as session:
            fill_combo(self.technician, technician_choices(session), keep=self.timer.technician_id)
        if self.technician_id() != self.timer.technician_id:
            self.timer.set_technician(self.technician_id())
        self.refresh()

    def _technician_changed(self) -> None:
        self.timer.set_technician(self.technician_id())
        self.refresh()

    def refresh(self) -> None:
        """Read the week again (cheap: one technician, one week)."""
        technician_id = self.technician_id()
        sunday = self.monday + dt.timedelta(days=6)
        self.week_label.setText(
            self.tr("Week %1 · %2 – %3")
            .replace("%1", str(self.monday.isocalendar()[1]))
            .replace("%2", format_date(self.monday))
            .replace("%3", format_date(sunday))
        )
        if technician_id is None:
            self.grid = None
            self._show_empty(self.tr("Add a technician in Settings to log time."))
            return
        try:
            with read_only(self.sessions) as session:
                grid = week_grid(session, technician_id, self.monday)
        except SetupError as exc:
            self._show_empty(service_message(str(exc)))
            return
        self.grid = grid
        self.grid_model.set_grid(grid)
        self.summary.setText(
            self.tr("Week: %1 raw · %2 billed")
            .replace("%1", format_minutes(grid.week_raw))
            .replace("%2", format_minutes(grid.week_billed))
        )
        count = grid.overlap_count
        self.overlap_warning.setVisible(count > 0)
        self.overlap_warning.setText(self.tr("%n overlapping entries", "", count) if count else "")
        self.select_day(self.selected_day)
        self.grid_view.fit_weekend(grid)
        self._fit_grid()

    def _fit_grid(self) -> None:
        """Give the grid the height its rows need (the total row in view),
        up to two thirds of the page; the day's table takes the rest."""
        total = sum(self.splitter.sizes())
        if total <= 0:
            return
        grid_height = min(self.grid_view.needed_height(), total * 2 // 3)
        self.splitter.setSizes([grid_height, total - grid_height])

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit_grid()

    def select_day(self, day: int) -> None:
        if not 0 <= day < 7:
            return
        self.selected_day = day
        if self.grid is None:
            return
        entries = self.grid.days[day]
        self.day_model.set_entries(entries)
        date = self.grid.day(day)
        self.day_title.setText(
            self.tr("%1 — %2 raw · %3 billed")
            .replace(
                "%1", QLocale().toString(QDate(date.year, date.month, date.day), "dddd d MMMM")
            )
            .replace("%2", format_minutes(self.grid.raw_total(day)))
            .replace("%3", format_minutes(self.grid.billed_total(day)))
        )
        self.day_view.setVisible(bool(entries))
        self.empty_label.setVisible(not entries)
        self.empty_label.setText(
            self.tr("Nothing logged on this day. Start the timer or add an entry (Ctrl+Shift+E).")
        )

    def _show_empty(self, text: str) -> None:
        self.day_view.hide()
        self.empty_label.show()
        self.empty_label.setText(text)

    # -- actions ---------------------------------------------------------------

    def selected_entry_id(self) -> int | None:
        index = self.day_view.currentIndex()
        return self.day_model.data(index, EntryIdRole) if index.isValid() else None

    def delete_entry(self) -> None:
        """Delete the selected entry at once, with Undo (Ctrl+Z) for a few seconds."""
        entry_id = self.selected_entry_id()
        if entry_id is None:
            return
        try:
            with unit_of_work(self.sessions) as session:
                snapshot = delete_time_entry(session, entry_id)
        except UserError as exc:
            message = next(iter(exc.field_errors().values()), exc.message)
            self.toast.show_message(service_message(message), lambda: None, None)
            return
        self.refresh()

        def put_back() -> None:
            with unit_of_work(self.sessions) as session:
                restore_time_entry(session, snapshot)
            self.refresh()

        self.toast.show_message(self.tr("Entry deleted."), lambda: None, put_back)

    def new_entry(self) -> QuickEntryDialog:
        start = dt.datetime.combine(
            self.grid.day(self.selected_day) if self.grid else self.timer.clock().date(),
            self.timer.clock().time().replace(second=0, microsecond=0),
        )
        dialog = QuickEntryDialog(
            self.sessions, technician_id=self.technician_id(), start=start, parent=self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # The week here and every other page showing time follow.
        dialog.accepted.connect(lambda: changes.announce(self.sessions, {changes.TIME}))
        self.open_dialog = dialog
        dialog.open()
        return dialog

    def _timer_changed(self) -> None:
        if self.timer.technician_id != self.technician_id() and self.timer.technician_id:
            index = self.technician.findData(self.timer.technician_id)
            if index >= 0:
                self.technician.blockSignals(True)
                self.technician.setCurrentIndex(index)
                self.technician.blockSignals(False)
        running = self.timer.running
        self.timer_button.setText(self.tr("Stop timer") if running else self.tr("Start timer"))
        self.timer_button.setIcon(icon("timer_stop" if running else "timer_start"))
        self.timer_banner.setVisible(running)
        self._update_timer_text()
        self.refresh()

    def _update_timer_text(self) -> None:
        state = self.timer.state
        if state is None:
            return
        self.timer_banner.setText(
            self.tr("Running since %1 · %2")
            .replace("%1", state.started_at.strftime("%H:%M"))
            .replace("%2", format_elapsed(self.timer.elapsed_seconds()))
        )
