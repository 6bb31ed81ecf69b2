"""Data → Export client help site…: the knowledge articles shared with
clients as one offline, searchable page (services/helpdesk/kb_site.py),
written off the GUI thread into the folder the user picks."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog, QMainWindow
from sqlalchemy.orm import Session

from desktop.services.common.errors import UserError
from desktop.views.operations import BackgroundTask, Progress, run_in_background

_log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("HelpSite", text)


def export_help_site(window: QMainWindow, folder: str | None = None) -> BackgroundTask | None:
    """Ask for a folder (unless given), then write the site into it; the
    status bar says where and how many articles."""
    if not folder:
        settings = QSettings()
        start = str(settings.value("help_site/folder", str(Path.home() / "help-site")))
        folder = QFileDialog.getExistingDirectory(
            window, _tr("Folder for the client help site"), start
        )
        if not folder:
            return None
        settings.setValue("help_site/folder", folder)
    target = folder

    def work(session: Session, _progress: Progress) -> tuple[Path, int]:
        from desktop.services.helpdesk.kb_site import export_site

        return export_site(session, target, dt.date.today())

    def done(result: tuple[Path, int]) -> None:
        page, count = result
        text = _tr("Client help site: %1 article(s) written to %2.")
        window.statusBar().showMessage(text.replace("%1", str(count)).replace("%2", str(page)))

    def failed(exc: BaseException) -> None:
        if not isinstance(exc, UserError):
            _log.error("the client help site could not be written", exc_info=exc)
        window.statusBar().showMessage(
            _tr("The client help site was not written: %1").replace("%1", str(exc))
        )

    task = run_in_background(
        work,
        sessions=window.db.sessions,  # type: ignore[attr-defined]
        reading=True,
        parent=window,
        on_done=done,
        on_error=failed,
    )
    window.help_site_task = task  # type: ignore[attr-defined]
    return task
