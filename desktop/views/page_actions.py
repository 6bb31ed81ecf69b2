"""The main actions of each page as named QActions with shortcuts, for the
menu bar's Actions menu and the Help list of shortcuts.

Pages build their own buttons and keys (some as text-less QActions, some as
QShortcuts, some with no key at all). This module gives each main action one
QAction on its page, without a second binding of the same key:

- a page may define `page_actions()` returning its QActions: used as they are;
- otherwise the table below names the page's main actions. For each one a key
  the page already binds is adopted (its text-less QAction is named; its
  QShortcut becomes a QAction with the same context), and a button without a
  key gets a QAction that clicks it while it is shown and enabled;
- named QActions the page added itself (invoices' quick actions) follow.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QWidget

_CONTEXT = "PageActions"
Key = str | QKeySequence.StandardKey


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


@dataclass(frozen=True)
class MainAction:
    """One main action: `target` is a page attribute path ("prepaid.top_up_button")
    naming a button to click or a method to call."""

    text: str
    shortcut: Key
    target: str


def _t(text: str) -> str:
    """Marks `text` for translation; translated when the action is built."""
    return text


MAIN_ACTIONS: dict[str, tuple[MainAction, ...]] = {
    "dashboard": (MainAction(_t("Refresh"), "F5", "refresh"),),
    "clients": (
        MainAction(_t("New client…"), QKeySequence.StandardKey.New, "new_button"),
        MainAction(_t("Edit client…"), "Ctrl+E", "edit_button"),
        MainAction(_t("Archive or restore client"), "Ctrl+Shift+A", "archive_button"),
        MainAction(_t("Find"), QKeySequence.StandardKey.Find, "search.setFocus"),
        MainAction(_t("Refresh"), "F5", "refresh"),
    ),
    "tickets": (
        MainAction(_t("New ticket…"), "Ctrl+N", "new_button"),
        MainAction(_t("Find"), "Ctrl+F", "search.setFocus"),
        MainAction(_t("Helpdesk reports…"), "Ctrl+Shift+P", "reports_button"),
        MainAction(_t("Refresh"), "F5", "refresh"),
    ),
    "knowledge": (
        MainAction(_t("New article…"), "Ctrl+N", "new_button"),
        MainAction(_t("Edit article…"), "Ctrl+E", "edit_button"),
        MainAction(_t("Find"), "Ctrl+F", "search.setFocus"),
        MainAction(_t("Search again"), "F5", "refresh"),
    ),
    "time": (
        MainAction(_t("Previous week"), "Alt+Left", "previous_button"),
        MainAction(_t("This week"), "Alt+Home", "this_week_button"),
        MainAction(_t("Next week"), "Alt+Right", "next_button"),
        MainAction(_t("Delete entry"), QKeySequence.StandardKey.Delete, "delete_entry"),
        MainAction(_t("Undo delete"), QKeySequence.StandardKey.Undo, "toast.undo"),
    ),
    "visits": (
        MainAction(_t("New visit…"), QKeySequence.StandardKey.New, "new_button"),
        MainAction(_t("Open visit"), "Ctrl+O", "open_button"),
    ),
    "contracts": (
        MainAction(_t("Top up prepaid hours…"), "Ctrl+U", "prepaid.top_up_button"),
        MainAction(_t("Statement PDF…"), "Ctrl+P", "prepaid.statement_button"),
        MainAction(_t("Contract history…"), "Ctrl+H", "prepaid.history_button"),
        MainAction(_t("Refresh"), "F5", "refresh"),
    ),
}


def _resolve(page: QWidget, path: str) -> object | None:
    target: object | None = page
    for name in path.split("."):
        target = getattr(target, name, None)
        if target is None:
            return None
    return target


def _same_key(sequences: list[QKeySequence], key: QKeySequence) -> bool:
    return any(
        sequence.matches(key) == QKeySequence.SequenceMatch.ExactMatch
        for sequence in sequences
        if not sequence.isEmpty()
    )


def _existing_action(page: QWidget, key: QKeySequence) -> QAction | None:
    for action in QWidget.actions(page):  # a page may shadow actions()
        if _same_key(action.shortcuts(), key):
            return action
    return None


def _existing_shortcut(page: QWidget, key: QKeySequence) -> QShortcut | None:
    for shortcut in page.findChildren(QShortcut, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if shortcut.isEnabled() and _same_key(shortcut.keys(), key):
            return shortcut
    return None


def _runner(page: QWidget, target: object) -> Callable[[], None]:
    if isinstance(target, QAbstractButton):
        button = target

        def click() -> None:
            # What the visible button would do; nothing while it is hidden
            # (another tab or an editor in front) or disabled.
            if button.isEnabled() and button.isVisibleTo(page):
                button.click()

        return click
    assert callable(target)
    return lambda: target()


def _build(page: QWidget, spec: MainAction) -> QAction | None:
    target = _resolve(page, spec.target)
    if target is None:
        return None
    key = QKeySequence(spec.shortcut)
    text = _tr(spec.text)
    button = target if isinstance(target, QAbstractButton) else None
    action = _existing_action(page, key)
    if action is None:
        action = QAction(text, page)
        shortcut = _existing_shortcut(page, key)
        if shortcut is not None:
            # The page's QShortcut becomes this action: same key, same reach,
            # same slot; the shortcut itself stands down so the key is bound once.
            action.setShortcuts(shortcut.keys())
            action.setShortcutContext(shortcut.context())
            shortcut.setEnabled(False)
            action.triggered.connect(lambda _checked=False, s=shortcut: s.activated.emit())
        else:
            # Like a QShortcut on the page: works while the page is shown.
            action.setShortcut(key)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            run = _runner(page, target)
            action.triggered.connect(lambda _checked=False: run())
        page.addAction(action)
    if not action.text():
        action.setText(text)
    if button is not None and action.icon().isNull():
        action.setIcon(button.icon())
    if button is not None:
        action._page_button = button  # type: ignore[attr-defined]
    return action


def page_actions(key: str, page: QWidget) -> list[QAction]:
    """The named main actions of `page` (built once, then kept on it)."""
    cached = getattr(page, "_main_actions", None)
    if isinstance(cached, list):
        return cached
    own = getattr(page, "page_actions", None)
    if callable(own):
        actions = list(own())
    else:
        actions = [a for a in (_build(page, spec) for spec in MAIN_ACTIONS.get(key, ())) if a]
        for action in QWidget.actions(page):  # a page may shadow actions()
            if action.text() and not action.shortcut().isEmpty() and action not in actions:
                actions.append(action)
    page._main_actions = actions  # type: ignore[attr-defined]
    return actions


def button_of(action: QAction) -> QAbstractButton | None:
    """The page button an action stands for, if any."""
    button = getattr(action, "_page_button", None)
    return button if isinstance(button, QAbstractButton) else None


def sync_enabled(actions: list[QAction]) -> None:
    """While the menu is open: grey out an action whose button is hidden or
    disabled right now (the key itself stays live and does nothing then)."""
    for action in actions:
        button = button_of(action)
        page = action.parent()
        if button is not None and isinstance(page, QWidget):
            action.setEnabled(button.isEnabled() and button.isVisibleTo(page))


def enable_all(actions: list[QAction]) -> None:
    """After the menu closed: every key works again (see sync_enabled)."""
    for action in actions:
        if button_of(action) is not None:
            action.setEnabled(True)
