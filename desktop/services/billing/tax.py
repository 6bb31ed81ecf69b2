"""Line nets and the VAT summary as EN 16931 wants them: each line net is
rounded to the currency's minor unit, VAT is computed once per rate on the
sum of that rate's line nets and rounded then — never per line. A credit
note's line may carry a VAT adjustment of its group (the cent residue that
keeps a sequence of credit notes within the VAT invoiced, see
credit_shares.vat_adjustments); it is added to the group's VAT as stored."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from desktop.services.common.money import round_half_up

BASIS_POINTS = 10_000
MILLI = 1_000


@dataclass(frozen=True)
class TaxableLine:
    net_minor: int
    rate_bp: int
    category: str = "S"
    exemption_reason: str | None = None
    vat_adjust_minor: int = 0


@dataclass(frozen=True)
class VatGroup:
    category: str
    rate_bp: int
    taxable_minor: int
    tax_minor: int
    exemption_reason: str | None = None


@dataclass(frozen=True)
class Totals:
    net_minor: int
    tax_minor: int
    groups: tuple[VatGroup, ...]

    @property
    def total_minor(self) -> int:
        return self.net_minor + self.tax_minor


def line_net(quantity_milli: int, unit_price_minor: int) -> int:
    """quantity × unit price, rounded half up to the minor unit."""
    return round_half_up(quantity_milli * unit_price_minor, MILLI)


def vat_key(line: TaxableLine) -> tuple[str, int, str | None]:
    """The VAT group a line belongs to."""
    return (line.category, line.rate_bp, line.exemption_reason)


def group_vat(taxable_minor: int, rate_bp: int) -> int:
    """A group's VAT before adjustments: its net × rate, rounded half up once."""
    return round_half_up(taxable_minor * rate_bp, BASIS_POINTS)


def taxable(line: Any) -> TaxableLine:
    """An InvoiceLine (or any row with its VAT columns) as a TaxableLine."""
    return TaxableLine(
        line.net_minor,
        line.vat_rate_bp,
        line.vat_category,
        line.vat_exemption_reason,
        line.vat_adjust_minor or 0,
    )


def vat_summary(lines: Iterable[TaxableLine]) -> Totals:
    """Group line nets by (category, rate), then compute each group's VAT once
    (plus the group's stored adjustments, non-zero on credit notes only)."""
    sums: dict[tuple[str, int, str | None], int] = {}
    adjustments: dict[tuple[str, int, str | None], int] = {}
    for line in lines:
        key = vat_key(line)
        sums[key] = sums.get(key, 0) + line.net_minor
        adjustments[key] = adjustments.get(key, 0) + line.vat_adjust_minor
    groups = tuple(
        VatGroup(
            category=category,
            rate_bp=rate,
            taxable_minor=taxable,
            tax_minor=group_vat(taxable, rate) + adjustments[(category, rate, reason)],
            exemption_reason=reason,
        )
        for (category, rate, reason), taxable in sorted(
            sums.items(), key=lambda item: (-item[0][1], item[0][0])
        )
    )
    return Totals(
        net_minor=sum(group.taxable_minor for group in groups),
        tax_minor=sum(group.tax_minor for group in groups),
        groups=groups,
    )
