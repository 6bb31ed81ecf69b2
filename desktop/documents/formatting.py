"""Numbers, money, dates and hours as the document's language writes them.

Babel does the locale work; this wraps it so every renderer formats the same
value the same way (a total on the invoice and in its VAT summary must read
identically)."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from babel.dates import format_date, format_time
from babel.numbers import format_currency, format_decimal, get_currency_precision

from desktop.services.common.durations import format_minutes

from .labels import label, unit_label

LOCALES = {"en": "en_GB"}

# Babel leaves out CLDR's currency spacing: English prints "CHF900.00" and
# "-SEK16,395.41", so two amounts side by side in a table ran together. CLDR
# puts a no-break space between a currency code (letters) and the digits; a
# symbol such as € or $ stays against them ("€900.00").
_CODE_AGAINST_DIGITS = re.compile(r"(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])")


def currency_spacing(text: str) -> str:
    return _CODE_AGAINST_DIGITS.sub("\u00a0", text)


class Formatter:
    """Formats values for one language and one currency."""

    def __init__(self, language: str, currency: str = "EUR") -> None:
        self.language = language
        # Babel's locale: English documents go to European clients, so
        # 31/03/2026 rather than the US 3/31/26.
        self.locale = LOCALES.get(language, language)
        self.currency = currency
        self.digits = get_currency_precision(currency)

    def t(self, key: str, **values: object) -> str:
        return label(self.language, key, **values)

    def unit(self, unit: str) -> str:
        return unit_label(self.language, unit)

    def amount(self, minor: int) -> Decimal:
        return Decimal(minor).scaleb(-self.digits)

    def money(self, minor: int) -> str:
        return currency_spacing(
            format_currency(self.amount(minor), self.currency, locale=self.locale)
        )

    def number(self, minor: int) -> str:
        """An amount without the currency sign (for table columns)."""
        pattern = "#,##0" + ("." + "0" * self.digits if self.digits else "")
        return format_decimal(self.amount(minor), pattern, locale=self.locale)

    def quantity(self, milli: int) -> str:
        return format_decimal(Decimal(milli).scaleb(-3), "#,##0.###", locale=self.locale)

    def rate(self, rate_bp: int) -> str:
        value = format_decimal(Decimal(rate_bp).scaleb(-2), "#,##0.##", locale=self.locale)
        return f"{value}\u00a0%"

    def date(self, day: dt.date | None) -> str:
        return format_date(day, "medium", locale=self.locale) if day else ""

    def short_date(self, day: dt.date | None) -> str:
        return format_date(day, "short", locale=self.locale) if day else ""

    def period(self, start: dt.date | None, end: dt.date | None) -> str:
        if start is None or end is None or start == end:
            return self.date(start or end)
        return f"{self.date(start)} – {self.date(end)}"

    def datetime(self, moment: dt.datetime | None) -> str:
        if moment is None:
            return ""
        return f"{self.date(moment.date())}, {self.time(moment)}"

    def time(self, moment: dt.datetime | None) -> str:
        return format_time(moment, "short", locale=self.locale) if moment else ""

    def minutes(self, minutes: int | None) -> str:
        """Hours and minutes, '1:30' ('−0:45' for negative)."""
        return format_minutes(minutes, minus="−")

    def hours(self, minutes: int) -> str:
        """Decimal hours for prose and charts: '12.5' / '12,5'."""
        return format_decimal(Decimal(minutes) / 60, "#,##0.#", locale=self.locale)

    def distance(self, metres: int) -> str:
        return f"{format_decimal(Decimal(metres) / 1000, '#,##0.#', locale=self.locale)} km"


def format_iban(iban: str | None) -> str:
    """Groups of four, as banks print it: 'SE45 5000 0000 0583 9825 7466'."""
    compact = (iban or "").replace(" ", "").upper()
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
