"""A ticket's timeline as rich text for a QTextBrowser: one card per event,
a coloured edge by kind, who and when, and the text (escaped: notes are
typed by people and may hold anything)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from desktop.services.helpdesk.ticket_details import TimelineItem
from desktop.views.formatting import code_labels, format_code, format_datetime

KIND_COLOURS = {
    "public_note": "#1E6B35",
    "internal_note": "#8A94A3",
    "status_change": "#A15C00",
    "assignment": "#0F6E6E",
    "escalation": "#6A4C93",
    "message_sent": "#1F5A96",
    "feedback": "#B08900",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("TicketTimeline", text)


def headline(item: TimelineItem, labels: dict[str, str]) -> str:
    """What happened, in a few words."""
    if item.kind == "status_change":
        if item.from_status is None:
            return _tr("Ticket opened")
        return (
            _tr("Status: %1 → %2")
            .replace("%1", format_code(item.from_status, labels))
            .replace("%2", format_code(item.to_status, labels))
        )
    if item.kind == "assignment":
        if item.assignee:
            return _tr("Assigned to %1").replace("%1", item.assignee)
        return _tr("Unassigned")
    if item.kind == "escalation":
        up = (item.to_tier or 0) > (item.from_tier or 0)
        text = _tr("Escalated: tier %1 → %2") if up else _tr("De-escalated: tier %1 → %2")
        return text.replace("%1", str(item.from_tier)).replace("%2", str(item.to_tier))
    return {
        "public_note": _tr("Public note"),
        "internal_note": _tr("Internal note"),
        "message_sent": _tr("Message to the client"),
        "feedback": _tr("Client feedback"),
    }.get(item.kind, item.kind)


def timeline_html(items: tuple[TimelineItem, ...] | list[TimelineItem]) -> str:
    labels = code_labels()
    cards = []
    for item in items:
        colour = KIND_COLOURS.get(item.kind, "#8A94A3")
        meta = " · ".join(p for p in (item.who, format_datetime(item.at)) if p)
        body = ""
        if item.body and not (item.kind == "status_change" and item.from_status is None):
            body = "<br/>".join(escape(line) for line in item.body.splitlines())
            body = f'<div style="margin-top:4px; color:#1D2733;">{body}</div>'
        background = "#F4F7FB" if item.kind == "public_note" else "#FAFBFC"
        cards.append(
            f'<table width="100%" cellspacing="0" cellpadding="0" style="margin-bottom:8px;">'
            f'<tr><td width="4" bgcolor="{colour}"></td>'
            f'<td bgcolor="{background}" style="padding:7px 10px;">'
            f'<span style="font-weight:600; color:{colour};">{escape(headline(item, labels))}'
            f"</span>"
            f'&nbsp;&nbsp;<span style="color:#5B6878;">{escape(meta)}</span>{body}</td></tr>'
            f"</table>"
        )
    if not cards:
        return f'<p style="color:#5B6878;">{escape(_tr("Nothing has happened yet."))}</p>'
    return "".join(cards)
