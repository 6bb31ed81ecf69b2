"""desktop.services.records.clients without Qt: validation, amounts, versions."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace

import pytest
from sqlalchemy import select

from desktop.app import open_database
from desktop.db.session import read_only, unit_of_work
from desktop.models import Client
from desktop.services.common.record_rules import flush_checked
from desktop.services.records import clients as svc
from desktop.services.records.clients import ClientInput, ValidationError, VersionConflict

GOOD = ClientInput(name="Acme Oy", country="FI", currency="EUR", default_rate="95.00")


@pytest.fixture
def db(tmp_path):
    database = open_database(str(tmp_path / "x.db"))
    yield database
    database.close()


def test_services_for_the_pages_do_not_import_qt():
    code = (
        "import sys, desktop.services.records.clients, desktop.services.records.contacts_sites, "
        "desktop.services.common.record_rules, desktop.services.queries.listing, "
        "desktop.services.queries.overview; "
        "sys.exit(any(m.startswith('PySide6') for m in sys.modules))"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_good_input_has_no_errors():
    assert svc.validate(GOOD) == {}


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"name": "   "}, "name"),
        ({"name": "x" * 201}, "name"),
        ({"email": "not-an-address"}, "email"),
        ({"country": "XX"}, "country"),
        ({"country": ""}, "country"),
        ({"currency": "EUROS"}, "currency"),
        ({"document_language": "de"}, "document_language"),
        ({"payment_terms_days": 400}, "payment_terms_days"),
        ({"payment_terms_days": -1}, "payment_terms_days"),
        ({"default_rate": "95.001"}, "default_rate"),
        ({"default_rate": "abc"}, "default_rate"),
        ({"default_rate": "-5"}, "default_rate"),
        ({"default_rate": "NaN"}, "default_rate"),
        ({"vat_id": "FI<script>"}, "vat_id"),
    ],
)
def test_each_bad_field_is_named(change, field):
    errors = svc.validate(replace(GOOD, **change))
    assert field in errors
    assert set(errors) == {field}


@pytest.mark.parametrize(
    ("text", "currency", "minor"),
    [
        ("95.00", "EUR", 9500),
        ("95", "EUR", 9500),
        ("95,5", "SEK", 9550),
        ("1 234.50", "SEK", 123450),
        ("1500", "JPY", 1500),
        ("", "EUR", None),
        ("0.125", "BHD", 125),  # three-decimal dinar
    ],
)
def test_parse_amount(text, currency, minor):
    assert svc.parse_amount(text, currency) == minor


def test_amount_decimals_follow_the_currency():
    with pytest.raises(ValueError, match="no decimals"):
        svc.parse_amount("1500.5", "JPY")
    with pytest.raises(ValueError, match="at most 2 decimals"):
        svc.parse_amount("9.999", "EUR")
    assert svc.format_amount(9550, "SEK") == "95.50"
    assert svc.format_amount(1500, "JPY") == "1500"


def test_create_load_update_round_trip(db):
    with unit_of_work(db.sessions) as s:
        client_id = svc.create_client(s, replace(GOOD, name="  Acme Oy  ", email=" a@b.fi "))
    with read_only(db.sessions) as s:
        data, version = svc.load_client(s, client_id)
    assert (data.name, data.email, data.default_rate) == ("Acme Oy", "a@b.fi", "95.00")
    with unit_of_work(db.sessions) as s:
        new_version = svc.update_client(s, client_id, replace(data, city="Espoo"), version)
    assert new_version == version + 1
    with read_only(db.sessions) as s:
        assert s.get(Client, client_id).city == "Espoo"


def test_create_refuses_invalid_input(db):
    with pytest.raises(ValidationError) as info, unit_of_work(db.sessions) as s:
        svc.create_client(s, replace(GOOD, name=""))
    assert "name" in info.value.errors
    with read_only(db.sessions) as s:
        assert s.scalars(select(Client)).first() is None


def test_stale_version_is_refused_and_changes_nothing(db):
    with unit_of_work(db.sessions) as s:
        client_id = svc.create_client(s, GOOD)
    with read_only(db.sessions) as s:
        data, seen = svc.load_client(s, client_id)
    # Another user saves first.
    with unit_of_work(db.sessions) as s:
        svc.update_client(s, client_id, replace(data, phone="+358 1"), seen)
    with pytest.raises(VersionConflict), unit_of_work(db.sessions) as s:
        svc.update_client(s, client_id, replace(data, city="Turku"), seen)
    with read_only(db.sessions) as s:
        client = s.get(Client, client_id)
        assert (client.city, client.phone, client.version) == ("", "+358 1", seen + 1)


def test_stale_data_error_during_flush_becomes_version_conflict(db):
    """The race between reading and writing is caught by SQLAlchemy's
    version_id_col and reported the same way."""
    with unit_of_work(db.sessions) as s:
        client_id = svc.create_client(s, GOOD)
    first = db.sessions()
    try:
        client = first.get(Client, client_id)
        first.commit()  # end the read; the object keeps the version it saw
        with unit_of_work(db.sessions) as other:
            other.get(Client, client_id).city = "Oulu"
        client.city = "Vaasa"
        with pytest.raises(VersionConflict):
            flush_checked(first)
    finally:
        first.rollback()
        first.close()


def test_archive_and_unarchive_keep_the_row(db):
    with unit_of_work(db.sessions) as s:
        client_id = svc.create_client(s, GOOD)
    with unit_of_work(db.sessions) as s:
        svc.archive_client(s, client_id)
    with read_only(db.sessions) as s:
        assert s.get(Client, client_id).archived is True
    with unit_of_work(db.sessions) as s:
        svc.unarchive_client(s, client_id)
    with read_only(db.sessions) as s:
        assert s.get(Client, client_id).archived is False
    assert not hasattr(svc, "delete_client")


def test_contacts_and_sites(db):
    with unit_of_work(db.sessions) as s:
        client_id = svc.create_client(s, GOOD)
    assert "name" in svc.validate_contact(svc.ContactInput())
    assert "distance_km" in svc.validate_site(
        svc.SiteInput(name="HQ", country="FI", distance_km="far")
    )
    with unit_of_work(db.sessions) as s:
        contact_id = svc.create_contact(s, client_id, svc.ContactInput(name="Eva"))
        site_id = svc.create_site(
            s,
            client_id,
            svc.SiteInput(name="HQ", country="FI", distance_km="12.5", travel_minutes=25),
        )
    with read_only(db.sessions) as s:
        data, version = svc.load_contact(s, contact_id)
        site, site_version = svc.load_site(s, site_id)
    assert site.distance_km == "12.5"
    with unit_of_work(db.sessions) as s:
        svc.update_contact(s, contact_id, replace(data, role="CFO"), version)
        svc.update_site(s, site_id, replace(site, distance_km="3"), site_version)
    with pytest.raises(VersionConflict), unit_of_work(db.sessions) as s:
        svc.update_contact(s, contact_id, replace(data, role="CEO"), version)
    with unit_of_work(db.sessions) as s:
        svc.set_contact_archived(s, contact_id, True)
    with read_only(db.sessions) as s:
        assert svc.list_contacts(s, client_id) == []
        assert [c.role for c in svc.list_contacts(s, client_id, include_archived=True)] == ["CFO"]
        assert [x.distance_m for x in svc.list_sites(s, client_id)] == [3000]


def test_choices_are_iso_codes():
    countries = dict(svc.country_choices())
    assert countries["SE"] == "Sweden" and "EU" not in countries and "001" not in countries
    currencies = dict(svc.currency_choices())
    assert "SEK" in currencies and "EUR" in currencies
