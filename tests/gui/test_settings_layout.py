"""Each settings card's buttons stay on screen at 1280 × 800 (and smaller):
while a card runs past the bottom of the page, its action row is pinned to
the bottom of the page; scrolled to, it is back in the card."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QScrollArea, QWidget

from desktop.views.main_window import MainWindow
from desktop.views.settings import SECTIONS, SettingsPage
from desktop.views.settings.form import FieldForm


def settings_window(qtbot, db, width: int, height: int) -> tuple[MainWindow, SettingsPage]:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    backups = getattr(window, "backups", None)
    if backups is not None:
        qtbot.waitUntil(
            lambda: backups.auto_task is not None and backups.auto_task.finished, timeout=10_000
        )
    window.show_page("settings")
    page = window.pages["settings"]
    assert isinstance(page, SettingsPage)
    return window, page


def on_screen(widget: QWidget, scroll: QScrollArea) -> bool:
    """Shown, not covered, and inside the scroll area's viewport."""
    viewport = scroll.viewport()
    rect = QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size())
    return (
        widget.isVisible()
        and not widget.visibleRegion().isEmpty()
        and viewport.rect().contains(rect)
    )


def scroll_of(page: SettingsPage, key: str) -> QScrollArea:
    scroll = page.stack.currentWidget()
    assert isinstance(scroll, QScrollArea) and scroll.widget().isAncestorOf(page.sections[key])
    return scroll


@pytest.mark.parametrize(
    ("key", "name", "height"),
    [
        ("company", "save_button", 800),
        ("company", "save_button", 640),
        ("series", "add_button", 800),  # "New series" starts above the fold
    ],
)
def test_the_save_button_is_on_screen(qtbot, small_db, key, name, height):
    _window, page = settings_window(qtbot, small_db, 1280, height)
    section = page.show_section(key)
    scroll = scroll_of(page, key)
    button = getattr(section, name)
    qtbot.waitUntil(lambda: on_screen(button, scroll))


def test_the_row_goes_back_into_its_card_and_still_saves(qtbot, small_db):
    _window, page = settings_window(qtbot, small_db, 1280, 600)
    section = page.show_section("company")
    scroll = scroll_of(page, "company")
    card = section.card
    assert isinstance(card, FieldForm)
    # The card is taller than the page: its row is pinned, out of the card.
    qtbot.waitUntil(lambda: on_screen(section.save_button, scroll))
    assert not card.isAncestorOf(section.save_button)
    section.edits["city"].setText("Uppsala")
    qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    assert section.status.text()
    assert on_screen(section.status, scroll)  # "Profile saved." where the button is
    # Scrolled to the foot of the card, the row is back in it.
    scroll.ensureWidgetVisible(card.actions_slot, 0, 0)
    qtbot.waitUntil(lambda: card.isAncestorOf(section.save_button))
    qtbot.waitUntil(lambda: on_screen(section.save_button, scroll))
    assert not page._sticky["company"].footer.isVisible()


def test_every_section_keeps_its_visible_cards_buttons_on_screen(qtbot, small_db):
    _window, page = settings_window(qtbot, small_db, 1280, 800)
    for key in SECTIONS:
        section = page.show_section(key)
        scroll = scroll_of(page, key)
        bottom = scroll.viewport().height()
        for card in section.findChildren(FieldForm):
            if card.actions is None:
                continue
            top = card.mapTo(scroll.viewport(), QPoint(0, 0)).y()
            if top + 120 < bottom:  # the card's title and fields show
                actions, area = card.actions, scroll
                qtbot.waitUntil(lambda actions=actions, area=area: on_screen(actions, area))
