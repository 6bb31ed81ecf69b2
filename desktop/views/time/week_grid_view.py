"""The week grid's view: seven day columns of fixed-height rows (three lines
per entry), an empty weekend day kept narrow, and the height the rows need."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from desktop.services.records.week_grid import WeekGrid
from desktop.views.time.week_table_models import WeekGridTableModel

ROW_HEIGHT = 62  # three lines: times, client, raw and billed


class WeekGridView(QTableView):
    def __init__(self, model: WeekGridTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weekGrid")
        self.setModel(model)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setIconSize(QSize(14, 14))  # the overlap mark leaves room for the text

    def fit_weekend(self, grid: WeekGrid) -> None:
        """An empty Saturday or Sunday keeps only the width of its header,
        so the working days have room for their three lines."""
        header = self.horizontalHeader()
        for day in (5, 6):
            if grid.days[day]:
                header.setSectionResizeMode(day, QHeaderView.ResizeMode.Stretch)
            else:
                header.setSectionResizeMode(day, QHeaderView.ResizeMode.Fixed)
                header.resizeSection(day, header.sectionSizeFromContents(day).width() + 12)

    def needed_height(self) -> int:
        """Header, frame and every row (the totals row included)."""
        rows = self.model().rowCount()
        return (
            self.horizontalHeader().height()
            + 2 * self.frameWidth()
            + sum(self.rowHeight(r) for r in range(rows))
            + 2
        )
