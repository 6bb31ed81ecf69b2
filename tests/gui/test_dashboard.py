"""The dashboard on a small hand-made shop whose every figure is known:
unbilled work per currency, overdue invoices, SLA at risk, prepaid running
low, hours per technician this week and revenue per month; and each tile
and chart opening the list behind it in the window."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCharts import QBarSeries, QHorizontalStackedBarSeries, QValueAxis
from PySide6.QtCore import QLocale, Qt

from desktop.app import Database, open_database
from desktop.db.session import read_only, unit_of_work
from desktop.models import (
    Client,
    Contract,
    ContractWorkType,
    Invoice,
    InvoiceSeries,
    MaterialEntry,
    Shop,
    Technician,
    Ticket,
    TimeEntry,
    WorkType,
)
from desktop.services.prepaid import ledger as prepaid
from desktop.services.queries.overview import dashboard_figures
from desktop.views import formatting
from desktop.views.contracts.contracts_page import ContractsPage
from desktop.views.dashboard_page import DashboardPage, _nice_axis
from desktop.views.formatting import format_date
from desktop.views.invoicing import InvoicesPage
from desktop.views.main_window import MainWindow
from desktop.views.tickets.queue_page import QueuePage

TODAY = dt.date(2026, 11, 18)  # a Wednesday
NOW = dt.datetime(2026, 11, 18, 12, 0)
HOUR = dt.timedelta(hours=1)


def seed(db: Database) -> None:
    with unit_of_work(db.sessions) as s:
        s.add(Shop(legal_name="Nordic Fix AB", country="SE", default_currency="SEK"))
        anna, olle = Technician(name="Anna Berg"), Technician(name="Olle Nilsson")
        gone = Technician(name="Former Tech", active=False)
        remote = WorkType(code="remote", name="Remote", default_rate_minor=80000)
        acme = Client(name="Acme AB", country="SE", currency="SEK", default_rate_minor=100000)
        zorba = Client(name="Cafe Zorba", country="GR", currency="EUR", default_rate_minor=9000)
        s.add_all([anna, olle, gone, remote, acme, zorba])
        s.flush()
        hours = Contract(
            client_id=acme.id,
            name="Acme hours",
            kind="prepaid",
            starts_on=dt.date(2026, 1, 1),
            currency="SEK",
            minimum_purchase_minutes=600,
        )
        managed = Contract(
            client_id=zorba.id,
            name="Zorba managed",
            kind="managed",
            starts_on=dt.date(2026, 1, 1),
            currency="EUR",
        )
        s.add_all([hours, managed])
        s.flush()
        s.add(ContractWorkType(contract_id=managed.id, work_type_id=remote.id, role="covered"))

        def work(tech, client, day, start_hour, minutes, **extra):
            start = dt.datetime.combine(day, dt.time(start_hour))
            s.add(
                TimeEntry(
                    technician_id=tech.id,
                    client_id=client.id,
                    work_type_id=remote.id,
                    started_at=start,
                    ended_at=start + dt.timedelta(minutes=minutes),
                    raw_minutes=minutes,
                    **extra,
                )
            )

        monday, tuesday = dt.date(2026, 11, 16), dt.date(2026, 11, 17)
        work(anna, acme, monday, 9, 90)  # 1:30 × 1 000.00 SEK
        work(olle, acme, tuesday, 9, 60, billed_minutes=60, rate_minor=120000)  # 1 200.00 SEK
        work(anna, zorba, tuesday, 13, 30)  # 0:30 × 90.00 EUR
        work(anna, zorba, tuesday, 15, 60, contract_id=managed.id)  # covered: not billed
        work(olle, acme, TODAY, 8, 120, contract_id=hours.id)  # from the prepaid block
        work(anna, acme, TODAY, 10, 45, billable=False)
        work(anna, acme, dt.date(2026, 11, 10), 9, 60)  # last week: 1 000.00 SEK
        work(gone, acme, monday, 9, 30, billable=False, invoice_line_id=None)
        s.add(
            MaterialEntry(
                client_id=acme.id,
                used_on=monday,
                description="Toner",
                quantity_milli=2000,
                unit_price_minor=25000,
            )
        )  # 500.00 SEK
        prepaid.top_up(s, hours.id, minutes=600, amount_minor=0, at=NOW - 30 * 24 * HOUR)
        prepaid.deduct(s, hours.id, minutes=540, at=NOW - 2 * HOUR)  # 90 % used: low

        series = InvoiceSeries(code="INV", name="Invoices")
        credit = InvoiceSeries(code="CN", name="Credit notes", kind="credit_note")
        s.add_all([series, credit])
        s.flush()
        seq = iter(range(1, 100))

        def invoice(currency, issued, due, net, status="issued", paid=0, **extra):
            number = next(seq)
            row = Invoice(
                series_id=extra.pop("series_id", series.id),
                client_id=acme.id,
                currency=currency,
                status=status,
                seq=number,
                number=f"2026-{number:05}",
                issue_date=issued,
                due_date=due,
                net_minor=net,
                tax_minor=net // 4,
                total_minor=net + net // 4,
                paid_minor=paid,
                **extra,
            )
            s.add(row)
            s.flush()
            return row

        invoice("SEK", dt.date(2026, 9, 10), dt.date(2026, 10, 10), 100000, paid=25000)
        invoice("EUR", dt.date(2026, 11, 2), dt.date(2026, 11, 16), 40000)
        paid = invoice(
            "SEK", dt.date(2026, 11, 5), dt.date(2026, 12, 5), 200000, status="paid", paid=250000
        )
        invoice(
            "SEK",
            dt.date(2026, 11, 6),
            None,
            -50000,
            kind="credit_note",
            corrects_invoice_id=paid.id,
            series_id=credit.id,
        )
        invoice(
            "SEK", dt.date(2025, 11, 30), dt.date(2025, 12, 30), 999, status="paid", paid=1248
        )  # 13 months ago: outside the chart
        invoice(
            "SEK", dt.date(2025, 12, 1), dt.date(2025, 12, 31), 30000, status="paid", paid=37500
        )
        s.add(
            Invoice(
                series_id=series.id,
                client_id=acme.id,
                currency="SEK",
                net_minor=7,
                tax_minor=0,
                total_minor=7,
            )
        )  # a draft counts nowhere

        def ticket(number, status, **times):
            s.add(
                Ticket(
                    number=f"T2026-{number:05}",
                    title=f"Ticket {number}",
                    client_id=acme.id,
                    status=status,
                    opened_at=NOW - 48 * HOUR,
                    resolution_due_at=times.pop("resolution_due_at", NOW + 24 * HOUR),
                    **times,
                )
            )

        ticket(1, "open", first_response_due_at=NOW - HOUR, first_response_warn_at=NOW - 2 * HOUR)
        ticket(
            2,
            "new",
            first_response_at=NOW - 40 * HOUR,
            resolution_warn_at=NOW - HOUR,
            resolution_due_at=NOW + 2 * HOUR,
        )
        ticket(3, "open", first_response_at=NOW - 40 * HOUR, resolution_warn_at=NOW + 20 * HOUR)
        ticket(
            4, "waiting_customer", first_response_due_at=NOW - HOUR, sla_paused_since=NOW - 3 * HOUR
        )
        ticket(5, "resolved", resolved_at=NOW - HOUR)
        ticket(6, "waiting_vendor", vendor_promised_on=TODAY - dt.timedelta(days=1))


@pytest.fixture
def shop_db(tmp_path) -> Iterator[Database]:
    db = open_database(str(tmp_path / "dash.db"))
    seed(db)
    yield db
    db.close()


def test_figures_of_a_known_shop(shop_db):
    with read_only(shop_db.sessions) as s:
        f = dashboard_figures(s, TODAY, NOW)
    # 1:30 × 1 000 + 1:00 × 1 200 + 1:00 × 1 000 + 500.00 toner; 0:30 × 90 EUR.
    assert f.unbilled_by_currency == {"EUR": 4500, "SEK": 420000}
    assert f.unbilled_minutes == 90 + 60 + 30 + 60
    assert (f.overdue_invoices, f.overdue_by_currency) == (2, {"EUR": 50000, "SEK": 100000})
    assert (f.open_tickets, f.sla_attention, f.sla_overdue) == (5, 3, 1)
    assert (f.prepaid_low, f.prepaid_active) == (1, 1)
    assert f.week_start == dt.date(2026, 11, 16)
    assert [(w.name, w.billable_minutes, w.other_minutes) for w in f.hours_this_week] == [
        ("Anna Berg", 90 + 30 + 60, 45),
        ("Olle Nilsson", 60 + 120, 0),
    ]
    assert f.shop_currency == "SEK"
    assert f.months[0] == dt.date(2025, 12, 1) and f.months[-1] == dt.date(2026, 11, 1)
    sek = dict(zip(f.months, f.revenue_by_currency["SEK"], strict=True))
    assert sek[dt.date(2025, 12, 1)] == 30000
    assert sek[dt.date(2026, 9, 1)] == 100000
    assert sek[dt.date(2026, 11, 1)] == 200000 - 50000  # the credit note subtracts
    assert sum(f.revenue_by_currency["SEK"]) == 280000
    assert f.revenue_by_currency["EUR"][-1] == 40000


def test_tiles_and_charts_show_the_figures(qtbot, shop_db):
    page = DashboardPage(shop_db.sessions, today=TODAY, now=NOW)
    qtbot.addWidget(page)
    # A fixed minimum, as the main window has: a top-level widget whose
    # layout changes its minimum makes the offscreen plugin warn.
    page.setMinimumSize(900, 600)
    page.resize(1100, 780)
    page.show()
    qtbot.waitExposed(page)
    # The figures are computed off the GUI thread.
    qtbot.waitUntil(lambda: page.figures is not None and not page.busy, timeout=30_000)
    tiles = page.tiles
    assert tiles["unbilled"].value_label.text() == "4\u202f200.00 SEK"
    assert "45.00 EUR" in tiles["unbilled"].note_label.text()
    assert tiles["overdue"].value_label.text() == "2"
    assert "1\u202f000.00 SEK" in tiles["overdue"].note_label.text()
    assert tiles["sla"].value_label.text() == "3"
    assert tiles["sla"].note_label.text().startswith("1 past the target, 2 close to it, of 5")
    assert tiles["prepaid"].value_label.text() == "1"
    assert tiles["prepaid"].value_label.property("alert") is True

    hours = page.charts["hours"].chart.series()[0]
    assert isinstance(hours, QHorizontalStackedBarSeries)
    billable, other = hours.barSets()
    # Bars run bottom-up: Olle first, so Anna reads on top.
    assert [billable.at(i) for i in range(2)] == [3.0, 3.0]
    assert [other.at(i) for i in range(2)] == [0.0, 0.75]
    revenue = page.charts["revenue"].chart.series()[0]
    assert isinstance(revenue, QBarSeries)
    bars = revenue.barSets()[0]
    assert bars.count() == 12 and bars.at(11) == 1500.0 and bars.at(0) == 300.0
    assert "SEK" in page.charts["revenue"].title_label.text()
    assert "400.00 EUR" in page.charts["revenue"].note_label.text()
    # The axes stop at a round figure and tick on whole steps.
    for key, top in (("hours", 4.0), ("revenue", 1500.0)):
        axis = next(a for a in page.charts[key].chart.axes() if isinstance(a, QValueAxis))
        step = (axis.max() - axis.min()) / (axis.tickCount() - 1)
        assert axis.max() == top and step == int(step), (key, axis.max(), axis.tickCount())


def test_dates_follow_the_locale(qtbot, shop_db):
    """The week's start is written as the locale writes dates, not ISO."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Polish, QLocale.Country.Poland))
    formatting.reset_locale_cache()
    try:
        page = DashboardPage(shop_db.sessions, today=TODAY, now=NOW)
        qtbot.addWidget(page)
        qtbot.waitUntil(lambda: page.figures is not None and not page.busy, timeout=30_000)
        monday = TODAY - dt.timedelta(days=TODAY.weekday())
        note = page.charts["hours"].note_label.text()
        assert format_date(monday) != monday.isoformat()
        assert note.endswith(f" {format_date(monday)}.")
    finally:
        QLocale.setDefault(previous)
        formatting.reset_locale_cache()


@pytest.mark.parametrize(
    ("value", "axis"),
    [(0, (4.0, 5)), (3, (3.0, 4)), (24.4, (25.0, 6)), (25.1, (30.0, 4)), (393, (400.0, 5))],
)
def test_axis_maximum_and_ticks_are_round(value, axis):
    assert _nice_axis(value) == axis


def test_each_tile_and_chart_opens_its_list(qtbot, shop_db):
    window = MainWindow(shop_db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    # Let the window's start-up backup finish: closing the window while it
    # runs blocks the teardown until it times out.
    backups = getattr(window, "backups", None)
    if backups is not None:
        qtbot.waitUntil(
            lambda: backups.auto_task is not None and backups.auto_task.finished, timeout=30_000
        )
    window.show_page("dashboard")
    dashboard = window.pages["dashboard"]
    assert isinstance(dashboard, DashboardPage)
    widgets = [*dashboard.tiles.values(), *(c.view for c in dashboard.charts.values())]
    expected = ["invoices", "invoices", "tickets", "contracts", "time", "invoices"]
    for widget, key in zip(widgets, expected, strict=True):
        window.show_page("dashboard")
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        assert window.current_page_key() == key
    tickets = window.pages["tickets"]
    assert isinstance(tickets, QueuePage)
    assert tickets.filter_combo.currentData() == "attention"
    contracts = window.pages["contracts"]
    assert isinstance(contracts, ContractsPage)
    assert contracts.prepaid.filter_combo.currentData() == "low"
    assert contracts.prepaid.model.rowCount() == 1
    # The invoices page shows the unbilled work, or the overdue invoices.
    invoices = window.pages["invoices"]
    assert isinstance(invoices, InvoicesPage)
    for key, tab, search in (
        ("unbilled", InvoicesPage.TAB_UNBILLED, None),
        ("overdue", InvoicesPage.TAB_INVOICES, "overdue"),
    ):
        window.show_page("dashboard")
        qtbot.mouseClick(dashboard.tiles[key], Qt.MouseButton.LeftButton)
        assert window.current_page_key() == "invoices"
        assert invoices.tabs.currentIndex() == tab
        if search:
            assert invoices.invoice_list.search.text() == search
    # Keyboard too: focus a tile, press Return.
    window.show_page("dashboard")
    dashboard.tiles["sla"].setFocus()
    qtbot.keyClick(dashboard.tiles["sla"], Qt.Key.Key_Return)
    assert window.current_page_key() == "tickets"
    qtbot.waitUntil(invoices.is_idle, timeout=30_000)
    qtbot.waitUntil(lambda: not dashboard.busy, timeout=30_000)


def test_slow_figures_do_not_hold_up_the_page(qtbot, shop_db, monkeypatch):
    """On ten years of data the figures take seconds: the page is shown and
    answers at once, and the tiles fill in when the figures arrive."""
    import threading

    from desktop.services.queries import overview

    release = threading.Event()

    def slow_figures(session, today, now):
        release.wait(30)
        return dashboard_figures(session, today, now)

    monkeypatch.setattr(overview, "dashboard_figures", slow_figures)
    page = DashboardPage(shop_db.sessions, today=TODAY, now=NOW)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert page.busy and page.tiles["overdue"].value_label.text() == "–"
    page.refresh()  # asked again while running: done once, afterwards
    with qtbot.waitSignal(page.refreshed, timeout=30_000):
        release.set()
    assert page.tiles["overdue"].value_label.text() == "2"
    qtbot.waitUntil(lambda: not page.busy, timeout=30_000)
