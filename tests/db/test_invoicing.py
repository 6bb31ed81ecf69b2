"""Invoices worked out by hand: rounding, minimums, multipliers, travel,
VAT and currencies. Every expected figure is in the comments."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.db.session import unit_of_work
from desktop.models import InvoiceLine, TimeEntry, Visit
from desktop.services.billing.invoices import (
    InvoiceError,
    NothingToBill,
    delete_draft,
    draft_invoice,
    issue_invoice,
)
from desktop.services.billing.rules import OUTSIDE_SCOPE_NOTE, REVERSE_CHARGE_NOTE
from tests import factories

T = dt.datetime
D = dt.date
MARCH = dict(period_from=D(2026, 3, 1), period_to=D(2026, 3, 31))


def lines_of(invoice):
    return [
        (line.kind, line.quantity_milli, line.unit, line.unit_price_minor, line.net_minor)
        for line in invoice.lines
    ]


def test_time_and_materials_rounded_per_entry_keeps_raw_time(db):
    with unit_of_work(db.sessions) as s:
        setup = factories.billing_shop(s)
        client = factories.client(s)
        a = factories.time_entry(s, setup, client, T(2026, 3, 2, 9), 20)
        b = factories.time_entry(s, setup, client, T(2026, 3, 3, 9), 50)
        invoice = draft_invoice(s, client.id, **MARCH)
        s.refresh(invoice)
        # 20 → 30 min = 0.50 h × 950.00 = 475.00; 50 → 60 min = 1.00 h = 950.00
        assert lines_of(invoice) == [
            ("labour", 500, "h", 95000, 47500),
            ("labour", 1000, "h", 95000, 95000),
        ]
        # VAT 25 % of 1425.00 = 356.25
        assert (invoice.net_minor, invoice.tax_minor, invoice.total_minor) == (
            142500,
            35625,
            178125,
        )
        assert (a.raw_minutes, a.billed_minutes, a.rounding_rule) == (20, 30, "15 min up/entry")
        assert (b.raw_minutes, b.billed_minutes) == (50, 60)
        assert invoice.number is None and invoice.status == "draft"


def test_per_visit_rounding_and_visit_minimum(db):
    with unit_of_work(db.sessions) as s:
        setup = factories.billing_shop(s)
        client = factories.client(s)
        site = factories.site(s, client)
        contract = factories.contract(
            s,
            client,
            "time_materials",
            rounding_scope="visit",
            minimum_charge_min=60,
            minimum_charge_scope="visit",
        )
        visit = Visit(
            client_id=client.id,
            site_id=site.id,
            technician_id=setup.tech.id,
            arrived_at=T(2026, 3, 4, 9),
            departed_at=T(2026, 3, 4, 10),
        )
        s.add(visit)
        s.flush()
        entries = [
            factories.time_entry(
                s,
                setup,
                client,
                T(2026, 3, 4, 9, 10 * i),
                7,
                contract_id=contract.id,
                visit_id=visit.id,
            )
            for i in range(3)
        ]
        invoice = draft_invoice(s, client.id, grouping="visit", **MARCH)
        s.refresh(invoice)
        # Per entry: 3 × 15 = 45 min. Per visit: 21 → 30 min, then the visit
        # minimum lifts it to 60 min: one line of 1.00 h × 950.00.
        assert [e.billed_minutes for e in entries] == [20, 20, 20]
        assert lines_of(invoice) == [("labour", 1000, "h", 95000, 95000)]
        assert invoice.lines[0].raw_minutes == 21 and invoice.lines[0].billed_minutes == 60


def test_after_hours_and_weekend_multipliers_split_the_entry(db):
    with unit_of_work(db.sessions) as s:
        setup = factories.billing_shop(s)
        client = factories.client(s, default_rate_minor=100000)
        contract = factories.contract(
            s,
            client,
            "time_materials",
            rounding_increment_min=1,
            after_hours_multiplier_bp=15000,
            weekend_multiplier_bp=20000,
        )
        # Wednesday 16:00–18:00: 1 h normal + 1 h after hours.
        factories.time_entry(s, setup, client, T(2026, 3, 4, 16), 120, contract_id=contract.id)
        # Friday 23:00 – Saturday 01:00: 1 h after hours + 1 h weekend.
        factories.time_entry(s, setup, client, T(2026, 3, 6, 23), 120, contract_id=contract.id)
        invoice = draft_invoice(s, client.id, **MARCH)
        s.refresh(invoice)
        assert lines_of(invoice) == [
            ("labour", 1000, "h", 100000, 100000),
            ("labour", 1000, "h", 150000, 150000),
            ("labour", 1000, "h", 150000, 150000),
            ("labour", 1000, "h", 200000, 200000),
        ]
        assert "after hours ×1.5" in invoice.lines[1].description
        assert "weekend ×2" in invoice.lines[3].description
        assert invoice.net_minor == 600000


def test_travel_is_billed_on_its_own_lines_once_per_visit(db):
    with unit_of_work(db.sessions) as s:
        setup = factories.billing_shop(s)
        client = factories.client(s)
        site = factories.site(s, client, distance_m=24000, travel_minutes=30)
        contract = factories.contract(
            s,
            client,
            "time_materials",
            trip_fee_minor=30000,
            distance_rate_minor=500,
            travel_rate_minor=50000,
        )
        visit = Visit(
            client_id=client.id,
            site_id=site.id,
            technician_id=setup.tech.id,
            arrived_at=T(2026, 3, 4, 9),
            departed_at=T(2026, 3, 4, 11),
        )
        s.add(visit)
        s.flush()
        for hour in (9, 10):
            factories.time_entry(
                s,
                setup,
                client,
                T(2026, 3, 4, hour),
                60,
                contract_id=contract.id,
                visit_id=visit.id,
                work_type_id=setup.onsite.id,
                on_site=True,
            )
        invoice = draft_invoice(s, client.id, **MARCH)
        s.refresh(invoice)
        travel = [line for line in lines_of(invoice) if line[0] == "travel"]
        # Trip 300.00; there and back 48 km × 5.00 = 240.00; 2 × 30 min = 1 h × 500.00.
        assert travel == [
            ("travel", 1000, "trip", 30000, 30000),
            ("travel", 48000, "km", 500, 24000),
            ("travel", 1000, "h", 50000, 50000),
        ]


def test_distance_in_miles(db):
    with unit_of_work(db.sessions) as s:
        setup = factories.billing_shop(s)
        client = factories.client(s)
        contract = factories.contract(
            s, client, "time_materials", distance_rate_minor=100, distance_unit="mi"
        )
        factories.time_entry(
            s,
            setup,
            client,
            T(2026, 3, 4, 9),
            60,
            contract_id=contract.id,
            on_site=True,
            travel_distance_m=16093,
        )
        invoice = draft_invoice(s, client.id, **MARCH)
        s.refresh(invoice)
        # 16 093 m = 9.99977 mi → 10.000 mi × 1.00 = 10.00
        assert ("travel", 10000, "mi", 100, 1000) in lines_of(invoice)


def test_reverse_charge_for_an_eu_business_and_outside_scope_for_japan(db):
    with unit_of_work(db.sessions) as s:
        setup = factories.billing_shop(s)
        german = factories.client(
            s, country="DE", currency="EUR", vat_id="DE123456789", default_rate_minor=9000
        )
        factories.time_entry(s, setup, german, T(2026, 3, 2, 9), 60)
        invoice = draft_invoice(s, german.id, **MARCH)
        s.refresh(invoice)
        line = invoice.lines[0]
        assert (line.vat_category, line.vat_rate_bp, line.vat_exemption_reason) == (
            "AE",
            0,
            REVERSE_CHARGE_NOTE,
        )
        assert invoice.tax_minor == 0 and invoice.total_minor == 9000 and invoice.currency == "EUR"

        japanese = factories.client(s, country="JP", currency="JPY", default_rate_minor=12000)
        factories.time_entry(s, setup, japanese, T(2026, 3, 2, 9), 20)
        invoice = draft_invoice(s, japanese.id, **MARCH)
        s.refresh(invoice)
        # 20 → 30 min: 0.50 h × ¥12,000 = ¥6,000 (JPY has no minor unit).
        assert lines_of(invoice) == [("labour", 500, "h", 12000, 6000)]
        assert invoice.lines[0].vat_category == "O"
        assert invoice.lines[0].vat_exemption_reason == OUTSIDE_SCOPE_NOTE


def test_vat_per_rate_on_materials_and_labour(db):
    with unit_of_work(db.sessions) as s:
        setup = factories.billing_shop(s)
        client = factories.client(s)
        factories.time_entry(s, setup, client, T(2026, 3, 2, 9), 45)  # 0.75 h = 712.50
        factories.material(s, client, "Cat6 cable", 2500, 1990, setup.standard.id)  # 2.5 m
        factories.material(s, client, "Manual (book)", 1000, 34900, setup.reduced.id)
        invoice = draft_invoice(s, client.id, **MARCH)
        s.refresh(invoice)
        # 25 %: 712.50 + 2.5 × 19.90 (49.75) = 762.25 → 190.5625 → 190.56
        # 12 %: 349.00 → 41.88
        assert invoice.net_minor == 76225 + 34900
        assert invoice.tax_minor == 19056 + 4188


def test_nothing_to_bill_and_no_double_billing(db):
    with unit_of_work(db.sessions) as s:
        setup = factories.billing_shop(s)
        client = factories.client(s)
        factories.time_entry(s, setup, client, T(2026, 3, 2, 9), 60)
        factories.time_entry(s, setup, client, T(2026, 3, 2, 11), 60, billable=False)
        draft_invoice(s, client.id, **MARCH)
        with pytest.raises(NothingToBill):
            draft_invoice(s, client.id, **MARCH)


def test_deleting_a_draft_releases_its_work_and_numbers_stay_gapless(db):
    with unit_of_work(db.sessions) as s:
        setup = factories.billing_shop(s)
        client = factories.client(s)
        entry = factories.time_entry(s, setup, client, T(2026, 3, 2, 9), 60)
        first = draft_invoice(s, client.id, **MARCH)
        delete_draft(s, first.id, T(2026, 4, 1, 9))
        s.refresh(entry)
        assert entry.invoice_line_id is None and entry.billed_minutes is None
        second = draft_invoice(s, client.id, **MARCH)
        issue_invoice(s, second.id, D(2026, 4, 1))
        factories.time_entry(s, setup, client, T(2026, 3, 5, 9), 60)
        third = issue_invoice(s, draft_invoice(s, client.id, **MARCH).id, D(2026, 4, 2))
        assert (second.number, third.number) == ("2026-00001", "2026-00002")
        assert second.due_date == D(2026, 5, 1)  # 30 days' terms
        assert second.buyer_snapshot["name"] == client.name
        with pytest.raises(InvoiceError, match="credit note"):
            delete_draft(s, second.id, T(2026, 4, 3, 9))
        assert s.query(InvoiceLine).filter_by(invoice_id=second.id).count() == 1
        assert s.query(TimeEntry).filter(TimeEntry.invoice_line_id.is_(None)).count() == 0


def test_every_entry_points_at_its_line_in_the_session_and_in_the_file(db):
    # write_lines links all entries in one statement; the entries the
    # session holds must show their line without a reload.
    with unit_of_work(db.sessions) as s:
        setup = factories.billing_shop(s)
        client = factories.client(s)
        entries = [
            factories.time_entry(s, setup, client, T(2026, 3, day, 9), 30) for day in (2, 3, 4)
        ]
        invoice = draft_invoice(s, client.id, **MARCH)
        line_ids = [line.id for line in invoice.lines]
        assert len(line_ids) == 3  # detail grouping: one line per entry
        assert sorted(e.invoice_line_id for e in entries) == sorted(line_ids)
        invoice_id, entry_ids = invoice.id, [e.id for e in entries]
    with unit_of_work(db.sessions) as s:
        stored = {
            e.id: e.invoice_line_id for e in s.query(TimeEntry).filter(TimeEntry.id.in_(entry_ids))
        }
        lines = s.query(InvoiceLine).filter(InvoiceLine.invoice_id == invoice_id).all()
        assert sorted(stored.values()) == sorted(line.id for line in lines)
        assert [line.position for line in sorted(lines, key=lambda x: x.position)] == [1, 2, 3]
