"""Every page's main actions are in the menu bar with their keys, the Help
list is read from those same QActions, and no key is bound twice."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from desktop.views.help_menu import shortcut_rows
from desktop.views.main_window import PAGES, MainWindow, page_titles
from desktop.views.page_actions import MAIN_ACTIONS, button_of, page_actions


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


def key_text(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.PortableText)


def menu_bar_actions(window: MainWindow) -> list[QAction]:
    found: list[QAction] = []

    def walk(menu: QMenu) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu())
            elif not action.isSeparator():
                found.append(action)

    for top in window.menuBar().actions():
        if top.menu() is not None:
            walk(top.menu())
    return found


def live_bindings(window: MainWindow) -> dict[str, set[int]]:
    """Key → the enabled actions and shortcuts that would answer it now:
    those in the menu bar, and those on a shown widget of the window."""
    in_menus = {id(a) for a in menu_bar_actions(window)}
    bound: dict[str, set[int]] = defaultdict(set)
    for action in window.findChildren(QAction):
        if not action.isEnabled():
            continue
        shown = any(
            isinstance(o, QWidget) and not isinstance(o, QMenu) and o.isVisible()
            for o in action.associatedObjects()
        )
        if id(action) in in_menus or shown:
            for sequence in action.shortcuts():
                if not sequence.isEmpty():
                    bound[key_text(sequence)].add(id(action))
    for shortcut in window.findChildren(QShortcut):
        parent = shortcut.parent()
        if shortcut.isEnabled() and isinstance(parent, QWidget) and parent.isVisible():
            for sequence in shortcut.keys():  # noqa: SIM118 (a QShortcut, not a dict)
                bound[key_text(sequence)].add(id(shortcut))
    return bound


def test_no_key_is_bound_twice_on_any_page(qtbot, small_db):
    window = show_window(qtbot, small_db)
    for key in PAGES:
        window.show_page(key)
        bindings = live_bindings(window)
        clashes = {k: ids for k, ids in bindings.items() if len(ids) > 1}
        assert clashes == {}, key
        assert "Ctrl+1" in bindings and "Ctrl+Shift+T" in bindings  # the check sees keys


def test_every_main_action_is_named_with_its_key(qtbot, small_db):
    window = show_window(qtbot, small_db)
    window.build_all_pages()
    for key in PAGES:
        actions = page_actions(key, window.pages[key])
        # Every entry of the table found its button or method on the page.
        assert len(actions) >= len(MAIN_ACTIONS.get(key, ())), key
        for action in actions:
            assert action.text(), key
            assert not action.shortcut().isEmpty(), (key, action.text())
            assert action.parent() is window.pages[key]


def test_actions_menu_follows_the_page_and_shows_keys(qtbot, small_db):
    window = show_window(qtbot, small_db)
    menu = window.menus["actions"]
    window.show_page("clients")
    texts = {a.text(): key_text(a.shortcut()) for a in menu.actions() if not a.isSeparator()}
    assert texts["New client…"] == "Ctrl+N"
    assert texts["Edit client…"] == "Ctrl+E"
    assert texts["Start &timer"] == "Ctrl+Shift+T"  # the timer's, on every page
    window.show_page("invoices")
    texts = {a.text(): key_text(a.shortcut()) for a in menu.actions() if not a.isSeparator()}
    assert "New client…" not in texts
    assert texts["Month-end run…"] == "Ctrl+M"  # the page's own named action
    window.show_page("tickets")
    texts = {a.text(): key_text(a.shortcut()) for a in menu.actions() if not a.isSeparator()}
    assert texts["New ticket…"] == "Ctrl+N"  # the page's own key, named
    assert texts["Helpdesk reports…"] == "Ctrl+Shift+P"


def test_help_lists_the_same_actions_for_every_page(qtbot, small_db):
    window = show_window(qtbot, small_db)
    window.build_all_pages()
    rows = shortcut_rows(window)
    titles = page_titles()
    for key in PAGES:
        for action in page_actions(key, window.pages[key]):
            native = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            assert (titles[key], action.text().replace("&", ""), native) in [
                (where, name, keys.split(", ")[0]) for where, name, keys in rows
            ], (key, action.text())
    # Every key has a name (the knowledge base's F5 had none).
    assert not [row for row in rows if row[1] == "(no description)"], rows


def test_the_keys_work_and_the_menu_greys_what_cannot_run(qtbot, small_db):
    window = show_window(qtbot, small_db)
    window.activateWindow()
    window.show_page("clients")
    page = window.pages["clients"]
    window.sidebar.setFocus()  # the key works even from the sidebar
    qtbot.keyClick(window.sidebar, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.search)

    window.show_page("time")
    time_page = window.pages["time"]
    shown_week = time_page.week_label.text()
    by_text = {a.text(): a for a in page_actions("time", time_page)}
    by_text["Previous week"].trigger()  # the page's QShortcut, now an action
    assert time_page.week_label.text() != shown_week
    by_text["This week"].trigger()
    assert time_page.week_label.text() == shown_week
    assert not any(
        s.isEnabled() and key_text(s.key()) == "Alt+Left" for s in time_page.findChildren(QShortcut)
    )

    window.show_page("contracts")
    contracts = window.pages["contracts"]
    contracts.prepaid.table.clearSelection()
    top_up = next(a for a in window.current_page_actions() if a.text() == "Top up prepaid hours…")
    assert button_of(top_up) is contracts.prepaid.top_up_button
    assert not contracts.prepaid.top_up_button.isEnabled()
    window.menus["actions"].aboutToShow.emit()
    assert not top_up.isEnabled()
    window.menus["actions"].aboutToHide.emit()
    assert top_up.isEnabled()
    top_up.trigger()  # the button is disabled: nothing opens
    assert QApplication.activeModalWidget() is None


def test_actions_menu_speaks_the_interface_language(qtbot, small_db):
    """The table's texts are marked for lupdate and translated when the
    actions are built, after the translators are installed."""
    from desktop.views import i18n

    i18n.install_translators("pl")
    try:
        window = show_window(qtbot, small_db)
        window.show_page("clients")
        texts = {action.text() for action in menu_bar_actions(window)}
        assert "Odśwież" in texts and "Refresh" not in texts
    finally:
        i18n.remove_translators()
