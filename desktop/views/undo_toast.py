"""The undo strip at the bottom of a page: "Draft deleted. Undo". A change
that can be undone is shown here instead of being confirmed in a dialog."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

TOAST_STYLE = """
QFrame#toast { background: #2A3442; border-radius: 8px; }
QFrame#toast QLabel { color: #FFFFFF; background: transparent; }
QFrame#toast QPushButton { color: #9CC3F0; background: transparent; border: none;
                           font-weight: 600; padding: 2px 8px; }
QFrame#toast QPushButton:hover { color: #FFFFFF; }
"""


def tr(text: str) -> str:
    # Its strings were first written for the invoicing page; the context stays
    # so the shipped translations keep finding them.
    return QCoreApplication.translate("Invoicing", text)


class UndoToast(QFrame):
    """A dark strip at the bottom of the page: “Draft deleted. Undo”.
    `commit` runs when the time is up (or `finish()` is called); `undo`
    when the user clicks Undo (or presses Ctrl+Z)."""

    finished = Signal()
    TIMEOUT_MS = 8000

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("toast")
        # Styled by itself, so it looks the same on every page that uses it.
        self.setStyleSheet(TOAST_STYLE)
        self.label = QLabel()
        self.undo_button = QPushButton(tr("Undo"))
        self.undo_button.setToolTip(
            tr("Undo (%1)").replace(
                "%1",
                QKeySequence(QKeySequence.StandardKey.Undo).toString(
                    QKeySequence.SequenceFormat.NativeText
                ),
            )
        )
        self.undo_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.undo_button.clicked.connect(self.undo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 8, 8)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.undo_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.finish)
        self._commit: Callable[[], None] | None = None
        self._undo: Callable[[], None] | None = None
        self.hide()

    @property
    def pending(self) -> bool:
        return self._commit is not None

    def show_message(
        self, text: str, commit: Callable[[], None], undo: Callable[[], None] | None
    ) -> None:
        """Show `text`; a pending commit from an earlier message runs first."""
        self.finish()
        self.label.setText(text)
        self._commit, self._undo = commit, undo
        self.undo_button.setVisible(undo is not None)
        self.show()
        self.raise_()
        self._timer.start(self.TIMEOUT_MS)

    def finish(self) -> None:
        """Make the pending change final now."""
        self._timer.stop()
        commit, self._commit, self._undo = self._commit, None, None
        self.hide()
        if commit is not None:
            commit()
            self.finished.emit()

    def undo(self) -> None:
        self._timer.stop()
        undo, self._commit, self._undo = self._undo, None, None
        self.hide()
        if undo is not None:
            undo()
