"""Unbilled work per client (one GROUP BY) and the drafted-and-rolled-back
estimate, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from desktop.db.session import read_only, unit_of_work
from desktop.models import Invoice, InvoiceLine, TimeEntry
from desktop.services.billing import unbilled
from desktop.services.billing.invoices import draft_invoice, issue_invoice
from tests import factories

T = dt.datetime
D = dt.date


def seed(db):
    with unit_of_work(db.sessions) as s:
        setup = factories.billing_shop(s)
        acme = factories.client(s, name="Acme")
        beta = factories.client(s, name="Beta")
        idle = factories.client(s, name="Idle")
        factories.time_entry(s, setup, acme, T(2026, 3, 2, 9), 20)
        factories.time_entry(s, setup, acme, T(2026, 2, 27, 9), 50)
        factories.time_entry(s, setup, acme, T(2026, 4, 2, 9), 30)  # after the period
        factories.time_entry(s, setup, acme, T(2026, 3, 5, 9), 45, billable=False)
        factories.time_entry(s, setup, beta, T(2026, 3, 10, 9), 60)
        factories.material(s, beta, "Cable", 2000, 1500, used_on=D(2026, 3, 1))
        factories.material(s, idle, "Not billable", 1000, 100, billable=False)
        return acme.id, beta.id, idle.id


def test_hours_entries_and_oldest_per_client(db):
    acme, beta, _idle = seed(db)
    with read_only(db.sessions) as s:
        rows = unbilled.unbilled_by_client(s, D(2026, 3, 31))
    by_id = {row.client_id: row for row in rows}
    assert set(by_id) == {acme, beta}
    # Acme: 20 + 50 min billable up to 31 March (the April entry and the
    # unbillable one do not count); oldest is 27 February.
    assert (by_id[acme].entries, by_id[acme].minutes, by_id[acme].materials) == (2, 70, 0)
    assert by_id[acme].oldest == D(2026, 2, 27)
    # Beta: one hour and one material, oldest the material on 1 March.
    assert (by_id[beta].entries, by_id[beta].minutes, by_id[beta].materials) == (1, 60, 1)
    assert by_id[beta].oldest == D(2026, 3, 1)
    assert [row.client_id for row in rows] == [acme, beta]  # most minutes first
    assert by_id[acme].currency == "SEK"


def test_billed_work_drops_out(db):
    acme, beta, _idle = seed(db)
    with unit_of_work(db.sessions) as s:
        invoice = draft_invoice(s, acme, period_from=D(2026, 3, 1), period_to=D(2026, 3, 31))
        issue_invoice(s, invoice.id, D(2026, 4, 1))
    with read_only(db.sessions) as s:
        rows = unbilled.unbilled_by_client(s, D(2026, 3, 31))
        assert [row.client_id for row in rows] == [beta]
        # The April entry is still there for April.
        april = unbilled.unbilled_by_client(s, D(2026, 4, 30))
    assert {row.client_id: row.minutes for row in april} == {acme: 30, beta: 60}


def test_estimate_is_the_draft_total_and_writes_nothing(db):
    acme, _beta, idle = seed(db)
    march = dict(period_from=D(2026, 3, 1), period_to=D(2026, 3, 31))
    estimate = unbilled.estimate(db.sessions, acme, **march, grouping="detail")
    # 20 → 30 min and 50 → 60 min at 950.00 = 1425.00 + 25 % VAT = 1781.25
    assert (estimate.total_minor, estimate.lines, estimate.problem) == (178125, 2, None)
    with read_only(db.sessions) as s:
        assert s.scalar(select(func.count()).select_from(Invoice)) == 0
        assert s.scalar(select(func.count()).select_from(InvoiceLine)) == 0
        assert s.scalar(select(func.count()).where(TimeEntry.invoice_line_id.is_not(None))) == 0
        assert s.scalar(select(func.count()).where(TimeEntry.billed_minutes.is_not(None))) == 0
    assert unbilled.estimate(db.sessions, idle, **march).total_minor == 0


def test_invoice_view_shows_what_is_owed(db):
    acme, _beta, _idle = seed(db)
    with unit_of_work(db.sessions) as s:
        invoice = draft_invoice(s, acme, period_from=D(2026, 3, 1), period_to=D(2026, 3, 31))
        draft_id = invoice.id
        assert unbilled.client_drafts(s, acme) == [draft_id]
        issue_invoice(s, draft_id, D(2026, 4, 1))
    with read_only(db.sessions) as s:
        view = unbilled.invoice_view(s, draft_id, D(2026, 6, 1))
    assert view.number and view.status == "overdue"
    assert (
        view.outstanding_minor
        == view.total_minor
        == sum(line.net_minor for line in view.lines) + view.tax_minor
    )
