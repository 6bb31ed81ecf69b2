"""Time through the window: the running timer survives a restart of the
window and becomes an entry; quick entry from the keyboard alone; the week
grid's totals and navigation; overlapping entries flagged."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from desktop.db.session import read_only
from desktop.models import Client, RunningTimer, Technician, Ticket, TimeEntry, WorkType
from desktop.services.records.week_grid import week_grid
from desktop.views.formatting import format_minutes
from desktop.views.main_window import MainWindow
from desktop.views.time.quick_entry import QuickEntryDialog
from desktop.views.time.time_page import TimePage
from desktop.views.time.week_table_models import OVERLAP_BACKGROUND

T0 = dt.datetime(2026, 11, 4, 9, 12, 30)
MONDAY = dt.date(2026, 11, 2)


def open_window(qtbot, db, now: dt.datetime) -> MainWindow:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.timer.clock = lambda: now
    window.show()
    qtbot.waitExposed(window)
    return window


def time_page(window: MainWindow) -> TimePage:
    window.show_page("time")
    page = window.pages["time"]
    assert isinstance(page, TimePage)
    return page


def focused():
    """The widget the keyboard goes to, as for a person at the keyboard."""
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def type_into_focus(qtbot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)


def wait_for_dialog(qtbot) -> QuickEntryDialog:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QuickEntryDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, QuickEntryDialog)
    dialog.activateWindow()  # as the window manager does for a new dialog
    qtbot.waitUntil(
        lambda: (
            QApplication.focusWidget() is not None and QApplication.focusWidget().window() is dialog
        )
    )
    return dialog


def test_timer_survives_a_restart_and_stops_into_an_entry(qtbot, small_db):
    window = open_window(qtbot, small_db, T0)
    page = time_page(window)
    qtbot.mouseClick(page.timer_button, Qt.MouseButton.LeftButton)
    assert window.timer.running and window.timer.state.started_at == T0.replace(microsecond=0)
    status = window.timer.indicator.label
    assert status.isVisible() and status.text().startswith("Timer 0:00:00")
    assert page.timer_button.text() == "Stop timer"
    window.close()

    later = T0 + dt.timedelta(minutes=47)
    again = open_window(qtbot, small_db, later)
    assert again.timer.running
    assert again.timer.state.started_at == T0
    again.timer.indicator.update_text()
    assert again.timer.indicator.label.text().startswith("Timer 0:47:00")
    assert again.timer.indicator.toggle_action.text() == "Stop &timer"

    # Stop from the status bar: the entry opens prefilled with start and end.
    qtbot.mouseClick(again.timer.indicator.button, Qt.MouseButton.LeftButton)
    dialog = wait_for_dialog(qtbot)
    assert dialog.start.text() == "2026-11-04 09:12"
    assert dialog.end.text() == "09:59"
    assert dialog.duration.text() == "0:47"
    # Enter without a client: the message is at the field, the timer still runs.
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.error_text("client") == "Pick the client."
    assert again.timer.running
    dialog.client.setFocus()
    type_into_focus(qtbot, "Dental")
    assert dialog.client.currentText() == "Dental Lund"
    press(qtbot, Qt.Key.Key_Tab)
    type_into_focus(qtbot, "On")
    with qtbot.waitSignal(dialog.finished):
        press(qtbot, Qt.Key.Key_Return)

    with read_only(small_db.sessions) as s:
        assert s.scalar(select(func.count()).select_from(RunningTimer)) == 0
        entry = s.scalar(select(TimeEntry).order_by(TimeEntry.id.desc()).limit(1))
        client = s.get(Client, entry.client_id).name
        work_type = s.get(WorkType, entry.work_type_id).name
        assert (entry.started_at, entry.ended_at) == (
            dt.datetime(2026, 11, 4, 9, 12),
            dt.datetime(2026, 11, 4, 9, 59),
        )
        assert entry.raw_minutes == 47
    assert client == "Dental Lund" and work_type == "On site"
    assert not again.timer.running and not again.timer.indicator.label.isVisible()


def test_quick_entry_from_the_keyboard_alone(qtbot, small_db):
    window = open_window(qtbot, small_db, T0)
    time_page(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(
        window,
        Qt.Key.Key_E,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = wait_for_dialog(qtbot)
    assert QApplication.focusWidget() is dialog.client
    type_into_focus(qtbot, "Bergs")
    press(qtbot, Qt.Key.Key_Tab)
    type_into_focus(qtbot, "Remote")
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.start
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_into_focus(qtbot, "2026-11-05 13:00")
    press(qtbot, Qt.Key.Key_Tab)
    type_into_focus(qtbot, "one hour")
    press(qtbot, Qt.Key.Key_Return)
    # Refused at the field, with what was typed still there.
    assert dialog.isVisible()
    assert "is not a duration" in dialog.error_text("duration")
    assert dialog.duration.text() == "one hour"
    assert QApplication.focusWidget() is dialog.duration
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_into_focus(qtbot, "1:30")
    assert dialog.end.text() == "14:30"  # the end follows the duration
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.description
    type_into_focus(qtbot, "Set up the new NAS")
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.ticket
    press(qtbot, Qt.Key.Key_Down)
    ticket_text = dialog.ticket.currentText()
    with qtbot.waitSignal(dialog.finished):
        press(qtbot, Qt.Key.Key_Return)

    with read_only(small_db.sessions) as s:
        entry = s.scalar(select(TimeEntry).order_by(TimeEntry.id.desc()).limit(1))
        assert s.get(Client, entry.client_id).name == "Bergström Bygg"
        assert entry.started_at == dt.datetime(2026, 11, 5, 13, 0)
        assert entry.raw_minutes == 90 and entry.description == "Set up the new NAS"
        ticket = s.get(Ticket, entry.ticket_id)
        assert ticket is not None and ticket_text.startswith(ticket.number)


def test_week_grid_totals_navigation_and_overlaps(qtbot, qtmodeltester, small_db):
    window = open_window(qtbot, small_db, dt.datetime(2026, 11, 3, 12, 0))
    page = time_page(window)
    with read_only(small_db.sessions) as s:
        anna = s.scalar(select(Technician.id).where(Technician.name == "Anna Berg"))
    assert page.technician.currentData() == anna
    assert page.monday == MONDAY and page.week_label.text().startswith("Week 45")
    qtmodeltester.check(page.grid_model)
    qtmodeltester.check(page.day_model)

    # Totals per day, under each day, match the raw minutes in the database.
    model = page.grid_model
    for day in range(7):
        start = dt.datetime.combine(MONDAY + dt.timedelta(days=day), dt.time())
        with read_only(small_db.sessions) as s:
            raw = s.scalar(
                select(func.coalesce(func.sum(TimeEntry.raw_minutes), 0)).where(
                    TimeEntry.technician_id == anna,
                    TimeEntry.started_at >= start,
                    TimeEntry.started_at < start + dt.timedelta(days=1),
                )
            )
        total = model.data(model.index(model.total_row, day))
        if raw:
            assert total.startswith(f"{format_minutes(raw)} raw\n")
            assert total.endswith(f"{format_minutes(page.grid.billed_total(day))} billed")
        else:
            assert total == "–"
    assert page.summary.text().startswith(f"Week: {format_minutes(page.grid.week_raw)} raw")
    assert not page.overlap_warning.isVisible()

    # Each cell ends with raw → billed in figures; the tooltip spells it out.
    day, row = next((d, r) for d in range(5) for r, e in enumerate(page.grid.days[d]) if e.billable)
    entry = page.grid.days[day][row]
    cell = model.index(row, day)
    assert cell.data().splitlines()[-1] == (
        f"{format_minutes(entry.raw_minutes)} → {format_minutes(entry.billed_minutes)}"
    )
    assert cell.data(Qt.ItemDataRole.ToolTipRole).startswith(
        f"{format_minutes(entry.raw_minutes)} raw · "
    )
    # An empty weekend keeps only its header's width; the working days share the rest.
    header = page.grid_view.horizontalHeader()
    if not page.grid.days[6]:
        assert header.sectionSize(6) < header.sectionSize(day)

    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.monday == MONDAY + dt.timedelta(days=7)
    assert page.week_label.text().startswith("Week 46")
    qtbot.mouseClick(page.previous_button, Qt.MouseButton.LeftButton)
    assert page.monday == MONDAY

    # Monday 08:00–08:30 is Anna's; log 08:10–08:40 on top of it.
    qtbot.mouseClick(page.new_entry_button, Qt.MouseButton.LeftButton)
    dialog = wait_for_dialog(qtbot)
    type_into_focus(qtbot, "Acme")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_into_focus(qtbot, "2026-11-02 08:10")
    press(qtbot, Qt.Key.Key_Tab)
    type_into_focus(qtbot, "30m")
    with qtbot.waitSignal(dialog.finished):
        press(qtbot, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: page.overlap_warning.isVisible())
    assert page.overlap_warning.text() == "2 overlapping entries"
    first, second = model.index(0, 0), model.index(1, 0)
    for index in (first, second):
        assert model.data(index, Qt.ItemDataRole.BackgroundRole).color() == OVERLAP_BACKGROUND
    assert "Overlaps" in model.data(first, Qt.ItemDataRole.ToolTipRole)
    with read_only(small_db.sessions) as s:
        grid = week_grid(s, anna, MONDAY)
    assert [e.overlaps for e in grid.days[0]][:2] == [True, True]

    # The day's table shows raw and billed side by side with the rule.
    page.select_day(0)
    day = page.day_model
    row = next(
        r
        for r in range(day.rowCount())
        if day.entries[r].raw_minutes == 30 and day.entries[r].started_at.minute == 10
    )
    assert day.data(day.index(row, day.COL_RAW)) == "0:30"
    assert day.data(day.index(row, day.COL_BILLED)) == format_minutes(
        day.entries[row].billed_minutes
    )
    assert "min" in day.data(day.index(row, day.COL_RULE))


def test_delete_an_entry_then_undo_it(qtbot, small_db):
    window = open_window(qtbot, small_db, dt.datetime(2026, 11, 3, 12, 0))
    page = time_page(window)
    window.activateWindow()  # keyboard shortcuts go to the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    day = next(d for d in range(7) if page.grid.days[d])
    page.select_day(day)
    page.day_view.setFocus()
    page.day_view.selectRow(0)
    entry_id = page.selected_entry_id()
    with read_only(small_db.sessions) as s:
        before = s.get(TimeEntry, entry_id)
        kept = (before.started_at, before.raw_minutes, before.description)
    qtbot.keyClick(page.day_view, Qt.Key.Key_Delete)
    with read_only(small_db.sessions) as s:
        assert s.get(TimeEntry, entry_id) is None
    assert page.toast.isVisible() and page.toast.undo_button.isVisible()
    qtbot.keyClick(page.day_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    with read_only(small_db.sessions) as s:
        back = s.get(TimeEntry, entry_id)
        assert (back.started_at, back.raw_minutes, back.description) == kept
    assert not page.toast.isVisible()
