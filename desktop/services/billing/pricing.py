"""Pricing of work, pure arithmetic: no Session.

Invoice quantities are hours to two decimals and the line net is computed
from that printed quantity, so what the client reads always multiplies out
to what they pay (never 0.8333 h behind a printed 0.83)."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.services.billing.tax import BASIS_POINTS
from desktop.services.common.business_hours import AFTER_HOURS, HOLIDAY, NORMAL, WEEKEND, Segment
from desktop.services.common.money import round_half_up

MINUTES_PER_HOUR = 60


def share_out(total: int, weights: list[int]) -> list[int]:
    """Split `total` in proportion to `weights` by largest remainder; the parts
    always add up to `total` exactly."""
    weight_sum = sum(weights)
    if weight_sum == 0:
        return [0 for _ in weights]
    shares = [divmod(weight * total, weight_sum) for weight in weights]
    parts = [share for share, _ in shares]
    short = total - sum(parts)
    for index in sorted(range(len(weights)), key=lambda i: (-shares[i][1], i))[:short]:
        parts[index] += 1
    return parts


def hours_milli(minutes: int) -> int:
    """Minutes as hours to two decimals, in thousandths (the quantity column)."""
    return round_half_up(minutes * 100, MINUTES_PER_HOUR) * 10


@dataclass(frozen=True)
class Multipliers:
    after_hours_bp: int = 15_000
    weekend_bp: int = 15_000
    holiday_bp: int = 20_000

    def for_kind(self, kind: str) -> int:
        return {
            NORMAL: BASIS_POINTS,
            AFTER_HOURS: self.after_hours_bp,
            WEEKEND: self.weekend_bp,
            HOLIDAY: self.holiday_bp,
        }[kind]


@dataclass(frozen=True)
class PricedPiece:
    """Billed minutes of one entry that fall in one kind of time."""

    kind: str
    raw_minutes: int
    billed_minutes: int
    multiplier_bp: int
    unit_price_minor: int  # hourly rate × multiplier, rounded to the minor unit


def price_entry(
    billed_minutes: int, segments: list[Segment], rate_minor: int, multipliers: Multipliers
) -> list[PricedPiece]:
    """Spread an entry's billed minutes over its kinds of time, in proportion
    to the raw minutes in each, and price each part at its multiplier."""
    merged: dict[str, int] = {}
    for segment in segments:
        merged[segment.kind] = merged.get(segment.kind, 0) + segment.minutes
    kinds = list(merged)
    billed = share_out(billed_minutes, [merged[kind] for kind in kinds])
    pieces = []
    for kind, part in zip(kinds, billed, strict=True):
        multiplier = multipliers.for_kind(kind)
        pieces.append(
            PricedPiece(
                kind=kind,
                raw_minutes=merged[kind],
                billed_minutes=part,
                multiplier_bp=multiplier,
                unit_price_minor=round_half_up(rate_minor * multiplier, BASIS_POINTS),
            )
        )
    return pieces
