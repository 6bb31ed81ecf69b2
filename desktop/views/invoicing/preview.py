"""The invoice's PDF preview, rendered off the GUI thread, and saving it."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtWidgets import QFileDialog
from sqlalchemy.orm import Session

from desktop.db.session import read_only
from desktop.services.common.files import FileWriteError, write_atomically
from desktop.services.printing import render
from desktop.views.operations import BackgroundTask, Progress, run_in_background
from desktop.views.record_dialog import service_message

from .common import tr

if TYPE_CHECKING:
    from .editor import InvoiceEditor


class PdfPreview:
    """The PDF of `editor`'s invoice: shown in its `pdf_document` with the
    state in its `preview_state`; `pdf` holds the bytes last shown."""

    def __init__(self, editor: InvoiceEditor) -> None:
        self.editor = editor
        self.pdf: bytes | None = None
        self._render_task: BackgroundTask | None = None
        self._renders: list[BackgroundTask] = []
        self._generation = 0
        self._buffer: QBuffer | None = None

    def render(self) -> None:
        """Render the PDF off the GUI thread; the newest request wins."""
        editor = self.editor
        if editor.invoice is None:
            return
        self._generation += 1
        generation = self._generation
        invoice_id = editor.invoice.id
        sessions = editor.sessions
        editor.preview_state.setText(tr("Rendering the PDF…"))

        def work(session: Session, _progress: Progress) -> bytes:
            return render.invoice(session, invoice_id).pdf

        def done(pdf: bytes) -> None:
            if generation == self._generation:
                self._show_pdf(pdf)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                editor.preview_state.setText(
                    tr("The PDF could not be made: %1").replace("%1", service_message(str(exc)))
                )

        self._render_task = run_in_background(
            work, sessions=sessions, reading=True, parent=editor, on_done=done, on_error=failed
        )
        self._renders = [*self.tasks(), self._render_task]

    def tasks(self) -> list[BackgroundTask]:
        """Renders still running (superseded ones finish and are ignored)."""
        return [t for t in self._renders if not t.finished]

    def _show_pdf(self, pdf: bytes) -> None:
        editor = self.editor
        self.pdf = pdf
        # The document reads from the buffer while it is shown: keep both.
        buffer = QBuffer(editor)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        editor.pdf_document.close()
        editor.pdf_document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        pages = editor.pdf_document.pageCount()
        editor.preview_state.setText(
            tr("1 page") if pages == 1 else tr("%1 pages").replace("%1", str(pages))
        )
        editor.previewReady.emit()

    def current_pdf(self) -> bytes:
        """The PDF of the invoice as it stands (rendered now if the preview
        is not up to date)."""
        invoice = self.editor.invoice
        assert invoice is not None
        if self.pdf is not None and (self._render_task is None or self._render_task.finished):
            return self.pdf
        with read_only(self.editor.sessions) as session:
            return render.invoice(session, invoice.id).pdf

    def suggested_filename(self) -> str:
        invoice = self.editor.invoice
        assert invoice is not None
        name = invoice.number or f"draft-{invoice.client_name}"
        return re.sub(r"[^\w.-]+", "-", name).strip("-") + ".pdf"

    def save_pdf(self, path: str | None = None) -> Path | None:
        """Write the PDF to `path` (asked for when None)."""
        editor = self.editor
        if editor.invoice is None:
            return None
        if path is None:
            path, _filter = QFileDialog.getSaveFileName(
                editor,
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
            write_atomically(target, self.current_pdf())
        except FileWriteError as exc:
            editor.notice.emit(
                tr("The PDF was not saved: %1").replace("%1", service_message(str(exc)))
            )
            return None
        editor.notice.emit(tr("Saved %1.").replace("%1", str(target)))
        return target
