"""The Unbilled tab of the Invoices page: work per client with its estimate
(computed off the GUI thread), and drafting an invoice from it."""

from __future__ import annotations

import datetime as dt

from desktop.db.session import read_only, unit_of_work
from desktop.services.billing import unbilled
from desktop.services.billing.invoices import NothingToBill, draft_invoice
from desktop.views.formatting import format_date, format_minutes
from desktop.views.operations import BackgroundTask, Cancelled, Progress, run_in_background
from desktop.views.record_dialog import service_message

from .common import tr


class UnbilledWorkMixin:
    """For InvoicesPage."""

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
