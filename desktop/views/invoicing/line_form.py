"""The form under an invoice's lines: edit the selected line of a draft, or
type a new line or discount, in place."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop.services.common.money import AmountError, parse_amount
from desktop.views.record_dialog import field_with_error, service_message

from .common import QuantityError, input_amount, input_quantity, parse_quantity, tr


class LineForm(QFrame):
    """Edit the selected line, or type a new line or discount, in place.
    Errors show under the field concerned; what was typed stays."""

    MODES = ("edit", "add", "discount")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("factsPanel")
        self.mode = "edit"
        self.line_id: int | None = None
        self.currency = ""
        self.heading = QLabel()
        self.heading.setObjectName("sectionTitle")
        self.description_edit = QLineEdit()
        self.quantity_edit = QLineEdit()
        self.unit_edit = QLineEdit()
        self.price_edit = QLineEdit()
        self.errors: dict[str, QLabel] = {}
        self.widgets = {
            "description": self.description_edit,
            "quantity": self.quantity_edit,
            "unit": self.unit_edit,
            "price": self.price_edit,
        }
        grid = QGridLayout(self)
        grid.setContentsMargins(12, 10, 12, 10)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.heading, 0, 0, 1, 4)
        self.captions: dict[str, QLabel] = {}
        for column, (key, caption) in enumerate(
            (
                ("description", tr("Description")),
                ("quantity", tr("Quantity")),
                ("unit", tr("Unit")),
                ("price", tr("Unit price")),
            )
        ):
            label = QLabel(caption)
            label.setObjectName("factName")
            label.setBuddy(self.widgets[key])
            self.captions[key] = label
            holder, error = field_with_error(self.widgets[key])
            if key != "description":
                holder.setFixedWidth(self.fontMetrics().horizontalAdvance("0") * 14)
            self.errors[key] = error
            grid.addWidget(label, 1, column)
            grid.addWidget(holder, 2, column, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 1)
        self.problem = QLabel()
        self.problem.setObjectName("fieldError")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.apply_button = QPushButton(tr("Save line"))
        self.apply_button.setToolTip(tr("Save the line (Enter)"))
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setToolTip(tr("Forget the changes (Esc)"))
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.problem, 3)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.apply_button)
        grid.addLayout(buttons, 3, 0, 1, 4)
        for edit in self.widgets.values():
            edit.returnPressed.connect(self.apply_button.click)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancel_button.click()
            return
        super().keyPressEvent(event)

    def start(self, mode: str, line=None, currency: str = "") -> None:
        """Fill the form for `mode`: "edit" `line`, or a new "add"/"discount"."""
        self.mode = mode
        self.currency = currency or self.currency
        self.clear_errors()
        self.line_id = line.id if line is not None else None
        if mode == "edit" and line is not None:
            self.heading.setText(tr("Line %1").replace("%1", str(line.position)))
            self.description_edit.setText(line.description)
            self.quantity_edit.setText(input_quantity(line.quantity_milli))
            self.unit_edit.setText(line.unit)
            self.price_edit.setText(input_amount(line.unit_price_minor, self.currency))
            self.apply_button.setText(tr("Save line"))
            self.description_edit.setCursorPosition(0)
        else:
            discount = mode == "discount"
            self.heading.setText(tr("New discount") if discount else tr("New line"))
            self.description_edit.setText(tr("Discount") if discount else "")
            self.quantity_edit.setText("1")
            self.unit_edit.setText(tr("pc"))
            self.price_edit.clear()
            self.price_edit.setPlaceholderText(tr("amount off") if discount else "")
            self.apply_button.setText(tr("Add discount") if discount else tr("Add line"))
        # A line's unit was set when it was billed; only new lines choose one.
        self.unit_edit.setReadOnly(mode == "edit")
        # Nothing to edit: no form at all (rather than a greyed-out one).
        self.setVisible(mode != "edit" or line is not None)

    def clear_errors(self) -> None:
        self.problem.hide()
        for key, label in self.errors.items():
            label.hide()
            widget = self.widgets[key]
            if widget.property("invalid"):
                widget.setProperty("invalid", False)
                widget.style().unpolish(widget)
                widget.style().polish(widget)

    def show_error(self, key: str | None, message: str) -> None:
        if key is None:
            self.problem.setText(message)
            self.problem.show()
            return
        self.errors[key].setText(message)
        self.errors[key].show()
        widget = self.widgets[key]
        widget.setProperty("invalid", True)
        widget.style().unpolish(widget)
        widget.style().polish(widget)
        widget.setFocus()

    def values(self) -> tuple[str, int, str, int] | None:
        """Description, quantity (thousandths), unit, price (minor units), or
        None after showing what is wrong."""
        self.clear_errors()
        description = self.description_edit.text().strip()
        errors: list[tuple[str, str]] = []
        if not description:
            errors.append(("description", tr("A line needs a description.")))
        quantity = price = 0
        try:
            quantity = parse_quantity(self.quantity_edit.text())
        except QuantityError as exc:
            errors.append(("quantity", str(exc)))
        unit = self.unit_edit.text().strip()
        if not unit:
            errors.append(("unit", tr("Give a unit, e.g. h or pc.")))
        try:
            price = parse_amount(self.price_edit.text(), self.currency, allow_negative=True)
        except AmountError as exc:
            errors.append(("price", service_message(str(exc))))
        for key, message in reversed(errors):
            self.show_error(key, message)
        return None if errors else (description, quantity, unit, price)
