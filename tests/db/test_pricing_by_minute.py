"""Time is priced by the minute (issue 21): a time line's net is billed
minutes × hourly price ÷ 60, rounded once to the currency's minor unit,
half up. Merged lines sum their minutes first. Every figure is worked out by
hand in the comments; "was" names what the old two-decimal hour quantity
gave, so each case fails on the old rule."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

import pytest
from alembic import command
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import insert, text
from sqlalchemy.exc import DBAPIError

from desktop.db.engine import make_engine
from desktop.db.integrity_chain import seal_unsealed, verify_chains
from desktop.db.migrate import alembic_config, upgrade_database
from desktop.db.session import unit_of_work
from desktop.models import (
    Client,
    Invoice,
    InvoiceLine,
    InvoiceSeries,
    Shop,
    Technician,
    TimeEntry,
    WorkType,
)
from desktop.services.billing.credit_shares import credit_preview
from desktop.services.billing.draft_editing import update_line
from desktop.services.billing.invoices import delete_draft, draft_invoice, issue_invoice
from desktop.services.billing.payments import credit_invoice
from desktop.services.billing.pricing import minute_net
from tests import factories

T = dt.datetime
D = dt.date
MARCH = dict(period_from=D(2026, 3, 1), period_to=D(2026, 3, 31))


def by_hand(minutes: int, hourly_minor: int) -> int:
    """minutes × price ÷ 60, half up, with Decimal: the rule as written."""
    exact = Decimal(minutes * hourly_minor) / 60
    return int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP))


@pytest.mark.parametrize(
    ("minutes", "hourly", "multiplier_bp", "net"),
    [
        # 7 × 95000 / 60 = 11083.33 → 110.83 (was 0.12 h × 950.00 = 114.00)
        (7, 95000, 10000, 11083),
        # 61 × 111111 / 60 = 112962.85 → 1,129.63 (was 1.02 h = 1,133.33)
        (61, 111111, 10000, 112963),
        # 20 × 95000 / 60 = 31666.67 → 316.67 (was 0.33 h = 313.50)
        (20, 95000, 10000, 31667),
        # JPY, no minor unit: 7 × 9500 / 60 = 1108.33 → ¥1,108 (was 0.12 h = ¥1,140)
        (7, 9500, 10000, 1108),
        # KWD, three decimals: 13 × 12345 / 60 = 2674.75 → 2.675 (was 0.22 h = 2.716)
        (13, 12345, 10000, 2675),
        # ×1.5 before the one rounding: 7 × 95000 × 1.5 / 60 = 16625 → 166.25
        # (was 0.12 h × 1,425.00 = 171.00)
        (7, 95000, 15000, 16625),
        # ×1.5, half a minor unit exactly: 1 × 1000 × 1.5 / 60 = 25 → 0.25;
        # 1 × 1010 × 1.5 / 60 = 25.25 → 0.25; 3 × 1010 × 1.5 / 60 = 75.75 → 0.76
        (1, 1000, 15000, 25),
        (1, 1010, 15000, 25),
        (3, 1010, 15000, 76),
        # A credit mirrors the work: −7 × 95000 / 60 = −11083.33 → −110.83
        (-7, 95000, 10000, -11083),
        # Half away from zero: 3 × 10 / 60 = 0.5 → 1, and −0.5 → −1
        (3, 10, 10000, 1),
        (-3, 10, 10000, -1),
    ],
)
def test_minute_net_rounds_once_half_up(minutes, hourly, multiplier_bp, net):
    assert minute_net(minutes, hourly, multiplier_bp) == net


def _time_contract(s, client, **overrides):
    """Time and materials, rounded to the minute (billed = logged)."""
    return factories.contract(
        s, client, "time_materials", rounding_increment_min=1, rounding_mode="up", **overrides
    )


def _labour(invoice):
    return [
        (line.billed_minutes, line.unit, line.unit_price_minor, line.net_minor, line.by_minute)
        for line in invoice.lines
        if line.kind == "labour"
    ]


def test_seven_minutes_at_950_is_110_83_on_the_issued_invoice(db):
    with unit_of_work(db.sessions) as s:
        setup = factories.billing_shop(s)
        client = factories.client(s)
        contract = _time_contract(s, client)
        factories.time_entry(s, setup, client, T(2026, 3, 2, 9), 7, contract_id=contract.id)
        draft = draft_invoice(s, client.id, **MARCH)
        invoice = issue_invoice(s, draft.id, D(2026, 3, 31))
        s.refresh(invoice)
        # 7 × 95000 / 60 = 11083.33 → 110.83; quantity 7 / 60 h = 0.117 h
        assert _labour(invoice) == [(7, "h", 95000, 11083, True)]
        assert invoice.lines[0].quantity_milli == 117  # 7000 / 60 = 116.67 → 117
        # VAT 25 % of 110.83 = 27.7075 → 27.71; total 138.54
        assert (invoice.net_minor, invoice.tax_minor, invoice.total_minor) == (
            11083,
            2771,
            11083 + 2771,
        )
        assert verify_chains(s.connection()).ok


def test_an_hour_and_a_minute_at_1111_11(db):
    with unit_of_work(db.sessions) as s:
        setup = factories.billing_shop(s)
        client = factories.client(s, default_rate_minor=111111)
        contract = _time_contract(s, client)
        factories.time_entry(s, setup, client, T(2026, 3, 2, 9), 61, contract_id=contract.id)
        invoice = draft_invoice(s, client.id, **MARCH)
        s.refresh(invoice)
        # 61 × 111111 / 60 = 6777771 / 60 = 112962.85 → 1,129.63 (was 1,133.33)
        assert _labour(invoice) == [(61, "h", 111111, 112963, True)]
        # VAT 25 %: 112963 / 4 = 28240.75 → 282.41
        assert invoice.tax_minor == 28241 and invoice.total_minor == 112963 + 28241


def test_three_twenty_minute_entries_one_line_each_and_merged(db):
    with unit_of_work(db.sessions) as s:
        setup = factories.billing_shop(s)
        client = factories.client(s)
        contract = _time_contract(s, client)
        for hour in (9, 11, 13):
            factories.time_entry(s, setup, client, T(2026, 3, 2, hour), 20, contract_id=contract.id)
        detail = draft_invoice(s, client.id, grouping="detail", **MARCH)
        s.refresh(detail)
        # Each: 20 × 95000 / 60 = 31666.67 → 316.67 (was 0.33 h × 950.00 = 313.50);
        # three lines: 3 × 31667 = 95001 → 950.01
        assert _labour(detail) == [(20, "h", 95000, 31667, True)] * 3
        assert detail.net_minor == 3 * 31667
    with unit_of_work(db.sessions) as s:
        delete_draft(s, detail.id, T(2026, 4, 1))
    with unit_of_work(db.sessions) as s:
        merged = draft_invoice(s, client.id, grouping="work_type", **MARCH)
        s.refresh(merged)
        # Minutes first, priced once: 60 × 95000 / 60 = 95000 → 950.00
        assert _labour(merged) == [(60, "h", 95000, 95000, True)]


@pytest.mark.parametrize(
    ("currency", "rate", "minutes", "net"),
    [
        # ¥9,500/h: 7 × 9500 / 60 = 1108.33 → ¥1,108 (was 0.12 h = ¥1,140)
        ("JPY", 9500, 7, 1108),
        # KWD 12.345/h: 13 × 12345 / 60 = 2674.75 → KWD 2.675 (was 0.22 h = 2.716)
        ("KWD", 12345, 13, 2675),
        # BHD 10.001/h: 50 × 10001 / 60 = 8334.17 → BHD 8.334 (was 0.83 h = 8.301)
        ("BHD", 10001, 50, 8334),
    ],
)
def test_currencies_without_two_decimals(db, currency, rate, minutes, net):
    with unit_of_work(db.sessions) as s:
        setup = factories.billing_shop(s)
        client = factories.client(s, currency=currency, default_rate_minor=rate)
        contract = _time_contract(s, client)
        factories.time_entry(s, setup, client, T(2026, 3, 2, 9), minutes, contract_id=contract.id)
        invoice = draft_invoice(s, client.id, **MARCH)
        s.refresh(invoice)
        assert _labour(invoice) == [(minutes, "h", rate, net, True)]
        assert invoice.net_minor == net
        assert invoice.total_minor == net + invoice.tax_minor


def test_after_hours_multiplier_applies_before_the_one_rounding(db):
    with unit_of_work(db.sessions) as s:
        setup = factories.billing_shop(s)
        client = factories.client(s)
        contract = _time_contract(s, client, after_hours_multiplier_bp=15000)
        # Wednesday 18:00, after hours: 7 minutes at 950.00 × 1.5 = 1,425.00/h
        factories.time_entry(s, setup, client, T(2026, 3, 4, 18), 7, contract_id=contract.id)
        invoice = draft_invoice(s, client.id, **MARCH)
        s.refresh(invoice)
        # 7 × 142500 / 60 = 16625 → 166.25 (was 0.12 h × 1,425.00 = 171.00)
        assert _labour(invoice) == [(7, "h", 142500, 16625, True)]
        assert "×1.5" in invoice.lines[0].description


def test_a_multiplied_price_that_is_not_whole_is_printed_rounded_then_used(db):
    """1,111.11 × 1.5 = 1,666.665/h cannot be printed as a price in öre: the
    line shows 1,666.67 and its net is the printed minutes × that price."""
    with unit_of_work(db.sessions) as s:
        setup = factories.billing_shop(s)
        client = factories.client(s, default_rate_minor=111111)
        contract = _time_contract(s, client, after_hours_multiplier_bp=15000)
        factories.time_entry(s, setup, client, T(2026, 3, 4, 18), 61, contract_id=contract.id)
        invoice = draft_invoice(s, client.id, **MARCH)
        s.refresh(invoice)
        # 111111 × 1.5 = 166666.5 → 166667; 61 × 166667 / 60 = 169444.78 → 1,694.45
        assert _labour(invoice) == [(61, "h", 166667, 169445, True)]


def test_credit_by_net_share_of_the_minutes_and_the_preview_agrees(db):
    with unit_of_work(db.sessions) as s:
        setup = factories.billing_shop(s)
        client = factories.client(s, default_rate_minor=111111)
        contract = _time_contract(s, client)
        factories.time_entry(s, setup, client, T(2026, 3, 2, 9), 61, contract_id=contract.id)
        draft = draft_invoice(s, client.id, **MARCH)
        invoice = issue_invoice(s, draft.id, D(2026, 3, 31))
        line = invoice.lines[0]
        assert line.net_minor == 112963  # 61 × 111111 / 60 = 112962.85
        # Half an hour (500 thousandths) = 30 minutes of 61:
        # 112963 × 30 / 61 = 55555.57 → 555.56
        half = {line.id: 500}
        assert credit_preview(s, invoice.id, half) == 55556
        note = credit_invoice(
            s, invoice.id, issue_date=D(2026, 4, 2), reason="Too long", quantities=half
        )
        credit_line = note.lines[0]
        assert (credit_line.billed_minutes, credit_line.net_minor, credit_line.by_minute) == (
            -30,
            -55556,
            True,
        )
        # The rest takes the residue: 112963 − 55556 = 57407 for 61 − 30 = 31 minutes.
        assert credit_preview(s, invoice.id, None) == 57407
        rest = credit_invoice(s, invoice.id, issue_date=D(2026, 4, 3), reason="All of it")
        assert [(x.billed_minutes, x.net_minor) for x in rest.lines] == [(-31, -57407)]
        assert invoice.status == "credited"
        assert verify_chains(s.connection()).ok


def test_editing_a_draft_time_line_keeps_whole_minutes(db):
    with unit_of_work(db.sessions) as s:
        setup = factories.billing_shop(s)
        client = factories.client(s)
        contract = _time_contract(s, client)
        factories.time_entry(s, setup, client, T(2026, 3, 2, 9), 7, contract_id=contract.id)
        invoice = draft_invoice(s, client.id, **MARCH)
        line = invoice.lines[0]
        # A new price only: 7 × 100000 / 60 = 11666.67 → 116.67
        update_line(s, line.id, unit_price_minor=100000)
        assert (line.billed_minutes, line.net_minor) == (7, 11667)
        # 0.26 h typed = 15.6 minutes → 16 minutes (quantity 16000 / 60 = 266.67 → 267);
        # 16 × 100000 / 60 = 26666.67 → 266.67 (not 0.26 × 1,000.00 = 260.00)
        update_line(s, line.id, quantity_milli=260)
        assert (line.billed_minutes, line.quantity_milli, line.net_minor) == (16, 267, 26667)
        s.refresh(invoice)
        assert invoice.net_minor == 26667


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    currency=st.sampled_from(["SEK", "EUR", "JPY", "KWD", "BHD"]),
    rate=st.integers(min_value=1, max_value=5_000_000),
    raws=st.lists(st.integers(min_value=1, max_value=400), min_size=1, max_size=5),
    increment=st.sampled_from([1, 6, 10, 15, 30, 60]),
    mode=st.sampled_from(["up", "nearest", "down"]),
    grouping=st.sampled_from(["detail", "work_type"]),
)
def test_every_time_line_is_priced_once_by_the_minute(
    db, currency, rate, raws, increment, mode, grouping
):
    with unit_of_work(db.sessions) as s:
        if not s.query(Shop).count():
            factories.billing_shop(s)
        setup_remote = s.query(WorkType).filter_by(code="remote").one()
        tech = s.query(Technician).first()
        client = factories.client(s, currency=currency, default_rate_minor=rate)
        contract = factories.contract(
            s, client, "time_materials", rounding_increment_min=increment, rounding_mode=mode
        )
        setup = type("Setup", (), {"tech": tech, "remote": setup_remote})
        entries = [
            # Weekdays 2–6 March, 09:00 and at most 400 minutes: all business hours.
            factories.time_entry(
                s, setup, client, T(2026, 3, 2 + i % 5, 9), raw, contract_id=contract.id
            )
            for i, raw in enumerate(raws)
        ]
        invoice = draft_invoice(s, client.id, grouping=grouping, **MARCH)
        s.refresh(invoice)
        billed_of: dict[int, int] = {}
        for entry in entries:
            s.refresh(entry)
            billed_of[entry.invoice_line_id] = (
                billed_of.get(entry.invoice_line_id, 0) + entry.billed_minutes
            )
        for line in invoice.lines:
            assert line.by_minute and line.unit_price_minor == rate
            # The line's minutes are its entries' billed minutes, summed first...
            assert line.billed_minutes == billed_of[line.id]
            # ...and priced once: minutes × rate / 60, half up.
            assert line.net_minor == by_hand(line.billed_minutes, rate)
        nets = sum(line.net_minor for line in invoice.lines)
        # One VAT rate (Swedish client, 25 %): VAT = sum of nets × 25 %, rounded once.
        vat = int((Decimal(nets) / 4).quantize(Decimal(1), rounding=ROUND_HALF_UP))
        assert (invoice.net_minor, invoice.tax_minor) == (nets, vat)
        assert invoice.total_minor == nets + vat


@pytest.mark.real_migrations
def test_lines_issued_before_minute_pricing_keep_their_figures_and_chain(tmp_path):
    path = tmp_path / "old.db"
    engine = make_engine(f"sqlite:///{path}")
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0008")
    with engine.begin() as conn:
        # Written as the old code did: 7 minutes as 0.12 h × 950.00 = 114.00.
        # Core inserts of tables 0008 already has in full (model defaults fill
        # the rest); the line by SQL, as 0008's invoice_lines has no by_minute.
        conn.execute(insert(Client.__table__).values(name="Old", country="SE", currency="SEK"))
        conn.execute(insert(InvoiceSeries.__table__).values(code="INV", name="Invoices"))
        conn.execute(
            insert(Invoice.__table__).values(
                series_id=1,
                client_id=1,
                status="draft",
                currency="SEK",
                net_minor=11400,
                tax_minor=2850,
                total_minor=14250,
            )
        )
        conn.execute(
            text(
                "INSERT INTO invoice_lines (id, invoice_id, position, kind, description,"
                " quantity_milli, unit, unit_price_minor, net_minor, vat_rate_bp, vat_category,"
                " raw_minutes, billed_minutes, releases_work) VALUES (1, 1, 1, 'labour', 'Work',"
                " 120, 'h', 95000, 11400, 2500, 'S', 7, 7, 0)"
            )
        )
        conn.execute(
            text(
                "UPDATE invoices SET status = 'issued', seq = 1, number = '1',"
                " issue_date = '2026-01-31', issued_at = '2026-01-31 10:00' WHERE id = 1"
            )
        )
        # Sealed as the code of 0008 did: without the line columns added since.
        assert seal_unsealed(conn, later_columns=False) == 1
    upgrade_database(engine)
    try:
        with engine.connect() as conn:
            row = conn.execute(
                text("SELECT quantity_milli, net_minor, by_minute FROM invoice_lines")
            ).one()
            assert tuple(row) == (120, 11400, 0)  # untouched, not priced by the minute
            report = verify_chains(conn)
            assert report.ok and report.checked == 1 and report.unsealed == 0
        # The freezing triggers survived the new column.
        with pytest.raises(DBAPIError, match="issued"), engine.begin() as conn:
            conn.execute(text("UPDATE invoice_lines SET by_minute = 1 WHERE id = 1"))
    finally:
        engine.dispose()


def test_time_entries_keep_their_raw_minutes(db):
    with unit_of_work(db.sessions) as s:
        setup = factories.billing_shop(s)
        client = factories.client(s)
        factories.time_entry(s, setup, client, T(2026, 3, 2, 9), 7)
        invoice = draft_invoice(s, client.id, **MARCH)
        s.refresh(invoice)
        entry = s.query(TimeEntry).one()
        # Shop rule 15 min up: 7 → 15 minutes; 15 × 95000 / 60 = 23750 → 237.50
        assert (entry.raw_minutes, entry.billed_minutes) == (7, 15)
        line = s.get(InvoiceLine, entry.invoice_line_id)
        assert (line.raw_minutes, line.billed_minutes, line.net_minor) == (7, 15, 23750)
