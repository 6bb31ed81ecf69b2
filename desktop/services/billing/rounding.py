"""Billed time from raw time: increments, modes and minimum charges.

Raw minutes are never changed; the billed minutes and a description of the
rule that produced them are stored beside them."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.services.billing.pricing import share_out

INCREMENTS = (1, 6, 10, 15, 30, 60)
MODES = ("up", "nearest", "down")
SCOPES = ("entry", "visit", "ticket")


@dataclass(frozen=True)
class RoundingRule:
    increment_min: int = 15
    mode: str = "up"
    scope: str = "entry"
    minimum_min: int = 0

    def __post_init__(self) -> None:
        if self.increment_min not in INCREMENTS:
            raise ValueError(f"increment must be one of {INCREMENTS} minutes")
        if self.mode not in MODES:
            raise ValueError(f"rounding mode must be one of {MODES}")
        if self.scope not in SCOPES:
            raise ValueError(f"rounding scope must be one of {SCOPES}")
        if self.minimum_min < 0:
            raise ValueError("a minimum charge cannot be negative")

    def describe(self) -> str:
        """Short text stored with each billed entry, e.g. '15 min up/entry, min 60'."""
        text = f"{self.increment_min} min {self.mode}/{self.scope}"
        return f"{text}, min {self.minimum_min}" if self.minimum_min else text


def round_minutes(raw: int, increment: int, mode: str) -> int:
    """Round a non-negative number of minutes to the increment."""
    if raw < 0:
        raise ValueError("minutes cannot be negative")
    whole, rest = divmod(raw, increment)
    if rest == 0 or mode == "down":
        return whole * increment
    if mode == "up" or (mode == "nearest" and rest * 2 >= increment):
        return (whole + 1) * increment
    return whole * increment


def bill_entry(raw: int, rule: RoundingRule) -> int:
    """Billed minutes of one entry rounded on its own (scope 'entry')."""
    billed = round_minutes(raw, rule.increment_min, rule.mode)
    return max(billed, rule.minimum_min) if raw > 0 else billed


def bill_group(raws: list[int], rule: RoundingRule) -> list[int]:
    """Billed minutes for entries rounded together (one visit or one ticket).

    The group total is rounded once and the minimum applied to it; the total
    is then shared out in proportion to raw time, by largest remainder, so the
    entries' billed minutes add up exactly to the billed total."""
    return share_out(bill_entry(sum(raws), rule), raws)
