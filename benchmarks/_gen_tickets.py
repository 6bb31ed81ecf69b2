"""Tickets of the ten-year shop with a few timeline events each (the
acknowledgement, the assignment, maybe an escalation, the resolution)."""

from __future__ import annotations

import datetime as dt
import random
from bisect import bisect
from itertools import accumulate
from typing import Any

from _gen_common import CLOCK, MINUTE, contract_on, ts

from desktop.demo import catalog as cat
from desktop.demo import people as ppl
from desktop.demo.schedule import DURATION

TIER_WEIGHTS = (10, 45, 28, 12, 5)
PRIORITY_WEIGHTS = (20, 56, 18, 6)
PRIORITIES = ("low", "normal", "high", "urgent")
RESPONSE_DELAY = {"urgent": (3, 40), "high": (10, 90), "normal": (20, 300), "low": (60, 900)}
PRIORITY_CUM = list(accumulate(PRIORITY_WEIGHTS))
TIER_CUM = list(accumulate(TIER_WEIGHTS))
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
ACTIONS = ppl.ACTIONS
# Work durations drawn once from the demo's triangular distributions (a fixed
# seed): picking from a table is several times cheaper in the hot loop.
SAMPLES = 4096
_DRAW = random.Random(0)
DURATIONS = {
    code: [int(_DRAW.triangular(low, high, mode)) for _ in range(SAMPLES)]
    for code, (low, high, mode) in DURATION.items()
}
TICKET_SHARE = 0.75  # of time entries; the rest is routine and project work
VISIT_SHARE = 0.15  # of tickets with work
NOT_BILLABLE = 0.03  # goodwill work, logged but never billed
# An entry: [id, technician, client meta, ticket id, contract info, visit id,
# work type id, day index, start minute, end minute, raw minutes, billable,
# description, on site].
Entry = list


class TicketMixin:
    """Mixed into WorkPlanner: one ticket, its events and feedback."""

    def _ticket(self, d: int, client: dict[str, Any]) -> None:
        shop, rng, load = self.shop, self.shop.rng, self.shop.loader
        day = shop.calendar.days[d]
        if not client["since"] <= day < client["until"]:
            return
        self.ids["ticket"] += 1
        tid = self.ids["ticket"]
        self.counters[day.year] += 1
        number = f"T{day.year}-{self.counters[day.year]:05d}"
        minute = int(rng.triangular(450, 1000, 540))
        opened = dt.datetime.combine(day, dt.time()) + minute * MINUTE
        priority = PRIORITIES[bisect(PRIORITY_CUM, rng.random() * PRIORITY_CUM[-1])]
        tier = bisect(TIER_CUM, rng.random() * TIER_CUM[-1])
        if rng.random() < 0.22:
            title = rng.choice(ppl.REQUESTS)
        else:
            device = rng.choice(ppl.DEVICES)
            title = f"{device[0].upper()}{device[1:]} {rng.choice(ppl.SYMPTOMS)}"
        self.ticket_labels[tid] = f"{number} {title}"
        contact_id, person = rng.choice(client["contacts"])
        site = rng.choice(client["sites"])
        contract = contract_on(client, day)
        targets = (
            cat.SLA_MANAGED if contract and contract["kind"] == "managed" else (cat.SLA_DEFAULTS)
        )
        response_target, resolution_target = targets[priority]
        first_tech = rng.choice(self.by_tier[1])
        level_tech = rng.choice(self.by_tier[min(max(tier, 1), 3)])
        low, high = RESPONSE_DELAY[priority]
        responded = opened + rng.randrange(low, high) * MINUTE
        events: list[tuple] = []
        self._event(
            events, tid, opened + MINUTE, None, "message_sent", f"Acknowledgement sent to {person}"
        )
        last_end = responded
        done = True
        article = None
        vendor = (None, None, None)
        if tier == 0:
            article = rng.randrange(1, shop.articles + 1)
            last_end = responded + rng.randrange(5, 120) * MINUTE
        else:
            last_end, done, responded = self._ticket_work(
                tid,
                client,
                contract,
                d,
                minute,
                tier,
                first_tech,
                level_tech,
                site,
                contact_id,
                title,
                responded,
            )
        now = dt.datetime.combine(shop.today, dt.time())
        status = "new"
        assigned = None
        if responded < now:
            status, assigned = "open", level_tech if tier > 1 else first_tech
            self._event(
                events,
                tid,
                responded,
                first_tech,
                "assignment",
                "",
                assigned_technician_id=first_tech,
            )
            if tier > 1:
                self._event(
                    events,
                    tid,
                    responded + 5 * MINUTE,
                    first_tech,
                    "escalation",
                    ppl.ESCALATION_REASONS[1],
                    from_tier=1,
                    to_tier=min(tier, 3),
                )
            if tier == 4:
                name, pattern = rng.choice(ppl.VENDORS)
                vendor = (
                    name,
                    pattern.format(n=rng.randrange(10**6, 10**7)),
                    (responded + rng.randint(5, 25) * 24 * 60 * MINUTE).date(),
                )
        resolved = closed = None
        if status == "open" and done and last_end < now:
            resolved = last_end + rng.randrange(5, 90) * MINUTE
            if resolved < now:
                status = "resolved"
                self._event(
                    events,
                    tid,
                    resolved,
                    assigned,
                    "status_change",
                    "",
                    from_status="open",
                    to_status="resolved",
                )
                if rng.random() < 0.1:
                    self._feedback(events, tid, resolved, now)
                if resolved + 5 * 24 * 60 * MINUTE < now:
                    status, closed = "closed", resolved + 5 * 24 * 60 * MINUTE
            else:
                resolved = None
        elif status == "open" and tier == 4:
            status = "waiting_vendor"
        elif status == "open" and rng.random() < 0.3:
            status = "waiting_customer"
        if assigned is not None and rng.random() < 0.25:
            self._event(
                events,
                tid,
                responded + 2 * MINUTE,
                assigned,
                "internal_note",
                rng.choice(ppl.ACTIONS) + ".",
            )
        first_due = opened + response_target * MINUTE
        resolution_due = opened + resolution_target * MINUTE
        affected = rng.choice(("one user", "two users", "the whole office"))
        description = (
            f"{person} reports: {title.lower()}. Noticed "
            f"{WEEKDAYS[day.weekday()]} {CLOCK[minute][1:6]}; affects {affected}."
        )
        load.add(
            "tickets",
            (
                tid,
                1,
                ts(opened),
                ts(closed or resolved or opened),
                number,
                title,
                description,
                client["id"],
                site[0],
                contact_id,
                contract["id"] if contract else None,
                status,
                priority,
                tier,
                assigned,
                vendor[0],
                vendor[1],
                vendor[2].isoformat() if vendor[2] else None,
                ts(opened),
                ts(responded) if responded < now else None,
                ts(resolved) if resolved else None,
                ts(closed) if closed else None,
                ts(first_due),
                ts(resolution_due),
                0,
                ts(opened + response_target * 3 // 4 * MINUTE),
                ts(opened + resolution_target * 3 // 4 * MINUTE),
                None,
                article,
            ),
        )
        for row in events:
            load.add("ticket_events", row)

    def _event(self, events, ticket, at, tech, kind, body, **extra) -> None:
        self.ids["event"] += 1
        events.append(
            (
                self.ids["event"],
                ticket,
                ts(at),
                tech,
                kind,
                body,
                extra.get("from_tier"),
                extra.get("to_tier"),
                extra.get("from_status"),
                extra.get("to_status"),
                extra.get("assigned_technician_id"),
            )
        )

    def _feedback(self, events, ticket, resolved, now) -> None:
        rng = self.shop.rng
        rating = rng.choices((5, 4, 3, 2, 1), (55, 28, 10, 4, 3))[0]
        received = resolved + rng.randrange(30, 3 * 24 * 60) * MINUTE
        if received >= now:
            return
        comment = rng.choice(ppl.FEEDBACK[rating])
        self.ids["feedback"] += 1
        self.feedback.append(
            {
                "id": self.ids["feedback"],
                "ticket_id": ticket,
                "rating": rating,
                "comment": comment,
                "received_at": received,
            }
        )
        self._event(
            events, ticket, received, None, "feedback", f"Rating {rating}/5. {comment}".strip()
        )
