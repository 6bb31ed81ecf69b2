"""Qt table models of the invoicing page: unbilled work per client, the
lines of one invoice, and the results of a month-end run."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from desktop.services.billing.month_end import ClientRun
from desktop.services.billing.unbilled import Estimate, UnbilledClient
from desktop.views.formatting import format_date, format_minutes, format_money

from .common import amount_text, format_quantity, tr

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
MUTED = QColor("#6B7785")
WARN = QColor("#A15C00")


class _Table(QAbstractTableModel):
    SortRole = Qt.ItemDataRole.UserRole
    IdRole = Qt.ItemDataRole.UserRole + 1
    titles: tuple[str, ...] = ()
    right: frozenset[int] = frozenset()

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows())

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.titles)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.titles):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.titles[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if section in self.right else _LEFT
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def _rows(self) -> list[Any]:
        raise NotImplementedError


class UnbilledTableModel(_Table):
    """Client, entries, hours, oldest, estimated amount. Hours and dates
    arrive at once; amounts arrive one client at a time (`set_estimate`)."""

    COL_CLIENT, COL_ENTRIES, COL_HOURS, COL_OLDEST, COL_AMOUNT = range(5)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.titles = (tr("Client"), tr("Entries"), tr("Hours"), tr("Oldest"), tr("Estimate"))
        self.right = frozenset({self.COL_ENTRIES, self.COL_HOURS, self.COL_AMOUNT})
        self._items: list[UnbilledClient] = []
        self._estimates: dict[int, Estimate] = {}
        self.today = dt.date.today()

    def _rows(self) -> list[UnbilledClient]:
        return self._items

    def set_rows(self, rows: list[UnbilledClient]) -> None:
        self.beginResetModel()
        self._items = list(rows)
        self._estimates = {}
        self.endResetModel()

    def client_id(self, row: int) -> int:
        return self._items[row].client_id

    def row_of(self, client_id: int) -> int | None:
        return next((i for i, r in enumerate(self._items) if r.client_id == client_id), None)

    def set_estimate(self, estimate: Estimate) -> None:
        row = self.row_of(estimate.client_id)
        if row is None:
            return
        self._estimates[estimate.client_id] = estimate
        index = self.index(row, self.COL_AMOUNT)
        self.dataChanged.emit(index, index)

    def estimate(self, client_id: int) -> Estimate | None:
        return self._estimates.get(client_id)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._items):
            return None
        item = self._items[index.row()]
        column = index.column()
        estimate = self._estimates.get(item.client_id)
        if role == self.IdRole:
            return item.client_id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column in self.right else _LEFT
        if role in (Qt.ItemDataRole.DisplayRole, self.SortRole):
            values: tuple[Any, ...] = (
                item.client_name,
                item.entries + item.materials,
                item.minutes,
                item.oldest,
                estimate.total_minor if estimate else None,
            )
            if role == self.SortRole:
                return values[column]
            if column == self.COL_ENTRIES:
                return str(values[column])
            if column == self.COL_HOURS:
                return format_minutes(item.minutes)
            if column == self.COL_OLDEST:
                return format_date(item.oldest)
            if column == self.COL_AMOUNT:
                if estimate is None:
                    return tr("…")
                if estimate.total_minor is None:
                    return tr("Cannot draft")
                return format_money(estimate.total_minor, item.currency)
            return item.client_name
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.COL_AMOUNT and (estimate is None or estimate.total_minor is None):
                return WARN if estimate is not None else MUTED
            if column == self.COL_OLDEST and item.oldest and (self.today - item.oldest).days > 45:
                return WARN
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.COL_AMOUNT and estimate is not None and estimate.problem:
                return estimate.problem
            if column == self.COL_ENTRIES:
                return (
                    tr("%1 time entries, %2 materials")
                    .replace("%1", str(item.entries))
                    .replace("%2", str(item.materials))
                )
            if column == self.COL_OLDEST and item.oldest:
                return tr("Unbilled for %1 days").replace(
                    "%1", str((self.today - item.oldest).days)
                )
        return None


class LinesTableModel(_Table):
    """The lines of one invoice as they will print: the quantity with its
    unit ("1,5 h"), amounts in the invoice's currency (named in the header's
    tooltip and by the total), so the description keeps the room."""

    COL_POS, COL_DESCRIPTION, COL_QTY, COL_PRICE, COL_NET = range(5)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.titles = (
            tr("#"),
            tr("Description"),
            tr("Qty"),
            tr("Price"),
            tr("Net"),
        )
        self.right = frozenset({self.COL_POS, self.COL_QTY, self.COL_PRICE, self.COL_NET})
        self._lines: list[Any] = []
        self.currency = ""

    def _rows(self) -> list[Any]:
        return self._lines

    def set_lines(self, lines: list[Any], currency: str) -> None:
        """`lines` are InvoiceLine rows read in a closed session (plain values)."""
        self.beginResetModel()
        self._lines = list(lines)
        self.currency = currency
        self.endResetModel()

    def line(self, row: int) -> Any:
        return self._lines[row]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            tips = {
                self.COL_QTY: tr("Quantity and unit"),
                self.COL_PRICE: tr("Unit price (%1)").replace("%1", self.currency),
                self.COL_NET: tr("Net amount (%1)").replace("%1", self.currency),
            }
            return tips.get(section)
        return super().headerData(section, orientation, role)

    def row_of(self, line_id: int) -> int | None:
        return next((i for i, x in enumerate(self._lines) if x.id == line_id), None)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._lines):
            return None
        line = self._lines[index.row()]
        column = index.column()
        if role == self.IdRole:
            return line.id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column in self.right else _LEFT
        if role == Qt.ItemDataRole.ForegroundRole and line.kind == "discount":
            return QColor("#1E6B35")
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_DESCRIPTION:
            return line.description if len(line.description) > 40 else None
        if role == self.SortRole:
            return (
                line.position,
                line.description,
                line.quantity_milli,
                line.unit_price_minor,
                line.net_minor,
            )[column]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COL_POS:
                return str(line.position)
            if column == self.COL_DESCRIPTION:
                return line.description.replace("\n", " ")
            if column == self.COL_QTY:
                if line.by_minute:  # priced by the minute: H:MM × the hourly price
                    return f"{format_minutes(line.billed_minutes)} {line.unit}"
                return format_quantity(line.quantity_milli, line.unit)
            if column == self.COL_PRICE:
                return amount_text(line.unit_price_minor, self.currency)
            return amount_text(line.net_minor, self.currency)
        return None


class RunResultsTableModel(_Table):
    """One row per client of a month-end run: invoice number and total, or
    why nothing was issued."""

    COL_CLIENT, COL_RESULT, COL_TOTAL = range(3)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.titles = (tr("Client"), tr("Result"), tr("Total"))
        self.right = frozenset({self.COL_TOTAL})
        self._results: list[ClientRun] = []

    def _rows(self) -> list[ClientRun]:
        return self._results

    def set_results(self, results: list[ClientRun]) -> None:
        self.beginResetModel()
        self._results = list(results)
        self.endResetModel()

    def result(self, row: int) -> ClientRun:
        return self._results[row]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._results):
            return None
        run = self._results[index.row()]
        column = index.column()
        if role == self.IdRole:
            return run.invoice_id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column in self.right else _LEFT
        covered = bool(run.number) and run.total_minor == 0
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_RESULT:
            if run.problem:
                return QColor("#B3261E")
            if not run.number or covered:
                return MUTED
            return QColor("#1E6B35")
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.COL_RESULT, self.COL_TOTAL):
            if run.problem:
                return run.problem
            if covered:
                return tr(
                    "On purpose: the invoice lists the hours the client's prepaid "
                    "hours or contract covered; the client owes nothing for it."
                )
        if role in (Qt.ItemDataRole.DisplayRole, self.SortRole):
            if column == self.COL_CLIENT:
                return run.client_name
            if column == self.COL_RESULT:
                if run.problem:
                    return tr("Problem: %1").replace("%1", run.problem)
                if covered:
                    return tr(
                        "Issued %1 — nothing to pay: covered by prepaid hours or contract"
                    ).replace("%1", run.number)
                if run.number:
                    return tr("Issued %1").replace("%1", run.number)
                return tr("Nothing to bill")
            if role == self.SortRole:
                return run.total_minor
            return format_money(run.total_minor, run.currency) if run.number else ""
        return None
