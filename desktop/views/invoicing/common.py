"""Small pieces the invoicing views share: quick-action buttons with their
shortcut in the tooltip, quantity parsing, the style."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QDate, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDateEdit,
    QHeaderView,
    QSizePolicy,
    QTableView,
    QToolButton,
    QWidget,
)

from desktop.services.billing.pricing import MINUTES_PER_HOUR, minutes_milli
from desktop.services.billing.unbilled import LineView
from desktop.services.common.durations import DurationError, parse_duration
from desktop.services.common.money import minor_digits, round_half_up
from desktop.services.queries import lookup
from desktop.services.queries.lookup import LookupFailed
from desktop.views.formatting import (
    NumberTextError,
    date_display_format,
    format_decimal,
    format_minutes,
    input_decimal,
    normalise_number,
)
from desktop.views.list_page import read_only_table
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
QTableView#linesTable::item { padding: 0 6px; }
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
    # Never narrower than its text: a squeezed button would elide it.
    button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
    return action, button


def page_table(model: QAbstractItemModel, stretch: int) -> QTableView:
    """A read-only table of the Invoices page; column `stretch` takes the room."""
    table = read_only_table(model)
    header = table.horizontalHeader()
    header.setMinimumSectionSize(60)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def date_edit(value: dt.date) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_display_format())
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
    """What a person typed ("1,5", "1.5", "1 234,5") → thousandths, read by
    the one quantity parser (services.lookup) after the locale-aware number
    rules; at most three decimals, not zero."""
    try:
        cleaned = normalise_number(text)
    except NumberTextError as exc:
        raise QuantityError(str(exc)) from None
    if not cleaned:
        raise QuantityError(tr("Enter a quantity."))
    try:
        milli = lookup.parse_quantity(cleaned)
    except LookupFailed:
        raise QuantityError(tr("A quantity has at most three decimals.")) from None
    if milli == 0:
        raise QuantityError(tr("A quantity cannot be zero."))
    if abs(milli) > 10**12:
        raise QuantityError(tr("The quantity is too large."))
    return milli


def _quantity(milli: int) -> Decimal:
    """Thousandths as a Decimal without trailing zeros (3500 → 3.5)."""
    value = Decimal(milli).scaleb(-3)
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()


def format_quantity(milli: int, unit: str = "") -> str:
    """A quantity as people read it in the interface language ("1,5 h" in
    Polish): as stored, without trailing zeros, so qty × price = net."""
    text = format_decimal(_quantity(milli))
    return f"{text} {unit}".strip() if unit else text


def amount_text(minor: int, currency: str) -> str:
    """An amount without its currency code, for a table whose invoice
    total names the currency once ("1 234,50")."""
    return format_decimal(Decimal(int(minor)).scaleb(-minor_digits(currency)))


def input_amount(minor: int, currency: str) -> str:
    """Stored minor units for an input field in the user's format ("1234,50")."""
    digits = minor_digits(currency)
    return input_decimal(Decimal(int(minor)).scaleb(-digits), digits)


def input_quantity(milli: int) -> str:
    """A quantity for an input field: the locale's decimal point, no grouping."""
    return input_decimal(_quantity(milli))


def _minutes_left(line: LineView) -> int:
    left = line.quantity_milli - line.credited_milli
    return round_half_up(left * MINUTES_PER_HOUR, 1000)


def credit_cells(line: LineView) -> tuple[str, str, str]:
    """Invoiced, left and the credit to type, for one line of the credit
    dialog: H:MM for time priced by the minute, else the quantity."""
    left = line.quantity_milli - line.credited_milli
    if not line.by_minute:
        return (
            format_quantity(line.quantity_milli, line.unit),
            format_quantity(left, line.unit),
            input_quantity(left) if left else "0",
        )
    minutes = _minutes_left(line)
    return (
        f"{format_minutes(line.billed_minutes)} {line.unit}",
        f"{format_minutes(minutes)} {line.unit}",
        format_minutes(minutes) if left else "0",
    )


def parse_credit(text: str, line: LineView) -> int:
    """Thousandths of `line` to credit: a quantity, or for time priced by
    the minute also H:MM (all the minutes left credit the whole rest)."""
    if not (line.by_minute and ":" in text):
        return parse_quantity(text)
    try:
        minutes = parse_duration(text)
    except DurationError as exc:
        raise QuantityError(str(exc)) from None
    if minutes == _minutes_left(line):
        return line.quantity_milli - line.credited_milli
    return minutes_milli(minutes)
