"""Pricing of work, pure arithmetic: no Session.

Time is priced by the minute: a time line's net is its billed minutes ×
the hourly price ÷ 60, rounded once to the currency's minor unit (half up).
Lines of one group sum their minutes first and are priced once. The
quantity is printed as H:MM (and given in minutes against a base of 60 in
the e-invoice), so what the client reads multiplies out to what they pay:
7 minutes at 950.00/h is 110.83, never 0.12 h × 950.00 = 114.00."""

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


def minutes_milli(minutes: int) -> int:
    """Minutes as thousandths of an hour (rounded half up, away from zero):
    the quantity column of a line priced by the minute, for lists and sums
    only; its net comes from the minutes themselves (`minute_net`)."""
    return round_half_up(minutes * 1000, MINUTES_PER_HOUR)


def minute_net(minutes: int, hourly_price_minor: int, multiplier_bp: int = BASIS_POINTS) -> int:
    """minutes × hourly price (× multiplier) ÷ 60, rounded once to the minor
    unit, half away from zero. Negative minutes or prices give the mirror
    image (a credit of 7 minutes is −110.83 where the work was 110.83)."""
    return round_half_up(
        minutes * hourly_price_minor * multiplier_bp, MINUTES_PER_HOUR * BASIS_POINTS
    )


def multiplied_price(hourly_price_minor: int, multiplier_bp: int) -> int:
    """The hourly price of time at a multiplier (after hours ×1.5), as
    printed on the line, rounded half up to the minor unit. The multiplier
    thus acts before the net's one rounding (never on a rounded net), and
    the net is minutes × this printed price ÷ 60, so the line multiplies
    out as read: 1,111.11 × 1.5 = 1,666.665 → 1,666.67/h, and 1:01 of it is
    61 × 166667 ÷ 60 = 169444.78 → 1,694.45."""
    return round_half_up(hourly_price_minor * multiplier_bp, BASIS_POINTS)


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
    unit_price_minor: int  # hourly rate × multiplier (`multiplied_price`)


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
                unit_price_minor=multiplied_price(rate_minor, multiplier),
            )
        )
    return pieces
