"""Building blocks every settings section shares: a form whose fields show
their own error underneath, a status line, and saving in one unit of work
that keeps what was typed when the save is refused."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.session import unit_of_work
from desktop.services.common.errors import UserError
from desktop.services.records.clients import NotFound
from desktop.views.record_dialog import service_message

STATUS_CLEAR_MS = 6000


class FieldForm(QFrame):
    """A white card with a bold title, labelled fields and their error lines."""

    def __init__(self, title: str = "", note: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsCard")
        self._fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self.actions: QWidget | None = None
        self.actions_slot: QWidget | None = None
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(20, 16, 20, 16)
        self.layout_.setSpacing(10)
        if title:
            heading = QLabel(title)
            heading.setObjectName("sectionTitle")
            self.layout_.addWidget(heading)
        self.note = QLabel(note)
        self.note.setObjectName("tileNote")
        self.note.setWordWrap(True)
        self.note.setVisible(bool(note))
        self.layout_.addWidget(self.note)
        self.banner = QLabel()
        self.banner.setObjectName("dialogBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.layout_.addWidget(self.banner)
        # Lists (tables) of a card go here, above its fields.
        self.top = QVBoxLayout()
        self.top.setSpacing(8)
        self.layout_.addLayout(self.top)
        self.form = QFormLayout()
        self.form.setHorizontalSpacing(16)
        self.form.setVerticalSpacing(8)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.layout_.addLayout(self.form)

    def add_field(
        self, key: str, label: str, widget: QWidget, hint: str = "", target: QWidget | None = None
    ) -> QWidget:
        """Add `widget` under `label` with an error line; `target` is the part
        that takes the focus and the red frame (default: the widget)."""
        holder = QWidget()
        # The holder takes the row's full width so a hint under a narrow
        # field (a spin box) wraps across the card instead of being cut.
        holder.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        grows = widget.sizePolicy().horizontalPolicy() in (
            QSizePolicy.Policy.Expanding,
            QSizePolicy.Policy.MinimumExpanding,
        )
        # Text boxes take the row; combo and spin boxes keep their own width.
        column.addWidget(widget, 0, Qt.AlignmentFlag(0) if grows else Qt.AlignmentFlag.AlignLeft)
        if hint:
            hint_label = QLabel(hint)
            hint_label.setObjectName("fieldHint")
            hint_label.setWordWrap(True)
            column.addWidget(hint_label)
        error = QLabel()
        error.setObjectName("fieldError")
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        self.form.addRow(label, holder)
        self._fields[key] = target or widget
        self._errors[key] = error
        return widget

    def add_row(self, label: str, widget: QWidget) -> None:
        self.form.addRow(label, widget)

    def add_buttons(self, *buttons: QWidget, status: QLabel | None = None) -> None:
        """The card's action row at its foot. The row sits in a slot of its
        own so the page can lift it into a footer that stays on screen
        while the card runs past the bottom of the window (settings.sticky)."""
        self.actions = QWidget()
        self.actions.setObjectName("cardActions")
        row = QHBoxLayout(self.actions)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        if status is not None:
            row.addWidget(status, 1)
        else:
            row.addStretch(1)
        for button in buttons:
            row.addWidget(button)
        self.actions_slot = QWidget()
        slot = QVBoxLayout(self.actions_slot)
        slot.setContentsMargins(0, 0, 0, 0)
        slot.addWidget(self.actions)
        self.layout_.addWidget(self.actions_slot)

    def field(self, key: str) -> QWidget:
        return self._fields[key]

    def error_text(self, key: str) -> str:
        label = self._errors[key]
        return label.text() if not label.isHidden() else ""

    def show_errors(self, errors: dict[str, str]) -> None:
        self.clear_errors()
        first: QWidget | None = None
        for key, message in errors.items():
            if key not in self._fields:
                self.show_banner(service_message(message))
                continue
            self._errors[key].setText(service_message(message))
            self._errors[key].show()
            widget = self._fields[key]
            _mark(widget, True)
            first = first or widget
        if first is not None:
            first.setFocus()

    def clear_errors(self) -> None:
        self.banner.hide()
        for key, label in self._errors.items():
            label.hide()
            label.clear()
            _mark(self._fields[key], False)

    def show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.show()

    def show_user_error(self, exc: UserError) -> None:
        """A service's refusal: under the field(s) it names, else in the banner."""
        errors = exc.field_errors()
        if errors:
            self.show_errors(errors)
        else:
            self.clear_errors()
            self.show_banner(service_message(exc.message))


def _mark(widget: QWidget, invalid: bool) -> None:
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class StatusLabel(QLabel):
    """ "Saved." next to the button, fading after a few seconds."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("savedNote")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear)

    def flash(self, text: str) -> None:
        self.setText(text)
        self._timer.start(STATUS_CLEAR_MS)


def save_in_unit_of_work(
    sessions: sessionmaker[Session], form: FieldForm, action: Callable[[Session], Any]
) -> bool:
    """Run `action` in one unit of work. On a refusal show it at the fields
    (or in the card's banner), keep every typed value and return False."""
    form.clear_errors()
    try:
        with unit_of_work(sessions) as session:
            action(session)
    except NotFound:
        gone = "This record no longer exists; reopen Settings."
        form.show_banner(QCoreApplication.translate("FieldForm", gone))
        return False
    except UserError as exc:
        form.show_user_error(exc)
        return False
    return True


def make_table(headers: list[str]) -> QTableWidget:
    """A read-only, single-row-selection table that fits small lists."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setMinimumHeight(150)
    return table


def fill_table(table: QTableWidget, rows: list[tuple[int, list[str]]], muted: set[int]) -> None:
    """Replace the rows; row ids go in UserRole of column 0; muted rows
    (inactive records) are greyed."""
    selected = selected_id(table)
    table.setRowCount(len(rows))
    for r, (row_id, values) in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            if c == 0:
                item.setData(Qt.ItemDataRole.UserRole, row_id)
            if row_id in muted:
                item.setForeground(Qt.GlobalColor.gray)
            table.setItem(r, c, item)
        if row_id == selected:
            table.selectRow(r)


def selected_id(table: QTableWidget) -> int | None:
    rows = table.selectionModel().selectedRows() if table.selectionModel() else []
    if not rows:
        return None
    item = table.item(rows[0].row(), 0)
    return item.data(Qt.ItemDataRole.UserRole) if item is not None else None


def select_id(table: QTableWidget, row_id: int) -> None:
    for r in range(table.rowCount()):
        item = table.item(r, 0)
        if item is not None and item.data(Qt.ItemDataRole.UserRole) == row_id:
            table.selectRow(r)
            return


def button(text: str, object_name: str = "") -> QPushButton:
    widget = QPushButton(text)
    if object_name:
        widget.setObjectName(object_name)
    return widget


def stack_cards(section: QWidget, *cards: QWidget) -> None:
    """Lay a settings section out as its cards one under the other."""
    layout = QVBoxLayout(section)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(16)
    for card in cards:
        layout.addWidget(card)
    layout.addStretch(1)


def skill_level_text(level: str) -> str:
    """A technician's skill level as the Settings pages name it."""
    return {
        "junior": QCoreApplication.translate("Settings", "Junior"),
        "standard": QCoreApplication.translate("Settings", "Standard"),
        "senior": QCoreApplication.translate("Settings", "Senior"),
        "expert": QCoreApplication.translate("Settings", "Expert"),
    }.get(level, level)


def toggle_active(
    sessions: sessionmaker[Session],
    form: FieldForm,
    row: Any,
    set_active: Callable[[Session, int, bool], object],
) -> bool:
    """Deactivate the chosen row, or reactivate it, through its service;
    False when nothing is chosen or the service refused (said on `form`)."""
    if row is None:
        return False
    return save_in_unit_of_work(sessions, form, lambda s: set_active(s, row.id, not row.active))
