"""Start the window: the one place that creates the QApplication."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from desktop import APP_NAME, __version__
from desktop.app import Database
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


def run_gui(db: Database, argv: list[str]) -> int:
    """Show the main window on `db` and run the event loop; returns the exit
    code. The caller owns `db` and closes it afterwards."""
    app = make_application(argv)
    window = MainWindow(db)
    window.show()
    code = app.exec()
    del window
    return int(code)
