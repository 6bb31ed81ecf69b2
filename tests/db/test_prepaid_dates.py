"""Prepaid hours as they stood on any date: an expired block counts as
expired from its expiry moment whether or not a run has posted the expiry.
Figures by hand, the arithmetic written out."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from desktop.__main__ import main
from desktop.db.session import unit_of_work
from desktop.models import Invoice, PrepaidLedgerEntry
from desktop.services.billing.month_end import run_month_end
from desktop.services.prepaid import ledger as prepaid
from desktop.services.prepaid.dated import as_of, expiry_moment
from desktop.services.prepaid.overview import ledger_rows, prepaid_overview
from desktop.services.prepaid.purchases import buy_block
from desktop.services.printing.statement_data import statement_data
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


def test_work_before_the_expiry_billed_after_it_draws_from_the_block(db):
    """A 5:00 h block bought 1 Jan, expiring 31 Jan; 2:00 of work on 30 Jan;
    the January run on 5 Feb. The work draws 2:00 from the block, then the
    rest, 5:00 - 2:00 = 3:00, expires; the deduction is dated 30 Jan (the
    work), the expiry at the midnight after 31 Jan, not on the run's day."""
    with unit_of_work(db.sessions) as s:
        setup = factories.billing_shop(s)
        client = factories.client(s)
        c = factories.contract(s, client, "prepaid")
        block = prepaid.top_up(
            s, c.id, minutes=300, amount_minor=0, at=T(2026, 1, 1), expires_on=D(2026, 1, 31)
        )
        factories.time_entry(s, setup, client, T(2026, 1, 30, 9), 120, contract_id=c.id)
        cid, block_id = c.id, block.id
    run_month_end(
        db.sessions, period_from=D(2026, 1, 1), period_to=D(2026, 1, 31), issue_date=D(2026, 2, 5)
    )
    with db.sessions() as s:
        rows = s.scalars(
            select(PrepaidLedgerEntry)
            .where(PrepaidLedgerEntry.contract_id == cid)
            .order_by(PrepaidLedgerEntry.occurred_at, PrepaidLedgerEntry.id)
        ).all()
        assert [(r.kind, r.occurred_at, r.minutes, r.block_id) for r in rows] == [
            ("purchase", T(2026, 1, 1), 300, None),
            ("deduction", T(2026, 1, 30, 9), -120, block_id),
            ("expiry", expiry_moment(D(2026, 1, 31)), -(300 - 120), block_id),
        ]
        assert expiry_moment(D(2026, 1, 31)) == T(2026, 2, 1)
        # 30 Jan: 5:00 - 2:00 = 3:00 left; 1 Feb: 0:00 left, 3:00 expired.
        assert prepaid.balance(s, cid, D(2026, 1, 30)) == 180
        view = as_of(s, cid, D(2026, 2, 1))
        assert (view.left_minutes, view.expired_minutes, view.due_minutes) == (0, 180, 0)


def test_a_top_up_on_the_command_line_pays_the_debt_first(db, capsys):
    """3:00 h of work with no block on a contract that may go negative, then
    a 10:00 h block bought the next day: 10:00 - 3:00 = 7:00 h left, no debt."""
    if not db.url.startswith("sqlite"):
        pytest.skip("the command line is driven on a database file")
    with unit_of_work(db.sessions) as s:
        c = _contract(s, overage_rule="negative")
        prepaid.deduct(s, c.id, minutes=3 * 60, at=T(2026, 3, 2, 9))
        assert as_of(s, c.id, D(2026, 3, 2)).debt_minutes == 180
        cid = str(c.id)
    path = db.url.removeprefix("sqlite:///")
    code, out = _run(
        capsys, path, "prepaid", "topup", cid, "--hours", "10", "--price", "0", "--date",
        "2026-03-03",
    )  # fmt: skip
    assert code == 0
    assert (out["debt_paid_minutes"], out["block_left_minutes"]) == (180, 600 - 180)
    assert (out["balance_minutes"], out["debt_minutes"]) == (420, 0)
    code, out = _run(capsys, path, "prepaid", "balance", cid, "--date", "2026-03-03")
    assert (out["balance"], out["debt_minutes"]) == ("7:00", 0)
    assert [(b["hours"], b["left"]) for b in out["blocks"]] == [("10:00", "7:00")]
    # The day before the purchase the debt still shows.
    code, out = _run(capsys, path, "prepaid", "balance", cid, "--date", "2026-03-02")
    assert (out["balance"], out["debt_minutes"]) == ("-3:00", 180)


def test_the_shop_setting_on_the_command_line(db, capsys):
    if not db.url.startswith("sqlite"):
        pytest.skip("the command line is driven on a database file")
    path = db.url.removeprefix("sqlite:///")
    code, out = _run(capsys, path, "prepaid", "settings")
    assert (code, out["invoice_on_purchase"]) == (0, False)
    code, out = _run(capsys, path, "prepaid", "settings", "--invoice-on-purchase", "yes")
    assert (code, out["invoice_on_purchase"]) == (0, True)
    code, out = _run(capsys, path, "prepaid", "settings")
    assert out["invoice_on_purchase"] is True


def _four_views(s, contract_id, on):
    """Balance, ledger, statement and overview as of `on`, with the forecast
    of the statement and of the overview."""
    row = next(r for r in prepaid_overview(s, on) if r.contract_id == contract_id)
    statement = statement_data(s, contract_id, D(2026, 1, 1), on)
    return {
        "balance": prepaid.balance(s, contract_id, on),
        "ledger": ledger_rows(s, contract_id, on)[-1].balance_after,
        "statement": statement.closing_minutes,
        "overview": row.balance_minutes,
    }, (
        (statement.minutes_per_week, statement.runs_out_on),
        (row.minutes_per_week, row.runs_out_on),
        statement,
    )


def test_balance_ledger_statement_and_forecast_agree_before_and_after_a_run(db):
    """Block A 5:00 h bought 1 Jan, expiring 31 Jan, 4000.00; block B 10:00 h
    bought 10 Jan, no expiry, 8500.00; 2:00 h of work on 20 Jan. The January
    run (issued 5 Feb) deducts the work from A (it expires first), posts A's
    expiry and invoices both blocks."""
    with unit_of_work(db.sessions) as s:
        setup = factories.billing_shop(s)
        client = factories.client(s)
        c = factories.contract(s, client, "prepaid")
        a = buy_block(
            s, c.id, minutes=300, amount_minor=400_000, at=T(2026, 1, 1), expires_on=D(2026, 1, 31)
        ).entry.id
        b = buy_block(s, c.id, minutes=600, amount_minor=850_000, at=T(2026, 1, 10)).entry.id
        factories.time_entry(s, setup, client, T(2026, 1, 20, 9), 120, contract_id=c.id)
        cid = c.id
    with db.sessions() as s:
        # Before the run the work is not deducted yet.
        # 31 Jan: 5:00 + 10:00 = 15:00; 1 Feb: A's 5:00 expired, 10:00 left.
        for on, left in ((D(2026, 1, 31), 300 + 600), (D(2026, 2, 1), 600)):
            figures, (by_statement, by_overview, statement) = _four_views(s, cid, on)
            assert set(figures.values()) == {left}, (on, figures)
            assert by_statement == by_overview == (0, None)  # nothing used yet
            assert statement.total("deduction") == 0
        # The expiry not posted yet is on the statement, so its rows add up.
        _f, (_s, _o, statement) = _four_views(s, cid, D(2026, 2, 1))
        assert [(e.kind, e.minutes) for e in statement.entries][-1] == ("expiry", -300)
    run_month_end(
        db.sessions, period_from=D(2026, 1, 1), period_to=D(2026, 1, 31), issue_date=D(2026, 2, 5)
    )
    with db.sessions() as s:
        # 31 Jan: 15:00 - 2:00 = 13:00; 1 Feb: A's 5:00 - 2:00 = 3:00 expired,
        # 13:00 - 3:00 = 10:00; 10 Feb: still 10:00.
        for on, left in ((D(2026, 1, 31), 900 - 120), (D(2026, 2, 1), 780 - 180)):
            figures, (by_statement, by_overview, statement) = _four_views(s, cid, on)
            assert set(figures.values()) == {left}, (on, figures)
            # The pace: 2:00 h in the last 8 weeks = 120 / 8 = 15 min a week;
            # left × 7 × 8 / 120 days until it runs out.
            runs_out = on + dt.timedelta(days=left * 7 * 8 // 120)
            assert by_statement == by_overview == (15, runs_out)
            # The statement for 1 Jan – `on` shows the 2:00 h used in it.
            assert statement.total("deduction") == -120
        # 31 Jan: 780 × 56 / 120 = 364 days → 30 Jan 2027.
        assert D(2026, 1, 31) + dt.timedelta(days=364) == D(2027, 1, 30)
        # Each purchase names the invoice that billed it: both on the January one.
        number = s.scalar(select(Invoice.number).where(Invoice.client_id == client.id))
        _f, (_s, _o, statement) = _four_views(s, cid, D(2026, 2, 1))
        purchases = [e for e in statement.entries if e.kind == "purchase"]
        assert [e.invoice_number for e in purchases] == [number, number] and number
        invoiced = {r.id: r.invoice for r in ledger_rows(s, cid) if r.kind == "purchase"}
        assert invoiced == {a: number, b: number}


def test_a_block_dated_before_work_counted_as_debt_is_refused_at_the_date(db):
    """3:00 h of work on 2 March counted as debt; a 10:00 h block dated
    1 March would keep its 10:00 h beside the 3:00 h owed (it pays the debt
    owed at its own place; 2 March too: a purchase is at midnight, before
    that day's work). Refused at the date; on 3 March it pays it:
    10:00 - 3:00 = 7:00."""
    from desktop.services.common.record_rules import ValidationError
    from desktop.services.prepaid.purchases import record_top_up

    with unit_of_work(db.sessions) as s:
        c = _contract(s, overage_rule="negative")
        prepaid.deduct(s, c.id, minutes=180, at=T(2026, 3, 2, 9))
        cid = c.id
    with pytest.raises(ValidationError) as refused, unit_of_work(db.sessions) as s:
        record_top_up(s, cid, minutes=600, amount_minor=0, on=D(2026, 3, 1), expires_on=None)
    assert set(refused.value.errors) == {"purchased_on"}
    assert "2026-03-03 or later" in refused.value.errors["purchased_on"]
    with unit_of_work(db.sessions) as s:
        assert as_of(s, cid, D(2026, 3, 31)).blocks == ()  # nothing was written
        with pytest.raises(ValidationError), s.begin_nested():
            record_top_up(s, cid, minutes=600, amount_minor=0, on=D(2026, 3, 2), expires_on=None)
        bought = record_top_up(
            s, cid, minutes=600, amount_minor=0, on=D(2026, 3, 3), expires_on=None
        )
        assert (bought.debt_paid_minutes, bought.block_left_minutes) == (180, 600 - 180)
        # A block that expired before the work could not have paid it: allowed.
    with unit_of_work(db.sessions) as s:
        c2 = _contract(s, overage_rule="negative")
        prepaid.deduct(s, c2.id, minutes=60, at=T(2026, 3, 20, 9))
        old = record_top_up(
            s, c2.id, minutes=120, amount_minor=0, on=D(2026, 3, 1), expires_on=D(2026, 3, 10)
        )
        assert (old.debt_paid_minutes, as_of(s, c2.id, D(2026, 3, 20)).debt_minutes) == (0, 60)
