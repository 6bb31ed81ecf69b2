"""The one way to run long work off the GUI thread (the operation contract,
after Anki's CollectionOp).

`run_in_background(work, sessions=..., changes=..., ...)` runs the work on a
worker thread and calls back on the GUI thread. The work never touches a
widget. With `sessions`, it gets its own Session, opened on the worker and
committed there when it returns or rolled back when it raises (SQLAlchemy
sessions are never shared across threads): `work(session, progress)`.
`reading=True` gives it a read-only Session instead; `own_units=True` gives
it the factory itself, for work that commits in several units of work of
its own (the month-end run: one per client). Without `sessions` the work is
`work(progress)` (files, mail, backups).

When the work succeeds, the kinds of records it changed (`changes`, see
views/changes.py) are announced once on the database's notifier, before
`on_done` runs; every page that shows those records refreshes itself. No
page tells another to refresh.

The work reports with `progress.report(done, total, text)` and checks
`progress.cancelled` often; cancelling is cooperative. With `title`, a
window-modal progress dialog with a Cancel button shows while it runs, so
the window keeps painting but nothing else can start meanwhile."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.session import read_only, unit_of_work
from desktop.views.changes import changes_for, known


class Cancelled(Exception):
    """Raised by work that stopped because the user cancelled it."""


class Progress:
    """Handed to the work: report progress, learn about cancellation."""

    def __init__(self, signal: Signal) -> None:
        self._signal = signal
        self._stop = threading.Event()

    def report(self, done: int, total: int, text: str = "") -> None:
        self._signal.emit(done, total, text)

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    def check(self) -> None:
        """Raise Cancelled when the user asked to stop."""
        if self._stop.is_set():
            raise Cancelled

    def cancel(self) -> None:
        self._stop.set()


class _Worker(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self._work = work
        self.progress = Progress(self.progressed)

    @Slot()
    def run(self) -> None:
        try:
            result = self._work(self.progress)
        except BaseException as exc:  # handed to the GUI thread, never lost
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)
        finally:
            # End the thread from inside: waiting for the GUI thread to do it
            # would deadlock a window that joins its tasks while closing.
            QThread.currentThread().quit()


class BackgroundTask(QObject):
    """A running piece of work. `done` carries the result, `error` the
    exception (Cancelled when the user cancelled); exactly one is emitted."""

    progressed = Signal(int, int, str)
    done = Signal(object)
    error = Signal(object)

    def __init__(self, work: Callable[[Progress], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._worker = _Worker(work)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self.progressed)
        self._worker.succeeded.connect(self._finish_ok)
        self._worker.failed.connect(self._finish_failed)
        self.finished = False

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self._worker.progress.cancel()

    def wait(self, milliseconds: int = 30_000) -> bool:
        return self._thread.wait(milliseconds)

    def shutdown(self, milliseconds: int = 30_000) -> bool:
        """Ask the work to stop and join its thread (for a closing window);
        True when the thread ended in time."""
        self.cancel()
        self.finished = self._thread.wait(milliseconds)
        return self.finished

    def _stop_thread(self) -> None:
        self.finished = True
        self._thread.quit()
        self._thread.wait()

    @Slot(object)
    def _finish_ok(self, result: object) -> None:
        self._stop_thread()
        self.done.emit(result)

    @Slot(object)
    def _finish_failed(self, exc: object) -> None:
        self._stop_thread()
        self.error.emit(exc)


def _opened(
    work: Callable[..., Any], sessions: sessionmaker[Session], reading: bool, own_units: bool
) -> Callable[[Progress], Any]:
    """`work` wrapped so that it gets its data handle on the worker thread."""
    if own_units:
        return lambda progress: work(sessions, progress)

    def run(progress: Progress) -> Any:
        with (read_only if reading else unit_of_work)(sessions) as session:
            return work(session, progress)

    return run


def run_in_background(
    work: Callable[..., Any],
    *,
    sessions: sessionmaker[Session] | None = None,
    reading: bool = False,
    own_units: bool = False,
    changes: Iterable[str] = (),
    parent: QWidget | None = None,
    title: str | None = None,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
) -> BackgroundTask:
    """Start `work` on a worker thread; see the module docstring."""
    kinds = frozenset(changes)
    if sessions is None:
        if kinds:
            raise ValueError("Announcing changes needs the sessions of their database")
        task = BackgroundTask(work, parent)
    else:
        task = BackgroundTask(_opened(work, sessions, reading, own_units), parent)
        if kinds:
            if reading:
                raise ValueError("Work on a read-only Session changes nothing")
            notifier = changes_for(sessions)  # made here, on the GUI thread
            known(kinds)  # a typo is refused now, not when the work ends
            # Connected first, so pages are fresh when on_done runs.
            task.done.connect(lambda _result: notifier.announce(kinds))
    if on_done is not None:
        task.done.connect(on_done)
    if on_error is not None:
        task.error.connect(on_error)
    if title is not None:
        dialog = QProgressDialog(title, QProgressDialog.tr("Cancel"), 0, 0, parent)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)  # quick work never flashes a dialog
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)

        def show_progress(done: int, total: int, text: str) -> None:
            dialog.setMaximum(max(total, 0))
            dialog.setValue(min(done, total) if total else 0)
            if text:
                dialog.setLabelText(text)

        task.progressed.connect(show_progress)
        dialog.canceled.connect(task.cancel)
        task.done.connect(lambda _result: dialog.close())
        task.error.connect(lambda _exc: dialog.close())
        task.dialog = dialog  # type: ignore[attr-defined]
    task.start()
    return task
