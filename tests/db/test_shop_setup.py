"""The Settings window's services on SQLite and PostgreSQL: editing series,
VAT rates, work types, rate rules, rounding, holidays, SLA defaults and the
shop's business hours, each in one unit of work."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.db.session import read_only, unit_of_work
from desktop.services.common import settings_store
from desktop.services.records.clients import ValidationError
from desktop.services.shop import settings as shop_settings
from desktop.services.shop import setup as shop_setup


def _shop(db) -> None:
    with unit_of_work(db.sessions) as s:
        shop_setup.save_shop(
            s,
            shop_setup.ShopInput(legal_name="Nordic Fix AB", country="SE", default_currency="SEK"),
        )


def test_company_profile_keeps_everything_and_checks_iban(db):
    _shop(db)
    data = shop_setup.ShopInput(
        legal_name="Nordic Fix AB",
        country="SE",
        default_currency="SEK",
        iban="SE45 5000 0000 0583 9825 7467",
    )
    with pytest.raises(ValidationError) as err, unit_of_work(db.sessions) as s:
        shop_settings.save_company_profile(s, data, trading_name="Fix", accent_color="blue")
    assert set(err.value.errors) == {"iban", "accent_color"}
    data.iban = "SE45 5000 0000 0583 9825 7466"
    with unit_of_work(db.sessions) as s:
        shop_settings.save_company_profile(s, data, trading_name=" Fix ", accent_color="#aa3300")
        shop_settings.set_logo(s, b"\x89PNG\r\n\x1a\n" + b"0" * 20)
        shop_settings.save_rounding_defaults(
            s, increment_min=6, mode="nearest", scope="visit", minimum_min=60
        )
        shop_settings.set_document_language(s, "pl", ("en", "pl"))
    with read_only(db.sessions) as s:
        profile = shop_settings.company_profile(s)
    assert profile is not None
    assert profile.trading_name == "Fix" and profile.accent_color == "#AA3300"
    assert profile.data.iban == "SE45 5000 0000 0583 9825 7466"
    assert profile.logo_png and profile.logo_png.startswith(b"\x89PNG")
    assert (
        profile.rounding_increment_min,
        profile.rounding_mode,
        profile.rounding_scope,
        profile.minimum_charge_min,
    ) == (6, "nearest", "visit", 60)
    assert profile.data.document_language == "pl"
    with pytest.raises(ValidationError), unit_of_work(db.sessions) as s:
        shop_settings.set_logo(s, b"GIF89a")
    with pytest.raises(ValidationError) as err, unit_of_work(db.sessions) as s:
        shop_settings.save_rounding_defaults(
            s, increment_min=7, mode="up", scope="entry", minimum_min=-1
        )
    assert set(err.value.errors) == {"increment", "minimum"}


def test_registration_number_and_its_scheme(db):
    """EN 16931 BT-30: kept with its ISO 6523 scheme; a scheme needs a number."""
    _shop(db)
    base = dict(legal_name="Nordic Fix AB", country="SE", default_currency="SEK")
    for legal_id, scheme, field in (
        ("5566778899", "7", "legal_id_scheme"),
        (None, "0007", "legal_id"),
    ):
        data = shop_setup.ShopInput(**base, legal_id=legal_id, legal_id_scheme=scheme)
        with pytest.raises(ValidationError) as err, unit_of_work(db.sessions) as s:
            shop_setup.save_shop(s, data)
        assert set(err.value.errors) == {field}
    data = shop_setup.ShopInput(**base, legal_id="5566778899", legal_id_scheme="0007")
    with unit_of_work(db.sessions) as s:
        shop_setup.save_shop(s, data)
    with read_only(db.sessions) as s:
        profile = shop_settings.company_profile(s)
        assert profile is not None
        assert (profile.data.legal_id, profile.data.legal_id_scheme) == ("5566778899", "0007")


def test_series_pattern_next_number_and_deactivation(db):
    _shop(db)
    with unit_of_work(db.sessions) as s:
        series_id = shop_setup.add_series(
            s, code="INV", name="Invoices", pattern="{YYYY}-{seq:05}"
        ).id
    with pytest.raises(ValidationError) as err, unit_of_work(db.sessions) as s:
        shop_settings.update_series(s, series_id, name="Invoices", pattern="{YYYY}-{n}")
    assert "pattern" in err.value.errors
    with unit_of_work(db.sessions) as s:
        shop_settings.update_series(s, series_id, name="Sales", pattern="{series}/{YY}/{seq:04}")
        shop_settings.set_series_active(s, series_id, False)
    with read_only(db.sessions) as s:
        (info,) = shop_settings.list_series(s, today=dt.date(2026, 3, 1))
    assert (info.name, info.next_number, info.active) == ("Sales", "INV/26/0001", False)


def test_tax_rates_work_types_and_rate_rules(db):
    _shop(db)
    with unit_of_work(db.sessions) as s:
        rate_id = shop_setup.add_tax_rate(
            s, code="SE25", name="Moms 25 %", rate_bp=2500, category="S"
        ).id
        work_id = shop_setup.add_work_type(s, code="remote", name="Remote", rate_minor=95000).id
        rule_id = shop_setup.add_rate_rule(
            s,
            rate_minor=99000,
            currency="SEK",
            effective_from=dt.date(2026, 1, 1),
            work_type_id=work_id,
        ).id
    with unit_of_work(db.sessions) as s:
        shop_settings.set_tax_rate_active(s, rate_id, False)
        shop_settings.update_work_type(
            s, work_id, name="Remote support", rate_minor=100000, on_site=False
        )
        shop_settings.set_work_type_active(s, work_id, False)
        shop_settings.end_rate_rule(s, rule_id, dt.date(2026, 6, 30))
    with pytest.raises(ValidationError), unit_of_work(db.sessions) as s:
        shop_settings.end_rate_rule(s, rule_id, dt.date(2025, 12, 31))
    with read_only(db.sessions) as s:
        (rate,) = shop_settings.list_tax_rates(s)
        (work,) = shop_settings.list_work_types(s)
        (rule,) = shop_settings.list_shop_rate_rules(s)
    assert not rate.active
    assert (work.name, work.rate_minor, work.active) == ("Remote support", 100000, False)
    assert (rule.work_type, rule.effective_to) == ("Remote support", dt.date(2026, 6, 30))


def test_calendar_holidays_and_sla_defaults(db):
    _shop(db)
    week = {
        "1": [["07:30", "16:00"]],
        "3": [["08:00", "12:00"], ["13:00", "17:00"]],
        "6": [["09:00", "12:00"]],
    }
    with unit_of_work(db.sessions) as s:
        settings_store.save_shop_business_hours(
            s, {"1": "7:30–16:00", "3": "08:00-12:00, 13.00 - 17:00", "6": "9-12", "7": ""}
        )
        holiday_id = shop_settings.add_holiday(
            s, day=dt.date(2026, 12, 24), name="Julafton", country=None
        ).id
        shop_settings.save_default_sla_targets(s, {"urgent": (60, 240), "low": (480, 4800)})
    with pytest.raises(ValidationError) as err, unit_of_work(db.sessions) as s:
        shop_settings.add_holiday(s, day=dt.date(2026, 12, 24), name="", country=None)
    assert set(err.value.errors) == {"holiday_name", "holiday_day"}
    with pytest.raises(ValidationError) as err, unit_of_work(db.sessions) as s:
        settings_store.save_shop_business_hours(
            s, {"1": "17:00-08:00", "2": "8 to 5", "3": "08:00-12:00, 11:00-17:00", "4": "8-17"}
        )
    assert set(err.value.errors) == {"day1", "day2", "day3"}
    with pytest.raises(ValidationError) as err, unit_of_work(db.sessions) as s:
        settings_store.save_shop_business_hours(s, {"1": "", "2": " "})
    assert "day1" in err.value.errors
    with pytest.raises(ValidationError) as err, unit_of_work(db.sessions) as s:
        shop_settings.save_default_sla_targets(s, {"high": (120, 60)})
    assert "high" in err.value.errors
    with unit_of_work(db.sessions) as s:
        shop_settings.save_default_sla_targets(s, {"low": None, "urgent": (30, 240)})
        shop_settings.remove_holiday(s, holiday_id)
    with read_only(db.sessions) as s:
        assert settings_store.shop_business_hours(s) == week
        assert shop_settings.default_sla_targets(s) == {"urgent": (30, 240)}
        assert shop_settings.list_holidays(s) == []


def test_ticket_number_pattern_and_e_invoice_switch(db):
    _shop(db)
    with pytest.raises(ValidationError) as err, unit_of_work(db.sessions) as s:
        shop_settings.save_ticket_number_pattern(s, "T-{series}-{seq}")
    assert "ticket_pattern" in err.value.errors
    with pytest.raises(ValidationError), unit_of_work(db.sessions) as s:
        shop_settings.save_ticket_number_pattern(s, "T{YYYY}")
    with unit_of_work(db.sessions) as s:
        shop_settings.save_ticket_number_pattern(s, "HD{YY}-{seq:04}")
        data = shop_settings.company_profile(s).data
        shop_settings.save_company_profile(
            s, data, trading_name=None, accent_color="#1F5A96", embed_e_invoice=False
        )
    with read_only(db.sessions) as s:
        profile = shop_settings.company_profile(s)
        preview = shop_settings.next_ticket_number_preview(
            s, profile.ticket_number_pattern, dt.date(2026, 5, 4)
        )
    assert (profile.ticket_number_pattern, profile.embed_e_invoice) == ("HD{YY}-{seq:04}", False)
    assert preview == "HD26-0001"
