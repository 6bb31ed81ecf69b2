"""The parts used on a ticket, listed under the ticket window's facts."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
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


class MaterialsBoxMixin:
    """For TicketPage: builds and fills its materials table."""

    def _build_materials(self) -> QVBoxLayout:
        """The parts used on the ticket, under the facts."""
        self.materials_model = TicketRowsTableModel(
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
            self,
        )
        self.materials_table = QTableView()
        self.materials_table.setObjectName("materialsTable")
        self.materials_table.setModel(self.materials_model)
        self.materials_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.materials_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.materials_table.setShowGrid(False)
        self.materials_table.setWordWrap(False)
        self.materials_table.setAlternatingRowColors(True)
        self.materials_table.verticalHeader().hide()
        self.materials_table.verticalHeader().setDefaultSectionSize(
            self.materials_table.fontMetrics().height() + 8
        )
        header = self.materials_table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.materials_empty = QLabel(_tr("No materials logged yet (Ctrl+Shift+M)."))
        self.materials_empty.setObjectName("materialsEmpty")
        self.materials_total = QLabel()
        self.materials_total.setObjectName("materialsTotal")
        self.materials_total.setAlignment(Qt.AlignmentFlag.AlignRight)
        title = QLabel(_tr("Materials used"))
        title.setObjectName("sectionTitle")
        box = QVBoxLayout()
        box.setSpacing(6)
        box.addWidget(title)
        box.addWidget(self.materials_table)
        box.addWidget(self.materials_empty)
        box.addWidget(self.materials_total)
        box.addStretch(1)
        return box

    def _fill_materials(self, materials: list[MaterialLine]) -> None:
        self.materials_model.set_rows(materials)
        # As tall as its rows (up to eight; then it scrolls).
        table = self.materials_table
        shown = min(max(len(materials), 1), 8)
        table.setFixedHeight(
            table.horizontalHeader().sizeHint().height()
            + shown * table.verticalHeader().defaultSectionSize()
            + 2 * table.frameWidth()
            + 2
        )
        self.materials_table.setVisible(bool(materials))
        self.materials_empty.setVisible(not materials)
        self.materials_total.setVisible(bool(materials))
        billable = [m for m in materials if m.billable]
        if materials:
            total = sum(m.total_minor for m in billable)
            currency = materials[0].currency
            self.materials_total.setText(
                _tr("Billable: %1").replace("%1", format_money(total, currency))
            )
        count = len(materials)
        self.fact_values["materials"].setText(
            _tr("None")
            if not count
            else (_tr("1 item") if count == 1 else _tr("%1 items").replace("%1", str(count)))
        )
