"""The queue remembers its saved filter between sessions and re-reads the
SLA states on its own without losing the user's place."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.db.session import unit_of_work
from desktop.models import Ticket
from desktop.services.helpdesk import tickets as ticket_service
from desktop.views.tickets.queue_page import SLA_REFRESH_MS, QueuePage

# The offscreen platform cannot size a top-level page's window; it says so.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def make_queue(qtbot, db) -> QueuePage:
    page = QueuePage(db.sessions)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_the_last_filter_comes_back(qtbot, demo_db):
    first = make_queue(qtbot, demo_db)
    first.set_filter("tier", tier=3)
    first.close()
    second = make_queue(qtbot, demo_db)
    assert second.filter_combo.currentData() == "tier"
    assert second.tier_combo.currentData() == 3 and second.tier_combo.isVisible()
    assert second.model.filter_key == "tier"
    tiers = {
        second.model.index(r, second.spec.column_index("tier")).data(second.model.SortRole)
        for r in range(second.model.rowCount())
    }
    assert tiers == {3}


def test_sla_states_refresh_in_place(qtbot, demo_db):
    page = make_queue(qtbot, demo_db)
    assert page.sla_timer.isActive() and page.sla_timer.interval() == SLA_REFRESH_MS
    page.set_filter("open")
    sla_column = page.spec.column_index("sla")
    model = page.model
    row = next(
        r
        for r in range(model.rowCount())
        if model.index(r, sla_column).data(model.SortRole) in ("overdue", "at_risk", "on_track")
    )
    ticket_id = model.row_id(row)
    assert page.select_id(ticket_id)
    # Meanwhile, in another window (or on another computer): the client is
    # asked a question, so the clock pauses.
    with unit_of_work(demo_db.sessions) as s:
        ticket = s.scalar(select(Ticket).where(Ticket.id == ticket_id))
        ticket_service.set_status(s, ticket, "waiting_customer", who=None, reason="Asked")
    scrollbar = page.table.verticalScrollBar()
    position = scrollbar.value()
    page.sla_timer.timeout.emit()  # what the timer does every minute
    assert page.selected_id() == ticket_id
    assert scrollbar.value() == position
    new_row = model.find_row(ticket_id)
    assert model.index(new_row, sla_column).data(model.SortRole) == "paused"
