"""Rate resolution order and effective dates."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.db.session import unit_of_work
from desktop.models import Client, RateRule
from desktop.services.billing.rates import RateBook, RateError, WorkContext, resolve_rate
from tests import factories

D = dt.date
SINCE = D(2025, 1, 1)


def _rule(s, rate, since=SINCE, until=None, currency="SEK", **scope):
    s.add(
        RateRule(
            rate_minor=rate, currency=currency, effective_from=since, effective_to=until, **scope
        )
    )
    s.flush()


@pytest.fixture(params=["query", "book"])
def resolve(request):
    """resolve_rate as a single lookup asks it (a query per rule) and as a
    draft does (every rule of the currency read once into a RateBook): the
    same answers either way."""
    if request.param == "query":
        return resolve_rate

    def with_book(s, work):
        client = s.get(Client, work.client_id)
        return resolve_rate(s, work, RateBook(s, client.currency))

    return with_book


def test_each_level_of_the_order_wins_over_the_ones_below(db, resolve):
    with unit_of_work(db.sessions) as s:
        factories.shop(s)
        wt = factories.work_type(s, default_rate_minor=80000)
        tech = factories.technician(s, level="senior", default_rate_minor=None)
        client = factories.client(s)
        contract = factories.contract(s, client, "time_materials")
        work = WorkContext(
            client_id=client.id,
            work_type_id=wt.id,
            on=D(2026, 3, 2),
            technician_id=tech.id,
            contract_id=contract.id,
        )

        def source():
            choice = resolve(s, work)
            return choice.source, choice.rate_minor

        assert source() == ("work type", 80000)
        _rule(s, 85000, work_type_id=wt.id)
        assert source() == ("work type", 85000)
        _rule(s, 110000, technician_level="senior")
        assert source() == ("technician level", 110000)
        client.default_rate_minor = 90000
        assert source() == ("client default", 90000)
        _rule(s, 92000, client_id=client.id, work_type_id=wt.id)
        assert source() == ("client work type", 92000)
        contract.hourly_rate_minor = 93000
        assert source() == ("contract", 93000)
        _rule(s, 94000, contract_id=contract.id, work_type_id=wt.id)
        assert source() == ("contract work type", 94000)
        typed = WorkContext(**{**work.__dict__, "entry_rate_minor": 50000})
        assert resolve(s, typed).source == "entry"


def test_a_rate_change_applies_from_its_date_only(db, resolve):
    with unit_of_work(db.sessions) as s:
        factories.shop(s)
        wt = factories.work_type(s)
        client = factories.client(s)
        _rule(
            s,
            90000,
            since=D(2025, 1, 1),
            until=D(2025, 12, 31),
            client_id=client.id,
            work_type_id=wt.id,
        )
        _rule(s, 99000, since=D(2026, 1, 1), client_id=client.id, work_type_id=wt.id)
        before = WorkContext(client_id=client.id, work_type_id=wt.id, on=D(2025, 12, 31))
        after = WorkContext(client_id=client.id, work_type_id=wt.id, on=D(2026, 1, 1))
        assert resolve(s, before).rate_minor == 90000
        assert resolve(s, after).rate_minor == 99000


def test_no_rate_in_the_clients_currency_is_an_error_not_a_conversion(db, resolve):
    with unit_of_work(db.sessions) as s:
        factories.shop(s)
        wt = factories.work_type(s)
        client = factories.client(s, currency="JPY", country="JP")
        _rule(s, 95000, currency="SEK", client_id=client.id, work_type_id=wt.id)
        with pytest.raises(RateError, match="No hourly rate in JPY"):
            resolve(s, WorkContext(client_id=client.id, work_type_id=wt.id, on=D(2026, 3, 2)))
        _rule(s, 12000, currency="JPY", client_id=client.id, work_type_id=wt.id)
        assert (
            resolve(
                s, WorkContext(client_id=client.id, work_type_id=wt.id, on=D(2026, 3, 2))
            ).rate_minor
            == 12000
        )
