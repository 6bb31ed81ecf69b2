"""Which time entries make up one visit, for a minimum charged per visit.

Entries recorded on a visit belong to it. On-site entries without a visit
record still form one visit when they follow each other closely: same
client and technician, each starting less than 30 minutes after the
previous one ended (a technician who logs 0:20 and then 0:10 at the same
desk made one trip, not two). Remote work is no visit and takes no visit
minimum."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from desktop.models import TimeEntry

BACK_TO_BACK = dt.timedelta(minutes=30)


def visit_groups(entries: list[TimeEntry]) -> list[list[TimeEntry]]:
    """The visits among `entries`; remote entries outside a visit are left out."""
    by_visit: dict[int, list[TimeEntry]] = defaultdict(list)
    loose: dict[tuple[int, int], list[TimeEntry]] = defaultdict(list)
    for entry in entries:
        if entry.visit_id is not None:
            by_visit[entry.visit_id].append(entry)
        elif entry.on_site:
            loose[(entry.client_id, entry.technician_id)].append(entry)
    groups = list(by_visit.values())
    for run in loose.values():
        run.sort(key=lambda e: (e.started_at, e.id))
        current = [run[0]]
        for entry in run[1:]:
            if entry.started_at - max(e.ended_at for e in current) < BACK_TO_BACK:
                current.append(entry)
            else:
                groups.append(current)
                current = [entry]
        groups.append(current)
    return groups
