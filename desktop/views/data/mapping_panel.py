"""The 'Columns' box of the import dialog: one combo per field of the kind
being imported, each offering the file's columns (or 'not imported')."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from desktop.services.data.imports import Field


class ColumnMappingPanel(QGroupBox):
    """`edited` is emitted when the user picks another column for a field;
    `mapping()` is field key → column index of the fields that are mapped."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Columns"))
        self._layout = QVBoxLayout(self)
        self._panel: QWidget | None = None
        self._combos: dict[str, QComboBox] = {}
        self._filling = False

    def rebuild(
        self, headers: tuple[str, ...], fields: tuple[Field, ...], mapping: dict[str, int]
    ) -> None:
        """Show the combos for `fields` over `headers`, set to `mapping`."""
        self._filling = True
        if self._panel is not None:
            # Hidden at once; deleted when the event loop next turns.
            self._panel.hide()
            self._layout.removeWidget(self._panel)
            self._panel.deleteLater()
        self._panel = QWidget()
        grid = QGridLayout(self._panel)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        self._combos = {}
        per_column = (len(fields) + 1) // 2
        for number, field in enumerate(fields):
            label = QLabel(self.tr(field.label) + (" *" if field.required else ""))
            combo = QComboBox()
            combo.setObjectName(f"map_{field.key}")
            combo.addItem(self.tr("(not imported)"), -1)
            for index, header in enumerate(headers):
                combo.addItem(header or self.tr("column %1").replace("%1", str(index + 1)), index)
            combo.setCurrentIndex(max(combo.findData(mapping.get(field.key, -1)), 0))
            combo.currentIndexChanged.connect(self._changed)
            row, pair = number % per_column, number // per_column
            grid.addWidget(label, row, pair * 2)
            grid.addWidget(combo, row, pair * 2 + 1)
            self._combos[field.key] = combo
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setRowStretch(per_column, 1)
        self._layout.addWidget(self._panel)
        self._filling = False

    def _changed(self) -> None:
        if not self._filling:
            self.edited.emit()

    def field_keys(self) -> list[str]:
        return list(self._combos)

    def set_column(self, field: str, index: int | None) -> None:
        """Map `field` to column `index` (None leaves it out)."""
        combo = self._combos[field]
        combo.setCurrentIndex(combo.findData(-1 if index is None else index))

    def mapping(self) -> dict[str, int]:
        return {
            key: combo.currentData()
            for key, combo in self._combos.items()
            if combo.currentData() >= 0
        }
