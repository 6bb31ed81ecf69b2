"""Changing a draft from the editor: its lines, notes and issuing it. Each
change expects the draft's version the editor shows; refused because
someone else saved first, it is kept and shown next to their version."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex

from desktop.db.session import read_only, unit_of_work
from desktop.services.billing import draft_editing
from desktop.services.billing.invoices import InvoiceError
from desktop.services.billing.pending_change import LINE_KINDS, PendingChange
from desktop.services.billing.unbilled import invoice_view
from desktop.services.common.record_rules import VersionConflict
from desktop.views.record_dialog import service_message

from .common import date_of, input_amount, input_quantity, tr

if TYPE_CHECKING:
    from desktop.services.billing.unbilled import LineView

    from .editor import InvoiceEditor


class DraftChanges:
    """Changing `editor`'s draft: the line form, lines table, notes and
    conflict panel are the editor's widgets."""

    def __init__(self, editor: InvoiceEditor) -> None:
        self.editor = editor

    def line_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.editor.invoice is None or not self.editor.invoice.is_draft:
            return
        line = self.editor.lines_model.line(current.row()) if current.isValid() else None
        self.editor.line_form.start("edit", line, self.editor.invoice.currency)
        self.editor.actions["remove_line"].setEnabled(line is not None)

    def selected_line(self) -> LineView | None:
        index = self.editor.lines_table.currentIndex()
        return self.editor.lines_model.line(index.row()) if index.isValid() else None

    def start_line(self, mode: str) -> None:
        if self.editor.invoice is None or not self.editor.invoice.is_draft:
            return
        self.editor.lines_table.clearSelection()
        self.editor.line_form.start(mode, None, self.editor.invoice.currency)
        self.editor.line_form.description_edit.setFocus()
        self.editor.line_form.description_edit.selectAll()

    def cancel_line(self) -> None:
        line = self.selected_line()
        if self.editor.invoice is not None:
            self.editor.line_form.start("edit", line, self.editor.invoice.currency)

    def escape(self) -> None:
        if self.editor.line_form.isVisible() and self.editor.line_form.isAncestorOf(
            self.editor.focusWidget()
        ):
            self.cancel_line()
            self.editor.lines_table.setFocus()
        else:
            self.editor.backRequested.emit()

    def apply_line(self) -> None:
        assert self.editor.invoice is not None
        values = self.editor.line_form.values()
        if values is None:
            return
        description, quantity, unit, price = values
        form = self.editor.line_form
        row = self.editor.lines_model.row_of(form.line_id) if form.mode == "edit" else None
        if row is None:
            change = PendingChange(
                kind=form.mode if form.mode != "edit" else "add",
                description=description,
                quantity_milli=quantity,
                unit=unit,
                unit_price_minor=price,
            )
        else:
            # Only what the user changed: re-applied after a conflict, the
            # rest of the line stays as the other user saved it.
            line = self.editor.lines_model.line(row)
            change = PendingChange(
                kind="edit",
                line_id=line.id,
                position=line.position,
                description=description if description != line.description else None,
                quantity_milli=quantity if quantity != line.quantity_milli else None,
                unit=line.unit,
                unit_price_minor=price if price != line.unit_price_minor else None,
            )
        self.commit(change)

    def remove_line(self) -> None:
        line = self.selected_line()
        if self.editor.invoice is None or line is None or not self.editor.invoice.is_draft:
            return
        self.commit(
            PendingChange(
                kind="remove", line_id=line.id, position=line.position, description=line.description
            )
        )

    def save_notes(self) -> bool:
        assert self.editor.invoice is not None
        return self.commit(PendingChange(kind="notes", notes=self.editor.notes_edit.toPlainText()))

    def delete_draft(self) -> None:
        """Ask the page to delete the draft (with Undo) — only the version
        shown: if someone else changed it meanwhile, show theirs first."""
        if self.editor.invoice is None or not self.editor.invoice.is_draft:
            return
        if self._moved_on():
            self._show_conflict(PendingChange(kind="delete"))
            return
        self.editor.deleteRequested.emit(self.editor.invoice.id)

    def _moved_on(self) -> bool:
        """Someone else changed, issued or deleted the draft since it was read."""
        assert self.editor.invoice is not None
        try:
            with read_only(self.editor.sessions) as session:
                return (
                    draft_editing.draft_version(session, self.editor.invoice.id)
                    != self.editor.version
                )
        except InvoiceError:
            return True

    def issue(self) -> None:
        if self.editor.invoice is None or not self.editor.invoice.is_draft:
            return
        if self.editor.notes_button.isEnabled() and not self.save_notes():
            return
        self.commit(PendingChange(kind="issue", issue_date=date_of(self.editor.issue_date_edit)))

    def commit(self, change: PendingChange) -> bool:
        """Save `change` over the version shown. Refused because someone
        else saved the draft first: show both, keep the change (and the
        form as typed). Returns whether it was saved."""
        assert self.editor.invoice is not None
        try:
            with unit_of_work(self.editor.sessions) as session:
                result = change.apply(session, self.editor.invoice.id, self.editor.version)
        except VersionConflict:
            self._show_conflict(change)
            return False
        except InvoiceError as exc:
            # Refused because the draft (or the line) is gone or issued under
            # the user's hands: that is a conflict too, not a typing error.
            if self._moved_on():
                self._show_conflict(change)
            else:
                self._refused(change, service_message(str(exc)))
            return False
        self.editor.conflict_panel.change = None
        self.editor.conflict_panel.hide()
        if change.kind in LINE_KINDS:
            self.editor.reload(select_line=result)
            self.editor.lines_table.setFocus()
        else:
            self.editor.reload()
        if change.kind == "remove":
            self.editor.notice.emit(
                tr("Line %1 removed; its work is unbilled again.").replace(
                    "%1", str(change.position)
                )
            )
        elif change.kind == "issue":
            self.editor.notice.emit(tr("Issued invoice %1.").replace("%1", result or ""))
        if change.kind != "notes":
            self.editor.changed.emit(self.editor.invoice.id)
        return True

    def _refused(self, change: PendingChange, message: str) -> None:
        key = None
        if change.kind in LINE_KINDS:
            key = (
                "description"
                if "description" in message
                else "quantity"
                if "quantity" in message
                else None
            )
        self.editor.line_form.show_error(key, message)

    def _show_conflict(self, change: PendingChange) -> None:
        assert self.editor.invoice is not None
        try:
            with read_only(self.editor.sessions) as session:
                theirs = invoice_view(session, self.editor.invoice.id, dt.date.today())
        except InvoiceError:
            theirs = None
        self.editor.conflict_panel.show_conflict(change, self.editor.invoice, theirs)
        self.editor.conflict_panel.reapply_button.setFocus()

    def reapply_change(self) -> bool:
        """Show their version, then make the refused change again on top of
        it (with the values the user typed)."""
        change = self.editor.conflict_panel.change
        if change is None or self.editor.invoice is None:
            return False
        row = self.editor.lines_model.row_of(change.line_id) if change.kind == "edit" else None
        mine = self.editor.lines_model.line(row) if row is not None else None
        self.editor.reload()
        if change.kind == "delete":  # their version seen: ask the page again
            self.editor.conflict_panel.change = None
            self.editor.conflict_panel.hide()
            self.delete_draft()
            return True
        if change.kind == "edit" and self.editor.lines_model.row_of(change.line_id) is None:
            # They removed the line: offer the typed values as a new line.
            self.editor.conflict_panel.hide()
            self.editor.line_form.start("add", None, self.editor.invoice.currency)
            if mine is not None:  # the line as the user had it, then the changes
                self._fill_form(
                    PendingChange(
                        kind="add",
                        description=mine.description,
                        quantity_milli=mine.quantity_milli,
                        unit=mine.unit,
                        unit_price_minor=mine.unit_price_minor,
                    )
                )
            self._fill_form(change)
            self.editor.line_form.show_error(
                None, tr("Someone else removed that line; add yours as a new line if needed.")
            )
            return False
        if change.kind in LINE_KINDS:
            if change.kind == "edit":
                row = self.editor.lines_model.row_of(change.line_id)
                self.editor.lines_table.selectRow(row)
            else:
                self.editor.line_form.start(change.kind, None, self.editor.invoice.currency)
            self._fill_form(change)
        elif change.kind == "notes":
            self.editor.notes_edit.setPlainText(change.notes)
        return self.commit(change)

    def _fill_form(self, change: PendingChange) -> None:
        """Put the typed values of a refused line change back in the form
        (over the line as they saved it: only what the user changed)."""
        assert self.editor.invoice is not None
        form = self.editor.line_form
        if change.description is not None:
            form.description_edit.setText(change.description)
        if change.quantity_milli is not None:
            form.quantity_edit.setText(input_quantity(change.quantity_milli))
        if change.unit:
            form.unit_edit.setText(change.unit)
        if change.unit_price_minor is not None:
            form.price_edit.setText(
                input_amount(change.unit_price_minor, self.editor.invoice.currency)
            )

    def discard_change(self) -> None:
        """Forget the refused change and show the draft as they saved it."""
        self.editor.conflict_panel.change = None
        self.editor.conflict_panel.hide()
        try:
            self.editor.reload()
        except InvoiceError:  # they deleted it: nothing left to show
            self.editor.invoice = None
            self.editor.backRequested.emit()
            self.editor.notice.emit(
                tr("Someone else deleted the draft; your change was not saved.")
            )
            return
        self.editor.notice.emit(tr("Your change was discarded; the draft shows the saved version."))
