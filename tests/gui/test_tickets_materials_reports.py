"""Through the ticket windows: materials logged from a ticket (catalogue or
free text, errors at the field) and the helpdesk reports (SLA per client,
feedback per technician and per client) agreeing with the services."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QToolButton
from sqlalchemy import select

from desktop.db.session import read_only
from desktop.models import Client, MaterialEntry, Product, Ticket, TicketEvent
from desktop.services.helpdesk import feedback, sla
from desktop.views.formatting import format_money
from desktop.views.tickets.queue_page import QueuePage
from desktop.views.tickets.reports_page import ReportsPage, preset_period
from desktop.views.tickets.ticket_page import TicketPage

# The offscreen platform cannot raise or activate real windows; it says so.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def queue(qtbot, demo_db) -> QueuePage:
    page = QueuePage(demo_db.sessions)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


def open_ticket(qtbot, queue: QueuePage, ticket_id: int) -> TicketPage:
    page = queue.open_ticket(ticket_id)
    qtbot.addWidget(page)
    qtbot.waitExposed(page)
    return page


def click_action(qtbot, page: TicketPage, key: str):
    action = page.actions[key]
    button = next(b for b in page.findChildren(QToolButton) if b.defaultAction() is action)
    assert action.isEnabled(), key
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.open_dialog is not None and page.open_dialog.isVisible())
    return page.open_dialog


def press_ok(qtbot, dialog) -> None:
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def open_sek_ticket(demo_db) -> tuple[int, Product]:
    """An open ticket of a client billed in the catalogue's currency."""
    with read_only(demo_db.sessions) as s:
        ticket_id = s.scalar(
            select(Ticket.id)
            .join(Client, Client.id == Ticket.client_id)
            .where(Client.currency == "SEK", Ticket.status == "open")
            .order_by(Ticket.id)
            .limit(1)
        )
        product = s.scalar(
            select(Product)
            .where(Product.currency == "SEK", Product.active == True)  # noqa: E712
            .order_by(Product.id)
            .limit(1)
        )
        s.expunge(product)
    assert ticket_id is not None and product is not None
    return ticket_id, product


def test_log_materials_from_the_ticket(qtbot, queue, demo_db):
    ticket_id, product = open_sek_ticket(demo_db)
    page = open_ticket(qtbot, queue, ticket_id)
    assert page.materials.model.rowCount() == 0 or page.materials.table.isVisible()
    before = page.materials.model.rowCount()

    # A catalogue product: its unit and price fill in; a bad quantity is
    # refused at the field and what was typed stays.
    dialog = click_action(qtbot, page, "material")
    dialog.product_combo.setCurrentIndex(dialog.product_combo.findData(product.id))
    assert dialog.price_edit.text() == f"{product.price_minor / 100:.2f}"
    assert dialog.unit_edit.text() == product.unit
    dialog.quantity_edit.clear()
    qtbot.keyClicks(dialog.quantity_edit, "two")
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "not a quantity" in dialog.error_text("quantity")
    assert dialog.quantity_edit.text() == "two"
    dialog.quantity_edit.clear()
    qtbot.keyClicks(dialog.quantity_edit, "2")
    with qtbot.waitSignal(dialog.finished):
        press_ok(qtbot, dialog)

    # Free text without a price: the price field says so.
    dialog = click_action(qtbot, page, "material")
    assert dialog.product_combo.currentData() is None
    qtbot.keyClicks(dialog.description_edit, "Patch cable Cat6 3 m")
    dialog.quantity_edit.clear()
    qtbot.keyClicks(dialog.quantity_edit, "1,5")
    dialog.unit_edit.setText("m")
    press_ok(qtbot, dialog)
    assert dialog.isVisible() and "price" in dialog.error_text("price")
    assert dialog.description_edit.text() == "Patch cable Cat6 3 m"
    qtbot.keyClicks(dialog.price_edit, "12.345")
    press_ok(qtbot, dialog)
    assert "decimals" in dialog.error_text("price")
    dialog.price_edit.setText("49.90")
    with qtbot.waitSignal(dialog.finished):
        press_ok(qtbot, dialog)

    # On the ticket: the table, the total, the facts and the timeline.
    model = page.materials.model
    assert model.rowCount() == before + 2
    assert page.materials.table.isVisible() and not page.materials.empty.isVisible()
    texts = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert product.name in texts and "Patch cable Cat6 3 m" in texts
    cable = texts.index("Patch cable Cat6 3 m")
    assert model.index(cable, 1).data() == "1.5 m"
    assert model.index(cable, 2).data() == "74.85 SEK"  # 1.5 × 49.90
    billable = sum(line.total_minor for line in model.rows() if line.billable)
    assert page.materials.total.text() == f"Billable: {format_money(billable, 'SEK')}"
    assert "Material: 1.5 m Patch cable Cat6 3 m (74.85 SEK)" in page.timeline.toPlainText()

    with read_only(demo_db.sessions) as s:
        rows = s.scalars(
            select(MaterialEntry)
            .where(MaterialEntry.ticket_id == ticket_id)
            .order_by(MaterialEntry.id.desc())
            .limit(2)
        ).all()
        cable_row, product_row = rows
        assert (cable_row.product_id, cable_row.quantity_milli, cable_row.unit_price_minor) == (
            None,
            1500,
            4990,
        )
        assert cable_row.unit == "m" and cable_row.billable
        assert (product_row.product_id, product_row.quantity_milli) == (product.id, 2000)
        assert product_row.unit_price_minor == product.price_minor
        assert product_row.technician_id == queue.me()
        ticket = s.get(Ticket, ticket_id)
        assert cable_row.client_id == ticket.client_id
        assert cable_row.contract_id == ticket.contract_id
        notes = s.scalars(
            select(TicketEvent.body).where(
                TicketEvent.ticket_id == ticket_id, TicketEvent.kind == "internal_note"
            )
        ).all()
        assert any(product.name in body for body in notes)


def test_material_shortcut_and_cancel_changes_nothing(qtbot, queue, demo_db):
    ticket_id, _product = open_sek_ticket(demo_db)
    page = open_ticket(qtbot, queue, ticket_id)
    count = page.materials.model.rowCount()
    page.activateWindow()
    page.actions["material"].trigger()  # what Ctrl+Shift+M does
    dialog = page.open_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert page.actions["material"].shortcut().toString() == "Ctrl+Shift+M"
    with qtbot.waitSignal(dialog.finished):
        dialog.reject()
    assert page.materials.model.rowCount() == count


def _by_id(rows):
    return {row.id if hasattr(row, "id") else row.client_id: row for row in rows}


def test_reports_show_the_services_figures(qtbot, qtmodeltester, queue, demo_db):
    qtbot.mouseClick(queue.reports_button, Qt.MouseButton.LeftButton)
    reports = queue.reports
    assert isinstance(reports, ReportsPage)
    qtbot.addWidget(reports)
    qtbot.waitExposed(reports)
    assert queue.open_reports() is reports  # one reports window

    start, end = dt.date(2026, 1, 1), dt.date(2026, 11, 20)
    reports.set_period(start, end)
    assert reports.preset_combo.currentData() == "custom"
    with read_only(demo_db.sessions) as s:
        expected_sla = sla.sla_report(s, start, end, dt.datetime.now())
        expected_tech = feedback.by_technician(s, start, end)
        expected_client = feedback.by_client(s, start, end)
        everyone = feedback.overall(s, start, end)
    assert expected_sla and expected_tech and expected_client

    for model in (reports.sla_model, reports.tech_model, reports.client_model):
        qtmodeltester.check(model)
    assert _by_id(reports.sla_model.rows()) == _by_id(expected_sla)
    assert reports.tech_model.rows() and _by_id(reports.tech_model.rows()) == _by_id(expected_tech)
    assert _by_id(reports.client_model.rows()) == _by_id(expected_client)

    # What the tables show, cell by cell, for the first client and technician.
    sla_model = reports.sla_model
    shown = {
        sla_model.index(r, 0).data(): [
            sla_model.index(r, c).data() for c in range(1, sla_model.columnCount())
        ]
        for r in range(sla_model.rowCount())
    }
    row = expected_sla[0]
    met = row.response_met + row.resolution_met
    breached = row.response_breached + row.resolution_breached
    assert shown[row.client] == [
        str(row.tickets),
        str(row.response_met),
        str(row.response_breached),
        str(row.resolution_met),
        str(row.resolution_breached),
        str(row.open_in_time),
        f"{round(100 * met / (met + breached))} %",
    ]
    tech_model = reports.tech_model
    tech_rows = {
        tech_model.index(r, 0).data(): (
            tech_model.index(r, 1).data(),
            tech_model.index(r, 2).data(),
        )
        for r in range(tech_model.rowCount())
    }
    first = expected_tech[0]
    responses, average = tech_rows[first.name]
    assert responses == str(first.responses) and average.startswith(f"{first.average:.2f}")
    client_names = {
        reports.client_model.index(r, 0).data() for r in range(reports.client_model.rowCount())
    }
    assert client_names == {c.name for c in expected_client}

    total_met = sum(r.response_met + r.resolution_met for r in expected_sla)
    total_breached = sum(r.response_breached + r.resolution_breached for r in expected_sla)
    assert reports.breach_tile.value.text() == str(total_breached)
    assert reports.sla_tile.value.text() == (
        f"{round(100 * total_met / (total_met + total_breached))} %"
    )
    assert reports.rating_tile.value.text() == f"{everyone.average:.2f} / 5"

    # Sorting by a column sorts the rows the table shows.
    reports.sla_table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    counts = [int(sla_model.index(r, 1).data()) for r in range(sla_model.rowCount())]
    assert counts == sorted(counts, reverse=True)

    # A narrower period agrees too; an inverted one is refused, the dates kept.
    reports.preset_combo.setCurrentIndex(reports.preset_combo.findData("last_month"))
    last_start, last_end = preset_period("last_month", dt.date.today())
    assert reports.period() == (last_start, last_end)
    with read_only(demo_db.sessions) as s:
        assert _by_id(reports.client_model.rows()) == _by_id(
            feedback.by_client(s, last_start, last_end)
        )
    reports.set_period(dt.date(2026, 6, 30), dt.date(2026, 6, 1))
    assert reports.period() == (dt.date(2026, 6, 30), dt.date(2026, 6, 1))
    assert reports.sla_model.rowCount() == 0
    assert reports.to_edit.property("invalid") is True
    assert "ends before it starts" in reports.sla_tile.note.text()


def test_preset_periods():
    today = dt.date(2026, 3, 15)
    assert preset_period("this_month", today) == (dt.date(2026, 3, 1), today)
    assert preset_period("last_month", today) == (dt.date(2026, 2, 1), dt.date(2026, 2, 28))
    assert preset_period("last_month", dt.date(2026, 1, 5)) == (
        dt.date(2025, 12, 1),
        dt.date(2025, 12, 31),
    )
    assert preset_period("this_year", today) == (dt.date(2026, 1, 1), today)
    start, end = preset_period("last_90_days", today)
    assert (end - start).days == 89 and end == today
