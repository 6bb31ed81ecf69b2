"""Long work runs off the GUI thread: progress, results, errors, cancel,
and the event loop keeps turning meanwhile."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QPushButton

from desktop.views.operations import Cancelled, run_in_background


def test_result_and_progress_arrive_on_the_gui_thread(qtbot):
    gui_thread = threading.get_ident()
    seen = []

    def work(progress):
        for step in range(1, 4):
            progress.report(step, 3, f"step {step}")
        return threading.get_ident()

    task = run_in_background(work)
    task.progressed.connect(lambda done, total, text: seen.append((done, total, text)))
    with qtbot.waitSignal(task.done, timeout=5000) as result:
        pass
    assert result.args[0] != gui_thread
    assert task.finished
    assert seen == [(1, 3, "step 1"), (2, 3, "step 2"), (3, 3, "step 3")]


def test_the_event_loop_keeps_running_while_work_runs(qtbot):
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(10)
    task = run_in_background(lambda progress: time.sleep(0.5) or "slept")
    with qtbot.waitSignal(task.done, timeout=5000) as result:
        pass
    timer.stop()
    assert result.args == ["slept"]
    assert len(ticks) >= 10  # 50 possible in 0.5 s; the GUI thread was never blocked


def test_errors_are_handed_over_not_lost(qtbot):
    def work(progress):
        raise ValueError("bad row 7")

    task = run_in_background(work)
    with qtbot.waitSignal(task.error, timeout=5000) as error:
        pass
    assert isinstance(error.args[0], ValueError) and "bad row 7" in str(error.args[0])


def test_cancel_from_the_progress_dialog_stops_the_work(qtbot):
    started = threading.Event()

    def work(progress):
        started.set()
        while True:
            progress.check()
            time.sleep(0.01)

    task = run_in_background(work, title="Backing up")
    try:
        assert started.wait(5)
        button = task.dialog.findChild(QPushButton)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        with qtbot.waitSignal(task.error, timeout=5000) as error:
            pass
    finally:
        task.cancel()  # never leave a looping thread behind, even on failure
        task.wait()
    assert isinstance(error.args[0], Cancelled)


@pytest.mark.parametrize("outcome", ["done", "error"])
def test_the_progress_dialog_closes_when_the_work_ends(qtbot, outcome):
    def work(progress):
        progress.report(1, 2)
        if outcome == "error":
            raise RuntimeError("x")
        return 1

    task = run_in_background(work, title="Working")
    signal = task.done if outcome == "done" else task.error
    with qtbot.waitSignal(signal, timeout=5000):
        pass
    qtbot.waitUntil(lambda: not task.dialog.isVisible())
