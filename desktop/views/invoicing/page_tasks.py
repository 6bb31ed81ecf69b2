"""The background work of the Invoices page: which tasks still run, and
stopping them before the main window closes (a worker thread must not be
destroyed while it runs)."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject
from PySide6.QtWidgets import QWidget

from desktop.views.operations import BackgroundTask


class PageTasks(QObject):
    """Keeps the page's tasks; `watch(window)` stops them when it closes."""

    def __init__(
        self, before_stop: Callable[[], None], more: Callable[[], list[BackgroundTask]]
    ) -> None:
        super().__init__()
        # Run first on shutdown (the toast's pending delete is made final).
        self._before_stop = before_stop
        # Tasks owned elsewhere that count too (the editor's renders).
        self._more = more
        self._live: list[BackgroundTask] = []
        self._window: QWidget | None = None

    def track(self, task: BackgroundTask) -> BackgroundTask:
        self._live = [t for t in self._live if not t.finished] + [task]
        return task

    def running(self) -> list[BackgroundTask]:
        """Background work still running (a superseded estimate included:
        it stops after its current client)."""
        return [t for t in (*self._live, *self._more()) if not t.finished]

    def watch(self, window: QWidget) -> None:
        """Stop the work when `window` closes (installed once per window)."""
        if window is self._window:
            return
        if self._window is not None:
            self._window.removeEventFilter(self)
        self._window = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close and watched is self._window:
            self.shutdown()
        return super().eventFilter(watched, event)

    def shutdown(self) -> None:
        """Finish a pending delete, cancel background work and wait for it."""
        self._before_stop()
        for task in self.running():
            task.cancel()
        # The tasks finish on this thread's event loop: let it run until
        # they have (the work checks for cancellation between clients).
        deadline = time.monotonic() + 30
        while self.running() and time.monotonic() < deadline:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
