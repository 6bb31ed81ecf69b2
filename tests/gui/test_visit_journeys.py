"""The visit form through the window (issue 16): leaving a half-filled visit
asks (save / discard / stay) and loses nothing, and the visit says when its
travel will not reach an invoice, and why."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select, update

from desktop.db.session import read_only, unit_of_work
from desktop.models import Client, Contract, Site, TimeEntry, Visit
from desktop.views.main_window import MainWindow
from desktop.views.visits.visit_editor import VisitEditor
from desktop.views.visits.visits_page import VisitsPage

# The offscreen platform prints this whenever a dialog opens.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

NOW = dt.datetime(2026, 11, 19, 10, 0)


@pytest.fixture
def shop_with_site(small_db):
    """The small shop, with a site for Dental Lund 12 km and 20 minutes away."""
    with unit_of_work(small_db.sessions) as s:
        client = s.scalar(select(Client).where(Client.name == "Dental Lund"))
        s.add(
            Site(
                client_id=client.id,
                name="Reception",
                country="SE",
                distance_m=12_000,
                travel_minutes=20,
            )
        )
    return small_db


def open_visits(qtbot, db) -> tuple[VisitsPage, VisitEditor]:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.timer.clock = lambda: NOW
    window.show()
    qtbot.waitExposed(window)
    window.show_page("visits")
    page = window.pages["visits"]
    assert isinstance(page, VisitsPage)
    return page, page.editor


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def new_visit(qtbot, page: VisitsPage) -> None:
    click(qtbot, page.new_button)
    assert page.stack.currentWidget() is page.editor


def answer(qtbot, editor: VisitEditor, button: QMessageBox.StandardButton) -> None:
    """Press ‹ All visits, see the question, click `button`."""
    click(qtbot, editor.back_button)
    box = editor.leave_box
    assert box is not None and box.isVisible()
    with qtbot.waitSignal(box.finished):
        click(qtbot, box.button(button))


def visits(db) -> int:
    with read_only(db.sessions) as s:
        return s.scalar(select(func.count()).select_from(Visit))


def test_leaving_a_half_filled_visit_asks_and_loses_nothing(qtbot, shop_with_site):
    db = shop_with_site
    page, editor = open_visits(qtbot, db)
    new_visit(qtbot, page)
    qtbot.keyClicks(editor.client, "Dental")
    assert editor.site.currentText() == "Reception"
    qtbot.keyClicks(editor.summary, "Router replaced")

    # Stay: the form is still there, as typed.
    answer(qtbot, editor, QMessageBox.StandardButton.Cancel)
    assert page.stack.currentWidget() is editor
    assert editor.summary.toPlainText() == "Router replaced"
    # Discard: back to the list, nothing saved.
    answer(qtbot, editor, QMessageBox.StandardButton.Discard)
    assert page.stack.currentIndex() == 0 and visits(db) == 0

    # Save and go back: the visit is saved.
    new_visit(qtbot, page)
    # (Typing "Dental" again at once would extend the combo's type-ahead.)
    editor.client.setCurrentIndex(editor.client.findText("Dental Lund"))
    qtbot.keyClicks(editor.summary, "Router replaced")
    answer(qtbot, editor, QMessageBox.StandardButton.Save)
    assert page.stack.currentIndex() == 0 and visits(db) == 1

    # A saved visit left untouched: no question.
    with read_only(db.sessions) as s:
        visit_id = s.scalar(select(Visit.id))
        assert s.get(Visit, visit_id).work_summary == "Router replaced"
    page.open_visit(visit_id)
    click(qtbot, editor.back_button)
    assert editor.leave_box is None and page.stack.currentIndex() == 0

    # A work line typed but not added is kept by Save too.
    page.open_visit(visit_id)
    editor.work_start.setText("2026-11-19 10:00")
    qtbot.keyClicks(editor.work_duration, "0:30")
    qtbot.keyClicks(editor.work_description, "Swapped the router")
    answer(qtbot, editor, QMessageBox.StandardButton.Save)
    assert page.stack.currentIndex() == 0
    with read_only(db.sessions) as s:
        entry = s.scalar(select(TimeEntry).where(TimeEntry.visit_id == visit_id))
        assert (entry.raw_minutes, entry.description) == (30, "Swapped the router")

    # A signature drawn and a name typed are kept by Save as well.
    page.open_visit(visit_id)
    pad = editor.pad
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(30, 60))
    for x in range(30, 240, 6):
        qtbot.mouseMove(pad, QPoint(x, 60 + x % 17))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(240, 50))
    assert not pad.is_empty()
    qtbot.keyClicks(editor.signer, "Eva Lund")
    answer(qtbot, editor, QMessageBox.StandardButton.Save)
    assert page.stack.currentIndex() == 0
    with read_only(db.sessions) as s:
        visit = s.get(Visit, visit_id)
        assert visit.signer_name == "Eva Lund" and visit.signature_png
    # Opened again, the stored signature asks nothing on leaving.
    page.open_visit(visit_id)
    click(qtbot, editor.back_button)
    assert editor.leave_box is None and page.stack.currentIndex() == 0


def test_visit_says_why_its_travel_is_not_invoiced(qtbot, shop_with_site):
    db = shop_with_site
    page, editor = open_visits(qtbot, db)
    new_visit(qtbot, page)
    assert not editor.travel_note.isVisible()  # nothing to say before it is saved
    qtbot.keyClicks(editor.client, "Dental")
    assert editor.travel_time.text() == "0:20"  # the site's usual travel
    click(qtbot, editor.save_button)
    assert editor.visit_id is not None
    assert editor.travel_note.isVisible()
    assert "not logged under a contract" in editor.travel_note.text()

    # Work under a contract without travel terms: the note names it.
    editor.work_start.setText("2026-11-19 10:00")
    qtbot.keyClicks(editor.work_duration, "1:00")
    qtbot.keyClicks(editor.work_description, "Network check")
    click(qtbot, editor.add_work_button)
    with unit_of_work(db.sessions) as s:
        client_id = s.scalar(select(Client.id).where(Client.name == "Dental Lund"))
        contract = Contract(
            client_id=client_id,
            name="Dental support",
            kind="time_materials",
            starts_on=dt.date(2026, 1, 1),
            currency="SEK",
        )
        s.add(contract)
        s.flush()
        s.execute(
            update(TimeEntry)
            .where(TimeEntry.visit_id == editor.visit_id)
            .values(contract_id=contract.id)
        )
        contract_id = contract.id
    page.open_visit(editor.visit_id)
    assert "the contract Dental support has no travel terms" in editor.travel_note.text()

    # With a trip fee the travel is invoiced: nothing to explain.
    with unit_of_work(db.sessions) as s:
        s.get(Contract, contract_id).trip_fee_minor = 25_000
    page.open_visit(editor.visit_id)
    assert not editor.travel_note.isVisible()
