"""Invoice lines before they are written: what they bill, and how lines of
the same group merge (by ticket, by visit, by work type, or not at all)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from desktop.services.billing.pricing import minute_net, minutes_milli
from desktop.services.billing.rules import VatTreatment
from desktop.services.billing.tax import line_net

GROUPINGS = ("detail", "ticket", "visit", "work_type")
HOUR_UNIT = "h"


@dataclass
class LineDraft:
    kind: str
    group_key: tuple
    description: str
    unit: str
    unit_price_minor: int
    vat: VatTreatment
    line_date: dt.date | None = None
    minutes: int = 0  # billed minutes, for lines sold by the hour
    raw_minutes: int = 0
    quantity_milli: int = 0  # for everything else
    time_entry_ids: list[int] = field(default_factory=list)
    material_entry_ids: list[int] = field(default_factory=list)
    prepaid_purchase_ids: list[int] = field(default_factory=list)  # blocks sold
    contract_id: int | None = None
    period_from: dt.date | None = None
    period_to: dt.date | None = None

    @property
    def by_the_hour(self) -> bool:
        return self.unit == HOUR_UNIT

    @property
    def quantity(self) -> int:
        """Thousandths of the unit (of an hour for time, for lists and sums)."""
        return minutes_milli(self.minutes) if self.by_the_hour else self.quantity_milli

    @property
    def net_minor(self) -> int:
        """Time is priced by the minute, rounded once; the rest by quantity."""
        if self.by_the_hour:
            return minute_net(self.minutes, self.unit_price_minor)
        return line_net(self.quantity, self.unit_price_minor)

    def absorb(self, other: LineDraft) -> None:
        self.minutes += other.minutes
        self.raw_minutes += other.raw_minutes
        self.quantity_milli += other.quantity_milli
        self.time_entry_ids += other.time_entry_ids
        self.material_entry_ids += other.material_entry_ids
        self.prepaid_purchase_ids += other.prepaid_purchase_ids
        if self.line_date != other.line_date:
            self.line_date = min(filter(None, (self.line_date, other.line_date)), default=None)


def merge(lines: list[LineDraft]) -> list[LineDraft]:
    """Merge lines with equal group keys, keeping first-seen order. Time is
    summed in minutes first and only then priced, once."""
    merged: dict[tuple, LineDraft] = {}
    for line in lines:
        key = (line.kind, line.unit, line.unit_price_minor, line.vat, *line.group_key)
        if key in merged:
            merged[key].absorb(line)
        else:
            merged[key] = line
    return list(merged.values())
