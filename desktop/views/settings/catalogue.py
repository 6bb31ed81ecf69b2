"""The catalogue: products and services used as material on jobs, with
their cost, a fixed price or a markup over the cost (the price then follows
the cost), unit and VAT rate. Deactivating takes one out of the material
pickers and keeps its history. The rules live in services/shop/catalogue.py,
which the `product` commands share."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHeaderView, QLabel, QLineEdit, QWidget
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.session import read_only
from desktop.services.common.money import minor_digits, parse_amount, to_decimal
from desktop.services.shop import catalogue
from desktop.views.formatting import format_money, input_decimal
from desktop.views.settings.form import (
    FieldForm,
    StatusLabel,
    button,
    fill_table,
    make_table,
    save_in_unit_of_work,
    select_id,
    selected_id,
    stack_cards,
)
from desktop.views.settings.rates import shop_currency

SHOWN_ROWS = 200  # the table lists at most this many matches; typing narrows


class CatalogueSection(QWidget):
    """A searchable list of products and the form for the chosen (or a new)
    one. `changed` fires after every save, so the material pickers follow."""

    changed = Signal()

    def __init__(self, sessions: sessionmaker[Session], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.currency = shop_currency(sessions)
        self.rows: dict[int, catalogue.ProductInfo] = {}
        self.all_rows: list[catalogue.ProductInfo] = []

        self.card = FieldForm(
            self.tr("Catalogue"),
            self.tr(
                "Products and services used as material on visits and tickets. With a "
                "markup the price follows the cost; without one the price is fixed. A "
                "deactivated product leaves the pickers but keeps its history."
            ),
        )
        self.search = QLineEdit()
        self.search.setObjectName("catalogueSearch")
        self.search.setPlaceholderText(self.tr("Search by name or SKU"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._show_rows)
        self.card.top.addWidget(self.search)
        self.table = make_table(
            [
                self.tr("Name"),
                self.tr("SKU"),
                self.tr("Unit"),
                self.tr("Cost"),
                self.tr("Price"),
                self.tr("Markup"),
                self.tr("VAT"),
                self.tr("Status"),
            ]
        )
        self.table.itemSelectionChanged.connect(self._on_selected)
        self.card.top.addWidget(self.table)
        self.shown_note = QLabel()
        self.shown_note.setObjectName("fieldHint")
        self.card.top.addWidget(self.shown_note)

        self.name = self.card.add_field("name", self.tr("Name"), QLineEdit())
        self.sku = self.card.add_field(
            "sku", self.tr("SKU"), QLineEdit(), self.tr("Optional; unique when given.")
        )
        self.unit = self.card.add_field(
            "unit", self.tr("Unit"), QLineEdit("pc"), self.tr("e.g. pc, m, h, licence")
        )
        money = self.tr("%1 (%2)")
        self.cost = self.card.add_field(
            "cost", money.replace("%1", self.tr("Cost")).replace("%2", self.currency), QLineEdit()
        )
        self.markup = self.card.add_field(
            "markup",
            self.tr("Markup over cost (%)"),
            QLineEdit(),
            self.tr("Empty: the price below is fixed. With a markup it follows the cost."),
        )
        self.price = self.card.add_field(
            "price",
            money.replace("%1", self.tr("Price")).replace("%2", self.currency),
            QLineEdit(),
        )
        for edit in (self.cost, self.markup):
            edit.textChanged.connect(self._price_from_markup)
        self.vat = QComboBox()
        self.card.add_field(
            "tax_rate",
            self.tr("VAT rate"),
            self.vat,
            self.tr("Empty: the shop's standard rate."),
        )
        self.status = StatusLabel()
        self.new_button = button(self.tr("New"))
        self.new_button.clicked.connect(self.new_product)
        self.toggle_button = button(self.tr("Deactivate"))
        self.toggle_button.clicked.connect(self.toggle_active)
        self.save_button = button(self.tr("Add product"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.card.add_buttons(
            self.new_button, self.toggle_button, self.save_button, status=self.status
        )
        stack_cards(self, self.card)
        self.refresh()

    # -- the list ------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the list and the VAT rates; the form keeps what is typed."""
        with read_only(self.sessions) as session:
            self.all_rows = catalogue.list_products(session)
            rates = catalogue.tax_rate_choices(session)
        chosen = self.vat.currentData()
        self.vat.blockSignals(True)
        self.vat.clear()
        self.vat.addItem(self.tr("— the shop's standard rate —"), None)
        for rate_id, text in rates:
            self.vat.addItem(text, rate_id)
        self.vat.setCurrentIndex(max(self.vat.findData(chosen), 0))
        self.vat.blockSignals(False)
        self._show_rows()

    def _show_rows(self) -> None:
        typed = self.search.text().strip().casefold()
        matches = [
            r
            for r in self.all_rows
            if not typed or typed in r.name.casefold() or typed in (r.sku or "").casefold()
        ]
        shown = matches[:SHOWN_ROWS]
        self.rows = {r.id: r for r in shown}
        # Sizing columns to their contents after every cell costs seconds on
        # a visible table of a few hundred rows: fill first, size once.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setUpdatesEnabled(False)
        self.table.blockSignals(True)
        fill_table(
            self.table,
            [(r.id, self._cells(r)) for r in shown],
            {r.id for r in shown if not r.active},
        )
        self.table.blockSignals(False)
        self.table.resizeColumnsToContents()
        self.table.setUpdatesEnabled(True)
        self.shown_note.setText(
            self.tr("Showing %1 of %2; type to narrow the list.")
            .replace("%1", str(len(shown)))
            .replace("%2", str(len(matches)))
            if len(matches) > len(shown)
            else ""
        )
        self.shown_note.setVisible(len(matches) > len(shown))
        self._update_buttons()

    def _cells(self, row: catalogue.ProductInfo) -> list[str]:
        markup = "" if row.markup_bp is None else f"{input_decimal(Decimal(row.markup_bp) / 100)} %"
        return [
            row.name,
            row.sku or "",
            row.unit,
            format_money(row.cost_minor, row.currency),
            format_money(row.price_minor, row.currency),
            markup,
            row.tax_code or "",
            self.tr("Active") if row.active else self.tr("Inactive"),
        ]

    def _chosen(self) -> catalogue.ProductInfo | None:
        return self.rows.get(selected_id(self.table) or -1)

    def _update_buttons(self) -> None:
        row = self._chosen()
        self.toggle_button.setEnabled(row is not None)
        self.save_button.setText(self.tr("Add product") if row is None else self.tr("Save changes"))
        if row is not None:
            self.toggle_button.setText(
                self.tr("Deactivate") if row.active else self.tr("Reactivate")
            )

    # -- the form ------------------------------------------------------------

    def _amount_text(self, minor: int, currency: str) -> str:
        return input_decimal(to_decimal(minor, currency), minor_digits(currency))

    def _on_selected(self) -> None:
        row = self._chosen()
        self._update_buttons()
        if row is None:
            return
        self.card.clear_errors()
        self.name.setText(row.name)
        self.sku.setText(row.sku or "")
        self.unit.setText(row.unit)
        self.markup.setText(
            "" if row.markup_bp is None else input_decimal(Decimal(row.markup_bp) / 100)
        )
        self.cost.setText(self._amount_text(row.cost_minor, row.currency))
        self.price.setText(self._amount_text(row.price_minor, row.currency))
        self.vat.setCurrentIndex(max(self.vat.findData(row.tax_rate_id), 0))

    def _price_from_markup(self) -> None:
        """With a markup the price is worked out (read-only); without one it
        is typed."""
        following = bool(self.markup.text().strip())
        self.price.setReadOnly(following)
        if not following:
            return
        try:
            markup = catalogue.parse_markup(self.markup.text())
            cost = parse_amount(self.cost.text(), self.currency) if self.cost.text().strip() else 0
        except ValueError:
            self.price.clear()
            return
        price = catalogue.price_from_markup(cost, markup or 0)
        self.price.setText(self._amount_text(price, self.currency))

    def new_product(self) -> None:
        self.table.clearSelection()
        self.card.clear_errors()
        for edit in (self.name, self.sku, self.cost, self.markup, self.price):
            edit.clear()
        self.unit.setText("pc")
        self.vat.setCurrentIndex(0)
        self.name.setFocus()

    def current_input(self) -> catalogue.ProductInput:
        return catalogue.ProductInput(
            name=self.name.text(),
            sku=self.sku.text(),
            unit=self.unit.text(),
            cost=self.cost.text(),
            price=self.price.text(),
            markup=self.markup.text(),
            tax_rate_id=self.vat.currentData(),
        )

    def save(self) -> bool:
        chosen = selected_id(self.table)
        data = self.current_input()
        saved: list[int] = []

        def action(session: Session) -> None:
            if chosen is None:
                saved.append(catalogue.add_product(session, data).id)
            else:
                saved.append(catalogue.update_product(session, chosen, data).id)

        if not save_in_unit_of_work(self.sessions, self.card, action):
            return False
        self.refresh()
        if saved[0] not in self.rows:  # filtered out or past the shown rows
            self.search.setText(data.name.strip())
        select_id(self.table, saved[0])
        self.status.flash(self.tr("Product saved."))
        self.changed.emit()
        return True

    def toggle_active(self) -> bool:
        row = self._chosen()
        if row is None or not save_in_unit_of_work(
            self.sessions,
            self.card,
            lambda s: catalogue.set_product_active(s, row.id, not row.active),
        ):
            return False
        self.refresh()
        self.status.flash(
            self.tr("Product deactivated.") if row.active else self.tr("Product reactivated.")
        )
        self.changed.emit()
        return True
