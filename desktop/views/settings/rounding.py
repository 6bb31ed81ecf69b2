"""The shop-wide rounding of billed time and the minimum charge."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QSpinBox, QWidget
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.session import read_only
from desktop.services.billing.rounding import INCREMENTS
from desktop.services.shop import settings as shop_settings
from desktop.views.settings.form import (
    FieldForm,
    StatusLabel,
    button,
    save_in_unit_of_work,
    stack_cards,
)


class RoundingSection(QWidget):
    """The shop-wide rounding of billed time (contracts and clients may differ)."""

    def __init__(self, sessions: sessionmaker[Session], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.card = FieldForm(
            self.tr("Rounding and minimum charge"),
            self.tr(
                "Billed time is rounded from the raw time, which is always kept next to "
                "it. These are the defaults; a client or contract can set its own."
            ),
        )
        self.increment = QComboBox()
        for minutes in INCREMENTS:
            self.increment.addItem(self.tr("%n minute(s)", "", minutes), minutes)
        self.card.add_field("increment", self.tr("Round to"), self.increment)
        self.mode = QComboBox()
        self.mode.addItem(self.tr("Up"), "up")
        self.mode.addItem(self.tr("To the nearest"), "nearest")
        self.mode.addItem(self.tr("Down"), "down")
        self.card.add_field("mode", self.tr("Direction"), self.mode)
        self.scope = QComboBox()
        self.scope.addItem(self.tr("Each time entry"), "entry")
        self.scope.addItem(self.tr("Each visit"), "visit")
        self.scope.addItem(self.tr("Each ticket"), "ticket")
        self.card.add_field("scope", self.tr("Apply to"), self.scope)
        self.minimum = QSpinBox()
        self.minimum.setRange(0, 24 * 60)
        self.minimum.setSingleStep(15)
        self.minimum.setSuffix(self.tr(" min"))
        self.card.add_field(
            "minimum",
            self.tr("Minimum charge"),
            self.minimum,
            self.tr("E.g. 60 min: an on-site visit is billed at least one hour. 0 for none."),
        )
        self.status = StatusLabel()
        self.save_button = button(self.tr("Save rounding"))
        self.save_button.clicked.connect(self.save)
        self.card.add_buttons(self.save_button, status=self.status)
        stack_cards(self, self.card)
        self.load()

    def load(self) -> None:
        with read_only(self.sessions) as session:
            profile = shop_settings.company_profile(session)
        self.card.setEnabled(profile is not None)
        if profile is None:
            self.card.show_banner(self.tr("Save the company profile first."))
            return
        self.card.clear_errors()
        for combo, value in (
            (self.increment, profile.rounding_increment_min),
            (self.mode, profile.rounding_mode),
            (self.scope, profile.rounding_scope),
        ):
            combo.setCurrentIndex(max(combo.findData(value), 0))
        self.minimum.setValue(profile.minimum_charge_min)

    def save(self) -> bool:
        ok = save_in_unit_of_work(
            self.sessions,
            self.card,
            lambda s: shop_settings.save_rounding_defaults(
                s,
                increment_min=self.increment.currentData(),
                mode=self.mode.currentData(),
                scope=self.scope.currentData(),
                minimum_min=self.minimum.value(),
            ),
        )
        if ok:
            self.status.flash(self.tr("Rounding saved."))
        return ok
