"""Materials logged on a ticket and the feedback figures for a period, in a
real database (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desktop.app import open_database
from desktop.db.session import read_only, unit_of_work
from desktop.models import MaterialEntry, Product, TicketEvent
from desktop.services.helpdesk import feedback, tickets
from desktop.services.helpdesk.ticket_details import (
    catalogue,
    log_ticket_material,
    ticket_currency,
    ticket_materials,
)
from desktop.services.records.clients import ValidationError
from tests import factories

MON = dt.datetime(2026, 11, 30, 9, 0)


@pytest.fixture
def db(any_database_url):
    database = open_database(any_database_url)
    with unit_of_work(database.sessions) as s:
        factories.shop(s)
        sek = factories.client(s, name="Acme AB")
        eur = factories.client(s, name="Bravo Oy", country="FI", currency="EUR")
        anna = factories.technician(s, name="Anna")
        bo = factories.technician(s, name="Bo")
        s.add_all(
            [
                Product(sku="CBL-1", name="Cable", unit="pc", price_minor=4990, currency="SEK"),
                Product(name="Toner", unit="pc", price_minor=8900, currency="EUR", cost_minor=5000),
                Product(name="Old part", price_minor=100, currency="SEK", active=False),
            ]
        )
        ids = {}
        for key, client, tech in (("a", sek, anna), ("b", eur, bo), ("c", sek, bo)):
            t = tickets.create_ticket(
                s,
                tickets.TicketInput(
                    client_id=client.id, title=f"Ticket {key}", assigned_technician_id=tech.id
                ),
                now=MON,
            )
            ids[key] = t.id
        database.ids = ids | {"anna": anna.id, "bo": bo.id}
    yield database
    database.close()


def product_id(db, name: str) -> int:
    with read_only(db.sessions) as s:
        return s.scalar(select(Product.id).where(Product.name == name))


def test_catalogue_lists_active_products_by_name(db):
    with read_only(db.sessions) as s:
        assert [p.name for p in catalogue(s)] == ["Cable", "Toner"]
        assert ticket_currency(s, db.ids["b"]) == "EUR"


def test_material_from_the_catalogue_and_free_text(db):
    cable = product_id(db, "Cable")
    with unit_of_work(db.sessions) as s:
        t = tickets.get_ticket(s, db.ids["a"])
        log_ticket_material(
            s,
            t,
            technician_id=db.ids["anna"],
            quantity_milli=2000,
            used_on=MON.date(),
            product_id=cable,
            now=MON,
        )
        log_ticket_material(
            s,
            t,
            technician_id=None,
            quantity_milli=1500,
            used_on=MON.date(),
            description="Patch cable 3 m",
            unit_price_minor=3333,
            unit="m",
            billable=False,
            now=MON,
        )
    with read_only(db.sessions) as s:
        lines = ticket_materials(s, db.ids["a"])
        assert [(m.description, m.quantity_milli, m.unit, m.unit_price_minor) for m in lines] == [
            ("Cable", 2000, "pc", 4990),
            ("Patch cable 3 m", 1500, "m", 3333),
        ]
        assert [m.total_minor for m in lines] == [9980, 5000]  # 4999.5 rounds half up
        assert lines[0].technician == "Anna" and lines[0].billable
        assert not lines[1].billable and lines[1].currency == "SEK"
        rows = s.scalars(select(MaterialEntry).order_by(MaterialEntry.id)).all()
        assert rows[0].product_id == cable and rows[0].technician_id == db.ids["anna"]
        notes = s.scalars(
            select(TicketEvent.body).where(
                TicketEvent.ticket_id == db.ids["a"], TicketEvent.kind == "internal_note"
            )
        ).all()
        assert "Material: 2 pc Cable (99.80 SEK)" in notes
        assert "Material: 1.5 m Patch cable 3 m (50.00 SEK, not billed)" in notes


def test_material_refusals_name_the_field(db):
    toner = product_id(db, "Toner")
    with unit_of_work(db.sessions) as s:
        t = tickets.get_ticket(s, db.ids["a"])  # billed in SEK; the toner is in EUR
        with pytest.raises(ValidationError) as caught:
            log_ticket_material(
                s, t, technician_id=None, quantity_milli=1000, used_on=MON.date(), product_id=toner
            )
        assert set(caught.value.errors) == {"price"}
        with pytest.raises(ValidationError) as caught:
            log_ticket_material(s, t, technician_id=None, quantity_milli=0, used_on=MON.date())
        assert set(caught.value.errors) == {"quantity", "description", "price"}
        with pytest.raises(ValidationError) as caught:
            log_ticket_material(
                s, t, technician_id=None, quantity_milli=1000, used_on=MON.date(), product_id=999
            )
        assert set(caught.value.errors) == {"product"}
        # The EUR ticket takes the toner at its catalogue price.
        eur_ticket = tickets.get_ticket(s, db.ids["b"])
        entry = log_ticket_material(
            s,
            eur_ticket,
            technician_id=None,
            quantity_milli=1000,
            used_on=MON.date(),
            product_id=toner,
        )
        assert (entry.unit_price_minor, entry.unit_cost_minor) == (8900, 5000)


def test_feedback_for_a_period(db):
    with unit_of_work(db.sessions) as s:
        for key, rating, day in (("a", 5, 1), ("b", 2, 10), ("c", 4, 20)):
            t = tickets.get_ticket(s, db.ids[key])
            tickets.resolve(s, t, "Done", who=None, now=MON)
            feedback.record_feedback(s, t, rating, now=dt.datetime(2026, 12, day, 12, 0))
    with read_only(db.sessions) as s:
        december = feedback.by_technician(s, dt.date(2026, 12, 1), dt.date(2026, 12, 31))
        assert [(r.name, r.responses, r.average) for r in december] == [
            ("Anna", 1, 5.0),
            ("Bo", 2, 3.0),
        ]
        first_half = feedback.by_client(s, dt.date(2026, 12, 1), dt.date(2026, 12, 10))
        assert [(r.name, r.responses, r.lowest) for r in first_half] == [
            ("Acme AB", 1, 5),
            ("Bravo Oy", 1, 2),
        ]
        # `until` includes its whole day.
        assert feedback.by_client(s, dt.date(2026, 12, 10), dt.date(2026, 12, 10))[0].name == (
            "Bravo Oy"
        )
        everyone = feedback.overall(s, dt.date(2026, 12, 1), dt.date(2026, 12, 31))
        assert (everyone.responses, everyone.average, everyone.lowest) == (3, 3.67, 2)
        assert feedback.overall(s, dt.date(2027, 1, 1), dt.date(2027, 1, 31)) is None
