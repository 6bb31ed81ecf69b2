"""Maintenance schedules: tickets that come back on their own. A list of
schedules with the form for the chosen (or a new) one, and the occurrences
of the next 90 days with an .ics export. The window opens the due tickets
itself (views/tickets/schedule_runner.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.session import read_only
from desktop.models import PRIORITIES
from desktop.services.common.durations import format_minutes, parse_duration
from desktop.services.common.errors import UserError
from desktop.services.helpdesk import schedule_calendar, schedule_lists, schedules
from desktop.views.formatting import format_date
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
from desktop.views.settings.rates import _date, date_edit


def _combo(items: list[tuple[int, str]], none_text: str | None) -> QComboBox:
    combo = QComboBox()
    _fill_combo(combo, items, none_text)
    return combo


def _fill_combo(combo: QComboBox, items: list[tuple[int, str]], none_text: str | None) -> None:
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    if none_text is not None:
        combo.addItem(none_text, None)
    for row_id, name in items:
        combo.addItem(name, row_id)
    index = combo.findData(current)
    combo.setCurrentIndex(index if index >= 0 else 0)
    combo.blockSignals(False)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _choose(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(index if index >= 0 else 0)


class MaintenanceSection(QWidget):
    """Schedules (RFC 5545 rules with a ticket template) and what is coming."""

    def __init__(self, sessions: sessionmaker[Session], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.rows: dict[int, schedule_lists.ScheduleRow] = {}
        with read_only(sessions) as session:
            self.choices = schedule_lists.choices(session)

        self.card = FieldForm(
            self.tr("Maintenance schedules"),
            self.tr(
                "Work that comes back on its own: each date of the rule opens a ticket "
                "from the template below, once. Dates missed while TechLedger was "
                "closed are caught up when it opens; a paused schedule makes nothing."
            ),
        )
        # The last column (paused or not) has no heading.
        self.table = make_table(
            [self.tr("Client"), self.tr("Ticket"), self.tr("Rule"), self.tr("Next"), ""]
        )
        self.table.itemSelectionChanged.connect(self._on_selected)
        self.card.top.addWidget(self.table)

        self.client = self.card.add_field(
            "client", self.tr("Client"), _combo(self.choices.clients, None)
        )
        self.client.currentIndexChanged.connect(self._client_changed)
        self.contract = self.card.add_field(
            "contract", self.tr("Contract"), _combo([], self.tr("No contract"))
        )
        self.preset = QComboBox()
        self.preset.addItem(self.tr("Custom rule"), "")
        for label, rule in schedules.PRESETS.items():
            self.preset.addItem(self.preset_text(label), rule)
        self.preset.currentIndexChanged.connect(self._preset_chosen)
        self.card.add_field("preset", self.tr("Repeats"), self.preset)
        self.rule = self.card.add_field(
            "rule",
            self.tr("Rule (RFC 5545)"),
            QLineEdit(),
            self.tr("An RRULE value, e.g. FREQ=MONTHLY;BYDAY=1MO for the first Monday."),
        )
        self.rule.textChanged.connect(self._update_preview)
        self.starts = self.card.add_field("starts_on", self.tr("Starts on"), date_edit())
        self.starts.dateChanged.connect(self._update_preview)
        ends_row = QWidget()
        ends_layout = QHBoxLayout(ends_row)
        ends_layout.setContentsMargins(0, 0, 0, 0)
        self.has_end = QCheckBox(self.tr("Ends on"))
        self.ends = date_edit()
        self.ends.setEnabled(False)
        self.has_end.toggled.connect(self.ends.setEnabled)
        ends_layout.addWidget(self.has_end)
        ends_layout.addWidget(self.ends)
        ends_layout.addStretch(1)
        self.card.add_field("ends_on", self.tr("End"), ends_row, target=self.ends)
        # One line: three dates, or the reason the rule is refused.
        self.preview = QLabel()
        self.preview.setObjectName("fieldHint")
        self.card.add_row(self.tr("Next dates"), self.preview)
        self.title = self.card.add_field("title", self.tr("Ticket title"), QLineEdit())
        self.description = self.card.add_field(
            "description", self.tr("Description"), QPlainTextEdit()
        )
        self.description.setMaximumHeight(70)
        self.checklist = self.card.add_field(
            "checklist",
            self.tr("Checklist"),
            QPlainTextEdit(),
            self.tr("One item a line; the ticket lists them to tick off."),
        )
        self.checklist.setMaximumHeight(70)
        self.tier = QSpinBox()
        self.tier.setRange(0, 3)
        self.tier.setValue(1)
        self.card.add_field("tier", self.tr("Tier"), self.tier)
        self.priority = QComboBox()
        for priority in PRIORITIES:
            self.priority.addItem(self.priority_text(priority), priority)
        _choose(self.priority, "normal")
        self.card.add_field("priority", self.tr("Priority"), self.priority)
        self.technician = self.card.add_field(
            "technician",
            self.tr("Assign to"),
            _combo(self.choices.technicians, self.tr("Nobody")),
        )
        self.work_type = self.card.add_field(
            "work_type", self.tr("Work type"), _combo(self.choices.work_types, self.tr("None"))
        )
        self.estimate = self.card.add_field(
            "estimate", self.tr("Estimated time"), QLineEdit(), self.tr("Hours, e.g. 1:30.")
        )
        self.status = StatusLabel()
        self.new_button = button(self.tr("New"))
        self.new_button.clicked.connect(self.new_schedule)
        self.pause_button = button(self.tr("Pause"))
        self.pause_button.clicked.connect(self.toggle_paused)
        self.save_button = button(self.tr("Add schedule"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.card.add_buttons(
            self.new_button, self.pause_button, self.save_button, status=self.status
        )

        self.coming_card = FieldForm(
            self.tr("The next 90 days"),
            self.tr("Every date the running schedules will open a ticket on."),
        )
        self.coming = make_table(
            [self.tr("Date"), self.tr("Client"), self.tr("Ticket"), self.tr("Opened as")]
        )
        self.coming_card.top.addWidget(self.coming)
        self.coming_status = StatusLabel()
        self.ics_button = button(self.tr("Export .ics…"))
        self.ics_button.clicked.connect(self.export_ics)
        self.coming_card.add_buttons(self.ics_button, status=self.coming_status)
        stack_cards(self, self.card, self.coming_card)
        self._client_changed()
        self.refresh()

    def preset_text(self, label: str) -> str:
        return {
            "First Monday of every month": self.tr("First Monday of every month"),
            "Every 3 months on the 15th": self.tr("Every 3 months on the 15th"),
            "Yearly on 1 March": self.tr("Yearly on 1 March"),
            "Every Monday": self.tr("Every Monday"),
            "Last working day of every month": self.tr("Last working day of every month"),
        }.get(label, label)

    def priority_text(self, priority: str) -> str:
        return {
            "low": self.tr("Low"),
            "normal": self.tr("Normal"),
            "high": self.tr("High"),
            "urgent": self.tr("Urgent"),
        }.get(priority, priority)

    # -- lists ------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the lists and pickers; the form keeps what is being typed."""
        today = dt.date.today()
        with read_only(self.sessions) as session:
            self.choices = schedule_lists.choices(session)
            rows = schedule_lists.list_schedules(session, today)
            coming = schedule_lists.upcoming(session, today)
        _fill_combo(self.client, self.choices.clients, None)
        _fill_combo(self.technician, self.choices.technicians, self.tr("Nobody"))
        _fill_combo(self.work_type, self.choices.work_types, self.tr("None"))
        self.rows = {r.id: r for r in rows}
        self.table.blockSignals(True)
        fill_table(
            self.table,
            [
                (
                    r.id,
                    [
                        r.client,
                        r.title,
                        r.rule,
                        format_date(r.next_on) if r.next_on else "—",
                        self.tr("Paused") if r.paused else "",
                    ],
                )
                for r in rows
            ],
            {r.id for r in rows if r.paused},
        )
        self.table.blockSignals(False)
        fill_table(
            self.coming,
            [
                (
                    i.schedule_id,
                    [format_date(i.occurs_on), i.client, i.title, i.ticket_number or ""],
                )
                for i in coming
            ],
            set(),
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.rows.get(selected_id(self.table) or -1)
        self.pause_button.setEnabled(row is not None)
        self.pause_button.setText(
            self.tr("Resume") if row is not None and row.paused else self.tr("Pause")
        )
        self.save_button.setText(
            self.tr("Add schedule") if row is None else self.tr("Save changes")
        )

    # -- the form ---------------------------------------------------------

    def _client_changed(self) -> None:
        client_id = self.client.currentData()
        _fill_combo(
            self.contract, self.choices.contracts.get(client_id, []), self.tr("No contract")
        )

    def _preset_chosen(self) -> None:
        rule = self.preset.currentData()
        if rule:
            self.rule.setText(rule)

    def _update_preview(self) -> None:
        starts = _date(self.starts)
        try:
            dates = schedules.occurrences(
                self.rule.text(), starts, starts, starts + dt.timedelta(days=5 * 366)
            )[:3]
        except UserError as exc:
            self.preview.setText(exc.message)
            return
        self.preview.setText(
            ", ".join(format_date(day) for day in dates) if dates else self.tr("No dates.")
        )
        index = self.preset.findData(schedules.normalise_rule(self.rule.text()))
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(max(index, 0))
        self.preset.blockSignals(False)

    def _on_selected(self) -> None:
        self._update_buttons()
        chosen = selected_id(self.table)
        if chosen is None:
            return
        with read_only(self.sessions) as session:
            data = schedule_lists.schedule_input(schedules.get_schedule(session, chosen))
        self.card.clear_errors()
        _choose(self.client, data.client_id)
        self._client_changed()
        _choose(self.contract, data.contract_id)
        self.rule.setText(data.rule)
        self.starts.setDate(_qdate(data.starts_on))
        self.has_end.setChecked(data.ends_on is not None)
        if data.ends_on is not None:
            self.ends.setDate(_qdate(data.ends_on))
        self.title.setText(data.title)
        self.description.setPlainText(data.description)
        self.checklist.setPlainText(data.checklist)
        self.tier.setValue(data.tier)
        _choose(self.priority, data.priority)
        _choose(self.technician, data.assigned_technician_id)
        _choose(self.work_type, data.work_type_id)
        self.estimate.setText(
            format_minutes(data.estimated_minutes) if data.estimated_minutes else ""
        )

    def new_schedule(self) -> None:
        self.table.clearSelection()
        self.card.clear_errors()
        for edit in (self.rule, self.title, self.estimate):
            edit.clear()
        self.description.clear()
        self.checklist.clear()
        self.has_end.setChecked(False)
        self.starts.setDate(_qdate(dt.date.today()))
        self.tier.setValue(1)
        _choose(self.priority, "normal")
        self.title.setFocus()

    def typed(self) -> schedules.ScheduleInput:
        estimate = self.estimate.text().strip()
        return schedules.ScheduleInput(
            client_id=self.client.currentData(),
            contract_id=self.contract.currentData(),
            rule=self.rule.text(),
            title=self.title.text(),
            starts_on=_date(self.starts),
            ends_on=_date(self.ends) if self.has_end.isChecked() else None,
            description=self.description.toPlainText(),
            checklist=self.checklist.toPlainText(),
            tier=self.tier.value(),
            priority=self.priority.currentData(),
            assigned_technician_id=self.technician.currentData(),
            work_type_id=self.work_type.currentData(),
            estimated_minutes=parse_duration(estimate, field="estimate") if estimate else None,
        )

    def save(self) -> bool:
        chosen = selected_id(self.table)
        saved: list[int] = []

        def action(session: Session) -> None:
            data = self.typed()
            if chosen is None:
                saved.append(schedules.add_schedule(session, data).id)
            else:
                saved.append(schedules.update_schedule(session, chosen, data, dt.date.today()).id)

        if not save_in_unit_of_work(self.sessions, self.card, action):
            return False
        self.refresh()
        select_id(self.table, saved[0])
        self.status.flash(self.tr("Schedule saved."))
        return True

    def toggle_paused(self) -> bool:
        row = self.rows.get(selected_id(self.table) or -1)
        if row is None or not save_in_unit_of_work(
            self.sessions,
            self.card,
            lambda s: schedules.set_paused(s, row.id, not row.paused, dt.date.today()),
        ):
            return False
        self.refresh()
        self.status.flash(
            self.tr("Schedule resumed.") if row.paused else self.tr("Schedule paused.")
        )
        return True

    def export_ics(self, path: str | None = None) -> Path | None:
        if not path:
            path, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Export the next 90 days"),
                str(Path.home() / "maintenance.ics"),
                self.tr("Calendar files (*.ics)"),
            )
        if not path:
            return None
        try:
            with read_only(self.sessions) as session:
                written, count = schedule_calendar.export_ics(
                    session, path, dt.datetime.now().replace(microsecond=0)
                )
        except UserError as exc:
            self.coming_status.flash(exc.message)
            return None
        self.coming_status.flash(self.tr("%n event(s) written.", "", count))
        return written
