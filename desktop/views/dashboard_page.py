"""The dashboard: where attention is needed (unbilled work, overdue invoices,
tickets near or past their SLA, prepaid contracts running low) and two
charts (hours per technician this week, revenue per month). Each tile and
chart opens the list behind it; `openPage(key)` names a page,
`openFiltered(key, filter)` a page and the filter to apply there."""

from __future__ import annotations

import datetime as dt
import logging
import math
from typing import TYPE_CHECKING

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QScrollArea, QToolTip, QVBoxLayout, QWidget
from sqlalchemy.orm import Session, sessionmaker

from desktop.services.common.money import to_decimal
from desktop.views import changes
from desktop.views.dashboard_tiles import ChartTile, FigureTile
from desktop.views.formatting import format_date, format_minutes, format_money
from desktop.views.list_page import PAGE_MARGIN, page_title
from desktop.views.operations import BackgroundTask, Progress, run_in_background
from desktop.views.theme import ACCENT

if TYPE_CHECKING:
    from desktop.services.queries.overview import DashboardFigures

_log = logging.getLogger(__name__)
ALERT = "#B3261E"
MUTED_BAR = "#A9BCD3"
STYLE = f"""
QLabel#tileValue[alert="true"] {{ color: {ALERT}; }}
QScrollArea, QWidget#dashboardContent {{ background: transparent; }}
QLabel#chartTitle {{ font-size: 10pt; font-weight: 600; color: #2A3442; }}
"""


def _axis_font() -> QFont:
    font = QFont()
    font.setPointSizeF(8.5)
    return font


def _month_year(first: dt.date) -> str:
    return QLocale().toString(QDate(first.year, first.month, 1), "MMM yyyy")


def _nice_axis(value: float) -> tuple[float, int]:
    """A round axis maximum at or above `value` and its tick count, so the
    ticks fall on whole steps of 1, 2, 2.5 or 5 × 10^n (at most 5 intervals;
    never a fraction, as the labels show whole numbers)."""
    if value <= 0:
        return 4.0, 5
    magnitude = 1
    while True:
        for factor in (1, 2, 2.5, 5):
            step = factor * magnitude
            if step != int(step):
                continue
            intervals = max(math.ceil(value / step - 1e-9), 1)
            if intervals <= 5:
                return float(intervals * step), intervals + 1
        magnitude *= 10


class DashboardPage(QWidget):
    """Four figure tiles over two charts. `openPage` names the page a tile
    leads to; `openFiltered` adds the filter to apply there."""

    openPage = Signal(str)
    openFiltered = Signal(str, str)
    # Emitted each time fresh figures are on the tiles.
    refreshed = Signal()

    def __init__(
        self,
        sessions: sessionmaker[Session],
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
        now: dt.datetime | None = None,
    ) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self._today = today
        self._now = now
        self.figures: DashboardFigures | None = None
        self._task: BackgroundTask | None = None
        self._again = False
        self.setStyleSheet(STYLE)
        # Keys name the figure; each tile knows the page (and filter) it opens.
        self.tiles: dict[str, FigureTile] = {
            "unbilled": FigureTile(self.tr("Unbilled work"), "invoices", "unbilled"),
            "overdue": FigureTile(self.tr("Overdue invoices"), "invoices", "overdue"),
            "sla": FigureTile(self.tr("SLA at risk"), "tickets", "attention"),
            "prepaid": FigureTile(self.tr("Prepaid running low"), "contracts", "low"),
        }
        self.charts: dict[str, ChartTile] = {
            "hours": ChartTile(self.tr("Hours per technician this week"), "time"),
            "revenue": ChartTile(self.tr("Revenue per month"), "invoices"),
        }
        grid = QGridLayout()
        grid.setSpacing(14)
        for column, tile in enumerate(self.tiles.values()):
            grid.addWidget(tile, 0, column)
            grid.setColumnStretch(column, 1)
        grid.addWidget(self.charts["hours"], 1, 0, 1, 2)
        grid.addWidget(self.charts["revenue"], 1, 2, 1, 2)
        grid.setRowStretch(1, 1)
        for widget in (*self.tiles.values(), *self.charts.values()):
            widget.clicked.connect(lambda w=widget: self._open(w.page, w.filter))
        # In a small window the page scrolls instead of squeezing the charts.
        content = QWidget()
        content.setObjectName("dashboardContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN - 4, PAGE_MARGIN, PAGE_MARGIN)
        layout.setSpacing(14)
        layout.addWidget(page_title(self.tr("Dashboard")))
        layout.addLayout(grid, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        # Every figure depends on nearly everything; shown again, the page
        # also catches what the command line or another copy changed.
        changes.watch_changes(self, sessions, changes.EVERYTHING, self.refresh, every_show=True)
        self.refresh()

    def _open(self, page: str, filter_key: str | None) -> None:
        if filter_key is None:
            self.openPage.emit(page)
        else:
            self.openFiltered.emit(page, filter_key)

    @property
    def busy(self) -> bool:
        return self._task is not None and not self._task.finished

    def refresh(self) -> None:
        """Recompute the figures off the GUI thread: ~25 ms on the demo shop
        but seconds on ten years of data (every prepaid ledger is replayed),
        which must not hold up the window's first paint. A refresh asked for
        while one runs is done once that one ends."""
        if self.busy:
            self._again = True
            return
        now = self._now or dt.datetime.now().replace(microsecond=0)
        today = self._today or now.date()
        if self._now is None and today != now.date():
            now = dt.datetime.combine(today, now.time())  # a fixed day (demo, tests)

        def work(session: Session, _progress: Progress) -> DashboardFigures:
            # Imported here, on the worker: the figures pull in the billing
            # rules and holiday calendars, time the first paint need not wait.
            from desktop.services.queries import overview

            return overview.dashboard_figures(session, today, now)

        self._task = run_in_background(work, sessions=self.sessions, reading=True, parent=self)
        self._task.done.connect(self._arrived)
        self._task.error.connect(self._failed)

    def _arrived(self, figures: DashboardFigures) -> None:
        self.show_figures(figures)
        self.refreshed.emit()
        self._refresh_again()

    def _failed(self, exc: BaseException) -> None:
        # The tiles keep their last figures; the log says why they are stale.
        _log.error("dashboard figures could not be computed", exc_info=exc)
        self._refresh_again()

    def _refresh_again(self) -> None:
        if self._again:
            self._again = False
            self.refresh()

    def shutdown(self) -> None:
        """Join the running refresh (the window is closing)."""
        self._again = False
        if self._task is not None:
            self._task.shutdown()

    # -- tiles ------------------------------------------------------------

    def show_figures(self, figures: DashboardFigures) -> None:
        self.figures = figures
        self._show_unbilled(figures)
        overdue = figures.overdue_by_currency
        self.tiles["overdue"].set_figure(
            str(figures.overdue_invoices),
            self.tr("%1 still owed. Unpaid past the due date.").replace(
                "%1", self._amounts(overdue, figures.shop_currency)
            )
            if overdue
            else self.tr("Every issued invoice is paid or not yet due."),
            alert=figures.overdue_invoices > 0,
        )
        self.tiles["sla"].set_figure(
            str(figures.sla_attention),
            self.tr("%1 past the target, %2 close to it, of %3 open tickets.")
            .replace("%1", str(figures.sla_overdue))
            .replace("%2", str(figures.sla_attention - figures.sla_overdue))
            .replace("%3", str(figures.open_tickets)),
            alert=figures.sla_overdue > 0,
        )
        self.tiles["prepaid"].set_figure(
            str(figures.prepaid_low),
            self.tr("of %1 active prepaid contracts at an alert threshold or used up.").replace(
                "%1", str(figures.prepaid_active)
            ),
            alert=figures.prepaid_low > 0,
        )
        self._show_hours(figures)
        self._show_revenue(figures)

    def _amounts(self, amounts: dict[str, int], first: str, limit: int = 3) -> str:
        codes = sorted(amounts, key=lambda code: (code != first, code))
        text = ", ".join(format_money(amounts[code], code) for code in codes[:limit])
        if len(codes) > limit:
            text += self.tr(" and %1 more currencies").replace("%1", str(len(codes) - limit))
        return text

    def _show_unbilled(self, figures: DashboardFigures) -> None:
        amounts = figures.unbilled_by_currency
        shop = figures.shop_currency
        if not amounts:
            self.tiles["unbilled"].set_figure(
                format_money(0, shop), self.tr("Everything billable is on an invoice.")
            )
            return
        main = shop if shop in amounts else sorted(amounts)[0]
        others = {code: value for code, value in amounts.items() if code != main}
        note = self.tr("%1 h of work, plus materials, at list rates.").replace(
            "%1", format_minutes(figures.unbilled_minutes)
        )
        if others:
            note = self.tr("Also %1. ").replace("%1", self._amounts(others, "", 2)) + note
        self.tiles["unbilled"].set_figure(format_money(amounts[main], main), note)
        self.tiles["unbilled"].setToolTip(
            "\n".join(format_money(amounts[code], code) for code in sorted(amounts))
        )

    # -- charts -----------------------------------------------------------

    def _show_hours(self, figures: DashboardFigures) -> None:
        tile = self.charts["hours"]
        tile.clear()
        rows = list(reversed(figures.hours_this_week))  # first name on top
        billable = QBarSet(self.tr("Billable"))
        billable.setColor(QColor(ACCENT))
        other = QBarSet(self.tr("Not billable"))
        other.setColor(QColor(MUTED_BAR))
        for row in rows:
            billable.append(row.billable_minutes / 60)
            other.append(row.other_minutes / 60)
        series = QHorizontalStackedBarSeries()
        series.append(billable)
        series.append(other)
        self._hour_rows = rows
        series.hovered.connect(self._hours_tip)
        series.setBarWidth(0.55)
        tile.chart.addSeries(series)
        names = QBarCategoryAxis()
        names.append([row.name for row in rows] or [""])
        names.setLabelsFont(_axis_font())
        names.setGridLineVisible(False)
        hours = QValueAxis()
        most = max((r.billable_minutes + r.other_minutes for r in rows), default=0) / 60
        top, ticks = _nice_axis(most)
        hours.setRange(0, top)
        hours.setLabelFormat("%.0f h")
        hours.setLabelsFont(_axis_font())
        hours.setTickCount(ticks)
        tile.chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
        tile.chart.addAxis(hours, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(names)
        series.attachAxis(hours)
        tile.chart.legend().setVisible(True)
        tile.chart.legend().setFont(_axis_font())
        total = sum(r.billable_minutes + r.other_minutes for r in rows)
        tile.note_label.setText(
            self.tr("%1 h logged since Monday %2.")
            .replace("%1", format_minutes(total))
            .replace("%2", format_date(figures.week_start))
        )

    def _hours_tip(self, inside: bool, index: int, _bars: QBarSet) -> None:
        if not inside or not 0 <= index < len(self._hour_rows):
            QToolTip.hideText()
            return
        row = self._hour_rows[index]
        QToolTip.showText(
            QCursor.pos(),
            self.tr("%1: %2 h billable, %3 h not billable")
            .replace("%1", row.name)
            .replace("%2", format_minutes(row.billable_minutes))
            .replace("%3", format_minutes(row.other_minutes)),
        )

    def _revenue_tip(self, inside: bool, index: int, _bars: QBarSet) -> None:
        months, values, currency = self._revenue
        if not inside or not 0 <= index < len(values):
            QToolTip.hideText()
            return
        QToolTip.showText(
            QCursor.pos(), f"{_month_year(months[index])}: {format_money(values[index], currency)}"
        )

    def _show_revenue(self, figures: DashboardFigures) -> None:
        tile = self.charts["revenue"]
        tile.clear()
        shop = figures.shop_currency
        values = figures.revenue_by_currency.get(shop, (0,) * len(figures.months))
        tile.title_label.setText(
            self.tr("Revenue per month, %1 – %2 (net, %3)")
            .replace("%1", _month_year(figures.months[0]))
            .replace("%2", _month_year(figures.months[-1]))
            .replace("%3", shop)
        )
        # Drawing only (floats); every sum shown as text stays exact.
        amounts = [float(to_decimal(minor, shop)) for minor in values]
        scale = 1000 if max(amounts, default=0) >= 10_000 else 1
        bars = QBarSet(shop)
        bars.setColor(QColor(ACCENT))
        bars.append([value / scale for value in amounts])
        series = QBarSeries()
        series.append(bars)
        series.setBarWidth(0.7)
        self._revenue = (figures.months, values, shop)
        series.hovered.connect(self._revenue_tip)
        tile.chart.addSeries(series)
        locale = QLocale()
        months = QBarCategoryAxis()
        months.append(
            [
                locale.monthName(first.month, QLocale.FormatType.ShortFormat)
                for first in figures.months
            ]
        )
        months.setLabelsFont(_axis_font())
        months.setGridLineVisible(False)
        amount = QValueAxis()
        top, ticks = _nice_axis(max(amounts, default=0) / scale)
        amount.setRange(0, top)
        amount.setLabelFormat("%.0f k" if scale > 1 else "%.0f")
        amount.setTickCount(ticks)
        amount.setLabelsFont(_axis_font())
        tile.chart.addAxis(months, Qt.AlignmentFlag.AlignBottom)
        tile.chart.addAxis(amount, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(months)
        series.attachAxis(amount)
        tile.chart.legend().setVisible(False)
        others = {
            code: sum(per_month)
            for code, per_month in figures.revenue_by_currency.items()
            if code != shop and sum(per_month)
        }
        this_year = sum(values)
        note = self.tr("%1 in 12 months.").replace("%1", format_money(this_year, shop))
        if others:
            note += " " + self.tr("Invoiced in other currencies, not converted: %1.").replace(
                "%1", self._amounts(others, "", 6)
            )
        tile.note_label.setText(note)
