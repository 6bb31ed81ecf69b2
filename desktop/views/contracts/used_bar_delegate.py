"""Draws the share of a prepaid block used as a slim bar with the
percentage beside it, coloured by how close the contract is to its alerts."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.services.prepaid.overview import FULL_BP, LEVEL_CRITICAL, LEVEL_LOW
from desktop.views.theme import ACCENT

BAR_COLOURS = {LEVEL_LOW: QColor("#D98B1A"), LEVEL_CRITICAL: QColor("#C8372D")}
TRACK = QColor("#E3E7EC")


class UsedBarDelegate(QStyledItemDelegate):
    """Paints the (used_bp, level) pair of `role`; the display text is the
    percentage and stays what screen readers and copies get."""

    def __init__(self, role: int, parent=None) -> None:
        super().__init__(parent)
        self._role = role

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        value = index.data(self._role)
        if value is None:
            super().paint(painter, option, index)
            return
        used_bp, level = value
        # Background and selection as the style draws them, without the text.
        background = QStyleOptionViewItem(option)
        self.initStyleOption(background, index)
        background.text = ""
        style = background.widget.style() if background.widget else None
        if style is not None:
            style.drawControl(
                QStyle.ControlElement.CE_ItemViewItem, background, painter, background.widget
            )
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        metrics = option.fontMetrics
        text_width = metrics.horizontalAdvance("100 %") + 8
        rect = option.rect.adjusted(8, 0, -8, 0)
        bar_height = 8
        bar = QRectF(
            rect.left(),
            rect.center().y() - bar_height / 2 + 1,
            max(rect.width() - text_width, 10),
            bar_height,
        )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(TRACK)
        painter.drawRoundedRect(bar, 4, 4)
        share = min(max(used_bp, 0), FULL_BP) / FULL_BP
        if share > 0:
            filled = QRectF(bar.left(), bar.top(), max(bar.width() * share, bar_height), bar_height)
            painter.setBrush(BAR_COLOURS.get(level, QColor(ACCENT)))
            painter.drawRoundedRect(filled, 4, 4)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(option.palette.color(role))
        text_rect = QRectF(bar.right() + 6, rect.top(), text_width, rect.height())
        painter.drawText(
            text_rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), text
        )
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(max(hint.width(), 150), hint.height())
