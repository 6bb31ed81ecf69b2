"""The prepaid-hours statement for a client's office manager: what was left,
what was bought, every hour used (when, by whom, on which ticket), what
expired, what is left now, and when it will run out at the recent pace."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from . import blocks
from .chart import burn_down
from .data import StatementData, StatementEntry
from .formatting import Formatter
from .labels import language_of
from .page import CONTENT_W, PageSetup, build_pdf
from .theme import Styles, accent_of, esc, table_style, tint


def render_statement(data: StatementData) -> bytes:
    fmt = Formatter(language_of(data.language), data.currency)
    styles = Styles(accent_of(data.brand.accent_color))
    title = fmt.t("statement")
    period = fmt.period(data.period_from, data.period_to)
    setup = PageSetup(
        brand=data.brand,
        fmt=fmt,
        styles=styles,
        running_title=f"{title} · {period}",
        subject=f"{title} · {data.client.name} · {data.contract_name}",
    )
    return build_pdf(_story(data, setup, title, period), setup)


def _story(data: StatementData, setup: PageSetup, title: str, period: str) -> list[Flowable]:
    fmt, st = setup.fmt, setup.styles
    facts = [
        (fmt.t("contract"), data.contract_name),
        (fmt.t("closing"), f"{fmt.minutes(data.closing_minutes)} {fmt.t('hours_axis')}"),
    ]
    if data.minutes_per_week:
        facts.append(
            (fmt.t("recent_rate"), fmt.t("rate_per_week", rate=fmt.hours(data.minutes_per_week)))
        )
    story: list[Flowable] = [
        blocks.letterhead(setup, title, facts, subtitle=period),
        Spacer(1, 5 * mm),
        _overview(data, fmt, st),
        Paragraph(esc(fmt.t("burn_down")), st.h2),
        burn_down(data, fmt, st.accent, CONTENT_W, 62 * mm),
        Spacer(1, 2 * mm),
        Paragraph(esc(_forecast_text(data, fmt)), st.notice),
        Paragraph(esc(fmt.t("activity")), st.h2),
    ]
    if data.entries:
        closing = [(fmt.t("closing"), fmt.minutes(data.closing_minutes))]
        story += [
            _ledger_table(data, fmt, st),
            Spacer(1, 3 * mm),
            blocks.summary_table(closing, st, 78 * mm),
        ]
    else:
        story.append(Paragraph(esc(fmt.t("no_activity")), st.body))
    return story


def _overview(data: StatementData, fmt: Formatter, st: Styles) -> KeepTogether:
    """Client box left, the balance movement right (opening → closing)."""

    def signed(minutes: int) -> str:
        return ("+" if minutes > 0 else "") + fmt.minutes(minutes)

    rows = [
        (fmt.t("opening"), fmt.minutes(data.opening_minutes)),
        (fmt.t("purchases"), signed(data.total("purchase"))),
        (fmt.t("deductions"), signed(data.total("deduction"))),
        (fmt.t("expiries"), signed(data.total("expiry"))),
        (fmt.t("adjustments"), signed(data.total("adjustment"))),
        (fmt.t("closing"), fmt.minutes(data.closing_minutes)),
    ]
    gap = 6 * mm
    width = (CONTENT_W - gap) / 2
    client = Table([[blocks.party_block(fmt.t("client"), data.client, fmt, st)]], colWidths=[width])
    client.setStyle(
        table_style(
            ("BACKGROUND", (0, 0), (-1, -1), tint(st.accent, 0.07)),
            ("LINEBEFORE", (0, 0), (0, 0), 2, st.accent),
            ("LEFTPADDING", (0, 0), (-1, -1), 4 * mm),
            ("TOPPADDING", (0, 0), (-1, -1), 3 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3.2 * mm),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        )
    )
    table = Table(
        [[client, "", blocks.summary_table(rows, st, width)]], colWidths=[width, gap, width]
    )
    table.setStyle(
        table_style(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
        )
    )
    return KeepTogether([table])


def _forecast_text(data: StatementData, fmt: Formatter) -> str:
    if data.closing_minutes <= 0:
        return fmt.t("ran_out")
    if data.runs_out_on is None:
        return fmt.t("no_forecast")
    return fmt.t("forecast", rate=fmt.hours(data.minutes_per_week), date=fmt.date(data.runs_out_on))


def _activity(entry: StatementEntry, fmt: Formatter, st: Styles) -> list[Flowable]:
    kind = fmt.t(f"kind_{entry.kind}")
    detail = entry.description
    if entry.kind == "purchase":
        extras = [
            x
            for x in (
                fmt.money(entry.amount_minor) if entry.amount_minor else "",
                fmt.t("expires", date=fmt.date(entry.expires_on)) if entry.expires_on else "",
                fmt.t("paid_by", number=entry.invoice_number) if entry.invoice_number else "",
            )
            if x
        ]
        detail = " · ".join([detail, *extras]) if detail else " · ".join(extras)
    if entry.kind == "deduction" and detail:
        return [Paragraph(esc(detail), st.cell)]  # work is the common case: no label
    cell: list[Flowable] = [Paragraph(f"<b>{esc(kind)}</b>", st.cell)]
    if detail:
        cell.append(Paragraph(esc(detail), st.cell_note))
    return cell


def _ledger_table(data: StatementData, fmt: Formatter, st: Styles) -> Table:
    header = [
        fmt.t("date"),
        fmt.t("activity"),
        fmt.t("technician"),
        fmt.t("ticket"),
        fmt.t("hours"),
        fmt.t("balance_line"),
    ]
    widths = [21 * mm, None, 34 * mm, 25 * mm, 16 * mm, 17 * mm]
    fixed = sum(w for w in widths if w)
    col_widths = [w or CONTENT_W - fixed for w in widths]
    rows: list[Sequence[blocks.Cell]] = [
        [
            fmt.short_date(entry.on),
            _activity(entry, fmt, st),
            entry.technician or "",
            entry.ticket or "",
            ("+" if entry.minutes > 0 else "") + fmt.minutes(entry.minutes),
            fmt.minutes(entry.balance_after),
        ]
        for entry in data.entries
    ]
    return blocks.data_table(header, rows, col_widths, st, right=(4, 5))
