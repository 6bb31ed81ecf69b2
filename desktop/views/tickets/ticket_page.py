"""One ticket in its own window: header with the SLA countdown, the quick
actions (each with a shortcut), the timeline and the facts beside it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.session import read_only, unit_of_work
from desktop.services.common.record_rules import VersionConflict
from desktop.services.helpdesk import tickets as ticket_service
from desktop.services.helpdesk.ticket_details import TicketDetail, ticket_detail
from desktop.services.helpdesk.ticket_details import ticket_materials as read_materials
from desktop.views.formatting import (
    code_labels,
    format_code,
    format_date,
    format_datetime,
    format_minutes,
)
from desktop.views.theme import STYLE_SHEET, icon
from desktop.views.tickets import dialogs, work_dialogs
from desktop.views.tickets.edit_dialog import EditTicketDialog
from desktop.views.tickets.materials_box import MaterialsBoxMixin
from desktop.views.tickets.message_dialog import MessageDialog
from desktop.views.tickets.sla_countdown import SLA_PILL, countdown_text
from desktop.views.tickets.timeline_html import timeline_html

COUNTDOWN_REFRESH_MS = 30_000
EXTRA_STYLE = """
QLabel#ticketNumber { color: #5B6878; font-size: 11pt; font-weight: 600; }
QLabel#ticketSubtitle { color: #5B6878; }
QFrame#factsPanel { background: #F7F9FB; border: 1px solid #E3E7EC; border-radius: 8px; }
QFrame#factsPanel QLabel { background: transparent; }
QLabel#factName { color: #5B6878; }
QToolButton#quickAction { padding: 5px 9px; border: 1px solid transparent; border-radius: 6px; }
QToolButton#quickAction:hover { background: #E8EEF6; border-color: #D3E1F2; }
QToolButton#quickAction:disabled { color: #A7B0BC; }
QTextBrowser#timeline { border: 1px solid #E3E7EC; border-radius: 8px; padding: 6px; }
QLabel#materialsTotal { color: #3E4C5E; font-weight: 600; }
QLabel#materialsEmpty { color: #5B6878; }
"""


def _tr(text: str) -> str:
    return QCoreApplication.translate("TicketPage", text)


class TicketPage(MaterialsBoxMixin, QWidget):
    """The ticket's window. `changed` tells the queue to re-read its rows."""

    changed = Signal(int)

    def __init__(
        self,
        sessions: sessionmaker[Session],
        ticket_id: int,
        me: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.sessions, self.ticket_id, self.me = sessions, ticket_id, me
        self.detail: TicketDetail | None = None
        self.open_dialog: QDialog | None = None
        self._first_load = True
        self.setObjectName("ticketPage")
        self.setStyleSheet(STYLE_SHEET + EXTRA_STYLE)
        self.resize(1180, 760)
        self._labels = code_labels()

        self.number_label = QLabel()
        self.number_label.setObjectName("ticketNumber")
        self.title_label = QLabel()
        self.title_label.setObjectName("pageTitle")
        self.title_label.setWordWrap(True)
        self.subtitle_label = QLabel()
        self.subtitle_label.setObjectName("ticketSubtitle")
        self.sla_label = QLabel()
        self.sla_label.setObjectName("slaPill")
        self.sla_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(self.number_label)
        heading.addWidget(self.title_label)
        heading.addWidget(self.subtitle_label)
        header = QHBoxLayout()
        header.addLayout(heading, 1)
        header.addWidget(self.sla_label, 0, Qt.AlignmentFlag.AlignTop)

        self.actions_bar = QHBoxLayout()
        self.actions_bar.setSpacing(2)
        self.actions: dict[str, QAction] = {}
        for key, text, shortcut, icon_name, slot in (
            ("edit", _tr("Edit"), "F2", "edit", self.edit),
            ("note", _tr("Note"), "Ctrl+N", "note", self.add_note),
            ("reply", _tr("Public reply"), "Ctrl+R", "reply", self.add_reply),
            ("escalate", _tr("Escalate"), "Ctrl+E", "escalate", self.escalate),
            ("assign", _tr("Assign"), "Ctrl+Shift+A", "assign", self.assign),
            ("time", _tr("Log time"), "Ctrl+T", "time", self.log_time),
            ("material", _tr("Material"), "Ctrl+Shift+M", "material", self.log_material),
            ("wait", _tr("Wait for customer"), "Ctrl+P", "pause", self.toggle_wait),
            ("resolve", _tr("Resolve"), "Ctrl+Shift+R", "resolve", self.resolve),
            ("message", _tr("Message"), "Ctrl+M", "message", self.message),
            ("feedback", _tr("Feedback"), "Ctrl+Shift+F", "feedback", self.record_feedback),
        ):
            action = QAction(icon(icon_name), text, self)
            action.setShortcut(QKeySequence(shortcut))
            action.setToolTip(f"{text} ({QKeySequence(shortcut).toString()})")
            action.triggered.connect(slot)
            self.addAction(action)
            button = QToolButton()
            button.setObjectName("quickAction")
            button.setDefaultAction(action)
            button.setIconSize(QSize(18, 18))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            self.actions_bar.addWidget(button)
            self.actions[key] = action
        self.actions_bar.addStretch(1)
        close = QAction(self)
        close.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        close.triggered.connect(self.close)
        self.addAction(close)

        self.timeline = QTextBrowser()
        self.timeline.setObjectName("timeline")
        self.timeline.setOpenLinks(False)
        self.facts = QFrame()
        self.facts.setObjectName("factsPanel")
        self.facts_form = QFormLayout(self.facts)
        self.facts_form.setContentsMargins(14, 12, 14, 12)
        self.facts_form.setHorizontalSpacing(14)
        self.facts_form.setVerticalSpacing(7)
        self.fact_values: dict[str, QLabel] = {}
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
            self.facts_form.addRow(name, value)
            self.fact_values[key] = value

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(8)
        side_layout.addWidget(self.facts)
        side_layout.addLayout(self._build_materials())

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.timeline)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([740, 400])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addLayout(self.actions_bar)
        layout.addWidget(splitter, 1)

        self.countdown = QTimer(self)
        self.countdown.setInterval(COUNTDOWN_REFRESH_MS)
        self.countdown.timeout.connect(self.reload)
        self.countdown.start()
        self.reload()

    # -- showing ----------------------------------------------------------

    def reload(self) -> None:
        """Re-read the ticket (after an action, and for the countdown)."""
        with read_only(self.sessions) as session:
            self.detail = d = ticket_detail(session, self.ticket_id, dt.datetime.now())
        self.setWindowTitle(f"{d.number} — {d.title}")
        self.number_label.setText(d.number)
        self.title_label.setText(d.title)
        self.subtitle_label.setText(" · ".join(p for p in (d.client, d.contact, d.site) if p))
        colour, background, border = SLA_PILL[d.sla.state]
        self.sla_label.setText(countdown_text(d.sla))
        self.sla_label.setStyleSheet(
            f"QLabel#slaPill {{ color: {colour}; background: {background}; border: 1px solid "
            f"{border}; border-radius: 12px; padding: 6px 14px; font-weight: 600; }}"
        )
        self.sla_label.setToolTip(
            _tr("Due %1").replace("%1", format_datetime(d.sla.due_at)) if d.sla.due_at else ""
        )
        with read_only(self.sessions) as session:
            materials = read_materials(session, self.ticket_id)
        self._fill_facts(d)
        self._fill_materials(materials)
        scrollbar = self.timeline.verticalScrollBar()
        # The newest events are at the bottom: start there, and stay there
        # unless the user scrolled up to read.
        at_end = self._first_load or scrollbar.value() >= scrollbar.maximum() - 4
        self._first_load = False
        self.timeline.setHtml(timeline_html(d.timeline))
        if at_end:
            # The document lays itself out lazily: scroll once it has.
            # With the scroll bar as context: dropped if the window goes first.
            QTimer.singleShot(0, scrollbar, lambda: scrollbar.setValue(scrollbar.maximum()))
        self._enable_actions(d)

    def _fill_facts(self, d: TicketDetail) -> None:
        f = self.fact_values
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
        f["article"].setText(d.article_title or "—")
        if d.rating:
            stars = "★" * d.rating + "☆" * (5 - d.rating)
            f["feedback"].setText(f"{stars} {d.feedback_comment or ''}".strip())
        else:
            f["feedback"].setText("—")

    def _enable_actions(self, d: TicketDetail) -> None:
        done = d.status in ticket_service.CLOSED_STATUSES
        for key in ("escalate", "assign", "wait"):
            self.actions[key].setEnabled(not done)
        self.actions["resolve"].setText(_tr("Reopen") if done else _tr("Resolve"))
        self.actions["feedback"].setEnabled(done)
        waiting = d.status == "waiting_customer"
        self.actions["wait"].setText(_tr("Resume") if waiting else _tr("Wait for customer"))

    # -- actions ----------------------------------------------------------

    def _run(self, dialog: QDialog, then: Callable[[], object] | None = None) -> QDialog:
        """Open an action dialog (window-modal, without a nested event
        loop); when it is accepted re-read the ticket, tell the queue, then
        run `then`. Returns the dialog so tests can fill it in."""
        dialog.setStyleSheet(STYLE_SHEET)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.open_dialog = dialog

        def finished(result: int) -> None:
            self.open_dialog = None
            if result == QDialog.DialogCode.Accepted:
                self._after_change()
                if then is not None:
                    then()

        dialog.finished.connect(finished)
        dialog.open()
        return dialog

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stay open while a message is on its way: its thread belongs to
        this window, and the timeline entry follows the server's answer."""
        dialog = self.open_dialog
        if isinstance(dialog, MessageDialog) and dialog.sending is not None:
            event.ignore()
            return
        super().closeEvent(event)

    def _after_change(self) -> None:
        self.reload()
        self.changed.emit(self.ticket_id)

    def edit(self) -> QDialog | None:
        """Edit title, description, priority, contact and site."""
        if self.detail is None:
            return None
        return self._run(
            EditTicketDialog(self.sessions, self.ticket_id, self.detail.client_id, self.me, self)
        )

    def add_note(self) -> QDialog:
        return self._run(dialogs.NoteDialog(self.sessions, self.ticket_id, self.me, self))

    def add_reply(self) -> QDialog:
        return self._run(
            dialogs.NoteDialog(self.sessions, self.ticket_id, self.me, self, public=True)
        )

    def escalate(self) -> QDialog:
        tier = self.detail.tier if self.detail else 1
        return self._run(dialogs.EscalateDialog(self.sessions, self.ticket_id, self.me, tier, self))

    def assign(self) -> QDialog:
        current = self.detail.assignee_id if self.detail else None
        return self._run(
            dialogs.AssignDialog(self.sessions, self.ticket_id, self.me, current, self)
        )

    def log_time(self) -> QDialog:
        return self._run(work_dialogs.LogTimeDialog(self.sessions, self.ticket_id, self.me, self))

    def log_material(self) -> QDialog:
        return self._run(work_dialogs.MaterialDialog(self.sessions, self.ticket_id, self.me, self))

    def resolve(self) -> QDialog | None:
        """Resolve (then offer the resolution message), or reopen."""
        if self.detail and self.detail.status in ticket_service.CLOSED_STATUSES:
            self._set_status("open", _tr("Reopened"))
            return None
        title = self.detail.title if self.detail else ""
        return self._run(
            dialogs.ResolveDialog(self.sessions, self.ticket_id, self.me, title, self),
            then=lambda: self.message("resolution"),
        )

    def toggle_wait(self) -> bool:
        waiting = self.detail is not None and self.detail.status == "waiting_customer"
        return self._set_status("open" if waiting else "waiting_customer", "")

    def _set_status(self, status: str, reason: str) -> bool:
        try:
            with unit_of_work(self.sessions) as session:
                ticket = ticket_service.get_ticket(session, self.ticket_id)
                ticket_service.set_status(session, ticket, status, who=self.me, reason=reason)
        except ticket_service.TicketError as exc:
            QMessageBox.warning(self, _tr("Not changed"), str(exc))
            return False
        except VersionConflict:
            # Another user saved this ticket at the same moment: nothing was
            # changed here. Show what they did; the user may try again.
            self._after_change()
            QMessageBox.warning(
                self,
                _tr("Not changed"),
                _tr(
                    "Someone else changed this ticket at the same moment, so nothing was "
                    "changed. The ticket now shows their change; try again if still needed."
                ),
            )
            return False
        self._after_change()
        return True

    def message(self, kind: str | bool = "acknowledgement") -> QDialog:
        if kind not in ("acknowledgement", "resolution", "canned"):
            kind = "resolution" if self.detail and self.detail.resolved_at else "canned"
        return self._run(MessageDialog(self.sessions, self.ticket_id, self.me, kind, self))

    def record_feedback(self) -> QDialog:
        return self._run(dialogs.FeedbackDialog(self.sessions, self.ticket_id, self.me, self))
