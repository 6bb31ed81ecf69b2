"""A client's credit: overpayment kept, applied to another invoice, refunded;
a mistaken payment reversed. Figures are worked out by hand in each test."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.app import open_database
from desktop.db.session import unit_of_work
from desktop.models import Invoice, Payment
from desktop.services.billing.client_credit import (
    applied_credit,
    apply_credit,
    client_credit,
    refund_credit,
)
from desktop.services.billing.invoices import InvoiceError, draft_invoice, issue_invoice
from desktop.services.billing.payments import (
    SIGN,
    credit_invoice,
    outstanding,
    record_payment,
    reverse_payment,
)
from tests import factories

D = dt.date


def issue_one(s, setup, client, month: int, net_minor: int) -> Invoice:
    """An invoice of one material line at 25 % VAT, billed for `month` of 2026."""
    factories.material(
        s, client, "Part", 1000, net_minor, setup.standard.id, used_on=D(2026, month, 2)
    )
    draft = draft_invoice(s, client.id, period_from=D(2026, month, 1), period_to=D(2026, month, 28))
    return issue_invoice(s, draft.id, D(2026, month, 28))


@pytest.fixture
def two_invoices(db):
    """Invoice A: 800.00 net + 25 % = 1,000.00; invoice B: 240.00 + 60.00 = 300.00."""
    with unit_of_work(db.sessions) as s:
        setup = factories.billing_shop(s)
        client = factories.client(s)
        a = issue_one(s, setup, client, 3, 80000)
        b = issue_one(s, setup, client, 4, 24000)
        assert a.total_minor == 80000 + 80000 // 4 == 100000
        assert b.total_minor == 24000 + 24000 // 4 == 30000
        ids = client.id, a.id, b.id
    return db, *ids


def test_overpay_apply_refund(two_invoices):
    db, client, a, b = two_invoices
    with unit_of_work(db.sessions) as s:
        record_payment(s, a, amount_minor=125000, received_on=D(2026, 4, 1))
        # 1,250.00 paid on 1,000.00 → 250.00 credit.
        assert client_credit(s, client).available_minor == 125000 - 100000 == 25000
        assert s.get(Invoice, a).status == "paid"

    with unit_of_work(db.sessions) as s:
        rows = apply_credit(s, client, b, amount_minor=10000, on=D(2026, 5, 1))
        assert [(r.kind, r.amount_minor) for r in rows] == [("credit_in", 10000)]
        inv_b = s.get(Invoice, b)
        assert outstanding(s, inv_b) == 30000 - 10000 == 20000
        assert inv_b.status == "partly_paid"
        assert applied_credit(s, b) == 10000
        assert client_credit(s, client).available_minor == 25000 - 10000 == 15000
        assert s.get(Invoice, a).status == "paid"  # still 1,150.00 on 1,000.00
        out = s.get(Payment, rows[0].reverses_payment_id)
        assert (out.kind, out.invoice_id, out.amount_minor) == ("credit_out", a, 10000)

    with unit_of_work(db.sessions) as s:
        with pytest.raises(InvoiceError) as refused:
            refund_credit(s, client, amount_minor=15001, on=D(2026, 5, 2), reason="Bank")
        assert refused.value.field == "amount" and "150.00" in str(refused.value)

    with unit_of_work(db.sessions) as s:
        refund_credit(s, client, amount_minor=15000, on=D(2026, 5, 2), reason="Bank transfer")
        assert client_credit(s, client).available_minor == 15000 - 15000 == 0
        inv_a = s.get(Invoice, a)
        assert inv_a.paid_minor == 125000 - 10000 - 15000 == 100000
        assert outstanding(s, inv_a) == 0 and inv_a.status == "paid"


def test_guards_name_the_field(two_invoices):
    db, client, a, b = two_invoices
    with unit_of_work(db.sessions) as s:
        with pytest.raises(InvoiceError) as none:
            apply_credit(s, client, b)
        assert none.value.field == "amount" and "no credit" in str(none.value)
        record_payment(s, a, amount_minor=150000, received_on=D(2026, 4, 1))  # 500.00 credit
        with pytest.raises(InvoiceError) as too_much:
            apply_credit(s, client, b, amount_minor=30001)  # B owes 300.00
        assert too_much.value.field == "amount" and "300.00" in str(too_much.value)
        with pytest.raises(InvoiceError) as paid:
            apply_credit(s, client, a, amount_minor=100)  # A owes nothing
        assert paid.value.field == "invoice"
        with pytest.raises(InvoiceError) as reason:
            refund_credit(s, client, amount_minor=100, on=D(2026, 4, 2), reason="  ")
        assert reason.value.field == "reason"
        # Without an amount: as much as both allow, min(500.00, 300.00).
        rows = apply_credit(s, client, b)
        assert sum(r.amount_minor for r in rows) == min(50000, 30000)
        assert s.get(Invoice, b).status == "paid"
        assert client_credit(s, client).available_minor == 50000 - 30000


def test_credit_is_drawn_from_the_oldest_invoice_first(db):
    with unit_of_work(db.sessions) as s:
        setup = factories.billing_shop(s)
        client = factories.client(s)
        a = issue_one(s, setup, client, 3, 80000)  # 1,000.00
        b = issue_one(s, setup, client, 4, 80000)  # 1,000.00
        c = issue_one(s, setup, client, 5, 24000)  # 300.00
        record_payment(s, a.id, amount_minor=110000, received_on=D(2026, 5, 1))  # +100.00
        record_payment(s, b.id, amount_minor=150000, received_on=D(2026, 5, 1))  # +500.00
        rows = apply_credit(s, client.id, c.id, amount_minor=25000)
        # 250.00: the 100.00 from A, the other 150.00 from B.
        sources = [s.get(Payment, r.reverses_payment_id).invoice_id for r in rows]
        assert sources == [a.id, b.id]
        assert [r.amount_minor for r in rows] == [10000, 25000 - 10000]
        assert client_credit(s, client.id).available_minor == 10000 + 50000 - 25000


def test_reversing_a_payment_gives_balance_and_status_back(two_invoices):
    db, _client, _a, b = two_invoices
    with unit_of_work(db.sessions) as s:
        first = record_payment(s, b, amount_minor=10000, received_on=D(2026, 4, 1))
        second = record_payment(s, b, amount_minor=20000, received_on=D(2026, 4, 2))
        inv_b = s.get(Invoice, b)
        assert inv_b.status == "paid" and outstanding(s, inv_b) == 30000 - 10000 - 20000
        reverse_payment(s, second.id, reason="Wrong client", on=D(2026, 4, 3))
        assert outstanding(s, inv_b) == 30000 - 10000 == 20000
        assert inv_b.status == "partly_paid"
        reverse_payment(s, first.id, reason="Bounced", on=D(2026, 4, 3))
        assert outstanding(s, inv_b) == 30000 and inv_b.status == "issued"


def test_money_applied_elsewhere_cannot_be_reversed(two_invoices):
    db, client, a, b = two_invoices
    with unit_of_work(db.sessions) as s:
        pay = record_payment(s, a, amount_minor=125000, received_on=D(2026, 4, 1))
        apply_credit(s, client, b, amount_minor=25000)
        # A now holds 1,250.00 − 250.00 = 1,000.00; taking the 1,250.00 back
        # would leave −250.00 paid.
        with pytest.raises(InvoiceError) as refused:
            reverse_payment(s, pay.id, reason="Mistake")
        assert "250.00" in str(refused.value)


def test_a_credit_note_on_a_paid_invoice_becomes_credit(two_invoices):
    db, client, a, b = two_invoices
    with unit_of_work(db.sessions) as s:
        record_payment(s, a, amount_minor=100000, received_on=D(2026, 4, 1))
        credit_invoice(s, a, issue_date=D(2026, 4, 5), reason="Returned")
        # Fully credited after paying 1,000.00: all of it is the client's.
        assert client_credit(s, client).available_minor == 100000
        apply_credit(s, client, b)
        assert client_credit(s, client).available_minor == 100000 - 30000


def test_apply_and_refund_are_audited(two_invoices):
    from desktop.models import AuditLog

    db, client, a, b = two_invoices
    with unit_of_work(db.sessions) as s:
        record_payment(s, a, amount_minor=125000, received_on=D(2026, 4, 1))
    with unit_of_work(db.sessions) as s:
        apply_credit(s, client, b, amount_minor=10000)
        refund_credit(s, client, amount_minor=5000, on=D(2026, 5, 2), reason="Sent back by bank")
    with db.sessions() as s:
        logged = [str(row.details) for row in s.query(AuditLog).filter_by(entity="payments")]
        assert any("credit_out" in x for x in logged) and any("credit_in" in x for x in logged)
        assert any("Sent back by bank" in x for x in logged)


# -- any sequence -----------------------------------------------------------

operations = st.lists(
    st.one_of(
        st.tuples(
            st.just("pay"),
            st.integers(0, 2),
            # Round amounts overpay often, so credit sits on several invoices.
            st.sampled_from([20000, 40000, 60000, 120000, 150000]) | st.integers(1, 150000),
        ),
        st.tuples(st.just("reverse"), st.integers(0, 20), st.just(0)),
        st.tuples(st.just("apply"), st.integers(0, 2), st.integers(0, 60000)),
        st.tuples(st.just("refund"), st.just(0), st.integers(1, 60000)),
    ),
    max_size=16,
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(ops=operations)
def test_credit_invariants_under_any_sequence(tmp_path_factory, ops):
    """A plain model of the rules (below) predicts what is accepted and
    every invoice's paid amount; the credit is Σ paid − Σ what the invoices
    absorbed of it, never negative, and no invoice is paid below zero."""
    db = open_database(str(tmp_path_factory.mktemp("credit") / "c.db"))
    try:
        with unit_of_work(db.sessions) as s:
            setup = factories.billing_shop(s)
            client = factories.client(s)
            # 1,000.00, 300.00 and 500.00 (net 400.00 + 100.00).
            invoices = [
                issue_one(s, setup, client, m, n) for m, n in ((3, 80000), (4, 24000), (5, 40000))
            ]
            ids = [i.id for i in invoices]
            client_id = client.id
        totals = [100000, 30000, 50000]
        paid = [0, 0, 0]
        payments: list[tuple[int, int, int]] = []  # (payment id, invoice index, amount)
        for op, index, amount in ops:
            surplus = [max(0, p - t) for p, t in zip(paid, totals, strict=True)]
            with unit_of_work(db.sessions) as s:
                if op == "pay":
                    row = record_payment(
                        s, ids[index], amount_minor=amount, received_on=D(2026, 6, 1)
                    )
                    s.flush()
                    payments.append((row.id, index, amount))
                    paid[index] += amount
                elif op == "reverse":
                    if not payments:
                        continue
                    pid, i, a = payments[index % len(payments)]
                    if paid[i] - a < 0:
                        with pytest.raises(InvoiceError):
                            reverse_payment(s, pid, reason="test")
                    else:
                        reverse_payment(s, pid, reason="test")
                        paid[i] -= a
                    payments.remove((pid, i, a))
                elif op == "apply":
                    owed = totals[index] - paid[index]
                    available = sum(surplus)
                    wanted = amount or None
                    allowed = owed > 0 and available > 0 and (wanted or 0) <= min(owed, available)
                    if not allowed:
                        with pytest.raises(InvoiceError):
                            apply_credit(s, client_id, ids[index], amount_minor=wanted)
                    else:
                        apply_credit(s, client_id, ids[index], amount_minor=wanted)
                        left = wanted or min(owed, available)
                        paid[index] += left
                        for i in range(3):  # drawn oldest first
                            take = min(left, surplus[i])
                            paid[i] -= take
                            left -= take
                else:
                    if amount > sum(surplus):
                        with pytest.raises(InvoiceError):
                            refund_credit(
                                s, client_id, amount_minor=amount, on=D(2026, 6, 2), reason="r"
                            )
                    else:
                        refund_credit(
                            s, client_id, amount_minor=amount, on=D(2026, 6, 2), reason="r"
                        )
                        left = amount
                        for i in range(3):
                            take = min(left, surplus[i])
                            paid[i] -= take
                            left -= take
            with db.sessions() as s:
                rows = s.query(Invoice).filter(Invoice.id.in_(ids)).order_by(Invoice.id).all()
                assert [r.paid_minor for r in rows] == paid
                assert all(r.paid_minor >= 0 for r in rows)
                for r, total in zip(rows, totals, strict=True):
                    expected = (
                        "paid"
                        if r.paid_minor >= total
                        else "partly_paid"
                        if r.paid_minor
                        else "issued"
                    )
                    assert r.status == expected
                    signed = sum(SIGN[p.kind] * p.amount_minor for p in r.payments)
                    assert signed == r.paid_minor
                money_in = sum(
                    SIGN[p.kind] * p.amount_minor
                    for p in s.query(Payment).all()
                    if p.kind in ("payment", "reversal", "refund")
                )
                absorbed = sum(min(p, t) for p, t in zip(paid, totals, strict=True))
                credit = client_credit(s, client_id).available_minor
                assert credit == money_in - absorbed >= 0
    finally:
        db.close()


def test_the_accounting_export_signs_every_kind(two_invoices):
    from decimal import Decimal

    from desktop.services.data.exports import build_export

    db, client, a, b = two_invoices
    with unit_of_work(db.sessions) as s:
        pay = record_payment(s, b, amount_minor=5000, received_on=D(2026, 5, 1))
        reverse_payment(s, pay.id, reason="Wrong invoice", on=D(2026, 5, 1))
        record_payment(s, a, amount_minor=125000, received_on=D(2026, 5, 1))
        apply_credit(s, client, b, amount_minor=10000, on=D(2026, 5, 2))
        refund_credit(s, client, amount_minor=15000, on=D(2026, 5, 3), reason="Bank")
    with db.sessions() as s:
        table = build_export(s, "accounting", D(2026, 5, 1), D(2026, 5, 31))
    column = table.headers.index("Payment")
    moved = [
        (r[0], Decimal(r[column])) for r in table.rows if r[0] not in ("invoice", "credit_note")
    ]
    assert moved == [
        ("payment", Decimal("50.00")),
        ("reversal", Decimal("-50.00")),
        ("payment", Decimal("1250.00")),
        ("credit_out", Decimal("-100.00")),
        ("credit_in", Decimal("100.00")),
        ("refund", Decimal("-150.00")),
    ]
    # Money kept: 50.00 − 50.00 + 1,250.00 − 150.00 = 1,100.00 (moves net to 0).
    assert sum(amount for _, amount in moved) == Decimal("1100.00")


def test_credit_pays_only_the_clients_own_invoices(two_invoices):
    db, client, a, _b = two_invoices
    with unit_of_work(db.sessions) as s:
        setup_other = factories.client(s, name="Another client")
        record_payment(s, a, amount_minor=125000, received_on=D(2026, 4, 1))
        with pytest.raises(InvoiceError) as refused:
            apply_credit(s, setup_other.id, a)
        assert refused.value.field == "invoice"
        # The other client has no credit of their own to refund.
        with pytest.raises(InvoiceError) as none:
            refund_credit(s, setup_other.id, amount_minor=1, on=D(2026, 4, 2), reason="x")
        assert none.value.field == "amount"
        assert client_credit(s, client).available_minor == 25000
