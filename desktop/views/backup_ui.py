"""Backups from the window: "Back up now…" and "Restore from backup…" in the
Data menu, the automatic daily backup when the window opens, and the warning
when the database file lives on a network file system.

Everything that touches the file runs on a worker (run_in_background) with
progress and Cancel; results and failures are told in the status bar and in
a non-blocking message box. A shared PostgreSQL server is not backed up
here: the actions explain that pg_dump does it.

`install_backup_menu(window)` wires it all into a MainWindow and returns
the BackupController (kept as `window.backups`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox

from desktop.db.backup import (
    BackupCancelled,
    BackupError,
    backup_dir_for,
    backup_if_due,
    backup_sqlite,
    check_restorable,
    rotate,
)
from desktop.db.engine import sqlite_path
from desktop.db.location import network_warning
from desktop.db.migrate import known_revisions, upgrade_database
from desktop.db.restore import restore_sqlite
from desktop.views import changes
from desktop.views.operations import BackgroundTask, Cancelled, Progress, run_in_background

STATUS_TIMEOUT_MS = 15_000


class BackupController(QObject):
    """The backup actions of one main window."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.database: Path | None = sqlite_path(window.db.url)  # type: ignore[attr-defined]
        self.task: BackgroundTask | None = None
        self.auto_task: BackgroundTask | None = None
        self.message_box: QMessageBox | None = None
        self.last_message = ""
        self.network_text: str | None = None
        self.network_label = QLabel()
        self.network_label.setObjectName("networkWarning")
        self.network_label.hide()
        window.statusBar().addPermanentWidget(self.network_label)

        menu = window.menus["data"]  # type: ignore[attr-defined]
        self.backup_action = QAction(self.tr("&Back up now…"), window)
        self.backup_action.setObjectName("backupNowAction")
        self.backup_action.triggered.connect(self.back_up_now)
        self.restore_action = QAction(self.tr("&Restore from backup…"), window)
        self.restore_action.setObjectName("restoreAction")
        self.restore_action.triggered.connect(self.choose_and_restore)
        menu.addAction(self.backup_action)
        menu.addAction(self.restore_action)
        # A closing window, or the application quitting without closing it,
        # stops a running backup and joins its thread instead of destroying
        # the thread under it (Qt aborts the process then).
        window.installEventFilter(self)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop_tasks)

    # -- telling the user -------------------------------------------------

    def tell(self, text: str, *, problem: bool = False, box: bool = True) -> None:
        """Status bar always; a window-modal (never blocking) box if asked."""
        self.last_message = text
        self.window.statusBar().showMessage(text, STATUS_TIMEOUT_MS)
        if not box:
            return
        if self.message_box is not None:
            self.message_box.close()
        icon = QMessageBox.Icon.Warning if problem else QMessageBox.Icon.Information
        box_widget = QMessageBox(
            icon, self.tr("Backups"), text, QMessageBox.StandardButton.Ok, self.window
        )
        box_widget.setObjectName("backupMessage")
        self.message_box = box_widget
        box_widget.open()

    def _busy(self) -> bool:
        if self.task is not None and not self.task.finished:
            self.tell(self.tr("A backup or restore is already running."), box=False)
            return True
        return False

    def _no_file(self) -> bool:
        if self.database is None:
            self.tell(
                self.tr(
                    "This window is connected to a shared PostgreSQL server. Back the server "
                    "up with pg_dump (see docs/shared-database.md); the app backs up SQLite "
                    "files only."
                )
            )
            return True
        return False

    # -- back up now ------------------------------------------------------

    @Slot()
    def back_up_now(self) -> BackgroundTask | None:
        """Copy the database into the backups folder, with progress and Cancel."""
        if self._no_file() or self._busy():
            return None
        database = self.database
        assert database is not None

        def work(progress: Progress) -> tuple[Path, list[Path]]:
            made = backup_sqlite(
                database,
                backup_dir_for(database),
                "manual",
                progress=lambda done, total: progress.report(done, total),
                cancelled=lambda: progress.cancelled,
            )
            return made, rotate(backup_dir_for(database))

        self.task = run_in_background(
            work,
            parent=self.window,
            title=self.tr("Backing up the database…"),
            on_done=self._backed_up,
            on_error=self._failed,
        )
        return self.task

    def _backed_up(self, result: tuple[Path, list[Path]]) -> None:
        made, rotated = result
        text = (
            self.tr("Backed up to %1 (%2 MiB).")
            .replace("%1", str(made))
            .replace("%2", f"{made.stat().st_size / 2**20:.1f}")
        )
        if rotated:
            text += " " + self.tr("%n old backup(s) rotated out.", "", len(rotated))
        self.tell(text)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled | BackupCancelled):
            self.tell(self.tr("Cancelled; nothing was changed."), box=False)
        elif isinstance(exc, BackupError | OSError):
            self.tell(str(exc), problem=True)
        else:
            self.tell(self.tr("The operation failed: %1").replace("%1", str(exc)), problem=True)

    # -- restore ----------------------------------------------------------

    @Slot()
    def choose_and_restore(self) -> None:
        """Pick a backup file (starting in the backups folder), then restore it."""
        if self._no_file() or self._busy():
            return
        assert self.database is not None
        dialog = QFileDialog(
            self.window,
            self.tr("Restore from backup"),
            str(backup_dir_for(self.database)),
            self.tr("TechLedger databases (*.db);;All files (*)"),
        )
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setObjectName("restoreFileDialog")
        dialog.fileSelected.connect(self.confirm_restore)
        dialog.open()

    @Slot(str)
    def confirm_restore(self, file_name: str) -> None:
        question = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Restore from backup"),
            self.tr(
                "Replace the data in %1 with the backup %2? The current data is kept "
                "as a backup first."
            )
            .replace("%1", str(self.database))
            .replace("%2", file_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self.window,
        )
        question.setObjectName("restoreQuestion")
        question.accepted.connect(lambda: self.restore_from(Path(file_name)))
        self.message_box = question
        question.open()

    def restore_from(self, candidate: Path) -> BackgroundTask | None:
        """Replace the database with `candidate` on a worker. Cancel is
        honoured until the copy into the database begins (after that,
        stopping would leave half a database, so the copy finishes)."""
        if self._no_file() or self._busy():
            return None
        database = self.database
        assert database is not None
        engine = self.window.db.engine  # type: ignore[attr-defined]
        if candidate.resolve() == database.resolve():
            self.tell(self.tr("That is the database itself, not a backup of it."), problem=True)
            return None
        revisions = known_revisions()
        checking = self.tr("Checking the backup…")
        copying = self.tr("Restoring — this step cannot be cancelled…")

        def work(_sessions: object, progress: Progress) -> Path | None:
            # Works on the file, not in a Session: the factory is only named
            # so that the whole database is announced as changed afterwards.
            progress.report(0, 0, checking)
            check_restorable(candidate, revisions)
            progress.check()
            engine.dispose()  # no pooled connection keeps the old file open
            safety = restore_sqlite(
                database,
                candidate,
                revisions,
                progress=lambda done, total: progress.report(done, total, copying),
            )
            upgrade_database(engine)  # an older backup is brought to this schema
            return safety

        self.task = run_in_background(
            work,
            sessions=self.window.db.sessions,  # type: ignore[attr-defined]
            own_units=True,
            changes=changes.EVERYTHING,
            parent=self.window,
            title=self.tr("Restoring from backup…"),
            on_done=lambda safety: self._restored(candidate, safety),
            on_error=self._failed,
        )
        return self.task

    def _restored(self, candidate: Path, safety: Path | None) -> None:
        text = self.tr("Restored from %1.").replace("%1", str(candidate))
        if safety is not None:
            text += " " + self.tr("The data it held before is kept in %1.").replace(
                "%1", str(safety)
            )
        self.tell(text)

    # -- at start ---------------------------------------------------------

    def start(self) -> None:
        """The network warning, then the daily automatic backup. Nothing for
        a window closed (or never shown) before the event loop got here."""
        if self.database is None or not self.window.isVisible():
            return
        self.network_text = network_warning(self.database)
        if self.network_text:
            self.network_label.setText(self.tr("⚠ Database on a network drive"))
            self.network_label.setToolTip(self.network_text)
            self.network_label.show()
            self.tell(self.network_text, problem=True)
        self.start_automatic_backup()

    def start_automatic_backup(self) -> BackgroundTask | None:
        """At most one automatic backup a day, in the background."""
        if self.database is None or not self.database.exists():
            return None
        database = self.database

        def work(progress: Progress) -> Path | None:
            return backup_if_due(
                database, backup_dir_for(database), cancelled=lambda: progress.cancelled
            )

        self.auto_task = run_in_background(
            work, parent=self.window, on_done=self._auto_done, on_error=self._auto_failed
        )
        return self.auto_task

    def _auto_done(self, made: Any) -> None:
        if made is not None:
            self.tell(self.tr("Automatic backup saved to %1.").replace("%1", str(made)), box=False)

    def _auto_failed(self, exc: BaseException) -> None:
        self.tell(self.tr("The automatic backup failed: %1").replace("%1", str(exc)), problem=True)

    # -- closing ----------------------------------------------------------

    @Slot()
    def stop_tasks(self) -> None:
        """Cancel running work and join its thread. A backup honours the
        cancel within one step and removes its partial file; a restore that
        is already copying finishes its copy first."""
        for task in (self.task, self.auto_task):
            if task is not None and not task.finished:
                task.shutdown()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.stop_tasks()
        return False


def install_backup_menu(window: QMainWindow) -> BackupController:
    """Add the backup actions to `window.menus["data"]`, and start the
    network check and the automatic backup once the window is up."""
    controller = BackupController(window)
    window.backups = controller  # type: ignore[attr-defined]
    QTimer.singleShot(0, controller, controller.start)
    return controller
