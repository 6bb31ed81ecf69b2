"""The All invoices tab of the Invoices page: the searchable list, the
detail panel beside it, selecting and opening an invoice."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit, QSplitter, QToolButton, QVBoxLayout, QWidget

from desktop.db.session import read_only
from desktop.services.billing import unbilled
from desktop.services.billing.invoices import InvoiceError
from desktop.services.queries.listing import INVOICES
from desktop.views.itemmodels.paged_table_model import PagedTableModel
from desktop.views.list_page import SEARCH_DELAY_MS
from desktop.views.theme import icon

from .common import page_table, tr
from .summary_panel import InvoiceSummaryPanel

if TYPE_CHECKING:
    from .editor import InvoiceEditor
    from .page import InvoicesPage


class InvoiceList:
    """The tab (`widget`): search box, list and summary panel, for `page`."""

    def __init__(self, page: InvoicesPage) -> None:
        self.page = page
        self.search = QLineEdit()
        self.search.setObjectName("searchBox")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(tr("Search number, client or status…"))
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setMaximumWidth(360)
        self.search_timer = QTimer(page)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(lambda: self.model.set_filter_text(self.search.text()))
        self.search.textChanged.connect(self.search_timer.start)
        self.model = PagedTableModel(page.sessions, INVOICES, parent=page)
        self.table = page_table(self.model, INVOICES.column_index("client"))
        self.table.setObjectName("invoicesTable")
        char = self.table.fontMetrics().horizontalAdvance("0")
        for section, col in enumerate(INVOICES.columns):
            if col.key != "client":
                self.table.setColumnWidth(section, col.width_chars * char + 24)
        header = self.table.horizontalHeader()
        header.setSortIndicator(self.model.sort_column, self.model.sort_order)
        header.setSortIndicatorShown(True)
        self.table.setSortingEnabled(True)
        self.table.activated.connect(lambda _i: page.open_selected())
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        self.shown_id: int | None = None  # the invoice in the summary panel
        self.model.modelReset.connect(self._reselect)
        self.summary = InvoiceSummaryPanel()
        self.widget = QWidget()
        column = QVBoxLayout(self.widget)
        column.setContentsMargins(0, 8, 0, 0)
        column.addWidget(self.search)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        split.addWidget(self.table)
        split.addWidget(self.summary)
        split.setStretchFactor(0, 1)
        split.setSizes([760, 300])
        column.addWidget(split, 1)

    def add_actions(self, open_action: QAction) -> None:
        """Open, Payment… and Credit note… under the selected invoice's summary."""
        open_button = QToolButton()
        open_button.setObjectName("quickAction")
        open_button.setDefaultAction(open_action)
        open_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.summary.actions_row.addWidget(open_button)
        then: Callable[[InvoiceEditor], object]
        for text, tip, icon_name, then in (
            (
                tr("Payment…"),
                tr("Record money received for this invoice"),
                "payment",
                lambda editor: editor.issued.record_payment(),
            ),
            (
                tr("Credit note…"),
                tr("Correct this invoice with a credit note"),
                "credit",
                lambda editor: editor.issued.credit_note(),
            ),
        ):
            button = QToolButton()
            button.setObjectName("quickAction")
            button.setText(text)
            button.setIcon(icon(icon_name))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setToolTip(tip)
            button.clicked.connect(lambda _c=False, then=then: self._open_and(then))
            self.summary.actions_row.addWidget(button)
            self.summary.buttons.append(button)
        self.summary.show_invoice(None)

    def show_search(self, text: str) -> None:
        """Search for `text` now (no typing delay)."""
        self.search.setText(text)
        self.search_timer.stop()
        self.model.set_filter_text(text)

    def selected_invoice(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.data(index, PagedTableModel.IdRole)

    def select_invoice(self, invoice_id: int) -> bool:
        row = self.model.find_row(invoice_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _reselect(self) -> None:
        """The list was re-read (a search, a sort, a refresh): keep the
        invoice the panel shows selected when it is still listed, else take
        the first row, so the panel, Open and Ctrl+O agree on one invoice."""
        if self.model.rowCount() == 0:
            self.shown_id = None
            self.summary.show_invoice(None)
            return
        row = None
        if self.shown_id is not None:
            row = self.model.find_row(self.shown_id, max_rows=0)  # loaded rows only
        self.table.selectRow(0 if row is None else row)

    def _selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.shown_id = None
            self.summary.show_invoice(None)
            return
        invoice_id = self.model.data(current, PagedTableModel.IdRole)
        self.shown_id = invoice_id
        try:
            with read_only(self.page.sessions) as session:
                view = unbilled.invoice_view(session, invoice_id, dt.date.today())
        except InvoiceError:
            view = None
        self.summary.show_invoice(view)

    def _open_and(self, then: Callable[[InvoiceEditor], object]) -> None:
        invoice_id = self.selected_invoice()
        if invoice_id is not None:
            then(self.page.open_invoice(invoice_id))
