"""A visit's minimum charge applies once to the visit's work, not per entry."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.db.session import unit_of_work
from desktop.models import Visit
from desktop.services.billing.labour import assign_billed_minutes
from desktop.services.billing.rounding import RoundingRule
from tests import factories

T = dt.datetime
# Round up to 15 minutes, at least 1 h per visit.
RULE = RoundingRule(increment_min=15, mode="up", scope="entry", minimum_min=60)


def _billed(db, pieces):
    """Entries [(start, minutes, on_site, visit?)] of one client and technician;
    their billed minutes under RULE with the minimum per visit."""
    with unit_of_work(db.sessions) as s:
        setup = factories.billing_shop(s)
        client = factories.client(s)
        site = factories.site(s, client)
        visit = None
        entries = []
        for start, minutes, on_site, in_visit in pieces:
            if in_visit and visit is None:
                visit = Visit(
                    client_id=client.id,
                    site_id=site.id,
                    technician_id=setup.tech.id,
                    arrived_at=start,
                    departed_at=start + dt.timedelta(hours=1),
                )
                s.add(visit)
                s.flush()
            entries.append(
                factories.time_entry(
                    s,
                    setup,
                    client,
                    start,
                    minutes,
                    on_site=on_site,
                    work_type_id=(setup.onsite if on_site else setup.remote).id,
                    visit_id=visit.id if in_visit else None,
                )
            )
        assign_billed_minutes(entries, RULE, "visit")
        return [entry.billed_minutes for entry in entries]


@pytest.mark.parametrize(
    ("pieces", "expected"),
    [
        # 0:20 + 0:10 back to back on site: rounded 15-min up to 30 + 15 = 45,
        # under the 60-min minimum once, so 60 min shared 2:1 by weight
        # (30 : 15) → 40 + 20 = 60 min = 1 h, not 2 × 1 h.
        (
            [(T(2026, 3, 2, 9, 0), 20, True, False), (T(2026, 3, 2, 9, 20), 10, True, False)],
            [40, 20],
        ),
        # The same two entries recorded on one visit: the same 1 h.
        ([(T(2026, 3, 2, 9, 0), 20, True, True), (T(2026, 3, 2, 9, 20), 10, True, True)], [40, 20]),
        # 29 min gap (9:20 → 9:49) is still one visit: 30 + 15 = 45 → 60 min.
        (
            [(T(2026, 3, 2, 9, 0), 20, True, False), (T(2026, 3, 2, 9, 49), 10, True, False)],
            [40, 20],
        ),
        # 30 min gap (9:20 → 9:50) is a second visit: each gets its own 60 min.
        (
            [(T(2026, 3, 2, 9, 0), 20, True, False), (T(2026, 3, 2, 9, 50), 10, True, False)],
            [60, 60],
        ),
        # Remote work is no visit: 20 → 30, 10 → 15, no minimum.
        (
            [(T(2026, 3, 2, 9, 0), 20, False, False), (T(2026, 3, 2, 9, 20), 10, False, False)],
            [30, 15],
        ),
        # A visit of 1:10 is above the minimum: 1:15 rounded, untouched.
        ([(T(2026, 3, 2, 9, 0), 70, True, False)], [75]),
    ],
)
def test_minimum_once_per_visit(db, pieces, expected):
    assert _billed(db, pieces) == expected
