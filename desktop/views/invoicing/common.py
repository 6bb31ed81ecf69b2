"""Small pieces the invoicing views share: quick-action buttons with their
shortcut in the tooltip, quantity parsing, the style."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, QDate, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDateEdit,
    QToolButton,
    QWidget,
)

from desktop.views.theme import icon

CONTEXT = "Invoicing"

EXTRA_STYLE = """
QToolButton#quickAction { padding: 5px 9px; border: 1px solid transparent; border-radius: 6px; }
QToolButton#quickAction:hover { background: #E8EEF6; border-color: #D3E1F2; }
QToolButton#quickAction:disabled { color: #A7B0BC; }
QFrame#factsPanel { background: #F7F9FB; border: 1px solid #E3E7EC; border-radius: 8px; }
QFrame#factsPanel QLabel { background: transparent; }
QLabel#factName { color: #5B6878; }
QLabel#factValue { color: #1D2733; }
QLabel#bigNumber { font-size: 14pt; font-weight: 600; color: #1D2733; }
QLabel#statusChip { border-radius: 9px; padding: 2px 10px; font-weight: 600; }
QLabel#hint { color: #5B6878; }
QPdfView { background: #E9ECF0; border: 1px solid #D8DEE6; border-radius: 6px; }
"""

# Chip colours (text, background) by status code.
STATUS_CHIPS = {
    "draft": ("#4F5B69", "#EEF1F4"),
    "issued": ("#1F5A96", "#E3EDF8"),
    "partly_paid": ("#7A4A00", "#FFF4DB"),
    "paid": ("#1E6B35", "#EAF6EE"),
    "overdue": ("#8C1D18", "#FDECEA"),
    "credited": ("#4F5B69", "#EEF1F4"),
    "void": ("#4F5B69", "#EEF1F4"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def quick_action(
    owner: QWidget,
    text: str,
    shortcut: str | QKeySequence.StandardKey,
    icon_name: str,
    slot: Callable[[], object],
) -> tuple[QAction, QToolButton]:
    """An action with a shortcut that works while `owner` is shown, and a
    flat button for it whose tooltip names the shortcut."""
    action = QAction(icon(icon_name), text, owner)
    sequence = QKeySequence(shortcut)
    action.setShortcut(sequence)
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.setToolTip(f"{text} ({sequence.toString(QKeySequence.SequenceFormat.NativeText)})")
    action.triggered.connect(lambda _checked=False: slot())
    owner.addAction(action)
    button = QToolButton()
    button.setObjectName("quickAction")
    button.setDefaultAction(action)
    button.setIconSize(QSize(18, 18))
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    return action, button


def date_edit(value: dt.date) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumWidth(120)
    return edit


def date_of(edit: QDateEdit) -> dt.date:
    value = edit.date()
    return dt.date(value.year(), value.month(), value.day())


def month_bounds(today: dt.date) -> tuple[dt.date, dt.date]:
    """The previous calendar month: what a month-end run usually bills."""
    first_this = today.replace(day=1)
    last_prev = first_this - dt.timedelta(days=1)
    return last_prev.replace(day=1), last_prev


class QuantityError(ValueError):
    pass


def parse_quantity(text: str) -> int:
    """'1.5' or '1,5' → 1500 thousandths; at most three decimals, not zero."""
    cleaned = text.strip().replace(" ", "").replace("\u202f", "")
    if "," in cleaned and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    if not cleaned:
        raise QuantityError(tr("Enter a quantity."))
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise QuantityError(
            tr("“%1” is not a quantity; type it like 1.5.").replace("%1", text.strip())
        ) from None
    if not value.is_finite():
        raise QuantityError(tr("Enter a quantity."))
    milli = value.scaleb(3)
    if milli != milli.to_integral_value():
        raise QuantityError(tr("A quantity has at most three decimals."))
    if milli == 0:
        raise QuantityError(tr("A quantity cannot be zero."))
    if abs(milli) > 10**12:
        raise QuantityError(tr("The quantity is too large."))
    return int(milli)


def plain_quantity(milli: int) -> str:
    """3500 → '3.5', 1000 → '1'."""
    text = f"{Decimal(milli).scaleb(-3):f}"
    return text.rstrip("0").rstrip(".") if "." in text else text
