"""Invoices and credit notes as PDF, with every field of art. 226 of the EU
VAT Directive, a payment QR code where it applies and the EN 16931 XML
embedded (Factur-X) unless the shop turned that off.

Why the VAT figures come in ready-made (`InvoiceData.vat_rows`): they are
computed once by `desktop.services.billing.tax.vat_summary`; the renderer prints them
and the e-invoice repeats them, so the paper and the XML cannot disagree."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from . import blocks
from .data import InvoiceData, InvoiceLineData, VatRow
from .formatting import Formatter, format_iban
from .labels import language_of
from .page import CONTENT_W, PageSetup, build_pdf
from .payqr import epc_payload, qr_drawing
from .theme import RULE, Styles, accent_of, caps, esc, table_style, tint

SECTION_ORDER = (
    "labour",
    "covered",
    "prepaid",
    "travel",
    "material",
    "fee",
    "discount",
    "adjustment",
)
# #, date, description, qty, unit, unit price, VAT, net (mm); description takes the rest.
PANEL_W = 78 * mm
TAIL_ROWS = 3
COLUMNS_MM = (8, 20, None, 13, 13, 21, 12, 23)


def render_invoice(data: InvoiceData) -> bytes:
    """The PDF of an invoice or credit note (Factur-X when issued and enabled)."""
    fmt = Formatter(language_of(data.language), data.currency)
    styles = Styles(accent_of(data.brand.accent_color))
    title = fmt.t("credit_note" if data.kind == "credit_note" else "invoice")
    running = f"{title} {data.number}" if data.number else f"{title} — {fmt.t('draft')}"
    setup = PageSetup(
        brand=data.brand,
        fmt=fmt,
        styles=styles,
        running_title=running,
        subject=f"{running} · {data.buyer.name}",
        watermark=fmt.t("draft") if data.is_draft else None,
    )
    pages: dict[str, int] = {}
    pdf = build_pdf(_story(data, setup, title, pages), setup)
    if pages.get("totals", 0) > pages.get("lines", 0) and len(data.lines) > TAIL_ROWS:
        # The totals fell alone onto a new page: lay out again with the last
        # lines carried over with them (under a repeated header), so the
        # last page never shows totals without the lines they add up.
        pdf = build_pdf(_story(data, setup, title, {}, tail=TAIL_ROWS), setup)
    if data.embed_e_invoice and not data.is_draft:
        from .einvoice import embed_facturx

        pdf = embed_facturx(pdf, data)
    return pdf


def _story(
    data: InvoiceData, setup: PageSetup, title: str, pages: dict[str, int], tail: int = 0
) -> list[Flowable]:
    fmt, st = setup.fmt, setup.styles
    story: list[Flowable] = [
        blocks.letterhead(
            setup,
            title,
            _facts(data, fmt),
            subtitle=f"{fmt.t('number')} {data.number}"
            if data.number
            else fmt.t("draft_no_number"),
        ),
        Spacer(1, 5 * mm),
        blocks.two_columns(
            blocks.party_block(fmt.t("seller"), data.seller, fmt, st),
            blocks.party_block(fmt.t("buyer"), data.buyer, fmt, st),
            st,
        ),
        Spacer(1, 5 * mm),
    ]
    if data.corrects_number:
        text = fmt.t(
            "corrects", number=data.corrects_number, date=fmt.date(data.corrects_issue_date)
        )
        story += [_callout(f"<b>{esc(text)}</b>", st), Spacer(1, 4 * mm)]
    tables = _lines_tables(data, fmt, st, tail)
    totals = [Spacer(1, 5 * mm), *_totals(data, fmt, st), PageMark(pages, "totals")]
    story += [tables[0], PageMark(pages, "lines")]
    story.append(KeepTogether(tables[1:] + totals))
    story.append(Spacer(1, 4 * mm))
    story += _payment(data, fmt, st)
    if data.notes.strip():
        story += [
            Spacer(1, 4 * mm),
            Paragraph(esc(caps(fmt.t("notes"))), st.label),
            Spacer(1, 1 * mm),
            Paragraph(esc(data.notes), st.body),
        ]
    return story


def _facts(data: InvoiceData, fmt: Formatter) -> list[tuple[str, str]]:
    rows = []
    if data.number:
        series = " · ".join(x for x in (data.series_code, data.series_name) if x)
        if series:
            rows.append((fmt.t("series"), series))
        rows.append((fmt.t("issue_date"), fmt.date(data.issue_date)))
    if data.supply_from or data.supply_to:
        rows.append((fmt.t("supply_date"), fmt.period(data.supply_from, data.supply_to)))
    if data.kind == "invoice":
        if data.due_date:
            rows.append((fmt.t("due_date"), fmt.date(data.due_date)))
        if data.payment_terms_days is not None:
            terms = (
                fmt.t("terms_days", days=data.payment_terms_days)
                if data.payment_terms_days
                else fmt.t("terms_now")
            )
            rows.append((fmt.t("payment_terms"), terms))
    return rows


def _callout(markup: str, st: Styles) -> Table:
    table = Table([[Paragraph(markup, st.body)]], colWidths=[CONTENT_W])
    table.setStyle(
        table_style(
            ("BACKGROUND", (0, 0), (-1, -1), tint(st.accent, 0.1)),
            ("LINEBEFORE", (0, 0), (0, 0), 2, st.accent),
            ("LEFTPADDING", (0, 0), (-1, -1), 4 * mm),
            ("TOPPADDING", (0, 0), (-1, -1), 2.4 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.6 * mm),
        )
    )
    return table


def _description(line: InvoiceLineData, data: InvoiceData, fmt: Formatter, st: Styles):
    cell: list[Flowable] = [Paragraph(esc(line.description), st.cell)]
    extra = []
    # The billed period, unless the description already names it.
    if line.period_from and line.period_to and line.period_from.isoformat() not in line.description:
        extra.append(fmt.period(line.period_from, line.period_to))
    if data.show_raw_time and line.raw_minutes is not None and line.billed_minutes is not None:
        extra.append(
            fmt.t(
                "logged_billed",
                raw=fmt.minutes(line.raw_minutes),
                billed=fmt.minutes(line.billed_minutes),
            )
        )
    if extra:
        cell.append(Paragraph(esc(" · ".join(extra)), st.cell_note))
    return cell


def _quantity(line: InvoiceLineData, fmt: Formatter) -> str:
    """H:MM for time priced by the minute (so 0:07 × 950.00/h reads as the
    110.83 charged), else the quantity in the line's unit."""
    if line.by_minute and line.billed_minutes is not None:
        return fmt.minutes(line.billed_minutes)
    return fmt.quantity(line.quantity_milli)


def _lines_tables(data: InvoiceData, fmt: Formatter, st: Styles, tail: int) -> list[Table]:
    """The lines table; with `tail`, its last rows as a second table."""
    fixed = sum(w for w in COLUMNS_MM if w) * mm
    widths = [w * mm if w else CONTENT_W - fixed for w in COLUMNS_MM]
    header = [
        fmt.t(k) for k in ("pos", "date", "description", "qty", "unit", "unit_price", "vat", "net")
    ]
    kinds = [k for k in SECTION_ORDER if any(x.kind == k for x in data.lines)]
    kinds += sorted({x.kind for x in data.lines} - set(kinds))
    rows: list[Sequence[blocks.Cell]] = []
    sections: list[int] = []
    for kind in kinds:
        lines = [x for x in data.lines if x.kind == kind]
        if len(kinds) > 1:
            sections.append(len(rows))
            rows.append([Paragraph(f"<b>{esc(fmt.t('section_' + kind))}</b>", st.cell)] + [""] * 7)
        for line in lines:
            vat = fmt.rate(line.vat_rate_bp) if line.vat_category == "S" else line.vat_category
            rows.append(
                [
                    str(line.position),
                    fmt.short_date(line.line_date or line.period_from),
                    _description(line, data, fmt, st),
                    _quantity(line, fmt),
                    fmt.unit(line.unit),
                    fmt.number(line.unit_price_minor),
                    vat,
                    fmt.number(line.net_minor),
                ]
            )
    right = (0, 3, 5, 6, 7)
    cut = len(rows) - tail if tail else len(rows)
    if cut - 1 in sections:  # a section title stays with its lines
        cut -= 1
    first = blocks.data_table(
        header, rows[:cut], widths, st, right=right, sections=[i for i in sections if i < cut]
    )
    if cut == len(rows):
        return [first]
    rest = blocks.data_table(
        header,
        rows[cut:],
        widths,
        st,
        right=right,
        sections=[i - cut for i in sections if i >= cut],
    )
    return [first, rest]


class PageMark(Flowable):
    """Invisible; records the page it lands on (to spot a lonely totals page)."""

    def __init__(self, pages: dict[str, int], key: str) -> None:
        super().__init__()
        self.pages, self.key = pages, key

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.pages[self.key] = self.canv.getPageNumber()


def vat_label(row: VatRow, fmt: Formatter) -> str:
    if row.category == "S":
        return fmt.rate(row.rate_bp)
    return f"{row.category} · {fmt.rate(row.rate_bp)}"


def _vat_table(data: InvoiceData, fmt: Formatter, st: Styles, width: float) -> Table:
    # Each rate's row carries its own reason, so a reader matches the exempt or
    # reverse-charge basis to its figures without a legend.
    header = [fmt.t("vat_rate"), fmt.t("taxable"), fmt.t("vat_amount"), fmt.t("vat_note")]
    rows: list[list[blocks.Cell]] = [
        [
            vat_label(r, fmt),
            fmt.money(r.taxable_minor),
            fmt.money(r.tax_minor),
            Paragraph(esc(_vat_reason(r, fmt)), st.cell),
        ]
        for r in data.vat_rows
    ]
    return blocks.data_table(
        header, rows, [width * 0.17, width * 0.23, width * 0.2, width * 0.4], st, right=(1, 2)
    )


def _totals(data: InvoiceData, fmt: Formatter, st: Styles) -> list[Flowable]:
    rows = [
        (fmt.t("total_net"), fmt.money(data.net_minor)),
        (fmt.t("total_vat"), fmt.money(data.tax_minor)),
        (
            fmt.t("total_credit" if data.kind == "credit_note" else "total"),
            fmt.money(data.total_minor),
        ),
    ]
    panel: list[Flowable] = [blocks.summary_table(rows, st, PANEL_W)]
    if data.kind == "invoice" and not data.is_draft and (data.paid_minor or data.credited_minor):
        # Credit from earlier overpayments counts as paid; it is named apart.
        money = data.paid_minor - data.credit_applied_minor
        after = [(fmt.t("paid"), fmt.money(-money))] if money else []
        if data.credit_applied_minor:
            after.append((fmt.t("credit_applied"), fmt.money(-data.credit_applied_minor)))
        if data.credited_minor:
            after.append((fmt.t("credited"), fmt.money(-data.credited_minor)))
        if data.balance_minor >= 0:
            after.append((fmt.t("balance"), fmt.money(data.balance_minor)))
        else:
            after.append((fmt.t("credit_balance"), fmt.money(-data.balance_minor)))
        panel += [Spacer(1, 2 * mm), blocks.summary_table(after, st, PANEL_W)]
    left_w = CONTENT_W - PANEL_W
    table = Table(
        [[_vat_table(data, fmt, st, left_w - 8 * mm), panel]],
        colWidths=[left_w, CONTENT_W - left_w],
    )
    table.setStyle(
        table_style(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        )
    )
    return [Paragraph(esc(fmt.t("vat_summary")), st.h2), table]


def _vat_reason(row: VatRow, fmt: Formatter) -> str:
    """Why a rate other than the standard one applies ("" when none is due)."""
    if row.category == "AE":
        return fmt.t("reverse_charge")
    if row.category == "O":
        return fmt.t("outside_scope")
    if row.category == "Z":
        return row.exemption_reason or ""
    if row.category != "S":
        return row.exemption_reason or fmt.t("exempt")
    return ""


def _payment(data: InvoiceData, fmt: Formatter, st: Styles) -> list[Flowable]:
    available: list[Flowable] = []
    if data.kind == "invoice" and data.balance_minor > 0 and data.credit_available_minor:
        text = fmt.t("credit_available", amount=fmt.money(data.credit_available_minor))
        available = [Paragraph(esc(text), st.notice)]
    if data.is_draft:
        return available
    if data.kind == "credit_note":
        return [Paragraph(esc(fmt.t("credit_settle")), st.notice)]
    if data.balance_minor <= 0:
        return []
    brand = data.brand
    text = fmt.t(
        "pay_to",
        amount=fmt.money(data.balance_minor),
        date=fmt.date(data.due_date),
        reference=data.number,
    )
    lines = [f"<b>{esc(text)}</b>"]
    if brand.iban:
        lines.append(f"{esc(fmt.t('iban'))}: <b>{esc(format_iban(brand.iban))}</b>")
        if brand.bic:
            lines.append(
                f"{esc(fmt.t('bic'))}: {esc(brand.bic)}"
                + (f" · {esc(brand.bank_name)}" if brand.bank_name else "")
            )
    lines.append(f"{esc(fmt.t('reference'))}: <b>{esc(data.number)}</b>")
    info = Paragraph("<br/>".join(lines), st.body)
    payload = epc_payload(
        name=data.seller.name,
        iban=brand.iban,
        bic=brand.bic,
        currency=data.currency,
        amount_minor=data.balance_minor,
        reference=data.number or "",
    )
    if payload is None:
        cells: list[list[blocks.Cell]] = [[info]]
        widths = [CONTENT_W]
    else:
        qr = [qr_drawing(payload, 23 * mm), Paragraph(esc(fmt.t("scan_to_pay")), st.caption)]
        cells, widths = [[info, qr]], [CONTENT_W - 36 * mm, 36 * mm]
    box = Table(cells, colWidths=widths)
    box.setStyle(
        table_style(
            ("BOX", (0, 0), (-1, -1), 0.6, RULE),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4 * mm),
            ("TOPPADDING", (0, 0), (-1, -1), 2.4 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.4 * mm),
            ("ALIGN", (-1, 0), (-1, 0), "CENTER"),
        )
    )
    return [*available, KeepTogether(box)]
