"""Invoice number series and VAT rates: small lists with an add form and
deactivate (records that issued invoices refer to are never deleted)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.session import read_only
from desktop.services.common.number_text import NotANumber, plain_number
from desktop.services.records.clients import ValidationError
from desktop.services.shop import settings as shop_settings
from desktop.services.shop import setup as shop_setup
from desktop.views.formatting import format_decimal
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
    toggle_active,
)


class SeriesSection(QWidget):
    """Series with their pattern and the next number; add, edit, deactivate."""

    def __init__(self, sessions: sessionmaker[Session], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.rows: dict[int, shop_settings.SeriesInfo] = {}
        pattern_hint = self.tr(
            "Fields: {YYYY} year, {YY} short year, {MM} month, {series} the code, "
            "{seq} the running number ({seq:05} pads it to 5 digits)."
        )

        self.list_card = FieldForm(
            self.tr("Invoice number series"),
            self.tr(
                "Numbers are given when an invoice is issued, one after the other "
                "in each series. A series that has issued invoices can be "
                "deactivated but never deleted."
            ),
        )
        self.table = make_table(
            [
                self.tr("Code"),
                self.tr("Name"),
                self.tr("Kind"),
                self.tr("Pattern"),
                self.tr("Next number"),
                self.tr("Status"),
            ]
        )
        self.table.itemSelectionChanged.connect(self._on_selected)
        self.list_card.top.addWidget(self.table)
        self.edit_name = self.list_card.add_field("name", self.tr("Name"), QLineEdit())
        self.edit_pattern = self.list_card.add_field(
            "pattern", self.tr("Pattern"), QLineEdit(), pattern_hint
        )
        for edit in (self.edit_name, self.edit_pattern):
            edit.setPlaceholderText(self.tr("Select a series in the list to change it"))
        self.edit_status = StatusLabel()
        self.save_edit_button = button(self.tr("Save changes"))
        self.save_edit_button.clicked.connect(self.save_selected)
        self.toggle_button = button(self.tr("Deactivate"))
        self.toggle_button.clicked.connect(self.toggle_selected)
        self.list_card.add_buttons(
            self.toggle_button, self.save_edit_button, status=self.edit_status
        )

        self.add_card = FieldForm(self.tr("New series"))
        self.add_code = self.add_card.add_field("code", self.tr("Code"), QLineEdit())
        self.add_name = self.add_card.add_field("name", self.tr("Name"), QLineEdit())
        self.add_kind = QComboBox()
        self.add_kind.addItem(self.tr("Invoices"), "invoice")
        self.add_kind.addItem(self.tr("Credit notes"), "credit_note")
        self.add_card.add_field("kind", self.tr("Kind"), self.add_kind)
        self.add_pattern = self.add_card.add_field(
            "pattern", self.tr("Pattern"), QLineEdit("{YYYY}-{seq:05}"), pattern_hint
        )
        self.add_status = StatusLabel()
        self.add_button = button(self.tr("Add series"))
        self.add_button.clicked.connect(self.add)
        self.add_card.add_buttons(self.add_button, status=self.add_status)

        self.ticket_card = FieldForm(
            self.tr("Ticket numbers"),
            self.tr("Every new ticket gets its number at once. Numbers already given stay."),
        )
        self.ticket_pattern = self.ticket_card.add_field(
            "ticket_pattern",
            self.tr("Pattern"),
            QLineEdit(),
            self.tr(
                "Fields: {YYYY} year, {YY} short year, {MM} month, {seq} the running "
                "number; with a year in it, the count starts again each year."
            ),
        )
        self.ticket_preview = QLabel()
        self.ticket_preview.setObjectName("tileNote")
        self.ticket_card.add_row(self.tr("Next ticket"), self.ticket_preview)
        self.ticket_pattern.textChanged.connect(self.preview_ticket_number)
        self.ticket_status = StatusLabel()
        self.ticket_button = button(self.tr("Save ticket numbering"))
        self.ticket_button.clicked.connect(self.save_ticket_pattern)
        self.ticket_card.add_buttons(self.ticket_button, status=self.ticket_status)

        stack_cards(self, self.list_card, self.add_card, self.ticket_card)
        self.refresh()
        self.load_ticket_pattern()

    def load_ticket_pattern(self) -> None:
        with read_only(self.sessions) as session:
            profile = shop_settings.company_profile(session)
        self.ticket_card.setEnabled(profile is not None)
        self.ticket_pattern.setText(profile.ticket_number_pattern if profile else "")

    def preview_ticket_number(self) -> None:
        pattern = self.ticket_pattern.text().strip()
        try:
            with read_only(self.sessions) as session:
                text = shop_settings.next_ticket_number_preview(session, pattern, dt.date.today())
        except (ValueError, KeyError, IndexError):
            text = self.tr("—  (the pattern is not complete)")
        self.ticket_preview.setText(text)

    def save_ticket_pattern(self) -> bool:
        ok = save_in_unit_of_work(
            self.sessions,
            self.ticket_card,
            lambda s: shop_settings.save_ticket_number_pattern(
                s, self.ticket_pattern.text().strip()
            ),
        )
        if ok:
            self.ticket_status.flash(self.tr("Ticket numbering saved."))
        return ok

    def kind_text(self, kind: str) -> str:
        return self.tr("Credit notes") if kind == "credit_note" else self.tr("Invoices")

    def refresh(self) -> None:
        with read_only(self.sessions) as session:
            series = shop_settings.list_series(session)
        self.rows = {s.id: s for s in series}
        fill_table(
            self.table,
            [
                (
                    s.id,
                    [
                        s.code,
                        s.name,
                        self.kind_text(s.kind),
                        s.pattern,
                        s.next_number,
                        self.tr("Active") if s.active else self.tr("Inactive"),
                    ],
                )
                for s in series
            ],
            {s.id for s in series if not s.active},
        )
        self._on_selected()

    def _on_selected(self) -> None:
        row = self.rows.get(selected_id(self.table) or -1)
        for widget in (
            self.edit_name,
            self.edit_pattern,
            self.save_edit_button,
            self.toggle_button,
        ):
            widget.setEnabled(row is not None)
        if row is None:
            return
        self.list_card.clear_errors()
        self.edit_name.setText(row.name)
        self.edit_pattern.setText(row.pattern)
        self.toggle_button.setText(self.tr("Deactivate") if row.active else self.tr("Reactivate"))

    def save_selected(self) -> bool:
        series_id = selected_id(self.table)
        if series_id is None:
            return False
        ok = save_in_unit_of_work(
            self.sessions,
            self.list_card,
            lambda s: shop_settings.update_series(
                s, series_id, name=self.edit_name.text(), pattern=self.edit_pattern.text().strip()
            ),
        )
        if ok:
            self.refresh()
            self.edit_status.flash(self.tr("Series saved."))
        return ok

    def toggle_selected(self) -> None:
        row = self.rows.get(selected_id(self.table) or -1)
        if toggle_active(self.sessions, self.list_card, row, shop_settings.set_series_active):
            self.refresh()

    def add(self) -> bool:
        created: list[int] = []

        def action(session: Session) -> None:
            created.append(
                shop_setup.add_series(
                    session,
                    code=self.add_code.text().strip(),
                    name=self.add_name.text().strip(),
                    pattern=self.add_pattern.text().strip(),
                    kind=self.add_kind.currentData(),
                ).id
            )

        if not save_in_unit_of_work(self.sessions, self.add_card, action):
            return False
        self.add_code.clear()
        self.add_name.clear()
        self.refresh()
        select_id(self.table, created[0])
        self.add_status.flash(self.tr("Series added."))
        return True


def parse_percent(text: str) -> int:
    """'25', '12,5' or '12.5 %' → basis points; ValidationError at the rate field."""
    try:
        cleaned = plain_number(text.strip().rstrip("%"))
    except NotANumber:
        cleaned = ""
    if not cleaned:
        raise ValidationError({"rate": "Type the rate as a percentage, e.g. 25 or 12.5."})
    value = Decimal(cleaned) * 100
    if value != value.to_integral_value():
        raise ValidationError({"rate": "At most two decimals in a percentage."})
    return int(value)


def percent_text(rate_bp: int) -> str:
    """2500 → '25 %', 1250 → '12,5 %' in Polish: the locale's decimal mark."""
    return f"{format_decimal(Decimal(rate_bp).scaleb(-2).normalize())} %"


class TaxSection(QWidget):
    """VAT rates with their EN 16931 category."""

    def __init__(self, sessions: sessionmaker[Session], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.rows: dict[int, shop_settings.TaxRateInfo] = {}
        self.list_card = FieldForm(
            self.tr("VAT rates"),
            self.tr(
                "A rate used on an issued invoice can be deactivated, not changed: "
                "add a new rate when the law changes."
            ),
        )
        self.table = make_table(
            [
                self.tr("Code"),
                self.tr("Name"),
                self.tr("Rate"),
                self.tr("Category"),
                self.tr("Exemption note"),
                self.tr("Status"),
            ]
        )
        self.table.itemSelectionChanged.connect(self._on_selected)
        self.list_card.top.addWidget(self.table)
        self.toggle_button = button(self.tr("Deactivate"))
        self.toggle_button.clicked.connect(self.toggle_selected)
        self.list_card.add_buttons(self.toggle_button)

        self.add_card = FieldForm(self.tr("New VAT rate"))
        self.add_code = self.add_card.add_field("code", self.tr("Code"), QLineEdit())
        self.add_name = self.add_card.add_field("name", self.tr("Name"), QLineEdit())
        self.add_rate = self.add_card.add_field(
            "rate", self.tr("Rate (%)"), QLineEdit(), self.tr("0 for zero-rated and exempt.")
        )
        self.add_category = QComboBox()
        for code, text in self.categories().items():
            self.add_category.addItem(f"{code} — {text}", code)
        self.add_card.add_field("category", self.tr("Category"), self.add_category)
        self.add_reason = self.add_card.add_field(
            "reason",
            self.tr("Exemption note"),
            QLineEdit(),
            self.tr("Printed on invoices for exempt, reverse-charge and out-of-scope rates."),
        )
        self.add_status = StatusLabel()
        self.add_button = button(self.tr("Add VAT rate"))
        self.add_button.clicked.connect(self.add)
        self.add_card.add_buttons(self.add_button, status=self.add_status)

        stack_cards(self, self.list_card, self.add_card)
        self.refresh()

    def categories(self) -> dict[str, str]:
        return {
            "S": self.tr("Standard rate"),
            "Z": self.tr("Zero rated"),
            "E": self.tr("Exempt"),
            "AE": self.tr("Reverse charge"),
            "K": self.tr("Intra-EU supply"),
            "G": self.tr("Export outside the EU"),
            "O": self.tr("Outside the scope of VAT"),
        }

    def refresh(self) -> None:
        with read_only(self.sessions) as session:
            rates = shop_settings.list_tax_rates(session)
        self.rows = {r.id: r for r in rates}
        names = self.categories()
        fill_table(
            self.table,
            [
                (
                    r.id,
                    [
                        r.code,
                        r.name,
                        percent_text(r.rate_bp),
                        names.get(r.category, r.category),
                        r.exemption_reason,
                        self.tr("Active") if r.active else self.tr("Inactive"),
                    ],
                )
                for r in rates
            ],
            {r.id for r in rates if not r.active},
        )
        self._on_selected()

    def _on_selected(self) -> None:
        row = self.rows.get(selected_id(self.table) or -1)
        self.toggle_button.setEnabled(row is not None)
        if row is not None:
            self.toggle_button.setText(
                self.tr("Deactivate") if row.active else self.tr("Reactivate")
            )

    def toggle_selected(self) -> None:
        row = self.rows.get(selected_id(self.table) or -1)
        if toggle_active(self.sessions, self.list_card, row, shop_settings.set_tax_rate_active):
            self.refresh()

    def add(self) -> bool:
        created: list[int] = []

        def action(session: Session) -> None:
            rate_bp = parse_percent(self.add_rate.text() or "0")
            created.append(
                shop_setup.add_tax_rate(
                    session,
                    code=self.add_code.text().strip(),
                    name=self.add_name.text().strip(),
                    rate_bp=rate_bp,
                    category=self.add_category.currentData(),
                    exemption_reason=self.add_reason.text().strip() or None,
                ).id
            )

        if not save_in_unit_of_work(self.sessions, self.add_card, action):
            return False
        for edit in (self.add_code, self.add_name, self.add_rate, self.add_reason):
            edit.clear()
        self.refresh()
        select_id(self.table, created[0])
        self.add_status.flash(self.tr("VAT rate added."))
        return True
