"""The EPC "GiroCode" (SEPA credit transfer) QR code: most European banking
apps fill in a transfer from it, so the client pays the right amount to the
right account with the invoice number as reference.

Why reportlab's own QR widget: it draws vectors (sharp at any zoom, tiny in
the file) and needs no extra package."""

from __future__ import annotations

from decimal import Decimal

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing

from .theme import drawing as new_drawing

# Countries whose IBANs can receive a SEPA credit transfer (EPC list).
SEPA_COUNTRIES = frozenset(
    "AD AT BE BG CH CY CZ DE DK EE ES FI FR GB GI GR HR HU IE IS IT LI LT LU LV MC MT NL NO "
    "PL PT RO SE SI SK SM VA".split()
)
MAX_AMOUNT_MINOR = 99_999_999_999  # EUR 999,999,999.99


def epc_payload(
    *,
    name: str,
    iban: str | None,
    bic: str | None,
    currency: str,
    amount_minor: int,
    reference: str,
) -> str | None:
    """The EPC069-12 version 002 payload, or None when no code applies
    (not EUR, no SEPA IBAN, nothing to pay)."""
    compact = (iban or "").replace(" ", "").upper()
    if currency != "EUR" or len(compact) < 15 or compact[:2] not in SEPA_COUNTRIES:
        return None
    if not 0 < amount_minor <= MAX_AMOUNT_MINOR:
        return None
    amount = Decimal(amount_minor).scaleb(-2)
    fields = [
        "BCD",
        "002",
        "1",  # UTF-8
        "SCT",
        (bic or "").replace(" ", "").upper(),
        _clip(name, 70),
        compact,
        f"EUR{amount:.2f}",
        "",  # purpose
        "",  # structured creditor reference
        _clip(reference, 140),
    ]
    return "\n".join(fields)


def _clip(text: str, limit: int) -> str:
    """EPC fields are single-line and length-limited."""
    return " ".join(text.split())[:limit]


def qr_drawing(payload: str, size: float) -> Drawing:
    """A square QR code of `size` points, error correction level M (EPC)."""
    widget = QrCodeWidget(payload, barLevel="M", barBorder=0)
    x0, y0, x1, y1 = widget.getBounds()
    drawing = new_drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    return drawing
