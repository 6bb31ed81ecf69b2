"""Bad input at every service entry point: each is refused with a clear
error (one of the services' own exception types, never a TypeError or a
database error), and the database is exactly as it was afterwards.

Inputs that are odd but legitimate (SQL-looking text, accents, long notes)
may be accepted; then they must be stored verbatim. Accepted examples are
rolled back so every example starts from the same database."""

from __future__ import annotations

import datetime as dt
import hashlib
import math
from collections.abc import Callable
from types import SimpleNamespace

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from sqlalchemy import inspect, text

from desktop.db.session import unit_of_work
from desktop.models import Client
from desktop.services.billing.invoices import InvoiceError, draft_invoice, issue_invoice
from desktop.services.billing.payments import credit_invoice, record_payment
from desktop.services.billing.rates import RateError
from desktop.services.billing.rules import SetupError
from desktop.services.common.money import AmountError
from desktop.services.common.record_rules import NotFound, ValidationError
from desktop.services.helpdesk.messaging import MessageError
from desktop.services.prepaid.ledger import PrepaidError, deduct, top_up
from desktop.services.queries.lookup import LookupFailed
from desktop.services.records.clients import ClientInput, create_client
from desktop.services.records.work_log import (
    ContractInput,
    TimeInput,
    add_contract,
    log_time,
    use_material,
)
from desktop.services.shop.settings import (
    save_rounding_defaults,
)
from desktop.services.shop.setup import (
    add_product,
    add_rate_rule,
    add_series,
    add_tax_rate,
    add_technician,
    add_work_type,
)
from tests import factories

CLEAR_ERRORS = (
    ValidationError,
    InvoiceError,
    PrepaidError,
    RateError,
    SetupError,
    AmountError,
    MessageError,
    NotFound,
    LookupFailed,
)
EXAMPLES = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
T = dt.datetime
D = dt.date

# -- what hypothesis throws at the services ----------------------------------

SQL = st.sampled_from(
    [
        "'; DROP TABLE invoices; --",
        "1 OR 1=1",
        "Robert'); DELETE FROM clients;--",
        '" UNION SELECT * FROM settings --',
        "%_\\",
    ]
)
CONTROL = st.text(st.characters(min_codepoint=0, max_codepoint=31), min_size=1, max_size=20)
HUGE = st.just("x" * 1_000_000)
ODD_TEXT = st.one_of(SQL, CONTROL, HUGE, st.text(max_size=50))
NOT_A_NUMBER = st.one_of(
    st.just(math.nan),
    st.just(math.inf),
    st.just(-math.inf),
    st.floats(allow_nan=True),
    st.text(max_size=10),
    st.none(),
    st.just([1]),
    st.just(b"12"),
)
NOT_POSITIVE = st.one_of(st.integers(max_value=0), st.integers(min_value=-(2**80), max_value=-1))
ABSURD = st.integers(min_value=2**31, max_value=2**80)
EDGE_DATES = st.sampled_from([D(1, 1, 1), D(9999, 12, 31)])
EDGE_TIMES = st.sampled_from([T(1, 1, 1), T(9999, 12, 31, 23, 59)])
NOT_A_DATE = st.one_of(st.text(max_size=10), st.none(), st.integers(), st.just(math.nan))


def fingerprint(db) -> str:
    """A digest of every row of every table."""
    digest = hashlib.sha256()
    with db.engine.connect() as conn:
        for table in sorted(inspect(db.engine).get_table_names()):
            if table.endswith(("_fts", "_fts_data", "_fts_idx", "_fts_docsize", "_fts_config")):
                continue
            rows = conn.execute(text(f'SELECT * FROM "{table}"')).all()
            for row in sorted(map(repr, rows)):
                digest.update(f"{table}:{row}\n".encode())
    return digest.hexdigest()


def refused(db, action: Callable) -> None:
    """`action` must fail with a clear error and change nothing."""
    before = fingerprint(db)
    with pytest.raises(CLEAR_ERRORS), unit_of_work(db.sessions) as s:
        action(s)
    assert fingerprint(db) == before


def refused_or_kept(db, action: Callable, check: Callable | None = None) -> None:
    """Odd but possibly valid input: a clear error, or stored as given
    (`check` runs in the same session); either way rolled back."""
    before = fingerprint(db)
    session = db.sessions()
    try:
        result = action(session)
        session.flush()
        if check is not None:
            check(session, result)
    except CLEAR_ERRORS:
        pass
    finally:
        session.rollback()
        session.close()
    assert fingerprint(db) == before


@pytest.fixture
def shop(db):
    """A small billing shop with a prepaid contract, a draft and an issued invoice."""
    with unit_of_work(db.sessions) as s:
        setup = factories.billing_shop(s)
        client = factories.client(s)
        contract = factories.contract(s, client, "prepaid")
        top_up(s, contract.id, minutes=600, amount_minor=9000_00, at=T(2026, 1, 5, 9))
        factories.time_entry(s, setup, client, T(2026, 2, 2, 9), 50)
        issued = draft_invoice(s, client.id, period_from=D(2026, 2, 1), period_to=D(2026, 2, 28))
        issue_invoice(s, issued.id, D(2026, 2, 28))
        factories.time_entry(s, setup, client, T(2026, 3, 2, 9), 40)
        draft = draft_invoice(s, client.id, period_from=D(2026, 3, 1), period_to=D(2026, 3, 31))
        return SimpleNamespace(
            client_id=client.id,
            tech_id=setup.tech.id,
            work_type_id=setup.remote.id,
            contract_id=contract.id,
            issued_id=issued.id,
            draft_id=draft.id,
            line_id=issued.lines[0].id,
        )


def time_input(shop, **changes) -> TimeInput:
    values = dict(
        technician_id=shop.tech_id,
        client_id=shop.client_id,
        work_type_id=shop.work_type_id,
        started_at=T(2026, 3, 3, 9),
        ended_at=T(2026, 3, 3, 10),
    )
    values.update(changes)
    return TimeInput(**values)


# -- time and material --------------------------------------------------------


@EXAMPLES
@given(data=st.data())
def test_log_time_refuses_bad_durations(db, shop, data):
    start = data.draw(st.one_of(EDGE_TIMES, st.just(T(2026, 3, 3, 9))))
    kind = data.draw(st.sampled_from(["before", "same", "long", "travel", "distance", "rate"]))
    if kind == "before":
        try:
            end = start - dt.timedelta(minutes=data.draw(st.integers(1, 10**6)))
        except OverflowError:  # before year 1: not a datetime Python can hold
            end = T(1, 1, 1)
        assume(end < start)
        changes = dict(started_at=start, ended_at=end)
    elif kind == "same":
        changes = dict(started_at=start, ended_at=start)
    elif kind == "long":
        changes = dict(started_at=T(1, 1, 1), ended_at=T(9999, 12, 31))
    elif kind == "travel":
        changes = dict(
            travel_minutes=data.draw(st.one_of(NOT_POSITIVE.filter(bool), NOT_A_NUMBER, ABSURD))
        )
    elif kind == "distance":
        changes = dict(
            travel_distance_m=data.draw(st.one_of(NOT_POSITIVE.filter(bool), NOT_A_NUMBER, ABSURD))
        )
    else:
        changes = dict(
            rate_minor=data.draw(
                st.one_of(NOT_POSITIVE.filter(bool), NOT_A_NUMBER, ABSURD).filter(
                    lambda v: v is not None
                )
            )
        )
    refused(db, lambda s: log_time(s, time_input(shop, **changes)))


@EXAMPLES
@given(start=st.one_of(NOT_A_DATE, st.just("2026-03-03 09:00")))
def test_log_time_refuses_wrong_types(db, shop, start):
    refused(db, lambda s: log_time(s, time_input(shop, started_at=start)))


@EXAMPLES
@given(description=ODD_TEXT)
def test_log_time_keeps_odd_text_verbatim_or_refuses_it(db, shop, description):
    def check(session, entry):
        session.expire(entry)
        assert entry.description == description

    refused_or_kept(db, lambda s: log_time(s, time_input(shop, description=description)), check)


@EXAMPLES
@given(
    quantity=st.one_of(NOT_POSITIVE, NOT_A_NUMBER, ABSURD),
    price=st.one_of(st.integers(-(10**6), 10**6), NOT_A_NUMBER, ABSURD),
)
def test_use_material_refuses_bad_quantities_and_prices(db, shop, quantity, price):
    def action(s):
        client = s.get(Client, shop.client_id)
        return use_material(
            s,
            client,
            quantity_milli=quantity,
            used_on=D(2026, 3, 3),
            description="Cable",
            unit_price_minor=price,
        )

    refused(db, action)


# -- contracts and prepaid hours ----------------------------------------------


@EXAMPLES
@given(
    kind=st.one_of(ODD_TEXT, st.sampled_from(["prepaid", "term"])),
    name=st.one_of(st.just(""), st.just("   "), CONTROL, HUGE),
    ends=st.one_of(st.none(), EDGE_DATES),
)
def test_add_contract_refuses_bad_input(db, shop, kind, name, ends):
    assume(
        kind not in ("prepaid",)
        or not name.strip()
        or ends == D(1, 1, 1)
        or len(name) > 200
        or any(ord(c) < 32 for c in name)
    )
    data = ContractInput(
        client_id=shop.client_id, name=name, kind=kind, starts_on=D(2026, 1, 1), ends_on=ends
    )
    refused(db, lambda s: add_contract(s, data))


@EXAMPLES
@given(
    minutes=st.one_of(NOT_POSITIVE, NOT_A_NUMBER, ABSURD),
    amount=st.one_of(st.integers(-(2**70), 10**6), NOT_A_NUMBER),
)
def test_top_up_refuses_bad_blocks(db, shop, minutes, amount):
    refused(
        db,
        lambda s: top_up(
            s, shop.contract_id, minutes=minutes, amount_minor=amount, at=T(2026, 3, 1, 9)
        ),
    )


@EXAMPLES
@given(at=st.one_of(NOT_A_DATE, EDGE_TIMES), expires=st.one_of(EDGE_DATES, NOT_A_DATE))
def test_top_up_refuses_bad_dates(db, shop, at, expires):
    # Valid: a real purchase time and an expiry (or none) on or after it.
    assume(
        not (
            isinstance(at, dt.datetime)
            and (expires is None or (isinstance(expires, dt.date) and expires >= at.date()))
        )
    )
    refused(
        db,
        lambda s: top_up(
            s, shop.contract_id, minutes=60, amount_minor=0, at=at, expires_on=expires
        ),
    )


@EXAMPLES
@given(
    minutes=st.one_of(NOT_POSITIVE, NOT_A_NUMBER, ABSURD),
    contract=st.one_of(st.just(None), st.integers(10**6, 10**9)),
)
def test_deduct_refuses_bad_minutes_and_unknown_contracts(db, shop, minutes, contract):
    contract_id = contract if contract is not None else shop.contract_id
    refused(db, lambda s: deduct(s, contract_id, minutes=minutes, at=T(2026, 3, 1, 9)))


# -- invoices -------------------------------------------------------------


@EXAMPLES
@given(period=st.sampled_from(["reversed", "types", "client", "grouping", "series"]), odd=ODD_TEXT)
def test_draft_invoice_refuses_bad_requests(db, shop, period, odd):
    args = dict(period_from=D(2026, 4, 1), period_to=D(2026, 4, 30))
    client_id = shop.client_id
    if period == "reversed":
        args = dict(period_from=D(9999, 12, 31), period_to=D(1, 1, 1))
    elif period == "types":
        args = dict(period_from="2026-04-01", period_to=None)
    elif period == "client":
        client_id = 10**9
    elif period == "grouping":
        args["grouping"] = odd
    else:
        args["series_code"] = odd
    refused(db, lambda s: draft_invoice(s, client_id, **args))


@EXAMPLES
@given(
    invoice=st.one_of(st.integers(10**6, 10**9), st.just("issued")),
    day=st.one_of(NOT_A_DATE, EDGE_DATES),
)
def test_issue_invoice_refuses_unknown_issued_or_undated(db, shop, invoice, day):
    """An unknown invoice, one issued already, or no real date: all refused."""
    target = shop.issued_id if invoice == "issued" else invoice
    refused(db, lambda s: issue_invoice(s, target, day))


@EXAMPLES
@given(day=st.one_of(NOT_A_DATE, EDGE_DATES))
def test_issuing_a_draft_needs_a_real_date(db, shop, day):
    assume(not isinstance(day, dt.date))
    refused(db, lambda s: issue_invoice(s, shop.draft_id, day))


@EXAMPLES
@given(
    reason=st.one_of(st.just(""), st.just("  \n\t")),
    quantity=st.one_of(st.integers(-(2**70), 2**70), NOT_A_NUMBER),
    which=st.sampled_from(["draft", "reason", "quantity", "line", "types"]),
)
def test_credit_invoice_refuses_bad_credits(db, shop, reason, quantity, which):
    invoice, why, quantities = shop.issued_id, "Wrong hours", None
    if which == "draft":
        invoice = shop.draft_id
    elif which == "reason":
        why = reason
    elif which == "quantity":
        # Valid: a part of the line, in the line's own sign (1 … 1000 thousandths).
        assume(not (type(quantity) is int and 0 < quantity <= 1000))
        quantities = {shop.line_id: quantity}
    elif which == "line":
        quantities = {10**9: -1000}
    else:
        quantities = {"1": "all"}
    refused(
        db,
        lambda s: credit_invoice(
            s, invoice, issue_date=D(2026, 3, 5), reason=why, quantities=quantities
        ),
    )


@EXAMPLES
@given(
    amount=st.one_of(NOT_POSITIVE, NOT_A_NUMBER, ABSURD),
    day=st.one_of(EDGE_DATES, st.just(D(2026, 3, 3))),
    which=st.sampled_from(["amount", "draft", "unknown", "types"]),
)
def test_record_payment_refuses_bad_payments(db, shop, amount, day, which):
    invoice, value, received = shop.issued_id, amount, day
    if which == "draft":
        invoice, value = shop.draft_id, 100
    elif which == "unknown":
        invoice, value = 10**9, 100
    elif which == "types":
        value, received = 100, "yesterday"
    refused(db, lambda s: record_payment(s, invoice, amount_minor=value, received_on=received))


@EXAMPLES
@given(reference=ODD_TEXT)
def test_payment_reference_is_kept_verbatim_or_refused(db, shop, reference):
    def check(session, payment):
        session.expire(payment)
        assert payment.reference == reference

    refused_or_kept(
        db,
        lambda s: record_payment(
            s, shop.issued_id, amount_minor=100, received_on=D(2026, 3, 3), reference=reference
        ),
        check,
    )


# -- clients and shop set-up -------------------------------------------------


@EXAMPLES
@given(
    name=ODD_TEXT,
    email=ODD_TEXT,
    rate=st.one_of(ODD_TEXT, st.just("NaN"), st.just("1e400"), st.just("-5")),
    terms=st.one_of(st.integers(-(2**70), 2**70), NOT_A_NUMBER),
)
def test_create_client_refuses_or_keeps_verbatim(db, shop, name, email, rate, terms):
    data = ClientInput(
        name=name,
        email=email,
        country="SE",
        currency="SEK",
        default_rate=rate,
        payment_terms_days=terms,
    )

    def check(session, client_id):
        client = session.get(Client, client_id)
        session.expire(client)
        assert client.name == name.strip()

    refused_or_kept(db, lambda s: create_client(s, data), check)


@EXAMPLES
@given(code=ODD_TEXT, rate=st.one_of(st.integers(-(2**70), 2**70), NOT_A_NUMBER), category=ODD_TEXT)
def test_add_tax_rate_refuses_bad_rates(db, shop, code, rate, category):
    assume(
        category not in ("S", "Z", "E", "AE", "K", "G", "O") or not 0 <= rate <= 10_000
        if isinstance(rate, int)
        else True
    )
    refused(db, lambda s: add_tax_rate(s, code=code, name="VAT", rate_bp=rate, category=category))


@EXAMPLES
@given(pattern=ODD_TEXT, code=st.one_of(ODD_TEXT, st.just("INV")))
def test_add_series_refuses_bad_patterns(db, shop, pattern, code):
    def check(session, series):
        assert "{seq" in series.pattern

    refused_or_kept(db, lambda s: add_series(s, code=code, name="X", pattern=pattern), check)


@EXAMPLES
@given(
    rate=st.one_of(NOT_POSITIVE.filter(bool), NOT_A_NUMBER, ABSURD),
    which=st.sampled_from(["rate", "period", "currency"]),
)
def test_add_rate_rule_refuses_bad_rules(db, shop, rate, which):
    args = dict(rate_minor=95000, currency="SEK", effective_from=D(2026, 1, 1))
    if which == "rate":
        args["rate_minor"] = rate
    elif which == "period":
        args.update(effective_from=D(9999, 12, 31), effective_to=D(1, 1, 1))
    else:
        args["currency"] = "'; DROP TABLE rate_rules; --"
    refused(db, lambda s: add_rate_rule(s, **args))


@EXAMPLES
@given(
    value=st.one_of(NOT_POSITIVE.filter(bool), NOT_A_NUMBER, ABSURD),
    which=st.sampled_from(["work_type", "technician", "product", "rounding"]),
)
def test_setup_numbers_refused(db, shop, value, which):
    actions = {
        "work_type": lambda s: add_work_type(s, code="w", name="W", rate_minor=value),
        "technician": lambda s: add_technician(
            s, name="T", email=None, tier=value, level="x", rate_minor=None
        ),
        "product": lambda s: add_product(s, name="P", price_minor=value, currency="SEK"),
        "rounding": lambda s: save_rounding_defaults(
            s, increment_min=15, mode="up", scope="entry", minimum_min=value
        ),
    }
    refused(db, actions[which])
