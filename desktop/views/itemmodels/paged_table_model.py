"""A table model over one of the SQL lists in desktop.services.queries.listing.

It holds only the rows fetched so far and asks for the next page when the
view scrolls near the end (canFetchMore/fetchMore). Sorting and filtering
re-run the query in SQL and reset the model; nothing counts all rows, so the
first page of a list with millions of rows shows at once."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.session import read_only
from desktop.services.queries.listing import PAGE_SIZE, ListRow, ListSpec, Order, fetch_page
from desktop.views.formatting import (
    CODE_COLOURS,
    code_labels,
    format_code,
    format_date,
    format_datetime,
    format_days,
    format_minutes,
    format_money,
)

_ALIGN = {
    "left": Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
    "right": Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
    "center": Qt.AlignmentFlag.AlignCenter,
}

AnyIndex = QModelIndex | QPersistentModelIndex
# The invalid index: the parent of every row in a flat table.
_ROOT = QModelIndex()


class PagedTableModel(QAbstractTableModel):
    """Rows of `spec`, fetched `page_size` at a time in SQL order."""

    SortRole = Qt.ItemDataRole.UserRole
    IdRole = Qt.ItemDataRole.UserRole + 1

    # Emitted after every reset or appended page with the rows loaded so far.
    rowsLoaded = Signal(int)

    def __init__(
        self,
        sessions: sessionmaker[Session],
        spec: ListSpec,
        *,
        page_size: int = PAGE_SIZE,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self._sessions = sessions
        self._spec = spec
        self._page_size = page_size
        self._rows: list[ListRow] = []
        self._exhausted = False
        # Views (and the model tester) may ask for more rows while an insert
        # is being announced; never start a second fetch inside the first.
        self._fetching = False
        # Listeners of modelReset (Qt's model tester among them) may ask for
        # more rows while the reset is still being announced; appending rows
        # then would nest an insert inside the reset. Views ask again later.
        self._resetting = False
        self._sort_column, self._order = spec.default_sort
        self._filter_text = ""
        self._include_archived = False
        self._labels = code_labels()
        self._titles = [
            QCoreApplication.translate("Listing", column.title) for column in spec.columns
        ]
        self._reload(len_hint=page_size)

    # -- state the views read ---------------------------------------------

    @property
    def spec(self) -> ListSpec:
        return self._spec

    @property
    def sort_column(self) -> int:
        return self._sort_column

    @property
    def sort_order(self) -> Qt.SortOrder:
        if self._order == "desc":
            return Qt.SortOrder.DescendingOrder
        return Qt.SortOrder.AscendingOrder

    @property
    def filter_text(self) -> str:
        return self._filter_text

    @property
    def include_archived(self) -> bool:
        return self._include_archived

    def loaded_count(self) -> int:
        return len(self._rows)

    def is_complete(self) -> bool:
        """True when every row of the list (as filtered) is loaded."""
        return self._exhausted

    def row_id(self, row: int) -> int:
        return self._rows[row].id

    # -- changing what is shown -------------------------------------------

    def set_filter_text(self, text: str) -> None:
        text = text.strip()
        if text != self._filter_text:
            self._filter_text = text
            self._reload(len_hint=self._page_size)

    def set_include_archived(self, include: bool) -> None:
        if include != self._include_archived:
            self._include_archived = include
            self._reload(len_hint=self._page_size)

    def refresh(self) -> None:
        """Re-read the rows loaded so far (after a save elsewhere)."""
        self._reload(len_hint=max(self._page_size, len(self._rows)))

    def find_row(self, record_id: int, *, max_rows: int = 5000) -> int | None:
        """The row showing `record_id`, fetching more pages (up to
        `max_rows`) when it is not loaded yet; None if it is not in the list."""
        while True:
            for row, item in enumerate(self._rows):
                if item.id == record_id:
                    return row
            if self._exhausted or len(self._rows) >= max_rows:
                return None
            self.fetchMore(QModelIndex())

    def _query(self, offset: int, limit: int) -> list[ListRow]:
        with read_only(self._sessions) as session:
            return fetch_page(
                session,
                self._spec,
                self._sort_column,
                self._order,
                self._filter_text,
                offset,
                limit,
                include_archived=self._include_archived,
            )

    def _reload(self, *, len_hint: int) -> None:
        rows = self._query(0, len_hint)
        self.beginResetModel()
        self._rows = rows
        self._exhausted = len(rows) < len_hint
        self._resetting = True
        try:
            self.endResetModel()
        finally:
            self._resetting = False
        self.rowsLoaded.emit(len(self._rows))

    # -- QAbstractTableModel ----------------------------------------------

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._spec.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self._spec.columns[index.column()]
        value = row.values[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, index.column(), value)
        if role == self.SortRole:
            return value
        if role == self.IdRole:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _ALIGN[column.align]
        if role == Qt.ItemDataRole.ForegroundRole and column.kind == "code":
            code = row.extras[column.display_extra] if column.display_extra else value
            colour = CODE_COLOURS.get(code) if isinstance(code, str) else None
            return QColor(colour) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole and column.kind == "text" and value:
            text = str(value)
            return text if len(text) > column.width_chars else None
        return None

    def _display(self, row: ListRow, column_index: int, value: Any) -> str:
        column = self._spec.columns[column_index]
        if column.display_extra is not None:
            value = row.extras[column.display_extra]
        if value is None:
            if column.null_text:
                return QCoreApplication.translate("Listing", column.null_text)
            return ""
        kind = column.kind
        if kind == "money":
            return format_money(value, row.extras.get(column.currency or ""))
        if kind == "minutes":
            return format_minutes(value)
        if kind == "datetime":
            return format_datetime(value)
        if kind == "date":
            return format_date(value)
        if kind == "days":
            return format_days(value)
        if kind == "bool":
            return "✓" if value else ""
        if kind == "code":
            return format_code(value, self._labels)
        return str(value)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._titles):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._titles[section]  # the tooltip reads an elided title whole
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _ALIGN[self._spec.columns[section].align]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def canFetchMore(self, parent: AnyIndex = _ROOT) -> bool:
        return not (parent.isValid() or self._exhausted or self._fetching or self._resetting)

    def fetchMore(self, parent: AnyIndex = _ROOT) -> None:
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        try:
            rows = self._query(len(self._rows), self._page_size)
            if len(rows) < self._page_size:
                self._exhausted = True
            if rows:
                first = len(self._rows)
                self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
                self._rows.extend(rows)
                self.endInsertRows()
        finally:
            self._fetching = False
        self.rowsLoaded.emit(len(self._rows))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Re-query in SQL order; columns that cannot be sorted are ignored."""
        if not 0 <= column < len(self._spec.columns):
            return
        if not self._spec.columns[column].sortable:
            return
        new_order: Order = "desc" if order == Qt.SortOrder.DescendingOrder else "asc"
        if (column, new_order) == (self._sort_column, self._order):
            return
        self._sort_column, self._order = column, new_order
        self._reload(len_hint=self._page_size)
