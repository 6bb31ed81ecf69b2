"""Guard against the PySide6 6.12.0 bug (GOTCHAS.md): on CPython 3.11 every
wrapped Qt call returning nothing took one reference from None, and after a
few thousand calls the process aborted in none_dealloc."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex, QTimer
from PySide6.QtWidgets import QLabel

CALLS = 10_000
# A few references may come and go with caches; the bug loses one per call.
TOLERANCE = 50


class GrowingListModel(QAbstractListModel):
    """Appends one row per call, announced with begin/endInsertRows."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[int] = []

    def rowCount(self, parent=None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def data(self, index, role=0):
        return None

    def append(self, value: int) -> None:
        root = QModelIndex()
        self.beginInsertRows(root, len(self.rows), len(self.rows))
        self.rows.append(value)
        self.endInsertRows()


@pytest.mark.skipif(
    sys.version_info >= (3, 12),
    reason="None is immortal on CPython >= 3.12, so its refcount cannot drift",
)
def test_qt_calls_returning_none_do_not_drain_none(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    timer = QTimer()
    model = GrowingListModel()
    before = sys.getrefcount(None)
    for i in range(CALLS):
        label.setText("x" if i % 2 else "y")
        timer.start(1000)
        timer.stop()
        model.append(i)
    after = sys.getrefcount(None)
    assert model.rowCount() == CALLS
    assert before - after < TOLERANCE, (
        f"None lost {before - after} references over {CALLS} rounds of Qt calls: this "
        "PySide6 build has the refcount bug; keep PySide6 6.11.x on Python 3.11"
    )
