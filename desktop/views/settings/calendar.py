"""The shop's working week, its own holidays and the default SLA targets.
Saving any of them recomputes the due times of open tickets in the same
unit of work, so the queue never shows deadlines from the old calendar."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.session import read_only
from desktop.services.common import settings_store
from desktop.services.helpdesk.sla import recompute_open_tickets
from desktop.services.records.clients import ValidationError
from desktop.services.shop import settings as shop_settings
from desktop.views.formatting import format_date
from desktop.views.settings.form import (
    FieldForm,
    StatusLabel,
    button,
    fill_table,
    make_table,
    save_in_unit_of_work,
    selected_id,
    stack_cards,
)
from desktop.views.settings.rates import _date, date_edit


class CalendarSection(QWidget):
    """Business hours, holidays and SLA targets per priority."""

    def __init__(self, sessions: sessionmaker[Session], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sessions = sessions

        self.hours_card = FieldForm(
            self.tr("Business hours"),
            self.tr(
                "The shop's working week. SLA clocks run only inside these hours "
                "(unless a contract has hours of its own) and work outside them "
                "can carry an after-hours rate."
            ),
        )
        self.day_edits: dict[str, QLineEdit] = {}
        for day, name in self.day_names().items():
            edit = QLineEdit()
            edit.setPlaceholderText(self.tr("closed"))
            self.hours_card.add_field(f"day{day}", name, edit)
            self.day_edits[day] = edit
        hint = QLabel(
            self.tr(
                "Type the opening hours like 08:00–17:00, or 08:00–12:00, 13:00–17:00 "
                "with a lunch break. Leave a day empty when the shop is closed."
            )
        )
        hint.setObjectName("fieldHint")
        hint.setWordWrap(True)
        self.hours_card.top.addWidget(hint)
        self.hours_status = StatusLabel()
        self.hours_button = button(self.tr("Save business hours"))
        self.hours_button.clicked.connect(self.save_hours)
        self.hours_card.add_buttons(self.hours_button, status=self.hours_status)

        self.holidays_card = FieldForm(
            self.tr("Holidays"),
            self.tr(
                "The country's public holidays are known already; add the shop's own "
                "days off (a bridge day, the company outing)."
            ),
        )
        self.holidays_table = make_table([self.tr("Date"), self.tr("Name")])
        self.holidays_table.setMinimumHeight(120)
        self.holidays_card.top.addWidget(self.holidays_table)
        self.holiday_day = self.holidays_card.add_field("holiday_day", self.tr("Date"), date_edit())
        self.holiday_name = self.holidays_card.add_field(
            "holiday_name", self.tr("Name"), QLineEdit()
        )
        self.holidays_status = StatusLabel()
        self.holiday_remove_button = button(self.tr("Remove"))
        self.holiday_remove_button.clicked.connect(self.remove_holiday)
        self.holidays_table.itemSelectionChanged.connect(
            lambda: self.holiday_remove_button.setEnabled(
                selected_id(self.holidays_table) is not None
            )
        )
        self.holiday_add_button = button(self.tr("Add holiday"))
        self.holiday_add_button.clicked.connect(self.add_holiday)
        self.holidays_card.add_buttons(
            self.holiday_remove_button, self.holiday_add_button, status=self.holidays_status
        )

        self.sla_card = FieldForm(
            self.tr("Default SLA targets"),
            self.tr(
                "In business hours, for tickets whose contract sets no targets of its "
                "own. 0 means no target for that priority."
            ),
        )
        self.response: dict[str, QDoubleSpinBox] = {}
        self.resolution: dict[str, QDoubleSpinBox] = {}
        for priority, name in self.priority_names().items():
            holder = QWidget()
            row = QHBoxLayout(holder)
            row.setContentsMargins(0, 0, 0, 0)
            response, resolution = QDoubleSpinBox(), QDoubleSpinBox()
            for spin in (response, resolution):
                spin.setRange(0, 2000)
                spin.setDecimals(1)
                spin.setSingleStep(0.5)
                spin.setSuffix(self.tr(" h"))
                spin.setMinimumWidth(90)
            row.addWidget(QLabel(self.tr("First response")))
            row.addWidget(response)
            row.addSpacing(16)
            row.addWidget(QLabel(self.tr("Resolution")))
            row.addWidget(resolution)
            row.addStretch(1)
            self.sla_card.add_field(priority, name, holder, target=response)
            self.response[priority], self.resolution[priority] = response, resolution
        self.sla_status = StatusLabel()
        self.sla_button = button(self.tr("Save SLA targets"))
        self.sla_button.clicked.connect(self.save_targets)
        self.sla_card.add_buttons(self.sla_button, status=self.sla_status)

        stack_cards(self, self.hours_card, self.holidays_card, self.sla_card)
        self.load()

    def day_names(self) -> dict[str, str]:
        return {
            "1": self.tr("Monday"),
            "2": self.tr("Tuesday"),
            "3": self.tr("Wednesday"),
            "4": self.tr("Thursday"),
            "5": self.tr("Friday"),
            "6": self.tr("Saturday"),
            "7": self.tr("Sunday"),
        }

    def priority_names(self) -> dict[str, str]:
        return {
            "urgent": self.tr("Urgent"),
            "high": self.tr("High"),
            "normal": self.tr("Normal"),
            "low": self.tr("Low"),
        }

    def load(self) -> None:
        with read_only(self.sessions) as session:
            hours = settings_store.shop_business_hours(session)
            targets = shop_settings.default_sla_targets(session)
            has_shop = shop_settings.company_profile(session) is not None
        for day, edit in self.day_edits.items():
            edit.setText(settings_store.format_spans(hours.get(day) or []))
        for priority in self.response:
            response, resolution = targets.get(priority, (0, 0))
            self.response[priority].setValue(response / 60)
            self.resolution[priority].setValue(resolution / 60)
        self.sla_card.setEnabled(has_shop)
        self.refresh()

    def refresh(self) -> None:
        with read_only(self.sessions) as session:
            holidays = shop_settings.list_holidays(session)
        fill_table(
            self.holidays_table,
            [(h.id, [format_date(h.day), h.name]) for h in holidays],
            set(),
        )
        self.holiday_remove_button.setEnabled(selected_id(self.holidays_table) is not None)

    def week(self) -> dict[str, str]:
        return {day: edit.text() for day, edit in self.day_edits.items()}

    def save_hours(self) -> bool:
        def action(session: Session) -> None:
            settings_store.save_shop_business_hours(session, self.week())
            recompute_open_tickets(session)

        ok = save_in_unit_of_work(self.sessions, self.hours_card, action)
        if ok:
            self.hours_status.flash(self.tr("Business hours saved; open tickets updated."))
        return ok

    def add_holiday(self) -> bool:
        def action(session: Session) -> None:
            shop_settings.add_holiday(
                session, day=_date(self.holiday_day), name=self.holiday_name.text(), country=None
            )
            recompute_open_tickets(session)

        if not save_in_unit_of_work(self.sessions, self.holidays_card, action):
            return False
        self.holiday_name.clear()
        self.refresh()
        self.holidays_status.flash(self.tr("Holiday added."))
        return True

    def remove_holiday(self) -> None:
        holiday_id = selected_id(self.holidays_table)
        if holiday_id is None:
            return

        def action(session: Session) -> None:
            shop_settings.remove_holiday(session, holiday_id)
            recompute_open_tickets(session)

        if save_in_unit_of_work(self.sessions, self.holidays_card, action):
            self.refresh()
            self.holidays_status.flash(self.tr("Holiday removed."))

    def targets(self) -> dict[str, tuple[int, int] | None]:
        result: dict[str, tuple[int, int] | None] = {}
        for priority, spin in self.response.items():
            response = round(spin.value() * 60)
            resolution = round(self.resolution[priority].value() * 60)
            result[priority] = None if response == 0 and resolution == 0 else (response, resolution)
        return result

    def save_targets(self) -> bool:
        def action(session: Session) -> None:
            targets = self.targets()
            if not any(targets.values()) and not shop_settings.default_sla_targets(session):
                raise ValidationError({"urgent": "Set a target for at least one priority."})
            shop_settings.save_default_sla_targets(session, targets)
            recompute_open_tickets(session)

        ok = save_in_unit_of_work(self.sessions, self.sla_card, action)
        if ok:
            self.sla_status.flash(self.tr("SLA targets saved; open tickets updated."))
        return ok
