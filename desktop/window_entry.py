"""Opening the window from the command line: the real database, or a
throw-away demo one with `--demo`. Problems that stop the database from
opening are shown in a message box as well as on stderr."""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

from desktop.app import Database, open_database
from desktop.db.backup import BackupError
from desktop.db.database_file import DatabaseFileError
from desktop.db.migrate import DatabaseTooNew, MigrationFailed


def _show_startup_error(message: str) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance() or QApplication(sys.argv[:1])
    print(f"techledger: {message}", file=sys.stderr)
    QMessageBox.critical(None, "TechLedger cannot open the database", message)
    del app


NO_DISPLAY = (
    "No display was found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the window "
    "cannot open. The command line works without one: run `techledger --help`."
)


def missing_display(environ: dict[str, str] | os._Environ[str] = os.environ) -> bool:
    """True on Linux without a display to draw on. Qt would abort with its own
    plugin message instead; a chosen QT_QPA_PLATFORM (offscreen, vnc…) is
    the user's decision and is left to Qt."""
    if not sys.platform.startswith("linux") or environ.get("QT_QPA_PLATFORM"):
        return False
    return not (environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"))


def _open_demo(folder: Path) -> Database:
    from desktop.commandline.demo import write_demo_shop

    db = open_database(str(folder / "techledger-demo.db"))
    write_demo_shop(db)
    return db


def open_window(args: argparse.Namespace) -> int:
    """Open the main window; the demo database is deleted when it closes.
    A restart asked for in the window (a new interface language) starts the
    new process only after the database is closed."""
    if missing_display():
        # No message box either: it needs the display too.
        print(f"techledger: {NO_DISPLAY}", file=sys.stderr)
        return 1
    code = _open_window(args)
    from desktop.views.restart import start_pending_restart

    start_pending_restart()
    return code


def _open_window(args: argparse.Namespace) -> int:
    demo_folder = Path(tempfile.mkdtemp(prefix="techledger-demo-")) if args.demo else None
    try:
        try:
            db = _open_demo(demo_folder) if demo_folder else open_database(args.db)
        except (DatabaseFileError, DatabaseTooNew, MigrationFailed, BackupError) as exc:
            _show_startup_error(str(exc))
            return 1
        from desktop.views.launch import run_gui

        try:
            return run_gui(db, sys.argv[:1])
        finally:
            db.close()
    finally:
        if demo_folder is not None:
            shutil.rmtree(demo_folder, ignore_errors=True)
