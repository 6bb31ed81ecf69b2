"""The month-end keeps Python's full garbage collections from pausing the
window: they are off while it runs (young ones run between clients) and
back on afterwards, whatever happens."""

from __future__ import annotations

import datetime as dt
import gc

import pytest

from desktop.services.billing import month_end
from desktop.services.billing.month_end import run_month_end


@pytest.fixture(autouse=True)
def _gc_on():
    gc.enable()
    yield
    gc.enable()


def test_full_collections_are_off_during_the_run_and_on_after(db, monkeypatch):
    seen: list[bool] = []
    original = month_end.clients_to_bill

    def spy(session, period_to):
        seen.append(gc.isenabled())
        return original(session, period_to)

    monkeypatch.setattr(month_end, "clients_to_bill", spy)
    day = dt.date(2026, 3, 31)
    run_month_end(db.sessions, period_from=day.replace(day=1), period_to=day, issue_date=day)
    assert seen == [False]
    assert gc.isenabled()


def test_collections_come_back_after_a_failure(db, monkeypatch):
    def broken(session, period_to):
        raise RuntimeError("disk full")

    monkeypatch.setattr(month_end, "clients_to_bill", broken)
    day = dt.date(2026, 3, 31)
    with pytest.raises(RuntimeError):
        run_month_end(db.sessions, period_from=day, period_to=day, issue_date=day)
    assert gc.isenabled()


def test_a_caller_that_turned_collections_off_keeps_them_off(db):
    gc.disable()
    day = dt.date(2026, 3, 31)
    run_month_end(db.sessions, period_from=day, period_to=day, issue_date=day)
    assert not gc.isenabled()
