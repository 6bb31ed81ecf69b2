"""Deleting a draft from the Invoices page, with Undo: the draft is hidden
at once and deleted when the toast closes, so Undo simply shows it again."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from desktop.db.session import read_only, unit_of_work
from desktop.services.billing import unbilled
from desktop.services.billing.invoices import InvoiceError
from desktop.services.billing.pending_change import PendingChange
from desktop.services.billing.unbilled import InvoiceView
from desktop.services.common.record_rules import VersionConflict
from desktop.views import changes
from desktop.views.record_dialog import service_message

from .common import tr
from .draft_conflict import describe_changes

if TYPE_CHECKING:
    from .page import InvoicesPage


class DraftDeletion:
    """The delete the toast is still offering to undo, for `page`."""

    def __init__(self, page: InvoicesPage) -> None:
        self.page = page
        self.pending: int | None = None

    def delete(self, invoice_id: int) -> None:
        page = self.page
        shown = page.editor.invoice
        mine = shown if shown is not None and shown.id == invoice_id else None
        # The version the user saw: deleted only if nobody changed it since,
        # including while the Undo is still offered.
        version = page.editor.version if mine is not None else None
        name = mine.client_name if mine else ""
        self.pending = invoice_id
        page.show_overview()

        def commit() -> None:
            self.pending = None
            try:
                with unit_of_work(page.sessions) as session:
                    PendingChange(kind="delete").apply(session, invoice_id, version)
            except VersionConflict:
                self._refused(invoice_id, name, mine)
            except InvoiceError as exc:
                page.show_problem(service_message(str(exc)))
            changes.announce(page.sessions, changes.BILLING)

        def undo() -> None:
            self.pending = None
            page.open_invoice(invoice_id)

        page.toast.show_message(
            tr("Draft for %1 deleted; its work is unbilled again.").replace("%1", name),
            commit,
            undo,
        )

    def _refused(self, invoice_id: int, name: str, mine: InvoiceView | None) -> None:
        """Someone else changed the draft before the delete was final: keep
        it, and say what they changed."""
        try:
            with read_only(self.page.sessions) as session:
                theirs = unbilled.invoice_view(session, invoice_id, dt.date.today())
        except InvoiceError:
            theirs = None
        self.page.show_problem(
            tr(
                "The draft for %1 was not deleted: someone else changed it after you "
                "opened it (%2). Open it to see their version, then delete it again if "
                "it should go."
            )
            .replace("%1", name)
            .replace("%2", describe_changes(mine, theirs))
        )
