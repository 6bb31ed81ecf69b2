"""Item models of the Time page: the week grid (days × entries, a totals row
at the bottom) and the entries of one day with raw and billed time side by
side."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.services.records.week_grid import WeekEntry, WeekGrid
from desktop.views.formatting import format_minutes
from desktop.views.theme import icon

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
EntryIdRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
OVERLAP_BACKGROUND = QColor("#FDECEA")
PREVIEW_FOREGROUND = QColor("#5B6878")


def billed_text(model: QAbstractTableModel, entry: WeekEntry) -> str:
    if not entry.billable:
        return model.tr("not billable")
    return format_minutes(entry.billed_minutes)


class WeekGridTableModel(QAbstractTableModel):
    """Seven columns (Monday first); row i holds each day's i-th entry; the
    last row holds the day's raw and billed totals."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.grid: WeekGrid | None = None

    def set_grid(self, grid: WeekGrid) -> None:
        self.beginResetModel()  # a new week: everything changes
        self.grid = grid
        self.endResetModel()

    @property
    def total_row(self) -> int:
        return self.grid.most_per_day if self.grid else 0

    def rowCount(self, parent: Index = _ROOT) -> int:
        if parent.isValid() or self.grid is None:
            return 0
        return self.grid.most_per_day + 1

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else 7

    def entry(self, index: Index) -> WeekEntry | None:
        if self.grid is None or not index.isValid():
            return None
        day = self.grid.days[index.column()]
        return day[index.row()] if index.row() < len(day) else None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or self.grid is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            return self.tr("Total") if section == self.total_row else str(section + 1)
        day = self.grid.day(section)
        names = [
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
        ]
        return f"{names[section]} {day.day}.{day.month}."

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.grid is None or not index.isValid():
            return None
        if index.row() == self.total_row:
            return self._total_data(index.column(), role)
        entry = self.entry(index)
        if entry is None:
            return None
        times = (
            self.tr("%1 raw · %2 billed")
            .replace("%1", format_minutes(entry.raw_minutes))
            .replace("%2", billed_text(self, entry))
        )
        if role == Qt.ItemDataRole.DisplayRole:
            # Raw → billed in figures: the words would not fit seven columns
            # (the tooltip, the day's table and the totals row spell them out).
            span = f"{entry.started_at:%H:%M}–{entry.ended_at:%H:%M}"
            billed = (
                f"→ {format_minutes(entry.billed_minutes)}"
                if entry.billable
                else f"· {billed_text(self, entry)}"
            )
            return f"{span}\n{entry.client}\n{format_minutes(entry.raw_minutes)} {billed}"
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [times, entry.client, entry.ticket, entry.work_type, entry.description]
            if entry.overlaps:
                lines.append(self.tr("Overlaps another entry of this technician."))
            return "\n".join(line for line in lines if line)
        if role == Qt.ItemDataRole.BackgroundRole and entry.overlaps:
            return QBrush(OVERLAP_BACKGROUND)
        if role == Qt.ItemDataRole.DecorationRole and entry.overlaps:
            return icon("overlap")
        if role == EntryIdRole:
            return entry.id
        if role == SortRole:
            return entry.started_at
        return None

    def _total_data(self, column: int, role: int) -> Any:
        assert self.grid is not None
        if role == Qt.ItemDataRole.DisplayRole:
            if not self.grid.days[column]:
                return "–"
            return (
                self.tr("%1 raw\n%2 billed")
                .replace("%1", format_minutes(self.grid.raw_total(column)))
                .replace("%2", format_minutes(self.grid.billed_total(column)))
            )
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor("#F3F5F8"))
        if role == SortRole:
            return self.grid.raw_total(column)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class DayEntriesTableModel(QAbstractTableModel):
    """One day's entries: time, client, ticket, work type, description, raw,
    billed and the rounding rule."""

    COL_TIME, COL_CLIENT, COL_TICKET, COL_WORK_TYPE, COL_DESCRIPTION = range(5)
    COL_RAW, COL_BILLED, COL_RULE = range(5, 8)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.entries: tuple[WeekEntry, ...] = ()

    def set_entries(self, entries: tuple[WeekEntry, ...]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else 8

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Time"),
            self.tr("Client"),
            self.tr("Ticket"),
            self.tr("Work type"),
            self.tr("Description"),
            self.tr("Raw"),
            self.tr("Billed"),
            self.tr("Rounding rule"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.entries):
            return None
        e = self.entries[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                f"{e.started_at:%H:%M}–{e.ended_at:%H:%M}",
                e.client,
                e.ticket,
                e.work_type,
                e.description,
                format_minutes(e.raw_minutes),
                billed_text(self, e),
                self._rule_text(e),
            )[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.COL_RAW, self.COL_BILLED):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DecorationRole and column == self.COL_TIME and e.overlaps:
            return icon("overlap")
        if role == Qt.ItemDataRole.BackgroundRole and e.overlaps:
            return QBrush(OVERLAP_BACKGROUND)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column in (self.COL_BILLED, self.COL_RULE)
            and e.billed_is_preview
        ):
            return QBrush(PREVIEW_FOREGROUND)
        if role == Qt.ItemDataRole.ToolTipRole:
            if e.overlaps:
                return self.tr("Overlaps another entry of this technician.")
            if column in (self.COL_BILLED, self.COL_RULE):
                return (
                    self.tr("Preview: what invoicing would bill with today's rule.")
                    if e.billed_is_preview
                    else self.tr("As billed on the invoice.")
                )
        if role == EntryIdRole:
            return e.id
        if role == SortRole:
            return (
                e.started_at,
                e.client,
                e.ticket,
                e.work_type,
                e.description,
                e.raw_minutes,
                e.billed_minutes,
                e.rule,
            )[column]
        return None

    def _rule_text(self, e: WeekEntry) -> str:
        if not e.billable:
            return ""
        return e.rule
