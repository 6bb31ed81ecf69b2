"""Tickets with a few timeline events, on-site visits and time entries, day by
day over ten years. Tickets and visits are written at once; time entries
wait in per-month buckets until _gen_billing has billed their month."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from itertools import accumulate
from typing import Any

from _gen_common import CLOCK, EVENT_COLUMNS, MINUTE, TICKET_COLUMNS, contract_on, ts
from _gen_reference import Shop
from _gen_tickets import (
    ACTIONS,
    DURATIONS,
    NOT_BILLABLE,
    SAMPLES,
    TICKET_SHARE,
    TIER_WEIGHTS,
    VISIT_SHARE,
    Entry,
    TicketMixin,
)

from desktop.demo import people as ppl
from desktop.demo.schedule import DURATION


class WorkPlanner(TicketMixin):
    """Generates the work of each working day and hands finished months over."""

    def __init__(self, shop: Shop, tickets: int, entries: int) -> None:
        self.shop = shop
        cal = shop.calendar
        days = len(cal.days)
        load = shop.loader
        load.columns("tickets", TICKET_COLUMNS)
        load.columns("ticket_events", EVENT_COLUMNS)
        # The shop grows: a day at the end sees three times the work of the first.
        weights = [1 + 2 * i / max(1, days - 1) for i in range(days)]
        self.tickets_per_day = _spread(tickets, weights)
        worked = tickets * (1 - TIER_WEIGHTS[0] / sum(TIER_WEIGHTS))
        self.mean_entries = max(1.0, entries * TICKET_SHARE / max(1.0, worked))
        self.routine_per_day = _spread(int(entries * (1 - TICKET_SHARE)), weights)
        self.month_of = [d.year * 12 + d.month - 1 for d in cal.days]
        self.pending: dict[int, list[Entry]] = defaultdict(list)
        self.ids = {"ticket": 0, "event": 0, "visit": 0, "feedback": 0}
        self.entry_id = 0
        self.counters: dict[int, int] = defaultdict(int)  # ticket numbers per year
        self.by_tier = defaultdict(list)
        for tech, tier in shop.technicians:
            self.by_tier[min(max(tier, 1), 3)].append(tech)
        self.wt = shop.work_types
        self.active: list[dict[str, Any]] = []
        self.cum: list[float] = []
        self.visits: list[tuple] = []
        self.feedback: list[dict[str, Any]] = []
        self.ticket_labels: dict[int, str] = {}  # "T2024-00042 Outlook is very slow"

    def set_month(self, first_day: dt.date) -> None:
        """Clients active this month, weighted (bigger clients call more)."""
        self.active = [c for c in self.shop.clients if c["since"] <= first_day < c["until"]]
        self.active = self.active or self.shop.clients[:1]
        self.cum = list(accumulate(c["weight"] for c in self.active))

    def day(self, d: int) -> None:
        rng = self.shop.rng
        picks = rng.choices(self.active, cum_weights=self.cum, k=self.tickets_per_day[d])
        for client in picks:
            self._ticket(d, client)
        routine = self.routine_per_day[d]
        if routine:
            for client in rng.choices(self.active, cum_weights=self.cum, k=routine):
                self._routine(d, client)

    # -- tickets ---------------------------------------------------------------

    def _ticket_work(
        self,
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
    ):
        """Entries (and maybe a visit) of one ticket; returns the end of the
        last work, whether all of it is done by today, and the response time."""
        rng = self.shop.rng
        cal = self.shop.calendar
        count = 1 + int(rng.random() * (2 * self.mean_entries - 1))
        span = rng.randrange(0, 3) + count // 5
        offsets = sorted(rng.randrange(span + 1) for _ in range(count))
        visit_at = rng.randrange(count) if rng.random() < VISIT_SHARE else None
        hardware = "replacing" in title or "does not start" in title
        last = len(cal.days)
        last_end = None
        first_start = None
        escalate = count // 3 if tier > 1 else count
        visit_done = False
        finished = False
        for position, offset in enumerate(offsets):
            di = d + offset
            if di >= last:
                break
            tech = first_tech if position < escalate else level_tech
            if di == d:
                start = minute + 5 + int(rng.random() * max(1, 1080 - minute))
            else:
                start = 450 + int(rng.random() * 600)
            if position == visit_at and not visit_done:
                visit_done = True
                end = self._visit(tid, client, contract, di, start, tech, site, contact_id)
            else:
                code = (
                    "workshop"
                    if hardware and rng.random() < 0.5
                    else ("project" if rng.random() < 0.06 else "remote")
                )
                raw = DURATIONS[code][int(rng.random() * SAMPLES)]
                end = start + raw
                self._entry(
                    tech,
                    client,
                    tid,
                    contract,
                    None,
                    self.wt[code],
                    di,
                    start,
                    end,
                    ACTIONS[int(rng.random() * len(ACTIONS))],
                )
            if first_start is None:
                first_start = (di, start)
            last_end = (di, end)
            finished = position == count - 1
        if first_start is not None:
            di, start = first_start
            responded = min(
                responded, dt.datetime.combine(cal.days[di], dt.time()) + start * MINUTE
            )
        if last_end is None:
            return responded, finished, responded
        di, end = last_end
        return dt.datetime.combine(cal.days[di], dt.time()) + end * MINUTE, finished, responded

    def _visit(self, tid, client, contract, di, start, tech, site, contact_id) -> int:
        """An on-site visit with one or two on-site entries; returns its end minute."""
        rng = self.shop.rng
        self.ids["visit"] += 1
        vid = self.ids["visit"]
        site_id, metres, travel = site
        low, high, mode = DURATION["onsite"]
        start = min(start, 1005)  # two long entries still end before midnight
        minute = start
        summary = []
        for _ in range(rng.choice((1, 1, 2))):
            raw = int(rng.triangular(low, high, mode))
            action = rng.choice(ppl.ACTIONS)
            summary.append(action)
            self._entry(
                tech,
                client,
                tid,
                contract,
                vid,
                self.wt["onsite"],
                di,
                minute,
                minute + raw,
                action,
            )
            minute += raw
        day = self.shop.calendar.days[di]
        arrived = dt.datetime.combine(day, dt.time()) + start * MINUTE
        departed = dt.datetime.combine(day, dt.time()) + (minute + 5) * MINUTE
        self.visits.append(
            (
                vid,
                1,
                ts(departed),
                ts(departed),
                client["id"],
                site_id,
                contact_id,
                tech,
                ts(arrived),
                ts(departed),
                2 * travel,
                2 * metres,
                "; ".join(summary),
                None,
                None,
                None,
            )
        )
        return minute

    def _entry(self, tech, client, tid, contract, vid, wt, di, start, end, text) -> None:
        self.entry_id += 1
        billable = self.shop.rng.random() >= NOT_BILLABLE
        self.pending[self.month_of[di]].append(
            [
                self.entry_id,
                tech,
                client,
                tid,
                contract,
                vid,
                wt,
                di,
                start,
                end,
                end - start,
                billable,
                text if billable else f"Goodwill, not billed: {text}",
                vid is not None,
            ]
        )

    def _routine(self, d: int, client: dict[str, Any]) -> None:
        """Work outside tickets: maintenance under contracts, projects otherwise."""
        rng = self.shop.rng
        day = self.shop.calendar.days[d]
        if not client["since"] <= day < client["until"]:
            return
        contract = contract_on(client, day)
        if contract is not None and contract["kind"] in ("managed", "term"):
            code, text = "remote", rng.choice(ppl.MAINTENANCE_WORK)
        elif rng.random() < 0.5:
            code, text = "project", rng.choice(ppl.PROJECT_WORK)
        else:
            code, text = "remote", rng.choice(ppl.MAINTENANCE_WORK)
        raw = DURATIONS[code][int(rng.random() * SAMPLES)]
        start = 450 + int(rng.random() * 600)
        tech = self.shop.technicians[int(rng.random() * len(self.shop.technicians))][0]
        self._entry(tech, client, None, contract, None, self.wt[code], d, start, start + raw, text)

    def entry_times(self, entry: Entry) -> tuple[str, str]:
        day = self.shop.calendar.text[entry[7]]
        return day + CLOCK[entry[8]], day + CLOCK[entry[9]]


def _spread(total: int, weights: list[float]) -> list[int]:
    """Whole counts per day, proportional to the weights, adding up to total."""
    scale = total / sum(weights) if weights else 0
    counts, carried, done = [], 0.0, 0
    for weight in weights:
        carried += weight * scale
        whole = int(carried + 1e-9) - done
        counts.append(whole)
        done += whole
    if counts:
        counts[-1] += total - done
    return counts
