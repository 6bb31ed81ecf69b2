"""Numbers as people type them, in any of the interface languages, turned
into plain digits with a '.' decimal point for Decimal.

"1 234,50" (Polish, Swedish), "1.234,50" (Greek, German), "1,234.50"
(English) and "1,5" or "1.5" all mean what they look like: both ',' and '.'
are read as the decimal point; when both appear, the last one is the decimal
point and the other groups thousands in threes. Spaces of any width and
apostrophes group thousands too. No float anywhere."""

from __future__ import annotations

import re

from desktop.services.common.errors import UserError


class NotANumber(UserError, ValueError):
    """The text is not a number in any way we read numbers."""


_GROUPING = str.maketrans("", "", " \u00a0\u202f\u2009'\u2019")
_PLAIN = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")


def _grouped(text: str, mark: str) -> bool:
    """`text` is digits grouped in threes by `mark` ("1.234.567")."""
    return re.fullmatch(r"[+-]?\d{1,3}(" + re.escape(mark) + r"\d{3})+", text) is not None


def plain_number(text: str) -> str:
    """'1 234,50' → '1234.50'; '' for blank text; NotANumber otherwise."""
    cleaned = text.strip().translate(_GROUPING).replace("\u2212", "-")
    if not cleaned:
        return ""
    if "," in cleaned and "." in cleaned:
        point = "," if cleaned.rfind(",") > cleaned.rfind(".") else "."
        group = "." if point == "," else ","
        whole, _, fraction = cleaned.rpartition(point)
        if not _grouped(whole, group):
            raise NotANumber(text)
        cleaned = f"{whole.replace(group, '')}.{fraction}"
    else:
        for mark in ",.":
            if cleaned.count(mark) > 1 and _grouped(cleaned, mark):
                cleaned = cleaned.replace(mark, "")
        cleaned = cleaned.replace(",", ".")
    if not _PLAIN.match(cleaned):
        raise NotANumber(text)
    return cleaned
