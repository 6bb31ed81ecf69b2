"""The dashboard: a few figures that say where attention is needed. Each tile
opens the page behind its figure."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.session import read_only
from desktop.services.overview import DashboardFigures, dashboard_figures
from desktop.views.formatting import format_minutes
from desktop.views.list_page import PAGE_MARGIN, page_title


class FigureTile(QFrame):
    """A clickable tile: a big number, what it counts, and a note."""

    clicked = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(220, 120)
        self.value_label = QLabel("–")
        self.value_label.setObjectName("tileValue")
        self.title_label = QLabel(title)
        self.title_label.setObjectName("tileTitle")
        self.note_label = QLabel()
        self.note_label.setObjectName("tileNote")
        self.note_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(4)
        layout.addWidget(self.title_label)
        layout.addWidget(self.value_label)
        layout.addWidget(self.note_label)
        layout.addStretch(1)

    def set_figure(self, value: str, note: str) -> None:
        self.value_label.setText(value)
        self.note_label.setText(note)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)


class DashboardPage(QWidget):
    """Open tickets, unbilled hours this month, overdue invoices, prepaid
    contracts. `openPage` names the page a tile leads to."""

    openPage = Signal(str)

    def __init__(
        self,
        sessions: sessionmaker[Session],
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self._today = today
        self.tiles = {
            "tickets": FigureTile(self.tr("Open tickets")),
            "time": FigureTile(self.tr("Unbilled hours this month")),
            "invoices": FigureTile(self.tr("Overdue invoices")),
            "contracts": FigureTile(self.tr("Prepaid contracts")),
        }
        grid = QGridLayout()
        grid.setSpacing(16)
        for position, (page, tile) in enumerate(self.tiles.items()):
            tile.clicked.connect(lambda page=page: self.openPage.emit(page))
            grid.addWidget(tile, position // 2, position % 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN - 4, PAGE_MARGIN, PAGE_MARGIN)
        layout.setSpacing(16)
        layout.addWidget(page_title(self.tr("Dashboard")))
        layout.addLayout(grid)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        """Recompute the figures (each one aggregate query)."""
        today = self._today or dt.date.today()
        with read_only(self.sessions) as session:
            figures = dashboard_figures(session, today)
        self.show_figures(figures, today)

    def show_figures(self, figures: DashboardFigures, today: dt.date) -> None:
        self.figures = figures
        self.tiles["tickets"].set_figure(
            str(figures.open_tickets), self.tr("New, open or waiting — click to see tickets.")
        )
        self.tiles["time"].set_figure(
            format_minutes(figures.unbilled_minutes_this_month),
            self.tr("Billable work since %1 not yet on an invoice.").replace(
                "%1", today.replace(day=1).isoformat()
            ),
        )
        self.tiles["invoices"].set_figure(
            str(figures.overdue_invoices), self.tr("Issued, unpaid and past the due date.")
        )
        self.tiles["contracts"].set_figure(
            str(figures.active_prepaid_contracts),
            self.tr("Active, with %1 h of prepaid time left in total.").replace(
                "%1", format_minutes(figures.prepaid_minutes_left)
            ),
        )
