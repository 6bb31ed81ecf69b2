"""One ticket in its own window: header with the SLA countdown, the quick
actions (each with a shortcut), the timeline and the facts beside it.

The window is the frame and the showing; its parts are helpers it owns:
`commands` (ticket_commands.py: what each action does), `facts`
(ticket_facts.py) and `materials` (materials_box.py)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.session import read_only
from desktop.services.helpdesk import tickets as ticket_service
from desktop.services.helpdesk.ticket_details import TicketDetail, ticket_detail
from desktop.services.helpdesk.ticket_details import ticket_materials as read_materials
from desktop.views.formatting import format_datetime
from desktop.views.theme import STYLE_SHEET, icon
from desktop.views.tickets.materials_box import MaterialsBox
from desktop.views.tickets.sla_countdown import SLA_PILL, countdown_text
from desktop.views.tickets.ticket_commands import TicketCommands
from desktop.views.tickets.ticket_facts import TicketFacts
from desktop.views.tickets.timeline_html import timeline_html
from desktop.views.time.timer_indicator import TimerController

COUNTDOWN_REFRESH_MS = 30_000
EXTRA_STYLE = """
QLabel#ticketNumber { color: #5B6878; font-size: 11pt; font-weight: 600; }
QLabel#ticketSubtitle { color: #5B6878; }
QLabel#ticketDescription { color: #3E4C5E; }
QFrame#factsPanel { background: #F7F9FB; border: 1px solid #E3E7EC; border-radius: 8px; }
QFrame#factsPanel QLabel { background: transparent; }
QLabel#factName { color: #5B6878; }
QToolBar#quickActions { border: none; background: transparent; spacing: 2px; }
QToolButton#quickAction { padding: 5px 9px; border: 1px solid transparent; border-radius: 6px; }
QToolButton#quickAction:hover { background: #E8EEF6; border-color: #D3E1F2; }
QToolButton#quickAction:disabled { color: #A7B0BC; }
QTextBrowser#timeline { border: 1px solid #E3E7EC; border-radius: 8px; padding: 6px; }
QLabel#materialsTotal { color: #3E4C5E; font-weight: 600; }
QLabel#materialsEmpty { color: #5B6878; }
"""


def _tr(text: str) -> str:
    return QCoreApplication.translate("TicketPage", text)


class TicketPage(QWidget):
    """The ticket's window. `changed` tells the queue to re-read its rows.
    With `timer` (the main window's), Start/Stop timer (Ctrl+Shift+T) times
    work on this ticket."""

    changed = Signal(int)

    def __init__(
        self,
        sessions: sessionmaker[Session],
        ticket_id: int,
        me: int | None,
        parent: QWidget | None = None,
        *,
        timer: TimerController | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.sessions, self.ticket_id, self.me = sessions, ticket_id, me
        self.timer = timer
        self.detail: TicketDetail | None = None
        self._first_load = True
        self.setObjectName("ticketPage")
        self.setStyleSheet(STYLE_SHEET + EXTRA_STYLE)
        self.resize(1180, 760)
        self.commands = TicketCommands(self)
        header = self._build_header()
        self._build_actions()
        self.timeline = QTextBrowser()
        self.timeline.setObjectName("timeline")
        self.timeline.setOpenLinks(False)
        self.facts = TicketFacts()
        self.materials = MaterialsBox(self)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(8)
        side_layout.addWidget(self.facts.frame)
        side_layout.addLayout(self.materials.layout)
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
        layout.addWidget(self.actions_bar)
        layout.addWidget(splitter, 1)

        if timer is not None:
            timer.changed.connect(self._timer_changed)
        self._timer_changed()

        self.countdown = QTimer(self)
        self.countdown.setInterval(COUNTDOWN_REFRESH_MS)
        self.countdown.timeout.connect(self.reload)
        self.countdown.start()
        self.reload()

    def _build_header(self) -> QHBoxLayout:
        """Number, title, client and the SLA countdown pill."""
        self.number_label = QLabel()
        self.number_label.setObjectName("ticketNumber")
        self.title_label = QLabel()
        self.title_label.setObjectName("pageTitle")
        self.title_label.setWordWrap(True)
        self.subtitle_label = QLabel()
        self.subtitle_label.setObjectName("ticketSubtitle")
        self.description_label = QLabel()
        self.description_label.setObjectName("ticketDescription")
        self.description_label.setWordWrap(True)
        self.description_label.setTextFormat(Qt.TextFormat.PlainText)
        self.description_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sla_label = QLabel()
        self.sla_label.setObjectName("slaPill")
        self.sla_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(self.number_label)
        heading.addWidget(self.title_label)
        heading.addWidget(self.subtitle_label)
        heading.addWidget(self.description_label)
        header = QHBoxLayout()
        header.addLayout(heading, 1)
        header.addWidget(self.sla_label, 0, Qt.AlignmentFlag.AlignTop)
        return header

    def _build_actions(self) -> None:
        """The quick actions (`actions`, each with its key) in `actions_bar`,
        a tool bar: on a narrow screen the ones that do not fit move to its
        » menu instead of widening the window."""
        c = self.commands
        self.actions_bar = QToolBar()
        self.actions_bar.setObjectName("quickActions")
        self.actions_bar.setMovable(False)
        self.actions_bar.setFloatable(False)
        self.actions_bar.setIconSize(QSize(18, 18))
        self.actions_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.actions: dict[str, QAction] = {}
        for key, text, shortcut, icon_name, slot in (
            ("edit", _tr("Edit"), "F2", "edit", c.edit),
            ("note", _tr("Note"), "Ctrl+N", "note", c.add_note),
            ("reply", _tr("Public reply"), "Ctrl+R", "reply", c.add_reply),
            ("escalate", _tr("Escalate"), "Ctrl+E", "escalate", c.escalate),
            ("assign", _tr("Assign"), "Ctrl+Shift+A", "assign", c.assign),
            ("time", _tr("Log time"), "Ctrl+T", "time", c.log_time),
            ("timer", _tr("Start timer"), "Ctrl+Shift+T", "timer_start", c.toggle_timer),
            ("material", _tr("Material"), "Ctrl+Shift+M", "material", c.log_material),
            ("wait", _tr("Wait for customer"), "Ctrl+P", "pause", c.toggle_wait),
            ("resolve", _tr("Resolve"), "Ctrl+Shift+R", "resolve", c.resolve),
            ("message", _tr("Message"), "Ctrl+M", "message", c.message),
            ("feedback", _tr("Feedback"), "Ctrl+Shift+F", "feedback", c.record_feedback),
        ):
            action = QAction(icon(icon_name), text, self)
            action.setShortcut(QKeySequence(shortcut))
            action.setToolTip(f"{text} ({QKeySequence(shortcut).toString()})")
            action.triggered.connect(slot)
            self.addAction(action)  # the key works wherever the focus is
            self.actions_bar.addAction(action)
            button = self.actions_bar.widgetForAction(action)
            if button is not None:
                button.setObjectName("quickAction")
            self.actions[key] = action
        close = QAction(self)
        close.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        close.triggered.connect(self.close)
        self.addAction(close)

    @property
    def open_dialog(self) -> QDialog | None:
        """The action dialog open now (tests fill it in)."""
        return self.commands.dialog

    # -- showing ----------------------------------------------------------

    def reload(self) -> None:
        """Re-read the ticket (after an action, and for the countdown)."""
        with read_only(self.sessions) as session:
            self.detail = d = ticket_detail(session, self.ticket_id, dt.datetime.now())
        self.setWindowTitle(f"{d.number} — {d.title}")
        self.number_label.setText(d.number)
        self.title_label.setText(d.title)
        self.subtitle_label.setText(" · ".join(p for p in (d.client, d.contact, d.site) if p))
        self.description_label.setText(d.description.strip())
        self.description_label.setVisible(bool(d.description.strip()))
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
        self.facts.fill(d, len(materials))
        self.materials.fill(materials)
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

    def _enable_actions(self, d: TicketDetail) -> None:
        done = d.status in ticket_service.CLOSED_STATUSES
        for key in ("escalate", "assign", "wait"):
            self.actions[key].setEnabled(not done)
        self.actions["resolve"].setText(_tr("Reopen") if done else _tr("Resolve"))
        self.actions["feedback"].setEnabled(done)
        waiting = d.status == "waiting_customer"
        self.actions["wait"].setText(_tr("Resume") if waiting else _tr("Wait for customer"))

    def timer_on_this_ticket(self) -> bool:
        state = self.timer.state if self.timer is not None else None
        return state is not None and state.ticket_id == self.ticket_id

    def _timer_changed(self) -> None:
        """The timer started or stopped (here, in the main window or on
        another computer): Start or Stop, and the time logged."""
        action = self.actions["timer"]
        running = self.timer is not None and self.timer.running
        action.setEnabled(self.timer is not None)
        action.setText(_tr("Stop timer") if running else _tr("Start timer"))
        action.setIcon(icon("timer_stop" if running else "timer_start"))
        tip = (
            _tr("Stop the timer and log the work")
            if running
            else _tr("Start timing work on this ticket")
        )
        action.setToolTip(f"{tip} ({action.shortcut().toString()})")
        if self.detail is not None:
            self.reload()

    def after_change(self) -> None:
        """An action changed the ticket: show it and tell the queue."""
        self.reload()
        self.changed.emit(self.ticket_id)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stay open while a message is on its way: its thread belongs to
        this window, and the timeline entry follows the server's answer."""
        if self.commands.sending():
            event.ignore()
            return
        super().closeEvent(event)
