"""The Invoices page, the month-end workspace of a small MSP.

Three tabs — unbilled work per client, every invoice with a detail panel,
and the results of the last month-end run — and, in place of them, the
invoice being worked on (InvoiceEditor). Drafting, estimating and the
month-end run go off the GUI thread through `run_in_background`.

The page is the widgets and their wiring; each tab's behaviour lives beside
it: unbilled_work.py, invoice_list.py (with deleting a draft), month_end_run.py,
and the invoice detail panel in summary_panel.py."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from desktop.services.billing.month_end import ClientRun
from desktop.services.queries.listing import INVOICES
from desktop.views.itemmodels.paged_table_model import PagedTableModel
from desktop.views.list_page import PAGE_MARGIN, SEARCH_DELAY_MS, page_title, read_only_table
from desktop.views.operations import BackgroundTask
from desktop.views.theme import icon
from desktop.views.undo_toast import UndoToast

from .common import EXTRA_STYLE, date_edit, date_of, month_bounds, quick_action, tr
from .dialogs import grouping_combo
from .editor import InvoiceEditor
from .invoice_list import InvoiceListMixin
from .month_end_run import MonthEndRunMixin
from .summary_panel import InvoiceSummaryPanel
from .table_models import RunResultsTableModel, UnbilledTableModel
from .unbilled_work import UnbilledWorkMixin


def _table(model, stretch: int) -> QTableView:
    table = read_only_table(model)
    header = table.horizontalHeader()
    header.setMinimumSectionSize(60)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


class InvoicesPage(UnbilledWorkMixin, InvoiceListMixin, MonthEndRunMixin, QWidget):
    """Unbilled work → draft → preview/edit → issue → save/e-mail; credit
    notes, payments and the month-end run."""

    TAB_UNBILLED, TAB_INVOICES, TAB_RUN = range(3)

    def __init__(self, sessions: sessionmaker[Session], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.setStyleSheet(EXTRA_STYLE)
        self.task: BackgroundTask | None = None
        self.estimate_task: BackgroundTask | None = None
        self.month_end_task: BackgroundTask | None = None
        self.month_end_results: list[ClientRun] | None = None
        self.month_end_cancelled = False
        self.open_dialog = None
        # Test seam: called on the worker thread after each client of a
        # month-end run (done, total) — e.g. to cancel at a known point.
        self.after_client: Callable[[int, int], None] | None = None
        self._pending_delete: int | None = None
        self._live: list[BackgroundTask] = []
        # Changing both dates of the period re-reads the list once.
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(150)
        self._refresh_timer.timeout.connect(self.refresh_unbilled)

        period_from, period_to = month_bounds(dt.date.today())
        self.from_edit = date_edit(period_from)
        self.to_edit = date_edit(period_to)
        self.grouping = grouping_combo("ticket")
        self.from_edit.setToolTip(tr("Recurring fees of periods starting from this day"))
        self.to_edit.setToolTip(tr("Work done up to and including this day"))

        self.banner = QLabel()
        self.banner.setObjectName("dialogBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()

        # -- overview -------------------------------------------------------
        self.actions = {}
        toolbar = QHBoxLayout()
        toolbar.setSpacing(6)
        for text, widget in (
            (tr("Period"), self.from_edit),
            ("–", self.to_edit),
            (tr("Lines"), self.grouping),
        ):
            label = QLabel(text)
            label.setObjectName("factName")
            toolbar.addWidget(label)
            toolbar.addWidget(widget)
        toolbar.addSpacing(12)
        for key, text, shortcut, icon_name, slot in (
            ("draft", tr("Draft invoice"), "Ctrl+D", "draft", self.draft_selected),
            ("open", tr("Open"), "Ctrl+O", "edit", self.open_selected),
            ("month_end", tr("Month-end run…"), "Ctrl+M", "month_end", self.month_end),
            ("refresh", tr("Refresh"), "F5", "refresh", self.refresh),
        ):
            action, button = quick_action(self, text, shortcut, icon_name, slot)
            self.actions[key] = action
            toolbar.addWidget(button)
        toolbar.addStretch(1)

        self.unbilled_model = UnbilledTableModel(self)
        self.unbilled_table = _table(self.unbilled_model, UnbilledTableModel.COL_CLIENT)
        self.unbilled_table.setObjectName("unbilledTable")
        char = self.unbilled_table.fontMetrics().horizontalAdvance("0")
        for col, chars in ((1, 8), (2, 8), (3, 11), (4, 16)):
            self.unbilled_table.setColumnWidth(col, chars * char + 24)
        # Enter or a double click on a client drafts its invoice.
        self.unbilled_table.activated.connect(lambda _i: self.draft_selected())
        self.unbilled_summary = QLabel()
        self.unbilled_summary.setObjectName("hint")
        unbilled_tab = QWidget()
        column = QVBoxLayout(unbilled_tab)
        column.setContentsMargins(0, 8, 0, 0)
        column.addWidget(self.unbilled_table, 1)
        column.addWidget(self.unbilled_summary)

        self.search = QLineEdit()
        self.search.setObjectName("searchBox")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(tr("Search number, client or status…"))
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setMaximumWidth(360)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(
            lambda: self.invoices_model.set_filter_text(self.search.text())
        )
        self.search.textChanged.connect(self._search_timer.start)
        self.invoices_model = PagedTableModel(sessions, INVOICES, parent=self)
        self.invoices_table = _table(self.invoices_model, INVOICES.column_index("client"))
        self.invoices_table.setObjectName("invoicesTable")
        char = self.invoices_table.fontMetrics().horizontalAdvance("0")
        for section, col in enumerate(INVOICES.columns):
            if col.key != "client":
                self.invoices_table.setColumnWidth(section, col.width_chars * char + 24)
        header = self.invoices_table.horizontalHeader()
        header.setSortIndicator(self.invoices_model.sort_column, self.invoices_model.sort_order)
        header.setSortIndicatorShown(True)
        self.invoices_table.setSortingEnabled(True)
        self.invoices_table.activated.connect(lambda _i: self.open_selected())
        self.invoices_table.selectionModel().currentRowChanged.connect(self._invoice_selected)
        self.summary = InvoiceSummaryPanel()
        open_button = QToolButton()
        open_button.setObjectName("quickAction")
        open_button.setDefaultAction(self.actions["open"])
        open_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.summary.actions_row.addWidget(open_button)
        for text, tip, icon_name, then in (
            (
                tr("Payment…"),
                tr("Record money received for this invoice"),
                "payment",
                lambda editor: editor.record_payment(),
            ),
            (
                tr("Credit note…"),
                tr("Correct this invoice with a credit note"),
                "credit",
                lambda editor: editor.credit_note(),
            ),
        ):
            button = QToolButton()
            button.setObjectName("quickAction")
            button.setText(text)
            button.setIcon(icon(icon_name))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setToolTip(tip)
            button.clicked.connect(lambda _c=False, then=then: self._open_and(then))
            self.summary.actions_row.addWidget(button)
            self.summary.buttons.append(button)
        self.summary.show_invoice(None)
        invoices_tab = QWidget()
        column = QVBoxLayout(invoices_tab)
        column.setContentsMargins(0, 8, 0, 0)
        column.addWidget(self.search)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        split.addWidget(self.invoices_table)
        split.addWidget(self.summary)
        split.setStretchFactor(0, 1)
        split.setSizes([760, 300])
        column.addWidget(split, 1)

        self.run_model = RunResultsTableModel(self)
        self.run_table = _table(self.run_model, RunResultsTableModel.COL_RESULT)
        self.run_table.setObjectName("runTable")
        self.run_table.setColumnWidth(RunResultsTableModel.COL_CLIENT, 320)
        self.run_table.setColumnWidth(RunResultsTableModel.COL_TOTAL, 150)
        self.run_table.activated.connect(self._open_run_result)
        self.run_summary = QLabel(tr("No month-end run yet. Start one with Ctrl+M."))
        self.run_summary.setObjectName("sectionTitle")
        self.run_summary.setWordWrap(True)
        run_tab = QWidget()
        column = QVBoxLayout(run_tab)
        column.setContentsMargins(0, 8, 0, 0)
        column.addWidget(self.run_summary)
        column.addWidget(self.run_table, 1)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(unbilled_tab, tr("Unbilled work"))
        self.tabs.addTab(invoices_tab, tr("All invoices"))
        self.tabs.addTab(run_tab, tr("Month-end run"))
        self.tabs.currentChanged.connect(self._tab_changed)

        overview = QWidget()
        layout = QVBoxLayout(overview)
        layout.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN - 4, PAGE_MARGIN, PAGE_MARGIN - 8)
        layout.setSpacing(10)
        layout.addWidget(page_title(tr("Invoices")))
        layout.addLayout(toolbar)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)

        # -- the invoice being worked on ---------------------------------------
        self.editor = InvoiceEditor(sessions)
        self.editor.backRequested.connect(self.show_overview)
        self.editor.changed.connect(lambda _id: self._lists_changed())
        self.editor.deleteRequested.connect(self._delete_draft)
        self.editor.notice.connect(self.notify)

        self.stack = QStackedWidget()
        self.stack.addWidget(overview)
        self.stack.addWidget(self.editor)
        self.toast = UndoToast(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.stack, 1)
        toast_row = QHBoxLayout()
        toast_row.setContentsMargins(PAGE_MARGIN, 0, PAGE_MARGIN, 10)
        toast_row.addStretch(1)
        toast_row.addWidget(self.toast)
        toast_row.addStretch(1)
        outer.addLayout(toast_row)
        self.toast.setMinimumWidth(420)

        self.to_edit.dateChanged.connect(lambda _d: self._refresh_timer.start())
        self.from_edit.dateChanged.connect(lambda _d: self._refresh_timer.start())
        self.grouping.currentIndexChanged.connect(lambda _i: self._refresh_timer.start())
        self.refresh_unbilled()

    # -- lifetime -------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        window = self.window()
        if window is not self and not getattr(self, "_watching", False):
            # Closing the window must not destroy a worker thread that still
            # runs: stop and wait for ours first.
            window.installEventFilter(self)
            self._watching = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close and watched is self.window():
            self.shutdown()
        return super().eventFilter(watched, event)

    def _track(self, task: BackgroundTask) -> BackgroundTask:
        self._live = [t for t in self._live if not t.finished] + [task]
        return task

    def tasks(self) -> list[BackgroundTask]:
        """Background work still running (a superseded estimate included:
        it stops after its current client)."""
        return [t for t in (*self._live, *self.editor.tasks()) if not t.finished]

    def is_idle(self) -> bool:
        """No background work is running or about to start (tests wait for this)."""
        return not self.tasks() and not self._refresh_timer.isActive()

    def shutdown(self) -> None:
        """Finish a pending delete, cancel background work and wait for it."""
        self.toast.finish()
        for task in self.tasks():
            task.cancel()
        # The tasks finish on this thread's event loop: let it run until
        # they have (the work checks for cancellation between clients).
        deadline = time.monotonic() + 30
        while self.tasks() and time.monotonic() < deadline:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)

    # -- helpers ------------------------------------------------------------

    def set_filter(self, key: str) -> None:
        """Show what a dashboard tile points at: "unbilled" work, or the
        invoice list searched for a status such as "overdue"."""
        self.show_overview()
        if key == "unbilled":
            self.tabs.setCurrentIndex(self.TAB_UNBILLED)
            return
        self.tabs.setCurrentIndex(self.TAB_INVOICES)
        self.search.setText(key)
        self._search_timer.stop()
        self.invoices_model.set_filter_text(key)

    def period(self) -> tuple[dt.date, dt.date]:
        return date_of(self.from_edit), date_of(self.to_edit)

    def show_problem(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def notify(self, text: str) -> None:
        """A short note at the bottom of the page (no Undo)."""
        self.toast.show_message(text, lambda: None, None)

    def show_overview(self) -> None:
        self.stack.setCurrentIndex(0)
        current = self.tabs.currentWidget()
        table = self.unbilled_table if self.tabs.currentIndex() == 0 else self.invoices_table
        (table if current is not None else self.tabs).setFocus()

    def open_invoice(self, invoice_id: int) -> InvoiceEditor:
        """Show the invoice in the editor (with its PDF preview)."""
        self.show_problem("")
        if self.toast.pending and self._pending_delete not in (None, invoice_id):
            self.toast.finish()
        self.editor.load(invoice_id)
        self.stack.setCurrentWidget(self.editor)
        self.editor.lines_table.setFocus()
        return self.editor

    def refresh(self) -> None:
        self.refresh_unbilled()
        self.invoices_model.refresh()
        if self.stack.currentWidget() is self.editor and self.editor.invoice is not None:
            self.editor.reload()

    def _lists_changed(self) -> None:
        self.refresh_unbilled()
        self.invoices_model.refresh()

    def _tab_changed(self, index: int) -> None:
        self.actions["draft"].setEnabled(index == self.TAB_UNBILLED)
