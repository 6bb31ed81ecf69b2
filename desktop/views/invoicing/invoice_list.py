"""The Invoices tab of the Invoices page: selecting and opening an invoice,
and deleting a draft with Undo."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex

from desktop.db.session import read_only, unit_of_work
from desktop.services.billing import unbilled
from desktop.services.billing.invoices import InvoiceError
from desktop.services.common.record_rules import VersionConflict
from desktop.views.itemmodels.paged_table_model import PagedTableModel
from desktop.views.record_dialog import service_message

from .common import tr
from .draft_conflict import PendingChange, describe_changes


class InvoiceListMixin:
    """For InvoicesPage."""

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
        shown = self.editor.invoice
        mine = shown if shown is not None and shown.id == invoice_id else None
        # The version the user saw: deleted only if nobody changed it since,
        # including while the Undo is still offered.
        version = self.editor.version if mine is not None else None
        name = mine.client_name if mine else ""
        self._pending_delete = invoice_id
        self.show_overview()

        def commit() -> None:
            self._pending_delete = None
            try:
                with unit_of_work(self.sessions) as session:
                    PendingChange(kind="delete").apply(session, invoice_id, version)
            except VersionConflict:
                self._delete_refused(invoice_id, name, mine)
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

    def _delete_refused(self, invoice_id: int, name: str, mine) -> None:
        """Someone else changed the draft before the delete was final: keep
        it, and say what they changed."""
        try:
            with read_only(self.sessions) as session:
                theirs = unbilled.invoice_view(session, invoice_id, dt.date.today())
        except InvoiceError:
            theirs = None
        self.show_problem(
            tr(
                "The draft for %1 was not deleted: someone else changed it after you "
                "opened it (%2). Open it to see their version, then delete it again if "
                "it should go."
            )
            .replace("%1", name)
            .replace("%2", describe_changes(mine, theirs))
        )
