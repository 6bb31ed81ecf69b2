"""The interface language: chosen in Settings, stored per user, applied by
restarting TechLedger (translators installed as run_gui does), plus the
shipped translation files themselves."""

from __future__ import annotations

import os
import sys
import xml.etree.ElementTree as ET
from argparse import Namespace

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QProcess, Qt

from desktop import window_entry
from desktop.views import i18n, launch, restart
from desktop.views.main_window import PAGES, MainWindow, sidebar_width
from desktop.views.settings import SECTIONS

LANGUAGES = ("pl", "sv", "el", "eo")


@pytest.fixture
def translators():
    """Whatever a test installs is removed again, so later tests see English."""
    yield i18n.install_translators
    i18n.remove_translators()


def show_window(qtbot, db) -> MainWindow:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    backups = getattr(window, "backups", None)
    if backups is not None:
        qtbot.waitUntil(
            lambda: backups.auto_task is not None and backups.auto_task.finished, timeout=10_000
        )
    return window


@pytest.fixture
def spawned(monkeypatch):
    """QProcess.startDetached and the event-loop quit, recorded, not done."""
    calls: list[tuple] = []

    def start_detached(program, arguments=(), directory=""):
        calls.append((program, list(arguments), directory))
        return True, 4242

    monkeypatch.setattr(QProcess, "startDetached", staticmethod(start_detached))
    monkeypatch.setattr(restart, "_quit", lambda: calls.append(("quit",)))
    yield calls
    restart.cancel_restart()


def languages_section(qtbot, window):
    window.show_page("settings")
    page = window.pages["settings"]
    rect = page.nav.visualItemRect(page.nav.item(SECTIONS.index("languages")))
    qtbot.mouseClick(page.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    return page.sections["languages"]


def choose(qtbot, section, code: str) -> None:
    section.interface_language.setCurrentIndex(section.interface_language.findData(code))
    qtbot.mouseClick(section.interface_button, Qt.MouseButton.LeftButton)


def test_choose_polish_then_restart_the_window(qtbot, small_db, translators, spawned):
    window = show_window(qtbot, small_db)
    section = languages_section(qtbot, window)
    choose(qtbot, section, "pl")
    assert "Polski" in section.interface_status.text()
    assert i18n.interface_language() == "pl"
    assert window.sidebar.item(0).text() == "Dashboard"  # until the restart
    prompt = section.restart_prompt
    assert prompt is not None and prompt.isVisible()
    assert "Polski" in prompt.text()
    qtbot.mouseClick(section.restart_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert spawned == [("quit",)]  # the event loop ends first...
    assert restart.restart_pending()
    assert restart.start_pending_restart()  # ...then the new process starts
    program, arguments, directory = spawned[1]
    assert (program, arguments) == restart.restart_command()
    assert program == sys.executable
    assert directory == os.getcwd()
    assert not restart.restart_pending()
    assert not restart.start_pending_restart()  # once only

    loaded = translators()
    assert any(path.endswith("techledger_pl.qm") for path in loaded)
    assert QLocale().language() == QLocale.Language.Polish
    again = show_window(qtbot, small_db)
    titles = [again.sidebar.item(row).text() for row in range(len(PAGES))]
    assert titles[PAGES.index("dashboard")] == "Pulpit"
    assert titles[PAGES.index("clients")] == "Klienci"
    assert titles[PAGES.index("settings")] == "Ustawienia"
    assert again.menus["file"].title() == "&Plik"
    assert again.menus["help"].title() == "Pomo&c"
    again.show_page("settings")
    assert again.pages["settings"].nav.item(0).text() == "Profil firmy"


def test_later_keeps_the_window_and_restarts_nothing(qtbot, small_db, spawned):
    window = show_window(qtbot, small_db)
    section = languages_section(qtbot, window)
    choose(qtbot, section, "sv")
    qtbot.mouseClick(section.later_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.restart_prompt is None)
    assert window.isVisible()
    assert not restart.restart_pending()
    assert not restart.start_pending_restart()
    assert spawned == []
    assert i18n.interface_language() == "sv"


def test_the_language_showing_now_needs_no_restart(qtbot, small_db, spawned):
    window = show_window(qtbot, small_db)
    section = languages_section(qtbot, window)
    choose(qtbot, section, "en")
    assert section.restart_prompt is None
    assert section.interface_status.text() == "Saved."
    assert spawned == []


def test_restart_command_from_source_and_frozen(monkeypatch):
    monkeypatch.setattr(sys, "orig_argv", ["python3", "-X", "utf8", "-m", "desktop", "--demo"])
    assert restart.restart_command() == (sys.executable, ["-X", "utf8", "-m", "desktop", "--demo"])
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/TechLedger/TechLedger")
    monkeypatch.setattr(sys, "argv", ["/opt/TechLedger/TechLedger", "--db", "shop.db"])
    assert restart.restart_command() == ("/opt/TechLedger/TechLedger", ["--db", "shop.db"])


def test_new_process_starts_after_the_database_is_closed(qapp, tmp_path, monkeypatch, spawned):
    def fake_run_gui(db, argv):
        assert restart.request_restart(_Closable())
        original_close = db.close
        monkeypatch.setattr(db, "close", lambda: (spawned.append(("closed",)), original_close()))
        return 0

    monkeypatch.setattr(launch, "run_gui", fake_run_gui)
    args = Namespace(demo=False, db=str(tmp_path / "shop.db"))
    assert window_entry.open_window(args) == 0
    program, arguments = restart.restart_command()
    assert spawned == [("quit",), ("closed",), (program, arguments, os.getcwd())]


class _Closable:
    """A window that agrees to close."""

    def close(self) -> bool:
        return True


def test_english_needs_no_file(translators):
    assert translators("en") == []
    assert QCoreApplication.translate("MainWindow", "Settings") == "Settings"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_shipped_string_is_translated(language):
    """Each .ts has every current message translated (vanished ones aside),
    and its compiled .qm ships next to it."""
    ts = i18n.TRANSLATIONS_DIR / f"techledger_{language}.ts"
    assert ts.with_suffix(".qm").is_file()
    root = ET.parse(ts).getroot()
    unfinished = [
        message.findtext("source")
        for message in root.iter("message")
        if message.find("translation").get("type") == "unfinished"
    ]
    assert unfinished == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_sidebar_fits_the_longest_title(qtbot, small_db, translators, language):
    translators(language)
    window = show_window(qtbot, small_db)
    window.show_page("invoices")  # a wide page: the splitter gives it all it can
    titles = [window.sidebar.item(row).text() for row in range(window.sidebar.count())]
    assert window.sidebar.width() >= sidebar_width(titles)
    if language == "el":  # "Πίνακας ελέγχου" needs more than the 170 px floor
        assert sidebar_width(titles) > 170
    qtbot.waitUntil(window.pages["invoices"].is_idle, timeout=20_000)
