"""The peers' money columns on a time entry, turned into the per-entry rate
override the billing engine looks at first ("entry"), and their tags.

- Kimai writes 'Hourly price' (and 'Fixed price'; 1.x 'Hourly rate') in the
  customer's currency, with the currency in the cell (' SEK 1,425.00 ',
  '1.425,00 EUR') and, from 2.27, in a 'Currency' column too.
- Clockify writes 'Billable Rate (SEK)' and 'Billable Amount (SEK)', or the
  currency's name as the workspace spells it ('Billable Rate (EURO)').
- Toggl Track writes only 'Amount (SEK)': the hourly rate is worked out as
  the roundest rate that gives exactly that amount for the entry's tracked
  seconds (Toggl rounds amounts to the cent, so several rates can; 950.00
  is a better guess than 950.21). All arithmetic is exact (integers).

A rate in another currency than the client's is never converted: the row is
rejected, with the way out (unmap the column) in the reason. Rates of 0 on
a billable row mean the peer had no rate: TechLedger's own rates apply.
Rows that are not billable keep no rate. Billed time is not taken from the
file: the billing engine rounds the raw time as for any entry."""

from __future__ import annotations

import re

from desktop.services.common.money import AmountError, parse_amount
from desktop.services.data.imports.context import ImportContext, RowRejected, fail
from desktop.services.data.imports.currency_names import currency_code, same_currency, split_money

_CURRENCY_SUFFIX = re.compile(r"\(([^()]*)\)\s*$")
_STEPS = (100_000, 50_000, 10_000, 5_000, 1_000, 500, 100, 50, 10, 5, 1)


def header_currency(header: str) -> str:
    """'Amount (SEK)' → 'SEK', 'Billable Rate (EURO)' → 'EUR';
    'Amount ()' or 'Amount' → ''."""
    match = _CURRENCY_SUFFIX.search(header)
    return (currency_code(match.group(1)) or "") if match else ""


def rate_from_amount(amount_minor: int, seconds: int) -> tuple[int, bool]:
    """The hourly rate (minor units) that gives `amount_minor` for `seconds`
    of work when rounded half up to the minor unit; the roundest such rate.
    The flag is False when no whole rate gives the amount exactly (then the
    nearest rate is returned)."""
    # round_half_up(r * s / 3600) == A  ⇔  (2A − 1)·1800 ≤ r·s < (2A + 1)·1800
    low = -((-(2 * amount_minor - 1) * 1800) // seconds)  # ceiling division
    high = -((-(2 * amount_minor + 1) * 1800) // seconds) - 1
    for step in _STEPS:
        rate = -(-low // step) * step
        if rate <= high:
            return rate, True
    return (amount_minor * 7200 + seconds) // (2 * seconds), False


def split_tags(text: str) -> list[str]:
    """'security, review' → ['security', 'review'] (order kept, no repeats)."""
    tags: list[str] = []
    for tag in text.split(","):
        tag = tag.strip()
        if tag and tag.casefold() not in {t.casefold() for t in tags}:
            tags.append(tag)
    return tags


class EntryRates:
    """Reads the rate of one row; counts what the report's notes mention."""

    def __init__(self, ctx: ImportContext) -> None:
        self.ctx = ctx
        self.rate_currency = header_currency(ctx.header("rate"))
        self.amount_currency = header_currency(ctx.header("amount"))
        self.zero = 0
        self.assumed = 0
        self.derived = 0
        self.approximate = 0

    def rate(
        self, cells: tuple[str, ...], seconds: int, billable: bool, client: str, currency: str
    ) -> int | None:
        """The entry's rate override in minor units of the client's
        `currency`, or None when the file gives none (or the row is not
        billable). Raises RowRejected for a fixed rate, an unreadable amount
        or another currency."""
        get = lambda key: self.ctx.cell(cells, key)  # noqa: E731
        if not billable:
            return None
        fixed = get("fixed_rate")
        if fixed and split_money(fixed)[0].strip("0.,") != "":  # ' SEK 0.00 ' is no price
            raise RowRejected(
                f"Fixed rate: the entry has a fixed price of {fixed}; TechLedger bills time "
                "by the hour. Bill the price as a material line, or unmap the 'Fixed rate' "
                "column to import the time at TechLedger's own rates."
            )
        if get("rate"):
            key, text, named = "rate", get("rate"), self.rate_currency
        elif get("amount"):
            key, text, named = "amount", get("amount"), self.amount_currency
        else:
            return None
        label = self.ctx.labels[key]
        text, written = split_money(text)
        column = get("currency").upper()
        given = column or named or written
        if written and given and not same_currency(written, given):
            raise RowRejected(
                f"{label}: the cell says {written}, but the file names {given} for it; "
                "fix the file or unmap the column."
            )
        if given and not same_currency(given, currency):
            raise RowRejected(
                f"{label}: the file gives it in {given}, but {client} is billed in {currency}; "
                f"TechLedger never converts currencies. Unmap {self._money_columns()} to "
                "import the time at TechLedger's own rates."
            )
        try:
            minor = parse_amount(text, currency)
        except AmountError as exc:
            raise fail(label, exc) from None
        if not given:
            self.assumed += 1
        if minor == 0:
            self.zero += 1
            return None
        if key == "rate":
            return minor
        rate, exact = rate_from_amount(minor, seconds)
        self.derived += 1
        self.approximate += not exact
        return rate

    def _money_columns(self) -> str:
        """'the 'Hourly price' and 'Price' columns': both, or the rate would
        be worked out from the total in the same currency."""
        headers = [self.ctx.header(k) for k in ("rate", "amount") if self.ctx.header(k)]
        if len(headers) == 1:
            return f"the '{headers[0]}' column"
        return f"the '{headers[0]}' and '{headers[1]}' columns"

    def notes(self, rated: int) -> list[str]:
        """What the report says about the rates it took (or did not)."""
        notes = []
        if rated:
            notes.append(
                f"{rated} entr{'y' if rated == 1 else 'ies'} keep the file's hourly rate as "
                "their own rate; billed time is rounded by TechLedger's rules."
            )
        if self.derived:
            notes.append(
                f"{self.derived} rate(s) were worked out from the amount and the duration"
                + (
                    f" ({self.approximate} to the nearest cent: no exact rate gives the amount)."
                    if self.approximate
                    else "."
                )
            )
        if self.assumed:
            notes.append(
                f"{self.assumed} rate(s) name no currency and are taken to be in the "
                "client's currency."
            )
        if self.zero:
            notes.append(
                f"{self.zero} billable row(s) have a rate of 0 in the file: TechLedger's own "
                "rates will apply to them."
            )
        return notes
