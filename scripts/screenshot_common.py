"""Helpers of the screenshot scripts: let Qt settle, wait for a condition,
grab a window with the dialogs open over it, and save a small PNG."""

from __future__ import annotations

import io
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEvent,
    QIODevice,
    QPoint,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QCursor, QFont, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QWidget


class Shots:
    """Where the pictures go and what was saved, in order."""

    def __init__(self, outdir: Path) -> None:
        self.outdir = outdir
        self.saved: list[Path] = []

    def save(self, pixmap: QPixmap, name: str) -> Path:
        path = self.outdir / f"{name}.png"
        save_png(pixmap, path)
        self.saved.append(path)
        return path

    def window(self, window: QWidget, name: str, *dialogs: QWidget) -> Path:
        """The window as it looks, with `dialogs` drawn where they sit. A
        passing status-bar message (it may name a temporary folder) goes."""
        status = getattr(window, "statusBar", None)
        if status is not None:
            status().clearMessage()
        settle()
        return self.save(grab_with_dialogs(window, *dialogs), name)

    def widget(self, widget: QWidget, name: str) -> Path:
        settle()
        return self.save(widget.grab(), name)


def settle(rounds: int = 6) -> None:
    """Let queued events, layouts and repaints run. Without the application's
    event loop, objects passed to deleteLater() (e.g. the chart axes a refresh
    replaces) would stay on screen: delete them here, as the loop would."""
    app = QApplication.instance()
    for _ in range(rounds):
        app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        time.sleep(0.01)
    app.processEvents()


def wait_until(condition: Callable[[], bool], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not reach the state to photograph")
        QApplication.processEvents()
        time.sleep(0.02)
    settle()


def park_cursor() -> None:
    """Move the pointer off the window, so no tile shows its hover state."""
    QCursor.setPos(QPoint(5000, 5000))


TITLE_BAR = 30  # drawn over each dialog: there is no window manager to draw one


def grab_with_dialogs(window: QWidget, *dialogs: QWidget) -> QPixmap:
    """A window grab does not include the top-level dialogs over it, and
    without a window manager they have no frame: paint each where Qt placed
    it, with a title bar, a border and a soft shadow, over the dimmed window."""
    picture = window.grab()
    if not dialogs:
        return picture
    painter = QPainter(picture)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(picture.rect(), QColor(20, 30, 45, 60))  # the window behind is inactive
    origin = window.mapToGlobal(QPoint(0, 0))
    for dialog in dialogs:
        image = dialog.grab()
        top_left = dialog.mapToGlobal(QPoint(0, 0)) - origin + QPoint(0, TITLE_BAR // 2)
        if not picture.rect().contains(QRect(top_left, image.size())):
            top_left = QPoint(
                max((picture.width() - image.width()) // 2, 0),
                max((picture.height() - image.height() + TITLE_BAR) // 2, TITLE_BAR),
            )
        frame = QRect(top_left - QPoint(0, TITLE_BAR), image.size() + QSize(0, TITLE_BAR))
        painter.setPen(Qt.PenStyle.NoPen)
        for spread, alpha in ((12, 8), (7, 16), (3, 28)):
            painter.setBrush(QColor(0, 0, 0, alpha))
            painter.drawRoundedRect(frame.adjusted(-spread, -spread + 4, spread, spread + 4), 9, 9)
        bar = QRect(frame.topLeft(), QSize(frame.width(), TITLE_BAR))
        painter.fillRect(bar, QColor("#DDE3EA"))
        painter.drawPixmap(top_left, image)
        painter.setPen(QColor("#2A3442"))
        font = QFont(dialog.font())
        font.setBold(True)
        painter.setFont(font)
        text = bar.adjusted(12, 0, -40, 0)
        title = painter.fontMetrics().elidedText(
            dialog.windowTitle(), Qt.TextElideMode.ElideRight, text.width()
        )
        painter.drawText(
            text, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), title
        )
        painter.setPen(QColor("#5B6878"))
        close = QRect(bar.right() - 28, bar.top(), 20, TITLE_BAR)
        painter.drawText(close, int(Qt.AlignmentFlag.AlignCenter), "✕")
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QColor("#8E99A8"))
        painter.drawRect(frame.adjusted(0, 0, -1, -1))
    painter.end()
    return picture


def save_png(pixmap: QPixmap, path: Path) -> None:
    """Save compressed; with Pillow at hand, as a 256-colour palette PNG
    (a third of the size, no visible change for flat interface colours)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pixmap.save(buffer, "PNG")
    buffer.close()
    try:
        from PIL import Image
    except ImportError:
        path.write_bytes(bytes(data))
        return
    image = Image.open(io.BytesIO(bytes(data))).convert("RGB")
    palette = image.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    palette.save(path, optimize=True)
