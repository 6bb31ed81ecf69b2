"""The Swiss QR-bill: the payment part with its receipt (210 × 105 mm) that
Swiss banking apps and post offices read, printed at the bottom of an
invoice's last page (or on a page of its own when the last one is full).

Which invoices get it: CHF invoices to a client in Switzerland or
Liechtenstein, when the shop's IBAN is a Swiss or Liechtenstein one (a
QR-IBAN included). The EPC code (`payqr.py`) serves EUR only, so an invoice
never carries both.

Why the `qrbill` package and svglib: qrbill checks the data as the Swiss
standard (SIX Implementation Guidelines 2.x) asks and lays the part out to
the millimetre, as SVG; svglib turns that SVG into a reportlab drawing, so
the bill stays vector. Every text of it is set in the shipped DejaVu fonts
(the standard's Arial/Helvetica is not embedded, and PDF/A wants every font
embedded). The standard allows its headings only in German, French, Italian
or English: the part is in the document's language when it is one of these,
else in English.

The reference: with a QR-IBAN, the 27-digit QR reference made of the
invoice number (letters as 10–35, then the check digit); with an ordinary
IBAN, the ISO 11649 creditor reference (RF…) of the number. The invoice
number is repeated as the additional information."""

from __future__ import annotations

import io
from decimal import Decimal

from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from .data import InvoiceData
from .theme import FONT, FONT_BOLD, register_fonts
from .theme import drawing as new_drawing

SWISS = frozenset({"CH", "LI"})
BILL_LANGUAGES = ("en", "de", "fr", "it")
# qrbill's drawing: A4 wide, 105 mm of bill plus 1 mm for the scissors line.
BILL_W, BILL_H = 210 * mm, 106 * mm
GAP = 4 * mm  # kept free above the bill's top line
QR_IID = range(30000, 32000)  # the bank ids of QR-IBANs
MAX_AMOUNT_MINOR = 99_999_999_999  # 999,999,999.99


def applies(data: InvoiceData) -> bool:
    """True for a CHF invoice to a Swiss or Liechtenstein client paid into a
    Swiss or Liechtenstein account."""
    iban = (data.brand.iban or "").replace(" ", "").upper()
    return (
        data.kind == "invoice"
        and data.currency == "CHF"
        and data.buyer.country.upper() in SWISS
        and iban[:2] in SWISS
    )


def _digits(number: str) -> str:
    """The invoice number as digits: digits kept, letters 10–35, the rest dropped."""
    return "".join(ch if ch.isdigit() else str(int(ch, 36)) for ch in number if ch.isalnum())


def reference(iban: str, number: str) -> str | None:
    """The payment reference for this account, or None when the number
    cannot make one (a QR reference holds 26 digits, a creditor reference 21
    letters or digits)."""
    from stdnum.ch import esr
    from stdnum.iso7064 import mod_97_10

    compact = iban.replace(" ", "").upper()
    if int(compact[4:9]) in QR_IID:
        digits = _digits(number)
        if not digits or len(digits) > 26:
            return None
        body = digits.rjust(26, "0")
        return body + esr.calc_check_digit(body)
    body = "".join(ch for ch in number.upper() if ch.isalnum())
    if not body or len(body) > 21:
        return None
    return "RF" + mod_97_10.calc_check_digits(body + "RF") + body


def _address(name: str, street: str, postcode: str, city: str, country: str) -> dict | None:
    if not (name and postcode and city and country):
        return None
    return {
        "name": name[:70],
        "street": street[:70],
        "pcode": postcode[:16],
        "city": city[:35],
        "country": country.upper(),
    }


def qr_bill(data: InvoiceData, amount_minor: int, info: str):
    """The `qrbill.QRBill` of this invoice for `amount_minor`, or None when
    the Swiss bill does not apply or the data cannot make a valid one (an
    address without postcode or town, a number too long for a reference)."""
    if not applies(data) or not 0 < amount_minor <= MAX_AMOUNT_MINOR or not data.number:
        return None
    from qrbill import QRBill

    iban = (data.brand.iban or "").replace(" ", "").upper()
    seller, buyer = data.seller, data.buyer
    creditor = _address(seller.name, seller.street, seller.postcode, seller.city, seller.country)
    ref = reference(iban, data.number)
    if creditor is None or ref is None:
        return None
    language = data.language if data.language in BILL_LANGUAGES else "en"
    try:
        return QRBill(
            account=iban,
            creditor=creditor,
            debtor=_address(buyer.name, buyer.street, buyer.postcode, buyer.city, buyer.country),
            amount=f"{Decimal(amount_minor).scaleb(-2):.2f}",
            currency="CHF",
            reference_number=ref,
            additional_information=info[:140],
            language=language,
        )
    except ValueError:
        return None


def _font_map():
    """An svglib font map that answers DejaVu for every family the SVG names."""
    from svglib.fonts import FontMap

    class DejaVuOnly(FontMap):
        def find_font(
            self, font_name: str, weight: str = "normal", style: str = "normal"
        ) -> tuple[str, bool]:
            return (FONT_BOLD if weight == "bold" else FONT), True

    return DejaVuOnly()


def bill_drawing(bill) -> Drawing:
    """The bill as a reportlab drawing of BILL_W × BILL_H points."""
    from svglib.svglib import svg2rlg

    register_fonts()  # svglib measures the texts as it converts them
    svg = io.StringIO()
    bill.as_svg(svg)
    converted = svg2rlg(io.BytesIO(svg.getvalue().encode("utf-8")), font_map=_font_map())
    assert converted is not None
    # Into a drawing that starts in DejaVu (svglib's starts in Helvetica).
    drawing = new_drawing(BILL_W, BILL_H)
    scale_x, scale_y = BILL_W / converted.width, BILL_H / converted.height
    drawing.transform = (scale_x, 0, 0, scale_y, 0, 0)
    for shape in converted.contents:
        drawing.add(_condensed(shape))
    return drawing


def _condensed(node):
    """Each text squeezed to the width Helvetica would give it: qrbill lays
    the part out for Arial/Helvetica, and DejaVu Sans is about a tenth wider
    ("Currency" would run into "Amount"). Scaled about the text's anchor, so
    left- and right-aligned texts keep their edge."""
    from reportlab.graphics.shapes import Group, String
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if isinstance(node, String):
        helvetica = "Helvetica-Bold" if node.fontName == FONT_BOLD else "Helvetica"
        ours = stringWidth(node.text, node.fontName, node.fontSize)
        if ours <= 0:
            return node
        k = min(1.0, stringWidth(node.text, helvetica, node.fontSize) / ours)
        return Group(node, transform=(k, 0, 0, 1, node.x * (1 - k), 0))
    if isinstance(node, Group):
        node.contents = [_condensed(child) for child in node.contents]
    return node


class SwissBill(Flowable):
    """Keeps room at the bottom of the page and draws the bill there, on the
    page's bottom edge (outside the text frame, where the footer would be:
    that page prints the bill instead of the footer, and its page number
    above the bill)."""

    def __init__(self, drawing: Drawing, frame_bottom: float) -> None:
        super().__init__()
        self.drawing = drawing
        self.height_needed = BILL_H + GAP - frame_bottom

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return available_width, self.height_needed

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803
        from reportlab.graphics import renderPDF

        # Read by page.py: no footer on this page, its number above the bill.
        canvas.bare_bottom = BILL_H + GAP / 2  # type: ignore[attr-defined]
        renderPDF.draw(self.drawing, canvas, 0, 0)
