"""Restarting TechLedger, so a new interface language shows at once.

The window is closed the normal way (its state saved, pages asked), the event
loop ends, the database is closed, and only then is the new process started
with the same command line — so the two never write at the same time."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QProcess
from PySide6.QtWidgets import QWidget

_pending = {"restart": False}


def restart_command() -> tuple[str, list[str]]:
    """The program and arguments that started this process.

    Frozen (PyInstaller), sys.executable is TechLedger itself and sys.argv[1:]
    its arguments. From source, sys.executable is Python and sys.orig_argv
    keeps what came after it (`-m desktop --db x`, or the path of the
    `techledger` script), which sys.argv alone loses for `-m`."""
    if getattr(sys, "frozen", False):
        return sys.executable, list(sys.argv[1:])
    original = list(getattr(sys, "orig_argv", []))
    if len(original) > 1:
        return sys.executable, original[1:]
    return sys.executable, list(sys.argv)


def _quit() -> None:
    QCoreApplication.quit()


def request_restart(window: QWidget) -> bool:
    """Close `window` and end the event loop, asking for a new process once
    everything is closed. False (and nothing pending) if the window refused
    to close, for example over unsaved work."""
    _pending["restart"] = True
    if not window.close():
        _pending["restart"] = False
        return False
    _quit()
    return True


def restart_pending() -> bool:
    return _pending["restart"]


def cancel_restart() -> None:
    _pending["restart"] = False


def start_pending_restart() -> bool:
    """Start the new process if a restart was asked for; True if it started.
    Called after the event loop ended and the database was closed."""
    if not _pending["restart"]:
        return False
    _pending["restart"] = False
    program, arguments = restart_command()
    started = QProcess.startDetached(program, arguments, os.getcwd())
    # startDetached returns (ok, pid) in PySide6; a bare bool when patched.
    return bool(started[0] if isinstance(started, tuple) else started)
