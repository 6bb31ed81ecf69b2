"""Sub-commands for the helpdesk: `ticket add|list|show|note|status|assign|
escalate|resolve|feedback|feedback-summary|message|sla-report` and
`kb add|search|share|export`."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop.models import MessageTemplate
from desktop.services.helpdesk import (
    feedback,
    kb_site,
    knowledge,
    messaging,
    search,
    sla,
    ticket_queue,
)
from desktop.services.helpdesk import tickets as ticket_service
from desktop.services.helpdesk.ticket_details import ticket_detail
from desktop.services.queries import lookup
from desktop.services.queries.listing import fetch_page

from .common import hours_text, session_for
from .errors import CommandError


def _who(session, args: argparse.Namespace) -> int | None:
    return lookup.find_technician(session, args.as_).id if args.as_ else None


def cmd_add(args: argparse.Namespace) -> dict[str, Any]:
    with session_for(args, write=True) as session:
        client = lookup.find_client(session, args.client)
        ticket = ticket_service.create_ticket(
            session,
            ticket_service.TicketInput(
                client_id=client.id,
                title=args.title,
                description=args.description or "",
                priority=args.priority,
                tier=args.tier,
                assigned_technician_id=lookup.find_technician(session, args.technician).id
                if args.technician
                else None,
            ),
            who=_who(session, args),
        )
        due = ticket.resolution_due_at
        return {
            "message": f"Opened {ticket.number} for {client.name}"
            + (f"; resolution due {due:%Y-%m-%d %H:%M}." if due else "."),
            "id": ticket.id,
            "number": ticket.number,
            "first_response_due": ticket.first_response_due_at,
            "resolution_due": due,
        }


def cmd_list(args: argparse.Namespace) -> dict[str, Any]:
    now = dt.datetime.now()
    with session_for(args, write=False) as session:
        me = lookup.find_technician(session, args.me).id if args.me else None
        condition = search.ticket_match(session, args.search) if args.search else None
        spec = ticket_queue.queue_spec(args.filter, now, me=me, tier=args.tier, search=condition)
        keys = [c.key for c in spec.columns]
        rows = [
            dict(zip(keys, row.values, strict=True)) | {"priority": row.extras["priority"]}
            for row in fetch_page(session, spec, None, None, "", 0, args.limit)
        ]
    return {"tickets": rows}


def cmd_show(args: argparse.Namespace) -> dict[str, Any]:
    with session_for(args, write=False) as session:
        ticket = lookup.find_ticket(session, args.ticket)
        d = ticket_detail(session, ticket.id)
    return {
        "number": d.number,
        "title": d.title,
        "client": d.client,
        "contact": d.contact,
        "status": d.status,
        "priority": d.priority,
        "tier": d.tier,
        "assignee": d.assignee,
        "vendor": d.vendor_name,
        "vendor_case": d.vendor_case_ref,
        "vendor_promised": d.vendor_promised_on,
        "opened": d.opened_at,
        "sla": d.sla.state,
        "sla_due": d.sla.due_at,
        "sla_left": hours_text(d.sla.remaining_minutes),
        "logged": hours_text(d.logged_minutes),
        "solved_by_article": d.article_title,
        "rating": d.rating,
        "timeline": [
            {
                "at": item.at,
                "kind": item.kind,
                "who": item.who,
                "change": _change(item),
                "text": item.body,
            }
            for item in d.timeline
        ],
    }


def _change(item) -> str | None:
    if item.kind == "escalation":
        return f"tier {item.from_tier} → {item.to_tier}"
    if item.kind == "status_change":
        return f"{item.from_status or ''} → {item.to_status}".strip()
    if item.kind == "assignment":
        return f"→ {item.assignee or 'nobody'}"
    return None


def cmd_note(args: argparse.Namespace) -> dict[str, Any]:
    with session_for(args, write=True) as session:
        ticket = lookup.find_ticket(session, args.ticket)
        ticket_service.add_note(
            session, ticket, args.text, public=args.public, who=_who(session, args)
        )
        kind = "public" if args.public else "internal"
        return {"message": f"Added a {kind} note to {ticket.number}.", "number": ticket.number}


def cmd_status(args: argparse.Namespace) -> dict[str, Any]:
    with session_for(args, write=True) as session:
        ticket = lookup.find_ticket(session, args.ticket)
        ticket_service.set_status(
            session, ticket, args.status, who=_who(session, args), reason=args.reason or ""
        )
        return {"message": f"{ticket.number} is {ticket.status}.", "status": ticket.status}


def cmd_assign(args: argparse.Namespace) -> dict[str, Any]:
    with session_for(args, write=True) as session:
        ticket = lookup.find_ticket(session, args.ticket)
        tech = lookup.find_technician(session, args.technician)
        ticket_service.assign(session, ticket, tech.id, who=_who(session, args))
        return {"message": f"{ticket.number} is assigned to {tech.name}."}


def cmd_escalate(args: argparse.Namespace) -> dict[str, Any]:
    with session_for(args, write=True) as session:
        ticket = lookup.find_ticket(session, args.ticket)
        vendor = None
        if args.vendor or args.case:
            vendor = ticket_service.VendorCase(
                args.vendor or "",
                args.case or "",
                lookup.parse_date(args.promised) if args.promised else None,
            )
        before = ticket.tier
        ticket_service.escalate(
            session, ticket, args.to_tier, args.reason, who=_who(session, args), vendor=vendor
        )
        return {
            "message": f"{ticket.number}: tier {before} → {ticket.tier} ({ticket.status}).",
            "tier": ticket.tier,
            "status": ticket.status,
        }


def cmd_resolve(args: argparse.Namespace) -> dict[str, Any]:
    with session_for(args, write=True) as session:
        ticket = lookup.find_ticket(session, args.ticket)
        ticket_service.resolve(
            session, ticket, args.resolution, who=_who(session, args), article_id=args.article
        )
        return {
            "message": f"Resolved {ticket.number} at {ticket.resolved_at:%Y-%m-%d %H:%M}.",
            "resolved_at": ticket.resolved_at,
        }


def cmd_feedback(args: argparse.Namespace) -> dict[str, Any]:
    with session_for(args, write=True) as session:
        ticket = lookup.find_ticket(session, args.ticket)
        feedback.record_feedback(session, ticket, args.rating, args.comment or "")
        return {"message": f"Recorded {args.rating}/5 for {ticket.number}."}


def cmd_feedback_summary(args: argparse.Namespace) -> dict[str, Any]:
    with session_for(args, write=False) as session:
        since = lookup.parse_date(args.since) if args.since else None
        summarise = feedback.by_technician if args.by == "technician" else feedback.by_client
        rows = summarise(session, since)
    return {"feedback": [row.__dict__ for row in rows]}


def cmd_message(args: argparse.Namespace) -> dict[str, Any]:
    """Render and save (or send) a message, then put it on the timeline.
    Sending happens between two short transactions, never inside one."""
    with session_for(args, write=False) as session:
        ticket = lookup.find_ticket(session, args.ticket)
        who = _who(session, args)
        template_id = None
        if args.template:
            template_id = session.scalar(
                select(MessageTemplate.id).where(
                    MessageTemplate.kind == args.kind, MessageTemplate.name == args.template
                )
            )
            if template_id is None:
                raise CommandError(f"There is no {args.kind} template '{args.template}'.")
        rendered = messaging.render(
            session, ticket, args.kind, technician_id=who, template_id=template_id
        )
        mail = messaging.build_email(session, rendered)
        settings = messaging.smtp_settings(session)
    if args.save:
        path = messaging.save_eml(mail, Path(args.save))
        how = f"Saved as {path.name}"
    else:
        if settings is None:
            raise CommandError("Set up the SMTP server first, or use --save FILE.eml.")
        messaging.send_email(settings, mail)
        how, path = f"Sent to {mail['To']}", None
    with session_for(args, write=True) as session:
        ticket = lookup.find_ticket(session, args.ticket)
        messaging.record_sent(session, ticket, rendered, how, who=who)
    return {
        "message": f"{how}: {rendered.subject}",
        "subject": rendered.subject,
        "file": str(path) if path else None,
    }


def cmd_sla_report(args: argparse.Namespace) -> dict[str, Any]:
    with session_for(args, write=False) as session:
        client = lookup.find_client(session, args.client) if args.client else None
        rows = sla.sla_report(
            session,
            lookup.parse_date(args.from_),
            lookup.parse_date(args.to),
            dt.datetime.now(),
            client.id if client else None,
        )
    return {"sla": [row.__dict__ for row in rows]}


def cmd_kb_add(args: argparse.Namespace) -> dict[str, Any]:
    with session_for(args, write=True) as session:
        article = knowledge.add_article(
            session,
            knowledge.ArticleInput(
                title=args.title,
                symptoms=args.symptoms or "",
                cause=args.cause or "",
                workaround=args.workaround or "",
                fix=args.fix or "",
                tags=args.tags or "",
                for_clients=args.for_clients,
                internal_notes=args.internal_notes or "",
            ),
        )
        return {"message": f"Added article {article.id}: {article.title}", "id": article.id}


def cmd_kb_share(args: argparse.Namespace) -> dict[str, Any]:
    with session_for(args, write=True) as session:
        article = knowledge.set_for_clients(session, args.article, not args.off)
        where = "on" if article.for_clients else "off"
        return {
            "message": f"Article {article.id} is {where} the client help site.",
            "for_clients": article.for_clients,
        }


def cmd_kb_export(args: argparse.Namespace) -> dict[str, Any]:
    with session_for(args, write=False) as session:
        page, count = kb_site.export_site(session, args.folder, dt.date.today())
    return {"message": f"Wrote {count} articles to {page}.", "file": str(page), "articles": count}


def cmd_kb_search(args: argparse.Namespace) -> dict[str, Any]:
    with session_for(args, write=False) as session:
        found = knowledge.search_articles(session, " ".join(args.words), args.limit)
    return {
        "articles": [
            {"id": a.id, "title": a.title, "tags": ",".join(a.tags), "solved": a.solved_tickets}
            for a in found
        ]
    }


def _as(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--as", dest="as_", metavar="TECHNICIAN", help="who does it (id, name or e-mail)"
    )


def register(sub: argparse._SubParsersAction) -> None:
    ticket = sub.add_parser("ticket", help="helpdesk tickets").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    add = ticket.add_parser("add", help="open a ticket (numbered at once)")
    add.add_argument("--client", required=True)
    add.add_argument("--title", required=True)
    add.add_argument("--description")
    add.add_argument("--priority", default="normal", choices=["low", "normal", "high", "urgent"])
    add.add_argument("--tier", type=int, default=1, choices=[0, 1, 2, 3])
    add.add_argument("--technician", help="assign to")
    _as(add)
    add.set_defaults(handler=cmd_add)

    listing = ticket.add_parser("list", help="the queue, by saved filter")
    listing.add_argument("--filter", default="open", choices=ticket_queue.FILTERS)
    listing.add_argument("--me", metavar="TECHNICIAN", help="for --filter mine")
    listing.add_argument("--tier", type=int, choices=range(5), help="for --filter tier")
    listing.add_argument("--search", metavar="WORDS")
    listing.add_argument("--limit", type=int, default=50)
    listing.set_defaults(handler=cmd_list)

    show = ticket.add_parser("show", help="a ticket with its timeline")
    show.add_argument("ticket", help="number or id")
    show.set_defaults(handler=cmd_show)

    note = ticket.add_parser("note", help="add a note (internal unless --public)")
    note.add_argument("ticket")
    note.add_argument("--text", required=True)
    note.add_argument("--public", action="store_true", help="the client may see it")
    _as(note)
    note.set_defaults(handler=cmd_note)

    status = ticket.add_parser("status", help="change the status")
    status.add_argument("ticket")
    status.add_argument("status", choices=["open", "waiting_customer", "closed"])
    status.add_argument("--reason")
    _as(status)
    status.set_defaults(handler=cmd_status)

    assign = ticket.add_parser("assign", help="give the ticket to a technician")
    assign.add_argument("ticket")
    assign.add_argument("technician")
    _as(assign)
    assign.set_defaults(handler=cmd_assign)

    esc = ticket.add_parser("escalate", help="move up or down the tiers, with a reason")
    esc.add_argument("ticket")
    esc.add_argument("--to-tier", type=int, required=True, choices=range(5))
    esc.add_argument("--reason", required=True)
    esc.add_argument("--vendor", help="tier 4: the vendor's name")
    esc.add_argument("--case", help="tier 4: the vendor's case number")
    esc.add_argument("--promised", metavar="DATE", help="tier 4: the vendor's promised date")
    _as(esc)
    esc.set_defaults(handler=cmd_escalate)

    resolve = ticket.add_parser("resolve", help="resolve with a public note")
    resolve.add_argument("ticket")
    resolve.add_argument("--resolution", required=True)
    resolve.add_argument("--article", type=int, help="id of the knowledge article that solved it")
    _as(resolve)
    resolve.set_defaults(handler=cmd_resolve)

    fb = ticket.add_parser("feedback", help="record the client's rating")
    fb.add_argument("ticket")
    fb.add_argument("--rating", type=int, required=True, choices=range(1, 6))
    fb.add_argument("--comment")
    fb.set_defaults(handler=cmd_feedback)

    summary = ticket.add_parser("feedback-summary", help="average rating per technician or client")
    summary.add_argument("--by", choices=["technician", "client"], default="technician")
    summary.add_argument("--since", metavar="DATE")
    summary.set_defaults(handler=cmd_feedback_summary)

    msg = ticket.add_parser("message", help="send or save a message to the client")
    msg.add_argument("ticket")
    msg.add_argument(
        "--kind", default="acknowledgement", choices=["acknowledgement", "resolution", "canned"]
    )
    msg.add_argument("--template", help="template name (default: Standard)")
    msg.add_argument("--save", metavar="FILE.eml", help="save instead of sending by SMTP")
    _as(msg)
    msg.set_defaults(handler=cmd_message)

    report = ticket.add_parser("sla-report", help="met/breached SLA targets per client")
    report.add_argument("--from", dest="from_", required=True, metavar="DATE")
    report.add_argument("--to", required=True, metavar="DATE")
    report.add_argument("--client")
    report.set_defaults(handler=cmd_sla_report)

    kb = sub.add_parser("kb", help="the knowledge base").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    kb_add = kb.add_parser("add", help="add an article (known error or how-to)")
    kb_add.add_argument("--title", required=True)
    for field in ("symptoms", "cause", "workaround", "fix"):
        kb_add.add_argument(f"--{field}")
    kb_add.add_argument("--tags", help="comma-separated")
    kb_add.add_argument(
        "--for-clients", action="store_true", help="show it on the client help site"
    )
    kb_add.add_argument("--internal-notes", help="for technicians only; never exported")
    kb_add.set_defaults(handler=cmd_kb_add)
    kb_share = kb.add_parser("share", help="put an article on the client help site")
    kb_share.add_argument("article", type=int, help="article id")
    kb_share.add_argument("--off", action="store_true", help="take it off the site")
    kb_share.set_defaults(handler=cmd_kb_share)
    kb_export = kb.add_parser(
        "export", help="the client help site: one offline, searchable HTML page"
    )
    kb_export.add_argument("folder", help="where to write index.html")
    kb_export.set_defaults(handler=cmd_kb_export)
    kb_search = kb.add_parser("search", help="full-text search")
    kb_search.add_argument("words", nargs="+")
    kb_search.add_argument("--limit", type=int, default=20)
    kb_search.set_defaults(handler=cmd_kb_search)


__all__ = ["register"]
