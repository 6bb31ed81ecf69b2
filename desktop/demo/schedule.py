"""Scheduling for the demo generators: working days, business minutes and
each technician's booked intervals per day.

Work goes into the first free gap of a technician's day, so one person's
entries do not overlap and the days look like real days."""

from __future__ import annotations

import datetime as dt

from desktop.demo.plan import Plan, stamp

MINUTE = dt.timedelta(minutes=1)
DAY = dt.timedelta(days=1)
CLOSED_DAYS = {(1, 1), (1, 6), (5, 1), (6, 6), (12, 24), (12, 25), (12, 26), (12, 31)}
# Technicians (positions in demo_people.TECHNICIANS) working at each tier.
TIER_STAFF = {1: (0, 1, 2), 2: (1, 2, 3, 4), 3: (3, 4)}
DURATION = {
    "remote": (6, 90, 18),
    "workshop": (20, 150, 45),
    "onsite": (30, 210, 70),
    "emergency": (25, 150, 50),
    "project": (45, 240, 110),
}


def workday(day: dt.date) -> bool:
    return day.weekday() < 5 and (day.month, day.day) not in CLOSED_DAYS


def next_workday(day: dt.date) -> dt.date:
    day += DAY
    while not workday(day):
        day += DAY
    return day


def add_business_minutes(start: dt.datetime, minutes: int) -> dt.datetime:
    """`start` plus business minutes (Mon–Fri 08:00–17:00): SLA due times."""
    moment = start
    while True:
        if workday(moment.date()):
            opens = dt.datetime.combine(moment.date(), dt.time(8, 0))
            closes = dt.datetime.combine(moment.date(), dt.time(17, 0))
            moment = max(moment, opens)
            if moment < closes:
                left = int((closes - moment) / MINUTE)
                if minutes <= left:
                    return moment + minutes * MINUTE
                minutes -= left
        moment = dt.datetime.combine(moment.date() + DAY, dt.time(0, 0))


class Work:
    """Generation state: the plan, 'now' and each technician's booked day."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.rng = plan.rng
        self.now = dt.datetime.combine(plan.today, dt.time(0, 0))
        # Booked intervals per technician and day, kept sorted.
        self.busy: dict[tuple[int, dt.date], list[tuple[dt.datetime, dt.datetime]]] = {}
        self.wt = plan.work_type_index
        self.sites = plan.table("sites")
        self.contacts = plan.table("contacts")

    def contract_on(self, client: int, day: dt.date) -> int | None:
        for contract in self.plan.client_meta[client]["contracts"]:
            meta = self.plan.contract_meta[contract]
            if meta["starts"] <= day and (meta["ends"] is None or day <= meta["ends"]):
                return contract
        return None

    def slot(
        self,
        tech: int,
        day: dt.date,
        earliest: dt.datetime,
        minutes: int,
        travel: int = 0,
        pushed: int = 0,
    ) -> dt.datetime:
        """When `tech` can start `minutes` of work on `day`, not before `earliest`,
        in the first gap of their day (with `travel` minutes before and after).

        A day full until 18:00 pushes the work to the next working day; after
        two pushes it goes into the evening, as busy people do, so a busy week
        never leaves tickets untouched for a month."""
        day = max(day, earliest.date())
        if not workday(day):
            day = next_workday(day)
        opens = dt.datetime.combine(day, dt.time(8, 0)) + self.rng.randrange(0, 40) * MINUTE
        need = (2 * travel + minutes) * MINUTE
        begin = max(opens, earliest - travel * MINUTE)
        busy = self.busy.setdefault((tech, day), [])
        for taken_from, taken_to in busy:
            if begin + need <= taken_from:
                break
            begin = max(begin, taken_to)
        if begin.hour >= 18 and pushed < 2:
            day = next_workday(day)
            return self.slot(
                tech, day, dt.datetime.combine(day, dt.time(0, 0)), minutes, travel, pushed + 1
            )
        self.book(tech, begin, begin + need + self.rng.randrange(5, 30) * MINUTE)
        return begin + travel * MINUTE

    def book(self, tech: int, start: dt.datetime, end: dt.datetime) -> None:
        """Mark [start, end) as taken in the technician's day."""
        busy = self.busy.setdefault((tech, start.date()), [])
        busy.append((start, end))
        busy.sort()

    def pick(self, preferred: int, level: int, day: dt.date) -> int:
        """The preferred technician, unless their day is well filled: then
        whoever of the same tier has the least booked that day."""

        def load(tech: int) -> int:
            return sum(int((b - a) / MINUTE) for a, b in self.busy.get((tech, day), ()))

        if load(preferred) < 5 * 60:
            return preferred
        return min(TIER_STAFF[level], key=lambda t: (load(t), t))

    def duration(self, code: str) -> int:
        low, high, mode = DURATION[code]
        return int(self.rng.triangular(low, high, mode))

    def entry(
        self,
        tech: int,
        client: int,
        ticket: int | None,
        visit: int | None,
        code: str,
        start: dt.datetime,
        minutes: int,
        description: str,
    ) -> int:
        end = start + minutes * MINUTE
        goodwill = self.rng.random() < 0.03
        return self.plan.add(
            "time_entries",
            stamp(
                {
                    "technician_id": tech,
                    "client_id": client,
                    "ticket_id": ticket,
                    "contract_id": self.contract_on(client, start.date()),
                    "visit_id": visit,
                    "work_type_id": self.wt[code],
                    "started_at": start,
                    "ended_at": end,
                    "raw_minutes": minutes,
                    "billed_minutes": None,
                    "rounding_rule": None,
                    "on_site": code == "onsite",
                    "travel_minutes": 0,
                    "travel_distance_m": 0,
                    "billable": code != "internal" and not goodwill,
                    "rate_minor": None,
                    "description": description + (" (goodwill, not billed)" if goodwill else ""),
                    "invoice_line_id": None,
                },
                end,
            ),
        )
