"""The in-memory plan of the demo shop, shared by the demo generators.

Rows refer to each other by local ids (their position in the plan's list for
their table); `demo_data` turns them into real ids when it writes them."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from desktop.demo import catalog as cat
from desktop.services.common.money import round_half_up

HISTORY_DAYS = 548  # about 18 months


@dataclass
class Plan:
    """The demo shop before it is written: rows per table with local ids, plus
    the facts the later generation steps need (rates, rules, who works where)."""

    rng: random.Random
    today: dt.date
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    # Per client/contract facts that are not columns (weights, grouping, tax).
    client_meta: list[dict[str, Any]] = field(default_factory=list)
    contract_meta: list[dict[str, Any]] = field(default_factory=list)
    work_type_index: dict[str, int] = field(default_factory=dict)
    tax_index: dict[str, int] = field(default_factory=dict)

    @property
    def start(self) -> dt.date:
        return self.today - dt.timedelta(days=HISTORY_DAYS)

    @property
    def rate_change(self) -> dt.date:
        """The day the shop raised its rates, one year ago."""
        return self.today - dt.timedelta(days=365)

    def table(self, name: str) -> list[dict[str, Any]]:
        return self.rows.setdefault(name, [])

    def add(self, name: str, row: dict[str, Any]) -> int:
        """Append a row and return its local id (its position)."""
        rows = self.table(name)
        rows.append(row)
        return len(rows) - 1

    def rate(self, currency: str, work_type: str, day: dt.date) -> int:
        """Hourly rate in minor units for a work type on a day, in a currency.

        Rounded to whole units (hundreds of yen) so hour fractions of 6, 15 or
        30 minutes always give exact line amounts."""
        old, new = cat.BASE_RATES[currency]
        base = new if day >= self.rate_change else old
        factor = next(w[2] for w in cat.WORK_TYPES if w[0] == work_type)
        return round_half_up(base * factor, 10000 * 100) * 100

    def convert(self, sek_minor: int, currency: str) -> int:
        """A catalogue price (öre) in another currency, to whole tens of minor units."""
        num, den = cat.FX_FROM_SEK[currency]
        return round_half_up(sek_minor * num, den * 10) * 10


def stamp(row: dict[str, Any], when: dt.datetime) -> dict[str, Any]:
    """Set created_at/updated_at to the moment the record came to be, so the
    rows are reproducible and look like history rather than all 'now'."""
    row["created_at"] = when
    row["updated_at"] = when
    return row
