"""Workflow screenshots of the technician and the office manager: the
timer and a quick entry on the Time page, an on-site visit signed and its
report, the prepaid overview with a top-up, the dashboard and the settings
a shop fills in on its first day. Each function drives the real widgets,
as a person would, and saves what the window shows."""

from __future__ import annotations

import datetime as dt
import math

from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QComboBox, QScrollArea, QSplitter, QTableView
from screenshot_common import Shots, park_cursor, settle, wait_until

from desktop.db.session import read_only
from desktop.services.records.timer import ticket_choices
from desktop.views.main_window import MainWindow

# What the person types, in the language of the screenshots.
TYPED = {
    "en": {
        "entry": "Cleared the stuck print queue on the reception PC",
        "timer": "Outlook keeps asking for the password",
        "summary": "Replaced the failed switch in the server cupboard and re-patched "
        "reception. All desks tested.",
        "work1": "Replaced the failed 24-port switch",
        "work2": "Re-patched reception, tested every desk",
        "signer": "ANNA LINDGREN",
        "topup_note": "Order 2026-118",
        "smtp_host": "smtp.office365.com",
        "smtp_user": "billing@vastkust-it.se",
    },
    "pl": {
        "entry": "Odblokowano kolejkę wydruku na komputerze w recepcji",
        "timer": "Outlook ciągle pyta o hasło",
        "summary": "Wymieniono uszkodzony przełącznik w szafie serwerowej i przepięto "
        "recepcję. Sprawdzono wszystkie stanowiska.",
        "work1": "Wymiana uszkodzonego przełącznika 24-portowego",
        "work2": "Przepięcie recepcji, test wszystkich stanowisk",
        "signer": "ANNA LINDGREN",
        "topup_note": "Zamówienie 2026-118",
        "smtp_host": "smtp.office365.com",
        "smtp_user": "billing@vastkust-it.se",
    },
}


def typed(lang: str) -> dict[str, str]:
    return TYPED.get(lang, TYPED["en"])


def _pick_text(combo: QComboBox, text: str) -> None:
    index = combo.findText(text)
    if index >= 0:
        combo.setCurrentIndex(index)


# -- Time: a quick entry that overlaps, then the timer running ------------------


def time_shots(window: MainWindow, shots: Shots, lang: str) -> None:
    words = typed(lang)
    page = window.page("time")
    window.show_page("time")
    timer = window.timer
    real_clock = timer.clock
    today = real_clock().date()
    if today.weekday() < 3:  # early in the week: last week has more to show
        page.go_week(-1)
    grid = page.grid
    assert grid is not None
    day = max(range(5), key=lambda d: (len(grid.days[d]), d))
    page.select_day(day)
    entries = grid.days[day]
    target = entries[min(1, len(entries) - 1)]

    dialog = page.new_entry()
    _pick_text(dialog.client, target.client)
    _pick_text(dialog.work_type, target.work_type)
    # Typed a little late: it starts before the entry above it ends.
    start = target.started_at + dt.timedelta(minutes=10)
    later = [e.started_at for e in entries if e.started_at > start]
    room = int((min(later) - start).total_seconds() // 60) - 5 if later else 40
    dialog.start.setText(start.strftime("%Y-%m-%d %H:%M"))
    dialog.duration.setText(f"0:{max(min(room, 40), 15):02d}")
    dialog.duration.textEdited.emit(dialog.duration.text())  # as typing would
    dialog.description.setText(words["entry"])
    dialog.description.setCursorPosition(0)
    if dialog.ticket.count() > 1:
        dialog.ticket.setCurrentIndex(1)
    settle()
    shots.window(window, "time_quick_entry", dialog)
    client_id = dialog.client.currentData()
    dialog.accept()
    settle()

    # The timer, started 47 minutes ago on a ticket of the same client.
    with read_only(window.db.sessions) as session:
        tickets = ticket_choices(session, client_id) if client_id else []
    started = real_clock() - dt.timedelta(minutes=47, seconds=13)
    timer.clock = lambda: started
    timer.start(
        client_id=client_id,
        ticket_id=tickets[0].id if tickets else None,
        description=words["timer"],
    )
    timer.clock = real_clock
    timer.refresh()  # the read-outs show the elapsed time now
    page.refresh()
    page.select_day(day)
    park_cursor()
    shots.window(window, "time_week")


# -- On site: a visit filled in, signed, and its report --------------------------


def _signature_strokes() -> list[list[QPointF]]:
    """Two pen strokes that read as a hurried signature."""
    first = []
    for step in range(90):
        s = step / 89
        x = 24 + 150 * s + 14 * math.sin(s * 9 * math.pi)
        y = 82 - 34 * math.sin(s * 3 * math.pi) * (1 - s * 0.6) - 10 * math.cos(s * 9 * math.pi)
        first.append(QPointF(x, y))
    second = []
    for step in range(70):
        s = step / 69
        x = 190 + 190 * s + 10 * math.sin(s * 7 * math.pi)
        y = 78 - 16 * math.sin(s * 5 * math.pi) + 8 * s
        second.append(QPointF(x, y))
    flourish = [QPointF(30 + 360 * s / 30, 104 - 6 * math.sin(s / 30 * math.pi)) for s in range(31)]
    return [first, second, flourish]


def visit_shots(window: MainWindow, shots: Shots, lang: str) -> None:
    words = typed(lang)
    page = window.page("visits")
    window.show_page("visits")
    page.new_visit()
    editor = page.editor
    # A client with a site and open tickets, as on a real call-out.
    for index in range(1, editor.client.count()):
        editor.client.setCurrentIndex(index)
        if editor.site.currentData() is not None and editor.work_ticket.count() > 1:
            break
    day = window.timer.clock().date()
    while day.weekday() > 4:
        day -= dt.timedelta(days=1)
    editor.arrived.setText(f"{day:%Y-%m-%d} 09:05")
    editor.departed.setText("11:20")
    if not editor.travel_time.text():
        editor.travel_time.setText("0:35")
        editor.distance.setText("18.5")
    editor.summary.setPlainText(words["summary"])
    assert editor.save(), "the visit did not save"
    for ticket_row, minutes, text in ((1, "1:15", words["work1"]), (2, "0:40", words["work2"])):
        editor.work_ticket.setCurrentIndex(min(ticket_row, editor.work_ticket.count() - 1))
        editor.work_duration.setText(minutes)
        editor.work_description.setText(text)
        editor.add_work()
    editor.product.setCurrentIndex(min(1, editor.product.count() - 1))
    editor.quantity.setText("1")
    editor.add_material()
    for stroke in _signature_strokes():
        editor.pad.begin_stroke(stroke[0])
        for point in stroke[1:]:
            editor.pad.extend_stroke(point)
        editor.pad.end_stroke()
    editor.signer.setText(words["signer"])
    park_cursor()
    shots.window(window, "visit_editor")
    scroll = editor.findChild(QScrollArea)
    scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
    shots.window(window, "visit_signature")
    # Signed as the technician leaves, not when the script runs.
    real_clock = window.timer.clock
    window.timer.clock = lambda: dt.datetime.combine(day, dt.time(11, 18))
    editor.produce_report()
    wait_until(lambda: editor.pdf_bytes is not None and editor.pdf_document.pageCount() > 0)
    window.timer.clock = real_clock
    # Drag the divider so the report is readable, as one would to check it.
    splitter = editor.findChild(QSplitter)
    total = sum(splitter.sizes())
    splitter.setSizes([total * 52 // 100, total - total * 52 // 100])
    shots.window(window, "visit_report")
    splitter.setSizes([total * 3 // 5, total - total * 3 // 5])
    page.show_list()


# -- Office manager: prepaid hours -------------------------------------------------


def prepaid_shots(window: MainWindow, shots: Shots, lang: str) -> None:
    page = window.page("contracts")
    window.show_page("contracts")
    page.set_filter("active")
    overview = page.prepaid
    # The first contract running low (not used up): the one to top up.
    rows = [
        overview.model.row_for(overview.model.index(r, 0)) for r in range(overview.model.rowCount())
    ]
    best = next((r for r, row in enumerate(rows) if row.low and row.balance_minutes > 0), 0)
    overview.table.selectRow(best)
    park_cursor()
    shots.window(window, "prepaid_overview")
    dialog = overview.make_top_up_dialog()
    dialog.hours.setText("20")
    dialog.note.setText(typed(lang)["topup_note"])
    dialog.show()
    shots.window(window, "prepaid_topup", dialog)
    dialog.reject()


def dashboard_shots(window: MainWindow, shots: Shots) -> None:
    window.show_page("dashboard")
    page = window.page("dashboard")
    page.refresh()
    wait_until(lambda: not page.busy)  # the figures are computed off the GUI thread
    park_cursor()
    shots.window(window, "dashboard_charts")


def settings_shots(window: MainWindow, shots: Shots, lang: str) -> None:
    words = typed(lang)
    page = window.page("settings")
    window.show_page("settings")
    page.show_section("company")
    park_cursor()
    shots.window(window, "settings_company")
    series = page.show_section("series")
    series.findChild(QTableView).selectRow(0)  # its name and pattern open for editing
    shots.window(window, "settings_series")
    mail = page.show_section("mail")
    if not mail.host.text():
        mail.host.setText(words["smtp_host"])
        mail.port.setValue(587)
        mail.username.setText(words["smtp_user"])
        mail.from_address.setText(words["smtp_user"])
    shots.window(window, "settings_smtp")
