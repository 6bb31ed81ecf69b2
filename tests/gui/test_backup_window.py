"""Backups from the window: back up now and restore with progress and
cancel, the automatic daily backup at start, and the network warning."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QMainWindow
from sqlalchemy import select

from desktop.db import backup as backup_module
from desktop.db.backup import backup_dir_for, list_backups
from desktop.db.engine import sqlite_path
from desktop.db.session import read_only, unit_of_work
from desktop.models import Client
from desktop.views import backup_ui
from desktop.views.backup_ui import BackupController, install_backup_menu
from desktop.views.main_window import MainWindow

# The offscreen platform cannot size message boxes the way a real one does and
# says so; that warning is about the test platform, not about this code.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


class BareWindow(QMainWindow):
    """Just what install_backup_menu needs from the main window."""

    def __init__(self, db) -> None:
        super().__init__()
        self.db = db
        self.menus = {"data": self.menuBar().addMenu("Data")}


def open_bare(qtbot, db, show: bool = False) -> tuple[BareWindow, BackupController]:
    window = BareWindow(db)
    qtbot.addWidget(window)
    controller = install_backup_menu(window)
    if show:
        window.show()
        qtbot.waitExposed(window)
    return window, controller


def wait_done(qtbot, task) -> None:
    assert task is not None
    qtbot.waitUntil(lambda: task.finished, timeout=20_000)


def folder_of(db):
    return backup_dir_for(sqlite_path(db.url))


def client_city(db, name="Acme Oy") -> str:
    with read_only(db.sessions) as s:
        return s.scalar(select(Client.city).where(Client.name == name))


def test_the_main_window_has_both_actions_in_the_data_menu(qtbot, small_db):
    window = MainWindow(small_db)
    qtbot.addWidget(window)
    texts = [a.text().replace("&", "") for a in window.menus["data"].actions()]
    assert "Back up now…" in texts and "Restore from backup…" in texts
    assert isinstance(window.backups, BackupController)


def test_back_up_now_makes_a_checked_copy_and_says_where(qtbot, small_db):
    window, controller = open_bare(qtbot, small_db)
    controller.backup_action.trigger()
    wait_done(qtbot, controller.task)
    made = [b for b in list_backups(folder_of(small_db)) if b.reason == "manual"]
    assert len(made) == 1
    assert str(made[0].path) in window.statusBar().currentMessage()
    assert controller.message_box is not None and controller.message_box.isVisible()
    controller.message_box.close()


def test_cancelling_a_backup_leaves_nothing_behind(qtbot, small_db, monkeypatch):
    monkeypatch.setattr(backup_module, "PAGES_PER_STEP", 1)
    _window, controller = open_bare(qtbot, small_db)
    task = controller.back_up_now()
    task.cancel()
    wait_done(qtbot, task)
    assert "Cancelled" in controller.last_message
    folder = folder_of(small_db)
    assert list_backups(folder) == []
    assert not list(folder.glob("*.partial")) if folder.exists() else True


def test_restore_brings_the_old_data_back_and_keeps_the_current(qtbot, small_db):
    _window, controller = open_bare(qtbot, small_db)
    wait_done(qtbot, controller.back_up_now())
    copy = list_backups(folder_of(small_db))[0].path
    with unit_of_work(small_db.sessions) as s:
        s.scalar(select(Client).where(Client.name == "Acme Oy")).city = "Tampere"
    task = controller.restore_from(copy)
    assert task.dialog.windowTitle() == "Restoring from backup…"
    wait_done(qtbot, task)
    assert "Restored from" in controller.last_message, controller.last_message
    assert client_city(small_db) == "Helsinki"
    reasons = {b.reason for b in list_backups(folder_of(small_db))}
    assert "before-restore" in reasons
    controller.message_box.close()


def test_restoring_a_file_that_is_not_a_database_is_refused(qtbot, small_db, tmp_path):
    _window, controller = open_bare(qtbot, small_db)
    junk = tmp_path / "notes.db"
    junk.write_text("hello")
    wait_done(qtbot, controller.restore_from(junk))
    assert "is not a SQLite database" in controller.last_message
    assert client_city(small_db) == "Helsinki"
    controller.message_box.close()


def test_automatic_backup_runs_at_start_at_most_daily(qtbot, small_db):
    window, controller = open_bare(qtbot, small_db, show=True)
    qtbot.waitUntil(lambda: controller.auto_task is not None, timeout=5_000)
    wait_done(qtbot, controller.auto_task)
    assert [b.reason for b in list_backups(folder_of(small_db))] == ["auto"]
    assert "Automatic backup saved" in window.statusBar().currentMessage()
    # A second start the same day makes no new copy.
    wait_done(qtbot, controller.start_automatic_backup())
    assert len(list_backups(folder_of(small_db))) == 1


def test_network_warning_is_shown_once_and_stays_in_the_status_bar(qtbot, small_db, monkeypatch):
    text = "The database is on a network file system (nfs)."
    monkeypatch.setattr(backup_ui, "network_warning", lambda path: text)
    _window, controller = open_bare(qtbot, small_db, show=True)
    qtbot.waitUntil(lambda: controller.network_label.isVisible(), timeout=5_000)
    assert controller.network_label.toolTip() == text
    box = controller.message_box
    assert box is not None and box.isVisible() and box.text() == text
    box.close()
    wait_done(qtbot, controller.auto_task)
    assert controller.network_label.isVisible()


@pytest.mark.parametrize("action", ["backup_action", "restore_action"])
def test_a_postgresql_window_points_to_pg_dump(qtbot, action):
    db = SimpleNamespace(url="postgresql+psycopg://tech@server/shop", engine=None)
    _window, controller = open_bare(qtbot, db)
    getattr(controller, action).trigger()
    assert "pg_dump" in controller.last_message
    assert controller.task is None
    controller.message_box.close()


def test_closing_the_window_stops_a_running_backup(qtbot, small_db, monkeypatch):
    monkeypatch.setattr(backup_module, "PAGES_PER_STEP", 1)
    window, controller = open_bare(qtbot, small_db, show=True)
    task = controller.back_up_now()
    window.close()
    assert task.finished
    folder = folder_of(small_db)
    # Cancelled or finished: either way no half-written copy is left behind.
    assert not list(folder.glob("*.partial"))
