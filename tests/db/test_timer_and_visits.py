"""The running timer, the week grid and on-site visits in a real database
(SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
import io
from types import SimpleNamespace

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from desktop.app import open_database
from desktop.db.session import read_only, unit_of_work
from desktop.demo.signature import signature_png
from desktop.models import (
    Invoice,
    InvoiceLine,
    InvoiceSeries,
    Product,
    RunningTimer,
    Ticket,
    Visit,
)
from desktop.services.printing import render
from desktop.services.records import timer, visits, week_grid
from desktop.services.records.clients import NotFound, ValidationError
from desktop.services.records.work_log import TimeInput, log_time
from tests import factories

MON = dt.datetime(2026, 11, 23, 9, 0)  # a Monday


@pytest.fixture
def db(any_database_url):
    database = open_database(any_database_url)
    with unit_of_work(database.sessions) as s:
        setup = factories.billing_shop(s)
        acme = factories.client(s, name="Acme AB", rounding_increment_min=30)
        other = factories.client(s, name="Bravo AB")
        site = factories.site(
            s, acme, name="Head office", city="Lund", distance_m=12500, travel_minutes=20
        )
        ticket = Ticket(
            number="T-1", title="Printer offline", client_id=acme.id, status="open", opened_at=MON
        )
        cable = Product(name="Cable", unit="m", price_minor=1900, currency="SEK")
        s.add_all([ticket, cable])
        s.flush()
        database.ids = SimpleNamespace(
            tech=setup.tech.id,
            onsite=setup.onsite.id,
            remote=setup.remote.id,
            acme=acme.id,
            other=other.id,
            site=site.id,
            ticket=ticket.id,
            cable=cable.id,
        )
    yield database
    database.close()


def test_timer_start_survives_and_finishes_as_entry(db):
    ids = db.ids
    state = timer.start_timer_for_ticket(db.sessions, ids.ticket, ids.tech, started_at=MON)
    assert state.client_id == ids.acme and state.description == "Printer offline"
    with read_only(db.sessions) as s:
        again = timer.running_timer(s, ids.tech)
    assert again is not None and again.started_at == MON and again.ticket.startswith("T-1")
    with pytest.raises(ValidationError) as refused, unit_of_work(db.sessions) as s:
        timer.start_timer(s, ids.tech)
    assert "technician" in refused.value.errors
    data = TimeInput(
        technician_id=ids.tech,
        client_id=ids.acme,
        work_type_id=ids.remote,
        started_at=MON,
        ended_at=MON + dt.timedelta(minutes=47),
        ticket_id=ids.ticket,
    )
    with unit_of_work(db.sessions) as s:
        entry = timer.finish_timer(s, ids.tech, data)
        assert entry.raw_minutes == 47
    with read_only(db.sessions) as s:
        assert timer.running_timers(s) == []
        assert s.query(RunningTimer).count() == 0
    with pytest.raises(NotFound), unit_of_work(db.sessions) as s:
        timer.finish_timer(s, ids.tech, data)


def test_a_failed_entry_keeps_the_timer_running(db):
    ids = db.ids
    with unit_of_work(db.sessions) as s:
        timer.start_timer(s, ids.tech, client_id=ids.acme, started_at=MON)
    bad = TimeInput(
        technician_id=ids.tech,
        client_id=ids.acme,
        work_type_id=ids.remote,
        started_at=MON,
        ended_at=MON,
    )
    with pytest.raises(ValidationError), unit_of_work(db.sessions) as s:
        timer.finish_timer(s, ids.tech, bad)
    with read_only(db.sessions) as s:
        assert timer.running_timer(s, ids.tech) is not None


def test_timer_refuses_a_ticket_of_another_client(db):
    ids = db.ids
    with pytest.raises(ValidationError) as refused, unit_of_work(db.sessions) as s:
        timer.start_timer(s, ids.tech, client_id=ids.other, ticket_id=ids.ticket)
    assert refused.value.errors == {"ticket": "That ticket belongs to another client."}


def test_week_grid_totals_overlaps_and_billed_preview(db):
    ids = db.ids
    with unit_of_work(db.sessions) as s:
        for start, minutes in (
            (MON, 50),
            (MON + dt.timedelta(minutes=40), 20),
            (MON + dt.timedelta(days=2), 10),
            (MON + dt.timedelta(days=2, hours=1), 60),
        ):
            log_time(
                s,
                TimeInput(
                    technician_id=ids.tech,
                    client_id=ids.acme,
                    work_type_id=ids.remote,
                    started_at=start,
                    ended_at=start + dt.timedelta(minutes=minutes),
                ),
            )
    with read_only(db.sessions) as s:
        grid = week_grid.week_grid(s, ids.tech, MON.date() + dt.timedelta(days=3))
    assert grid.monday == MON.date()
    assert [len(d) for d in grid.days] == [2, 0, 2, 0, 0, 0, 0]
    assert grid.raw_total(0) == 70 and grid.raw_total(2) == 70
    # Acme rounds up to 30 min per entry: 50→60, 20→30, 10→30, 60→60.
    assert grid.billed_total(0) == 90 and grid.billed_total(2) == 90
    assert grid.week_raw == 140 and grid.week_billed == 180
    assert all(e.rule == "30 min up/entry" and e.billed_is_preview for d in grid.days for e in d)
    assert [e.overlaps for e in grid.days[0]] == [True, True]
    assert [e.overlaps for e in grid.days[2]] == [False, False]
    assert grid.overlap_count == 2


def test_week_grid_shows_stored_billed_time_of_invoiced_work(db):
    ids = db.ids
    with unit_of_work(db.sessions) as s:
        entry = log_time(
            s,
            TimeInput(
                technician_id=ids.tech,
                client_id=ids.acme,
                work_type_id=ids.remote,
                started_at=MON,
                ended_at=MON + dt.timedelta(minutes=50),
            ),
        )
        invoice = Invoice(
            series_id=s.scalar(select(InvoiceSeries.id)), client_id=ids.acme, currency="SEK"
        )
        s.add(invoice)
        s.flush()
        line = InvoiceLine(
            invoice_id=invoice.id,
            position=1,
            description="Work",
            quantity_milli=1500,
            unit_price_minor=100,
            net_minor=150,
            vat_rate_bp=2500,
        )
        s.add(line)
        s.flush()
        # Billed under an older rule: the grid shows it as it was billed.
        entry.invoice_line_id = line.id
        entry.billed_minutes, entry.rounding_rule = 90, "45 min old rule"
    with read_only(db.sessions) as s:
        grid = week_grid.week_grid(s, ids.tech, MON.date())
    (shown,) = grid.days[0]
    assert (shown.raw_minutes, shown.billed_minutes, shown.rule) == (50, 90, "45 min old rule")
    assert not shown.billed_is_preview


def test_overlap_rule_touching_is_not_overlapping():
    t = dt.datetime(2026, 1, 5, 8)
    h = dt.timedelta(hours=1)
    assert week_grid.overlapping_ids([(1, t, t + h), (2, t + h, t + 2 * h)]) == set()
    assert week_grid.overlapping_ids(
        [(1, t, t + 3 * h), (2, t + h, t + 2 * h), (3, t + 2.5 * h, t + 4 * h)]
    ) == {1, 2, 3}


def test_visit_with_work_material_signature_and_report(db):
    ids = db.ids
    with unit_of_work(db.sessions) as s:
        with pytest.raises(ValidationError) as refused:
            visits.save_visit(
                s,
                visits.VisitInput(
                    client_id=ids.other,
                    site_id=ids.site,
                    technician_id=ids.tech,
                    arrived_at=MON,
                    departed_at=MON - dt.timedelta(hours=1),
                ),
            )
        assert set(refused.value.errors) == {"site", "departed"}
    with unit_of_work(db.sessions) as s:
        visit = visits.save_visit(
            s,
            visits.VisitInput(
                client_id=ids.acme,
                site_id=ids.site,
                technician_id=ids.tech,
                arrived_at=MON,
                departed_at=MON + dt.timedelta(hours=2),
                travel_minutes=20,
                travel_distance_m=12500,
                work_summary="Fixed the printer",
            ),
        )
        visit_id = visit.id
    with unit_of_work(db.sessions) as s:
        work = visits.add_visit_work(
            s,
            visit_id,
            work_type_id=ids.onsite,
            started_at=MON,
            minutes=75,
            description="Replaced fuser",
            ticket_id=ids.ticket,
        )
        assert work.on_site and work.visit_id == visit_id and work.raw_minutes == 75
        material = visits.add_visit_material(s, visit_id, product_id=ids.cable, quantity_milli=3000)
        assert material.visit_id == visit_id and material.unit_price_minor == 1900
    with pytest.raises(ValidationError) as refused, unit_of_work(db.sessions) as s:
        visits.sign_visit(s, visit_id, signature_png=b"not a png", signer_name=" ")
    assert set(refused.value.errors) == {"signature", "signer"}
    import random

    png = signature_png(random.Random(3))
    with unit_of_work(db.sessions) as s:
        visits.sign_visit(
            s,
            visit_id,
            signature_png=png,
            signer_name="Greta Lind",
            signed_at=MON + dt.timedelta(hours=2),
        )
    with read_only(db.sessions) as s:
        details = visits.visit_details(s, visit_id)
        assert details.has_signature and details.signer_name == "Greta Lind"
        assert [w.raw_minutes for w in details.work] == [75]
        assert [m.quantity_milli for m in details.materials] == [3000]
        assert [r.id for r in visits.recent_visits(s)] == [visit_id]
        assert [c.text for c in visits.site_choices(s, ids.acme)] == ["Head office, Lund"]
        pdf = render.visit_report(s, visit_id).pdf
        assert s.get(Visit, visit_id).signature_png == png
    reader = PdfReader(io.BytesIO(pdf))
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Greta Lind" in text and "Replaced fuser" in text
    assert sum(len(page.images) for page in reader.pages) >= 1


def test_visit_lines_can_be_removed_until_invoiced(db):
    ids = db.ids
    with unit_of_work(db.sessions) as s:
        visit = visits.save_visit(
            s,
            visits.VisitInput(
                client_id=ids.acme, site_id=ids.site, technician_id=ids.tech, arrived_at=MON
            ),
        )
        entry = visits.add_visit_work(
            s, visit.id, work_type_id=ids.onsite, started_at=MON, minutes=30, description="Look"
        )
        visit_id, entry_id = visit.id, entry.id
    with unit_of_work(db.sessions) as s:
        visits.remove_visit_line(s, visit_id, entry_id=entry_id, material=False)
    with read_only(db.sessions) as s:
        assert visits.visit_details(s, visit_id).work == ()
