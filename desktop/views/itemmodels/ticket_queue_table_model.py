"""The ticket queue as a lazily paged table: one saved filter at a time,
full-text search instead of LIKE, and the SLA column in colour (overdue red,
at risk amber, paused grey) so breaches show before they happen."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.session import read_only
from desktop.services.helpdesk import search
from desktop.services.helpdesk.ticket_queue import queue_spec
from desktop.services.queries.listing import ListRow, fetch_page
from desktop.views.itemmodels.paged_table_model import AnyIndex, PagedTableModel

# SLA code → (text colour, background)
SLA_COLOURS = {
    "overdue": ("#8C1D18", "#FDECEA"),
    "at_risk": ("#7A4A00", "#FFF4DB"),
    "paused": ("#4F5B69", "#EEF1F4"),
    "breached": ("#8C1D18", None),
    "vendor": ("#4A3B7A", "#F1EEF8"),
    "vendor_late": ("#7A4A00", "#FFF4DB"),
    "met": ("#1E6B35", None),
}


def sla_labels() -> dict[str, str]:
    def tr(text: str) -> str:
        return QCoreApplication.translate("TicketQueue", text)

    return {
        "overdue": tr("Overdue"),
        "at_risk": tr("At risk"),
        "paused": tr("Paused"),
        "on_track": tr("On track"),
        "met": tr("Met"),
        "breached": tr("Breached"),
        "vendor": tr("With vendor"),
        "vendor_late": tr("Vendor late"),
        "none": tr("—"),
    }


class TicketQueueTableModel(PagedTableModel):
    """Tickets of one saved filter; `set_filter_text` searches the full text."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        *,
        filter_key: str = "open",
        me: int | None = None,
        tier: int | None = None,
        parent=None,
    ) -> None:
        # The first page is read inside the base constructor: state first.
        self._filter_key, self._me, self._tier = filter_key, me, tier
        self._sla_labels = sla_labels()
        super().__init__(sessions, queue_spec(filter_key, dt.datetime.now()), parent=parent)
        self._sla_column = self.spec.column_index("sla")

    @property
    def filter_key(self) -> str:
        return self._filter_key

    def set_view(self, filter_key: str, *, me: int | None = None, tier: int | None = None) -> None:
        """Show another saved filter (for technician `me`, at `tier`)."""
        if (filter_key, me, tier) != (self._filter_key, self._me, self._tier):
            self._filter_key, self._me, self._tier = filter_key, me, tier
            self._reload(len_hint=self._page_size)

    def _query(self, offset: int, limit: int) -> list[ListRow]:
        with read_only(self._sessions) as session:
            needle = self._filter_text
            condition = search.ticket_match(session, needle) if needle else None
            spec = queue_spec(
                self._filter_key, dt.datetime.now(), me=self._me, tier=self._tier, search=condition
            )
            return fetch_page(session, spec, self._sort_column, self._order, "", offset, limit)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == self._sla_column and index.row() < len(self._rows):
            code = self._rows[index.row()].values[self._sla_column]
            colours = SLA_COLOURS.get(code)
            if role == Qt.ItemDataRole.DisplayRole:
                return self._sla_labels.get(code, code)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor(colours[0]) if colours else None
            if role == Qt.ItemDataRole.BackgroundRole:
                return QColor(colours[1]) if colours and colours[1] else None
        return super().data(index, role)
