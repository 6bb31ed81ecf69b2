"""The shop's technicians: who can log time, their level, support tier,
default hourly rate and e-mail. Deactivating takes one out of every picker
and keeps their work; only one with no work at all can be deleted."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QWidget
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.session import read_only
from desktop.services.common.money import minor_digits, to_decimal
from desktop.services.shop import technicians
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
    skill_level_text,
    stack_cards,
    toggle_active,
)
from desktop.views.settings.rates import _amount, shop_currency


class TechniciansSection(QWidget):
    """A list of technicians and the form for the chosen (or a new) one.
    `changed` fires after every save, so the window's pickers follow."""

    changed = Signal()

    def __init__(self, sessions: sessionmaker[Session], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.currency = shop_currency(sessions)
        self.rows: dict[int, technicians.TechnicianInfo] = {}

        self.card = FieldForm(
            self.tr("Technicians"),
            self.tr(
                "The people who log time and visits. A deactivated technician leaves "
                "every picker but keeps all their work."
            ),
        )
        self.table = make_table(
            [
                self.tr("Name"),
                self.tr("E-mail"),
                self.tr("Level"),
                self.tr("Tier"),
                self.tr("Default rate"),
                self.tr("Status"),
            ]
        )
        self.table.itemSelectionChanged.connect(self._on_selected)
        self.card.top.addWidget(self.table)
        self.name = self.card.add_field("name", self.tr("Name"), QLineEdit())
        self.email = self.card.add_field("email", self.tr("E-mail"), QLineEdit())
        self.email.setPlaceholderText("anna@example.com")
        self.level = QComboBox()
        for level in technicians.LEVELS:
            self.level.addItem(skill_level_text(level), level)
        self.level.setCurrentIndex(technicians.LEVELS.index("standard"))
        self.card.add_field(
            "level",
            self.tr("Level"),
            self.level,
            self.tr("Rate rules can set a rate per level."),
        )
        self.tier = QSpinBox()
        self.tier.setRange(0, 4)
        self.tier.setValue(1)
        self.card.add_field(
            "tier", self.tr("Support tier"), self.tier, self.tr("0 (first line) to 4.")
        )
        self.rate = self.card.add_field(
            "rate",
            self.tr("Default hourly rate (%1)").replace("%1", self.currency),
            QLineEdit(),
            self.tr("Leave empty to use the work type's rate."),
        )
        # Deactivation refusals (a running timer) have no field of their own.
        self.status = StatusLabel()
        self.new_button = button(self.tr("New"))
        self.new_button.clicked.connect(self.new_technician)
        self.delete_button = button(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Only a technician with no recorded work"))
        self.delete_button.clicked.connect(self.delete_technician)
        self.toggle_button = button(self.tr("Deactivate"))
        self.toggle_button.clicked.connect(self.toggle_active)
        self.save_button = button(self.tr("Add technician"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.card.add_buttons(
            self.new_button,
            self.delete_button,
            self.toggle_button,
            self.save_button,
            status=self.status,
        )
        stack_cards(self, self.card)
        self.refresh()

    def refresh(self) -> None:
        """Reload the list; the form keeps what is being typed."""
        with read_only(self.sessions) as session:
            rows = technicians.list_technicians(session)
        self.rows = {r.id: r for r in rows}
        self.table.blockSignals(True)
        fill_table(
            self.table,
            [
                (
                    r.id,
                    [
                        r.name,
                        r.email or "",
                        skill_level_text(r.level),
                        str(r.tier),
                        format_money(r.rate_minor, self.currency)
                        if r.rate_minor is not None
                        else "—",
                        self.tr("Active") if r.active else self.tr("Inactive"),
                    ],
                )
                for r in rows
            ],
            {r.id for r in rows if not r.active},
        )
        self.table.blockSignals(False)
        self._update_buttons()

    def _chosen(self) -> technicians.TechnicianInfo | None:
        return self.rows.get(selected_id(self.table) or -1)

    def _update_buttons(self) -> None:
        row = self._chosen()
        self.toggle_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None and not row.has_work)
        self.save_button.setText(
            self.tr("Add technician") if row is None else self.tr("Save changes")
        )
        if row is not None:
            self.toggle_button.setText(
                self.tr("Deactivate") if row.active else self.tr("Reactivate")
            )

    def _on_selected(self) -> None:
        row = self._chosen()
        self._update_buttons()
        if row is None:
            return
        self.card.clear_errors()
        self.name.setText(row.name)
        self.email.setText(row.email or "")
        self.level.setCurrentIndex(max(self.level.findData(row.level), 0))
        self.tier.setValue(row.tier)
        self.rate.setText(
            ""
            if row.rate_minor is None
            else input_decimal(
                to_decimal(row.rate_minor, self.currency), minor_digits(self.currency)
            )
        )

    def new_technician(self) -> None:
        self.table.clearSelection()
        self.card.clear_errors()
        for edit in (self.name, self.email, self.rate):
            edit.clear()
        self.level.setCurrentIndex(technicians.LEVELS.index("standard"))
        self.tier.setValue(1)
        self.name.setFocus()

    def save(self) -> bool:
        chosen = selected_id(self.table)
        saved: list[int] = []

        def action(session: Session) -> None:
            text = self.rate.text().strip()
            values = dict(
                name=self.name.text(),
                email=self.email.text(),
                tier=self.tier.value(),
                level=self.level.currentData(),
                rate_minor=_amount(text, self.currency) if text else None,
            )
            if chosen is None:
                saved.append(technicians.add_technician(session, **values).id)
            else:
                saved.append(technicians.update_technician(session, chosen, **values).id)

        if not save_in_unit_of_work(self.sessions, self.card, action):
            return False
        self.refresh()
        select_id(self.table, saved[0])
        self.status.flash(self.tr("Technician saved."))
        self.changed.emit()
        return True

    def toggle_active(self) -> bool:
        row = self._chosen()
        if not toggle_active(self.sessions, self.card, row, technicians.set_technician_active):
            return False
        self.refresh()
        self.status.flash(
            self.tr("Technician deactivated.") if row.active else self.tr("Technician reactivated.")
        )
        self.changed.emit()
        return True

    def delete_technician(self) -> bool:
        row = self._chosen()
        if row is None or not save_in_unit_of_work(
            self.sessions, self.card, lambda s: technicians.delete_technician(s, row.id)
        ):
            return False
        self.new_technician()
        self.refresh()
        self.status.flash(self.tr("Technician deleted."))
        self.changed.emit()
        return True
