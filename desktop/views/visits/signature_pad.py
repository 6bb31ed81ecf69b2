"""A signature pad: the customer signs with the mouse, a pen or a finger.

Strokes are kept as point lists in widget coordinates; `to_png()` draws them
again, larger and anti-aliased, on a transparent background, cropped to the
ink, so the report shows a clean signature on any paper colour."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

INK = QColor("#14213D")
EXPORT_SCALE = 2  # PNG pixels per widget pixel: sharper when printed


class SignaturePad(QWidget):
    """Emits `changed` after each stroke and on clear()."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signaturePad")
        self.strokes: list[list[QPointF]] = []
        self._current: list[QPointF] | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents, True)
        self.setMinimumSize(320, 130)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setToolTip(self.tr("Sign here with the mouse, a pen or a finger"))

    def sizeHint(self) -> QSize:
        return QSize(460, 150)

    # -- state ---------------------------------------------------------------

    def is_empty(self) -> bool:
        return not any(len(s) > 1 for s in self.strokes)

    def clear(self) -> None:
        self.strokes.clear()
        self._current = None
        self.update()
        self.changed.emit()

    # -- input: mouse, pen, touch all end up in these three --------------------

    def begin_stroke(self, point: QPointF) -> None:
        self._current = [QPointF(point)]
        self.strokes.append(self._current)
        self.update()

    def extend_stroke(self, point: QPointF) -> None:
        if self._current is None:
            return
        if self._current and (self._current[-1] - point).manhattanLength() < 0.5:
            return
        self._current.append(QPointF(point))
        self.update()

    def end_stroke(self) -> None:
        if self._current is None:
            return
        if len(self._current) == 1:  # a tap is a dot
            dot = self._current[0]
            self._current.append(dot + QPointF(0.6, 0.6))
        self._current = None
        self.update()
        self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.begin_stroke(event.position())
            event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton or self._current is not None:
            self.extend_stroke(event.position())
            event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.extend_stroke(event.position())
            self.end_stroke()
            event.accept()

    def tabletEvent(self, event: QTabletEvent) -> None:
        # Accepting the tablet event stops Qt from synthesising mouse events,
        # so a pen stroke is not recorded twice.
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self.begin_stroke(event.position())
        elif kind == QEvent.Type.TabletMove and self._current is not None:
            self.extend_stroke(event.position())
        elif kind == QEvent.Type.TabletRelease:
            self.end_stroke()
        event.accept()

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (
            QEvent.Type.TouchBegin,
            QEvent.Type.TouchUpdate,
            QEvent.Type.TouchEnd,
            QEvent.Type.TouchCancel,
        ):
            assert isinstance(event, QTouchEvent)
            points = event.points()
            if points:
                position = points[0].position()
                if kind == QEvent.Type.TouchBegin:
                    self.begin_stroke(position)
                elif kind == QEvent.Type.TouchUpdate:
                    self.extend_stroke(position)
                else:
                    self.extend_stroke(position)
                    self.end_stroke()
            event.accept()
            return True
        return super().event(event)

    # -- drawing -------------------------------------------------------------

    @staticmethod
    def _path(stroke: list[QPointF]) -> QPainterPath:
        """A smooth path through the points (midpoint quadratic curves)."""
        path = QPainterPath(stroke[0])
        if len(stroke) == 2:
            path.lineTo(stroke[1])
            return path
        for previous, point in pairwise(stroke):
            path.quadTo(previous, (previous + point) / 2)
        path.lineTo(stroke[-1])
        return path

    def _draw_ink(self, painter: QPainter, offset: QPointF | None = None) -> None:
        offset = offset if offset is not None else QPointF()
        pen = QPen(
            INK, 2.4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin
        )
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for stroke in self.strokes:
            if len(stroke) > 1:
                painter.drawPath(self._path(stroke).translated(-offset))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(QPen(QColor("#C5CED9"), 1))
        painter.setBrush(QColor("#FFFFFF"))
        painter.drawRoundedRect(box, 6, 6)
        baseline = self.height() - 30
        painter.setPen(QPen(QColor("#AEB8C4"), 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(24, baseline), QPointF(self.width() - 24, baseline))
        painter.setPen(QColor("#8A96A5"))
        painter.drawText(QPointF(24, baseline + 18), "✕")
        if self.is_empty() and self._current is None:
            painter.drawText(
                QRectF(0, 0, self.width(), baseline - 4),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("Customer signature"),
            )
        self._draw_ink(painter)

    # -- export --------------------------------------------------------------

    def ink_rect(self) -> QRectF:
        rect = QRectF()
        for stroke in self.strokes:
            if len(stroke) > 1:
                rect = rect.united(self._path(stroke).boundingRect())
        return rect

    def to_png(self) -> bytes:
        """The strokes as a PNG with a transparent background (b"" if empty)."""
        if self.is_empty():
            return b""
        margin = 6.0
        area = self.ink_rect().adjusted(-margin, -margin, margin, margin)
        size = QSize(
            max(int(area.width() * EXPORT_SCALE), 1), max(int(area.height() * EXPORT_SCALE), 1)
        )
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(EXPORT_SCALE, EXPORT_SCALE)
        self._draw_ink(painter, area.topLeft())
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.convertToFormat(QImage.Format.Format_ARGB32).save(buffer, "PNG")
        buffer.close()
        return bytes(data.data())
