"""The burn-down chart of the prepaid statement: hours left over the period
as a step line, and the forecast to zero as a dashed line.

Drawn with plain reportlab graphics shapes rather than the chart widgets:
a step curve, a clipped forecast and locale-formatted axis labels are a few
lines each this way, and the result is vector (sharp when printed)."""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date
from reportlab.graphics.shapes import Drawing, Line, Polygon, PolyLine, String
from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth

from .data import StatementData
from .formatting import Formatter
from .theme import FONT, INK, MUTED, RULE, WARN, tint
from .theme import drawing as new_drawing

NICE_STEPS_H = (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000)


def _x_end(data: StatementData) -> dt.date:
    """Show the run-out date when it falls within another period's length."""
    span = (data.period_to - data.period_from).days or 1
    if data.runs_out_on:
        return min(data.runs_out_on, data.period_to + dt.timedelta(days=span))
    return data.period_to


def _y_step(top_minutes: int, bottom_minutes: int) -> int:
    span_h = max((top_minutes - bottom_minutes) / 60, 1)
    return next((s for s in NICE_STEPS_H if span_h / s <= 5), NICE_STEPS_H[-1]) * 60


def _ticks(start: dt.date, end: dt.date) -> list[dt.date]:
    if (end - start).days > 50:
        day = start.replace(day=1)
        ticks = []
        while day <= end:
            if day >= start:
                ticks.append(day)
            day = (day + dt.timedelta(days=32)).replace(day=1)
        return ticks
    first = start + dt.timedelta(days=(7 - start.weekday()) % 7)
    return [first + dt.timedelta(weeks=i) for i in range(((end - first).days // 7) + 1)]


def burn_down(data: StatementData, fmt: Formatter, accent, width: float, height: float):
    """The chart as a Drawing `width` × `height` points."""
    drawing = new_drawing(width, height)
    left, right, bottom, top = 34.0, 8.0, 18.0, 16.0
    plot_w, plot_h = width - left - right, height - bottom - top
    start, end = data.period_from, _x_end(data)
    days = max((end - start).days, 1)
    values = [m for _, m in data.balance_points] or [0]
    step = _y_step(max([*values, 0]), min([*values, 0]))
    y_min = min(0, (min(values) // step) * step)
    y_max = max(0, -(-max(values) // step) * step)
    if y_max == y_min:
        y_max = y_min + step

    def x(day: dt.date) -> float:
        return left + plot_w * (day - start).days / days

    def y(minutes: float) -> float:
        return bottom + plot_h * (minutes - y_min) / (y_max - y_min)

    for level in range(int(y_min), int(y_max) + 1, step):
        drawing.add(
            Line(
                left,
                y(level),
                left + plot_w,
                y(level),
                strokeColor=RULE,
                strokeWidth=0.8 if level == 0 else 0.4,
            )
        )
        drawing.add(
            String(
                left - 4,
                y(level) - 2.5,
                f"{fmt.hours(level)} {fmt.t('hours_axis')}",
                fontName=FONT,
                fontSize=6.5,
                fillColor=MUTED,
                textAnchor="end",
            )
        )
    pattern = "LLL" if days > 50 else "d MMM"
    for tick in _ticks(start, end):
        drawing.add(Line(x(tick), bottom, x(tick), bottom - 3, strokeColor=MUTED, strokeWidth=0.5))
        drawing.add(
            String(
                x(tick),
                bottom - 11,
                format_date(tick, pattern, locale=fmt.locale),
                fontName=FONT,
                fontSize=6.5,
                fillColor=MUTED,
                textAnchor="middle",
            )
        )
    points: list[float] = []
    previous = None
    for day, minutes in data.balance_points:
        if previous is not None:
            points += [x(day), y(previous)]
        points += [x(day), y(minutes)]
        previous = minutes
    if len(points) >= 4:
        area = [points[0], y(max(y_min, 0)), *points, points[-2], y(max(y_min, 0))]
        wash = tint(WARN, 0.12) if max(values) <= 0 else tint(accent, 0.16)
        drawing.add(Polygon(area, fillColor=wash, strokeColor=None))
        drawing.add(PolyLine(points, strokeColor=accent, strokeWidth=1.6))
    if data.runs_out_on and data.closing_minutes > 0:
        total_days = max((data.runs_out_on - data.period_to).days, 1)
        shown = min((end - data.period_to).days, total_days)
        left_at_edge = data.closing_minutes * (1 - shown / total_days)
        drawing.add(
            Line(
                x(data.period_to),
                y(data.closing_minutes),
                x(data.period_to + dt.timedelta(days=shown)),
                y(left_at_edge),
                strokeColor=WARN,
                strokeWidth=1.2,
                strokeDashArray=[3, 2],
            )
        )
    _legend(drawing, fmt, accent, width - right, height - 8)
    return drawing


def _legend(drawing: Drawing, fmt: Formatter, accent: Color, right: float, y: float) -> None:
    items: list[tuple[str, Color, list[float] | None]] = [
        (fmt.t("forecast_line"), WARN, [3, 2]),
        (fmt.t("balance_line"), accent, None),
    ]
    x = right
    for text, color, dash in items:
        drawing.add(
            String(x, y - 2.5, text, fontName=FONT, fontSize=7, fillColor=INK, textAnchor="end")
        )
        x -= stringWidth(text, FONT, 7) + 4
        line = Line(x - 14, y, x, y, strokeColor=color, strokeWidth=1.6)
        if dash:
            line.strokeDashArray = dash
        drawing.add(line)
        x -= 24
