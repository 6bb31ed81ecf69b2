"""Prepaid hours as they stood on any date: an expired block counts as
expired from its expiry moment whether or not a run has posted the expiry.
Figures by hand, the arithmetic written out."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from desktop.__main__ import main
from desktop.db.session import unit_of_work
from desktop.services.prepaid import ledger as prepaid
from desktop.services.prepaid.dated import as_of, expiry_moment
from tests import factories

T = dt.datetime
D = dt.date


def _contract(session, **overrides):
    return factories.contract(session, factories.client(session), "prepaid", **overrides)


def test_an_expired_block_is_expired_before_any_run_posts_it(db):
    with unit_of_work(db.sessions) as s:
        c = _contract(s)
        block = prepaid.top_up(
            s, c.id, minutes=15 * 60, amount_minor=0, at=T(2026, 1, 5), expires_on=D(2026, 3, 31)
        )
        # Its last valid day: all 15:00 h left, nothing expired.
        last = as_of(s, c.id, D(2026, 3, 31))
        assert (last.left_minutes, last.expired_minutes) == (15 * 60, 0)
        # The day after, no run posted: 15:00 - 15:00 expired = 0:00 left.
        after = as_of(s, c.id, D(2026, 4, 1))
        assert (after.left_minutes, after.expired_minutes, after.due_minutes) == (0, 900, 900)
        assert prepaid.balance(s, c.id, D(2026, 4, 1)) == 0
        assert [(b.purchase_id, b.left, b.expired) for b in after.blocks] == [(block.id, 0, 900)]
        # Once the run posts it, the same figures; nothing is due any more.
        prepaid.expire_blocks(s, c.id, D(2026, 4, 5))
        posted = as_of(s, c.id, D(2026, 4, 1))
        assert (posted.left_minutes, posted.expired_minutes, posted.due_minutes) == (0, 900, 0)
        # Looking back before the expiry still shows the hours.
        assert prepaid.balance(s, c.id, D(2026, 3, 31)) == 900


def test_work_and_expiry_on_a_date_per_block(db):
    """10:00 h expiring 31 Mar, 5:00 h expiring 30 Jun; 3:20 of work on 2 Mar
    draws from the block that expires first (31 Mar)."""
    with unit_of_work(db.sessions) as s:
        c = _contract(s)
        march = prepaid.top_up(
            s, c.id, minutes=600, amount_minor=0, at=T(2026, 1, 5), expires_on=D(2026, 3, 31)
        )
        june = prepaid.top_up(
            s, c.id, minutes=300, amount_minor=0, at=T(2026, 2, 1), expires_on=D(2026, 6, 30)
        )
        prepaid.deduct(s, c.id, minutes=200, at=T(2026, 3, 2, 9))
        # 1 Mar: nothing used yet, 10:00 + 5:00 = 15:00.
        assert prepaid.balance(s, c.id, D(2026, 3, 1)) == 600 + 300
        # 2 Mar: 15:00 - 3:20 = 11:40, the March block at 10:00 - 3:20 = 6:40.
        view = as_of(s, c.id, D(2026, 3, 2))
        assert view.left_minutes == 900 - 200 == 700
        assert {b.purchase_id: b.left for b in view.blocks} == {march.id: 600 - 200, june.id: 300}
        # 1 Apr: the March block's 6:40 expired, 5:00 left.
        view = as_of(s, c.id, D(2026, 4, 1))
        assert (view.left_minutes, view.expired_minutes) == (300, 600 - 200)
        # 1 Jul: all gone; 6:40 + 5:00 = 11:40 expired.
        view = as_of(s, c.id, D(2026, 7, 1))
        assert (view.left_minutes, view.expired_minutes) == (0, 400 + 300)


def test_a_debt_shows_on_the_date_and_the_next_block_pays_it(db):
    with unit_of_work(db.sessions) as s:
        c = _contract(s, overage_rule="negative")
        prepaid.top_up(s, c.id, minutes=60, amount_minor=0, at=T(2026, 1, 5))
        prepaid.deduct(s, c.id, minutes=90, at=T(2026, 1, 6, 9))
        # 1:00 - 1:30 = -0:30: a debt of 0:30.
        view = as_of(s, c.id, D(2026, 1, 6))
        assert (view.left_minutes, view.debt_minutes) == (-30, 30)
        second = prepaid.top_up(s, c.id, minutes=120, amount_minor=0, at=T(2026, 1, 10))
        # The new 2:00 block pays the 0:30 first: 2:00 - 0:30 = 1:30 left, no debt.
        view = as_of(s, c.id, D(2026, 1, 10))
        assert (view.left_minutes, view.debt_minutes) == (120 - 30, 0)
        assert {b.purchase_id: b.left for b in view.blocks}[second.id] == 90


def _run(capsys, path, *argv):
    code = main(["--json", "--db", path, *argv])
    out, _ = capsys.readouterr()
    return code, json.loads(out)


def test_the_command_line_balance_and_ledger_on_a_date(db, capsys):
    if not db.url.startswith("sqlite"):
        pytest.skip("the command line is driven on a database file")
    with unit_of_work(db.sessions) as s:
        c = _contract(s)
        prepaid.top_up(
            s, c.id, minutes=900, amount_minor=0, at=T(2026, 1, 5), expires_on=D(2026, 3, 31)
        )
        cid = str(c.id)
    path = db.url.removeprefix("sqlite:///")
    code, out = _run(capsys, path, "prepaid", "balance", cid, "--date", "2026-04-01")
    assert code == 0
    # 15:00 bought, 15:00 expired on 1 Apr: 0:00 left.
    assert (out["balance"], out["expired_minutes"]) == ("0:00", 900)
    assert out["blocks"][0]["usable"] is False
    code, out = _run(capsys, path, "prepaid", "balance", cid, "--date", "2026-03-31")
    assert (out["balance"], out["expired_minutes"]) == ("15:00", 0)
    code, out = _run(capsys, path, "prepaid", "ledger", cid, "--date", "2026-04-01")
    assert [(r["kind"], r["hours"], r["balance"]) for r in out["ledger"]] == [
        ("purchase", "15:00", "15:00"),
        ("expiry due", "-15:00", "0:00"),
    ]
    assert out["ledger"][1]["at"].startswith(expiry_moment(D(2026, 3, 31)).date().isoformat())
    code, out = _run(capsys, path, "prepaid", "ledger", cid, "--date", "2026-01-04")
    assert out["ledger"] == []
