"""The visit report: what the technician did on site, signed by the customer.

It is the document a client's office manager files and later matches with
the invoice, so it shows the same split the invoice makes (charged, covered
by the contract, drawn from prepaid hours) and the signature with the
signer's name and time — or, just as visibly, that nobody signed."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from . import blocks
from .data import Party, VisitData
from .formatting import Formatter
from .labels import language_of
from .page import CONTENT_W, PageSetup, build_pdf
from .theme import RULE, WARN, Styles, accent_of, esc, table_style, tint

CHARGED = ("billed", "pending")


def render_visit_report(data: VisitData) -> bytes:
    fmt = Formatter(language_of(data.language))
    styles = Styles(accent_of(data.brand.accent_color))
    title = fmt.t("visit_report")
    setup = PageSetup(
        brand=data.brand,
        fmt=fmt,
        styles=styles,
        running_title=f"{title} · {fmt.t('report_no')} {data.visit_id}",
        subject=f"{title} · {data.client.name} · {fmt.date(data.arrived_at.date())}",
    )
    return build_pdf(_story(data, setup, title), setup)


def _story(data: VisitData, setup: PageSetup, title: str) -> list[Flowable]:
    fmt, st = setup.fmt, setup.styles
    story: list[Flowable] = [
        blocks.letterhead(
            setup, title, _facts(data, fmt), subtitle=f"{fmt.t('report_no')} {data.visit_id}"
        ),
        Spacer(1, 5 * mm),
        blocks.two_columns(
            blocks.party_block(fmt.t("client"), data.client, fmt, st),
            _site_block(data, fmt, st),
            st,
        ),
    ]
    if data.summary.strip():
        story += [Paragraph(esc(fmt.t("summary")), st.h2), Paragraph(esc(data.summary), st.body)]
    story += [Paragraph(esc(fmt.t("work_done")), st.h2), _work_table(data, fmt, st)]
    story.append(Spacer(1, 3 * mm))
    story.append(_time_totals(data, fmt, st))
    if data.materials:
        story += [Paragraph(esc(fmt.t("materials")), st.h2), _materials_table(data, fmt, st)]
    story += [Paragraph(esc(fmt.t("next_steps")), st.h2)]
    story += [Paragraph(esc(text), st.body) for text in _next_steps(data, fmt)]
    story += [Spacer(1, 6 * mm), KeepTogether(_signature(data, fmt, st))]
    return story


def _facts(data: VisitData, fmt: Formatter) -> list[tuple[str, str]]:
    rows = [
        (fmt.t("technician"), data.technician),
        (fmt.t("arrived"), fmt.datetime(data.arrived_at)),
    ]
    if data.departed_at:
        same_day = data.departed_at.date() == data.arrived_at.date()
        rows.append(
            (
                fmt.t("departed"),
                fmt.time(data.departed_at) if same_day else fmt.datetime(data.departed_at),
            )
        )
        minutes = int((data.departed_at - data.arrived_at).total_seconds() // 60)
        rows.append((fmt.t("on_site"), fmt.minutes(minutes)))
    travel = fmt.minutes(data.travel_minutes)
    if data.travel_distance_m:
        travel += f" · {fmt.distance(data.travel_distance_m)}"
    rows.append((fmt.t("travel"), travel))
    return rows


def _site_block(data: VisitData, fmt: Formatter, st: Styles) -> list[Flowable]:
    site = Party(
        name=data.site_name,
        street=data.site.street,
        postcode=data.site.postcode,
        city=data.site.city,
        country=data.site.country,
    )
    out = blocks.party_block(fmt.t("site"), site, fmt, st)
    if data.contact_name:
        contact = esc(data.contact_name)
        if data.contact_phone:
            contact += f" · {esc(data.contact_phone)}"
        out += [Spacer(1, 1 * mm), Paragraph(f"{esc(fmt.t('contact'))}: {contact}", st.small)]
    return out


def _work_table(data: VisitData, fmt: Formatter, st: Styles) -> Table:
    header = [
        fmt.t("started"),
        fmt.t("description"),
        fmt.t("work_type"),
        fmt.t("time_logged"),
        fmt.t("time_billed"),
        fmt.t("billing"),
    ]
    widths = [18 * mm, None, 28 * mm, 20 * mm, 18 * mm, 32 * mm]
    fixed = sum(w for w in widths if w)
    col_widths = [w or CONTENT_W - fixed for w in widths]
    rows: list[Sequence[blocks.Cell]] = []
    sections: list[int] = []
    for ticket in data.tickets:
        sections.append(len(rows))
        if ticket.number:
            status = fmt.t(f"status_{ticket.status}")
            head = (
                f"<b>{esc(ticket.number)}</b> · {esc(ticket.title)} "
                f"<font color='#6B7280'>({esc(status)})</font>"
            )
        else:
            head = f"<b>{esc(fmt.t('no_ticket'))}</b>"
        rows.append([Paragraph(head, st.cell)] + [""] * 5)
        for work in ticket.work:
            rows.append(
                [
                    fmt.time(work.started_at),
                    work.description,
                    work.work_type,
                    fmt.minutes(work.raw_minutes),
                    fmt.minutes(work.billed_minutes) if work.billed_minutes is not None else "",
                    fmt.t(f"bill_{work.billing}"),
                ]
            )
    if not rows:
        rows.append([fmt.t("none"), "", "", "", "", ""])
    return blocks.data_table(header, rows, col_widths, st, right=(3, 4), sections=sections)


def _time_totals(data: VisitData, fmt: Formatter, st: Styles) -> Table:
    charged = covered = 0
    for ticket in data.tickets:
        for work in ticket.work:
            minutes = work.billed_minutes if work.billed_minutes is not None else work.raw_minutes
            if work.billing in CHARGED:
                charged += minutes
            elif work.billing in ("covered", "prepaid"):
                covered += minutes
    rows = [
        (fmt.t("totals_billed"), fmt.minutes(charged)),
        (fmt.t("totals_covered"), fmt.minutes(covered)),
    ]
    return blocks.summary_table(rows, st, 92 * mm, strong_last=False)


def _materials_table(data: VisitData, fmt: Formatter, st: Styles) -> Table:
    header = [fmt.t("description"), fmt.t("quantity"), fmt.t("unit"), fmt.t("billing")]
    widths = [None, 22 * mm, 18 * mm, 32 * mm]
    fixed = sum(w for w in widths if w)
    col_widths = [w or CONTENT_W - fixed for w in widths]
    rows = [
        [
            m.description,
            fmt.quantity(m.quantity_milli),
            fmt.unit(m.unit),
            fmt.t("bill_pending" if m.billable else "bill_not_billable"),
        ]
        for m in data.materials
    ]
    return blocks.data_table(header, rows, col_widths, st, right=(1,))


def _next_steps(data: VisitData, fmt: Formatter) -> list[str]:
    open_tickets = [t for t in data.tickets if t.number and t.status not in ("resolved", "closed")]
    if not open_tickets:
        return [fmt.t("no_follow_up")]
    return [
        fmt.t("follow_up", number=t.number, status=fmt.t(f"status_{t.status}"))
        for t in open_tickets
    ]


def _signature(data: VisitData, fmt: Formatter, st: Styles) -> list[Flowable]:
    heading = Paragraph(esc(fmt.t("signature")), st.h2)
    image = blocks.png_image(data.signature_png, 70 * mm, 24 * mm) if data.signature_png else None
    if image is not None and data.signer_name and data.signed_at:
        caption = fmt.t("signed_by", name=data.signer_name, when=fmt.datetime(data.signed_at))
        box = Table(
            [[image], [Paragraph(esc(caption), st.small)]], colWidths=[90 * mm], hAlign="LEFT"
        )
        box.setStyle(
            table_style(
                ("LINEBELOW", (0, 0), (0, 0), 0.8, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (0, 0), 2 * mm),
                ("TOPPADDING", (0, 1), (0, 1), 1.5 * mm),
            )
        )
        return [heading, box]
    mark = Paragraph(f"<b>{esc(fmt.t('not_signed'))}</b>", st.unsigned)
    note = Paragraph(esc(fmt.t("not_signed_note")), st.small)
    box = Table([[mark], [note]], colWidths=[90 * mm], hAlign="LEFT")
    box.setStyle(
        table_style(
            ("BOX", (0, 0), (-1, -1), 1.2, WARN),
            ("BACKGROUND", (0, 0), (-1, -1), tint(WARN, 0.07)),
            ("LEFTPADDING", (0, 0), (-1, -1), 4 * mm),
            ("TOPPADDING", (0, 0), (0, 0), 3 * mm),
            ("BOTTOMPADDING", (0, -1), (-1, -1), 3 * mm),
        )
    )
    return [heading, box]
