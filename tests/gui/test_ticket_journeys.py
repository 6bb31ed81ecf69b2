"""A technician's day on tickets, through the real window (issue 16): time a
ticket with the timer from its own window, log time on it with the same form
as New time entry, read its description, and open a ticket without being
asked to write to the client unless the form said so."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from sqlalchemy import func, select

from desktop.db.session import read_only, unit_of_work
from desktop.models import (
    Contract,
    ContractWorkType,
    RunningTimer,
    Ticket,
    TimeEntry,
    WorkType,
)
from desktop.views.main_window import MainWindow
from desktop.views.tickets.message_dialog import MessageDialog
from desktop.views.tickets.queue_page import QueuePage
from desktop.views.tickets.ticket_page import TicketPage
from desktop.views.time.quick_entry import QuickEntryDialog

# The offscreen platform cannot raise a window (the ticket window asks to).
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

T0 = dt.datetime(2026, 11, 4, 9, 12, 30)
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


class Clock:
    """The timer's time source, moved by the test."""

    def __init__(self, at: dt.datetime) -> None:
        self.at = at

    def __call__(self) -> dt.datetime:
        return self.at


def open_queue(qtbot, db, clock: Clock) -> tuple[MainWindow, QueuePage]:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.timer.clock = clock
    window.show()
    qtbot.waitExposed(window)
    window.show_page("tickets")
    page = window.pages["tickets"]
    assert isinstance(page, QueuePage)
    return window, page


def ticket_id(db, title: str) -> int:
    with read_only(db.sessions) as s:
        return s.scalar(select(Ticket.id).where(Ticket.title == title))


def open_ticket_with_enter(qtbot, queue: QueuePage, wanted: int) -> TicketPage:
    """Select the row and press Enter, as a person does."""
    queue.set_filter("all")
    assert queue.select_id(wanted)
    queue.table.setFocus()
    qtbot.keyClick(queue.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wanted in queue.windows)
    ticket = queue.windows[wanted]
    qtbot.addWidget(ticket)
    qtbot.waitExposed(ticket)
    ticket.activateWindow()
    qtbot.waitUntil(ticket.isActiveWindow)
    return ticket


def entry_dialog(qtbot, page: TicketPage) -> QuickEntryDialog:
    qtbot.waitUntil(lambda: isinstance(page.open_dialog, QuickEntryDialog))
    dialog = page.open_dialog
    assert isinstance(dialog, QuickEntryDialog) and dialog.isVisible()
    return dialog


def press_ok(qtbot, dialog) -> None:
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )


def test_timer_started_in_the_ticket_window_stops_into_that_tickets_entry(qtbot, small_db):
    clock = Clock(T0)
    window, queue = open_queue(qtbot, small_db, clock)
    printer = ticket_id(small_db, "Printer offline")
    ticket = open_ticket_with_enter(qtbot, queue, printer)
    assert ticket.actions["timer"].text() == "Start timer"

    qtbot.keyClick(ticket.timeline, Qt.Key.Key_T, CTRL_SHIFT)
    state = window.timer.state
    assert state is not None and state.ticket_id == printer
    assert state.client == "Acme Oy" and state.description == "Printer offline"
    assert ticket.actions["timer"].text() == "Stop timer"
    # The main window's status bar names the ticket being timed.
    window.timer.indicator.update_text()
    assert "Printer offline" in window.timer.indicator.label.text()

    clock.at = T0 + dt.timedelta(minutes=25)
    qtbot.keyClick(ticket.timeline, Qt.Key.Key_T, CTRL_SHIFT)
    dialog = entry_dialog(qtbot, ticket)
    assert dialog.client.currentText() == "Acme Oy"
    assert dialog.ticket.currentData() == printer
    assert dialog.work_type.currentText() == "Remote"  # not the first by name
    assert dialog.duration.text() == "0:25"  # 09:12:30 → 09:37:30
    press_ok(qtbot, dialog)

    with read_only(small_db.sessions) as s:
        assert s.scalar(select(func.count()).select_from(RunningTimer)) == 0
        entry = s.scalar(select(TimeEntry).order_by(TimeEntry.id.desc()).limit(1))
        assert (entry.ticket_id, entry.raw_minutes) == (printer, 25)
        assert entry.client_id == s.get(Ticket, printer).client_id
    assert ticket.actions["timer"].text() == "Start timer"
    assert "Logged 0:25 h Remote: Printer offline" in ticket.timeline.toPlainText()
    ticket.close()
    # The closed window is gone; the timer going on without it is fine.
    qtbot.waitUntil(lambda: printer not in queue.windows)
    window.timer.refresh()
    assert window.timer.start_for_ticket(printer) and window.timer.running


def test_toolbar_timer_follows_the_selected_ticket(qtbot, small_db):
    """A timer started on nothing (Time page) stops into the ticket selected
    in the queue; the toolbar's Start on a selected ticket times that one."""
    clock = Clock(T0)
    window, queue = open_queue(qtbot, small_db, clock)
    window.show_page("time")
    qtbot.mouseClick(window.pages["time"].timer_button, Qt.MouseButton.LeftButton)
    assert window.timer.state is not None and window.timer.state.client_id is None

    window.show_page("tickets")
    vpn = ticket_id(small_db, "VPN drops")
    queue.set_filter("all")
    assert queue.select_id(vpn)
    clock.at = T0 + dt.timedelta(minutes=40)
    qtbot.mouseClick(window.timer.indicator.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QuickEntryDialog))
    dialog = QApplication.activeModalWidget()
    assert dialog.client.currentText() == "Bergström Bygg"
    assert dialog.ticket.currentData() == vpn
    with qtbot.waitSignal(dialog.finished):
        dialog.reject()
    assert window.timer.running  # Cancel keeps the timer: nothing lost
    with unit_of_work(small_db.sessions) as s:
        s.execute(RunningTimer.__table__.delete())
    window.timer.refresh()

    qtbot.mouseClick(window.timer.indicator.button, Qt.MouseButton.LeftButton)
    assert window.timer.state is not None and window.timer.state.ticket_id == vpn


def test_log_time_in_the_ticket_window_is_the_time_entry_form(qtbot, small_db):
    """Ctrl+T opens New time entry for the ticket: 1:30 is understood, and
    the work type is the one the ticket's contract draws on."""
    printer = ticket_id(small_db, "Printer offline")
    with unit_of_work(small_db.sessions) as s:
        contract = s.scalar(select(Contract).where(Contract.name == "Prepaid 20 h"))
        onsite = s.scalar(select(WorkType.id).where(WorkType.code == "onsite"))
        s.add(ContractWorkType(contract_id=contract.id, work_type_id=onsite, role="consumes"))
        s.get(Ticket, printer).contract_id = contract.id
        contract_id = contract.id
    clock = Clock(T0)
    _window, queue = open_queue(qtbot, small_db, clock)
    ticket = open_ticket_with_enter(qtbot, queue, printer)

    qtbot.keyClick(ticket.timeline, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    dialog = entry_dialog(qtbot, ticket)
    assert dialog.windowTitle() == "New time entry"
    assert dialog.client.currentText() == "Acme Oy" and dialog.ticket.currentData() == printer
    assert dialog.work_type.currentText() == "On site"
    qtbot.keyClicks(dialog.duration, "1:30")
    assert dialog.end.text() == "10:42"  # 09:12 + 1:30
    qtbot.keyClicks(dialog.description, "Replaced the fuser")
    press_ok(qtbot, dialog)

    with read_only(small_db.sessions) as s:
        entry = s.scalar(select(TimeEntry).order_by(TimeEntry.id.desc()).limit(1))
        assert (entry.ticket_id, entry.contract_id, entry.raw_minutes) == (
            printer,
            contract_id,
            90,  # 1 h 30 min
        )
    assert "Logged 1:30 h On site: Replaced the fuser" in ticket.timeline.toPlainText()
    ticket.close()


def test_new_ticket_shows_its_description_and_asks_nothing_unasked(qtbot, small_db):
    window, queue = open_queue(qtbot, small_db, Clock(T0))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(queue.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: queue.open_dialog is not None and queue.open_dialog.isVisible())
    dialog = queue.open_dialog
    dialog.client_combo.setCurrentIndex(dialog.client_combo.findText("Dental Lund"))
    qtbot.keyClicks(dialog.title_edit, "Scanner to e-mail fails")
    qtbot.keyClicks(dialog.description_edit, "Since this morning, only the reception scanner")
    assert not dialog.acknowledge_check.isChecked()
    press_ok(qtbot, dialog)
    new_id = dialog.saved_id
    qtbot.waitUntil(lambda: new_id in queue.windows)
    ticket = queue.windows[new_id]
    qtbot.addWidget(ticket)
    qtbot.waitExposed(ticket)
    assert ticket.open_dialog is None  # no message popped up
    assert ticket.description_label.isVisible()
    assert ticket.description_label.text() == "Since this morning, only the reception scanner"
    ticket.close()

    # Ticked, the acknowledgement follows (and the choice is remembered).
    qtbot.keyClick(queue.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: queue.open_dialog is not dialog and queue.open_dialog.isVisible())
    second = queue.open_dialog
    qtbot.keyClicks(second.title_edit, "Second screen flickers")
    check = second.acknowledge_check
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))
    assert check.isChecked()
    press_ok(qtbot, second)
    qtbot.waitUntil(lambda: second.saved_id in queue.windows)
    other = queue.windows[second.saved_id]
    qtbot.addWidget(other)
    qtbot.waitUntil(lambda: isinstance(other.open_dialog, MessageDialog))
    assert not other.description_label.isVisible()  # no description, no empty line
    with qtbot.waitSignal(other.open_dialog.finished):
        other.open_dialog.reject()
    other.close()
    third = queue.new_ticket()
    assert third.acknowledge_check.isChecked()
    third.reject()


def test_ticket_window_fits_1024_by_700(qtbot, small_db):
    """Twelve quick actions do not widen the window: those that do not fit
    go to the tool bar's » menu, and every key still works."""
    _window, queue = open_queue(qtbot, small_db, Clock(T0))
    ticket = open_ticket_with_enter(qtbot, queue, ticket_id(small_db, "Printer offline"))
    ticket.resize(1024, 700)
    qtbot.waitUntil(lambda: ticket.width() == 1024)
    assert ticket.minimumSizeHint().width() <= 1024
    assert ticket.actions_bar.width() <= 1024
    keys = QWidget.actions(ticket)  # the window's own (`actions` is the dict)
    assert all(action in keys for action in ticket.actions.values())
    ticket.close()


def test_queue_at_1024_by_700_keeps_sla_and_due_in_sight(qtbot, small_db):
    window, queue = open_queue(qtbot, small_db, Clock(T0))
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.width() == 1024)
    header = queue.table.horizontalHeader()
    viewport = queue.table.viewport().width()
    for key in ("number", "title", "sla", "due"):
        section = queue.spec.column_index(key)
        right = header.sectionViewportPosition(section) + header.sectionSize(section)
        assert right <= viewport, (key, right, viewport)
    # The search box's hint is read whole.
    search = queue.search
    hint = search.fontMetrics().horizontalAdvance(search.placeholderText())
    assert hint < search.width() - 40  # the icon and the clear button take ~40 px
