"""The window opens the tickets of the maintenance schedules itself: once
when it is up (catching up the dates it was closed for) and then every few
minutes while it runs, off the GUI thread. A cheap read asks first whether
anything is due; only then does a write run (views/operations.py), which
announces "tickets" so the queue shows the new ones. How many were made is
said in the status bar. Two copies of the app on one database never make an
occurrence twice (services/helpdesk/schedules.py)."""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QMainWindow
from sqlalchemy.orm import Session, sessionmaker

from desktop.views import changes
from desktop.views.operations import BackgroundTask, Progress, run_in_background

INTERVAL_MS = 5 * 60 * 1000
_log = logging.getLogger(__name__)


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("ScheduleRunner", text, "", n)


class ScheduleRunner(QObject):
    """Runs the due schedules at start and every INTERVAL_MS; one run at a
    time. `task` is the running (or last) background work."""

    def __init__(self, window: QMainWindow, sessions: sessionmaker[Session]) -> None:
        super().__init__(window)
        self.window = window
        self.sessions = sessions
        self.task: BackgroundTask | None = None
        self.first = True
        self.made_total = 0
        self.last_message = ""
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.run)
        window.installEventFilter(self)

    @property
    def busy(self) -> bool:
        return self.task is not None and not self.task.finished

    def start(self) -> None:
        """The first run and the timer; nothing for a window closed (or
        never shown) before the event loop got here."""
        if not self.window.isVisible():
            return
        self.run()
        self.timer.start()

    def run(self) -> BackgroundTask | None:
        if self.busy:
            return None
        now = dt.datetime.now().replace(microsecond=0)

        def check(session: Session, _progress: Progress) -> int:
            # Imported on the worker: the ticket rules need not slow the start.
            from desktop.services.helpdesk.schedule_lists import due_count

            return due_count(session, now.date())

        self.task = run_in_background(
            check,
            sessions=self.sessions,
            reading=True,
            parent=self.window,
            on_done=self._checked,
            on_error=self._failed,
        )
        return self.task

    def _checked(self, due: int) -> None:
        if not due:
            self.first = False
            return

        def work(session: Session, _progress: Progress) -> list:
            from desktop.services.helpdesk.schedules import run_due

            return run_due(session, dt.datetime.now().replace(microsecond=0))

        self.task = run_in_background(
            work,
            sessions=self.sessions,
            changes={changes.TICKETS},
            parent=self.window,
            on_done=self._made,
            on_error=self._failed,
        )

    def _made(self, made: list) -> None:
        count = len(made)
        self.made_total += count
        if count:
            if self.first:
                text = _tr(
                    "Maintenance schedules: opened %n ticket(s) that came due while "
                    "TechLedger was closed.",
                    count,
                )
            else:
                text = _tr("Maintenance schedules: opened %n ticket(s).", count)
            self.last_message = text
            self.window.statusBar().showMessage(text, 30_000)
        self.first = False

    def _failed(self, exc: BaseException) -> None:
        # The next run tries again; the status bar and the log say why.
        _log.error("maintenance schedules could not run", exc_info=exc)
        self.window.statusBar().showMessage(
            _tr("Maintenance schedules could not run: %1").replace("%1", str(exc)), 30_000
        )

    def stop(self) -> None:
        self.timer.stop()
        if self.busy and self.task is not None:
            self.task.shutdown()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.stop()
        return False


def install_schedule_runner(window: QMainWindow, sessions: sessionmaker[Session]) -> ScheduleRunner:
    """Start running the schedules once the window is up (kept as
    `window.schedules`)."""
    runner = ScheduleRunner(window, sessions)
    window.schedules = runner  # type: ignore[attr-defined]
    QTimer.singleShot(0, runner, runner.start)
    return runner
