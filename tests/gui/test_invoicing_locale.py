"""The invoicing and ticket views in the interface language: quantities and
amounts read and typed as the locale writes them, dates in its format,
month-end results in its alphabetical order, and a covered (0.00) invoice
said plainly."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale, Qt

from desktop.services.billing.month_end import ClientRun
from desktop.services.billing.unbilled import LineView
from desktop.views import i18n
from desktop.views.invoicing.common import (
    QuantityError,
    format_quantity,
    input_amount,
    input_quantity,
    parse_quantity,
)
from desktop.views.invoicing.dialogs import MonthEndDialog
from desktop.views.invoicing.line_form import LineForm
from desktop.views.invoicing.month_end_run import sorted_by_name
from desktop.views.invoicing.table_models import LinesTableModel, RunResultsTableModel
from desktop.views.time.quick_entry import QuickEntryDialog, parse_stamp

NBSP = "\u00a0"
LINE = LineView(
    id=7,
    position=1,
    kind="time",
    description="Server patching",
    quantity_milli=1500,
    unit="h",
    unit_price_minor=123450,
    net_minor=185175,
)


@pytest.fixture
def language(qapp):
    yield i18n.install_translators
    i18n.remove_translators()


def test_quantities_and_amounts_follow_the_language(language):
    language("pl")
    assert format_quantity(20124, "km") == "20,124 km"
    assert format_quantity(600, "h") == "0,6 h"
    assert format_quantity(1_234_000) == f"1{NBSP}234"
    assert input_quantity(1330) == "1,33"
    assert input_amount(123450, "SEK") == "1234,50"
    assert input_amount(5, "JPY") == "5"


def test_english_quantities_keep_the_point(language):
    language("en")
    assert format_quantity(1330, "h") == "1.33 h"
    assert input_amount(123450, "SEK") == "1234.50"


@pytest.mark.parametrize(
    ("typed", "milli"),
    [("1,5", 1500), ("1.5", 1500), ("1 234,5", 1_234_500), ("1.234,5", 1_234_500), ("-2", -2000)],
)
def test_one_quantity_parser_reads_grouped_numbers(typed, milli):
    assert parse_quantity(typed) == milli


@pytest.mark.parametrize("typed", ["", "abc", "0", "1,2345", "1,2,3"])
def test_quantity_parser_refuses(typed):
    with pytest.raises(QuantityError):
        parse_quantity(typed)


def test_line_form_and_lines_table_in_polish(qtbot, language):
    language("pl")
    form = LineForm()
    qtbot.addWidget(form)
    form.start("edit", LINE, "SEK")
    assert form.quantity_edit.text() == "1,5"
    assert form.price_edit.text() == "1234,50"
    assert form.values() == ("Server patching", 1500, "h", 123450)  # reads back

    model = LinesTableModel()
    model.set_lines([LINE], "SEK")
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row == ["1", "Server patching", "1,5 h", f"1{NBSP}234,50", f"1{NBSP}851,75"]
    tip = model.headerData(model.COL_PRICE, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "SEK" in tip


def test_time_priced_by_the_minute_shows_hours_and_minutes(qtbot, language):
    language("pl")
    # 7 minutes at 950.00/h: 7 × 95000 / 60 = 11083.33 → 110,83, shown as 0:07 h
    # (not 0,117 h, which would not multiply out to the net)
    line = LineView(7, 1, "labour", "Printer", 117, "h", 95000, 11083, 0, 7, True)
    model = LinesTableModel()
    model.set_lines([line], "SEK")
    assert model.index(0, model.COL_QTY).data() == "0:07 h"
    assert model.index(0, model.COL_NET).data() == "110,83"


def test_no_greyed_out_form_without_a_line(qtbot):
    form = LineForm()
    qtbot.addWidget(form)
    form.show()
    form.start("edit", None, "SEK")
    assert not form.isVisible()
    form.start("add", None, "SEK")
    assert form.isVisible() and form.isEnabled()


def test_quick_entry_reads_the_locale_and_iso(language):
    language("pl")
    assert parse_stamp("4.03.2026 09:05") == dt.datetime(2026, 3, 4, 9, 5)
    assert parse_stamp("2026-03-04 09:05") == dt.datetime(2026, 3, 4, 9, 5)
    assert parse_stamp(" 04.03.2026  9:05 ") == dt.datetime(2026, 3, 4, 9, 5)
    with pytest.raises(LookupError):
        parse_stamp("4 marca")


def runs(*names: str) -> list[ClientRun]:
    return [ClientRun(client_id=i, client_name=n) for i, n in enumerate(names)]


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("en", ["Ångström", "Hälsocentralen", "Hurtownia", "Zeta"]),
        ("pl", ["Ångström", "Hälsocentralen", "Hurtownia", "Zeta"]),
        # Swedish: å and ä come after z, so Hälso… follows Hurtownia.
        ("sv", ["Hurtownia", "Hälsocentralen", "Zeta", "Ångström"]),
    ],
)
def test_month_end_results_sort_by_the_language(language, code, expected):
    language(code)
    names = [
        r.client_name
        for r in sorted_by_name(runs("Zeta", "Hurtownia", "Hälsocentralen", "Ångström"))
    ]
    assert names == expected


def test_month_end_results_sort_alphabetically_without_a_language(qapp):
    """No language installed (the C locale) sorts as English, not by code point."""
    saved = QLocale()
    QLocale.setDefault(QLocale.c())
    try:
        names = [r.client_name for r in sorted_by_name(runs("Hurtownia", "Hälsocentralen"))]
    finally:
        QLocale.setDefault(saved)
    assert names == ["Hälsocentralen", "Hurtownia"]


def test_a_covered_invoice_says_so(qtbot):
    model = RunResultsTableModel()
    model.set_results(
        [
            ClientRun(
                1, "Prepaid AB", invoice_id=3, number="2026-7", total_minor=0, currency="SEK"
            ),
            ClientRun(
                2, "Paying AB", invoice_id=4, number="2026-8", total_minor=100, currency="SEK"
            ),
        ]
    )
    covered = model.index(0, model.COL_RESULT)
    assert "covered by prepaid hours or contract" in covered.data()
    assert "nothing to pay" in covered.data()
    assert covered.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, model.COL_TOTAL).data() == "0.00 SEK"
    assert model.index(1, model.COL_RESULT).data() == "Issued 2026-8"


def test_month_end_dialog_has_no_gap_above_its_buttons(qtbot, small_db):
    dialog = MonthEndDialog(
        small_db.sessions, (dt.date(2026, 10, 1), dt.date(2026, 10, 31)), "ticket"
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    needed = dialog.layout().totalHeightForWidth(dialog.width())
    assert dialog.height() <= needed + 2


def test_quick_entry_start_field_in_polish(qtbot, small_db, language):
    language("pl")
    dialog = QuickEntryDialog(
        small_db.sessions, start=dt.datetime(2026, 3, 4, 9, 5), end=dt.datetime(2026, 3, 4, 10, 35)
    )
    qtbot.addWidget(dialog)
    assert dialog.start.text() == "4.03.2026 09:05"
    assert dialog.end.text() == "10:35"
    assert dialog.duration.text() == "1:30"
    dialog.start.setText("2026-03-04 08:05")  # ISO typed out of habit still reads
    dialog._duration_edited()
    assert dialog.end.text() == "09:35"
