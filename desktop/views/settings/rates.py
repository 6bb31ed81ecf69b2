"""Work types with their default rates, shop-wide rate rules with the dates
they apply, and the rounding defaults."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.session import read_only
from desktop.services.common.money import AmountError, minor_digits, parse_amount, to_decimal
from desktop.services.records.clients import ValidationError
from desktop.services.shop import settings as shop_settings
from desktop.services.shop import setup as shop_setup
from desktop.views.formatting import (
    NumberTextError,
    date_display_format,
    format_date,
    format_money,
    input_decimal,
    normalise_number,
)
from desktop.views.settings.form import (
    FieldForm,
    StatusLabel,
    button,
    fill_table,
    make_table,
    save_in_unit_of_work,
    select_id,
    selected_id,
    skill_level_text,
    stack_cards,
    toggle_active,
)

LEVELS = ("junior", "standard", "senior", "expert")


def _amount(text: str, currency: str, key: str = "rate") -> int:
    try:
        # normalise_number first: its refusal shows the user's own format.
        return parse_amount(normalise_number(text), currency)
    except (AmountError, NumberTextError) as exc:
        raise ValidationError({key: str(exc)}) from None


def _date(edit: QDateEdit) -> dt.date:
    value = edit.date()
    return dt.date(value.year(), value.month(), value.day())


def date_edit(day: dt.date | None = None) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_display_format())
    day = day or dt.date.today()
    edit.setDate(QDate(day.year, day.month, day.day))
    return edit


def shop_currency(sessions: sessionmaker[Session]) -> str:
    with read_only(sessions) as session:
        profile = shop_settings.company_profile(session)
    return profile.data.default_currency if profile else "EUR"


class WorkTypesSection(QWidget):
    """Work types (remote, on site…) and shop-wide rate rules."""

    def __init__(self, sessions: sessionmaker[Session], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.currency = shop_currency(sessions)
        self.types: dict[int, shop_settings.WorkTypeInfo] = {}
        self.rules: dict[int, shop_settings.RateRuleInfo] = {}

        self.types_card = FieldForm(
            self.tr("Work types"),
            self.tr(
                "Each kind of work has a default hourly rate; rate rules below and "
                "contracts can override it."
            ),
        )
        self.types_table = make_table(
            [
                self.tr("Code"),
                self.tr("Name"),
                self.tr("Hourly rate"),
                self.tr("On site"),
                self.tr("Status"),
            ]
        )
        self.types_table.itemSelectionChanged.connect(self._on_type_selected)
        self.types_card.top.addWidget(self.types_table)
        self.type_code = self.types_card.add_field("code", self.tr("Code"), QLineEdit())
        self.type_name = self.types_card.add_field("name", self.tr("Name"), QLineEdit())
        self.type_rate = self.types_card.add_field(
            "rate", self.tr("Hourly rate (%1)").replace("%1", self.currency), QLineEdit()
        )
        self.type_on_site = self.types_card.add_field(
            "on_site", "", QCheckBox(self.tr("Done at the client's site"))
        )
        self.types_status = StatusLabel()
        self.type_new_button = button(self.tr("New"))
        self.type_new_button.clicked.connect(self.new_type)
        self.type_toggle_button = button(self.tr("Deactivate"))
        self.type_toggle_button.clicked.connect(self.toggle_type)
        self.type_save_button = button(self.tr("Add work type"))
        self.type_save_button.clicked.connect(self.save_type)
        self.types_card.add_buttons(
            self.type_new_button,
            self.type_toggle_button,
            self.type_save_button,
            status=self.types_status,
        )

        self.rules_card = FieldForm(
            self.tr("Rate rules"),
            self.tr(
                "A rate from a date on. Work is priced by the rule in force on the day "
                "it was done, so a new rate never changes past work. Rules for one "
                "client or contract are set on the contract."
            ),
        )
        self.rules_table = make_table(
            [
                self.tr("Work type"),
                self.tr("Technician level"),
                self.tr("Hourly rate"),
                self.tr("From"),
                self.tr("Until"),
            ]
        )
        self.rules_card.top.addWidget(self.rules_table)
        self.rule_type = QComboBox()
        self.rules_card.add_field("work_type", self.tr("Work type"), self.rule_type)
        self.rule_level = QComboBox()
        self.rule_level.addItem(self.tr("Any level"), None)
        for level in LEVELS:
            self.rule_level.addItem(skill_level_text(level), level)
        self.rules_card.add_field("level", self.tr("Technician level"), self.rule_level)
        self.rule_rate = self.rules_card.add_field(
            "rate", self.tr("Hourly rate (%1)").replace("%1", self.currency), QLineEdit()
        )
        self.rule_from = self.rules_card.add_field("from", self.tr("From"), date_edit())
        self.rule_end = self.rules_card.add_field(
            "to",
            self.tr("Last day"),
            date_edit(),
            self.tr("Select a rule above and press “End rule” to stop it after this day."),
        )
        self.rules_status = StatusLabel()
        self.rule_end_button = button(self.tr("End rule"))
        self.rule_end_button.clicked.connect(self.end_rule)
        self.rule_add_button = button(self.tr("Add rule"))
        self.rule_add_button.clicked.connect(self.add_rule)
        self.rules_table.itemSelectionChanged.connect(
            lambda: self.rule_end_button.setEnabled(selected_id(self.rules_table) is not None)
        )
        self.rules_card.add_buttons(
            self.rule_end_button, self.rule_add_button, status=self.rules_status
        )

        stack_cards(self, self.types_card, self.rules_card)
        self.refresh()

    def refresh(self) -> None:
        with read_only(self.sessions) as session:
            types = shop_settings.list_work_types(session)
            rules = shop_settings.list_shop_rate_rules(session)
        self.types = {t.id: t for t in types}
        self.rules = {r.id: r for r in rules}
        fill_table(
            self.types_table,
            [
                (
                    t.id,
                    [
                        t.code,
                        t.name,
                        format_money(t.rate_minor, self.currency),
                        self.tr("Yes") if t.on_site else "",
                        self.tr("Active") if t.active else self.tr("Inactive"),
                    ],
                )
                for t in types
            ],
            {t.id for t in types if not t.active},
        )
        fill_table(
            self.rules_table,
            [
                (
                    r.id,
                    [
                        r.work_type or self.tr("All work types"),
                        skill_level_text(r.technician_level)
                        if r.technician_level
                        else self.tr("Any level"),
                        format_money(r.rate_minor, r.currency),
                        format_date(r.effective_from),
                        format_date(r.effective_to) if r.effective_to else "—",
                    ],
                )
                for r in rules
            ],
            set(),
        )
        chosen = self.rule_type.currentData()
        self.rule_type.clear()
        self.rule_type.addItem(self.tr("All work types"), None)
        for t in types:
            if t.active:
                self.rule_type.addItem(t.name, t.id)
        index = self.rule_type.findData(chosen)
        self.rule_type.setCurrentIndex(max(index, 0))
        self.rule_end_button.setEnabled(selected_id(self.rules_table) is not None)
        self._on_type_selected()

    # -- work types -------------------------------------------------------

    def _on_type_selected(self) -> None:
        row = self.types.get(selected_id(self.types_table) or -1)
        self.type_toggle_button.setEnabled(row is not None)
        self.type_code.setEnabled(row is None)
        if row is None:
            self.type_save_button.setText(self.tr("Add work type"))
            return
        self.types_card.clear_errors()
        self.type_code.setText(row.code)
        self.type_name.setText(row.name)
        self.type_rate.setText(
            input_decimal(to_decimal(row.rate_minor, self.currency), minor_digits(self.currency))
        )
        self.type_on_site.setChecked(row.on_site)
        self.type_save_button.setText(self.tr("Save changes"))
        self.type_toggle_button.setText(
            self.tr("Deactivate") if row.active else self.tr("Reactivate")
        )

    def new_type(self) -> None:
        self.types_table.clearSelection()
        for edit in (self.type_code, self.type_name, self.type_rate):
            edit.clear()
        self.type_on_site.setChecked(False)
        self.type_code.setFocus()

    def save_type(self) -> bool:
        type_id = selected_id(self.types_table)
        saved: list[int] = []

        def action(session: Session) -> None:
            rate = _amount(self.type_rate.text(), self.currency)
            if type_id is None:
                saved.append(
                    shop_setup.add_work_type(
                        session,
                        code=self.type_code.text().strip(),
                        name=self.type_name.text(),
                        rate_minor=rate,
                        on_site=self.type_on_site.isChecked(),
                    ).id
                )
            else:
                saved.append(
                    shop_settings.update_work_type(
                        session,
                        type_id,
                        name=self.type_name.text(),
                        rate_minor=rate,
                        on_site=self.type_on_site.isChecked(),
                    ).id
                )

        if not save_in_unit_of_work(self.sessions, self.types_card, action):
            return False
        self.refresh()
        select_id(self.types_table, saved[0])
        self.types_status.flash(self.tr("Work type saved."))
        return True

    def toggle_type(self) -> None:
        row = self.types.get(selected_id(self.types_table) or -1)
        if toggle_active(self.sessions, self.types_card, row, shop_settings.set_work_type_active):
            self.refresh()

    # -- rate rules -------------------------------------------------------

    def add_rule(self) -> bool:
        def action(session: Session) -> None:
            shop_setup.add_rate_rule(
                session,
                rate_minor=_amount(self.rule_rate.text(), self.currency),
                currency=self.currency,
                effective_from=_date(self.rule_from),
                work_type_id=self.rule_type.currentData(),
                technician_level=self.rule_level.currentData(),
            )

        if not save_in_unit_of_work(self.sessions, self.rules_card, action):
            return False
        self.rule_rate.clear()
        self.refresh()
        self.rules_status.flash(self.tr("Rate rule added."))
        return True

    def end_rule(self) -> bool:
        rule_id = selected_id(self.rules_table)
        if rule_id is None:
            return False
        if not save_in_unit_of_work(
            self.sessions,
            self.rules_card,
            lambda s: shop_settings.end_rate_rule(s, rule_id, _date(self.rule_end)),
        ):
            return False
        self.refresh()
        self.rules_status.flash(self.tr("Rate rule ended."))
        return True
