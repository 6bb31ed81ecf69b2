"""The interface language: chosen in Settings, stored per user, applied at
the next start (translators installed as run_gui does), plus the shipped
translation files themselves."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt

from desktop.views import i18n
from desktop.views.main_window import PAGES, MainWindow
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


def test_choose_polish_then_restart_the_window(qtbot, small_db, translators):
    window = show_window(qtbot, small_db)
    window.show_page("settings")
    page = window.pages["settings"]
    rect = page.nav.visualItemRect(page.nav.item(SECTIONS.index("languages")))
    qtbot.mouseClick(page.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    section = page.sections["languages"]
    section.interface_language.setCurrentIndex(section.interface_language.findData("pl"))
    qtbot.mouseClick(section.interface_button, Qt.MouseButton.LeftButton)
    assert "Restart" in section.interface_status.text()
    assert i18n.interface_language() == "pl"
    assert window.sidebar.item(0).text() == "Dashboard"  # applied at the next start
    window.close()

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
