"""The invoice's PDF preview, rendered off the GUI thread, and saving it."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtWidgets import QFileDialog

from desktop.db.session import read_only
from desktop.services.billing import invoice_mail
from desktop.views.operations import BackgroundTask, run_in_background
from desktop.views.record_dialog import service_message

from .common import tr


class PdfPreviewMixin:
    """For InvoiceEditor: `pdf_document`, `preview_state` and `invoice`
    are the editor's."""

    def render_preview(self) -> None:
        """Render the PDF off the GUI thread; the newest request wins."""
        if self.invoice is None:
            return
        self._generation += 1
        generation = self._generation
        invoice_id = self.invoice.id
        sessions = self.sessions
        self.preview_state.setText(tr("Rendering the PDF…"))

        def work(_progress) -> bytes:
            with read_only(sessions) as session:
                return invoice_mail.invoice_pdf(session, invoice_id)

        def done(pdf: bytes) -> None:
            if generation == self._generation:
                self._show_pdf(pdf)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.preview_state.setText(
                    tr("The PDF could not be made: %1").replace("%1", service_message(str(exc)))
                )

        self._render_task = run_in_background(work, parent=self, on_done=done, on_error=failed)
        self._renders = [*self.tasks(), self._render_task]

    def tasks(self) -> list[BackgroundTask]:
        """Renders still running (superseded ones finish and are ignored)."""
        return [t for t in self._renders if not t.finished]

    def _show_pdf(self, pdf: bytes) -> None:
        self.pdf = pdf
        # The document reads from the buffer while it is shown: keep both.
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf_document.close()
        self.pdf_document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        pages = self.pdf_document.pageCount()
        self.preview_state.setText(
            tr("1 page") if pages == 1 else tr("%1 pages").replace("%1", str(pages))
        )
        self.previewReady.emit()

    def current_pdf(self) -> bytes:
        """The PDF of the invoice as it stands (rendered now if the preview
        is not up to date)."""
        assert self.invoice is not None
        if self.pdf is not None and (self._render_task is None or self._render_task.finished):
            return self.pdf
        with read_only(self.sessions) as session:
            return invoice_mail.invoice_pdf(session, self.invoice.id)

    def suggested_filename(self) -> str:
        assert self.invoice is not None
        name = self.invoice.number or f"draft-{self.invoice.client_name}"
        return re.sub(r"[^\w.-]+", "-", name).strip("-") + ".pdf"

    def save_pdf(self, path: str | None = None) -> Path | None:
        """Write the PDF to `path` (asked for when None)."""
        if self.invoice is None:
            return None
        if path is None:
            path, _filter = QFileDialog.getSaveFileName(
                self,
                tr("Save the PDF"),
                str(Path.home() / self.suggested_filename()),
                tr("PDF document (*.pdf)"),
            )
            if not path:
                return None
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        try:
            target.write_bytes(self.current_pdf())
        except OSError as exc:
            self.notice.emit(tr("The PDF was not saved: %1").replace("%1", str(exc)))
            return None
        self.notice.emit(tr("Saved %1.").replace("%1", str(target)))
        return target
