"""Sub-commands for the running timer: `timer start|stop|show`. The same
service functions as the window's toolbar and ticket window
(services/records/timer.py)."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.services.queries import lookup
from desktop.services.records import timer
from desktop.services.records.work_log import TimeInput

from .common import hours_text, session_for
from .errors import CommandError


def _state_json(state: timer.TimerState) -> dict[str, Any]:
    return {
        "technician": state.technician,
        "started_at": state.started_at.isoformat(sep=" "),
        "client": state.client,
        "ticket": state.ticket,
        "description": state.description,
    }


def cmd_start(args: argparse.Namespace) -> dict[str, Any]:
    with session_for(args, write=True) as session:
        technician = lookup.find_technician(session, args.technician)
        ticket = lookup.find_ticket(session, args.ticket) if args.ticket else None
        client = lookup.find_client(session, args.client) if args.client else None
        state = timer.start_timer(
            session,
            technician.id,
            client_id=client.id if client else None,
            ticket_id=ticket.id if ticket else None,
            description=args.description or (ticket.title if ticket else ""),
        )
        what = state.ticket or state.client
        return {
            "message": f"Timer started for {state.technician}"
            + (f" on {what}" if what else "")
            + f" at {state.started_at:%H:%M}.",
            **_state_json(state),
        }


def cmd_stop(args: argparse.Namespace) -> dict[str, Any]:
    """Log the running timer as a time entry (its client and ticket, the
    default work type unless --work-type) and end it."""
    with session_for(args, write=True) as session:
        technician = lookup.find_technician(session, args.technician)
        state = timer.running_timer(session, technician.id)
        if state is None:
            raise CommandError(f"{technician.name} has no timer running.")
        client_id = state.client_id
        if args.client:
            client_id = lookup.find_client(session, args.client).id
        if client_id is None:
            raise CommandError("The timer names no client: give --client.")
        _ticket_client, default_type = timer.entry_defaults(session, state.ticket_id)
        work_type_id = (
            lookup.find_work_type(session, args.work_type).id
            if args.work_type
            else state.work_type_id or default_type
        )
        if work_type_id is None:
            raise CommandError("There is no active work type: give --work-type.")
        ended = timer.now()
        entry = timer.finish_timer(
            session,
            technician.id,
            TimeInput(
                technician_id=technician.id,
                client_id=client_id,
                work_type_id=work_type_id,
                started_at=state.started_at.replace(second=0),
                ended_at=ended.replace(second=0),
                description=args.description or state.description,
                ticket_id=state.ticket_id,
            ),
        )
        return {
            "message": f"Logged {hours_text(entry.raw_minutes)} h (entry {entry.id}); "
            "the timer is stopped.",
            "id": entry.id,
            "raw_minutes": entry.raw_minutes,
        }


def cmd_show(args: argparse.Namespace) -> dict[str, Any]:
    with session_for(args, write=False) as session:
        states = timer.running_timers(session)
        lines = [
            f"{s.technician}: since {s.started_at:%Y-%m-%d %H:%M}"
            + (f" · {s.ticket or s.client}" if s.ticket or s.client else "")
            for s in states
        ]
        return {
            "message": "\n".join(lines) or "No timer is running.",
            "timers": [_state_json(s) for s in states],
        }


def register(sub: argparse._SubParsersAction) -> None:
    group = sub.add_parser("timer", help="start, stop or show the running timer").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    start = group.add_parser("start", help="start a technician's timer, on a ticket or not")
    start.add_argument("--technician", required=True, help="id, name or e-mail")
    start.add_argument("--ticket", help="ticket number (its client is taken)")
    start.add_argument("--client")
    start.add_argument("--description")
    start.set_defaults(handler=cmd_start)
    stop = group.add_parser("stop", help="log the running timer as a time entry and end it")
    stop.add_argument("--technician", required=True, help="id, name or e-mail")
    stop.add_argument("--work-type", help="default: the contract's or the shop's")
    stop.add_argument("--client", help="when the timer names none")
    stop.add_argument("--description")
    stop.set_defaults(handler=cmd_stop)
    show = group.add_parser("show", help="list the running timers")
    show.set_defaults(handler=cmd_show)
