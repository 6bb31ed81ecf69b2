"""The operation contract (views/operations.py, views/changes.py): the
background work gets its own Session on the worker thread, committed there;
when it succeeds the kinds it changed are announced once, and only the
pages showing those records refresh (a hidden one when it is shown)."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtWidgets import QWidget
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db.session import read_only
from desktop.models import Client
from desktop.views import changes
from desktop.views.clients_page import ClientsPage
from desktop.views.operations import Cancelled, run_in_background


class Page(QWidget):
    """A page that counts its refreshes."""

    def __init__(self, sessions, kinds, **options) -> None:
        super().__init__()
        self.refreshes = 0
        changes.watch_changes(self, sessions, kinds, self.refresh, **options)

    def refresh(self) -> None:
        self.refreshes += 1


def client_names(db) -> list[str]:
    with read_only(db.sessions) as s:
        return list(s.scalars(select(Client.name).order_by(Client.name)))


def add_client(name: str, seen: dict):
    def work(session: Session, progress) -> str:
        seen["thread"] = threading.get_ident()
        seen["session"] = session
        session.add(Client(name=name, country="SE", currency="SEK"))
        return name

    return work


def test_success_commits_on_the_worker_and_announces_the_kinds_once(qtbot, small_db):
    gui_thread = threading.get_ident()
    heard: list[frozenset] = []
    changes.changes_for(small_db.sessions).changed.connect(heard.append)
    clients, tickets = Page(small_db.sessions, {"clients"}), Page(small_db.sessions, {"tickets"})
    for page in (clients, tickets):
        qtbot.addWidget(page)
        page.show()
    seen: dict = {}
    done: list[str] = []
    task = run_in_background(
        add_client("Zeta AB", seen),
        sessions=small_db.sessions,
        changes={"clients", "invoices"},
        on_done=lambda name: done.append((name, clients.refreshes)),
    )
    with qtbot.waitSignal(task.done, timeout=10_000):
        pass
    assert isinstance(seen["session"], Session) and seen["thread"] != gui_thread
    assert "Zeta AB" in client_names(small_db)  # committed by the operation
    assert heard == [frozenset({"clients", "invoices"})]  # once, both kinds
    assert clients.refreshes == 1
    assert tickets.refreshes == 0  # not its records
    # The pages were fresh before on_done ran.
    assert done == [("Zeta AB", 1)]


def test_a_hidden_page_refreshes_when_shown_once_however_many_changes(qtbot, small_db):
    hidden = Page(small_db.sessions, {"clients"})
    qtbot.addWidget(hidden)
    for name in ("Eta AB", "Theta AB"):
        task = run_in_background(
            add_client(name, {}), sessions=small_db.sessions, changes={"clients"}
        )
        with qtbot.waitSignal(task.done, timeout=10_000):
            pass
    assert hidden.refreshes == 0  # nobody sees it: nothing read yet
    hidden.show()
    assert hidden.refreshes == 1
    hidden.hide()
    hidden.show()
    assert hidden.refreshes == 1  # nothing changed since


def test_failure_rolls_back_and_announces_nothing(qtbot, small_db):
    heard: list[frozenset] = []
    changes.changes_for(small_db.sessions).changed.connect(heard.append)
    page = Page(small_db.sessions, {"clients"})
    qtbot.addWidget(page)
    page.show()

    def work(session: Session, progress) -> None:
        session.add(Client(name="Never AB", country="SE", currency="SEK"))
        session.flush()
        raise RuntimeError("disk full")

    task = run_in_background(work, sessions=small_db.sessions, changes={"clients"})
    with qtbot.waitSignal(task.error, timeout=10_000) as failed:
        pass
    assert str(failed.args[0]) == "disk full"
    assert "Never AB" not in client_names(small_db)
    assert heard == [] and page.refreshes == 0


def test_the_clients_page_lists_a_client_added_in_the_background(qtbot, small_db):
    page = ClientsPage(small_db.sessions)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    before = page.model.rowCount()
    task = run_in_background(
        add_client("Iota AB", {}), sessions=small_db.sessions, changes={"clients"}
    )
    with qtbot.waitSignal(task.done, timeout=10_000):
        pass
    qtbot.waitUntil(lambda: page.model.rowCount() == before + 1)


def test_another_databases_pages_hear_nothing(qtbot, small_db, tmp_path):
    from desktop.app import open_database

    other = open_database(str(tmp_path / "other.sqlite"))
    try:
        page = Page(other.sessions, {"clients"})
        qtbot.addWidget(page)
        page.show()
        task = run_in_background(
            add_client("Kappa AB", {}), sessions=small_db.sessions, changes={"clients"}
        )
        with qtbot.waitSignal(task.done, timeout=10_000):
            pass
        assert page.refreshes == 0
    finally:
        other.close()


def test_unknown_kinds_and_changes_without_a_database_are_refused(small_db):
    with pytest.raises(ValueError):
        run_in_background(lambda s, p: None, sessions=small_db.sessions, changes={"clientz"})
    with pytest.raises(ValueError):
        run_in_background(lambda p: None, changes={"clients"})
    with pytest.raises(ValueError):
        run_in_background(
            lambda s, p: None, sessions=small_db.sessions, reading=True, changes={"clients"}
        )


def test_a_cancelled_operation_reports_progress_keeps_nothing_and_announces_nothing(
    qtbot, small_db
):
    heard: list[frozenset] = []
    changes.changes_for(small_db.sessions).changed.connect(heard.append)
    started = threading.Event()

    def work(session: Session, progress) -> None:
        session.add(Client(name="Half done AB", country="SE", currency="SEK"))
        session.flush()
        progress.report(1, 2, "first half")
        started.set()
        while not progress.cancelled:
            time.sleep(0.01)
        progress.check()  # raises Cancelled

    task = run_in_background(work, sessions=small_db.sessions, changes={"clients"})
    seen: list[tuple] = []
    task.progressed.connect(lambda *args: seen.append(args))
    assert started.wait(10)
    task.cancel()
    with qtbot.waitSignal(task.error, timeout=10_000) as failed:
        pass
    assert isinstance(failed.args[0], Cancelled)
    assert seen == [(1, 2, "first half")]
    assert "Half done AB" not in client_names(small_db)
    assert heard == []
