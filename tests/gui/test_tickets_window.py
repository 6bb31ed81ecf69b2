"""A helpdesk day through the window: open a ticket, notes, escalate to a
vendor, resolve, save the resolution message as .eml, record feedback; the
queue filters and the knowledge base."""

from __future__ import annotations

import email
from email import policy

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QToolButton
from sqlalchemy import func, select

from desktop.db.session import read_only
from desktop.models import Client, Feedback, Ticket, TicketEvent
from desktop.views.main_window import MainWindow
from desktop.views.tickets.knowledge_page import KnowledgePage
from desktop.views.tickets.message_dialog import MessageDialog
from desktop.views.tickets.queue_page import QueuePage
from desktop.views.tickets.ticket_page import TicketPage


def open_queue(qtbot, db) -> tuple[MainWindow, QueuePage]:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("tickets")
    page = window.pages["tickets"]
    assert isinstance(page, QueuePage)
    return window, page


def click_ok(qtbot, dialog) -> None:
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def click_action(qtbot, page: TicketPage, key: str):
    """Click the quick-action button and return the dialog it opened."""
    action = page.actions[key]
    button = next(b for b in page.findChildren(QToolButton) if b.defaultAction() is action)
    assert action.isEnabled(), key
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.open_dialog is not None and page.open_dialog.isVisible())
    return page.open_dialog


def test_queue_model_and_saved_filters(qtbot, qtmodeltester, demo_db):
    _window, page = open_queue(qtbot, demo_db)
    qtmodeltester.check(page.model)
    assert page.model.rowCount() > 0
    sla_column = page.spec.column_index("sla")
    for key in ("attention", "waiting_customer", "waiting_vendor", "unassigned", "resolved"):
        page.set_filter(key)
        assert page.model.filter_key == key
        qtmodeltester.check(page.model)
    page.set_filter("resolved")
    codes = {
        page.model.index(r, sla_column).data(page.model.SortRole)
        for r in range(page.model.rowCount())
    }
    assert codes <= {"met", "breached", "none"}
    page.set_filter("tier", tier=3)
    assert page.tier_combo.isVisible()
    tiers = {
        page.model.index(r, page.spec.column_index("tier")).data(page.model.SortRole)
        for r in range(page.model.rowCount())
    }
    assert tiers <= {3}
    page.set_filter("all")
    # Full-text search through the search box (FTS5 on SQLite).
    qtbot.keyClicks(page.search, "printer")
    # Enter searches at once (the pause timer is tested by the list pages).
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.filter_text == "printer")
    assert page.model.rowCount() > 0


# The offscreen platform cannot raise or resize real windows; it says so.
@pytest.mark.qt_log_ignore("This plugin does not support")
def test_a_ticket_from_opening_to_feedback(qtbot, demo_db, tmp_path, monkeypatch):
    _window, page = open_queue(qtbot, demo_db)
    with read_only(demo_db.sessions) as s:
        client_name = s.scalar(
            select(Client.name)
            .where(Client.archived == False)  # noqa: E712
            .order_by(Client.name)
            .limit(1)
        )

    # New ticket (Ctrl+N opens the same dialog as the button).
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.open_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.client_combo.setCurrentIndex(dialog.client_combo.findText(client_name))
    qtbot.keyClicks(dialog.title_edit, "Scanner to e-mail fails")
    qtbot.keyClicks(dialog.description_edit, "Since this morning")
    dialog.priority_combo.setCurrentIndex(dialog.priority_combo.findData("high"))
    assert not dialog.acknowledge_check.isChecked()  # nothing pops up unasked
    qtbot.mouseClick(dialog.acknowledge_check, Qt.MouseButton.LeftButton)
    click_ok(qtbot, dialog)
    ticket_id = dialog.saved_id
    qtbot.waitUntil(lambda: ticket_id in page.windows)
    ticket = page.windows[ticket_id]
    qtbot.addWidget(ticket)
    qtbot.waitExposed(ticket)
    assert ticket.number_label.text().startswith("T")
    # The acknowledgement asked for on the form opens at once; not this time.
    qtbot.waitUntil(lambda: isinstance(ticket.open_dialog, MessageDialog))
    ack = ticket.open_dialog
    assert ticket.number_label.text() in ack.subject_edit.text()
    with qtbot.waitSignal(ack.finished):
        ack.reject()

    note = click_action(qtbot, ticket, "note")
    qtbot.keyClicks(note.text_edit, "Checked the SMTP log")
    click_ok(qtbot, note)
    reply = click_action(qtbot, ticket, "reply")
    assert reply.public_check.isChecked()
    qtbot.keyClicks(reply.text_edit, "We are looking at the scanner now")
    click_ok(qtbot, reply)
    assert "Checked the SMTP log" in ticket.timeline.toPlainText()
    assert ticket.facts.values["response"].text() != "Not yet"

    # Escalate to tier 4: the vendor's case is required.
    escalate = click_action(qtbot, ticket, "escalate")
    escalate.tier_combo.setCurrentIndex(escalate.tier_combo.findData(4))
    assert escalate.vendor_edit.isVisible()
    qtbot.keyClicks(escalate.reason_edit, "Firmware bug in the scanner")
    qtbot.keyClicks(escalate.vendor_edit, "Brother")
    qtbot.mouseClick(
        escalate.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert escalate.isVisible() and escalate.error_text("case")
    qtbot.keyClicks(escalate.case_edit, "BR-778812")
    escalate.promised_check.setChecked(True)
    click_ok(qtbot, escalate)
    assert ticket.facts.values["vendor_case"].text() == "BR-778812"
    assert ticket.facts.values["status"].text() == "Waiting for vendor"
    assert "Escalated: tier 1 → 4" in ticket.timeline.toPlainText()
    page.set_filter("waiting_vendor")
    assert page.select_id(ticket_id)

    # Resolve; the resolution message follows and is saved as .eml.
    resolve = click_action(qtbot, ticket, "resolve")
    qtbot.keyClicks(resolve.resolution_edit, "Brother firmware 1.2 installed")
    click_ok(qtbot, resolve)
    qtbot.waitUntil(lambda: isinstance(ticket.open_dialog, MessageDialog))
    message = ticket.open_dialog
    assert message.kind_combo.currentData() == "resolution"
    assert "Brother firmware 1.2 installed" in message.body_edit.toPlainText()
    target = tmp_path / "resolution.eml"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    with qtbot.waitSignal(message.finished):
        qtbot.mouseClick(message.save_button, Qt.MouseButton.LeftButton)
    saved = email.message_from_bytes(target.read_bytes(), policy=policy.default)
    assert ticket.number_label.text() in saved["Subject"]

    feedback = click_action(qtbot, ticket, "feedback")
    feedback.rating_combo.setCurrentIndex(feedback.rating_combo.findData(4))
    qtbot.keyClicks(feedback.comment_edit, "Fast and friendly")
    click_ok(qtbot, feedback)
    assert ticket.facts.values["feedback"].text().startswith("★★★★☆")

    with read_only(demo_db.sessions) as s:
        row = s.get(Ticket, ticket_id)
        assert (row.status, row.tier, row.vendor_name) == ("resolved", 4, "Brother")
        assert row.priority == "high" and row.vendor_promised_on is not None
        kinds = s.scalars(
            select(TicketEvent.kind)
            .where(TicketEvent.ticket_id == ticket_id)
            .order_by(TicketEvent.at, TicketEvent.id)
        ).all()
        assert {"internal_note", "public_note", "escalation", "message_sent", "feedback"} <= set(
            kinds
        )
        assert (
            s.scalar(
                select(func.count()).select_from(Feedback).where(Feedback.ticket_id == ticket_id)
            )
            == 1
        )
    ticket.close()


def test_knowledge_base_page(qtbot, demo_db):
    window, _page = open_queue(qtbot, demo_db)
    window.show_page("knowledge")
    kb = window.pages["knowledge"]
    assert isinstance(kb, KnowledgePage)
    assert kb.results.count() > 0
    qtbot.keyClicks(kb.search, "spooler")
    qtbot.keyClick(kb.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: kb.results.count() >= 1 and "Spooler" in kb.results.item(0).text())
    assert "Symptoms" in kb.view.toPlainText()
    kb.search.setText("zzzz-nothing")
    kb.refresh()
    assert kb.results.count() == 0 and not kb.edit_button.isEnabled()


def focus_sidebar(qtbot, window: MainWindow) -> None:
    window.sidebar.setFocus()
    qtbot.waitUntil(window.sidebar.hasFocus)


@pytest.mark.parametrize("key", ["tickets", "knowledge"])
def test_page_keys_work_with_the_focus_outside_the_page(qtbot, small_db, key):
    """Ctrl+F and F5 answer while the focus is in the sidebar (as the
    Actions menu's keys do), not only inside the page."""
    window = MainWindow(small_db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_page(key)
    page = window.pages[key]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    focus_sidebar(qtbot, window)
    assert not page.isAncestorOf(QApplication.focusWidget())

    qtbot.keyClick(window.sidebar, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(page.search.hasFocus)

    if key == "knowledge":
        page.search.setText("printer")  # the pause timer would search later
        assert page._timer.isActive()
        focus_sidebar(qtbot, window)
        qtbot.keyClick(window.sidebar, Qt.Key.Key_F5)
        assert not page._timer.isActive()  # F5 searched now
    else:
        focus_sidebar(qtbot, window)
        qtbot.keyClick(window.sidebar, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: page.open_dialog is not None and page.open_dialog.isVisible())
        page.open_dialog.reject()
