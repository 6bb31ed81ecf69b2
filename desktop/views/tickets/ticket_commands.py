"""What the ticket window's quick actions do: each opens its dialog
(window-modal) or changes the status, then the ticket is re-read and the
queue told."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from desktop.db.session import unit_of_work
from desktop.services.common.errors import UserError
from desktop.services.common.record_rules import VersionConflict
from desktop.services.helpdesk import tickets as ticket_service
from desktop.views.record_dialog import service_message
from desktop.views.theme import STYLE_SHEET
from desktop.views.tickets import dialogs, work_dialogs
from desktop.views.tickets.edit_dialog import EditTicketDialog
from desktop.views.tickets.message_dialog import MessageDialog

if TYPE_CHECKING:
    from desktop.views.tickets.ticket_page import TicketPage


def _tr(text: str) -> str:
    return QCoreApplication.translate("TicketPage", text)


class TicketCommands(QObject):
    """The actions on `page`'s ticket; `dialog` is the one open now.

    A child of the page that reaches it through Qt's parent, not a Python
    reference: the window is deleted when it closes, and nothing here may
    keep its wrapper alive (the actions' slots hold this object)."""

    def __init__(self, page: TicketPage) -> None:
        super().__init__(page)
        self.dialog: QDialog | None = None

    @property
    def page(self) -> TicketPage:
        return self.parent()  # type: ignore[return-value]  # always the TicketPage

    def sending(self) -> bool:
        """A message is on its way (its thread belongs to the window)."""
        dialog = self.dialog
        return isinstance(dialog, MessageDialog) and dialog.sending is not None

    def _run(self, dialog: QDialog, then: Callable[[], object] | None = None) -> QDialog:
        """Open an action dialog (window-modal, without a nested event
        loop); when it is accepted re-read the ticket, tell the queue, then
        run `then`. Returns the dialog so tests can fill it in."""
        dialog.setStyleSheet(STYLE_SHEET)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog

        def finished(result: int) -> None:
            self.dialog = None
            if result == QDialog.DialogCode.Accepted:
                self.page.after_change()
                if then is not None:
                    then()

        dialog.finished.connect(finished)
        dialog.open()
        return dialog

    def edit(self) -> QDialog | None:
        """Edit title, description, priority, contact and site."""
        p = self.page
        if p.detail is None:
            return None
        return self._run(EditTicketDialog(p.sessions, p.ticket_id, p.detail.client_id, p.me, p))

    def add_note(self) -> QDialog:
        p = self.page
        return self._run(dialogs.NoteDialog(p.sessions, p.ticket_id, p.me, p))

    def add_reply(self) -> QDialog:
        p = self.page
        return self._run(dialogs.NoteDialog(p.sessions, p.ticket_id, p.me, p, public=True))

    def escalate(self) -> QDialog:
        p = self.page
        tier = p.detail.tier if p.detail else 1
        return self._run(dialogs.EscalateDialog(p.sessions, p.ticket_id, p.me, tier, p))

    def assign(self) -> QDialog:
        p = self.page
        current = p.detail.assignee_id if p.detail else None
        return self._run(dialogs.AssignDialog(p.sessions, p.ticket_id, p.me, current, p))

    def log_time(self) -> QDialog:
        p = self.page
        return self._run(work_dialogs.LogTimeDialog(p.sessions, p.ticket_id, p.me, p))

    def log_material(self) -> QDialog:
        p = self.page
        return self._run(work_dialogs.MaterialDialog(p.sessions, p.ticket_id, p.me, p))

    def resolve(self) -> QDialog | None:
        """Resolve (then offer the resolution message), or reopen."""
        p = self.page
        if p.detail and p.detail.status in ticket_service.CLOSED_STATUSES:
            self._set_status("open", _tr("Reopened"))
            return None
        title = p.detail.title if p.detail else ""
        return self._run(
            dialogs.ResolveDialog(p.sessions, p.ticket_id, p.me, title, p),
            then=lambda: self.message("resolution"),
        )

    def toggle_wait(self) -> bool:
        detail = self.page.detail
        waiting = detail is not None and detail.status == "waiting_customer"
        return self._set_status("open" if waiting else "waiting_customer", "")

    def _set_status(self, status: str, reason: str) -> bool:
        p = self.page
        try:
            with unit_of_work(p.sessions) as session:
                ticket = ticket_service.get_ticket(session, p.ticket_id)
                ticket_service.set_status(session, ticket, status, who=p.me, reason=reason)
        except VersionConflict:
            # Another user saved this ticket at the same moment: nothing was
            # changed here. Show what they did; the user may try again.
            p.after_change()
            QMessageBox.warning(
                p,
                _tr("Not changed"),
                _tr(
                    "Someone else changed this ticket at the same moment, so nothing was "
                    "changed. The ticket now shows their change; try again if still needed."
                ),
            )
            return False
        except UserError as exc:
            QMessageBox.warning(p, _tr("Not changed"), service_message(exc.message))
            return False
        p.after_change()
        return True

    def message(self, kind: str | bool = "acknowledgement") -> QDialog:
        p = self.page
        if kind not in ("acknowledgement", "resolution", "canned"):
            kind = "resolution" if p.detail and p.detail.resolved_at else "canned"
        return self._run(MessageDialog(p.sessions, p.ticket_id, p.me, kind, p))

    def record_feedback(self) -> QDialog:
        p = self.page
        return self._run(dialogs.FeedbackDialog(p.sessions, p.ticket_id, p.me, p))
