"""Qt adapters for the prepaid overview: one row per prepaid contract, and
the ledger of the selected one. Both lists are short (tens of contracts, a
few hundred ledger entries), so they are loaded whole and sorted here."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.services.prepaid.overview import LEVEL_CRITICAL, LEVEL_LOW, LedgerRow, PrepaidRow
from desktop.views.formatting import format_date, format_minutes, format_money
from desktop.views.itemmodels.records_table_model import RecordColumn, RecordsTableModel

AnyIndex = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter

LEVEL_COLOURS = {LEVEL_LOW: "#A15C00", LEVEL_CRITICAL: "#B3261E"}
LEVEL_TINTS = {LEVEL_LOW: "#FFF7E8", LEVEL_CRITICAL: "#FDEEEC"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("PrepaidOverview", text)


class _SortedRecordsModel(RecordsTableModel):
    """RecordsTableModel that sorts its (short) list itself by SortRole;
    None sorts last in both directions."""

    def __init__(self, columns: list[RecordColumn], parent=None) -> None:
        super().__init__(columns, parent)
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows) -> None:
        super().set_rows(rows)
        if self._sort is not None:
            self.sort(*self._sort)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < self.columnCount():
            return
        self._sort = (column, order)
        value: Callable[[Any], Any] = self._columns[column].value
        present = [row for row in self._rows if value(row) is not None]
        missing = [row for row in self._rows if value(row) is None]
        present.sort(key=value, reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [(self._rows[p.row()], p.column()) for p in persistent]
        self._rows = present + missing
        position = {id(row): number for number, row in enumerate(self._rows)}
        self.changePersistentIndexList(
            persistent, [self.index(position[id(row)], column) for row, column in held]
        )
        self.layoutChanged.emit()


class PrepaidTableModel(_SortedRecordsModel):
    """Prepaid contracts: client, contract, hours left, used share (drawn by
    UsedBarDelegate from UsedRole), next expiry, forecast run-out. Rows
    running low are tinted; their hours left are coloured."""

    UsedRole = Qt.ItemDataRole.UserRole + 2  # (used_bp, level)
    LevelRole = Qt.ItemDataRole.UserRole + 3

    COL_CLIENT, COL_CONTRACT, COL_LEFT, COL_USED, COL_EXPIRY, COL_RUNS_OUT = range(6)

    def __init__(self, parent=None) -> None:
        columns = [
            RecordColumn(_tr("Client"), lambda r: r.client_name),
            RecordColumn(_tr("Contract"), lambda r: r.contract_name),
            RecordColumn(_tr("Hours left"), lambda r: r.balance_minutes, format_minutes, RIGHT),
            RecordColumn(_tr("Used"), lambda r: r.used_bp, lambda bp: f"{bp / 100:.0f} %", CENTER),
            RecordColumn(_tr("Next expiry"), lambda r: r.next_expiry, format_date),
            RecordColumn(_tr("Runs out"), lambda r: r.runs_out_on, format_date),
        ]
        super().__init__(columns, parent)

    def row_for(self, index: AnyIndex) -> PrepaidRow:
        return self._rows[index.row()]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row: PrepaidRow = self._rows[index.row()]
        column = index.column()
        if role == self.UsedRole:
            return (row.used_bp, row.level)
        if role == self.LevelRole:
            return row.level
        if role == Qt.ItemDataRole.BackgroundRole and row.low:
            return QBrush(QColor(LEVEL_TINTS[row.level]))
        if role == Qt.ItemDataRole.ForegroundRole and row.low and column == self.COL_LEFT:
            return QBrush(QColor(LEVEL_COLOURS[row.level]))
        if role == Qt.ItemDataRole.FontRole and row.low and column == self.COL_LEFT:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COL_EXPIRY and row.next_expiry is not None:
                return (
                    _tr("%1 (%2 h)")
                    .replace("%1", format_date(row.next_expiry))
                    .replace("%2", format_minutes(row.expiring_minutes))
                )
            if column == self.COL_RUNS_OUT and row.runs_out_on is None:
                return _tr("—") if row.balance_minutes > 0 else _tr("Used up")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return super().data(index, role)

    def _tooltip(self, row: PrepaidRow, column: int) -> str | None:
        if column == self.COL_USED:
            limits = ", ".join(f"{bp / 100:.0f} %" for bp in row.thresholds_bp)
            return (
                _tr("%1 h used of %2 h in the open blocks. Alerts at %3.")
                .replace("%1", format_minutes(row.open_minutes * row.used_bp // 10_000))
                .replace("%2", format_minutes(row.open_minutes))
                .replace("%3", limits or "—")
            )
        if column == self.COL_RUNS_OUT and row.minutes_per_week:
            return _tr("At the pace of the last 8 weeks: %1 h a week.").replace(
                "%1", format_minutes(row.minutes_per_week)
            )
        return None


def ledger_kind_labels() -> dict[str, str]:
    return {
        "purchase": _tr("Purchase"),
        "deduction": _tr("Work"),
        "expiry": _tr("Expired"),
        "adjustment": _tr("Adjustment"),
        "expiry due": _tr("Expiry due"),
    }


class LedgerTableModel(_SortedRecordsModel):
    """One contract's ledger with the balance after each entry."""

    COL_DATE, COL_KIND, COL_HOURS, COL_BALANCE, COL_TECHNICIAN, COL_TICKET, COL_TEXT = range(7)

    def __init__(self, currency: str = "", parent=None) -> None:
        self.currency = currency
        kinds = ledger_kind_labels()
        columns = [
            RecordColumn(_tr("Date"), lambda r: r.occurred_at, format_date),
            RecordColumn(_tr("Kind"), lambda r: r.kind, lambda v: kinds.get(v, v)),
            RecordColumn(_tr("Hours"), lambda r: r.minutes, _signed_minutes, RIGHT),
            RecordColumn(_tr("Balance"), lambda r: r.balance_after, format_minutes, RIGHT),
            RecordColumn(_tr("Technician"), lambda r: r.technician),
            RecordColumn(_tr("Ticket"), lambda r: r.ticket),
            RecordColumn(_tr("Description"), self._text),
        ]
        super().__init__(columns, parent)

    def _text(self, row: LedgerRow) -> str:
        if row.kind != "purchase":
            return row.description
        parts = [format_money(row.amount_minor, self.currency)] if row.amount_minor else []
        if row.expires_on is not None:
            parts.append(_tr("expires %1").replace("%1", format_date(row.expires_on)))
        invoice = {
            "issued": lambda: _tr("invoice %1").replace("%1", row.invoice_number or ""),
            "draft": lambda: _tr("draft invoice %1").replace("%1", str(row.invoice_id)),
            "elsewhere": lambda: _tr("invoiced elsewhere"),
            "due": lambda: _tr("not invoiced yet"),
        }.get(row.invoice_state or "")
        if invoice is not None:
            parts.append(invoice())
        if row.description:
            parts.append(row.description)
        return " · ".join(parts)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row: LedgerRow = self._rows[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole:
            if index.column() == self.COL_HOURS and row.minutes > 0:
                return QBrush(QColor("#1E6B35"))
            if index.column() == self.COL_BALANCE and row.balance_after < 0:
                return QBrush(QColor("#B3261E"))
            if row.kind in ("expiry", "expiry due"):
                return QBrush(QColor("#6B7785"))
        return super().data(index, role)


def _signed_minutes(minutes: int) -> str:
    return ("+" if minutes > 0 else "") + format_minutes(minutes)
