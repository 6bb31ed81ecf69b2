"""Thin Qt adapters for the import dialog: the preview (first rows under
the mapped fields, the file's line number as the row header) and the list
of rejected rows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.services.data.imports import Rejected

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class ImportPreviewTableModel(QAbstractTableModel):
    """Rows of (line, field → text); columns are the mapped fields."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._columns: list[tuple[str, str]] = []  # (field key, label)
        self._rows: list[tuple[int, dict[str, str]]] = []

    def set_preview(
        self, columns: list[tuple[str, str]], rows: list[tuple[int, dict[str, str]]]
    ) -> None:
        # Columns and rows change together: a reset is the honest signal.
        self.beginResetModel()
        self._columns = list(columns)
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        key = self._columns[index.column()][0]
        return self._rows[index.row()][1].get(key, "")

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._columns):
                return self._columns[section][1]
            return None
        if 0 <= section < len(self._rows):
            return str(self._rows[section][0])
        return None


class RejectedRowsTableModel(QAbstractTableModel):
    """Line number and reason of every rejected row."""

    COL_LINE = 0
    COL_REASON = 1
    SortRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Rejected] = []

    def set_rows(self, rows: list[Rejected]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Rejected]:
        return list(self._rows)

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else 2

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == self.SortRole:
            return row.line if index.column() == self.COL_LINE else row.reason
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return str(row.line) if index.column() == self.COL_LINE else row.reason
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.COL_LINE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Line"), self.tr("Reason"))[section] if section in (0, 1) else None
