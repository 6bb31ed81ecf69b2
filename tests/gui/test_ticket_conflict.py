"""Two users edit the same ticket, each in their own ticket window: the
second save shows both versions side by side, keeps what was typed, and
lets the user take the other version per field before saving."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialogButtonBox, QToolButton
from sqlalchemy import select

from desktop.db.session import read_only
from desktop.models import Ticket, TicketEvent
from desktop.views.tickets.edit_dialog import EditTicketDialog
from desktop.views.tickets.ticket_page import TicketPage

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def printer_ticket(db) -> int:
    with read_only(db.sessions) as s:
        return s.scalar(select(Ticket.id).where(Ticket.title == "Printer offline"))


def open_window(qtbot, db, ticket_id: int) -> TicketPage:
    page = TicketPage(db.sessions, ticket_id, None)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


def open_edit(qtbot, page: TicketPage) -> EditTicketDialog:
    action = page.actions["edit"]
    button = next(b for b in page.findChildren(QToolButton) if b.defaultAction() is action)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.open_dialog is not None and page.open_dialog.isVisible())
    assert isinstance(page.open_dialog, EditTicketDialog)
    return page.open_dialog


def press_ok(qtbot, dialog) -> None:
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def save_and_close(qtbot, dialog) -> None:
    """OK, then wait until the window let go of the dialog (it deletes
    itself once closed), so the test ends with nothing pending."""
    with qtbot.waitSignal(dialog.finished):
        press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))


def rows(dialog) -> dict[str, tuple[str, str, bool]]:
    table = dialog.conflict_panel.table
    return {
        table.item(r, 0).text(): (
            table.item(r, 1).text(),
            table.item(r, 2).text(),
            table.item(r, 2).checkState() == Qt.CheckState.Checked,
        )
        for r in range(table.rowCount())
    }


def stored(db, ticket_id: int) -> tuple[str, str, str]:
    with read_only(db.sessions) as s:
        ticket = s.get(Ticket, ticket_id)
        return ticket.title, ticket.description, ticket.priority


def conflict(qtbot, db) -> tuple[TicketPage, EditTicketDialog, int]:
    """Anna and Olle open the same ticket and its edit form; Olle saves
    first (priority and description), then Anna presses OK."""
    ticket_id = printer_ticket(db)
    anna_page, olle_page = open_window(qtbot, db, ticket_id), open_window(qtbot, db, ticket_id)
    anna, olle = open_edit(qtbot, anna_page), open_edit(qtbot, olle_page)
    olle.priority_combo.setCurrentIndex(olle.priority_combo.findData("urgent"))
    olle.description_edit.setPlainText("Toner empty, ordered")
    save_and_close(qtbot, olle)
    anna.title_edit.setText("Printer offline, floor 2")
    anna.description_edit.setPlainText("Cable unplugged?")
    press_ok(qtbot, anna)
    return anna_page, anna, ticket_id


def test_the_edit_action_has_a_shortcut_of_its_own(qtbot, small_db):
    page = open_window(qtbot, small_db, printer_ticket(small_db))
    shortcuts = [a.shortcut().toString() for a in page.actions.values()]
    assert page.actions["edit"].shortcut() == QKeySequence("F2")
    assert shortcuts.count("F2") == 1
    dialog = open_edit(qtbot, page)
    dialog.title_edit.setText("Printer offline again")
    save_and_close(qtbot, dialog)
    assert page.title_label.text() == "Printer offline again"
    assert "Title: Printer offline → Printer offline again" in page.timeline.toPlainText()


def test_the_second_save_shows_both_versions_and_keeps_the_typing(qtbot, small_db):
    _page, anna, ticket_id = conflict(qtbot, small_db)
    assert anna.isVisible() and anna.saved_id is None
    assert "Someone else changed this ticket" in anna.banner.text()
    assert anna.conflict_panel.isVisibleTo(anna)
    shown = rows(anna)
    # Only Olle changed the priority: ticked. Only Anna the title, both the
    # description: unticked, so hers are kept unless she chooses.
    assert shown["Priority"] == ("High", "Urgent", True)
    assert shown["Title"] == ("Printer offline, floor 2", "Printer offline", False)
    assert shown["Description"] == ("Cable unplugged?", "Toner empty, ordered", False)
    assert anna.title_edit.text() == "Printer offline, floor 2"
    assert stored(small_db, ticket_id) == ("Printer offline", "Toner empty, ordered", "urgent")


def test_taking_theirs_per_field_then_saving(qtbot, small_db):
    page, anna, ticket_id = conflict(qtbot, small_db)
    anna.conflict_panel.set_ticked("description", True)
    qtbot.mouseClick(anna.conflict_panel.use_ticked, Qt.MouseButton.LeftButton)
    assert not anna.conflict_panel.isVisibleTo(anna)
    assert anna.description_edit.toPlainText() == "Toner empty, ordered"
    assert anna.priority_combo.currentData() == "urgent"
    save_and_close(qtbot, anna)
    assert stored(small_db, ticket_id) == (
        "Printer offline, floor 2",
        "Toner empty, ordered",
        "urgent",
    )
    assert page.title_label.text() == "Printer offline, floor 2"
    with read_only(small_db.sessions) as s:
        edits = s.scalars(
            select(TicketEvent.body).where(
                TicketEvent.ticket_id == ticket_id, TicketEvent.body.like("Edited%")
            )
        ).all()
    assert len(edits) == 2  # Olle's and Anna's, each with what it changed


def test_keeping_all_mine_saves_over_theirs_on_purpose(qtbot, small_db):
    _page, anna, ticket_id = conflict(qtbot, small_db)
    qtbot.mouseClick(anna.conflict_panel.keep_mine, Qt.MouseButton.LeftButton)
    assert "Press OK" in anna.banner.text()
    save_and_close(qtbot, anna)
    assert stored(small_db, ticket_id) == ("Printer offline, floor 2", "Cable unplugged?", "high")


def test_a_quick_action_that_raced_another_save_can_be_retried(qtbot, small_db, monkeypatch):
    """Quick actions read the ticket as it is now and apply on top; only a
    save racing another on the same row is refused. The dialog says so,
    keeps the choice, and OK again applies it."""
    from desktop.services.common.record_rules import VersionConflict
    from desktop.services.helpdesk import tickets as ticket_service

    ticket_id = printer_ticket(small_db)
    page = open_window(qtbot, small_db, ticket_id)
    real_assign = ticket_service.assign
    calls = []

    def racing_assign(*args, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            raise VersionConflict("Someone else changed this record while you saved.")
        return real_assign(*args, **kwargs)

    monkeypatch.setattr(ticket_service, "assign", racing_assign)
    page.commands.assign()
    dialog = page.open_dialog
    qtbot.waitUntil(dialog.isVisible)
    olle = dialog.tech_combo.findText("Olle Nilsson")
    dialog.tech_combo.setCurrentIndex(olle)
    press_ok(qtbot, dialog)
    assert dialog.isVisible() and "at the same moment" in dialog.banner.text()
    assert dialog.tech_combo.currentIndex() == olle
    save_and_close(qtbot, dialog)
    with read_only(small_db.sessions) as s:
        ticket = s.get(Ticket, ticket_id)
        assert ticket.assigned_technician_id is not None
    assert page.facts.values["assignee"].text() == "Olle Nilsson"
