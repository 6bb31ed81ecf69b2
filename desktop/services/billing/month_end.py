"""The month-end run: draft and issue an invoice for every client with
something to bill. Each client is its own unit of work, so one failure does
not undo the others, and a second run bills nothing twice (billed work is
linked to its line, billed fee periods are recorded on theirs)."""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.session import read_only, unit_of_work
from desktop.models import Client, Contract, MaterialEntry, TimeEntry
from desktop.services.billing.blocks import client_has_blocks_due
from desktop.services.billing.invoices import (
    InvoiceError,
    NothingToBill,
    draft_invoice,
    issue_invoice,
)
from desktop.services.billing.rates import RateError
from desktop.services.billing.rules import SetupError
from desktop.services.prepaid import ledger as prepaid


@dataclass(frozen=True)
class ClientRun:
    client_id: int
    client_name: str
    invoice_id: int | None = None
    number: str | None = None
    total_minor: int = 0
    currency: str = ""
    problem: str | None = None


def clients_to_bill(session: Session, period_to: dt.date) -> list[tuple[int, str]]:
    """Clients with unbilled work or materials up to `period_to`, a block of
    prepaid hours bought by then and not invoiced yet, or a term or managed
    contract (whose fee may be due)."""
    until = dt.datetime.combine(period_to + dt.timedelta(days=1), dt.time.min)
    has_time = exists().where(
        TimeEntry.client_id == Client.id,
        TimeEntry.billable == True,  # noqa: E712
        TimeEntry.invoice_line_id.is_(None),
        TimeEntry.started_at < until,
    )
    has_material = exists().where(
        MaterialEntry.client_id == Client.id,
        MaterialEntry.billable == True,  # noqa: E712
        MaterialEntry.invoice_line_id.is_(None),
        MaterialEntry.used_on <= period_to,
    )
    has_fees = exists().where(
        Contract.client_id == Client.id,
        Contract.kind.in_(("term", "managed")),
        Contract.status == "active",
        Contract.billing_period.is_not(None),
    )
    rows = session.execute(
        select(Client.id, Client.name)
        .where(or_(has_time, has_material, has_fees, client_has_blocks_due(period_to)))
        .order_by(Client.name, Client.id)
    )
    return [(row.id, row.name) for row in rows]


@contextmanager
def _no_full_collections() -> Iterator[None]:
    """Python's automatic collections off; the caller collects the young
    generations itself between clients.

    Drafting for a prepaid client replays its whole ledger: hundreds of
    thousands of ORM objects on a ten-year file. Each automatic full
    collection then walked all of them while holding the GIL: 300-560 ms
    pauses, 40 % of the run's time, and the window stopped painting for as
    long (the month-end runs on a worker thread; see views/operations.py).
    Young collections only look at new objects, so they stay short."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def run_month_end(
    sessions: sessionmaker[Session],
    *,
    period_from: dt.date,
    period_to: dt.date,
    issue_date: dt.date,
    grouping: str = "ticket",
    progress: Callable[[int, int, ClientRun], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> list[ClientRun]:
    with _no_full_collections():
        with read_only(sessions) as session:
            clients = clients_to_bill(session, period_to)
        results: list[ClientRun] = []
        for index, (client_id, name) in enumerate(clients, start=1):
            if cancelled():
                break
            result = _bill_one(
                sessions, client_id, name, period_from, period_to, issue_date, grouping
            )
            results.append(result)
            gc.collect(1)
            if progress is not None:
                progress(index, len(clients), result)
        if not cancelled():
            _post_expiries(sessions, issue_date)
    return results


def _post_expiries(sessions: sessionmaker[Session], issue_date: dt.date) -> None:
    """Forfeit what is left of the blocks that ran out before the issue date,
    by explicit ledger entries, after the invoices: work done before a
    block's expiry, billed in this run, still draws from it (deductions
    only draw from blocks valid on the day of the work). A cancelled run
    posts none, so the clients it did not reach keep their hours; the
    balances count the expiries as due meanwhile."""
    with unit_of_work(sessions) as session:
        prepaid_ids = session.scalars(select(Contract.id).where(Contract.kind == "prepaid"))
        for contract_id in prepaid_ids:
            prepaid.expire_blocks(session, contract_id, issue_date)


def _bill_one(
    sessions: sessionmaker[Session],
    client_id: int,
    name: str,
    period_from: dt.date,
    period_to: dt.date,
    issue_date: dt.date,
    grouping: str,
) -> ClientRun:
    """Draft and issue one client's invoice in its own unit of work."""
    try:
        with unit_of_work(sessions) as session:
            invoice = draft_invoice(
                session,
                client_id,
                period_from=period_from,
                period_to=period_to,
                grouping=grouping,
            )
            issue_invoice(session, invoice.id, issue_date)
            return ClientRun(
                client_id,
                name,
                invoice.id,
                invoice.number,
                invoice.total_minor,
                invoice.currency,
            )
    except NothingToBill:
        return ClientRun(client_id, name)
    except (InvoiceError, RateError, SetupError) as exc:
        return ClientRun(client_id, name, problem=str(exc))
