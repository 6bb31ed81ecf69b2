"""The page every document is printed on: accent strip, running header on
follow-on pages, the shop's footer (address, VAT id, registration, bank),
"Page X of Y" and, for drafts, a watermark.

Why a two-pass canvas: "of Y" is only known when the story has been laid
out, so each page is kept until `save` and numbered then (the usual
reportlab recipe, cheaper than building the document twice)."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from .data import Brand
from .formatting import Formatter, format_iban
from .theme import FONT, FONT_BOLD, MUTED, RULE, WARN, Styles, esc

PAGE_W, PAGE_H = A4
MARGIN_X = 18 * mm
FOOTER_TOP = 27 * mm
FRAME_BOTTOM = FOOTER_TOP + 3 * mm  # where the text frame ends
PAGE_NUMBER_Y = 9 * mm
CONTENT_W = PAGE_W - 2 * MARGIN_X


@dataclass(frozen=True)
class PageSetup:
    brand: Brand
    fmt: Formatter
    styles: Styles
    running_title: str  # "Invoice 2026-00012": follow-on headers and the PDF title
    subject: str = ""
    watermark: str | None = None


class NumberedCanvas(Canvas):
    """Keeps every page until save, then writes "Page X of Y" on each."""

    def __init__(self, *args, page_text: Callable[[int, int], str], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._page_text = page_text
        self._pages: list[dict] = []

    # Set by a flowable that takes the page's bottom edge (the Swiss
    # QR-bill): that page has no footer and its number is printed this high.
    bare_bottom: float | None = None

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self.bare_bottom = None
        # reportlab's own page reset (what Canvas.showPage ends with); private,
        # so types-reportlab does not declare it.
        self._startPage()  # type: ignore[attr-defined]

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self.setFont(FONT, 7)
            self.setFillColor(MUTED)
            y = self.bare_bottom or PAGE_NUMBER_Y
            self.drawRightString(PAGE_W - MARGIN_X, y, self._page_text(number, total))
            super().showPage()
        super().save()


def _footer_columns(brand: Brand, fmt: Formatter) -> list[list[str]]:
    town = " ".join(p for p in (brand.postcode, brand.city) if p)
    columns = [
        [f"<b>{esc(brand.legal_name)}</b>", esc(brand.street), esc(town)],
        [],
        [],
        [esc(x) for x in (brand.email, brand.phone, brand.website) if x],
    ]
    if brand.vat_id:
        columns[1].append(f"{esc(fmt.t('vat_id'))}: {esc(brand.vat_id)}")
    if brand.registration:
        columns[1].append(esc(brand.registration))
    if brand.iban:
        if brand.bank_name:
            columns[2].append(f"{esc(fmt.t('bank'))}: {esc(brand.bank_name)}")
        columns[2].append(f"{esc(fmt.t('iban'))}: {esc(format_iban(brand.iban))}")
        if brand.bic:
            columns[2].append(f"{esc(fmt.t('bic'))}: {esc(brand.bic)}")
    return [c for c in columns if c]


def _draw_footer(canvas: Canvas, setup: PageSetup) -> None:
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN_X, FOOTER_TOP, PAGE_W - MARGIN_X, FOOTER_TOP)
    columns = _footer_columns(setup.brand, setup.fmt)
    widths = [0.19, 0.29, 0.32, 0.20] if len(columns) == 4 else None
    x = MARGIN_X
    for index, lines in enumerate(columns):
        share = widths[index] if widths else 1 / len(columns)
        width = CONTENT_W * share - 3 * mm
        para = Paragraph("<br/>".join(lines), setup.styles.footer)
        _, height = para.wrap(width, 20 * mm)
        para.drawOn(canvas, x, FOOTER_TOP - 2.2 * mm - height)
        x += CONTENT_W * share
    canvas.setFont(FONT, 7)
    canvas.setFillColor(MUTED)
    canvas.drawString(MARGIN_X, PAGE_NUMBER_Y, setup.running_title)


def _draw_watermark(canvas: Canvas, text: str) -> None:
    canvas.saveState()
    canvas.setFillColor(WARN)
    canvas.setFillAlpha(0.09)
    canvas.setFont(FONT_BOLD, 96)
    canvas.translate(PAGE_W / 2, PAGE_H / 2)
    canvas.rotate(38)
    canvas.drawCentredString(0, -34, text)
    canvas.restoreState()


def _first_page(canvas: Canvas, doc: BaseDocTemplate, setup: PageSetup) -> None:
    canvas.saveState()
    canvas.setFillColor(setup.styles.accent)
    canvas.rect(0, PAGE_H - 2.6 * mm, PAGE_W, 2.6 * mm, stroke=0, fill=1)
    canvas.restoreState()


def _page_end(canvas: Canvas, doc: BaseDocTemplate, setup: PageSetup) -> None:
    """Drawn over the content, so table backgrounds cannot hide it; the
    footer only now, when the page's flowables have said whether they took
    its bottom edge."""
    if not getattr(canvas, "bare_bottom", None):
        canvas.saveState()
        _draw_footer(canvas, setup)
        canvas.restoreState()
    if setup.watermark:
        _draw_watermark(canvas, setup.watermark)


def _later_page(canvas: Canvas, doc: BaseDocTemplate, setup: PageSetup) -> None:
    _first_page(canvas, doc, setup)
    canvas.saveState()
    y = PAGE_H - 13 * mm
    canvas.setFont(FONT_BOLD, 9)
    canvas.setFillColor(setup.styles.accent)
    canvas.drawString(MARGIN_X, y, setup.brand.name)
    canvas.setFont(FONT, 8.5)
    canvas.setFillColor(MUTED)
    canvas.drawRightString(PAGE_W - MARGIN_X, y, setup.running_title)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN_X, y - 3 * mm, PAGE_W - MARGIN_X, y - 3 * mm)
    canvas.restoreState()


def build_pdf(story: Sequence[Flowable], setup: PageSetup) -> bytes:
    """Lay out `story` on the shared page design; return the PDF bytes."""
    out = io.BytesIO()
    doc = BaseDocTemplate(
        out,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=14 * mm,
        bottomMargin=FRAME_BOTTOM,
        title=setup.running_title,
        author=setup.brand.legal_name,
        subject=setup.subject,
        creator="TechLedger",
        invariant=1,
        # DejaVu from the first operator on: an unembedded Helvetica breaks PDF/A.
        initialFontName=FONT,
        lang=setup.fmt.language,
    )
    body_h = PAGE_H - doc.topMargin - doc.bottomMargin
    first = Frame(
        MARGIN_X,
        doc.bottomMargin,
        CONTENT_W,
        body_h,
        id="first",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    later = Frame(
        MARGIN_X,
        doc.bottomMargin,
        CONTENT_W,
        body_h - 10 * mm,
        id="later",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates(
        [
            PageTemplate(
                "first",
                [first],
                onPage=partial(_first_page, setup=setup),
                onPageEnd=partial(_page_end, setup=setup),
                autoNextPageTemplate="later",
            ),
            PageTemplate(
                "later",
                [later],
                onPage=partial(_later_page, setup=setup),
                onPageEnd=partial(_page_end, setup=setup),
            ),
        ]
    )
    page_text = partial(_page_text, setup.fmt)
    doc.build(list(story), canvasmaker=partial(NumberedCanvas, page_text=page_text))
    return out.getvalue()


def _page_text(fmt: Formatter, page: int, pages: int) -> str:
    return fmt.t("page", page=page, pages=pages)
