"""Billing work timed through the services the window calls: the unbilled
summary, a client's details, drafting one invoice, one invoice PDF, and a
month-end run in the app's background runner while a 10 ms QTimer measures
how long the event loop goes without a tick. Used by benchmarks/run.py."""

from __future__ import annotations

import datetime as dt
import sqlite3
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEventLoop, QTimer

from desktop.db.session import read_only


@dataclass(frozen=True)
class Figure:
    label: str
    ms: float
    raw_ms: float | None = None
    note: str = ""


def median_ms(work: Callable[[], object], runs: int) -> float:
    work()  # warm-up: imports, statement caches, SQLite page cache
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def raw_median_ms(path: str, statements: list[tuple[str, tuple]], runs: int) -> float:
    conn = sqlite3.connect(path)
    try:

        def work() -> None:
            for sql, params in statements:
                conn.execute(sql, params).fetchall()

        return median_ms(work, runs)
    finally:
        conn.close()


_UNBILLED_RAW = [
    (
        "SELECT client_id, count(*), coalesce(sum(raw_minutes), 0), min(started_at)"
        " FROM time_entries WHERE billable = 1 AND invoice_line_id IS NULL AND started_at < ?"
        " GROUP BY client_id",
        ("9999-01-01",),
    ),
    (
        "SELECT client_id, count(*), min(used_on) FROM material_entries WHERE billable = 1"
        " AND invoice_line_id IS NULL AND used_on <= ? GROUP BY client_id",
        ("9999-01-01",),
    ),
    ("SELECT id, name, currency FROM clients", ()),
]


def unbilled_summary(sessions, path: str, runs: int) -> Figure:
    from desktop.services.billing.unbilled import unbilled_by_client

    today = dt.date.today()

    def work() -> None:
        with read_only(sessions) as session:
            unbilled_by_client(session, today)

    return Figure(
        "unbilled summary, all clients",
        median_ms(work, runs),
        raw_median_ms(path, _UNBILLED_RAW, runs),
    )


def client_details(sessions, path: str, runs: int) -> Figure:
    """The client whose entry count is nearest 10,000, opened in the
    clients page's details panel (contacts and sites) and painted."""
    from desktop.views.client_details import ClientDetailsPanel

    conn = sqlite3.connect(path)
    client_id, entries = conn.execute(
        "SELECT client_id, count(*) AS n FROM time_entries GROUP BY client_id"
        " ORDER BY abs(count(*) - 10000) LIMIT 1"
    ).fetchone()
    conn.close()
    panel = ClientDetailsPanel(sessions)
    panel.resize(900, 300)
    panel.show()

    def work() -> None:
        panel.show_client(None)
        panel.show_client(client_id)
        QCoreApplication.processEvents()
        panel.repaint()

    ms = median_ms(work, runs)
    panel.close()
    raw = raw_median_ms(
        path,
        [
            (
                "SELECT * FROM contacts WHERE client_id = ? AND archived = 0 ORDER BY name, id",
                (client_id,),
            ),
            (
                "SELECT * FROM sites WHERE client_id = ? AND archived = 0 ORDER BY name, id",
                (client_id,),
            ),
        ],
        runs,
    )
    return Figure(f"client details ({entries:,} entries)", ms, raw, "contacts+sites, painted")


def draft_one(sessions, path: str, runs: int) -> Figure:
    """Draft (and roll back) an invoice for a client with about 2,000
    unbilled entries: services.unbilled.estimate, the path the invoicing
    page uses; nothing is kept."""
    from desktop.services.billing.unbilled import estimate

    conn = sqlite3.connect(path)
    best = None
    for (client_id,) in conn.execute("SELECT id FROM clients"):
        row = conn.execute(
            "SELECT started_at FROM time_entries WHERE client_id = ? AND billable = 1"
            " AND invoice_line_id IS NULL ORDER BY started_at LIMIT 1 OFFSET 1999",
            (client_id,),
        ).fetchone()
        if row is not None and (best is None or row[0] < best[1]):
            best = (client_id, row[0])
    if best is None:  # nobody has 2,000 unbilled entries: the one with most
        best = conn.execute(
            "SELECT client_id, max(started_at) FROM time_entries WHERE billable = 1"
            " AND invoice_line_id IS NULL GROUP BY client_id ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()
    client_id, last = best
    period_to = dt.date.fromisoformat(last[:10])
    raw_sql = (
        "SELECT * FROM time_entries WHERE client_id = ? AND billable = 1"
        " AND invoice_line_id IS NULL AND started_at < ? ORDER BY started_at, id"
    )
    until = (period_to + dt.timedelta(days=1)).isoformat()
    count = len(conn.execute(raw_sql, (client_id, until)).fetchall())
    conn.close()
    first = period_to.replace(day=1)

    def work() -> None:
        result = estimate(sessions, client_id, period_from=first, period_to=period_to)
        if result.total_minor is None:
            raise RuntimeError(result.problem)

    ms = median_ms(work, max(3, runs // 2))
    raw = raw_median_ms(path, [(raw_sql, (client_id, until))], runs)
    return Figure(f"draft invoice ({count:,} entries)", ms, raw, "raw = reading the entries")


def one_pdf(sessions, runs: int) -> Figure:
    """One issued invoice (the one with the most lines up to 40): the data
    read through the services, then rendered (Factur-X embedded)."""
    from sqlalchemy import func, select

    from desktop.documents.invoice import render_invoice
    from desktop.models import Invoice, InvoiceLine
    from desktop.services.printing.invoice_data import invoice_data

    with read_only(sessions) as session:
        invoice_id, lines = session.execute(
            select(InvoiceLine.invoice_id, func.count())
            .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
            .where(Invoice.number.is_not(None))
            .group_by(InvoiceLine.invoice_id)
            .order_by(func.abs(func.count() - 40), InvoiceLine.invoice_id)
            .limit(1)
        ).one()

    def work() -> None:
        with read_only(sessions) as session:
            data = invoice_data(session, invoice_id)
        render_invoice(data)

    return Figure(f"invoice PDF ({lines} lines)", median_ms(work, runs), None, "data + render")


@dataclass(frozen=True)
class MonthEnd:
    invoices: int
    total_s: float
    worst_gap_ms: float
    gaps_over_100: int
    runs: int
    stopped: bool  # the time limit ran out first


def month_end(sessions, path: str, wanted: int = 500, limit_s: float = 600) -> MonthEnd:
    """Month-end runs, month after month from the oldest unbilled work, until
    `wanted` invoices are issued (one run bills each client once), in the
    app's background runner while the GUI thread ticks every 10 ms. Stops
    (as Cancel would) after `limit_s` seconds."""
    from desktop.services.billing.month_end import run_month_end
    from desktop.views.operations import run_in_background

    conn = sqlite3.connect(path)
    oldest = conn.execute(
        "SELECT min(started_at) FROM time_entries WHERE billable = 1 AND invoice_line_id IS NULL"
    ).fetchone()[0]
    conn.close()
    month = dt.date.fromisoformat(oldest[:10]).replace(day=1)
    today = dt.date.today()
    state = {"issued": 0, "runs": 0}
    deadline = time.perf_counter() + limit_s

    def enough() -> bool:
        return state["issued"] >= wanted or time.perf_counter() > deadline

    def count(_done: int, _total: int, result) -> None:
        if result.invoice_id is not None:
            state["issued"] += 1

    def work(progress) -> int:
        nonlocal month
        while not enough() and month <= today:
            following = (month + dt.timedelta(days=32)).replace(day=1)
            run_month_end(
                sessions,
                period_from=month,
                period_to=following - dt.timedelta(days=1),
                issue_date=today,
                cancelled=enough,
                progress=count,
            )
            state["runs"] += 1
            progress.report(state["issued"], wanted, "")
            month = following
        return state["issued"]

    gaps: list[float] = []
    clock = QElapsedTimer()
    ticker = QTimer()
    ticker.setInterval(10)

    def tick() -> None:
        gaps.append(clock.nsecsElapsed() / 1e6)
        clock.restart()

    ticker.timeout.connect(tick)
    loop = QEventLoop()
    outcome: dict[str, object] = {}
    start = time.perf_counter()
    clock.start()
    ticker.start()
    task = run_in_background(
        work,
        on_done=lambda n: (outcome.setdefault("n", n), loop.quit()),
        on_error=lambda exc: (outcome.setdefault("error", exc), loop.quit()),
    )
    loop.exec()
    total = time.perf_counter() - start
    ticker.stop()
    task.wait()
    if "error" in outcome:
        raise RuntimeError(f"month-end failed: {outcome['error']!r}")
    worst = max(gaps, default=0.0)
    over = sum(1 for g in gaps if g > 100)
    stopped = state["issued"] < wanted
    return MonthEnd(state["issued"], total, worst, over, state["runs"], stopped)
