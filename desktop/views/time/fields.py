"""A form whose fields show their own error message underneath — the same
look as RecordDialog's, for forms that live in a page rather than a dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from desktop.services.records.timer import Choice
from desktop.views.record_dialog import field_with_error, service_message


class ErrorForm(QFormLayout):
    """add_field() adds a labelled field with a hidden error line under it;
    show_errors() fills them, keeping whatever the user typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalSpacing(14)
        self.setVerticalSpacing(8)
        self.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}

    def add_field(self, key: str, label: str, widget: QWidget) -> QWidget:
        self.addRow(label, self.wrap(key, widget))
        return widget

    def wrap(self, key: str, widget: QWidget) -> QWidget:
        """The field with its error line, for layouts other than rows."""
        holder, error = field_with_error(widget)
        self.fields[key] = widget
        self.errors[key] = error
        return holder

    def error_text(self, key: str) -> str:
        label = self.errors[key]
        return label.text() if not label.isHidden() else ""

    def show_errors(self, errors: dict[str, str]) -> list[str]:
        """Show the messages under their fields; return those that belong to
        no field (for a banner). Focus the first field in error."""
        self.clear_errors()
        first: QWidget | None = None
        unplaced = []
        for key, message in errors.items():
            if key not in self.fields:
                unplaced.append(service_message(message))
                continue
            self.errors[key].setText(service_message(message))
            self.errors[key].show()
            widget = self.fields[key]
            _mark(widget, True)
            first = first or widget
        if first is not None:
            first.setFocus()
        return unplaced

    def clear_errors(self) -> None:
        for key, label in self.errors.items():
            label.hide()
            label.clear()
            _mark(self.fields[key], False)


def _mark(widget: QWidget, invalid: bool) -> None:
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def fill_combo(
    combo: QComboBox,
    choices: list[Choice],
    *,
    none_text: str | None = None,
    keep: int | None = None,
) -> None:
    """Replace the items (data = id), keeping the chosen id when still there."""
    current = combo.currentData() if keep is None else keep
    combo.blockSignals(True)
    combo.clear()
    if none_text is not None:
        combo.addItem(none_text, None)
    for choice in choices:
        combo.addItem(choice.text, choice.id)
    index = combo.findData(current) if current is not None else -1
    combo.setCurrentIndex(index if index >= 0 else 0)
    combo.blockSignals(False)


def select_id(combo: QComboBox, item_id: int | None) -> None:
    index = combo.findData(item_id)
    if index >= 0:
        combo.setCurrentIndex(index)
