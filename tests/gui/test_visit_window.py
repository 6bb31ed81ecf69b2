"""An on-site visit through the window: pick client and site, arrival and
departure, add work and a material, the customer signs with the mouse and
types their name, and the report PDF is produced and previewed."""

from __future__ import annotations

import datetime as dt
import io
import math

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from desktop.db.session import read_only
from desktop.models import Client, MaterialEntry, Product, Site, TimeEntry, Visit
from desktop.services.records.visits import PNG_MAGIC
from desktop.views.main_window import MainWindow
from desktop.views.visits.visit_editor import VisitEditor
from desktop.views.visits.visits_page import VisitsPage

NOW = dt.datetime(2026, 11, 19, 10, 0)

# The catalogue picker's search list is a popup; the offscreen platform
# warns that it cannot raise it or grab the keyboard for it.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def first_word(text: str) -> str:
    """What to type in a list to pick `text`: a space would open the list."""
    return text.split(" ")[0]


def pick_client(db) -> tuple[str, str, str]:
    """A client with a site and a catalogue product in its currency, each the
    first in its list to start with its first word."""
    with read_only(db.sessions) as s:
        clients = s.scalars(
            select(Client).where(Client.archived == False).order_by(Client.name)  # noqa: E712
        ).all()
        products = s.scalars(
            select(Product).where(Product.active == True).order_by(Product.name)  # noqa: E712
        ).all()
        for client in clients:
            if next(c for c in clients if c.name.startswith(first_word(client.name))) != client:
                continue
            site = s.scalar(
                select(Site.name)
                .where(Site.client_id == client.id, Site.archived == False)  # noqa: E712
                .order_by(Site.name)
            )
            product = next(
                (
                    p.name
                    for p in products
                    if p.currency == client.currency
                    and next(q for q in products if q.name.startswith(first_word(p.name))) is p
                ),
                None,
            )
            # QTest types ASCII only; the keyboard search needs the whole name.
            if site and product and client.name.isascii() and product.isascii():
                return client.name, site, product
    raise AssertionError("the demo shop has no client with a site")


def open_editor(qtbot, db) -> tuple[MainWindow, VisitEditor]:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.timer.clock = lambda: NOW
    window.show()
    window.show_page("visits")
    page = window.pages["visits"]
    assert isinstance(page, VisitsPage)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.editor
    return window, page.editor


def retype(qtbot, field, text: str) -> None:
    field.clear()
    qtbot.keyClicks(field, text)


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_visit_refuses_bad_input_at_the_field_and_keeps_it(qtbot, qtmodeltester, demo_db):
    window, editor = open_editor(qtbot, demo_db)
    qtmodeltester.check(window.pages["visits"].model)
    retype(qtbot, editor.arrived, "yesterday")
    click(qtbot, editor.save_button)
    assert "not a date and time" in editor.visit_form.error_text("arrived")
    assert editor.arrived.text() == "yesterday"
    retype(qtbot, editor.arrived, "2026-11-19 09:00")
    click(qtbot, editor.save_button)
    assert editor.visit_form.error_text("client") == "Pick the client."
    assert editor.visit_id is None and not editor.add_work_button.isEnabled()


def test_visit_signed_with_the_mouse_ends_up_in_the_report(qtbot, demo_db):
    client, site, product = pick_client(demo_db)
    _window, editor = open_editor(qtbot, demo_db)

    qtbot.keyClicks(editor.client, first_word(client))
    assert editor.client.currentText() == client
    assert editor.site.currentText().startswith(site)
    retype(qtbot, editor.arrived, "2026-11-19 09:00")
    retype(qtbot, editor.departed, "11:15")
    retype(qtbot, editor.travel_time, "0:40")
    retype(qtbot, editor.distance, "23.5")
    qtbot.keyClicks(editor.summary, "Printer fixed, toner replaced")
    click(qtbot, editor.save_button)
    assert editor.visit_id is not None and editor.title.text() == f"Visit {editor.visit_id}"
    assert editor.add_work_button.isEnabled()

    # Work on the client's first open ticket (when it has one), then a material.
    qtbot.keyClick(editor.work_ticket, Qt.Key.Key_Down)
    ticket_text = editor.work_ticket.currentText()
    retype(qtbot, editor.work_start, "2026-11-19 09:05")
    retype(qtbot, editor.work_duration, "1:15")
    qtbot.keyClicks(editor.work_description, "Replaced the toner and fuser")
    click(qtbot, editor.add_work_button)
    assert editor.work_table.rowCount() == 1
    assert editor.work_table.item(0, 3).text() == "1:15"
    # On the day of the visit the start is the time alone; long texts show whole on hover.
    assert editor.work_table.item(0, 2).text() == "09:05"
    description = editor.work_table.item(0, 4)
    assert description.toolTip() == description.text() == "Replaced the toner and fuser"
    assert editor.work_start.text() == "2026-11-19 10:20"  # the next piece starts here

    click(qtbot, editor.add_material_button)  # nothing picked yet
    assert "catalogue" in editor.material_form.error_text("product")
    qtbot.keyClicks(editor.product, first_word(product))
    retype(qtbot, editor.quantity, "2")
    click(qtbot, editor.add_material_button)
    assert editor.material_table.rowCount() == 1
    assert editor.material_table.item(0, 0).text() == product
    # A line added by mistake comes off again.
    qtbot.keyClick(editor.product, Qt.Key.Key_Down)
    click(qtbot, editor.add_material_button)
    assert editor.material_table.rowCount() == 2
    editor.material_table.selectRow(1)
    click(qtbot, editor.remove_material_button)
    assert editor.material_table.rowCount() == 1

    # The customer signs: a stroke of simulated mouse moves across the pad.
    pad = editor.pad
    assert pad.is_empty()
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(30, 70))
    for x in range(30, 300, 6):
        qtbot.mouseMove(pad, QPoint(x, 70 + int(22 * math.sin(x / 18))))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(300, 60))
    assert not pad.is_empty() and len(pad.strokes[0]) > 20
    qtbot.keyClicks(editor.signer, "Greta Lindqvist")

    with qtbot.waitSignal(editor.reportReady, timeout=30_000):
        click(qtbot, editor.report_button)
    assert editor.preview_stack.currentWidget() is editor.pdf_view
    assert editor.pdf_document.pageCount() >= 1
    assert editor.signed_note.isVisible() and "Greta Lindqvist" in editor.signed_note.text()

    with read_only(demo_db.sessions) as s:
        visit = s.get(Visit, editor.visit_id)
        assert visit.signer_name == "Greta Lindqvist" and visit.signed_at == NOW
        assert (visit.travel_minutes, visit.travel_distance_m) == (40, 23500)
        assert visit.departed_at == dt.datetime(2026, 11, 19, 11, 15)
        png = visit.signature_png
        work = s.scalars(select(TimeEntry).where(TimeEntry.visit_id == visit.id)).all()
        assert [(w.raw_minutes, w.on_site) for w in work] == [(75, True)]
        if ticket_text != "(no ticket)":
            assert work[0].ticket_id is not None
        materials = s.scalars(select(MaterialEntry).where(MaterialEntry.visit_id == visit.id))
        assert [m.quantity_milli for m in materials] == [2000]
    assert png is not None and png.startswith(PNG_MAGIC)
    image = QImage.fromData(png)
    assert image.hasAlphaChannel() and image.pixelColor(0, 0).alpha() == 0  # transparent

    reader = PdfReader(io.BytesIO(editor.pdf_bytes))
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Greta Lindqvist" in text and "Replaced the toner and fuser" in text
    sizes = {(i.image.width, i.image.height) for page in reader.pages for i in page.images}
    assert (image.width(), image.height()) in sizes  # the signature, as drawn


def test_signature_pad_takes_touch_and_pen(qtbot):
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QPointingDevice, QTabletEvent
    from PySide6.QtTest import QTest

    from desktop.views.visits.signature_pad import SignaturePad

    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.show()
    qtbot.waitUntil(pad.isVisible)

    # A finger: one touch point pressed, moved and lifted.
    screen = QTest.createTouchDevice()
    sequence = QTest.touchEvent(pad, screen)
    sequence.press(0, QPoint(20, 40)).commit()
    for x in range(30, 200, 10):
        QTest.touchEvent(pad, screen).move(0, QPoint(x, 40 + x % 20)).commit()
    with qtbot.waitSignal(pad.changed):
        QTest.touchEvent(pad, screen).release(0, QPoint(200, 50)).commit()
    assert len(pad.strokes) == 1 and len(pad.strokes[0]) > 10

    # A pen: tablet events, which Qt would otherwise turn into mouse events.
    pen = QPointingDevice.primaryPointingDevice()
    for kind, x in [
        (QEvent.Type.TabletPress, 40),
        *[(QEvent.Type.TabletMove, x) for x in range(50, 150, 10)],
        (QEvent.Type.TabletRelease, 150),
    ]:
        point = QPointF(x, 90)
        event = QTabletEvent(
            kind,
            pen,
            point,
            pad.mapToGlobal(point),
            0.6,
            0.0,
            0.0,
            0.0,
            0.0,
            0.0,
            Qt.KeyboardModifier.NoModifier,
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton
            if kind != QEvent.Type.TabletRelease
            else Qt.MouseButton.NoButton,
        )
        QApplication.sendEvent(pad, event)
    assert len(pad.strokes) == 2 and len(pad.strokes[1]) > 5
    png = pad.to_png()
    assert png.startswith(PNG_MAGIC)
    pad.clear()
    assert pad.is_empty() and pad.to_png() == b""
