"""Fonts, colours, paragraph styles and the one escaping function.

Why here: every document shares one look, and every user string must pass
through `esc` before it reaches reportlab's Paragraph markup (a description
of `<img src="http://…"/>` would otherwise be fetched, `<font size=80>`
obeyed, and a stray `<` crash the build). Importing this module also closes
reportlab's door to remote resources."""

from __future__ import annotations

import unicodedata
from functools import cache
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus.tables import TableStyle

from desktop.resources import resource_path

# Nothing is ever fetched while rendering: no URL scheme and no host is trusted.
rl_config.trustedSchemes = []
rl_config.trustedHosts = []

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"

INK = colors.HexColor("#1E2328")
MUTED = colors.HexColor("#6B7280")
RULE = colors.HexColor("#D9DDE3")
ZEBRA = colors.HexColor("#F5F7F9")
WARN = colors.HexColor("#B42318")


@cache
def register_fonts() -> None:
    """Register DejaVu Sans (shipped in resources/fonts with its licence):
    Helvetica has no Polish, Greek or 'zł' glyphs."""
    pdfmetrics.registerFont(TTFont(FONT, str(resource_path("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(resource_path("fonts", "DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
    )


def table_style(*commands: tuple) -> TableStyle:
    """A TableStyle whose cells default to DejaVu: reportlab's default cell
    font is Helvetica, which would end up in the PDF unembedded (not PDF/A)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *commands])


def drawing(width: float, height: float, **kwargs) -> Drawing:
    """A reportlab graphics Drawing whose starting font is DejaVu. The PDF
    renderer sets the drawing's initial font before drawing anything, and
    its default is Helvetica: even a drawing with no text (the QR code) would
    put an unembedded Helvetica in the PDF, which PDF/A forbids."""
    register_fonts()
    return Drawing(width, height, initialFontName=FONT, initialFontSize=7, **kwargs)


def caps(text: str) -> str:
    """Upper case for small labels; Greek capitals drop their accents
    (ΕΚΔΟΤΗΣ, not ΕΚΔΌΤΗΣ), as Greek typesetting does."""
    upper = text.upper()
    if not any("\u0370" <= ch <= "\u03ff" for ch in upper):
        return upper
    decomposed = unicodedata.normalize("NFD", upper)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if c != "\u0301"))


def esc(text: object) -> str:
    """User text made safe for Paragraph markup; line breaks are kept."""
    return escape(str(text if text is not None else "")).replace("\n", "<br/>")


def accent_of(value: str | None) -> colors.Color:
    """The shop's accent colour, or the default blue when it is not '#RRGGBB'."""
    try:
        if value and len(value) == 7 and value.startswith("#"):
            return colors.HexColor(value)
    except ValueError:
        pass
    return colors.HexColor("#1F5A96")


def tint(color: colors.Color, share: float) -> colors.Color:
    """`color` mixed with white; share 0.1 = a light wash of it."""
    return colors.Color(
        1 - (1 - color.red) * share, 1 - (1 - color.green) * share, 1 - (1 - color.blue) * share
    )


class Styles:
    """The paragraph styles of one document (the accent colour varies)."""

    def __init__(self, accent: colors.Color) -> None:
        register_fonts()
        self.accent = accent
        base = ParagraphStyle("body", fontName=FONT, fontSize=8.6, leading=11.4, textColor=INK)
        self.body = base
        self.small = ParagraphStyle("small", base, fontSize=7.4, leading=9.4)
        self.muted = ParagraphStyle("muted", self.small, textColor=MUTED)
        self.footer = ParagraphStyle("footer", self.muted, fontSize=6.4, leading=8.4)
        self.caption = ParagraphStyle(
            "caption", self.muted, fontSize=6.4, leading=8, alignment=TA_CENTER
        )
        self.bold = ParagraphStyle("bold", base, fontName=FONT_BOLD)
        self.right = ParagraphStyle("right", base, alignment=TA_RIGHT)
        self.right_bold = ParagraphStyle("right_bold", self.right, fontName=FONT_BOLD)
        self.cell = ParagraphStyle("cell", base, fontSize=8, leading=10.2)
        self.cell_right = ParagraphStyle("cell_right", self.cell, alignment=TA_RIGHT)
        self.cell_note = ParagraphStyle(
            "cell_note", self.cell, fontSize=7, leading=9, textColor=MUTED
        )
        self.head = ParagraphStyle(
            "head", self.cell, fontName=FONT_BOLD, fontSize=7.4, textColor=colors.white, leading=9.4
        )
        self.head_right = ParagraphStyle("head_right", self.head, alignment=TA_RIGHT)
        self.label = ParagraphStyle(
            "label", base, fontName=FONT_BOLD, fontSize=6.8, leading=8.6, textColor=MUTED
        )
        self.title = ParagraphStyle(
            "title",
            base,
            fontName=FONT_BOLD,
            fontSize=21,
            leading=25,
            textColor=accent,
            alignment=TA_RIGHT,
        )
        self.subtitle = ParagraphStyle(
            "subtitle", base, fontSize=10, leading=13, textColor=INK, alignment=TA_RIGHT
        )
        self.h2 = ParagraphStyle(
            "h2",
            base,
            fontName=FONT_BOLD,
            fontSize=10.5,
            leading=13,
            textColor=accent,
            spaceBefore=10,
            spaceAfter=4,
        )
        self.party_name = ParagraphStyle(
            "party_name", base, fontName=FONT_BOLD, fontSize=10, leading=13
        )
        self.wordmark = ParagraphStyle(
            "wordmark",
            base,
            fontName=FONT_BOLD,
            fontSize=17,
            leading=20,
            textColor=accent,
            alignment=TA_LEFT,
        )
        self.total = ParagraphStyle(
            "total", base, fontName=FONT_BOLD, fontSize=10, leading=12.5, textColor=colors.white
        )
        self.total_right = ParagraphStyle("total_right", self.total, alignment=TA_RIGHT)
        self.unsigned = ParagraphStyle(
            "unsigned", base, fontName=FONT_BOLD, fontSize=16, leading=20, textColor=WARN
        )
        self.notice = ParagraphStyle("notice", base, fontSize=8.2, leading=11)
