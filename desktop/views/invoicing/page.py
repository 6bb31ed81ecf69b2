"""The Invoices page, the month-end workspace of a small MSP.

Three tabs — unbilled work per client, every invoice with a detail panel,
and the results of the last month-end run — and, in place of them, the
invoice being worked on (InvoiceEditor). Drafting, estimating and the
month-end run go off the GUI thread through `run_in_background`.

The page is the frame and the wiring; it owns one helper per part, each
beside it: `unbilled` (unbilled_work.py), `invoice_list` (invoice_list.py),
`month_end_run` (month_end_run.py), `deletion` (draft_deletion.py, a draft
deleted with Undo) and `work` (page_tasks.py, its background tasks)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from desktop.views import changes
from desktop.views.list_page import PAGE_MARGIN, page_title
from desktop.views.operations import BackgroundTask
from desktop.views.undo_toast import UndoToast

from .common import EXTRA_STYLE, date_edit, date_of, month_bounds, quick_action, tr
from .dialogs import grouping_combo
from .draft_deletion import DraftDeletion
from .editor import InvoiceEditor
from .invoice_list import InvoiceList
from .month_end_run import MonthEndRun
from .page_tasks import PageTasks
from .unbilled_work import UnbilledWork


class InvoicesPage(QWidget):
    """Unbilled work → draft → preview/edit → issue → save/e-mail; credit
    notes, payments and the month-end run."""

    TAB_UNBILLED, TAB_INVOICES, TAB_RUN = range(3)

    def __init__(self, sessions: sessionmaker[Session], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.setStyleSheet(EXTRA_STYLE)
        self.editor = InvoiceEditor(sessions)
        self.work = PageTasks(lambda: self.toast.finish(), self.editor.tasks)
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

        self.unbilled = UnbilledWork(self)
        self.invoice_list = InvoiceList(self)
        self.month_end_run = MonthEndRun(self)
        self.deletion = DraftDeletion(self)
        toolbar = self._toolbar()
        self.invoice_list.add_actions(self.actions["open"])
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.unbilled.widget, tr("Unbilled work"))
        self.tabs.addTab(self.invoice_list.widget, tr("All invoices"))
        self.tabs.addTab(self.month_end_run.widget, tr("Month-end run"))
        self.tabs.currentChanged.connect(self._tab_changed)

        self.editor.backRequested.connect(self.show_overview)
        # A saved draft change concerns every page showing billing, this one too.
        self.editor.changed.connect(lambda _id: changes.announce(sessions, changes.BILLING))
        self.editor.deleteRequested.connect(self.deletion.delete)
        self.editor.notice.connect(self.notify)
        self._lay_out(toolbar)
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(lambda _d: self.unbilled.refresh_later())
        self.grouping.currentIndexChanged.connect(lambda _i: self.unbilled.refresh_later())
        self.unbilled.refresh()
        changes.watch_changes(
            self,
            sessions,
            changes.BILLING | {changes.CLIENTS, changes.CONTRACTS, changes.SETTINGS},
            self.lists_changed,
        )

    def _toolbar(self) -> tuple[QHBoxLayout, QHBoxLayout]:
        """The period and the grouping; and, on the title's row, the page's
        quick actions (`actions`). One row held both and at 1024 px in Greek
        or Polish the buttons were elided and the labels overlapped."""
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
        toolbar.addStretch(1)
        title_row = QHBoxLayout()
        title_row.setSpacing(6)
        title_row.addWidget(page_title(tr("Invoices")))
        title_row.addStretch(1)
        for key, text, shortcut, icon_name, slot in (
            ("draft", tr("Draft invoice"), "Ctrl+D", "draft", self.unbilled.draft_selected),
            ("open", tr("Open"), "Ctrl+O", "edit", self.open_selected),
            ("month_end", tr("Month-end run…"), "Ctrl+M", "month_end", self.month_end_run.ask),
            ("refresh", tr("Refresh"), "F5", "refresh", self.refresh),
        ):
            action, button = quick_action(self, text, shortcut, icon_name, slot)
            self.actions[key] = action
            title_row.addWidget(button)
        return title_row, toolbar

    def _lay_out(self, rows: tuple[QHBoxLayout, QHBoxLayout]) -> None:
        title_row, toolbar = rows
        overview = QWidget()
        layout = QVBoxLayout(overview)
        layout.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN - 4, PAGE_MARGIN, PAGE_MARGIN - 8)
        layout.setSpacing(10)
        layout.addLayout(title_row)
        layout.addLayout(toolbar)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
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

    # -- lifetime -------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        window = self.window()
        if window is not self:
            # Closing the window must not destroy a worker thread that still
            # runs: stop and wait for ours first.
            self.work.watch(window)

    def tasks(self) -> list[BackgroundTask]:
        """Background work still running, the editor's included."""
        return self.work.running()

    def is_idle(self) -> bool:
        """No background work is running or about to start (tests wait for this)."""
        return not self.tasks() and not self.unbilled.refresh_timer.isActive()

    def shutdown(self) -> None:
        """Finish a pending delete, cancel background work and wait for it."""
        self.work.shutdown()

    @property
    def open_dialog(self) -> QDialog | None:
        """The month-end dialog while it is open (tests fill it in)."""
        return self.month_end_run.dialog

    # -- helpers ------------------------------------------------------------

    def set_filter(self, key: str) -> None:
        """Show what a dashboard tile points at: "unbilled" work, or the
        invoice list searched for a status such as "overdue"."""
        self.show_overview()
        if key == "unbilled":
            self.tabs.setCurrentIndex(self.TAB_UNBILLED)
            return
        self.tabs.setCurrentIndex(self.TAB_INVOICES)
        self.invoice_list.show_search(key)

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
        unbilled = self.tabs.currentIndex() == self.TAB_UNBILLED
        table = self.unbilled.table if unbilled else self.invoice_list.table
        (table if current is not None else self.tabs).setFocus()

    def open_invoice(self, invoice_id: int) -> InvoiceEditor:
        """Show the invoice in the editor (with its PDF preview)."""
        self.show_problem("")
        if self.toast.pending and self.deletion.pending not in (None, invoice_id):
            self.toast.finish()
        self.editor.load(invoice_id)
        self.stack.setCurrentWidget(self.editor)
        self.editor.lines_table.setFocus()
        return self.editor

    def open_selected(self) -> None:
        """Open what is selected on the tab shown (on Unbilled: draft it)."""
        if self.stack.currentWidget() is self.editor:
            return
        if self.tabs.currentIndex() == self.TAB_UNBILLED:
            self.unbilled.draft_selected()
            return
        if self.tabs.currentIndex() == self.TAB_RUN:
            self.month_end_run.open_result(self.month_end_run.table.currentIndex())
            return
        invoice_id = self.invoice_list.selected_invoice()
        if invoice_id is not None:
            self.open_invoice(invoice_id)

    def refresh(self) -> None:
        self.lists_changed()
        if self.stack.currentWidget() is self.editor and self.editor.invoice is not None:
            self.editor.reload()

    def lists_changed(self) -> None:
        self.unbilled.refresh()
        self.invoice_list.model.refresh()

    def _tab_changed(self, index: int) -> None:
        self.actions["draft"].setEnabled(index == self.TAB_UNBILLED)
