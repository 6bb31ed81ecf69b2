"""Building blocks every document uses: the letterhead, the two party boxes,
key/value panels and the striped data table that splits across pages with
its header repeated. One place, so all documents line up the same way."""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Image, Paragraph, Spacer, Table

from .data import Party
from .formatting import Formatter
from .page import CONTENT_W, PageSetup
from .theme import RULE, ZEBRA, Styles, caps, esc, table_style, tint

# A table cell: plain text, one flowable, or several stacked (reportlab accepts a list).
Cell = Flowable | str | list[Flowable]
RIGHT_W = 96 * mm
PLAIN_MAX = (
    14  # longer text cells become Paragraphs so they can wrap  # the letterhead's title column
)


def png_image(data: bytes, max_w: float, max_h: float) -> Image | None:
    """A PNG scaled to fit the box, keeping its proportions; None when the
    bytes are not a readable image (a broken logo must not stop an invoice)."""
    try:
        reader = ImageReader(io.BytesIO(data))
        width, height = reader.getSize()
    except Exception:
        return None
    scale = min(max_w / width, max_h / height)
    return Image(io.BytesIO(data), width=width * scale, height=height * scale)


def letterhead(
    setup: PageSetup, title: str, meta: Sequence[tuple[str, str]], subtitle: str = ""
) -> Table:
    """Logo (or the shop's name as a wordmark) left; title and facts right."""
    st = setup.styles
    logo = png_image(setup.brand.logo_png, 55 * mm, 20 * mm) if setup.brand.logo_png else None
    left: list[Flowable] = [logo] if logo else [Paragraph(esc(setup.brand.name), st.wordmark)]
    size = st.title.fontSize
    while size > 12 and stringWidth(title, st.title.fontName, size) > RIGHT_W - 2 * mm:
        size -= 1
    title_style = ParagraphStyle("fitted_title", st.title, fontSize=size, leading=size * 1.2)
    right: list[Flowable] = [Paragraph(esc(title), title_style)]
    if subtitle:
        right.append(Paragraph(esc(subtitle), st.subtitle))
    if meta:
        right.append(Spacer(1, 2.5 * mm))
        right.append(facts(meta, st, 78 * mm))
    table = Table([[left, right]], colWidths=[CONTENT_W - RIGHT_W, RIGHT_W])
    table.setStyle(
        table_style(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("ALIGN", (1, 0), (1, 0), "RIGHT"),
        )
    )
    return table


def facts(rows: Sequence[tuple[str, str]], st: Styles, width: float) -> Table:
    """Right-aligned 'label  value' pairs (number, dates, terms)."""
    data = [[Paragraph(esc(k), st.label), Paragraph(esc(v), st.right)] for k, v in rows]
    table = Table(data, colWidths=[width * 0.46, width * 0.54], hAlign="RIGHT")
    table.setStyle(
        table_style(
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1.2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
            ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE),
        )
    )
    return table


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isalnum())


def party_block(heading: str, party: Party, fmt: Formatter, st: Styles) -> list[Flowable]:
    lines = [esc(line) for line in party.address_lines()]
    if party.country:
        lines.append(esc(country_name(party.country, fmt.language)))
    ids = []
    if party.vat_id:
        ids.append(f"{esc(fmt.t('vat_id'))}: {esc(party.vat_id)}")
    if party.registration:
        ids.append(esc(party.registration))
    if party.legal_id and _digits(party.legal_id) not in _digits(party.registration or ""):
        ids.append(f"{esc(fmt.t('legal_id'))}: {esc(party.legal_id)}")
    out: list[Flowable] = [
        Paragraph(esc(caps(heading)), st.label),
        Spacer(1, 1.2 * mm),
        Paragraph(esc(party.name), st.party_name),
        Paragraph("<br/>".join(lines), st.body),
    ]
    if ids:
        out.append(Spacer(1, 1 * mm))
        out.append(Paragraph("<br/>".join(ids), st.small))
    return out


def two_columns(left: list[Flowable], right: list[Flowable], st: Styles) -> Table:
    """Two boxes side by side with a light wash of the accent (parties)."""
    gap = 6 * mm
    width = (CONTENT_W - gap) / 2
    table = Table([[left, "", right]], colWidths=[width, gap, width])
    wash = tint(st.accent, 0.07)
    table.setStyle(
        table_style(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (0, 0), wash),
            ("BACKGROUND", (2, 0), (2, 0), wash),
            ("LINEBEFORE", (0, 0), (0, 0), 2, st.accent),
            ("LINEBEFORE", (2, 0), (2, 0), 2, st.accent),
            ("LEFTPADDING", (0, 0), (-1, -1), 4 * mm),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3 * mm),
            ("TOPPADDING", (0, 0), (-1, -1), 3 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3.2 * mm),
            ("LEFTPADDING", (1, 0), (1, 0), 0),
            ("RIGHTPADDING", (1, 0), (1, 0), 0),
        )
    )
    return table


CELL_PAD = 4  # points left and right of a data table's cell
HEAD_MIN_SIZE = 5.6  # a header shrinks to this size at most to keep its words whole


def fitted_head(text: str, width: float, st: Styles, *, right: bool = False) -> ParagraphStyle:
    """The header style for a column `width` points wide: lines break only
    between words ("Do rozliczenia" on two lines, never "Do rozlicz/enia");
    a word longer than the column shrinks the type until it fits."""
    base = st.head_right if right else st.head
    longest = max((stringWidth(w, base.fontName, base.fontSize) for w in text.split()), default=0)
    if longest <= width:
        return ParagraphStyle(f"{base.name}_whole", base, splitLongWords=0)
    size = max(HEAD_MIN_SIZE, base.fontSize * width / longest)
    return ParagraphStyle(
        f"{base.name}_{size:.2f}",
        base,
        fontSize=size,
        leading=base.leading * size / base.fontSize,
        splitLongWords=0,
    )


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    widths: Sequence[float],
    st: Styles,
    *,
    right: Sequence[int] = (),
    sections: Sequence[int] = (),
    notes: Sequence[int] = (),
) -> Table:
    """Accent header repeated on every page, zebra rows, numbers right-aligned.

    `sections` are row indexes (in `rows`) that are a section title spanning
    the table; `notes` are rows of small print under the row above, kept in
    the same stripe."""
    head = [
        Paragraph(esc(text), fitted_head(text, width - 2 * CELL_PAD, st, right=i in right))
        for i, (text, width) in enumerate(zip(header, widths, strict=True))
    ]
    body = []
    for row in rows:
        cells = []
        for i, cell in enumerate(row):
            if isinstance(cell, str) and i not in right and len(cell) > PLAIN_MAX:
                cell = Paragraph(esc(cell), st.cell)
            # Short strings stay plain: drawn as text, never parsed as markup,
            # and several times faster than a Paragraph per cell.
            cells.append(cell)
        body.append(cells)
    table = Table([head, *body], colWidths=list(widths), repeatRows=1)
    style: list[tuple] = [
        ("BACKGROUND", (0, 0), (-1, 0), st.accent),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.4),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, st.accent),
        ("FONTSIZE", (0, 1), (-1, -1), st.cell.fontSize),
        ("LEADING", (0, 1), (-1, -1), st.cell.leading),
        ("TEXTCOLOR", (0, 1), (-1, -1), st.cell.textColor),
        *[("ALIGN", (i, 1), (i, -1), "RIGHT") for i in right],
    ]
    stripe = False
    for r in range(len(rows)):
        line = r + 1
        if r in sections:
            style += [
                ("NOSPLIT", (0, line), (-1, min(line + 1, len(rows)))),
                ("SPAN", (0, line), (-1, line)),
                ("BACKGROUND", (0, line), (-1, line), tint(st.accent, 0.12)),
                ("TOPPADDING", (0, line), (-1, line), 3.6),
            ]
            stripe = False
            continue
        if r in notes:
            style += [("TOPPADDING", (0, line), (-1, line), 0)]
            style += [("LINEABOVE", (0, line), (-1, line), 0, colors.white)]
        else:
            stripe = not stripe
        if stripe:
            style.append(("BACKGROUND", (0, line), (-1, line), ZEBRA))
    table.setStyle(table_style(*style))
    return table


def summary_table(
    rows: Sequence[tuple[str, str]], st: Styles, width: float, strong_last: bool = True
) -> Table:
    """The totals panel: label left, amount right, the last row on the accent."""
    data = [[Paragraph(esc(k), st.body), Paragraph(esc(v), st.right)] for k, v in rows]
    if strong_last and rows:
        k, v = rows[-1]
        data[-1] = [Paragraph(esc(k), st.total), Paragraph(esc(v), st.total_right)]
    table = Table(data, colWidths=[width * 0.55, width * 0.45], hAlign="RIGHT")
    style = [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 2.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE),
    ]
    if strong_last and rows:
        style += [
            ("BACKGROUND", (0, -1), (-1, -1), st.accent),
            ("TOPPADDING", (0, -1), (-1, -1), 5),
            ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
        ]
    table.setStyle(table_style(*style))
    return table


def country_name(code: str, language: str) -> str:
    from babel import Locale

    try:
        return Locale.parse(language).territories.get(code.upper(), code)
    except Exception:
        return code
