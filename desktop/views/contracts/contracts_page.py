"""The contracts page. First tab: the office manager's prepaid overview
(`prepaid_overview.PrepaidOverview`). Second tab: every contract of every
kind (searchable, sortable, read-only), the selected one's terms under it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.session import read_only
from desktop.services.prepaid.overview import contract_facts
from desktop.services.queries.listing import CONTRACTS
from desktop.views import changes
from desktop.views.contracts.contract_details import ContractDetails
from desktop.views.contracts.prepaid_overview import PrepaidOverview
from desktop.views.list_page import PAGE_MARGIN, ListPage, page_title

__all__ = ["ContractDetails", "ContractsPage", "PrepaidOverview"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("ContractsPage", text)


class ContractsPage(QWidget):
    """Prepaid overview and all contracts, on two tabs."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.sessions = sessions
        changes.watch_changes(
            self, sessions, {changes.CONTRACTS, changes.PREPAID, changes.CLIENTS}, self.refresh
        )
        self.prepaid = PrepaidOverview(sessions, today=today)
        self.all_contracts = ListPage(
            sessions,
            CONTRACTS,
            _tr("Contracts"),
            _tr(
                "No contracts yet. Time & materials, prepaid hours, term support and managed "
                "services contracts all appear here."
            ),
        )
        # The tab names the list; the page title above says "Contracts" once.
        for label in self.all_contracts.findChildren(QLabel, "pageTitle"):
            label.hide()
        self.all_contracts.layout().setContentsMargins(0, 10, 0, 0)
        self.details = ContractDetails()
        self.details.setStyleSheet(
            "QLabel#contractDetails { background: #FFFFFF; border: 1px solid #D8DEE6;"
            " border-radius: 6px; }"
        )
        self.all_contracts.table.selectionModel().selectionChanged.connect(self._show_details)
        details_scroll = QScrollArea()
        details_scroll.setWidgetResizable(True)
        details_scroll.setFrameShape(QFrame.Shape.NoFrame)
        details_scroll.setWidget(self.details)
        all_tab = QSplitter(Qt.Orientation.Vertical)
        all_tab.setChildrenCollapsible(False)
        all_tab.addWidget(self.all_contracts)
        all_tab.addWidget(details_scroll)
        all_tab.setStretchFactor(0, 1)
        all_tab.setSizes([440, 240])
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.prepaid, _tr("Prepaid hours"))
        self.tabs.addTab(all_tab, _tr("All contracts"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN - 4, PAGE_MARGIN, PAGE_MARGIN - 8)
        layout.setSpacing(8)
        layout.addWidget(page_title(_tr("Contracts")))
        layout.addWidget(self.tabs, 1)
        self._shown_before = False

    def _show_details(self) -> None:
        contract_id = self.all_contracts.selected_id()
        facts = None
        if contract_id is not None:
            with read_only(self.sessions) as session:
                facts = contract_facts(session, contract_id)
        self.details.show_facts(facts)

    def showEvent(self, event: QShowEvent) -> None:
        # Work billed or topped up elsewhere changes the balances: re-read
        # (~20 ms) each time the page comes back, not when it is built.
        if self._shown_before:
            self.refresh()
        self._shown_before = True
        super().showEvent(event)

    def set_filter(self, key: str) -> None:
        """Show the prepaid tab filtered ('active', 'low' or 'all')."""
        self.tabs.setCurrentWidget(self.prepaid)
        self.prepaid.set_filter(key)

    def refresh(self) -> None:
        self.prepaid.refresh()
        self.all_contracts.refresh()
