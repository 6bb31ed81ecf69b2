"""The SLA pill of a ticket window: its text ('Resolution due in 3:20
business hours') and colours by SLA state."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.services.helpdesk import sla
from desktop.views.formatting import format_date, format_minutes

SLA_PILL = {
    sla.OVERDUE: ("#8C1D18", "#FDECEA", "#F3B8B3"),
    sla.AT_RISK: ("#7A4A00", "#FFF4DB", "#F2D49B"),
    sla.PAUSED: ("#4F5B69", "#EEF1F4", "#D3D9E0"),
    sla.ON_TRACK: ("#1E6B35", "#EAF6EE", "#B9DEC5"),
    sla.MET: ("#1E6B35", "#EAF6EE", "#B9DEC5"),
    sla.BREACHED: ("#8C1D18", "#FDECEA", "#F3B8B3"),
    sla.NO_TARGET: ("#4F5B69", "#EEF1F4", "#D3D9E0"),
    sla.VENDOR: ("#4A3B7A", "#F1EEF8", "#D6CFEA"),
    sla.VENDOR_LATE: ("#7A4A00", "#FFF4DB", "#F2D49B"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("TicketPage", text)


def countdown_text(state: sla.SlaState) -> str:
    """'Resolution due in 3:20 business hours', 'Response overdue by 0:45'…"""
    target = _tr("Response") if state.target == "response" else _tr("Resolution")
    left = state.remaining_minutes
    if state.state == sla.NO_TARGET:
        return _tr("No SLA target")
    if state.state == sla.VENDOR:
        if state.due_at is None:
            return _tr("With the vendor, no date promised")
        return _tr("With the vendor, promised for %1").replace(
            "%1", format_date(state.due_at.date())
        )
    if state.state == sla.VENDOR_LATE:
        assert state.due_at is not None
        return _tr("Vendor late: promised for %1").replace("%1", format_date(state.due_at.date()))
    if state.state == sla.MET:
        return _tr("Resolved within the SLA")
    if state.state == sla.BREACHED:
        return _tr("Resolved after the SLA")
    if state.state == sla.PAUSED:
        return (
            _tr("%1: clock paused, %2 h left")
            .replace("%1", target)
            .replace("%2", format_minutes(left or 0))
        )
    if state.state == sla.OVERDUE:
        return (
            _tr("%1 overdue by %2 h")
            .replace("%1", target)
            .replace("%2", format_minutes(-(left or 0)))
        )
    return (
        _tr("%1 due in %2 business hours")
        .replace("%1", target)
        .replace("%2", format_minutes(left or 0))
    )
