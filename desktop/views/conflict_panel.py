"""Two versions of one record side by side, after a save was refused
because someone else saved first: the user's values next to the other
user's, one row per field that differs, a tick box to take theirs.

Generic: the caller passes the fields as (key, label) pairs and the two
versions as dicts of display text; it merges the ticked keys itself."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

EMPTY = "—"


class ConflictPanel(QGroupBox):
    """Your values next to the values the other user saved; tick a row to
    take their value. `use_ticked` and `keep_mine` are for the caller."""

    COL_FIELD, COL_MINE, COL_THEIRS = range(3)

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictPanel")
        self.setTitle(title or self.tr("Two versions of this record"))
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("conflictTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Yours"), self.tr("Theirs (tick to take)")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(True)
        self.table.setStyleSheet("QTableWidget#conflictTable::item { padding: 3px 4px; }")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.COL_FIELD, QHeaderView.ResizeMode.ResizeToContents)
        # Long values wrap: the rows grow once the columns have their width.
        header.sectionResized.connect(lambda *_: self._fit_rows())
        self.use_ticked = QPushButton(self.tr("Use the ticked values"))
        self.keep_mine = QPushButton(self.tr("Keep all my values"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.use_ticked)
        buttons.addWidget(self.keep_mine)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.keys: list[str] = []

    def show_versions(
        self,
        fields: list[tuple[str, str]],
        mine: dict[str, str],
        theirs: dict[str, str],
        opened: dict[str, str] | None = None,
    ) -> list[str]:
        """List the fields whose values differ and return their keys. A field
        only they changed (yours is still what you opened) starts ticked;
        one both changed starts unticked, so yours is kept unless chosen."""
        opened = opened or {}
        self.keys = [key for key, _label in fields if mine.get(key, "") != theirs.get(key, "")]
        labels = dict(fields)
        self.table.setRowCount(len(self.keys))
        for row, key in enumerate(self.keys):
            self.table.setItem(row, self.COL_FIELD, QTableWidgetItem(labels[key]))
            mine_item = QTableWidgetItem(mine.get(key) or EMPTY)
            mine_item.setToolTip(mine.get(key, ""))
            self.table.setItem(row, self.COL_MINE, mine_item)
            theirs_item = QTableWidgetItem(theirs.get(key) or EMPTY)
            theirs_item.setToolTip(theirs.get(key, ""))
            theirs_item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            only_they_changed = key in opened and opened[key] == mine.get(key, "")
            theirs_item.setCheckState(
                Qt.CheckState.Checked if only_they_changed else Qt.CheckState.Unchecked
            )
            self.table.setItem(row, self.COL_THEIRS, theirs_item)
        self._fit_rows()
        self.show()
        return list(self.keys)

    def _fit_rows(self) -> None:
        """Rows as tall as their wrapped text; the table as tall as its rows."""
        self.table.resizeRowsToContents()
        self.table.setFixedHeight(
            self.table.horizontalHeader().sizeHint().height()
            + sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
            + 2 * self.table.frameWidth()
            + 2
        )

    def ticked(self) -> list[str]:
        """The fields whose value is taken from the other version."""
        return [
            key
            for row, key in enumerate(self.keys)
            if self.table.item(row, self.COL_THEIRS).checkState() == Qt.CheckState.Checked
        ]

    def set_ticked(self, key: str, ticked: bool) -> None:
        row = self.keys.index(key)
        self.table.item(row, self.COL_THEIRS).setCheckState(
            Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        )
