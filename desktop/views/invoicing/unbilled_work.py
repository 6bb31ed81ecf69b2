"""The Unbilled tab of the Invoices page: work per client with its estimate
(computed off the GUI thread), and drafting an invoice from it."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.session import read_only
from desktop.services.billing import unbilled
from desktop.services.billing.invoices import NothingToBill, draft_invoice
from desktop.views import changes
from desktop.views.formatting import format_date, format_minutes
from desktop.views.operations import BackgroundTask, Cancelled, Progress, run_in_background
from desktop.views.record_dialog import service_message

from .common import page_table, tr
from .table_models import UnbilledTableModel

if TYPE_CHECKING:
    from .page import InvoicesPage


class UnbilledWork:
    """The tab (`widget`), its table and drafting from it, for `page`."""

    def __init__(self, page: InvoicesPage) -> None:
        self.page = page
        self.estimate_task: BackgroundTask | None = None
        self.draft_task: BackgroundTask | None = None
        # Changing both dates of the period re-reads the list once.
        self.refresh_timer = QTimer(page)
        self.refresh_timer.setSingleShot(True)
        self.refresh_timer.setInterval(150)
        self.refresh_timer.timeout.connect(self.refresh)

        self.model = UnbilledTableModel(page)
        self.table = page_table(self.model, UnbilledTableModel.COL_CLIENT)
        self.table.setObjectName("unbilledTable")
        char = self.table.fontMetrics().horizontalAdvance("0")
        for col, chars in ((1, 8), (2, 8), (3, 11), (4, 16)):
            self.table.setColumnWidth(col, chars * char + 24)
        # Enter or a double click on a client drafts its invoice.
        self.table.activated.connect(lambda _i: self.draft_selected())
        self.summary = QLabel()
        self.summary.setObjectName("hint")
        self.widget = QWidget()
        column = QVBoxLayout(self.widget)
        column.setContentsMargins(0, 8, 0, 0)
        column.addWidget(self.table, 1)
        column.addWidget(self.summary)

    def refresh_later(self) -> None:
        self.refresh_timer.start()

    def refresh(self) -> None:
        """Hours and dates now (one GROUP BY); amounts one client at a time
        in the background, estimated by drafting and rolling back."""
        page = self.page
        self.refresh_timer.stop()
        period_from, period_to = page.period()
        selected = self.selected_client()
        with read_only(page.sessions) as session:
            rows = unbilled.unbilled_by_client(session, period_to)
        self.model.today = dt.date.today()
        self.model.set_rows(rows)
        if selected is not None:
            row = self.model.row_of(selected)
            if row is not None:
                self.table.selectRow(row)
        minutes = sum(r.minutes for r in rows)
        self.summary.setText(
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
            previous.done.connect(lambda _r: self.refresh_timer.start())
            previous.error.connect(lambda _e: self.refresh_timer.start())
            return
        ids = [r.client_id for r in rows]
        sessions, grouping = page.sessions, page.grouping.currentData()
        model = self.model
        task: BackgroundTask

        def work(sessions: sessionmaker[Session], progress: Progress) -> int:
            # Each estimate drafts in its own unit of work and rolls it back.
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

        task = run_in_background(
            work, sessions=sessions, own_units=True, parent=page, on_error=lambda _e: None
        )
        task.progressed.connect(arrived)
        self.estimate_task = page.work.track(task)

    def selected_client(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.client_id(index.row())

    def draft_selected(self) -> None:
        page = self.page
        if page.stack.currentWidget() is page.editor:
            return
        if page.tabs.currentIndex() != page.TAB_UNBILLED:
            page.tabs.setCurrentIndex(page.TAB_UNBILLED)
        client_id = self.selected_client()
        if client_id is None:
            page.show_problem(tr("Select the client to draft an invoice for."))
            return
        self.draft_for(client_id)

    def draft_for(self, client_id: int) -> BackgroundTask:
        """Draft the client's invoice for the period off the GUI thread and
        open it; an existing draft is opened when there is nothing new."""
        page = self.page
        page.show_problem("")
        page.toast.finish()  # a draft deleted a moment ago is gone for good first
        period_from, period_to = page.period()
        grouping = page.grouping.currentData()
        sessions = page.sessions

        def work(session: Session, _progress: Progress) -> tuple[int | None, str | None]:
            try:
                invoice = draft_invoice(
                    session,
                    client_id,
                    period_from=period_from,
                    period_to=period_to,
                    grouping=grouping,
                )
                return invoice.id, None
            except NothingToBill as exc:
                session.rollback()  # nothing of the refused draft is kept
                drafts = unbilled.client_drafts(session, client_id)
                return (drafts[0], "existing") if drafts else (None, str(exc))

        def done(result: tuple[int | None, str | None]) -> None:
            invoice_id, note = result
            if invoice_id is None:
                page.show_problem(service_message(note or ""))
                return
            page.open_invoice(invoice_id)
            if note == "existing":
                page.notify(tr("Everything is on the draft already; here it is."))

        def failed(exc: BaseException) -> None:
            page.show_problem(service_message(str(exc)))

        self.draft_task = page.work.track(
            run_in_background(
                work,
                sessions=sessions,
                changes=changes.BILLING,
                parent=page,
                title=tr("Drafting the invoice"),
                on_done=done,
                on_error=failed,
            )
        )
        return self.draft_task
