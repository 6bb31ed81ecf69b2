"""Workflow screenshots of the MSP owner's month end, driving the Invoices
page through its public widgets: unbilled work per client, a draft invoice
with its PDF preview, the month-end run dialog, the run while in progress
(the worker is held after a few clients so the progress bar is part-way)
and its results. Issues real invoices on the demo database, so it runs
after the other shots."""

from __future__ import annotations

import threading

from screenshot_common import Shots, park_cursor, settle, wait_until

from desktop.views.main_window import MainWindow

HOLD_AFTER = 4  # clients done when the progress is photographed
SAMPLE = "Kvarnbyns"  # the demo's bakery: plain time and materials


def invoicing_shots(window: MainWindow, shots: Shots) -> None:
    page = window.page("invoices")
    window.show_page("invoices")
    page.set_filter("unbilled")
    wait_until(page.is_idle, timeout=120)
    # A time-and-materials client of the shop's own currency: its draft
    # shows billed lines rather than many covered by a contract.
    model = page.unbilled_model
    names = [model.index(r, model.COL_CLIENT).data() for r in range(model.rowCount())]
    row = next((r for r, name in enumerate(names) if name and name.startswith(SAMPLE)), 0)
    page.unbilled_table.selectRow(row)
    page.unbilled_table.setFocus()
    park_cursor()
    shots.window(window, "invoice_unbilled")

    ready = []
    page.editor.previewReady.connect(lambda: ready.append(True))
    page.draft_for(page.selected_client())
    wait_until(lambda: page.stack.currentWidget() is page.editor and bool(ready), timeout=120)
    wait_until(page.is_idle)
    shots.window(window, "invoice_draft_preview")
    page.show_overview()
    wait_until(page.is_idle, timeout=120)

    dialog = page.month_end()
    settle()
    shots.window(window, "month_end_dialog", dialog)

    reached = threading.Event()
    release = threading.Event()

    def hold(done: int, _total: int) -> None:
        if done == HOLD_AFTER:
            reached.set()
            release.wait(120)

    page.after_client = hold
    dialog.accept()
    wait_until(reached.is_set, timeout=300)
    task = page.month_end_task
    progress = task.dialog
    # The dialog appears after its minimum duration; give it that, then
    # let the queued progress reports arrive.
    wait_until(lambda: progress.isVisible() and progress.value() >= HOLD_AFTER, timeout=30)
    shots.window(window, "month_end_progress", progress)
    release.set()
    page.after_client = None
    wait_until(lambda: task.finished, timeout=600)
    wait_until(page.is_idle, timeout=120)
    page.run_table.selectRow(0)
    shots.window(window, "month_end_results")
