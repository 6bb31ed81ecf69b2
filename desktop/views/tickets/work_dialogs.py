"""The ticket action that logs materials used (time goes through the time
entry form, views/time/quick_entry.py)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QLineEdit,
)
from sqlalchemy.orm import Session

from desktop.db.session import read_only
from desktop.services.common.money import AmountError, minor_digits, parse_amount
from desktop.services.helpdesk import ticket_details
from desktop.services.queries.lookup import LookupFailed, parse_quantity
from desktop.services.records.clients import ValidationError
from desktop.services.records.timer import Choice
from desktop.views.formatting import date_display_format, input_decimal
from desktop.views.product_picker import ProductPicker
from desktop.views.tickets.dialogs import ActionDialog, combo


def input_amount(minor: int, currency: str) -> str:
    """A stored amount for an input field in the user's format ("89,00")."""
    digits = minor_digits(currency)
    return input_decimal(Decimal(int(minor)).scaleb(-digits), digits)


class MaterialDialog(ActionDialog):
    """Parts used on the ticket: a catalogue product (its price and unit
    filled in, still editable) or free text with a typed price."""

    def __init__(self, sessions, ticket_id, me, parent=None) -> None:
        super().__init__(sessions, self.tr("Log material"), ticket_id, me, parent)
        with read_only(sessions) as session:
            self.currency = ticket_details.ticket_currency(session, ticket_id)
            self.products = {p.id: p for p in ticket_details.catalogue(session)}
            techs = ticket_details.technicians(session)
        # Typed to search the catalogue; empty means "not in the catalogue".
        self.product_combo = self.add_field(
            "product",
            self.tr("Product"),
            ProductPicker(self.tr("Not in the catalogue (type it below)")),
        )
        self.product_combo.set_choices(
            [
                Choice(p.id, f"{p.name} · {p.sku}" if p.sku else p.name)
                for p in self.products.values()
            ]
        )
        self.description_edit = self.add_field("description", self.tr("Description"), QLineEdit())
        self.quantity_edit = self.add_field("quantity", self.tr("Quantity"), QLineEdit("1"))
        self.unit_edit = self.add_field("unit", self.tr("Unit"), QLineEdit("pc"))
        self.price_edit = self.add_field(
            "price", self.tr("Unit price (%1)").replace("%1", self.currency), QLineEdit()
        )
        self.price_edit.setPlaceholderText(
            self.tr("e.g. %1").replace("%1", input_decimal(Decimal("89.00")))
        )
        self.tech_combo = self.add_field(
            "technician", self.tr("Used by"), combo([(None, self.tr("Nobody")), *techs], me)
        )
        self.used_edit = self.add_field(
            "used_on", self.tr("Used on"), QDateEdit(QDate.currentDate())
        )
        self.used_edit.setCalendarPopup(True)
        self.used_edit.setDisplayFormat(date_display_format())
        self.billable_check = QCheckBox(self.tr("Bill it to the client"))
        self.billable_check.setChecked(True)
        self.form.addRow("", self.billable_check)
        self.product_combo.currentIndexChanged.connect(self._product_chosen)
        self._product_chosen()

    def _product_chosen(self) -> None:
        """Fill in what the catalogue knows; the user may still change it."""
        product = self.products.get(self.product_combo.currentData())
        if product is None:
            self.description_edit.setPlaceholderText(self.tr("What was used, e.g. USB-C cable 2 m"))
            return
        self.description_edit.clear()
        self.description_edit.setPlaceholderText(product.name)
        self.unit_edit.setText(product.unit)
        if product.currency == self.currency:
            self.price_edit.setText(input_amount(product.price_minor, self.currency))
        else:
            # The catalogue price is in another currency: the user types it.
            self.price_edit.clear()
            self.price_edit.setPlaceholderText(
                self.tr("catalogue: %1 %2")
                .replace("%1", input_amount(product.price_minor, product.currency))
                .replace("%2", product.currency)
            )

    def save(self, session: Session) -> int:
        errors: dict[str, str] = {}
        quantity = price = None
        try:
            quantity = parse_quantity(self.quantity_edit.text())
        except LookupFailed as exc:
            errors["quantity"] = str(exc)
        try:
            price = (
                parse_amount(self.price_edit.text(), self.currency)
                if self.price_edit.text().strip()
                else None
            )
        except AmountError as exc:
            errors["price"] = str(exc)
        if errors:
            raise ValidationError(errors)
        assert quantity is not None
        ticket = self.ticket(session)
        entry = ticket_details.log_ticket_material(
            session,
            ticket,
            technician_id=self.tech_combo.currentData(),
            quantity_milli=quantity,
            used_on=self.used_edit.date().toPython(),
            product_id=self.product_combo.currentData(),
            description=self.description_edit.text(),
            unit_price_minor=price,
            unit=self.unit_edit.text(),
            billable=self.billable_check.isChecked(),
        )
        return entry.id
