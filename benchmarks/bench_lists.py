"""The list pages and the search, timed through the real table models and a
shown QTableView, each beside the same rows fetched with hand-written SQL
through sqlite3 (no SQLAlchemy, no Qt). Used by benchmarks/run.py."""

from __future__ import annotations

import re
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QTableView

from desktop.services.queries.listing import CLIENTS, INVOICES, TIME_ENTRIES
from desktop.views.itemmodels.paged_table_model import PagedTableModel
from desktop.views.itemmodels.ticket_queue_table_model import TicketQueueTableModel


@dataclass(frozen=True)
class ListFigure:
    label: str
    rows_ms: float  # the model has its first page
    painted_ms: float  # ... and the view has painted it
    raw_ms: float  # the same page with hand-written SQL through sqlite3
    rows: int
    kind: str = "list"  # "list" or "search" (which target applies)


# -- hand-written SQL for the same pages -------------------------------------

_TE = (
    "SELECT te.id, te.started_at, t.name, c.name, k.number, w.name, te.raw_minutes,"
    " te.billed_minutes, te.billable, te.description FROM time_entries te"
    " JOIN technicians t ON t.id = te.technician_id JOIN clients c ON c.id = te.client_id"
    " JOIN work_types w ON w.id = te.work_type_id LEFT JOIN tickets k ON k.id = te.ticket_id"
)
_TE_LIKE = " WHERE te.description LIKE :p OR c.name LIKE :p OR t.name LIKE :p OR k.number LIKE :p"
_TE_ORDER = {
    "started_at": "te.started_at DESC, te.id DESC",
    "technician": "t.name, t.id, te.started_at, te.id",
    "client": "c.archived, c.name, c.id, te.started_at, te.id",
    "ticket": "te.ticket_id, te.started_at, te.id",
    "work_type": "w.name, w.id, te.started_at, te.id",
    "raw_minutes": "te.raw_minutes, te.id",
    "billed_minutes": "te.billed_minutes, te.id",
    "billable": "te.billable, te.started_at, te.id",
}
_CLIENTS = (
    "SELECT id, name, country, currency, city, vat_id, payment_terms_days, archived"
    " FROM clients WHERE archived = 0"
)
_TICKETS = (
    "SELECT t.id, t.number, t.title, c.name, t.status, t.priority, t.tier, a.name"
    " FROM tickets t JOIN clients c ON c.id = t.client_id"
    " LEFT JOIN technicians a ON a.id = t.assigned_technician_id"
)
_INVOICES = (
    "SELECT i.id, i.number, c.name, i.status, i.issue_date, i.due_date, i.total_minor,"
    " i.currency FROM invoices i JOIN clients c ON c.id = i.client_id"
)


def raw_ms(path: str, sql: str, params: dict, runs: int) -> tuple[float, int]:
    """Median ms to fetch all rows of `sql` with a plain sqlite3 connection
    (after one warm-up run), and the number of rows."""
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(sql, params).fetchall()
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            rows = conn.execute(sql, params).fetchall()
            times.append((time.perf_counter() - start) * 1000)
        return statistics.median(times), len(rows)
    finally:
        conn.close()


# -- through the models and a view -------------------------------------------


class ListTimer:
    """Times models shown in one visible table view (offscreen or real)."""

    def __init__(self, runs: int) -> None:
        self.runs = runs
        self.view = QTableView()
        self.view.resize(1200, 700)
        self.view.show()
        QCoreApplication.processEvents()

    def _paint(self) -> None:
        QCoreApplication.processEvents()
        self.view.viewport().repaint()

    def time(
        self,
        make: Callable[[], PagedTableModel],
        change: Callable[[PagedTableModel], None] | None = None,
    ) -> tuple[float, float, int]:
        """Median ms to the first page in the model and painted, and rows."""
        rows_times, paint_times, rows = [], [], 0
        for _ in range(self.runs + 1):  # the first run warms caches, not counted
            start = time.perf_counter()
            model = make()
            if change is not None:
                self.view.setModel(model)
                self._paint()
                start = time.perf_counter()
                change(model)
                ready = time.perf_counter()
            else:
                ready = time.perf_counter()
                self.view.setModel(model)
            self._paint()
            painted = time.perf_counter()
            rows_times.append((ready - start) * 1000)
            paint_times.append((painted - start) * 1000)
            rows = model.rowCount()
            self.view.setModel(None)
            model.deleteLater()
        return (
            statistics.median(rows_times[1:]),
            statistics.median(paint_times[1:]),
            rows,
        )


def _sort(key: str, spec=None) -> Callable[[PagedTableModel], None]:
    def change(model: PagedTableModel) -> None:
        model.sort(model.spec.column_index(key), Qt.SortOrder.AscendingOrder)

    return change


def _filter(text: str) -> Callable[[PagedTableModel], None]:
    return lambda model: model.set_filter_text(text)


def pick_words(path: str) -> dict[str, str]:
    """Search words that exist in this database (generators differ)."""
    conn = sqlite3.connect(path)
    try:

        def one(sql: str) -> str:
            row = conn.execute(sql).fetchone()
            return str(row[0]) if row and row[0] else ""

        def longest_word(text: str) -> str:
            found = sorted(re.findall(r"[^\W\d_]{4,}", text), key=len, reverse=True)
            return found[0].lower() if found else "backup"

        middle_client = one(
            "SELECT name FROM clients ORDER BY id LIMIT 1 OFFSET (SELECT count(*) / 2 FROM clients)"
        )
        return {
            "client": (longest_word(middle_client) or "gmbh")[:5],
            "ticket": longest_word(
                one("SELECT title FROM tickets WHERE id = (SELECT max(id) / 2 FROM tickets)")
            ),
            "entry": "backup"
            if conn.execute(
                "SELECT 1 FROM time_entries WHERE description LIKE '%backup%' LIMIT 1"
            ).fetchone()
            else longest_word(one("SELECT description FROM time_entries LIMIT 1")),
            "miss": "qwzx",
        }
    finally:
        conn.close()


def measure_lists(sessions, path: str, runs: int) -> list[ListFigure]:
    """Every list page: unfiltered, filtered and sorted (see the module doc)."""
    timer = ListTimer(runs)
    words = pick_words(path)
    figures: list[ListFigure] = []

    def case(label, make, change, sql, params=None, kind="list"):
        print(f"  {label}…", file=sys.stderr, flush=True)
        rows_ms, painted_ms, rows = timer.time(make, change)
        raw, _raw_rows = raw_ms(path, sql + " LIMIT 200", params or {}, runs)
        figures.append(ListFigure(label, rows_ms, painted_ms, raw, rows, kind))

    def like(word: str) -> dict:
        return {"p": f"%{word}%"}

    def clients():
        return PagedTableModel(sessions, CLIENTS)

    w = words["client"]
    case("clients", clients, None, _CLIENTS + " ORDER BY name, id")
    case(
        f"clients, filter {w!r}",
        clients,
        _filter(w),
        _CLIENTS + " AND (name LIKE :p OR city LIKE :p OR vat_id LIKE :p OR email LIKE :p)"
        " ORDER BY name, id",
        like(w),
    )
    case("clients, sorted by city", clients, _sort("city"), _CLIENTS + " ORDER BY city, id")

    def tickets():
        return TicketQueueTableModel(sessions, filter_key="all")

    w = words["ticket"]
    case("tickets (all)", tickets, None, _TICKETS + " ORDER BY t.number DESC, t.id DESC")
    fts = f'"{w}"*'
    case(
        f"ticket search {w!r} (FTS)",
        tickets,
        _filter(w),
        _TICKETS + " WHERE t.id IN (SELECT rowid FROM tickets_fts WHERE tickets_fts MATCH :q)"
        " ORDER BY t.number DESC, t.id DESC",
        {"q": fts},
        kind="search",
    )
    case(
        f"ticket search {words['miss']!r} (no match)",
        tickets,
        _filter(words["miss"]),
        _TICKETS + " WHERE t.id IN (SELECT rowid FROM tickets_fts WHERE tickets_fts MATCH :q)"
        " ORDER BY t.number DESC, t.id DESC",
        {"q": f'"{words["miss"]}"*'},
        kind="search",
    )
    case(
        "tickets, sorted by client",
        tickets,
        _sort("client"),
        _TICKETS + " ORDER BY c.name, t.id",
    )

    def entries():
        return PagedTableModel(sessions, TIME_ENTRIES)

    case("time entries", entries, None, f"{_TE} ORDER BY {_TE_ORDER['started_at']}")
    for word in (words["entry"], words["miss"]):
        case(
            f"time entries, filter {word!r}",
            entries,
            _filter(word),
            f"{_TE}{_TE_LIKE} ORDER BY {_TE_ORDER['started_at']}",
            like(word),
        )
    for key, order in _TE_ORDER.items():
        if key != "started_at":
            case(f"time entries, sorted by {key}", entries, _sort(key), f"{_TE} ORDER BY {order}")

    def invoices():
        return PagedTableModel(sessions, INVOICES)

    w = words["client"]
    case("invoices", invoices, None, _INVOICES + " ORDER BY i.issue_date DESC, i.id DESC")
    case(
        f"invoices, filter {w!r}",
        invoices,
        _filter(w),
        _INVOICES + " WHERE i.number LIKE :p OR c.name LIKE :p OR i.status LIKE :p"
        " ORDER BY i.issue_date DESC, i.id DESC",
        like(w),
    )
    case(
        "invoices, sorted by client",
        invoices,
        _sort("client"),
        _INVOICES + " ORDER BY c.name, i.id",
    )
    timer.view.close()
    return figures
