"""Helpdesk reports for a period: SLA met and breached per client, and the
clients' feedback per technician and per client. Opened from the ticket
queue; the figures come straight from the SLA and feedback services."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.session import read_only
from desktop.services.helpdesk import feedback, sla
from desktop.services.helpdesk.feedback import FeedbackSummary
from desktop.services.helpdesk.sla import SlaReportRow
from desktop.views.formatting import date_display_format
from desktop.views.itemmodels.ticket_rows_table_model import RowColumn, TicketRowsTableModel
from desktop.views.list_page import PAGE_MARGIN, page_title, read_only_table
from desktop.views.theme import STYLE_SHEET, icon

EXTRA_STYLE = """
QLabel#reportNote { color: #5B6878; }
QLabel#emptyReport { color: #5B6878; padding: 18px; }
QFrame#tile { background: #FFFFFF; }
QFrame#tile:hover { border-color: #D8DEE6; background: #FFFFFF; }
"""

PRESETS = ("this_month", "last_month", "last_90_days", "this_year", "custom")


def _tr(text: str) -> str:
    return QCoreApplication.translate("TicketReports", text)


def preset_titles() -> dict[str, str]:
    return {
        "this_month": _tr("This month"),
        "last_month": _tr("Last month"),
        "last_90_days": _tr("Last 90 days"),
        "this_year": _tr("This year"),
        "custom": _tr("Custom period"),
    }


def preset_period(key: str, today: dt.date) -> tuple[dt.date, dt.date]:
    """The first and last day (both included) of a named period."""
    first_of_month = today.replace(day=1)
    if key == "last_month":
        end = first_of_month - dt.timedelta(days=1)
        return end.replace(day=1), end
    if key == "last_90_days":
        return today - dt.timedelta(days=89), today
    if key == "this_year":
        return today.replace(month=1, day=1), today
    return first_of_month, today


def _percent(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)} %" if whole else "—"


def _met_share(met: int, breached: int) -> float | None:
    return met / (met + breached) if met + breached else None


def sla_columns() -> list[RowColumn]:
    def share(row: SlaReportRow) -> float | None:
        return _met_share(
            row.response_met + row.resolution_met, row.response_breached + row.resolution_breached
        )

    return [
        RowColumn(_tr("Client"), lambda r: r.client),
        RowColumn(_tr("Tickets"), lambda r: r.tickets, numeric=True),
        RowColumn(_tr("Response\nmet"), lambda r: r.response_met, numeric=True),
        RowColumn(_tr("Response\nbreached"), lambda r: r.response_breached, numeric=True),
        RowColumn(_tr("Resolution\nmet"), lambda r: r.resolution_met, numeric=True),
        RowColumn(_tr("Resolution\nbreached"), lambda r: r.resolution_breached, numeric=True),
        RowColumn(
            _tr("Open,\nin time"),
            lambda r: r.open_in_time,
            numeric=True,
            tooltip=lambda r: _tr("Not resolved yet and not past due"),
        ),
        RowColumn(
            _tr("Met"),
            share,
            lambda r: "—" if share(r) is None else f"{round(100 * share(r))} %",
            numeric=True,
        ),
    ]


def _stars(average: float) -> str:
    """4.5 → ★★★★★ (half up, not to even), 4.49 → ★★★★☆."""
    full = min(int(average + 0.5), 5)
    return "★" * full + "☆" * (5 - full)


def feedback_columns(who: str) -> list[RowColumn]:
    return [
        RowColumn(who, lambda r: r.name),
        RowColumn(_tr("Ratings"), lambda r: r.responses, numeric=True),
        RowColumn(
            _tr("Average"),
            lambda r: r.average,
            lambda r: f"{r.average:.2f}  {_stars(r.average)}",
            numeric=True,
        ),
        RowColumn(_tr("Lowest"), lambda r: r.lowest, numeric=True),
    ]


def report_table(model: TicketRowsTableModel, name: str) -> QTableView:
    table = read_only_table(model)
    table.setObjectName(name)
    table.setSortingEnabled(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, model.columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    return table


class _Tile(QFrame):
    """A figure with its title and a line under it."""

    def __init__(self, title: str) -> None:
        super().__init__()
        self.setObjectName("tile")
        self.value = QLabel("—")
        self.value.setObjectName("tileValue")
        self.note = QLabel()
        self.note.setObjectName("tileNote")
        heading = QLabel(title)
        heading.setObjectName("tileTitle")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        layout.addWidget(heading)
        layout.addWidget(self.value)
        layout.addWidget(self.note)

    def show_figure(self, value: str, note: str) -> None:
        self.value.setText(value)
        self.note.setText(note)


class ReportsPage(QWidget):
    """The helpdesk's figures for a period, in a window of its own."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.sessions = sessions
        self.today = today or dt.date.today()
        self.setObjectName("ticketReports")
        self.setWindowTitle(_tr("Helpdesk reports"))
        self.setStyleSheet(STYLE_SHEET + EXTRA_STYLE)
        self.resize(1080, 720)

        self.preset_combo = QComboBox()
        for key, title in preset_titles().items():
            self.preset_combo.addItem(title, key)
        self.from_edit = self._date_edit()
        self.to_edit = self._date_edit()
        period = QHBoxLayout()
        period.setSpacing(8)
        period.addWidget(QLabel(_tr("Period")))
        period.addWidget(self.preset_combo)
        period.addSpacing(8)
        period.addWidget(QLabel(_tr("from")))
        period.addWidget(self.from_edit)
        period.addWidget(QLabel(_tr("to")))
        period.addWidget(self.to_edit)
        period.addStretch(1)

        self.sla_tile = _Tile(_tr("SLA targets met"))
        self.breach_tile = _Tile(_tr("Targets breached"))
        self.rating_tile = _Tile(_tr("Average rating"))
        tiles = QHBoxLayout()
        tiles.setSpacing(12)
        for tile in (self.sla_tile, self.breach_tile, self.rating_tile):
            tiles.addWidget(tile, 1)

        self.sla_model = TicketRowsTableModel(sla_columns(), self)
        self.tech_model = TicketRowsTableModel(feedback_columns(_tr("Technician")), self)
        self.client_model = TicketRowsTableModel(feedback_columns(_tr("Client")), self)
        self.sla_table = report_table(self.sla_model, "slaReport")
        self.tech_table = report_table(self.tech_model, "feedbackByTechnician")
        self.client_table = report_table(self.client_model, "feedbackByClient")

        sla_note = QLabel(
            _tr(
                "Tickets opened in the period that have SLA targets. A target still open "
                "but already past due counts as breached."
            )
        )
        sla_note.setObjectName("reportNote")
        sla_note.setWordWrap(True)
        feedback_note = QLabel(_tr("Ratings (1–5) received in the period."))
        feedback_note.setObjectName("reportNote")

        self.sla_section = self._section(_tr("SLA per client"), sla_note, self.sla_table)
        feedback_row = QSplitter(Qt.Orientation.Horizontal)
        feedback_row.setChildrenCollapsible(False)
        feedback_row.addWidget(
            self._section(_tr("Feedback per technician"), feedback_note, self.tech_table)
        )
        feedback_row.addWidget(self._section(_tr("Feedback per client"), None, self.client_table))
        sections = QSplitter(Qt.Orientation.Vertical)
        sections.setChildrenCollapsible(False)
        sections.addWidget(self.sla_section)
        sections.addWidget(feedback_row)
        sections.setSizes([300, 260])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN - 4, PAGE_MARGIN, PAGE_MARGIN - 4)
        layout.setSpacing(12)
        layout.addWidget(page_title(_tr("Helpdesk reports")))
        layout.addLayout(period)
        layout.addLayout(tiles)
        layout.addWidget(sections, 1)

        for shortcut, slot in (("F5", self.refresh), (Qt.Key.Key_Escape, self.close)):
            action = QAction(self)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            self.addAction(action)
        self.setWindowIcon(icon("reports"))

        self.preset_combo.currentIndexChanged.connect(self._preset_chosen)
        self.from_edit.dateChanged.connect(self._dates_typed)
        self.to_edit.dateChanged.connect(self._dates_typed)
        self._setting_dates = False
        self._preset_chosen()

    @staticmethod
    def _date_edit() -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(date_display_format())
        return edit

    @staticmethod
    def _section(title: str, note: QLabel | None, table: QTableView) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(4)
        heading = QLabel(title)
        heading.setObjectName("sectionTitle")
        layout.addWidget(heading)
        if note is not None:
            layout.addWidget(note)
        else:
            # Keep the two feedback tables level.
            spacer = QLabel(" ")
            spacer.setObjectName("reportNote")
            layout.addWidget(spacer)
        layout.addWidget(table, 1)
        return box

    # -- the period ---------------------------------------------------------

    def period(self) -> tuple[dt.date, dt.date]:
        return self.from_edit.date().toPython(), self.to_edit.date().toPython()

    def set_period(self, start: dt.date, end: dt.date) -> None:
        """Show a custom period (for a caller or a test)."""
        self._setting_dates = True
        self.preset_combo.setCurrentIndex(self.preset_combo.findData("custom"))
        self.from_edit.setDate(QDate(start))
        self.to_edit.setDate(QDate(end))
        self._setting_dates = False
        self.refresh()

    def _preset_chosen(self) -> None:
        key = self.preset_combo.currentData()
        if key == "custom":
            return
        start, end = preset_period(key, self.today)
        self._setting_dates = True
        self.from_edit.setDate(QDate(start))
        self.to_edit.setDate(QDate(end))
        self._setting_dates = False
        self.refresh()

    def _dates_typed(self) -> None:
        if self._setting_dates:
            return
        self.preset_combo.blockSignals(True)
        self.preset_combo.setCurrentIndex(self.preset_combo.findData("custom"))
        self.preset_combo.blockSignals(False)
        self.refresh()

    # -- the figures --------------------------------------------------------

    def refresh(self) -> None:
        start, end = self.period()
        if end < start:
            # Keep what was typed; say what is wrong where it is.
            self.to_edit.setProperty("invalid", True)
            self.to_edit.setToolTip(_tr("The period ends before it starts."))
            self.to_edit.style().polish(self.to_edit)
            for model in (self.sla_model, self.tech_model, self.client_model):
                model.set_rows([])
            self._show_totals([], [], None)
            self.sla_tile.show_figure("—", _tr("The period ends before it starts."))
            return
        if self.to_edit.property("invalid"):
            self.to_edit.setProperty("invalid", False)
            self.to_edit.setToolTip("")
            self.to_edit.style().polish(self.to_edit)
        now = dt.datetime.now()
        with read_only(self.sessions) as session:
            sla_rows = sla.sla_report(session, start, end, now)
            by_tech = feedback.by_technician(session, start, end)
            by_client = feedback.by_client(session, start, end)
            everyone = feedback.overall(session, start, end)
        self.sla_model.set_rows(sla_rows)
        self.tech_model.set_rows(by_tech)
        self.client_model.set_rows(by_client)
        for table in (self.sla_table, self.tech_table, self.client_table):
            header = table.horizontalHeader()
            table.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._show_totals(sla_rows, by_client, everyone)

    def _show_totals(
        self,
        sla_rows: Sequence[SlaReportRow],
        by_client: Sequence[FeedbackSummary],
        everyone: FeedbackSummary | None,
    ) -> None:
        met = sum(r.response_met + r.resolution_met for r in sla_rows)
        breached = sum(r.response_breached + r.resolution_breached for r in sla_rows)
        tickets = sum(r.tickets for r in sla_rows)
        self.sla_tile.show_figure(
            _percent(met, met + breached),
            _tr("%1 of %2 targets, %3 tickets")
            .replace("%1", str(met))
            .replace("%2", str(met + breached))
            .replace("%3", str(tickets)),
        )
        resolution_breached = sum(r.resolution_breached for r in sla_rows)
        self.breach_tile.show_figure(
            str(breached),
            _tr("%1 response, %2 resolution")
            .replace("%1", str(breached - resolution_breached))
            .replace("%2", str(resolution_breached)),
        )
        if everyone is not None:
            self.rating_tile.show_figure(
                f"{everyone.average:.2f} / 5",
                _tr("%1 ratings from %2 clients")
                .replace("%1", str(everyone.responses))
                .replace("%2", str(len(by_client))),
            )
        else:
            self.rating_tile.show_figure("—", _tr("No ratings in this period"))


__all__ = ["ReportsPage", "preset_period"]
