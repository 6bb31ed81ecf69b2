"""The dashboard's building blocks: a clickable figure tile (title, big
number, note) and a titled chart tile; both emit `clicked` and carry the
page (and filter) they open."""

from __future__ import annotations

from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QMouseEvent, QPainter, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

VALUE_POINTS = 22  # the theme's tileValue size


class _Clickable:
    """Emits `clicked` on a left click inside the widget, or Return/Space."""

    def _click_release(self, event: QMouseEvent) -> bool:
        return event.button() == Qt.MouseButton.LeftButton and self.rect().contains(  # type: ignore[attr-defined]
            event.position().toPoint()
        )

    @staticmethod
    def _click_key(event: QKeyEvent) -> bool:
        return event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)


class FigureTile(_Clickable, QFrame):
    """A clickable tile: what it counts, a big number, and a note. `page`
    and `filter` say what it opens."""

    clicked = Signal()

    def __init__(
        self, title: str, page: str, filter_key: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.page = page
        self.filter = filter_key
        self.setObjectName("tile")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(150, 120)
        self.value_label = QLabel("–")
        self.value_label.setObjectName("tileValue")
        self.title_label = QLabel(title)
        self.title_label.setObjectName("tileTitle")
        self.title_label.setWordWrap(True)
        self.note_label = QLabel()
        self.note_label.setObjectName("tileNote")
        self.note_label.setWordWrap(True)
        self.note_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(4)
        layout.addWidget(self.title_label)
        layout.addWidget(self.value_label)
        layout.addWidget(self.note_label, 1)

    def set_figure(self, value: str, note: str, *, alert: bool = False) -> None:
        self.value_label.setText(value)
        self._fit_value()
        self.note_label.setText(note)
        if bool(self.value_label.property("alert")) != alert:
            self.value_label.setProperty("alert", alert)
            self.value_label.style().unpolish(self.value_label)
            self.value_label.style().polish(self.value_label)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_value()

    def _fit_value(self) -> None:
        """Shrink the big number until it fits the tile (long amounts)."""
        room = self.contentsRect().width() - 40
        font = QFont(self.value_label.font())
        font.setWeight(QFont.Weight.DemiBold)
        size = VALUE_POINTS
        font.setPointSizeF(size)
        while size > 8 and QFontMetrics(font).horizontalAdvance(self.value_label.text()) > room:
            size -= 1
            font.setPointSizeF(size)
        self.value_label.setStyleSheet(f"font-size: {size}pt;")

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._click_release(event):
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._click_key(event):
            self.clicked.emit()
            return
        super().keyPressEvent(event)


class ChartView(_Clickable, QChartView):
    clicked = Signal()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._click_release(event):
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class ChartTile(QFrame):
    """A titled chart in a tile frame, with a note under it; a click anywhere
    on the chart opens `page`."""

    clicked = Signal()

    def __init__(self, title: str, page: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.filter: str | None = None
        self.setObjectName("tile")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.title_label = QLabel(title)
        self.title_label.setObjectName("chartTitle")
        self.title_label.setWordWrap(True)
        self.chart = QChart()
        self.chart.setBackgroundVisible(False)
        self.chart.setMargins(QMargins(0, 4, 0, 0))
        self.chart.layout().setContentsMargins(0, 0, 0, 0)
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.view = ChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(180)
        self.view.setStyleSheet("background: transparent; border: none;")
        self.view.clicked.connect(self.clicked)
        self.note_label = QLabel()
        self.note_label.setObjectName("tileNote")
        self.note_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 10)
        layout.setSpacing(2)
        layout.addWidget(self.title_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.note_label)

    def clear(self) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)
