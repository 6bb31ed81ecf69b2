"""Start the window: the one place that creates the QApplication."""

from __future__ import annotations

import os

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from desktop import APP_NAME, __version__
from desktop.app import Database
from desktop.views.i18n import install_translators
from desktop.views.main_window import APPLICATION, ORGANIZATION, MainWindow
from desktop.views.theme import app_icon


def make_application(argv: list[str]) -> QApplication:
    """The QApplication with our names (they decide where QSettings live)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    # Fusion looks the same on every platform, so the style sheet's colours
    # and spacing hold everywhere.
    app.setStyle("Fusion")
    return app


# benchmarks/startup.py sets this to time "process start to window painted".
REPORT_FIRST_PAINT = "TECHLEDGER_REPORT_FIRST_PAINT"


class _FirstPaintReporter(QObject):
    """Prints a line when the window first paints, then quits the app."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            print("first-paint", flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False


def _report_first_paint(window: QWidget) -> None:
    reporter = _FirstPaintReporter(window)
    window.installEventFilter(reporter)


def run_gui(db: Database, argv: list[str]) -> int:
    """Show the main window on `db` and run the event loop; returns the exit
    code. The caller owns `db` and closes it afterwards."""
    app = make_application(argv)
    install_translators()
    window = MainWindow(db)
    if os.environ.get(REPORT_FIRST_PAINT):
        _report_first_paint(window)
    window.show()
    code = app.exec()
    del window
    return int(code)
