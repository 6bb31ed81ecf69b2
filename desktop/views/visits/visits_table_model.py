"""The list of visits, newest first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.services.records.visits import VisitRow
from desktop.views.formatting import format_datetime
from desktop.views.theme import icon

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
VisitIdRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2


class VisitsTableModel(QAbstractTableModel):
    COL_ARRIVED, COL_CLIENT, COL_SITE, COL_TECHNICIAN, COL_SIGNED = range(5)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[VisitRow] = []

    def set_rows(self, rows: list[VisitRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Arrived"),
            self.tr("Client"),
            self.tr("Site"),
            self.tr("Technician"),
            self.tr("Signed"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                format_datetime(row.arrived_at),
                row.client,
                row.site,
                row.technician,
                self.tr("Signed") if row.signed else self.tr("Not signed"),
            )[index.column()]
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.column() == self.COL_SIGNED
            and not row.signed
        ):
            return QBrush(QColor("#9A5B00"))
        if (
            role == Qt.ItemDataRole.DecorationRole
            and index.column() == self.COL_SIGNED
            and row.signed
        ):
            return icon("signature")
        if role == VisitIdRole:
            return row.id
        if role == SortRole:
            return (row.arrived_at, row.client, row.site, row.technician, row.signed)[
                index.column()
            ]
        return None
