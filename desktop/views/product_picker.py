"""A catalogue picker that is searched by typing: the visit's and the
ticket's material forms use it.

The products sit in one Python list behind a thin list model (no widget
item per product), and the combo's completer filters it in Qt on every key
("ssd" finds "Samsung SSD 1 TB" anywhere in the text, ignoring case), so
thousands of products stay quick (benchmarks/product_picker.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QListView, QWidget

from desktop.services.records.timer import Choice

Index = QModelIndex | QPersistentModelIndex


class ProductListModel(QAbstractListModel):
    """Row 0 is "no product" (empty text, id None); then one row per product."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[int | None, str]] = [(None, "")]

    def set_choices(self, choices: list[Choice]) -> None:
        self.beginResetModel()
        self._rows = [(None, ""), *((c.id, c.text) for c in choices)]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row_id, text = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return text
        if role == Qt.ItemDataRole.UserRole:
            return row_id
        return None

    def row_typed(self, text: str) -> int:
        """The row a typed text names: the one it spells (any case), else
        the first starting with it, as a plain combo's keyboard search
        would pick; -1 for none."""
        typed = text.strip().casefold()
        if not typed:
            return -1
        texts = [t.casefold() for _id, t in self._rows]
        if typed in texts[1:]:
            return texts.index(typed, 1)
        return next((r for r, t in enumerate(texts) if r and t.startswith(typed)), -1)

    def row_of(self, row_id: int | None) -> int:
        for row, (candidate, _text) in enumerate(self._rows):
            if candidate == row_id:
                return row
        return -1


class ProductPicker(QComboBox):
    """An editable combo over the catalogue: type part of a name or SKU and
    pick from the list that drops down. `currentData()` is the chosen
    product's id; text typed but not picked counts when it spells a product
    or starts one (the first, like a plain combo's keyboard search), else it
    is None and the form refuses it at the field, with the text kept."""

    def __init__(self, none_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.products = ProductListModel(self)
        self.setModel(self.products)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        line = self.lineEdit()
        line.setPlaceholderText(none_text)
        line.setClearButtonEnabled(True)
        completer = QCompleter(self.products, self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        # One row height for all: the list never measures thousands of rows.
        popup = completer.popup()
        if isinstance(popup, QListView):
            popup.setUniformItemSizes(True)
        self.setCompleter(completer)
        # Cleared (after a line is added, or by the user): no list left open.
        line.textChanged.connect(lambda text: completer.popup().hide() if not text else None)

    def set_choices(self, choices: list[Choice]) -> None:
        """Replace the products, keeping the chosen one when still there."""
        current = self.currentData()
        self.blockSignals(True)
        self.products.set_choices(choices)
        self.setCurrentIndex(max(self.products.row_of(current), 0))
        self.blockSignals(False)

    def currentData(self, role: int = Qt.ItemDataRole.UserRole) -> Any:
        index = self.currentIndex()
        if self.currentText() != self.itemText(index):
            index = self.products.row_typed(self.currentText())
        if index <= 0:
            return None
        return self.itemData(index, role)

    def select_product(self, product_id: int | None) -> None:
        self.setCurrentIndex(max(self.products.row_of(product_id), 0))
