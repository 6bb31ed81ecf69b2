"""Several processes issuing invoices in one series at the same moment get
unique, gapless numbers, on SQLite and on PostgreSQL."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import textwrap

from sqlalchemy import select

from desktop.db.session import read_only, unit_of_work
from desktop.models import Invoice
from tests import factories

PROCESSES = 4
CLIENTS_EACH = 6

WORKER = textwrap.dedent(
    """
    import datetime as dt, sys, time
    from pathlib import Path
    from desktop.app import open_database
    from desktop.db.session import unit_of_work
    from desktop.services.billing.invoices import draft_invoice, issue_invoice

    url, go, *clients = sys.argv[1:]
    db = open_database(url)
    while not Path(go).exists():  # start together
        time.sleep(0.005)
    for client in clients:
        with unit_of_work(db.sessions) as s:
            invoice = draft_invoice(s, int(client), period_from=dt.date(2026, 3, 1),
                                    period_to=dt.date(2026, 3, 31))
            issue_invoice(s, invoice.id, dt.date(2026, 3, 31))
    db.close()
    """
)


def test_concurrent_issuers_get_unique_gapless_numbers(db, tmp_path):
    with unit_of_work(db.sessions) as s:
        setup = factories.billing_shop(s)
        client_ids = []
        for n in range(PROCESSES * CLIENTS_EACH):
            client = factories.client(s, name=f"Client {n:02d}")
            factories.time_entry(s, setup, client, dt.datetime(2026, 3, 2, 9), 30 + n)
            client_ids.append(client.id)
    go = tmp_path / "go"
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, db.url, str(go), *map(str, client_ids[n::PROCESSES])],
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(PROCESSES)
    ]
    go.touch()
    for worker in workers:
        _, err = worker.communicate(timeout=180)
        assert worker.returncode == 0, err
    with read_only(db.sessions) as s:
        numbers = s.execute(select(Invoice.seq, Invoice.number, Invoice.client_id)).all()
    assert sorted(seq for seq, _, _ in numbers) == list(range(1, len(client_ids) + 1))
    assert len({number for _, number, _ in numbers}) == len(client_ids)
    assert sorted(client for _, _, client in numbers) == sorted(client_ids)
