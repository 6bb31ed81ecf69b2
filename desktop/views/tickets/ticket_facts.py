"""The facts panel beside a ticket's timeline: status, SLA dates, vendor,
time and materials, feedback — one selectable value per row."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel

from desktop.services.helpdesk.ticket_details import TicketDetail
from desktop.views.formatting import (
    code_labels,
    format_code,
    format_date,
    format_datetime,
    format_minutes,
)
from desktop.views.tickets import dialogs
from desktop.views.tickets.materials_box import count_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("TicketPage", text)


class TicketFacts:
    """The panel (`frame`) and its value labels by key (`values`)."""

    def __init__(self) -> None:
        self._labels = code_labels()
        self.frame = QFrame()
        self.frame.setObjectName("factsPanel")
        form = QFormLayout(self.frame)
        form.setContentsMargins(14, 12, 14, 12)
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(7)
        self.values: dict[str, QLabel] = {}
        for key, title in (
            ("status", _tr("Status")),
            ("priority", _tr("Priority")),
            ("tier", _tr("Tier")),
            ("assignee", _tr("Assignee")),
            ("contact", _tr("Contact")),
            ("opened", _tr("Opened")),
            ("response", _tr("First response")),
            ("due", _tr("Resolution due")),
            ("paused", _tr("Paused (business)")),
            ("vendor", _tr("Vendor")),
            ("vendor_case", _tr("Vendor case")),
            ("promised", _tr("Vendor promised")),
            ("logged", _tr("Time logged")),
            ("materials", _tr("Materials")),
            ("article", _tr("Solved by article")),
            ("feedback", _tr("Feedback")),
        ):
            name = QLabel(title)
            name.setObjectName("factName")
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(name, value)
            self.values[key] = value

    def fill(self, d: TicketDetail, materials: int) -> None:
        """Show `d`, with `materials` lines of parts used."""
        f = self.values
        f["status"].setText(format_code(d.status, self._labels))
        f["priority"].setText(format_code(d.priority, self._labels))
        f["tier"].setText(dialogs.TIER_TITLES.get(d.tier, str(d.tier)))
        f["assignee"].setText(d.assignee or _tr("Nobody yet"))
        contact = d.contact or ""
        if d.contact_email:
            contact += f" <{d.contact_email}>"
        f["contact"].setText(contact)
        f["opened"].setText(format_datetime(d.opened_at))
        f["response"].setText(format_datetime(d.first_response_at) or _tr("Not yet"))
        f["due"].setText(format_datetime(d.resolution_due_at) or "—")
        f["paused"].setText(format_minutes(d.paused_minutes) + " h")
        f["vendor"].setText(d.vendor_name or "—")
        f["vendor_case"].setText(d.vendor_case_ref or "—")
        f["promised"].setText(format_date(d.vendor_promised_on) or "—")
        f["logged"].setText(format_minutes(d.logged_minutes) + " h")
        f["materials"].setText(count_text(materials))
        f["article"].setText(d.article_title or "—")
        if d.rating:
            stars = "★" * d.rating + "☆" * (5 - d.rating)
            f["feedback"].setText(f"{stars} {d.feedback_comment or ''}".strip())
        else:
            f["feedback"].setText("—")
