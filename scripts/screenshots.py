"""Save a screenshot of every page, and of the client edit dialog, on a fresh
demo database.

    python scripts/screenshots.py OUTDIR [--lang pl]

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
from desktop.db.session import unit_of_work
from desktop.services.demo_data import build_demo_shop
from desktop.services.sla import recompute_open_tickets
from desktop.views.i18n import install_translators
from desktop.views.launch import make_application
from desktop.views.main_window import PAGES, MainWindow


def _settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def _ticket_shots(app: QApplication, window: MainWindow, db, outdir: Path) -> list[Path]:
    """The queue at risk/overdue, a ticket escalated to a vendor, and the
    knowledge base with a search."""
    from sqlalchemy import select

    from desktop.db.session import read_only
    from desktop.models import Ticket

    saved = []
    queue = window.page("tickets")
    window.show_page("tickets")
    queue.set_filter("attention")
    _settle(app)
    path = outdir / "tickets_attention.png"
    window.grab().save(str(path))
    saved.append(path)
    queue.set_filter("open")
    with read_only(db.sessions) as session:
        ticket_id = session.scalar(
            select(Ticket.id).where(Ticket.tier == 4, Ticket.vendor_case_ref.is_not(None))
            .order_by(Ticket.opened_at.desc()).limit(1)
        ) or session.scalar(select(Ticket.id).order_by(Ticket.opened_at.desc()).limit(1))
    page = queue.open_ticket(ticket_id)
    page.resize(1180, 760)
    _settle(app)
    path = outdir / "ticket_page.png"
    page.grab().save(str(path))
    saved.append(path)
    page.close()
    with read_only(db.sessions) as session:
        open_id = session.scalar(
            select(Ticket.id).where(Ticket.status == "open", Ticket.tier < 3)
            .order_by(Ticket.opened_at.desc()).limit(1)
        )
        resolved_id = session.scalar(
            select(Ticket.id).where(Ticket.status == "resolved")
            .order_by(Ticket.resolved_at.desc()).limit(1)
        )
    page = queue.open_ticket(open_id)
    dialog = page.escalate()
    dialog.tier_combo.setCurrentIndex(dialog.tier_combo.findData(4))
    dialog.reason_edit.setPlainText("Scanner firmware drops SMTP AUTH; only the vendor can fix it.")
    dialog.vendor_edit.setText("Brother")
    dialog.case_edit.setText("BR-778812")
    dialog.promised_check.setChecked(True)
    _settle(app)
    path = outdir / "ticket_escalate_dialog.png"
    dialog.grab().save(str(path))
    saved.append(path)
    dialog.reject()
    page.close()
    page = queue.open_ticket(resolved_id)
    dialog = page.message("resolution")
    _settle(app)
    path = outdir / "ticket_message_dialog.png"
    dialog.grab().save(str(path))
    saved.append(path)
    dialog.reject()
    page.close()
    kb = window.page("knowledge")
    window.show_page("knowledge")
    kb.search.setText("printer")
    kb.refresh()
    _settle(app)
    path = outdir / "knowledge_search.png"
    window.grab().save(str(path))
    saved.append(path)
    return saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--lang", default="en", help="interface language: en, pl, sv, el, eo")
    args = parser.parse_args(argv)
    args.outdir.mkdir(parents=True, exist_ok=True)

    with tempfile.TemporaryDirectory(prefix="techledger-shots-") as tmp:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        app = make_application(sys.argv[:1])
        if args.lang != "en":
            install_translators(args.lang)
        db = open_database(str(Path(tmp) / "demo.db"))
        build_demo_shop(db, seed=7, today=dt.date.today())
        # The demo stores due times only; let the SLA rules fill in the
        # at-risk moments so the queue shows them as it would in use.
        with unit_of_work(db.sessions) as session:
            recompute_open_tickets(session)
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

        saved += _ticket_shots(app, window, db, args.outdir)

        window.close()
        _settle(app)
        db.close()
    print(f"Qt platform: {QApplication.platformName()}")
    for path in saved:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
