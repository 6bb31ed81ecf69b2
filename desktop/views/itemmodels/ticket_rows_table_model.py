"""A small read-only table of service dataclasses for the helpdesk screens:
the materials on a ticket and the report tables (SLA, feedback). Rows are
few (one per client, technician or material), so the model holds them all
and sorts them itself; the column list says what each column shows."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class RowColumn:
    """One column: its title, the native value (sorting, tests) and the
    text shown; numbers align right."""

    title: str
    value: Callable[[Any], Any]
    text: Callable[[Any], str] | None = None
    numeric: bool = False
    tooltip: Callable[[Any], str] | None = None


def _alignment(numeric: bool) -> int:
    horizontal = Qt.AlignmentFlag.AlignRight if numeric else Qt.AlignmentFlag.AlignLeft
    return int(horizontal | Qt.AlignmentFlag.AlignVCenter)


class TicketRowsTableModel(QAbstractTableModel):
    SortRole = Qt.ItemDataRole.UserRole + 1
    IdRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, columns: Sequence[RowColumn], parent=None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Everything changes when the period or the ticket does: reset."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row) if column.text else str(column.value(row))
        if role == self.SortRole:
            return column.value(row)
        if role == self.IdRole:
            return getattr(row, "id", None)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(column.numeric)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(self.columns[section].numeric)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        value = self.columns[column].value

        def key(row: Any) -> tuple[bool, Any]:
            native = value(row)
            return (native is None, native if native is not None else 0)

        self.layoutAboutToBeChanged.emit()
        order_before = list(range(len(self._rows)))
        order_before.sort(
            key=lambda i: key(self._rows[i]), reverse=order == Qt.SortOrder.DescendingOrder
        )
        new_position = {old: new for new, old in enumerate(order_before)}
        self._rows = [self._rows[i] for i in order_before]
        # Keep selections and other persistent indexes on their rows.
        old = self.persistentIndexList()
        self.changePersistentIndexList(
            old, [self.index(new_position[i.row()], i.column()) for i in old]
        )
        self.layoutChanged.emit()
