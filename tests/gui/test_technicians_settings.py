"""Settings → Technicians driven by clicks and keys: add, edit, deactivate,
a bad e-mail refused at its field with the typed text kept, and the Time
page and the quick entry offering the change without a restart."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from desktop.db.session import read_only
from desktop.models import Technician
from desktop.views.settings.technicians import TechniciansSection
from desktop.views.time.quick_entry import QuickEntryDialog
from desktop.views.time.time_page import TimePage
from tests.gui.test_settings_window import click, open_settings, retype


def stored(db, name: str) -> Technician | None:
    with read_only(db.sessions) as s:
        row = s.scalar(select(Technician).where(Technician.name == name))
        if row is not None:
            s.expunge(row)
    return row


def picker_names(page: TimePage) -> list[str]:
    return [page.technician.itemText(i) for i in range(page.technician.count())]


def click_row(qtbot, section: TechniciansSection, name: str) -> None:
    table = section.table
    (row,) = [r for r in range(table.rowCount()) if table.item(r, 0).text() == name]
    rect = table.visualItemRect(table.item(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_add_edit_deactivate_and_the_time_page_follows(qtbot, small_db):
    window, section = open_settings(qtbot, small_db, "people")
    assert isinstance(section, TechniciansSection)
    # The Time page is already built: it must follow without a restart.
    time_page = window.page("time")
    assert isinstance(time_page, TimePage)
    assert "Erik Ek" not in picker_names(time_page)
    assert section.table.rowCount() == 3

    click(qtbot, section.new_button)
    qtbot.keyClicks(section.name, "Erik Ek")
    qtbot.keyClicks(section.email, "erik@@nordicfix")
    qtbot.keyClicks(section.rate, "850,50")
    click(qtbot, section.save_button)
    assert "anna@example.com" in section.card.error_text("email")
    assert section.email.text() == "erik@@nordicfix"  # what was typed stays
    assert section.name.text() == "Erik Ek" and section.rate.text() == "850,50"
    assert stored(small_db, "Erik Ek") is None

    retype(qtbot, section.email, "erik@nordicfix.se")
    qtbot.keyClick(section.save_button, Qt.Key.Key_Space)
    assert section.card.error_text("email") == ""
    erik = stored(small_db, "Erik Ek")
    assert erik is not None
    # 850,50 SEK = 850 × 100 + 50 öre
    assert (erik.email, erik.default_rate_minor, erik.level) == (
        "erik@nordicfix.se",
        85050,
        "standard",
    )
    assert section.table.rowCount() == 4
    assert "Erik Ek" in picker_names(time_page)

    # A duplicate name (any case) is refused at the name field.
    click(qtbot, section.new_button)
    qtbot.keyClicks(section.name, "erik ek")
    click(qtbot, section.save_button)
    assert "already a technician named erik ek" in section.card.error_text("name")
    assert section.name.text() == "erik ek"

    # Edit: pick the row, change level and rate.
    click_row(qtbot, section, "Erik Ek")
    assert section.name.text() == "Erik Ek" and section.save_button.text() == "Save changes"
    section.level.setFocus()
    qtbot.keyClick(section.level, Qt.Key.Key_Down)  # standard → senior
    retype(qtbot, section.rate, "900")
    click(qtbot, section.save_button)
    erik = stored(small_db, "Erik Ek")
    assert erik is not None and (erik.level, erik.default_rate_minor) == ("senior", 90000)

    # The quick entry, opened now, offers Erik too.
    dialog = QuickEntryDialog(small_db.sessions, parent=window)
    qtbot.addWidget(dialog)
    assert "Erik Ek" in [dialog.technician.itemText(i) for i in range(dialog.technician.count())]
    dialog.reject()

    # Deactivate: out of the Time page's picker, still listed here.
    click_row(qtbot, section, "Erik Ek")
    assert section.toggle_button.text() == "Deactivate"
    assert section.delete_button.isEnabled()  # no work yet
    click(qtbot, section.toggle_button)
    erik = stored(small_db, "Erik Ek")
    assert erik is not None and erik.active is False
    assert "Erik Ek" not in picker_names(time_page)
    assert section.table.rowCount() == 4
    click_row(qtbot, section, "Erik Ek")
    assert section.toggle_button.text() == "Reactivate"
    click(qtbot, section.toggle_button)
    assert "Erik Ek" in picker_names(time_page)
    assert QApplication.activeModalWidget() is None
