"""Save a screenshot of every page, of the client and ticket dialogs, and of
each workflow (time, on-site visit, invoicing and month end, prepaid hours,
dashboard, settings), on a fresh demo database.

    python scripts/screenshots.py OUTDIR [--lang pl] [--size 1024x700] [--only time,visit,...]

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
from screenshot_common import Shots, park_cursor, save_png, settle, wait_until
from screenshot_credit import credit_shots
from screenshot_invoicing import invoicing_shots
from screenshot_workflows import (
    dashboard_shots,
    prepaid_shots,
    settings_shots,
    time_shots,
    visit_shots,
)

from desktop.app import open_database
from desktop.db.session import unit_of_work
from desktop.demo.build import build_demo_shop
from desktop.services.helpdesk.sla import recompute_open_tickets
from desktop.views.i18n import install_translators
from desktop.views.launch import make_application
from desktop.views.main_window import PAGES, MainWindow

WORKFLOWS = (
    "pages",
    "tickets",
    "time",
    "visit",
    "prepaid",
    "dashboard",
    "settings",
    "credit",
    "invoicing",
)


def _settle(_app: QApplication) -> None:
    settle()


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
    save_png(window.grab(), path)
    saved.append(path)
    queue.set_filter("open")
    with read_only(db.sessions) as session:
        ticket_id = session.scalar(
            select(Ticket.id)
            .where(Ticket.tier == 4, Ticket.vendor_case_ref.is_not(None))
            .order_by(Ticket.opened_at.desc())
            .limit(1)
        ) or session.scalar(select(Ticket.id).order_by(Ticket.opened_at.desc()).limit(1))
    page = queue.open_ticket(ticket_id)
    page.resize(1180, 760)
    _settle(app)
    path = outdir / "ticket_page.png"
    save_png(page.grab(), path)
    saved.append(path)
    page.close()
    with read_only(db.sessions) as session:
        open_id = session.scalar(
            select(Ticket.id)
            .where(Ticket.status == "open", Ticket.tier < 3)
            .order_by(Ticket.opened_at.desc())
            .limit(1)
        )
        resolved_id = session.scalar(
            select(Ticket.id)
            .where(Ticket.status == "resolved")
            .order_by(Ticket.resolved_at.desc())
            .limit(1)
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
    save_png(dialog.grab(), path)
    saved.append(path)
    dialog.reject()
    page.close()
    page = queue.open_ticket(resolved_id)
    dialog = page.message("resolution")
    _settle(app)
    path = outdir / "ticket_message_dialog.png"
    save_png(dialog.grab(), path)
    saved.append(path)
    dialog.reject()
    page.close()
    kb = window.page("knowledge")
    window.show_page("knowledge")
    kb.search.setText("printer")
    kb.refresh()
    _settle(app)
    path = outdir / "knowledge_search.png"
    save_png(window.grab(), path)
    saved.append(path)
    return saved


def _page_shots(app: QApplication, window: MainWindow, outdir: Path, saved: list[Path]) -> None:
    """One picture per page, then the client dialog, clean and with an error."""
    for key in PAGES:
        window.show_page(key)
        page = window.page(key)
        wait_until(lambda page=page: not getattr(page, "busy", False))  # dashboard figures
        _settle(app)
        path = outdir / f"{key}.png"
        save_png(window.grab(), path)
        saved.append(path)

    clients = window.page("clients")
    window.show_page("clients")
    clients.table.selectRow(0)
    _settle(app)
    dialog = clients.make_edit_dialog(clients.selected_id())
    dialog.show()
    _settle(app)
    path = outdir / "client_dialog.png"
    save_png(dialog.grab(), path)
    saved.append(path)
    # The same dialog with a validation message showing.
    dialog.rate_edit.setText("95.123")
    dialog.name_edit.clear()
    dialog.accept()
    _settle(app)
    path = outdir / "client_dialog_errors.png"
    save_png(dialog.grab(), path)
    saved.append(path)
    dialog.reject()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--lang", default="en", help="interface language: en, pl, sv, el, eo")
    parser.add_argument(
        "--size", default="1280x800", help="window size, e.g. 1024x700 (the smallest supported)"
    )
    parser.add_argument(
        "--only", default=",".join(WORKFLOWS), help="comma-separated: " + ", ".join(WORKFLOWS)
    )
    args = parser.parse_args(argv)
    width, _, height = args.size.partition("x")
    only = set(args.only.split(","))
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
        window.resize(int(width), int(height))
        window.show()
        shots = Shots(args.outdir)
        # The daily automatic backup runs at start; let it finish, then
        # clear its message (it names a temporary folder).
        backups = getattr(window, "backups", None)
        if backups is not None:  # it starts once the event loop runs
            wait_until(lambda: backups.auto_task is not None and backups.auto_task.finished)
        window.statusBar().clearMessage()
        park_cursor()
        settle()
        if "pages" in only:
            _page_shots(app, window, args.outdir, shots.saved)
        if "tickets" in only:
            shots.saved += _ticket_shots(app, window, db, args.outdir)
        if "time" in only:
            time_shots(window, shots, args.lang)
        if "visit" in only:
            visit_shots(window, shots, args.lang)
        if "prepaid" in only:
            prepaid_shots(window, shots, args.lang)
        if "dashboard" in only:
            dashboard_shots(window, shots)
        if "settings" in only:
            settings_shots(window, shots, args.lang)
        if "credit" in only:  # records an overpayment
            credit_shots(window, db, shots)
        if "invoicing" in only:  # last: it issues invoices
            invoicing_shots(window, shots)
        saved = shots.saved
        window.close()
        _settle(app)
        db.close()
    print(f"Qt platform: {QApplication.platformName()}")
    for path in saved:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
