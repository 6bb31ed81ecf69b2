"""Maintenance schedules in the window: a schedule made by clicks and keys
in Settings, the next 90 days, the .ics export, and the window opening the
due tickets by itself (catching up) without doing it twice."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from sqlalchemy import func, select

from desktop.db.session import read_only, unit_of_work
from desktop.models import MaintenanceSchedule, Ticket
from desktop.services.helpdesk import schedule_lists, schedules
from desktop.views.main_window import MainWindow
from tests.gui.test_settings_window import open_settings, retype


def _count_tickets(db) -> int:
    with read_only(db.sessions) as s:
        return s.scalar(select(func.count()).select_from(Ticket))


def test_a_schedule_made_by_clicks_and_keys(qtbot, small_db, tmp_path):
    window, section = open_settings(qtbot, small_db, "maintenance")
    qtbot.waitUntil(lambda: not window.schedules.busy)
    qtbot.mouseClick(section.new_button, Qt.MouseButton.LeftButton)
    # The preset fills the rule; the preview shows its first dates.
    section.preset.setFocus()
    index = section.preset.findData("FREQ=MONTHLY;BYDAY=1MO")
    section.preset.setCurrentIndex(index)
    assert section.rule.text() == "FREQ=MONTHLY;BYDAY=1MO"
    section.starts.setDate(QDate(2026, 12, 8))
    # 1 Jan 2027 is a Friday → 4 Jan; then 1 Feb and 1 Mar (both Mondays).
    assert section.preview.text().count(",") == 2
    qtbot.keyClicks(section.title, "Patch <servers>")
    qtbot.keyClicks(section.checklist, "Windows updates")
    qtbot.keyClick(section.checklist, Qt.Key.Key_Return)
    qtbot.keyClicks(section.checklist, "Check backups")
    retype(qtbot, section.estimate, "1:30")
    section.priority.setCurrentIndex(section.priority.findData("high"))
    qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    assert section.card.error_text("title") == ""
    with read_only(small_db.sessions) as s:
        saved = s.scalars(select(MaintenanceSchedule)).one()
        assert (saved.title, saved.rule, saved.starts_on) == (
            "Patch <servers>",
            "FREQ=MONTHLY;BYDAY=1MO",
            dt.date(2026, 12, 8),
        )
        assert (saved.checklist, saved.estimated_minutes, saved.priority) == (
            "Windows updates\nCheck backups",
            90,  # 1 h 30 min
            "high",
        )
    assert section.table.rowCount() == 1
    # Within the next 90 days from today there are three first Mondays at most.
    assert 2 <= section.coming.rowCount() <= 3

    # Pause it from the list: the 90 days empty.
    section.table.selectRow(0)
    assert section.pause_button.isEnabled() and section.pause_button.text() == "Pause"
    qtbot.mouseClick(section.pause_button, Qt.MouseButton.LeftButton)
    assert section.coming.rowCount() == 0
    with read_only(small_db.sessions) as s:
        assert s.scalars(select(MaintenanceSchedule.paused)).one() is True

    target = tmp_path / "coming.ics"
    assert section.export_ics(str(target)) == target
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")


def test_a_bad_rule_is_shown_at_the_rule_and_kept(qtbot, small_db):
    _window, section = open_settings(qtbot, small_db, "maintenance")
    qtbot.mouseClick(section.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(section.rule, "FREQ=HOURLY")
    qtbot.keyClicks(section.title, "Check")
    qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    assert "daily, weekly, monthly or yearly" in section.card.error_text("rule")
    assert section.rule.text() == "FREQ=HOURLY"


def test_the_window_catches_up_at_start_and_says_how_many(qtbot, small_db):
    today = dt.date.today()
    start = today - dt.timedelta(days=20)
    with unit_of_work(small_db.sessions) as s:
        client_id = schedule_lists.choices(s).clients[0][0]
        schedules.add_schedule(
            s,
            schedules.ScheduleInput(
                client_id=client_id, rule="FREQ=WEEKLY", title="Check backups", starts_on=start
            ),
        )
    before = _count_tickets(small_db)
    # Weekly from 20 days ago: days 0, 7, 14 after the start (20 - 14 = 6 ≥ 0;
    # 21 is in the future): three were due while the window was closed.
    window = MainWindow(small_db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.schedules.made_total == 3, timeout=10_000)
    # What the status bar was told (a later note, e.g. the backup's, may
    # already have replaced it on screen).
    assert window.schedules.last_message == (
        "Maintenance schedules: opened 3 ticket(s) that came due while TechLedger was closed."
    )
    assert _count_tickets(small_db) == before + 3
    # The next round finds nothing more to do.
    qtbot.waitUntil(lambda: not window.schedules.busy)
    window.schedules.run()
    qtbot.waitUntil(lambda: not window.schedules.busy)
    assert _count_tickets(small_db) == before + 3
    backups = getattr(window, "backups", None)
    if backups is not None and backups.auto_task is not None:
        qtbot.waitUntil(lambda: backups.auto_task.finished, timeout=10_000)
