"""The Invoices page, the month-end workspace of a small MSP.

Three tabs — unbilled work per client, every invoice with a detail panel,
and the results of the last month-end run — and, in place of them, the
invoice being worked on (InvoiceEditor). Drafting, estimating and the
month-end run go off the GUI thread through `run_in_background`."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
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

from desktop.db.session import read_only, unit_of_work
from desktop.services import unbilled
from desktop.services.invoices import InvoiceError, NothingToBill, delete_draft, draft_invoice
from desktop.services.listing import INVOICES
from desktop.services.month_end import ClientRun, run_month_end
from desktop.views.formatting import format_date, format_minutes, format_money
from desktop.views.itemmodels.paged_table_model import PagedTableModel
from desktop.views.list_page import PAGE_MARGIN, SEARCH_DELAY_MS, page_title
from desktop.views.operations import BackgroundTask, Cancelled, Progress, run_in_background
from desktop.views.record_dialog import service_message
from desktop.views.theme import STYLE_SHEET, icon
from desktop.views.undo_toast import UndoToast

from .common import EXTRA_STYLE, date_edit, date_of, month_bounds, quick_action, tr
from .dialogs import MonthEndDialog, grouping_combo, open_dialog
from .editor import InvoiceEditor, status_chip
from .table_models import RunResultsTableModel, UnbilledTableModel


def _table(model, stretch: int) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setAlternatingRowColors(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setMinimumSectionSize(60)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


class InvoiceSummaryPanel(QFrame):
    """The invoice selected in the list: who, when, how much is still owed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("factsPanel")
        self.setMinimumWidth(290)
        self.number_label = QLabel()
        self.number_label.setObjectName("sectionTitle")
        self.chip = QLabel()
        self.chip.setObjectName("statusChip")
        self.client_label = QLabel()
        self.client_label.setWordWrap(True)
        self.total_label = QLabel()
        self.total_label.setObjectName("bigNumber")
        self.form = QFormLayout()
        self.form.setHorizontalSpacing(14)
        self.form.setVerticalSpacing(4)
        self.empty = QLabel(tr("Select an invoice to see its details."))
        self.empty.setObjectName("hint")
        self.empty.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.number_label, 1)
        top.addWidget(self.chip)
        # One action per row: the panel is narrow and the words must fit.
        self.actions_row = QVBoxLayout()
        self.actions_row.setSpacing(2)
        self.actions_row.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.buttons: list[QToolButton] = []
        self.payable = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(8)
        layout.addWidget(self.empty)
        layout.addLayout(top)
        layout.addWidget(self.client_label)
        layout.addWidget(self.total_label)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addLayout(self.actions_row)
        self.show_invoice(None)

    def show_invoice(self, inv: unbilled.InvoiceView | None) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        for widget in (self.number_label, self.chip, self.client_label, self.total_label):
            widget.setVisible(inv is not None)
        self.empty.setVisible(inv is None)
        self.payable = (
            inv is not None
            and inv.kind == "invoice"
            and not inv.is_draft
            and inv.status != "credited"
        )
        for button in self.buttons:
            button.setVisible(self.payable)
        if inv is None:
            return
        if inv.is_draft:
            self.number_label.setText(tr("Draft"))
        elif inv.kind == "credit_note":
            self.number_label.setText(tr("Credit note %1").replace("%1", inv.number or ""))
        else:
            self.number_label.setText(tr("Invoice %1").replace("%1", inv.number or ""))
        status_chip(self.chip, inv.status)
        self.client_label.setText(inv.client_name)
        self.total_label.setText(format_money(inv.total_minor, inv.currency))

        def row(name: str, value: str, colour: str | None = None) -> None:
            label = QLabel(name)
            label.setObjectName("factName")
            text = QLabel(value)
            text.setWordWrap(True)
            if colour:
                text.setStyleSheet(f"color: {colour}; font-weight: 600;")
            self.form.addRow(label, text)

        row(tr("Lines"), str(len(inv.lines)))
        if inv.issue_date:
            row(tr("Issued"), format_date(inv.issue_date))
        if inv.due_date:
            row(
                tr("Due"), format_date(inv.due_date), "#B3261E" if inv.status == "overdue" else None
            )
        if inv.kind == "invoice" and not inv.is_draft:
            row(tr("Paid"), format_money(inv.paid_minor, inv.currency))
            if inv.outstanding_minor < 0:
                row(tr("Credit"), format_money(-inv.outstanding_minor, inv.currency), "#1E6B35")
            else:
                row(tr("Outstanding"), format_money(inv.outstanding_minor, inv.currency))
            if inv.credit_notes:
                row(tr("Credit notes"), ", ".join(inv.credit_notes))
        if inv.corrects_number:
            row(tr("Corrects"), inv.corrects_number)


class InvoicesPage(QWidget):
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

    # -- unbilled work --------------------------------------------------------

    def refresh_unbilled(self) -> None:
        """Hours and dates now (one GROUP BY); amounts one client at a time
        in the background, estimated by drafting and rolling back."""
        self._refresh_timer.stop()
        period_from, period_to = self.period()
        selected = self.selected_client()
        with read_only(self.sessions) as session:
            rows = unbilled.unbilled_by_client(session, period_to)
        self.unbilled_model.today = dt.date.today()
        self.unbilled_model.set_rows(rows)
        if selected is not None:
            row = self.unbilled_model.row_of(selected)
            if row is not None:
                self.unbilled_table.selectRow(row)
        minutes = sum(r.minutes for r in rows)
        self.unbilled_summary.setText(
            tr("%1 clients with unbilled work · %2 hours up to %3")
            .replace("%1", str(len(rows)))
            .replace("%2", format_minutes(minutes))
            .replace("%3", format_date(period_to))
        )
        previous = self.estimate_task
        if previous is not None and not previous.finished:
            # One estimator at a time (each holds the write lock while it
            # drafts): the old one stops after its client, then this starts.
            previous.cancel()
            previous.done.connect(lambda _r: self._refresh_timer.start())
            previous.error.connect(lambda _e: self._refresh_timer.start())
            return
        ids = [r.client_id for r in rows]
        sessions, grouping = self.sessions, self.grouping.currentData()
        model = self.unbilled_model
        task: BackgroundTask

        def work(progress: Progress) -> int:
            for done, client_id in enumerate(ids, start=1):
                if progress.cancelled:
                    raise Cancelled
                result = unbilled.estimate(
                    sessions,
                    client_id,
                    period_from=period_from,
                    period_to=period_to,
                    grouping=grouping,
                )
                estimates.append(result)
                progress.report(done, len(ids), "")
            return len(ids)

        estimates: list[unbilled.Estimate] = []

        def arrived(_done: int, _total: int, _text: str) -> None:
            if self.estimate_task is task:
                while estimates:
                    model.set_estimate(estimates.pop(0))

        task = run_in_background(work, parent=self, on_error=lambda _e: None)
        task.progressed.connect(arrived)
        self.estimate_task = self._track(task)

    def selected_client(self) -> int | None:
        index = self.unbilled_table.currentIndex()
        if not index.isValid():
            return None
        return self.unbilled_model.client_id(index.row())

    def draft_selected(self) -> None:
        if self.stack.currentWidget() is self.editor:
            return
        if self.tabs.currentIndex() != self.TAB_UNBILLED:
            self.tabs.setCurrentIndex(self.TAB_UNBILLED)
        client_id = self.selected_client()
        if client_id is None:
            self.show_problem(tr("Select the client to draft an invoice for."))
            return
        self.draft_for(client_id)

    def draft_for(self, client_id: int) -> BackgroundTask:
        """Draft the client's invoice for the period off the GUI thread and
        open it; an existing draft is opened when there is nothing new."""
        self.show_problem("")
        self.toast.finish()  # a draft deleted a moment ago is gone for good first
        period_from, period_to = self.period()
        grouping = self.grouping.currentData()
        sessions = self.sessions

        def work(_progress: Progress) -> tuple[int | None, str | None]:
            try:
                with unit_of_work(sessions) as session:
                    invoice = draft_invoice(
                        session,
                        client_id,
                        period_from=period_from,
                        period_to=period_to,
                        grouping=grouping,
                    )
                    return invoice.id, None
            except NothingToBill as exc:
                with read_only(sessions) as session:
                    drafts = unbilled.client_drafts(session, client_id)
                return (drafts[0], "existing") if drafts else (None, str(exc))

        def done(result: tuple[int | None, str | None]) -> None:
            invoice_id, note = result
            self._lists_changed()
            if invoice_id is None:
                self.show_problem(service_message(note or ""))
                return
            self.open_invoice(invoice_id)
            if note == "existing":
                self.notify(tr("Everything is on the draft already; here it is."))

        def failed(exc: BaseException) -> None:
            self.show_problem(service_message(str(exc)))

        self.task = self._track(
            run_in_background(
                work, parent=self, title=tr("Drafting the invoice"), on_done=done, on_error=failed
            )
        )
        return self.task

    # -- invoices list --------------------------------------------------------

    def selected_invoice(self) -> int | None:
        index = self.invoices_table.currentIndex()
        if not index.isValid():
            return None
        return self.invoices_model.data(index, PagedTableModel.IdRole)

    def select_invoice(self, invoice_id: int) -> bool:
        row = self.invoices_model.find_row(invoice_id)
        if row is None:
            return False
        self.invoices_table.selectRow(row)
        self.invoices_table.scrollTo(self.invoices_model.index(row, 0))
        return True

    def _invoice_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.summary.show_invoice(None)
            return
        invoice_id = self.invoices_model.data(current, PagedTableModel.IdRole)
        try:
            with read_only(self.sessions) as session:
                view = unbilled.invoice_view(session, invoice_id, dt.date.today())
        except InvoiceError:
            view = None
        self.summary.show_invoice(view)

    def _open_and(self, then) -> None:
        invoice_id = self.selected_invoice()
        if invoice_id is not None:
            then(self.open_invoice(invoice_id))

    def open_selected(self) -> None:
        if self.stack.currentWidget() is self.editor:
            return
        if self.tabs.currentIndex() == self.TAB_UNBILLED:
            self.draft_selected()
            return
        if self.tabs.currentIndex() == self.TAB_RUN:
            self._open_run_result(self.run_table.currentIndex())
            return
        invoice_id = self.selected_invoice()
        if invoice_id is not None:
            self.open_invoice(invoice_id)

    # -- deleting a draft, with Undo -------------------------------------------

    def _delete_draft(self, invoice_id: int) -> None:
        """Hide the draft now and delete it when the toast closes, so Undo
        simply shows it again."""
        name = self.editor.invoice.client_name if self.editor.invoice else ""
        self._pending_delete = invoice_id
        self.show_overview()

        def commit() -> None:
            self._pending_delete = None
            try:
                with unit_of_work(self.sessions) as session:
                    delete_draft(session, invoice_id, dt.datetime.now().replace(microsecond=0))
            except InvoiceError as exc:
                self.show_problem(service_message(str(exc)))
            self._lists_changed()

        def undo() -> None:
            self._pending_delete = None
            self.open_invoice(invoice_id)

        self.toast.show_message(
            tr("Draft for %1 deleted; its work is unbilled again.").replace("%1", name),
            commit,
            undo,
        )

    # -- month-end run ------------------------------------------------------------

    def month_end(self) -> MonthEndDialog:
        dialog = MonthEndDialog(self.sessions, self.period(), self.grouping.currentData(), self)
        self.open_dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "open_dialog", None))
        open_dialog(dialog, lambda d: self.start_month_end(*d.values()), STYLE_SHEET + EXTRA_STYLE)
        return dialog

    def start_month_end(
        self, period_from: dt.date, period_to: dt.date, issue_date: dt.date, grouping: str
    ) -> BackgroundTask:
        """Run the month end off the GUI thread with a progress dialog whose
        Cancel stops after the client being invoiced (each is committed on
        its own, so nothing is left half-issued)."""
        self.toast.finish()
        self.show_problem("")
        sessions = self.sessions
        hook = self.after_client

        def work(progress: Progress) -> tuple[list[ClientRun], bool]:
            def report(done: int, total: int, result: ClientRun) -> None:
                text = (
                    tr("%1 of %2 clients done — last: %3")
                    .replace("%1", str(done))
                    .replace("%2", str(total))
                    .replace("%3", result.client_name)
                )
                progress.report(done, total, text)
                if hook is not None:
                    hook(done, total)

            results = run_month_end(
                sessions,
                period_from=period_from,
                period_to=period_to,
                issue_date=issue_date,
                grouping=grouping,
                progress=report,
                cancelled=lambda: progress.cancelled,
            )
            return results, progress.cancelled

        task = run_in_background(
            work,
            parent=self,
            title=tr("Month-end run"),
            on_done=self._month_end_done,
            on_error=self._month_end_failed,
        )
        self.month_end_task = self._track(task)
        return task

    def _month_end_done(self, outcome: tuple[list[ClientRun], bool]) -> None:
        results, cancelled = outcome
        self.month_end_results = results
        self.month_end_cancelled = cancelled
        self.run_model.set_results(results)
        issued = [r for r in results if r.number]
        problems = [r for r in results if r.problem]
        totals: dict[str, int] = {}
        for r in issued:
            totals[r.currency] = totals.get(r.currency, 0) + r.total_minor
        money = ", ".join(format_money(v, k) for k, v in sorted(totals.items()))
        text = tr("%1 invoices issued").replace("%1", str(len(issued)))
        if money:
            text += f" · {money}"
        if problems:
            text += " · " + tr("%1 problems to look at").replace("%1", str(len(problems)))
        if cancelled:
            text += " · " + tr("cancelled: the other clients stay unbilled")
        self.run_summary.setText(text)
        self.tabs.setCurrentIndex(self.TAB_RUN)
        self._lists_changed()

    def _month_end_failed(self, exc: BaseException) -> None:
        self.show_problem(
            tr("The month-end run stopped: %1").replace("%1", service_message(str(exc)))
        )
        self._lists_changed()

    def _open_run_result(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        invoice_id = self.run_model.data(index, RunResultsTableModel.IdRole)
        if invoice_id is not None:
            self.open_invoice(invoice_id)
