"""The month-end run of the Invoices page: every client's invoice drafted and
issued off the GUI thread, cancellable, with a result per client."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import cmp_to_key
from typing import TYPE_CHECKING

from PySide6.QtCore import QCollator, QLocale, QModelIndex, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from sqlalchemy.orm import Session, sessionmaker

from desktop.services.billing.month_end import ClientRun, run_month_end
from desktop.views import changes
from desktop.views.formatting import format_money
from desktop.views.operations import BackgroundTask, Progress, run_in_background
from desktop.views.record_dialog import service_message
from desktop.views.theme import STYLE_SHEET

from .common import EXTRA_STYLE, page_table, tr
from .dialogs import MonthEndDialog, open_dialog
from .table_models import RunResultsTableModel

if TYPE_CHECKING:
    from .page import InvoicesPage


def sorted_by_name(results: list[ClientRun]) -> list[ClientRun]:
    """The results in the interface language's alphabetical order
    ("Hälsocentralen" before "Hurtownia" in English and Polish, after it in
    Swedish, where ä follows z), not by code point."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:  # code-point order: read as English
        locale = QLocale(QLocale.Language.English)
    collator = QCollator(locale)
    collator.setNumericMode(True)
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return sorted(
        results, key=cmp_to_key(lambda a, b: collator.compare(a.client_name, b.client_name))
    )


class MonthEndRun:
    """The Month-end run tab (`widget`) and the run itself, for `page`."""

    def __init__(self, page: InvoicesPage) -> None:
        self.page = page
        self.task: BackgroundTask | None = None
        self.results: list[ClientRun] | None = None
        self.cancelled = False
        self.dialog: MonthEndDialog | None = None
        # Test seam: called on the worker thread after each client of a
        # run (done, total) — e.g. to cancel at a known point.
        self.after_client: Callable[[int, int], None] | None = None
        self.model = RunResultsTableModel(page)
        self.table = page_table(self.model, RunResultsTableModel.COL_RESULT)
        self.table.setObjectName("runTable")
        self.table.setColumnWidth(RunResultsTableModel.COL_CLIENT, 320)
        self.table.setColumnWidth(RunResultsTableModel.COL_TOTAL, 150)
        self.table.activated.connect(self.open_result)
        self.summary = QLabel(tr("No month-end run yet. Start one with Ctrl+M."))
        self.summary.setObjectName("sectionTitle")
        self.summary.setWordWrap(True)
        self.widget = QWidget()
        column = QVBoxLayout(self.widget)
        column.setContentsMargins(0, 8, 0, 0)
        column.addWidget(self.summary)
        column.addWidget(self.table, 1)

    def ask(self) -> MonthEndDialog:
        """The dialog asking for the period and the issue date, then the run."""
        page = self.page
        dialog = MonthEndDialog(page.sessions, page.period(), page.grouping.currentData(), page)
        self.dialog = dialog
        dialog.finished.connect(lambda _r: self._dialog_closed())
        open_dialog(dialog, lambda d: self.start(*d.values()), STYLE_SHEET + EXTRA_STYLE)
        return dialog

    def _dialog_closed(self) -> None:
        self.dialog = None

    def start(
        self, period_from: dt.date, period_to: dt.date, issue_date: dt.date, grouping: str
    ) -> BackgroundTask:
        """Run the month end off the GUI thread with a progress dialog whose
        Cancel stops after the client being invoiced (each is committed on
        its own, so nothing is left half-issued)."""
        page = self.page
        page.toast.finish()
        page.show_problem("")
        sessions = page.sessions
        hook = self.after_client

        def work(
            sessions: sessionmaker[Session], progress: Progress
        ) -> tuple[list[ClientRun], bool]:
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

        # One unit of work per client (and one for the expiries); a cancel
        # returns the clients done so far, which are announced as changed.
        task = run_in_background(
            work,
            sessions=sessions,
            own_units=True,
            changes=changes.BILLING,
            parent=page,
            title=tr("Month-end run"),
            on_done=self._done,
            on_error=self._failed,
        )
        self.task = page.work.track(task)
        return task

    def _done(self, outcome: tuple[list[ClientRun], bool]) -> None:
        results, cancelled = outcome
        results = sorted_by_name(results)
        self.results = results
        self.cancelled = cancelled
        self.model.set_results(results)
        issued = [r for r in results if r.number]
        problems = [r for r in results if r.problem]
        totals: dict[str, int] = {}
        for r in issued:
            totals[r.currency] = totals.get(r.currency, 0) + r.total_minor
        money = ", ".join(format_money(v, k) for k, v in sorted(totals.items()))
        text = tr("%1 invoices issued").replace("%1", str(len(issued)))
        if money:
            text += f" · {money}"
        covered = [r for r in issued if r.total_minor == 0]
        if covered:
            text += " · " + tr(
                "%1 of them for covered work only (prepaid hours or contract: nothing to pay)"
            ).replace("%1", str(len(covered)))
        if problems:
            text += " · " + tr("%1 problems to look at").replace("%1", str(len(problems)))
        if cancelled:
            text += " · " + tr("cancelled: the other clients stay unbilled")
        self.summary.setText(text)
        self.page.tabs.setCurrentIndex(self.page.TAB_RUN)

    def _failed(self, exc: BaseException) -> None:
        self.page.show_problem(
            tr("The month-end run stopped: %1").replace("%1", service_message(str(exc)))
        )
        # The clients before the failure were issued, each in its own unit.
        changes.announce(self.page.sessions, changes.BILLING)

    def open_result(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        invoice_id = self.model.data(index, RunResultsTableModel.IdRole)
        if invoice_id is not None:
            self.page.open_invoice(invoice_id)
