"""The running timer in the window: a toolbar action, a status-bar read-out
with a Stop button, and a system-tray icon (where the desktop has a tray).

The timer itself is a RunningTimer row, so closing the app does not stop it;
the next window shows it again with its original start."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSystemTrayIcon,
    QToolBar,
    QToolButton,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.session import read_only, unit_of_work
from desktop.services.common.errors import UserError
from desktop.services.records.timer import (
    TimerState,
    now,
    running_timer,
    start_timer,
    technician_choices,
)
from desktop.views import changes
from desktop.views.record_dialog import service_message
from desktop.views.theme import app_icon, icon
from desktop.views.time.quick_entry import QuickEntryDialog

SETTINGS_KEY = "time/technician"


def _settings() -> QSettings:
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "TechLedger", "TechLedger"
    )


def format_elapsed(seconds: int) -> str:
    hours, rest = divmod(max(seconds, 0), 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}"


class TimerController(QObject):
    """Starts and stops the chosen technician's timer; `changed` fires when
    the timer or the technician changes. `clock` is the time source (tests
    replace it)."""

    changed = Signal()

    def __init__(self, sessions: sessionmaker[Session], parent: QWidget) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.clock: Callable[[], dt.datetime] = now
        self.state: TimerState | None = None
        self.dialog: QuickEntryDialog | None = None
        self.technician_id: int | None = None
        self._window = parent
        stored = _settings().value(SETTINGS_KEY)
        with read_only(sessions) as session:
            ids = [c.id for c in technician_choices(session)]
        wanted = int(stored) if isinstance(stored, (int, str)) and str(stored).isdigit() else None
        self.technician_id = wanted if wanted in ids else (ids[0] if ids else None)
        self.refresh()
        changes.watch_changes(self, sessions, {changes.PEOPLE}, self.reload_technicians)

    def reload_technicians(self) -> None:
        """The technicians changed (Settings, or the CLI): keep the chosen
        one while still active, otherwise take the first active one."""
        with read_only(self.sessions) as session:
            ids = [c.id for c in technician_choices(session)]
        if self.technician_id not in ids:
            self.technician_id = ids[0] if ids else None
            self.refresh()

    @property
    def running(self) -> bool:
        return self.state is not None

    def set_technician(self, technician_id: int | None) -> None:
        if technician_id == self.technician_id:
            return
        self.technician_id = technician_id
        if technician_id is not None:
            _settings().setValue(SETTINGS_KEY, technician_id)
        self.refresh()

    def refresh(self) -> None:
        """Read the timer from the database (another computer may have
        started or stopped it)."""
        state = None
        if self.technician_id is not None:
            with read_only(self.sessions) as session:
                state = running_timer(session, self.technician_id)
        self.state = state
        self.changed.emit()

    def elapsed_seconds(self) -> int:
        if self.state is None:
            return 0
        return int((self.clock() - self.state.started_at).total_seconds())

    def start(
        self, *, client_id: int | None = None, ticket_id: int | None = None, description: str = ""
    ) -> bool:
        """Start the timer now; False (after telling the user) when it cannot."""
        if self.technician_id is None:
            self.reload_technicians()  # one may have been added since
        if self.technician_id is None:
            self._tell(self.tr("Add a technician in Settings before timing work."))
            return False
        try:
            with unit_of_work(self.sessions) as session:
                start_timer(
                    session,
                    self.technician_id,
                    client_id=client_id,
                    ticket_id=ticket_id,
                    description=description,
                    started_at=self.clock(),
                )
        except UserError as exc:
            messages = exc.field_errors().values() or [exc.message]
            self._tell("\n".join(service_message(m) for m in messages))
            self.refresh()
            return False
        self.refresh()
        return True

    def stop(self) -> QuickEntryDialog | None:
        """Open the entry the timer becomes, prefilled; the timer ends when
        that entry is saved (Cancel keeps it running)."""
        self.refresh()
        if self.state is None:
            return None
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            self.dialog.activateWindow()
            return self.dialog
        dialog = QuickEntryDialog(
            self.sessions, timer=self.state, end=self.clock(), parent=self._window
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: changes.announce(self.sessions, {changes.TIME}))
        dialog.finished.connect(lambda _result: self._stop_finished())
        self.dialog = dialog
        dialog.open()
        return dialog

    def _stop_finished(self) -> None:
        self.dialog = None
        self.refresh()

    def toggle(self) -> None:
        if self.running:
            self.stop()
        else:
            self.start()

    def _tell(self, text: str) -> None:
        QMessageBox.information(self._window, self.tr("Timer"), text)


class TimerIndicator(QObject):
    """The toolbar action, status-bar read-out and tray icon of one window."""

    def __init__(self, window: QMainWindow, controller: TimerController) -> None:
        super().__init__(window)
        self.window = window
        self.controller = controller

        self.toggle_action = QAction(icon("timer_start"), self.tr("Start &timer"), window)
        self.toggle_action.setObjectName("timerToggleAction")
        self.toggle_action.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.toggle_action.triggered.connect(controller.toggle)
        self.entry_action = QAction(icon("time_entry"), self.tr("New time &entry…"), window)
        self.entry_action.setObjectName("timeEntryAction")
        self.entry_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.entry_action.triggered.connect(self.new_entry)

        self.toolbar = QToolBar(self.tr("Timer"), window)
        self.toolbar.setObjectName("timerToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addAction(self.toggle_action)
        self.toolbar.addAction(self.entry_action)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

        self.label = QLabel()
        self.label.setObjectName("timerStatus")
        self.button = QToolButton()
        self.button.setObjectName("timerStatusButton")
        self.button.setDefaultAction(self.toggle_action)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.setAutoRaise(True)
        window.statusBar().addPermanentWidget(self.label)
        window.statusBar().addPermanentWidget(self.button)

        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(app_icon(), window)
            menu = QMenu(window)
            menu.addAction(self.toggle_action)
            menu.addAction(self.entry_action)
            menu.addSeparator()
            show = menu.addAction(self.tr("Show TechLedger"))
            show.triggered.connect(self._show_window)
            self.tray.setContextMenu(menu)
            self.tray.activated.connect(self._tray_activated)
            self.tray.show()

        self.tick = QTimer(self)
        self.tick.setInterval(1000)
        self.tick.timeout.connect(self.update_text)
        controller.changed.connect(self.update_state)
        self.update_state()

    def new_entry(self) -> QuickEntryDialog:
        dialog = QuickEntryDialog(
            self.controller.sessions,
            technician_id=self.controller.technician_id,
            start=self.controller.clock().replace(second=0),
            parent=self.window,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        sessions = self.controller.sessions
        dialog.accepted.connect(lambda: changes.announce(sessions, {changes.TIME}))
        dialog.open()
        return dialog

    def update_state(self) -> None:
        running = self.controller.running
        self.toggle_action.setText(self.tr("Stop &timer") if running else self.tr("Start &timer"))
        self.toggle_action.setIcon(icon("timer_stop" if running else "timer_start"))
        self.toggle_action.setToolTip(
            self.tr("Stop the timer and log the work (Ctrl+Shift+T)")
            if running
            else self.tr("Start timing work now (Ctrl+Shift+T)")
        )
        if running:
            self.tick.start()
        else:
            self.tick.stop()
        self.update_text()

    def status_text(self) -> str:
        state = self.controller.state
        if state is None:
            return ""
        text = self.tr("Timer %1").replace("%1", format_elapsed(self.controller.elapsed_seconds()))
        what = state.ticket or state.client
        return f"{text} · {what}" if what else text

    def update_text(self) -> None:
        text = self.status_text()
        self.label.setText(text)
        self.label.setVisible(bool(text))
        if self.tray is not None:
            self.tray.setToolTip(text or self.tr("TechLedger — no timer running"))

    def _show_window(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def _tray_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self._show_window()


def install_timer(window: QMainWindow, sessions: sessionmaker[Session]) -> TimerController:
    """Give the main window its timer: controller, toolbar, status bar, tray."""
    controller = TimerController(sessions, window)
    controller.indicator = TimerIndicator(window, controller)  # type: ignore[attr-defined]
    return controller
