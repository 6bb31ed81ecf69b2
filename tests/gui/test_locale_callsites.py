"""Settings, history, client sites and date pickers write numbers and dates
the interface language's way, and read amounts typed that way."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit

from desktop.services.records.clients import ValidationError
from desktop.views import i18n
from desktop.views.contracts.dialogs import date_edit as contract_date_edit
from desktop.views.data.export_dialog import ExportDialog
from desktop.views.formatting import date_display_format
from desktop.views.history_dialog import when_text
from desktop.views.itemmodels.client_details_table_models import _km
from desktop.views.settings.calendar import CalendarSection
from desktop.views.settings.numbering import parse_percent, percent_text
from desktop.views.settings.rates import WorkTypesSection, _amount, date_edit

NBSP = "\u00a0"


@pytest.fixture
def language(qapp):
    yield i18n.install_translators
    i18n.remove_translators()


def test_percentages_and_distances_follow_the_language(language):
    language("pl")
    assert percent_text(1250) == "12,5 %"
    assert percent_text(2500) == "25 %"
    assert percent_text(0) == "0 %"
    assert _km(12345) == "12,3 km"
    assert _km(1234567) == f"1{NBSP}234,6 km"
    language("en")
    assert percent_text(1250) == "12.5 %"
    assert _km(500) == "0.5 km"


@pytest.mark.parametrize(("typed", "bp"), [("12,5", 1250), ("12.5 %", 1250), ("25", 2500)])
def test_percent_typed_either_way(typed, bp):
    assert parse_percent(typed) == bp


@pytest.mark.parametrize("typed", ["12,5,5", "twenty", "1.2.3,4"])
def test_percent_garbage_is_refused_at_the_field(typed):
    with pytest.raises(ValidationError) as error:
        parse_percent(typed)
    assert "rate" in error.value.errors


def test_typed_rates_read_the_users_format(language):
    language("pl")
    assert _amount("1 234,50", "EUR") == 123450
    assert _amount("1.234,50", "EUR") == 123450
    with pytest.raises(ValidationError) as error:
        _amount("12,34.5", "EUR")
    assert f"1{NBSP}234,50" in error.value.errors["rate"]  # the example in Polish


def test_history_times_read_polish(language):
    language("pl")
    assert when_text(dt.datetime(2026, 3, 4, 14, 5, 9)) == "4.03.2026 14:05:09"
    language("en")
    assert when_text(dt.datetime(2026, 3, 4, 14, 5, 9)) == "2026-03-04 14:05:09"


def test_date_pickers_use_the_languages_format(qtbot, small_db, language):
    language("el")
    pickers: list[QDateEdit] = [
        date_edit(dt.date(2026, 3, 4)),
        contract_date_edit(dt.date(2026, 3, 4)),
    ]
    dialog = ExportDialog(small_db.sessions, today=dt.date(2026, 4, 10))
    qtbot.addWidget(dialog)
    pickers += [dialog.date_from, dialog.date_to]
    for picker in pickers:
        assert picker.displayFormat() == date_display_format() != "yyyy-MM-dd"
    assert pickers[0].text() == "4/3/2026"


def test_settings_lists_and_rate_field_read_polish(qtbot, small_db, language):
    language("pl")
    calendar = CalendarSection(small_db.sessions)
    qtbot.addWidget(calendar)
    calendar.holiday_day.setDate(QDate(2026, 12, 24))
    calendar.holiday_name.setText("Wigilia")
    assert calendar.add_holiday()
    table = calendar.holidays_table
    days = {table.item(r, 1).text(): table.item(r, 0).text() for r in range(table.rowCount())}
    assert days["Wigilia"] == "24.12.2026"

    work = WorkTypesSection(small_db.sessions)
    qtbot.addWidget(work)
    work.types_table.selectRow(0)
    work.type_rate.setText("1 234,50")
    assert work.save_type()
    work.types_table.selectRow(0)
    assert work.type_rate.text().endswith(",50") and "." not in work.type_rate.text()


def test_client_rate_field_reads_polish_and_saves_back(qtbot, small_db, language):
    from desktop.db.session import read_only, unit_of_work
    from desktop.models import Client
    from desktop.views.client_dialog import ClientDialog

    with unit_of_work(small_db.sessions) as s:
        client = s.query(Client).filter_by(name="Acme Oy").one()
        client.default_rate_minor = 123450
        client_id = client.id
    language("pl")
    dialog = ClientDialog(small_db.sessions, client_id)
    qtbot.addWidget(dialog)
    assert dialog.rate_edit.text() == "1234,50"
    dialog.accept()
    assert dialog.saved_id == client_id
    with read_only(small_db.sessions) as s:
        assert s.get(Client, client_id).default_rate_minor == 123450
