"""The parts used on a ticket, listed under the ticket window's facts."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout

from desktop.services.helpdesk.ticket_details import MaterialLine
from desktop.views.formatting import format_date, format_decimal, format_money
from desktop.views.itemmodels.ticket_rows_table_model import RowColumn, TicketRowsTableModel


def _tr(text: str) -> str:
    return QCoreApplication.translate("TicketPage", text)


def _quantity(milli: int) -> str:
    """Thousandths in the interface language, without trailing zeros ("1,5")."""
    value = Decimal(milli).scaleb(-3)
    exact = value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()
    return format_decimal(exact)


def _material_tip(line: MaterialLine) -> str:
    parts = [
        format_date(line.used_on),
        _tr("%1 per %2")
        .replace("%1", format_money(line.unit_price_minor, line.currency))
        .replace("%2", line.unit),
    ]
    if line.technician:
        parts.append(line.technician)
    if not line.billable:
        parts.append(_tr("not billed"))
    elif line.invoiced:
        parts.append(_tr("invoiced"))
    return " · ".join(parts)


def count_text(count: int) -> str:
    """The Materials fact: how many lines were logged."""
    if not count:
        return _tr("None")
    return _tr("1 item") if count == 1 else _tr("%1 items").replace("%1", str(count))


class MaterialsBox:
    """The parts used on the ticket, under the facts: `layout` holds the
    title, the table (`model`), the empty note and the billable total."""

    def __init__(self, parent: QObject) -> None:
        self.model = TicketRowsTableModel(
            [
                RowColumn(_tr("Material"), lambda m: m.description, tooltip=_material_tip),
                RowColumn(
                    _tr("Qty"),
                    lambda m: m.quantity_milli,
                    lambda m: f"{_quantity(m.quantity_milli)} {m.unit}",
                    numeric=True,
                ),
                RowColumn(
                    _tr("Amount"),
                    lambda m: m.total_minor,
                    lambda m: format_money(m.total_minor, m.currency),
                    numeric=True,
                ),
            ],
            parent,
        )
        self.table = QTableView()
        self.table.setObjectName("materialsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel(_tr("No materials logged yet (Ctrl+Shift+M)."))
        self.empty.setObjectName("materialsEmpty")
        self.total = QLabel()
        self.total.setObjectName("materialsTotal")
        self.total.setAlignment(Qt.AlignmentFlag.AlignRight)
        title = QLabel(_tr("Materials used"))
        title.setObjectName("sectionTitle")
        self.layout = QVBoxLayout()
        self.layout.setSpacing(6)
        self.layout.addWidget(title)
        self.layout.addWidget(self.table)
        self.layout.addWidget(self.empty)
        self.layout.addWidget(self.total)
        self.layout.addStretch(1)

    def fill(self, materials: list[MaterialLine]) -> None:
        self.model.set_rows(materials)
        # As tall as its rows (up to eight; then it scrolls).
        table = self.table
        shown = min(max(len(materials), 1), 8)
        table.setFixedHeight(
            table.horizontalHeader().sizeHint().height()
            + shown * table.verticalHeader().defaultSectionSize()
            + 2 * table.frameWidth()
            + 2
        )
        self.table.setVisible(bool(materials))
        self.empty.setVisible(not materials)
        self.total.setVisible(bool(materials))
        billable = [m for m in materials if m.billable]
        if materials:
            total = sum(m.total_minor for m in billable)
            currency = materials[0].currency
            self.total.setText(_tr("Billable: %1").replace("%1", format_money(total, currency)))
