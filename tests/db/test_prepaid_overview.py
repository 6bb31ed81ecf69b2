"""The prepaid overview (balances, used share, expiry, forecast, level), the
ledger with its running balance, and top-ups refused at the right field —
on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.db.session import read_only, unit_of_work
from desktop.models import Client, Contract, Technician, Ticket, TimeEntry, WorkType
from desktop.services.common.record_rules import ValidationError
from desktop.services.prepaid import ledger as prepaid
from desktop.services.prepaid.overview import (
    LEVEL_CRITICAL,
    LEVEL_LOW,
    LEVEL_OK,
    ledger_rows,
    prepaid_overview,
    running_low_count,
)
from desktop.services.prepaid.purchases import record_top_up, suggested_price

TODAY = dt.date(2026, 11, 20)


def _at(day: dt.date, hour: int = 9) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour))


@pytest.fixture
def shop(db):
    """Three prepaid clients: Alpha comfortable, Beta past 80 %, Gamma with
    an expired block only; plus a T&M contract that must not be listed."""
    with unit_of_work(db.sessions) as s:
        tech = Technician(name="Anna Berg")
        remote = WorkType(code="remote", name="Remote")
        clients = [Client(name=n, country="SE", currency="SEK") for n in ("Alpha", "Beta", "Gamma")]
        s.add_all([tech, remote, *clients])
        s.flush()
        contracts = [
            Contract(
                client_id=c.id,
                name=f"{c.name} hours",
                kind="prepaid",
                starts_on=dt.date(2025, 1, 1),
                currency="SEK",
                minimum_purchase_minutes=600,
                hourly_rate_minor=90000,
                alert_thresholds_bp=[8000, 9500],
            )
            for c in clients
        ]
        tm = Contract(
            client_id=clients[0].id,
            name="Alpha T&M",
            kind="time_materials",
            starts_on=dt.date(2025, 1, 1),
            currency="SEK",
        )
        s.add_all([*contracts, tm])
        s.flush()
        alpha, beta, gamma = contracts
        ticket = Ticket(
            number="T2026-00001",
            title="Printer",
            client_id=clients[0].id,
            opened_at=_at(dt.date(2026, 11, 1)),
        )
        s.add(ticket)
        s.flush()
        work = TimeEntry(
            technician_id=tech.id,
            client_id=clients[0].id,
            ticket_id=ticket.id,
            contract_id=alpha.id,
            work_type_id=remote.id,
            started_at=_at(dt.date(2026, 11, 2)),
            ended_at=_at(dt.date(2026, 11, 2), 11),
            raw_minutes=120,
            billed_minutes=120,
            description="Fixed the printer",
        )
        s.add(work)
        s.flush()
        # Alpha: 20 h bought, 2 h used on a ticket → 10 % used.
        prepaid.top_up(
            s,
            alpha.id,
            minutes=1200,
            amount_minor=1800000,
            at=_at(dt.date(2026, 10, 1)),
            expires_on=dt.date(2027, 9, 30),
        )
        prepaid.deduct(
            s,
            alpha.id,
            minutes=120,
            at=_at(dt.date(2026, 11, 2), 12),
            time_entry_id=work.id,
            note="work",
        )
        # Beta: 10 h bought, 8.5 h used (85 %) over the last weeks.
        prepaid.top_up(
            s,
            beta.id,
            minutes=600,
            amount_minor=900000,
            at=_at(dt.date(2026, 9, 1)),
            expires_on=dt.date(2027, 3, 31),
        )
        for week in range(1, 9):  # 8 deductions of 1:00 in the last 8 weeks + 0:30
            prepaid.deduct(s, beta.id, minutes=60, at=_at(TODAY - dt.timedelta(weeks=week)))
        prepaid.deduct(s, beta.id, minutes=30, at=_at(TODAY - dt.timedelta(days=1)))
        # Gamma: a block that expired unused; nothing open today.
        prepaid.top_up(
            s,
            gamma.id,
            minutes=600,
            amount_minor=900000,
            at=_at(dt.date(2025, 1, 10)),
            expires_on=dt.date(2025, 12, 31),
        )
        prepaid.expire_blocks(s, gamma.id, TODAY)
        ids = {"alpha": alpha.id, "beta": beta.id, "gamma": gamma.id, "tm": tm.id}
    return db, ids


def test_overview_lists_prepaid_contracts_with_their_balances(shop):
    db, ids = shop
    with read_only(db.sessions) as s:
        rows = {row.contract_id: row for row in prepaid_overview(s, TODAY)}
        assert set(rows) == {ids["alpha"], ids["beta"], ids["gamma"]}
        for contract_id, row in rows.items():
            assert row.balance_minutes == prepaid.balance(s, contract_id)
        low, active = running_low_count(s, TODAY)

    alpha, beta, gamma = rows[ids["alpha"]], rows[ids["beta"]], rows[ids["gamma"]]
    assert (alpha.balance_minutes, alpha.open_minutes, alpha.used_bp) == (1080, 1200, 1000)
    assert alpha.level == LEVEL_OK and not alpha.low
    assert (alpha.next_expiry, alpha.expiring_minutes) == (dt.date(2027, 9, 30), 1080)
    assert alpha.client_name == "Alpha" and alpha.minimum_purchase_minutes == 600

    assert (beta.balance_minutes, beta.used_bp) == (90, 8500)
    assert beta.level == LEVEL_LOW and beta.thresholds_bp == (8000, 9500)
    # The pace counts the 8 weeks ending today (56 days): the deduction of
    # exactly 8 weeks ago is just outside, so 7:30 in 8 weeks.
    assert beta.minutes_per_week == round(450 / 8)
    assert beta.runs_out_on == TODAY + dt.timedelta(days=int(90 * 7 * 8 / 450))

    assert (gamma.balance_minutes, gamma.open_minutes, gamma.used_bp) == (0, 0, 10000)
    assert gamma.level == LEVEL_CRITICAL and gamma.next_expiry is None
    assert gamma.runs_out_on is None
    assert (low, active) == (2, 3)


def test_ended_contracts_only_when_asked(shop):
    db, ids = shop
    with unit_of_work(db.sessions) as s:
        s.get(Contract, ids["gamma"]).status = "ended"
    with read_only(db.sessions) as s:
        assert ids["gamma"] not in {r.contract_id for r in prepaid_overview(s, TODAY)}
        every = prepaid_overview(s, TODAY, include_ended=True)
    assert ids["gamma"] in {r.contract_id for r in every}


def test_ledger_has_running_balance_and_names_the_work(shop):
    db, ids = shop
    with read_only(db.sessions) as s:
        rows = ledger_rows(s, ids["alpha"])
        beta = ledger_rows(s, ids["beta"])
    assert [(r.kind, r.minutes, r.balance_after) for r in rows] == [
        ("purchase", 1200, 1200),
        ("deduction", -120, 1080),
    ]
    assert rows[0].expires_on == dt.date(2027, 9, 30) and rows[0].amount_minor == 1800000
    assert (rows[1].technician, rows[1].ticket, rows[1].description) == (
        "Anna Berg",
        "T2026-00001",
        "Fixed the printer",
    )
    assert beta[-1].balance_after == 90
    assert [r.occurred_at for r in beta] == sorted(r.occurred_at for r in beta)


def test_top_up_refusals_name_their_field(shop):
    db, ids = shop
    at = _at(TODAY)
    cases = [
        (dict(minutes=300, amount_minor=1000, expires_on=None), "hours"),
        (dict(minutes=600, amount_minor=-1, expires_on=None), "price"),
        (dict(minutes=600, amount_minor=0, expires_on=TODAY - dt.timedelta(days=1)), "expires_on"),
    ]
    for kwargs, field in cases:
        with pytest.raises(ValidationError) as refused, unit_of_work(db.sessions) as s:
            record_top_up(s, ids["beta"], on=at.date(), **kwargs)
        assert set(refused.value.errors) == {field}
    with pytest.raises(ValidationError) as refused, unit_of_work(db.sessions) as s:
        record_top_up(s, ids["tm"], minutes=600, amount_minor=0, on=at.date(), expires_on=None)
    assert set(refused.value.errors) == {"contract"}

    with unit_of_work(db.sessions) as s:
        record_top_up(
            s,
            ids["beta"],
            minutes=600,
            amount_minor=900000,
            on=at.date(),
            expires_on=dt.date(2027, 11, 20),
            note="PO 17",
        )
    with read_only(db.sessions) as s:
        beta = next(r for r in prepaid_overview(s, TODAY) if r.contract_id == ids["beta"])
        last = ledger_rows(s, ids["beta"])[-1]
    assert beta.balance_minutes == 690 and beta.level == LEVEL_OK
    assert (last.kind, last.minutes, last.balance_after, last.description) == (
        "purchase",
        600,
        690,
        "PO 17",
    )


def test_minimum_purchase_message_names_the_minimum(shop):
    db, ids = shop
    with pytest.raises(ValidationError) as refused, unit_of_work(db.sessions) as s:
        record_top_up(s, ids["alpha"], minutes=60, amount_minor=0, on=TODAY, expires_on=None)
    assert "at least 10 h 00 min" in refused.value.errors["hours"]


def test_suggested_price():
    assert suggested_price(90, 90000) == 135000
    assert suggested_price(60, None) is None


def test_a_fresh_block_after_used_up_ones_starts_at_zero(shop):
    """Used-up blocks that have not expired yet do not count against a new
    block: Beta tops up 10 h after using 8.5 h of the first and then uses
    up what was left — the overview shows the new block untouched."""
    db, ids = shop
    with unit_of_work(db.sessions) as s:
        prepaid.top_up(
            s,
            ids["beta"],
            minutes=600,
            amount_minor=900000,
            at=_at(TODAY - dt.timedelta(hours=30)),
            expires_on=dt.date(2027, 11, 30),
        )
        prepaid.deduct(s, ids["beta"], minutes=90, at=_at(TODAY))
    with read_only(db.sessions) as s:
        beta = {r.contract_id: r for r in prepaid_overview(s, TODAY)}[ids["beta"]]
    assert (beta.balance_minutes, beta.open_minutes, beta.used_bp) == (600, 600, 0)
    assert beta.level == LEVEL_OK and not beta.low
