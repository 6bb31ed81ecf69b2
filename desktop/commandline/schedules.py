"""Sub-commands for maintenance schedules: `schedule add|list|upcoming|run|
pause|resume|ics`. `schedule run` is what a cron job or a scheduled task
calls; the window runs the same service at start and every few minutes."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from desktop.services.common.durations import format_minutes, parse_duration
from desktop.services.helpdesk import schedule_calendar, schedule_lists, schedules
from desktop.services.queries import lookup

from .common import session_for


def _today(args: argparse.Namespace) -> dt.date:
    return lookup.parse_date(args.today) if getattr(args, "today", None) else dt.date.today()


def _now(args: argparse.Namespace) -> dt.datetime:
    if getattr(args, "today", None):
        return dt.datetime.combine(_today(args), dt.time(8, 0))
    return dt.datetime.now().replace(microsecond=0)


def cmd_add(args: argparse.Namespace) -> dict[str, Any]:
    with session_for(args, write=True) as session:
        client = lookup.find_client(session, args.client)
        contract = lookup.find_contract(session, args.contract) if args.contract else None
        tech = lookup.find_technician(session, args.technician) if args.technician else None
        work = lookup.find_work_type(session, args.work_type) if args.work_type else None
        schedule = schedules.add_schedule(
            session,
            schedules.ScheduleInput(
                client_id=client.id,
                contract_id=contract.id if contract else None,
                rule=args.rule,
                title=args.title,
                starts_on=lookup.parse_date(args.start) if args.start else dt.date.today(),
                ends_on=lookup.parse_date(args.end) if args.end else None,
                description=args.description or "",
                checklist="\n".join(args.check or []),
                tier=args.tier,
                priority=args.priority,
                assigned_technician_id=tech.id if tech else None,
                work_type_id=work.id if work else None,
                estimated_minutes=parse_duration(args.estimate, field="estimate")
                if args.estimate
                else None,
            ),
        )
        first = schedules.occurrences(
            schedule.rule,
            schedule.starts_on,
            max(schedule.starts_on, dt.date.today()),
            dt.date.today() + dt.timedelta(days=5 * 366),
            schedule.ends_on,
        )[:1]
        return {
            "message": f"Added schedule {schedule.id} for {client.name}: {schedule.title}"
            + (f"; next on {first[0]:%Y-%m-%d}." if first else "."),
            "id": schedule.id,
            "next": first[0] if first else None,
            "estimate": format_minutes(schedule.estimated_minutes)
            if schedule.estimated_minutes
            else None,
        }


def cmd_list(args: argparse.Namespace) -> dict[str, Any]:
    with session_for(args, write=False) as session:
        rows = schedule_lists.list_schedules(session, _today(args))
    return {"schedules": [row.__dict__ for row in rows]}


def cmd_upcoming(args: argparse.Namespace) -> dict[str, Any]:
    with session_for(args, write=False) as session:
        items = schedule_lists.upcoming(session, _today(args), args.days)
    return {
        "upcoming": [
            {
                "date": i.occurs_on,
                "schedule": i.schedule_id,
                "client": i.client,
                "title": i.title,
                "ticket": i.ticket_number,
            }
            for i in items
        ]
    }


def cmd_run(args: argparse.Namespace) -> dict[str, Any]:
    with session_for(args, write=True) as session:
        made = schedules.run_due(session, _now(args))
    count = len(made)
    return {
        "message": "Nothing was due."
        if not made
        else f"Opened {count} scheduled ticket{'s' if count != 1 else ''}: "
        + ", ".join(m.number for m in made),
        "made": count,
        "tickets": [
            {"schedule": m.schedule_id, "date": m.occurs_on, "number": m.number} for m in made
        ],
    }


def _set_paused(args: argparse.Namespace, paused: bool) -> dict[str, Any]:
    with session_for(args, write=True) as session:
        schedule = schedules.set_paused(session, args.schedule, paused, _today(args))
        state = "paused" if paused else "running again"
        return {"message": f"Schedule {schedule.id} is {state}.", "paused": schedule.paused}


def cmd_pause(args: argparse.Namespace) -> dict[str, Any]:
    return _set_paused(args, True)


def cmd_resume(args: argparse.Namespace) -> dict[str, Any]:
    return _set_paused(args, False)


def cmd_ics(args: argparse.Namespace) -> dict[str, Any]:
    with session_for(args, write=False) as session:
        path, count = schedule_calendar.export_ics(session, args.file, _now(args), args.days)
    return {"message": f"Wrote {count} events to {path}.", "file": str(path), "events": count}


def _today_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--today", metavar="DATE", help="act as if today were DATE")


def register(sub: argparse._SubParsersAction) -> None:
    group = sub.add_parser("schedule", help="recurring maintenance tickets").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    presets = "; ".join(f"{label}: {rule}" for label, rule in schedules.PRESETS.items())
    add = group.add_parser(
        "add",
        help="a schedule with its ticket template",
        description=f"Examples of --rule (RFC 5545 RRULE values): {presets}.",
    )
    add.add_argument("--client", required=True)
    add.add_argument("--contract")
    add.add_argument("--rule", required=True, help="RRULE value, e.g. FREQ=MONTHLY;BYDAY=1MO")
    add.add_argument("--title", required=True)
    add.add_argument("--start", metavar="DATE", help="the rule's first day (default: today)")
    add.add_argument("--end", metavar="DATE")
    add.add_argument("--description")
    add.add_argument("--check", action="append", metavar="ITEM", help="a checklist item (repeat)")
    add.add_argument("--tier", type=int, default=1, choices=[0, 1, 2, 3])
    add.add_argument("--priority", default="normal", choices=["low", "normal", "high", "urgent"])
    add.add_argument("--technician", help="assign the tickets to")
    add.add_argument("--work-type")
    add.add_argument("--estimate", metavar="HOURS", help="estimated time, e.g. 1:30")
    add.set_defaults(handler=cmd_add)

    listing = group.add_parser("list", help="every schedule and its next date")
    _today_option(listing)
    listing.set_defaults(handler=cmd_list)

    coming = group.add_parser("upcoming", help="the occurrences of the coming days")
    coming.add_argument("--days", type=int, default=schedule_lists.UPCOMING_DAYS)
    _today_option(coming)
    coming.set_defaults(handler=cmd_upcoming)

    run = group.add_parser("run", help="open the tickets that are due (catches up)")
    _today_option(run)
    run.set_defaults(handler=cmd_run)

    for name, handler, text in (
        ("pause", cmd_pause, "stop a schedule making tickets"),
        ("resume", cmd_resume, "start it again from today (the pause is not caught up)"),
    ):
        parser = group.add_parser(name, help=text)
        parser.add_argument("schedule", type=int, help="schedule id")
        _today_option(parser)
        parser.set_defaults(handler=handler)

    ics = group.add_parser("ics", help="the coming occurrences as an iCalendar file")
    ics.add_argument("file", help="where to write the .ics")
    ics.add_argument("--days", type=int, default=schedule_lists.UPCOMING_DAYS)
    _today_option(ics)
    ics.set_defaults(handler=cmd_ics)


__all__ = ["register"]
