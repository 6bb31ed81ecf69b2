"""Save a screenshot of every page, and of the client edit dialog, on a fresh
demo database.

    python scripts/screenshots.py OUTDIR

Runs on any Qt platform; under `xvfb-run -a` it uses a real X server, else
set QT_QPA_PLATFORM=offscreen. Window settings go to a temporary folder so
the user's saved window state is neither used nor changed."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from desktop.app import open_database
from desktop.services.demo_data import build_demo_shop
from desktop.views.launch import make_application
from desktop.views.main_window import PAGES, MainWindow


def _settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path)
    args = parser.parse_args(argv)
    args.outdir.mkdir(parents=True, exist_ok=True)

    with tempfile.TemporaryDirectory(prefix="techledger-shots-") as tmp:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        app = make_application(sys.argv[:1])
        db = open_database(str(Path(tmp) / "demo.db"))
        build_demo_shop(db, seed=7, today=dt.date.today())
        window = MainWindow(db)
        window.resize(1280, 800)
        window.show()
        _settle(app)
        saved = []
        for key in PAGES:
            window.show_page(key)
            _settle(app)
            path = args.outdir / f"{key}.png"
            window.grab().save(str(path))
            saved.append(path)

        clients = window.page("clients")
        window.show_page("clients")
        clients.table.selectRow(0)
        _settle(app)
        dialog = clients.make_edit_dialog(clients.selected_id())
        dialog.show()
        _settle(app)
        path = args.outdir / "client_dialog.png"
        dialog.grab().save(str(path))
        saved.append(path)
        # The same dialog with a validation message showing.
        dialog.rate_edit.setText("95.123")
        dialog.name_edit.clear()
        dialog.accept()
        _settle(app)
        path = args.outdir / "client_dialog_errors.png"
        dialog.grab().save(str(path))
        saved.append(path)
        dialog.reject()

        window.close()
        _settle(app)
        db.close()
    print(f"Qt platform: {QApplication.platformName()}")
    for path in saved:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
