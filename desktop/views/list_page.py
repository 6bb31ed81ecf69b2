"""A page showing one SQL list: title, search box, table and empty state.

The clients page builds on it; the other lists use it as it is."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from desktop.services.queries.listing import ListSpec
from desktop.views.itemmodels.paged_table_model import PagedTableModel
from desktop.views.theme import icon

SEARCH_DELAY_MS = 250
PAGE_MARGIN = 20


class StretchFloor(QObject):
    """Keeps a stretching column at `floor` pixels at least: when the other
    columns leave it less (a small window, long titles in Greek or Polish),
    it stops stretching and the table scrolls sideways instead of cutting
    every name to a few letters."""

    def __init__(self, table: QTableView, section: int, floor: int) -> None:
        super().__init__(table)
        self.table, self.section, self.floor = table, section, floor

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            header = self.table.horizontalHeader()
            others = sum(header.sectionSize(i) for i in range(header.count()) if i != self.section)
            room = self.table.viewport().width() - others
            if room >= self.floor:
                header.setSectionResizeMode(self.section, QHeaderView.ResizeMode.Stretch)
            else:
                header.setSectionResizeMode(self.section, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(self.section, self.floor)
        return False


def page_title(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("pageTitle")
    return label


def read_only_table(model) -> QTableView:
    """A table of `model` as every list shows one: whole rows selected one at
    a time, no editing, no grid, one line per row, no row numbers."""
    table = QTableView()
    table.setModel(model)
    table.setAlternatingRowColors(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    return table


class ListPage(QWidget):
    """Title, a toolbar row with the search box, and the table (or, when it
    has no rows, a sentence saying why and what to do)."""

    # The status bar listens: the text to show changed (rows loaded, filter).
    statusChanged = Signal()

    def __init__(
        self,
        sessions: sessionmaker[Session],
        spec: ListSpec,
        title: str,
        empty_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        self._empty_text = empty_text
        self.model = PagedTableModel(sessions, spec, parent=self)

        self.search = QLineEdit()
        self.search.setObjectName("searchBox")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search…"))
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setMinimumWidth(280)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(self._search_timer.start)

        self.table = self._make_table()
        self.empty_label = QLabel()
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)

        self.toolbar = QHBoxLayout()
        self.toolbar.setSpacing(8)
        self.toolbar.addWidget(self.search)
        self.toolbar.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN - 4, PAGE_MARGIN, PAGE_MARGIN - 8)
        layout.setSpacing(12)
        layout.addWidget(page_title(title))
        layout.addLayout(self.toolbar)
        self.content = QVBoxLayout()
        self.content.addWidget(self.stack, 1)
        layout.addLayout(self.content, 1)

        self.model.rowsLoaded.connect(self._on_rows_loaded)
        self._on_rows_loaded(self.model.loaded_count())

    def _make_table(self) -> QTableView:
        table = read_only_table(self.model)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(self.spec.stretch_column is None)
        header.setMinimumSectionSize(48)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        char = table.fontMetrics().horizontalAdvance("0")
        for section, column in enumerate(self.spec.columns):
            title_width = header.fontMetrics().horizontalAdvance(
                self.model.headerData(section, Qt.Orientation.Horizontal)
            )
            # Room for typical content, and for the title with its sort arrow
            # up to three characters more: a longer title (Greek "Αρχειοθετημένος"
            # over a yes/no column) is elided, its tooltip says it whole, and
            # the stretching column keeps the width the others would take.
            content = column.width_chars * char
            width = max(content, min(title_width + 22, content + 3 * char)) + 12
            table.setColumnWidth(section, width)
            if column.key == self.spec.stretch_column:
                # Long text takes what the fixed-width columns leave, so the
                # table fits the window without a horizontal scroll bar; but
                # never less than half its typical width (StretchFloor).
                header.setSectionResizeMode(section, QHeaderView.ResizeMode.Stretch)
                table.viewport().installEventFilter(
                    StretchFloor(table, section, column.width_chars * char // 2)
                )
        header.setSortIndicator(self.model.sort_column, self.model.sort_order)
        header.setSortIndicatorShown(True)
        table.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._keep_sortable_indicator)
        return table

    def _keep_sortable_indicator(self, section: int, _order: Qt.SortOrder) -> None:
        # A click on a column that cannot be sorted (free text) would move the
        # arrow while the rows keep their order: put the arrow back.
        if not self.spec.columns[section].sortable:
            header = self.table.horizontalHeader()
            header.setSortIndicator(self.model.sort_column, self.model.sort_order)

    def apply_search(self) -> None:
        """Filter now (the search box calls this after a short pause)."""
        self._search_timer.stop()
        self.model.set_filter_text(self.search.text())

    def _on_rows_loaded(self, count: int) -> None:
        if count:
            self.stack.setCurrentWidget(self.table)
        else:
            needle = self.model.filter_text
            if needle:
                text = self.tr("Nothing matches “%1”.").replace("%1", needle)
            else:
                text = self._empty_text
            self.empty_label.setText(text)
            self.stack.setCurrentWidget(self.empty_label)
        self.statusChanged.emit()

    def status_text(self) -> str:
        """ "200+ time entries" while more can be fetched, "12 clients" when
        all are loaded."""
        count = self.model.loaded_count()
        noun = QCoreApplication.translate("Listing", self.spec.noun_plural)
        more = "" if self.model.is_complete() else "+"
        return f"{count}{more} {noun}"

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.data(rows[0], PagedTableModel.IdRole)

    def select_id(self, record_id: int) -> bool:
        """Select and show the row of `record_id`; False if it is not listed."""
        row = self.model.find_row(record_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.selectRow(row)
        self.table.scrollTo(index)
        return True

    def refresh(self) -> None:
        """Re-read the list, keeping the selected row selected."""
        selected = self.selected_id()
        self.model.refresh()
        if selected is not None:
            self.select_id(selected)
