"""Quick entry: log a piece of work from the keyboard alone.

Tab walks client → work type → start → duration → end → description →
ticket; typing the first letters picks in a list; Enter saves. Duration and
end follow each other, so either can be typed. A stopped timer opens this
dialog prefilled; the timer only ends when the entry is saved."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.session import read_only
from desktop.services.common.durations import DurationError, parse_duration
from desktop.services.queries.lookup import LookupFailed, parse_datetime
from desktop.services.records.clients import ValidationError
from desktop.services.records.timer import (
    TimerState,
    client_choices,
    finish_timer,
    technician_choices,
    ticket_choices,
    work_type_choices,
)
from desktop.services.records.work_log import TimeInput, log_time
from desktop.views.formatting import format_datetime, format_minutes, locale_symbols
from desktop.views.record_dialog import RecordDialog
from desktop.views.theme import icon
from desktop.views.time.fields import fill_combo, select_id


def parse_stamp(text: str) -> dt.datetime:
    """A start or end typed as the interface language writes it ("4.03.2026
    09:00" in Polish) or in ISO ("2026-03-04 09:00"), which every language
    accepts (pasted from a log, or typed out of habit)."""
    cleaned = " ".join(text.split())
    try:
        return parse_datetime(cleaned)
    except LookupFailed:
        pass
    symbols = locale_symbols()
    for pattern in (f"{symbols.date_format} {symbols.time_format}", f"{symbols.date_format} H:mm"):
        moment = symbols.locale.toDateTime(cleaned, pattern)
        if moment.isValid():
            return moment.toPython().replace(second=0, microsecond=0)
    raise LookupFailed(
        QCoreApplication.translate(
            "QuickEntryDialog", "“%1” is not a date and time; write it like %2."
        )
        .replace("%1", text.strip())
        .replace("%2", format_datetime(dt.datetime(2026, 3, 31, 14, 30)))
    )


def parse_end(text: str, start: dt.datetime) -> dt.datetime:
    """'14:30' (on the start's day) or a full date and time (parse_stamp)."""
    cleaned = text.strip()
    if len(cleaned) <= 5 and ":" in cleaned:
        try:
            return dt.datetime.combine(start.date(), dt.time.fromisoformat(cleaned.zfill(5)))
        except ValueError:
            raise LookupFailed(f"'{text}' is not a time; write it as 14:30.") from None
    return parse_stamp(cleaned)


class QuickEntryDialog(RecordDialog):
    """A new time entry; with `timer`, the entry a stopped timer becomes."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        *,
        technician_id: int | None = None,
        start: dt.datetime | None = None,
        end: dt.datetime | None = None,
        timer: TimerState | None = None,
        client_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Stop timer — log the work") if timer else self.tr("New time entry")
        super().__init__(sessions, title, parent)
        self.setWindowIcon(icon("time"))
        self.timer = timer
        with read_only(sessions) as session:
            technicians = technician_choices(session)
            clients = client_choices(session)
            work_types = work_type_choices(session)

        self.technician = QComboBox()
        fill_combo(self.technician, technicians)
        self.client = QComboBox()
        fill_combo(self.client, clients, none_text=self.tr("— pick a client —"))
        self.work_type = QComboBox()
        fill_combo(self.work_type, work_types)
        self.start = QLineEdit()
        self.start.setPlaceholderText(format_datetime(dt.datetime(2026, 11, 23, 9, 0)))
        self.duration = QLineEdit()
        self.duration.setPlaceholderText(self.tr("1:30, 1.5 or 90m"))
        self.end = QLineEdit()
        self.end.setPlaceholderText(self.tr("10:30"))
        self.description = QLineEdit()
        self.description.setPlaceholderText(self.tr("What was done"))
        self.ticket = QComboBox()
        for combo in (self.technician, self.client, self.work_type, self.ticket):
            combo.setMinimumContentsLength(28)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )

        self.add_field("technician", self.tr("Technician"), self.technician)
        self.add_field("client", self.tr("&Client"), self.client)
        self.add_field("work_type", self.tr("&Work type"), self.work_type)
        self.add_field("start", self.tr("&Start"), self.start)
        self.add_field("duration", self.tr("&Duration"), self.duration)
        self.add_field("end", self.tr("&End"), self.end)
        self.add_field("description", self.tr("Descr&iption"), self.description)
        self.add_field("ticket", self.tr("&Ticket"), self.ticket)
        for widget in (
            self.client,
            self.work_type,
            self.start,
            self.duration,
            self.end,
            self.description,
            self.ticket,
        ):
            label = self.form.labelForField(widget.parentWidget())
            if label is not None and hasattr(label, "setBuddy"):
                label.setBuddy(widget)
        QWidget.setTabOrder(self.client, self.work_type)
        QWidget.setTabOrder(self.work_type, self.start)
        QWidget.setTabOrder(self.start, self.duration)
        QWidget.setTabOrder(self.duration, self.end)
        QWidget.setTabOrder(self.end, self.description)
        QWidget.setTabOrder(self.description, self.ticket)
        QWidget.setTabOrder(self.ticket, self.buttons)

        self.client.currentIndexChanged.connect(self._client_changed)
        self.duration.textEdited.connect(self._duration_edited)
        self.end.textEdited.connect(self._end_edited)
        self.start.textEdited.connect(self._duration_edited)

        if timer is not None:
            technician_id = timer.technician_id
            client_id = timer.client_id or client_id
            start = timer.started_at
            self.description.setText(timer.description)
        select_id(self.technician, technician_id)
        self.technician.setEnabled(timer is None)
        select_id(self.client, client_id)
        self._client_changed()
        if timer is not None:
            select_id(self.work_type, timer.work_type_id)
            select_id(self.ticket, timer.ticket_id)
        if start is not None:
            self.start.setText(format_datetime(start))
        if start is not None and end is not None:
            self.end.setText(self._end_text(start, end))
            self._end_edited()
        self.client.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- keeping duration and end in step -----------------------------------

    @staticmethod
    def _end_text(start: dt.datetime, end: dt.datetime) -> str:
        return end.strftime("%H:%M") if end.date() == start.date() else format_datetime(end)

    def _duration_edited(self) -> None:
        try:
            start = parse_stamp(self.start.text())
            minutes = parse_duration(self.duration.text())
        except (LookupFailed, DurationError):
            return
        if minutes > 0:
            self.end.setText(self._end_text(start, start + dt.timedelta(minutes=minutes)))

    def _end_edited(self) -> None:
        try:
            start = parse_stamp(self.start.text())
            end = parse_end(self.end.text(), start)
        except LookupFailed:
            return
        minutes = int((end - start).total_seconds() // 60)
        if minutes > 0:
            self.duration.setText(format_minutes(minutes))

    def _client_changed(self) -> None:
        client_id = self.client.currentData()
        choices = []
        if client_id is not None:
            with read_only(self.sessions) as session:
                choices = ticket_choices(session, client_id)
        fill_combo(self.ticket, choices, none_text=self.tr("(no ticket)"))

    # -- saving --------------------------------------------------------------

    def entry_input(self) -> TimeInput:
        """The form as a TimeInput, or ValidationError naming the fields."""
        errors: dict[str, str] = {}
        if self.technician.currentData() is None:
            errors["technician"] = "Pick the technician."
        if self.client.currentData() is None:
            errors["client"] = "Pick the client."
        if self.work_type.currentData() is None:
            errors["work_type"] = "Pick the kind of work."
        start = end = None
        minutes = None
        try:
            start = parse_stamp(self.start.text())
        except LookupFailed as exc:
            errors["start"] = str(exc)
        if self.duration.text().strip():
            # A duration that does not parse is refused even when the end
            # holds a value: that end followed an earlier text ("1:2" of
            # "1:2:3") and would be saved silently.
            try:
                minutes = parse_duration(self.duration.text())
            except DurationError as exc:
                errors["duration"] = str(exc)
        if start is not None and "duration" not in errors:
            if self.end.text().strip():
                try:
                    end = parse_end(self.end.text(), start)
                except LookupFailed as exc:
                    errors["end"] = str(exc)
            elif minutes is not None:
                end = start + dt.timedelta(minutes=minutes)
            else:
                errors["duration"] = "Give the duration or the end."
        if errors:
            raise ValidationError(errors)
        assert start is not None and end is not None
        return TimeInput(
            technician_id=self.technician.currentData(),
            client_id=self.client.currentData(),
            work_type_id=self.work_type.currentData(),
            started_at=start,
            ended_at=end,
            description=self.description.text().strip(),
            ticket_id=self.ticket.currentData(),
        )

    def save(self, session: Session) -> int:
        data = self.entry_input()
        if self.timer is not None:
            entry = finish_timer(session, self.timer.technician_id, data)
        else:
            entry = log_time(session, data)
        return entry.id
