"""The dialogs behind the ticket actions. Each saves in one unit of work
through a service; a refusal keeps the dialog open with the reason shown."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.session import read_only
from desktop.services.helpdesk import feedback, knowledge, ticket_details
from desktop.services.helpdesk import tickets as ticket_service
from desktop.views.formatting import date_display_format
from desktop.views.record_dialog import RecordDialog

PRIORITY_TITLES = {"low": "Low", "normal": "Normal", "high": "High", "urgent": "Urgent"}
TIER_TITLES = {
    0: "Tier 0 · self-help",
    1: "Tier 1 · first contact",
    2: "Tier 2 · deeper troubleshooting",
    3: "Tier 3 · specialists",
    4: "Tier 4 · vendor",
}


def text_box(lines: int = 5) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setMinimumHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


def combo(items: list[tuple[object, str]], current: object = None) -> QComboBox:
    box = QComboBox()
    for value, title in items:
        box.addItem(title, value)
    index = box.findData(current)
    if index >= 0:
        box.setCurrentIndex(index)
    return box


class ActionDialog(RecordDialog):
    """A RecordDialog that also shows the helpdesk services' refusals."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        title: str,
        ticket_id: int | None,
        me: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(sessions, title, parent)
        self.ticket_id = ticket_id
        self.me = me
        self.setMinimumWidth(460)

    def ticket(self, session: Session):
        assert self.ticket_id is not None
        return ticket_service.get_ticket(session, self.ticket_id)

    def conflict_text(self) -> str:
        # An action reads the ticket as it is now and changes one thing, so
        # it applies on top of other users' changes; it is refused only when
        # another save raced it on the same row. Pressing OK again retries.
        return self.tr(
            "Someone else changed this ticket at the same moment, so nothing was saved. "
            "What you typed is still here: press OK to try again."
        )


class NewTicketDialog(ActionDialog):
    def __init__(self, sessions, me: int | None, parent: QWidget | None = None) -> None:
        super().__init__(sessions, self.tr("New ticket"), None, me, parent)
        with read_only(sessions) as session:
            clients = ticket_details.clients(session)
            techs = ticket_details.technicians(session)
        self.client_combo = self.add_field("client", self.tr("Client"), combo(clients))
        self.contact_combo = self.add_field("contact", self.tr("Contact"), QComboBox())
        self.title_edit = self.add_field("title", self.tr("Title"), QLineEdit())
        self.title_edit.setPlaceholderText(self.tr("What the user sees, in a few words"))
        self.description_edit = self.add_field("description", self.tr("Description"), text_box(5))
        self.priority_combo = self.add_field(
            "priority",
            self.tr("Priority"),
            combo([(k, self.tr(v)) for k, v in PRIORITY_TITLES.items()], "normal"),
        )
        self.assignee_combo = self.add_field(
            "technician", self.tr("Assign to"), combo([(None, self.tr("Nobody yet")), *techs], me)
        )
        self.client_combo.currentIndexChanged.connect(self._load_contacts)
        self._load_contacts()

    def _load_contacts(self) -> None:
        self.contact_combo.clear()
        self.contact_combo.addItem(self.tr("(none)"), None)
        client_id = self.client_combo.currentData()
        if client_id is None:
            return
        with read_only(self.sessions) as session:
            for contact_id, name in ticket_details.contacts(session, client_id):
                self.contact_combo.addItem(name, contact_id)
        if self.contact_combo.count() > 1:
            self.contact_combo.setCurrentIndex(1)

    def save(self, session: Session) -> int:
        ticket = ticket_service.create_ticket(
            session,
            ticket_service.TicketInput(
                client_id=self.client_combo.currentData(),
                title=self.title_edit.text(),
                description=self.description_edit.toPlainText(),
                priority=self.priority_combo.currentData(),
                contact_id=self.contact_combo.currentData(),
                assigned_technician_id=self.assignee_combo.currentData(),
            ),
            who=self.me,
        )
        return ticket.id


class NoteDialog(ActionDialog):
    def __init__(self, sessions, ticket_id, me, parent=None, *, public: bool = False) -> None:
        super().__init__(sessions, self.tr("Add a note"), ticket_id, me, parent)
        self.text_edit = self.add_field("note", self.tr("Note"), text_box(6))
        self.public_check = QCheckBox(self.tr("Public: the client may see it (counts as a reply)"))
        self.public_check.setChecked(public)
        self.form.addRow("", self.public_check)

    def save(self, session: Session) -> int:
        ticket = self.ticket(session)
        ticket_service.add_note(
            session,
            ticket,
            self.text_edit.toPlainText(),
            public=self.public_check.isChecked(),
            who=self.me,
        )
        return ticket.id


class EscalateDialog(ActionDialog):
    """Up or down with a reason; tier 4 asks for the vendor's case."""

    def __init__(self, sessions, ticket_id, me, current_tier: int, parent=None) -> None:
        super().__init__(sessions, self.tr("Escalate"), ticket_id, me, parent)
        tiers = [(t, self.tr(title)) for t, title in TIER_TITLES.items() if t != current_tier]
        self.tier_combo = self.add_field(
            "tier", self.tr("Move to"), combo(tiers, min(current_tier + 1, 4))
        )
        self.reason_edit = self.add_field("reason", self.tr("Why"), text_box(3))
        self.vendor_edit = self.add_field("vendor", self.tr("Vendor"), QLineEdit())
        self.vendor_edit.setPlaceholderText(self.tr("e.g. HP, Microsoft, Fortinet"))
        self.case_edit = self.add_field("case", self.tr("Vendor's case number"), QLineEdit())
        self.promised_check = QCheckBox(self.tr("The vendor promised a date"))
        self.promised_edit = QDateEdit(QDate.currentDate().addDays(7))
        self.promised_edit.setCalendarPopup(True)
        self.promised_edit.setDisplayFormat(date_display_format())
        self.promised_edit.setEnabled(False)
        self.promised_check.toggled.connect(self.promised_edit.setEnabled)
        self.form.addRow("", self.promised_check)
        self.form.addRow(self.tr("Promised for"), self.promised_edit)
        self.tier_combo.currentIndexChanged.connect(self._show_vendor)
        self._show_vendor()

    def _show_vendor(self) -> None:
        vendor = self.tier_combo.currentData() == ticket_service.VENDOR_TIER
        # Fields added with add_field sit in a holder with their error line.
        for row in (
            self.vendor_edit.parentWidget(),
            self.case_edit.parentWidget(),
            self.promised_check,
            self.promised_edit,
        ):
            self.form.setRowVisible(row, vendor)

    def save(self, session: Session) -> int:
        ticket = self.ticket(session)
        vendor = None
        if self.tier_combo.currentData() == ticket_service.VENDOR_TIER:
            promised = (
                self.promised_edit.date().toPython() if self.promised_check.isChecked() else None
            )
            vendor = ticket_service.VendorCase(
                self.vendor_edit.text(), self.case_edit.text(), promised
            )
        ticket_service.escalate(
            session,
            ticket,
            self.tier_combo.currentData(),
            self.reason_edit.toPlainText(),
            who=self.me,
            vendor=vendor,
        )
        return ticket.id

    def show_errors(self, errors: dict[str, str]) -> None:
        super().show_errors(
            {
                ("case" if k == "vendor" and self.vendor_edit.text() else k): v
                for k, v in errors.items()
            }
        )


class AssignDialog(ActionDialog):
    def __init__(self, sessions, ticket_id, me, current: int | None, parent=None) -> None:
        super().__init__(sessions, self.tr("Assign"), ticket_id, me, parent)
        with read_only(sessions) as session:
            techs = ticket_details.technicians(session)
        self.tech_combo = self.add_field(
            "technician",
            self.tr("Technician"),
            combo([(None, self.tr("Nobody")), *techs], current if current else me),
        )

    def save(self, session: Session) -> int:
        ticket = self.ticket(session)
        ticket_service.assign(session, ticket, self.tech_combo.currentData(), who=self.me)
        return ticket.id


class ResolveDialog(ActionDialog):
    """How it was solved (a public note) and the article that solved it."""

    def __init__(self, sessions, ticket_id, me, title: str, parent=None) -> None:
        super().__init__(sessions, self.tr("Resolve"), ticket_id, me, parent)
        self.resolution_edit = self.add_field("resolution", self.tr("Resolution"), text_box(5))
        self.article_combo = self.add_field("article", self.tr("Solved by article"), QComboBox())
        self.article_combo.setEditable(False)
        with read_only(sessions) as session:
            suggested = knowledge.search_articles(session, title, 8)
            top = knowledge.search_articles(session, "", 30)
        self.article_combo.addItem(self.tr("(no article)"), None)
        seen = set()
        for article in [*suggested, *top]:
            if article.id not in seen:
                seen.add(article.id)
                self.article_combo.addItem(article.title, article.id)

    def save(self, session: Session) -> int:
        ticket = self.ticket(session)
        ticket_service.resolve(
            session,
            ticket,
            self.resolution_edit.toPlainText(),
            who=self.me,
            article_id=self.article_combo.currentData(),
        )
        return ticket.id


class FeedbackDialog(ActionDialog):
    def __init__(self, sessions, ticket_id, me, parent=None) -> None:
        super().__init__(sessions, self.tr("Client feedback"), ticket_id, me, parent)
        ratings = [(n, f"{'★' * n}{'☆' * (5 - n)}  {n}") for n in range(5, 0, -1)]
        self.rating_combo = self.add_field("rating", self.tr("Rating"), combo(ratings, 5))
        self.comment_edit = self.add_field("comment", self.tr("Comment"), text_box(3))

    def save(self, session: Session) -> int:
        ticket = self.ticket(session)
        feedback.record_feedback(
            session,
            ticket,
            self.rating_combo.currentData(),
            self.comment_edit.toPlainText(),
            who=self.me,
            now=dt.datetime.now(),
        )
        return ticket.id


__all__ = [
    "AssignDialog",
    "EscalateDialog",
    "FeedbackDialog",
    "NewTicketDialog",
    "NoteDialog",
    "ResolveDialog",
]
