"""Credit notes, payments, the month-end run and the invariants that must
hold whatever happens: totals add up, nothing billed twice, numbers gapless."""

from __future__ import annotations

import contextlib
import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import aliased

from desktop.app import open_database
from desktop.db.session import unit_of_work
from desktop.models import Invoice, InvoiceLine, TimeEntry
from desktop.services.billing.invoices import (
    InvoiceError,
    NothingToBill,
    delete_draft,
    draft_invoice,
    issue_invoice,
)
from desktop.services.billing.month_end import run_month_end
from desktop.services.billing.payments import (
    credit_invoice,
    display_status,
    outstanding,
    record_payment,
)
from desktop.services.billing.tax import TaxableLine, vat_summary
from desktop.services.prepaid import ledger as prepaid
from tests import factories

T = dt.datetime
D = dt.date
MARCH = dict(period_from=D(2026, 3, 1), period_to=D(2026, 3, 31))


def _issued_invoice(s, setup, client, minutes=(60, 90)):
    for day, length in enumerate(minutes, start=2):
        factories.time_entry(s, setup, client, T(2026, 3, day, 9), length)
    invoice = draft_invoice(s, client.id, **MARCH)
    return issue_invoice(s, invoice.id, D(2026, 3, 31))


def test_full_credit_with_release_lets_the_work_be_billed_again(db):
    with unit_of_work(db.sessions) as s:
        setup = factories.billing_shop(s)
        client = factories.client(s)
        invoice = _issued_invoice(s, setup, client)
        note = credit_invoice(
            s, invoice.id, issue_date=D(2026, 4, 2), reason="Wrong client", release=True
        )
        assert note.number == "CN2026-0001" and note.kind == "credit_note"
        assert note.corrects_invoice_id == invoice.id
        assert note.total_minor == -invoice.total_minor
        assert invoice.status == "credited"
        assert "Corrects invoice 2026-00001: Wrong client" in note.notes
        again = draft_invoice(s, client.id, **MARCH)
        assert again.total_minor == invoice.total_minor
        with pytest.raises(InvoiceError, match="already fully credited"):
            credit_invoice(s, invoice.id, issue_date=D(2026, 4, 3), reason="again")


def test_partial_credit_without_release_keeps_the_work_billed(db):
    with unit_of_work(db.sessions) as s:
        setup = factories.billing_shop(s)
        client = factories.client(s)
        invoice = _issued_invoice(s, setup, client)
        second = invoice.lines[1]  # 1.50 h × 950.00 = 1425.00
        note = credit_invoice(
            s, invoice.id, issue_date=D(2026, 4, 2), reason="Goodwill", quantities={second.id: 500}
        )
        # −0.50 h × 950.00 = −475.00, VAT −118.75
        assert (note.net_minor, note.tax_minor) == (-47500, -11875)
        assert invoice.status == "issued"
        with pytest.raises(NothingToBill):
            draft_invoice(s, client.id, **MARCH)
        with pytest.raises(InvoiceError, match="only 1 left"):
            credit_invoice(
                s, invoice.id, issue_date=D(2026, 4, 2), reason="x", quantities={second.id: 1500}
            )
        assert outstanding(s, invoice) == invoice.total_minor - 59375


def test_credit_with_release_gives_prepaid_hours_back(db):
    with unit_of_work(db.sessions) as s:
        setup = factories.billing_shop(s)
        client = factories.client(s)
        contract = factories.contract(s, client, "prepaid")
        prepaid.top_up(s, contract.id, minutes=600, amount_minor=0, at=T(2026, 1, 1))
        factories.time_entry(s, setup, client, T(2026, 3, 2, 9), 60, contract_id=contract.id)
        invoice = issue_invoice(s, draft_invoice(s, client.id, **MARCH).id, D(2026, 3, 31))
        assert prepaid.balance(s, contract.id) == 540
        credit_invoice(s, invoice.id, issue_date=D(2026, 4, 1), reason="Test", release=True)
        assert prepaid.balance(s, contract.id) == 600
        draft_invoice(s, client.id, **MARCH)
        assert prepaid.balance(s, contract.id) == 540


def test_partial_payments_overpayment_and_overdue(db):
    with unit_of_work(db.sessions) as s:
        setup = factories.billing_shop(s)
        client = factories.client(s)
        invoice = _issued_invoice(s, setup, client)  # 2.50 h: 2375.00 + 593.75 = 2968.75
        assert invoice.total_minor == 296875
        assert display_status(invoice, D(2026, 4, 30)) == "issued"
        assert display_status(invoice, D(2026, 5, 1)) == "overdue"
        record_payment(s, invoice.id, amount_minor=100000, received_on=D(2026, 4, 10))
        assert invoice.status == "partly_paid" and outstanding(s, invoice) == 196875
        record_payment(s, invoice.id, amount_minor=200000, received_on=D(2026, 4, 20))
        assert invoice.status == "paid" and outstanding(s, invoice) == -3125  # a credit
        with pytest.raises(InvoiceError, match="positive"):
            record_payment(s, invoice.id, amount_minor=0, received_on=D(2026, 4, 21))


def test_month_end_run_bills_every_client_once(db):
    with unit_of_work(db.sessions) as s:
        setup = factories.billing_shop(s)
        for n in range(3):
            client = factories.client(s, name=f"Client {n}")
            factories.time_entry(s, setup, client, T(2026, 3, 2 + n, 9), 60)
        factories.client(s, name="Idle client")
    progress = []
    first = run_month_end(
        db.sessions, issue_date=D(2026, 3, 31), progress=lambda *a: progress.append(a[:2]), **MARCH
    )
    assert [r.number for r in first] == ["2026-00001", "2026-00002", "2026-00003"]
    assert progress == [(1, 3), (2, 3), (3, 3)]
    second = run_month_end(db.sessions, issue_date=D(2026, 3, 31), **MARCH)
    assert second == []
    cancelled = run_month_end(
        db.sessions, issue_date=D(2026, 3, 31), cancelled=lambda: True, **MARCH
    )
    assert cancelled == []


operations = st.lists(
    st.sampled_from(["work", "draft", "issue", "delete", "credit", "credit_release"]),
    max_size=30,
)


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(ops=operations, minutes=st.lists(st.integers(1, 300), min_size=30, max_size=30))
def test_invariants_under_any_sequence(tmp_path_factory, ops, minutes):
    """Totals = line nets + VAT summary; no entry on two live invoices;
    numbers gapless per series; whatever the order of operations."""
    db = open_database(str(tmp_path_factory.mktemp("inv") / "i.db"))
    try:
        with unit_of_work(db.sessions) as s:
            setup = factories.billing_shop(s)
            client = factories.client(s)
            day = T(2026, 3, 1, 9)
            for step, op in enumerate(ops):
                day += dt.timedelta(hours=5)
                drafts = s.scalars(select(Invoice).where(Invoice.status == "draft")).all()
                issued = s.scalars(
                    select(Invoice).where(Invoice.kind == "invoice", Invoice.status == "issued")
                ).all()
                if op == "work":
                    factories.time_entry(s, setup, client, day, minutes[step])
                elif op == "draft":
                    with contextlib.suppress(NothingToBill):
                        draft_invoice(
                            s, client.id, period_from=D(2026, 3, 1), period_to=D(2026, 12, 31)
                        )
                elif op == "issue" and drafts:
                    issue_invoice(s, drafts[0].id, day.date())
                elif op == "delete" and drafts:
                    delete_draft(s, drafts[-1].id, day)
                elif op.startswith("credit") and issued:
                    credit_invoice(
                        s,
                        issued[0].id,
                        issue_date=day.date(),
                        reason="test",
                        release=op == "credit_release",
                    )
            s.flush()
            for invoice in s.scalars(select(Invoice)):
                lines = s.scalars(
                    select(InvoiceLine).where(InvoiceLine.invoice_id == invoice.id)
                ).all()
                totals = vat_summary(
                    TaxableLine(x.net_minor, x.vat_rate_bp, x.vat_category) for x in lines
                )
                assert (
                    invoice.total_minor
                    == totals.total_minor
                    == (sum(x.net_minor for x in lines) + totals.tax_minor)
                )
            for series_id in (setup.series.id, setup.credit_series.id):
                seqs = sorted(
                    s.scalars(
                        select(Invoice.seq).where(
                            Invoice.series_id == series_id, Invoice.seq.is_not(None)
                        )
                    )
                )
                assert seqs == list(range(1, len(seqs) + 1))
            # Billed work hangs off a live invoice line: never off a credit
            # note, never off a line whose work a credit note released.
            credit = aliased(InvoiceLine)
            linked = s.execute(
                select(TimeEntry.id, Invoice.kind, credit.id)
                .join(InvoiceLine, InvoiceLine.id == TimeEntry.invoice_line_id)
                .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
                .outerjoin(
                    credit,
                    (credit.credits_line_id == InvoiceLine.id) & credit.releases_work.is_(True),
                )
            ).all()
            assert all(kind == "invoice" and released is None for _, kind, released in linked)
            assert len({entry_id for entry_id, _, _ in linked}) == len(linked)
    finally:
        db.close()


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    work=st.lists(
        st.tuples(st.integers(0, 3), st.integers(0, 27), st.integers(1, 240)), max_size=25
    )
)
def test_month_end_run_is_idempotent(tmp_path_factory, work):
    """Whatever work was logged, a second run over the same period issues
    nothing and leaves every total as the first run made it."""
    db = open_database(str(tmp_path_factory.mktemp("run") / "r.db"))
    try:
        with unit_of_work(db.sessions) as s:
            setup = factories.billing_shop(s)
            clients = [factories.client(s, name=f"Client {n}") for n in range(4)]
            for client_index, day, minutes in work:
                start = T(2026, 3, 2, 9) + dt.timedelta(days=day)
                factories.time_entry(s, setup, clients[client_index], start, minutes)
        first = run_month_end(db.sessions, issue_date=D(2026, 3, 31), **MARCH)
        with unit_of_work(db.sessions) as s:
            before = sorted(s.execute(select(Invoice.number, Invoice.total_minor)).all())
        second = run_month_end(db.sessions, issue_date=D(2026, 3, 31), **MARCH)
        with unit_of_work(db.sessions) as s:
            after = sorted(s.execute(select(Invoice.number, Invoice.total_minor)).all())
        assert second == []
        assert before == after
        assert len(first) == len({c for c, _, _ in work})
    finally:
        db.close()
