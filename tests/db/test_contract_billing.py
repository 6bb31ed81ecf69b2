"""What each kind of contract does to an invoice: prepaid hours, managed
services, term support with an hour cap, and recurring fees."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.db.session import unit_of_work
from desktop.models import ContractFee, ContractWorkType
from desktop.services.billing.invoices import NothingToBill, draft_invoice, issue_invoice
from desktop.services.prepaid import ledger as prepaid
from tests import factories

T = dt.datetime
D = dt.date
MARCH = dict(period_from=D(2026, 3, 1), period_to=D(2026, 3, 31))
APRIL = dict(period_from=D(2026, 4, 1), period_to=D(2026, 4, 30))


def kinds(invoice):
    return [
        (line.kind, line.quantity_milli, line.unit_price_minor, line.net_minor)
        for line in invoice.lines
    ]


def test_prepaid_work_is_deducted_first_expiring_and_overage_billed(db):
    with unit_of_work(db.sessions) as s:
        setup = factories.billing_shop(s)
        client = factories.client(s)
        contract = factories.contract(
            s,
            client,
            "prepaid",
            overage_rule="bill",
            overage_rate_minor=120000,
            rounding_increment_min=15,
        )
        late = prepaid.top_up(
            s,
            contract.id,
            minutes=120,
            amount_minor=0,
            at=T(2026, 1, 1),
            expires_on=D(2026, 12, 31),
        )
        early = prepaid.top_up(
            s, contract.id, minutes=60, amount_minor=0, at=T(2026, 2, 1), expires_on=D(2026, 6, 30)
        )
        factories.time_entry(s, setup, client, T(2026, 3, 2, 9), 150, contract_id=contract.id)
        factories.time_entry(s, setup, client, T(2026, 3, 3, 9), 50, contract_id=contract.id)
        invoice = draft_invoice(s, client.id, **MARCH)
        # 150 min: 60 from the early block, 90 from the late one; then 60 min
        # (50 rounded up): 30 left in the late block, 30 min overage at 1200.00.
        assert kinds(invoice) == [
            ("prepaid", 2500, 0, 0),
            ("prepaid", 500, 0, 0),
            ("labour", 500, 120000, 60000),
        ]
        state = prepaid.ledger_state(s, contract.id)
        assert {b.purchase_id: b.remaining for b in state.blocks} == {early.id: 0, late.id: 0}
        assert prepaid.balance(s, contract.id) == 0


def test_prepaid_after_hours_deducts_at_its_multiplier_or_bills_separately(db):
    with unit_of_work(db.sessions) as s:
        setup = factories.billing_shop(s)
        client = factories.client(s, default_rate_minor=100000)
        at_multiplier = factories.contract(
            s, client, "prepaid", rounding_increment_min=1, after_hours_multiplier_bp=15000
        )
        prepaid.top_up(s, at_multiplier.id, minutes=600, amount_minor=0, at=T(2026, 1, 1))
        # 18:00–19:00 on a Wednesday: 60 min after hours deducts 90 min.
        factories.time_entry(s, setup, client, T(2026, 3, 4, 18), 60, contract_id=at_multiplier.id)
        draft_invoice(s, client.id, **MARCH)
        assert prepaid.balance(s, at_multiplier.id) == 510

        other = factories.client(s, default_rate_minor=100000)
        separately = factories.contract(
            s, other, "prepaid", rounding_increment_min=1, after_hours_policy="bill_separately"
        )
        prepaid.top_up(s, separately.id, minutes=600, amount_minor=0, at=T(2026, 1, 1))
        factories.time_entry(s, setup, other, T(2026, 3, 4, 16), 120, contract_id=separately.id)
        invoice = draft_invoice(s, other.id, **MARCH)
        # 16–17 deducted; 17–18 billed at 1.5 × 1000.00.
        assert kinds(invoice) == [("labour", 1000, 150000, 150000), ("prepaid", 1000, 0, 0)]
        assert prepaid.balance(s, separately.id) == 540


def test_prepaid_may_go_negative_when_the_contract_allows(db):
    with unit_of_work(db.sessions) as s:
        setup = factories.billing_shop(s)
        client = factories.client(s)
        contract = factories.contract(s, client, "prepaid", overage_rule="negative")
        prepaid.top_up(s, contract.id, minutes=60, amount_minor=0, at=T(2026, 1, 1))
        factories.time_entry(s, setup, client, T(2026, 3, 2, 9), 90, contract_id=contract.id)
        invoice = draft_invoice(s, client.id, **MARCH)
        assert kinds(invoice) == [("prepaid", 1500, 0, 0)]
        assert invoice.total_minor == 0
        assert prepaid.balance(s, contract.id) == -30


def test_managed_services_cover_listed_work_and_bill_the_rest_and_fees_once(db):
    with unit_of_work(db.sessions) as s:
        setup = factories.billing_shop(s)
        client = factories.client(s)
        contract = factories.contract(s, client, "managed", billing_period="month", price_minor=0)
        s.add(
            ContractWorkType(contract_id=contract.id, work_type_id=setup.remote.id, role="covered")
        )
        s.add(
            ContractFee(
                contract_id=contract.id,
                description="Monitoring and patching",
                quantity_milli=12000,
                unit="user",
                unit_price_minor=25000,
            )
        )
        s.flush()
        factories.time_entry(s, setup, client, T(2026, 3, 2, 9), 60, contract_id=contract.id)
        factories.time_entry(
            s,
            setup,
            client,
            T(2026, 3, 3, 9),
            60,
            contract_id=contract.id,
            work_type_id=setup.onsite.id,
        )
        invoice = draft_invoice(s, client.id, **MARCH)
        # Remote covered (0), on-site billed at 1100.00, 12 users × 250.00 = 3000.00.
        assert kinds(invoice) == [
            ("covered", 1000, 0, 0),
            ("labour", 1000, 110000, 110000),
            ("fee", 12000, 25000, 300000),
        ]
        fee = invoice.lines[2]
        assert (fee.period_from, fee.period_to) == (D(2026, 3, 1), D(2026, 3, 31))
        issue_invoice(s, invoice.id, D(2026, 3, 31))
        with pytest.raises(NothingToBill):
            draft_invoice(s, client.id, **MARCH)
        april = draft_invoice(s, client.id, **APRIL)
        assert kinds(april) == [("fee", 12000, 25000, 300000)]


def test_term_support_covers_up_to_its_hour_cap_per_period(db):
    with unit_of_work(db.sessions) as s:
        setup = factories.billing_shop(s)
        client = factories.client(s)
        contract = factories.contract(
            s,
            client,
            "term",
            billing_period="month",
            price_minor=500000,
            included_minutes=120,
            overage_rate_minor=100000,
        )
        factories.time_entry(s, setup, client, T(2026, 3, 2, 9), 90, contract_id=contract.id)
        invoice = draft_invoice(s, client.id, **MARCH)
        issue_invoice(s, invoice.id, D(2026, 3, 15))
        factories.time_entry(s, setup, client, T(2026, 3, 20, 9), 60, contract_id=contract.id)
        second = draft_invoice(s, client.id, **MARCH)
        # 90 min covered before; 30 of the 60 fit the 120-min cap, 30 billed.
        assert kinds(second) == [("covered", 500, 0, 0), ("labour", 500, 100000, 50000)]
        assert kinds(invoice)[-1] == ("fee", 1000, 500000, 500000)
