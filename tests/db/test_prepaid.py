"""Prepaid block hours: FIFO by expiry, expiry, overage both ways, alerts,
and the ledger invariant, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from desktop.app import open_database
from desktop.db.session import unit_of_work
from desktop.models import PrepaidLedgerEntry
from desktop.services.prepaid import ledger as prepaid
from desktop.services.prepaid.dated import as_of, end_of
from desktop.services.prepaid.overview import ledger_rows
from desktop.services.printing.statement_data import statement_data
from tests import factories

T = dt.datetime


def _contract(session, **overrides):
    client = factories.client(session)
    return factories.contract(session, client, "prepaid", **overrides)


def test_work_draws_from_the_block_that_expires_first(db):
    with unit_of_work(db.sessions) as s:
        c = _contract(s)
        late = prepaid.top_up(
            s,
            c.id,
            minutes=600,
            amount_minor=900000,
            at=T(2026, 1, 5),
            expires_on=dt.date(2026, 12, 31),
        )
        early = prepaid.top_up(
            s,
            c.id,
            minutes=300,
            amount_minor=480000,
            at=T(2026, 2, 1),
            expires_on=dt.date(2026, 6, 30),
        )
        result = prepaid.deduct(s, c.id, minutes=360, at=T(2026, 3, 2, 10))
        assert result.drawn == ((early.id, 300), (late.id, 60))
        assert result.overage_minutes == 0
        assert prepaid.balance(s, c.id) == 540
        state = prepaid.ledger_state(s, c.id)
        assert [(b.purchase_id, b.remaining) for b in state.blocks] == [
            (late.id, 540),
            (early.id, 0),
        ]


def test_one_replay_per_contract_in_a_transaction_and_none_kept_after(db, monkeypatch):
    """Drafting deducts entry after entry: the ledger is replayed once per
    transaction, not once per deduction, and nothing is kept past a rollback."""
    with unit_of_work(db.sessions) as s:
        c = _contract(s)
        prepaid.top_up(s, c.id, minutes=600, amount_minor=0, at=T(2026, 1, 5))
        contract_id = c.id
    replays = []
    real_replay = prepaid.replay
    monkeypatch.setattr(prepaid, "replay", lambda e: replays.append(1) or real_replay(e))
    with unit_of_work(db.sessions) as s:
        for hour in range(9, 14):
            prepaid.deduct(s, contract_id, minutes=30, at=T(2026, 2, 2, hour))
        assert prepaid.ledger_state(s, contract_id).balance == 450
    assert len(replays) == 1
    s = db.sessions()
    try:
        prepaid.deduct(s, contract_id, minutes=100, at=T(2026, 2, 3, 9))
        s.rollback()
        assert prepaid.ledger_state(s, contract_id).balance == 450
    finally:
        s.close()


def test_expired_remainder_is_forfeited_by_an_explicit_entry_once(db):
    with unit_of_work(db.sessions) as s:
        c = _contract(s)
        block = prepaid.top_up(
            s, c.id, minutes=600, amount_minor=0, at=T(2026, 1, 5), expires_on=dt.date(2026, 3, 31)
        )
        prepaid.deduct(s, c.id, minutes=90, at=T(2026, 2, 10, 9))
        expired = prepaid.expire_blocks(s, c.id, dt.date(2026, 4, 1))
        assert [(e.kind, e.minutes, e.block_id) for e in expired] == [("expiry", -510, block.id)]
        assert prepaid.expire_blocks(s, c.id, dt.date(2026, 5, 1)) == []
        assert prepaid.balance(s, c.id) == 0
        # Work after expiry finds no usable block: billed as overage by default.
        late = prepaid.deduct(s, c.id, minutes=30, at=T(2026, 4, 2, 9))
        assert late.drawn == () and late.overage_minutes == 30


def test_blocks_that_run_out_bill_overage_when_the_contract_says_bill(db):
    with unit_of_work(db.sessions) as s:
        c = _contract(s, overage_rule="bill", overage_rate_minor=120000)
        block = prepaid.top_up(s, c.id, minutes=60, amount_minor=95000, at=T(2026, 1, 5))
        result = prepaid.deduct(s, c.id, minutes=100, at=T(2026, 1, 6, 9))
        assert result.drawn == ((block.id, 60),) and result.overage_minutes == 40
        assert prepaid.balance(s, c.id) == 0


def test_negative_balance_is_paid_first_by_the_next_top_up(db):
    with unit_of_work(db.sessions) as s:
        c = _contract(s, overage_rule="negative")
        prepaid.top_up(s, c.id, minutes=60, amount_minor=95000, at=T(2026, 1, 5))
        result = prepaid.deduct(s, c.id, minutes=100, at=T(2026, 1, 6, 9))
        assert result.overage_minutes == 0 and result.drawn[-1] == (None, 40)
        assert prepaid.balance(s, c.id) == -40
        refill = prepaid.top_up(s, c.id, minutes=600, amount_minor=900000, at=T(2026, 1, 10))
        state = prepaid.ledger_state(s, c.id)
        assert state.debt == 0 and prepaid.balance(s, c.id) == 560 == state.balance
        assert [b.remaining for b in state.blocks if b.purchase_id == refill.id] == [560]


def test_minimum_purchase_and_kind_are_enforced(db):
    with unit_of_work(db.sessions) as s:
        c = _contract(s, minimum_purchase_minutes=600)
        with pytest.raises(prepaid.PrepaidError, match="at least 10 h 00 min"):
            prepaid.top_up(s, c.id, minutes=300, amount_minor=0, at=T(2026, 1, 5))
        tm = factories.contract(s, factories.client(s), "time_materials")
        with pytest.raises(prepaid.PrepaidError, match="not a prepaid"):
            prepaid.top_up(s, tm.id, minutes=600, amount_minor=0, at=T(2026, 1, 5))


def test_alerts_fire_once_per_threshold(db):
    with unit_of_work(db.sessions) as s:
        c = _contract(s, alert_thresholds_bp=[8000, 9500])
        prepaid.top_up(s, c.id, minutes=600, amount_minor=0, at=T(2026, 1, 5))
        prepaid.deduct(s, c.id, minutes=470, at=T(2026, 1, 6, 9))
        assert prepaid.raise_alerts(s, c.id, T(2026, 1, 6, 17)) == []
        prepaid.deduct(s, c.id, minutes=10, at=T(2026, 1, 7, 9))  # 80 % used
        assert prepaid.raise_alerts(s, c.id, T(2026, 1, 7, 17)) == [8000]
        assert prepaid.raise_alerts(s, c.id, T(2026, 1, 7, 18)) == []
        prepaid.deduct(s, c.id, minutes=100, at=T(2026, 1, 8, 9))
        assert prepaid.raise_alerts(s, c.id, T(2026, 1, 8, 17)) == [9500]


def test_adjustments_need_a_reason_and_keep_blocks_in_step(db):
    with unit_of_work(db.sessions) as s:
        c = _contract(s)
        prepaid.top_up(s, c.id, minutes=120, amount_minor=0, at=T(2026, 1, 5))
        with pytest.raises(prepaid.PrepaidError, match="why"):
            prepaid.adjust(s, c.id, minutes=-30, at=T(2026, 1, 6), note=" ")
        prepaid.adjust(s, c.id, minutes=-30, at=T(2026, 1, 6), note="Goodwill correction")
        prepaid.adjust(s, c.id, minutes=15, at=T(2026, 1, 7), note="Returned by agreement")
        state = prepaid.ledger_state(s, c.id)
        assert prepaid.balance(s, c.id) == 105 == state.balance


operation = st.one_of(
    st.tuples(st.just("top_up"), st.integers(1, 1200), st.integers(-30, 400)),
    # The third number back-dates the deduction by that many days.
    st.tuples(st.just("deduct"), st.integers(1, 900), st.integers(0, 6)),
    st.tuples(st.just("adjust"), st.integers(-300, 300).filter(bool), st.integers(0, 0)),
    st.tuples(st.just("expire"), st.integers(0, 0), st.integers(0, 0)),
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(ops=st.lists(operation, max_size=25), negative=st.booleans())
def test_balance_is_the_ledger_less_the_expiries_due(tmp_path_factory, ops, negative):
    path = tmp_path_factory.mktemp("prepaid") / "p.db"
    db = open_database(str(path))
    try:
        with unit_of_work(db.sessions) as s:
            factories.shop(s)  # the statement prints the shop's letterhead
            c = _contract(s, overage_rule="negative" if negative else "bill")
            day = T(2026, 1, 1, 9)
            for kind, minutes, expiry_days in ops:
                day += dt.timedelta(days=3)
                if kind == "top_up":
                    expires = (
                        day.date() + dt.timedelta(days=expiry_days) if expiry_days >= 0 else None
                    )
                    prepaid.top_up(
                        s, c.id, minutes=minutes, amount_minor=0, at=day, expires_on=expires
                    )
                elif kind == "deduct":
                    back = dt.timedelta(days=expiry_days)
                    prepaid.deduct(s, c.id, minutes=minutes, at=day - back)
                elif kind == "adjust":
                    prepaid.adjust(s, c.id, minutes=minutes, at=day, note="test")
                else:
                    prepaid.expire_blocks(s, c.id, day.date())
                state = prepaid.ledger_state(s, c.id)
                ledger_sum = s.scalar(
                    select(func.coalesce(func.sum(PrepaidLedgerEntry.minutes), 0)).where(
                        PrepaidLedgerEntry.contract_id == c.id
                    )
                )
                assert ledger_sum == state.balance
                # The balance on a day is the ledger through that day less
                # the expiries due by then that no run has posted yet.
                view = as_of(s, c.id, day.date())
                through_day = s.scalar(
                    select(func.coalesce(func.sum(PrepaidLedgerEntry.minutes), 0)).where(
                        PrepaidLedgerEntry.contract_id == c.id,
                        PrepaidLedgerEntry.occurred_at < end_of(day.date()),
                    )
                )
                assert prepaid.balance(s, c.id, day.date()) == view.left_minutes
                assert view.left_minutes == through_day - view.due_minutes
                # The ledger and the statement on that day end where as_of does.
                rows = ledger_rows(s, c.id, day.date())
                assert (rows[-1].balance_after if rows else 0) == view.left_minutes
                statement = statement_data(s, c.id, dt.date(2026, 1, 1), day.date())
                assert statement.closing_minutes == view.left_minutes
                assert all(block.remaining >= 0 for block in state.blocks)
                # The state kept through the transaction is what a replay gives.
                fresh = prepaid.replay(prepaid._entries(s, c.id))
                assert [(b.purchase_id, b.remaining) for b in state.blocks] == [
                    (b.purchase_id, b.remaining) for b in fresh.blocks
                ]
                assert state.debt == fresh.debt
                if not negative:
                    assert state.debt == 0 or any(k == "adjust" for k, _, _ in ops)
    finally:
        db.close()
