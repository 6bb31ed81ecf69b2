"""Demo tickets with their timelines, the time technicians spent on them and
on-site visits; then the work outside tickets (demo_routine).

Work stays between a ticket's opening and its resolution; escalations move
it up the tiers to the technicians of that tier (demo_schedule)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from desktop.demo import catalog as cat
from desktop.demo import people as ppl
from desktop.demo.plan import Plan, stamp
from desktop.demo.routine import (
    add_material,
    plan_licences,
    plan_maintenance,
    plan_projects,
)
from desktop.demo.schedule import (
    DAY,
    MINUTE,
    TIER_STAFF,
    Work,
    add_business_minutes,
    next_workday,
    workday,
)
from desktop.demo.signature import signature_png

TICKETS = 2000
TIER_WEIGHTS = (10, 45, 28, 12, 5)
ENTRIES_PER_TIER = {1: (1, 5), 2: (3, 9), 3: (5, 14), 4: (4, 10)}
RESPONSE_DELAY = {"urgent": (3, 40), "high": (10, 90), "normal": (20, 300), "low": (60, 900)}
NEARBY_KM = 120


def plan_work(plan: Plan) -> None:
    """Tickets, events, feedback, visits, time entries and materials."""
    work = Work(plan)
    rng = plan.rng
    openings = []
    for _ in range(TICKETS):
        # Skewed towards recent months: the shop is growing.
        day = plan.start + dt.timedelta(
            days=int((plan.today - plan.start).days * rng.random() ** 0.8)
        )
        if rng.random() < 0.92:
            while not workday(day):
                day -= DAY
            minute = int(rng.triangular(450, 1020, 540))
            after_hours = False
        else:
            minute = (
                rng.randrange(18 * 60, 23 * 60) if workday(day) else rng.randrange(9 * 60, 22 * 60)
            )
            after_hours = True
        opened = dt.datetime.combine(day, dt.time(0, 0)) + minute * MINUTE
        openings.append((min(opened, work.now - 30 * MINUTE), after_hours))
    openings.sort()
    weights = [m["weight"] for m in plan.client_meta]
    counters: dict[int, int] = {}
    for opened, after_hours in openings:
        while True:
            client = rng.choices(range(len(weights)), weights)[0]
            archived_on = plan.client_meta[client]["archived_on"]
            if archived_on is None or opened.date() < archived_on - 10 * DAY:
                break
        year = opened.year
        counters[year] = counters.get(year, 0) + 1
        _plan_ticket(work, client, opened, after_hours, f"T{year}-{counters[year]:05d}")
    for year, used in sorted(counters.items()):
        plan.add("counters", {"name": f"ticket:{year}", "next_value": used + 1})
    plan_projects(work)
    plan_maintenance(work)
    plan_licences(work)


def _plan_ticket(
    work: Work, client: int, opened: dt.datetime, after_hours: bool, number: str
) -> None:
    plan, rng = work.plan, work.rng
    meta = plan.client_meta[client]
    contacts = [c for c in meta["contacts"] if not work.contacts[c]["archived"]]
    contact = rng.choice(contacts)
    site = rng.choice(meta["sites"])
    tier = rng.choices(range(5), TIER_WEIGHTS)[0]
    if after_hours:
        priority = rng.choice(("urgent", "urgent", "high"))
        tier = max(tier, 1)
    else:
        priority = rng.choices(("low", "normal", "high", "urgent"), (20, 56, 18, 6))[0]
    if rng.random() < 0.22:
        title = rng.choice(ppl.REQUESTS)
        device = "request"
    else:
        device, symptom = rng.choice(ppl.DEVICES), rng.choice(ppl.SYMPTOMS)
        title = f"{device[0].upper()}{device[1:]} {symptom}"
    person = work.contacts[contact]["name"]
    description = (
        f"{person} reports: {title.lower()}. Noticed {opened:%A %H:%M}; "
        f"affects {rng.choice(('one user', 'two users', 'the whole office'))}."
    )
    contract = work.contract_on(client, opened.date())
    managed = contract is not None and plan.contract_meta[contract]["kind"] == "managed"
    response_target, resolution_target = (cat.SLA_MANAGED if managed else cat.SLA_DEFAULTS)[
        priority
    ]
    ticket = plan.add("tickets", {})  # filled in below, once the timeline is known
    events: list[dict[str, Any]] = []

    def event(at: dt.datetime, kind: str, tech: int | None, body: str = "", **extra) -> None:
        row = {
            "ticket_id": ticket,
            "at": at,
            "technician_id": tech,
            "kind": kind,
            "body": body,
            "from_tier": None,
            "to_tier": None,
            "from_status": None,
            "to_status": None,
            "assigned_technician_id": None,
        }
        row.update(extra)
        events.append(row)

    event(opened + MINUTE, "message_sent", None, f"Acknowledgement sent to {person}")
    low, high = RESPONSE_DELAY[priority]
    responded = opened + rng.randrange(low, high) * MINUTE
    if not after_hours:
        responded = max(responded, add_business_minutes(opened, 0))
    if opened > work.now - 3 * 24 * 60 * MINUTE and rng.random() < 0.5:
        responded = work.now  # nobody has picked it up yet
    lang_staff = {"pl": 2, "el": 3}.get(meta["lang"])
    staff = {
        level: (
            lang_staff
            if lang_staff is not None and rng.random() < 0.6 and lang_staff in TIER_STAFF[level]
            else rng.choice(TIER_STAFF[level])
        )
        for level in (1, 2, 3)
    }
    row: dict[str, Any] = {
        "number": number,
        "title": title,
        "description": description,
        "client_id": client,
        "site_id": site,
        "contact_id": contact,
        "contract_id": contract,
        "priority": priority,
        "tier": tier,
        "vendor_name": None,
        "vendor_case_ref": None,
        "vendor_promised_on": None,
        "opened_at": opened,
        "first_response_at": None,
        "resolved_at": None,
        "closed_at": None,
        "first_response_due_at": add_business_minutes(opened, response_target),
        "resolution_due_at": add_business_minutes(opened, resolution_target),
        "sla_paused_minutes": 0,
        "solved_by_article_id": None,
        "assigned_technician_id": None,
    }
    stamp(row, opened)
    status = "new"
    tech = staff[1]
    last_end = opened
    finished = True
    if responded < work.now:
        row["first_response_at"] = responded
        row["assigned_technician_id"] = tech
        event(responded, "assignment", tech, "", assigned_technician_id=tech)
        event(responded, "status_change", tech, "", from_status="new", to_status="open")
        status = "open"
        last_end = responded
    articles = len(plan.table("knowledge_articles"))
    if status == "new":
        row["tier"] = min(tier, 1)
    if tier == 0 and status == "open":
        row["solved_by_article_id"] = rng.randrange(articles)
        row["assigned_technician_id"] = staff[1]
        last_end = responded + rng.randrange(5, 120) * MINUTE
        event(
            responded + MINUTE,
            "public_note",
            tech,
            "Sent the link to the known-error article; the user fixed it themselves.",
        )
    elif status == "open":
        row["tier"] = 1
        status, last_end, tech, finished = _plan_ticket_work(
            work, client, ticket, row, staff, tier, after_hours, site, event, responded
        )
    if status == "open" and finished and last_end < work.now:
        resolved = last_end + rng.randrange(5, 90) * MINUTE
        if resolved < work.now:
            status = _resolve(work, row, events, event, tech, resolved, person)
    elif status == "open" and rng.random() < 0.35:
        at = max(last_end, responded) + 10 * MINUTE
        if at < work.now:
            event(
                at,
                "status_change",
                tech,
                "Asked the user for a screenshot.",
                from_status="open",
                to_status="waiting_customer",
            )
            status = "waiting_customer"
    if tier in (1, 2) and status in ("resolved", "closed") and rng.random() < 0.15:
        row["solved_by_article_id"] = rng.randrange(articles)
    row["status"] = status
    plan.table("tickets")[ticket] = row
    events.sort(key=lambda e: e["at"])
    plan.table("ticket_events").extend(events)


def _plan_ticket_work(
    work: Work,
    client: int,
    ticket: int,
    row: dict[str, Any],
    staff: dict[int, int],
    tier: int,
    after_hours: bool,
    site: int,
    event: Any,
    responded: dt.datetime,
) -> tuple[str, dt.datetime, int, bool]:
    """Time entries (and maybe a visit) for one ticket, with its escalations.

    Returns the ticket's status so far ('open' or 'waiting_vendor'), the end of
    the last work, the technician holding the ticket and whether all planned
    work was done before 'now' (if not, the ticket is still in progress)."""
    rng = work.rng
    low, high = ENTRIES_PER_TIER[tier]
    count = rng.randint(low, high)
    levels = list(range(1, min(tier, 3) + 1))
    # Entries per level: the work done before each escalation.
    per_level = [1] * len(levels)
    for _ in range(max(0, count - len(levels))):
        per_level[rng.randrange(len(levels))] += 1
    nearby = work.sites[site]["distance_m"] <= NEARBY_KM * 1000
    visit_at = (
        rng.randrange(count) if nearby and tier in (1, 2, 3) and rng.random() < 0.55 else None
    )
    hardware = "replacing" in row["title"] or "does not start" in row["title"]
    earliest = responded
    day = responded.date()
    tech = staff[1]
    position = 0
    status = "open"
    last_end = responded
    for level_index, level in enumerate(levels):
        tech = staff[level]
        for _ in range(per_level[level_index]):
            tech = work.pick(staff[level], level, day)
            if position == 0 and after_hours:
                minutes = work.duration("emergency")
                start = earliest + rng.randrange(5, 30) * MINUTE
                work.entry(
                    tech,
                    client,
                    ticket,
                    None,
                    "emergency",
                    start,
                    minutes,
                    "Emergency call-out: " + rng.choice(ppl.ACTIONS).lower(),
                )
                end = start + minutes * MINUTE
                work.book(tech, start, end)
            elif position == visit_at:
                end = _plan_visit(work, tech, client, ticket, row, site, day, earliest)
            else:
                code = "workshop" if hardware and rng.random() < 0.4 else "remote"
                minutes = work.duration(code)
                start = work.slot(tech, day, earliest, minutes)
                if start >= work.now:
                    return status, last_end, tech, False
                work.entry(
                    tech, client, ticket, None, code, start, minutes, rng.choice(ppl.ACTIONS)
                )
                end = start + minutes * MINUTE
                if rng.random() < 0.6:
                    kind = "internal_note" if rng.random() < 0.6 else "public_note"
                    event(end, kind, tech, rng.choice(ppl.ACTIONS) + ".")
                if hardware and code == "workshop" and rng.random() < 0.85:
                    add_material(work, client, ticket, None, tech, end.date())
            if end >= work.now:
                return status, last_end, tech, False
            last_end = end
            position += 1
            earliest = end + rng.randrange(10, 60) * MINUTE
            gap = rng.choice((0, 0, 1, 1, 2)) if level < 3 else rng.choice((0, 1, 2, 4))
            day = earliest.date()
            for _ in range(gap):
                day = next_workday(day)
            if not workday(day):
                day = next_workday(day)
            earliest = max(earliest, dt.datetime.combine(day, dt.time(0, 0)))
        escalate_to = level + 1 if level < 3 else (4 if tier == 4 else None)
        if escalate_to is None or escalate_to > tier:
            continue
        at = last_end + work.rng.randrange(5, 30) * MINUTE
        if at >= work.now:
            return status, last_end, tech, False
        event(
            at,
            "escalation",
            tech,
            ppl.ESCALATION_REASONS[level],
            from_tier=level,
            to_tier=escalate_to,
        )
        row["tier"] = escalate_to  # the tier the ticket has reached so far
        if escalate_to <= 3:
            event(at, "assignment", tech, "", assigned_technician_id=staff[escalate_to])
            row["assigned_technician_id"] = staff[escalate_to]
        else:
            vendor, pattern = rng.choice(ppl.VENDORS)
            row["vendor_name"] = vendor
            row["vendor_case_ref"] = pattern.format(n=rng.randrange(10**6, 10**7))
            wait = rng.randint(5, 25)
            row["vendor_promised_on"] = at.date() + wait * DAY
            event(
                at,
                "status_change",
                tech,
                f"Case opened with {vendor}.",
                from_status="open",
                to_status="waiting_vendor",
            )
            answered = at + (wait + rng.randint(-3, 6)) * DAY
            if answered >= work.now or rng.random() < 0.12:
                return "waiting_vendor", last_end, tech, False
            event(
                answered,
                "status_change",
                tech,
                f"{vendor} sent a fix.",
                from_status="waiting_vendor",
                to_status="open",
            )
            day = answered.date() if workday(answered.date()) else next_workday(answered.date())
            minutes = work.duration("remote")
            start = work.slot(tech, day, answered, minutes)
            if start >= work.now:
                return "open", last_end, tech, False
            work.entry(
                tech,
                client,
                ticket,
                None,
                "remote",
                start,
                minutes,
                f"Applied the fix from {vendor} and tested",
            )
            last_end = start + minutes * MINUTE
    return status, last_end, tech, True


def _plan_visit(
    work: Work,
    tech: int,
    client: int,
    ticket: int,
    row: dict[str, Any],
    site: int,
    day: dt.date,
    earliest: dt.datetime,
) -> dt.datetime:
    """An on-site visit with one or two on-site entries; returns the departure."""
    plan, rng = work.plan, work.rng
    travel = work.sites[site]["travel_minutes"]
    parts = [work.duration("onsite") for _ in range(rng.choice((1, 1, 2)))]
    arrived = work.slot(tech, day, earliest, sum(parts) + travel, travel)
    if arrived >= work.now:
        return arrived
    visit = len(plan.table("visits"))
    start = arrived
    summary = []
    for minutes in parts:
        action = rng.choice(ppl.ACTIONS)
        summary.append(action)
        work.entry(tech, client, ticket, visit, "onsite", start, minutes, action)
        start += minutes * MINUTE
    departed = start + rng.randrange(2, 10) * MINUTE
    signed = departed < work.now and rng.random() < 0.7
    contact = work.contacts[row["contact_id"]]["name"]
    plan.add(
        "visits",
        stamp(
            {
                "client_id": client,
                "site_id": site,
                "contact_id": row["contact_id"],
                "technician_id": tech,
                "arrived_at": arrived,
                "departed_at": departed,
                "travel_minutes": 2 * travel,
                "travel_distance_m": 2 * work.sites[site]["distance_m"],
                "work_summary": "; ".join(summary),
                "signature_png": signature_png(rng) if signed else None,
                "signer_name": contact if signed else None,
                "signed_at": departed - MINUTE if signed else None,
            },
            departed,
        ),
    )
    for _ in range(rng.choice((0, 1, 1, 2, 2))):
        add_material(work, client, ticket, visit, tech, arrived.date())
    return departed


def _resolve(
    work: Work,
    row: dict[str, Any],
    events: list,
    event: Any,
    tech: int,
    resolved: dt.datetime,
    person: str,
) -> str:
    """Resolution, the message, closing after five days and maybe feedback."""
    rng = work.rng
    row["resolved_at"] = resolved
    row["updated_at"] = resolved
    event(resolved, "status_change", tech, "", from_status="open", to_status="resolved")
    event(resolved + MINUTE, "message_sent", tech, f"Resolution message sent to {person}")
    if rng.random() < 0.2 and len(events) > 3:
        # A pause while the customer tested: it stops the SLA clock.
        paused = rng.randrange(30, 600)
        row["sla_paused_minutes"] = paused
        row["resolution_due_at"] = row["resolution_due_at"] + paused * MINUTE
    if rng.random() < 0.3:
        rating = rng.choices((5, 4, 3, 2, 1), (55, 28, 10, 4, 3))[0]
        received = resolved + rng.randrange(30, 3 * 24 * 60) * MINUTE
        if received < work.now:
            comment = rng.choice(ppl.FEEDBACK[rating])
            work.plan.add(
                "feedback",
                {
                    "ticket_id": events[0]["ticket_id"],
                    "rating": rating,
                    "comment": comment,
                    "received_at": received,
                },
            )
            event(received, "feedback", None, f"Rating {rating}/5. {comment}".strip())
    closed = resolved + 5 * DAY
    if closed < work.now:
        row["closed_at"] = closed
        row["updated_at"] = closed
        event(
            closed,
            "status_change",
            None,
            "Closed automatically after 5 days.",
            from_status="resolved",
            to_status="closed",
        )
        return "closed"
    return "resolved"
