"""The office manager's prepaid view, driven through the main window: the
overview's balances, a top-up through the dialog, the minimum purchase
refused at the field, and the statement PDF written in the background."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from desktop.db.session import read_only, unit_of_work
from desktop.models import Contract
from desktop.services.prepaid import ledger as prepaid
from desktop.views import formatting
from desktop.views.contracts.contracts_page import ContractsPage, PrepaidOverview
from desktop.views.contracts.dialogs import StatementDialog, TopUpDialog
from desktop.views.contracts.prepaid_table_models import LedgerTableModel, PrepaidTableModel
from desktop.views.main_window import PAGES, MainWindow


def backups_idle(window: MainWindow) -> bool:
    """The window's start-up backup work (if any) has finished: closing the
    window while it runs blocks the teardown until it times out."""
    backups = getattr(window, "backups", None)
    if backups is None:
        return True
    auto = getattr(backups, "auto_task", None)  # started once the event loop runs
    return auto is not None and auto.finished


def open_prepaid(qtbot, db) -> tuple[MainWindow, PrepaidOverview]:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: backups_idle(window), timeout=30_000)
    rect = window.sidebar.visualItemRect(window.sidebar.item(PAGES.index("contracts")))
    qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    page = window.pages["contracts"]
    assert isinstance(page, ContractsPage)
    assert page.tabs.currentWidget() is page.prepaid
    return window, page.prepaid


def click_row(qtbot, table, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def ok_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def open_dialog(qtbot, overview: PrepaidOverview, button, kind):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in overview.findChildren(kind)))
    return next(d for d in overview.findChildren(kind) if d.isVisible())


def test_overview_shows_every_active_prepaid_contract_with_its_balance(
    qtbot, demo_db, qtmodeltester
):
    _window, overview = open_prepaid(qtbot, demo_db)
    model = overview.model
    with read_only(demo_db.sessions) as s:
        active = set(
            s.scalars(
                select(Contract.id).where(Contract.kind == "prepaid", Contract.status == "active")
            )
        )
        balances = {cid: prepaid.balance(s, cid) for cid in active}
    shown = {model.row_object(r).contract_id: r for r in range(model.rowCount())}
    assert set(shown) == active and len(active) >= 3
    for contract_id, row in shown.items():
        left = model.index(row, PrepaidTableModel.COL_LEFT)
        assert left.data(PrepaidTableModel.SortRole) == balances[contract_id]
        minutes = balances[contract_id]
        sign = "-" if minutes < 0 else ""
        assert left.data() == f"{sign}{abs(minutes) // 60}:{abs(minutes) % 60:02d}"
    # Low balances stand out: tinted rows, and the filter keeps only them.
    low = [r for r in range(model.rowCount()) if model.row_object(r).low]
    assert low and model.index(low[0], 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    overview.filter_combo.setCurrentIndex(overview.filter_combo.findData("low"))
    assert model.rowCount() == len(low)
    overview.filter_combo.setCurrentIndex(overview.filter_combo.findData("active"))

    # Selecting a contract shows its ledger, ending at its balance.
    click_row(qtbot, overview.table, 0)
    contract_id = model.row_object(0).contract_id
    ledger = overview.ledger_model
    assert ledger.rowCount() > 0
    last = ledger.index(ledger.rowCount() - 1, LedgerTableModel.COL_BALANCE)
    assert last.data(LedgerTableModel.SortRole) == balances[contract_id]
    qtmodeltester.check(model)
    qtmodeltester.check(ledger)
    # Sorting keeps the models consistent too.
    overview.table.sortByColumn(PrepaidTableModel.COL_USED, Qt.SortOrder.DescendingOrder)
    used = [
        model.index(r, PrepaidTableModel.COL_USED).data(PrepaidTableModel.SortRole)
        for r in range(model.rowCount())
    ]
    assert used == sorted(used, reverse=True)
    qtmodeltester.check(model)


def test_top_up_through_the_dialog(qtbot, demo_db):
    _window, overview = open_prepaid(qtbot, demo_db)
    model = overview.model
    row = next(r for r in range(model.rowCount()) if model.row_object(r).minimum_purchase_minutes)
    click_row(qtbot, overview.table, row)
    before = overview.selected_row()
    assert before is not None
    minimum = before.minimum_purchase_minutes
    ledger_rows_before = overview.ledger_model.rowCount()

    dialog = open_dialog(qtbot, overview, overview.top_up_button, TopUpDialog)
    # Below the contract's minimum: refused at the Hours field, typing kept.
    dialog.hours.clear()
    qtbot.keyClicks(dialog.hours, "1")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert f"at least {minimum // 60} h" in dialog.error_text("hours")
    assert dialog.hours.text() == "1"
    assert dialog.hours.property("invalid") is True
    assert dialog.error_text("price") == ""
    with read_only(demo_db.sessions) as s:
        assert prepaid.balance(s, before.contract_id) == before.balance_minutes

    # Enough hours: saved, the overview and the ledger follow.
    hours = minimum // 60 + 5
    dialog.hours.clear()
    qtbot.keyClicks(dialog.hours, str(hours))
    assert dialog.price.text()  # follows the hours at the contract's rate
    dialog.note.setText("PO 4711")
    with qtbot.waitSignal(overview.balanceChanged, timeout=5000):
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    after = overview.selected_row()
    assert after is not None and after.contract_id == before.contract_id
    assert after.balance_minutes == before.balance_minutes + hours * 60
    with read_only(demo_db.sessions) as s:
        assert prepaid.balance(s, before.contract_id) == after.balance_minutes
    ledger = overview.ledger_model
    assert ledger.rowCount() == ledger_rows_before + 1
    entry = ledger.row_object(ledger.rowCount() - 1)
    assert (entry.kind, entry.minutes, entry.balance_after) == (
        "purchase",
        hours * 60,
        after.balance_minutes,
    )
    assert "PO 4711" in ledger.index(ledger.rowCount() - 1, LedgerTableModel.COL_TEXT).data()


def test_statement_pdf_is_written_in_the_background(qtbot, demo_db, tmp_path):
    _window, overview = open_prepaid(qtbot, demo_db)
    click_row(qtbot, overview.table, 0)
    dialog = open_dialog(qtbot, overview, overview.statement_button, StatementDialog)
    assert dialog.path.text().endswith(".pdf")
    target = tmp_path / "statement.pdf"
    # A period that ends before it starts is refused at the field.
    dialog.period_to.setDate(dialog.period_from.date().addDays(-1))
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error_text("period_to")
    dialog.period_to.setDate(dialog.period_from.date().addMonths(3))
    dialog.path.setText(str(target))
    with qtbot.waitSignal(overview.statementSaved, timeout=30_000) as saved:
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert saved.args == [str(target)]
    assert target.read_bytes().startswith(b"%PDF")
    assert not (tmp_path / "statement.pdf.part").exists()
    assert "statement.pdf" in overview.notice.text()
    assert overview.task is not None and overview.task.finished


def test_other_contract_kinds_are_listed_with_their_terms(qtbot, demo_db):
    window, _overview = open_prepaid(qtbot, demo_db)
    page = window.pages["contracts"]
    assert isinstance(page, ContractsPage)
    page.tabs.setCurrentIndex(1)
    listing = page.all_contracts
    kind_column = listing.spec.column_index("kind")
    kinds = [listing.model.index(r, kind_column).data() for r in range(listing.model.rowCount())]
    assert {"Time & materials", "Prepaid hours", "Term support", "Managed services"} <= set(kinds)
    assert "Select a contract" in page.details.text()
    managed = kinds.index("Managed services")
    click_row(qtbot, listing.table, managed)
    name = listing.model.index(managed, 0).data()
    text = page.details.text()
    assert name in text and "Managed services" in text and "Fee" in text


def test_top_up_dialog_defaults(qtbot, demo_db):
    _window, overview = open_prepaid(qtbot, demo_db)
    click_row(qtbot, overview.table, 0)
    dialog = overview.make_top_up_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    today = dt.date.today()
    assert dialog.purchased_on.date().toPython() == today
    assert dialog.expires.isChecked() and dialog.expires_on.date().toPython() > today
    dialog.expires.setChecked(False)
    assert not dialog.expires_on.isEnabled()


def test_coming_back_to_the_page_shows_new_balances(qtbot, demo_db):
    window, overview = open_prepaid(qtbot, demo_db)
    row = overview.model.row_object(0)
    with unit_of_work(demo_db.sessions) as s:
        prepaid.adjust(s, row.contract_id, minutes=-30, at=dt.datetime.now(), note="Correction")
    window.show_page("dashboard")
    window.show_page("contracts")
    fresh = next(
        overview.model.row_object(r)
        for r in range(overview.model.rowCount())
        if overview.model.row_object(r).contract_id == row.contract_id
    )
    assert fresh.balance_minutes == row.balance_minutes - 30


@pytest.fixture
def polish_numbers():
    """The interface locale is Polish for the test, English again after."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Polish, QLocale.Country.Poland))
    formatting.reset_locale_cache()
    yield
    QLocale.setDefault(previous)
    formatting.reset_locale_cache()


def test_top_up_price_is_written_as_the_locale_writes_it(qtbot, demo_db, polish_numbers):
    """A Polish user sees (and edits) 9500,00, not 9500.00; it saves as typed."""
    _window, overview = open_prepaid(qtbot, demo_db)
    model = overview.model
    row = next(r for r in range(model.rowCount()) if model.row_object(r).hourly_rate_minor)
    click_row(qtbot, overview.table, row)
    before = overview.selected_row()
    dialog = open_dialog(qtbot, overview, overview.top_up_button, TopUpDialog)
    dialog.hours.clear()
    qtbot.keyClicks(dialog.hours, "30")
    price = dialog.price.text()
    assert "," in price and "." not in price
    with qtbot.waitSignal(overview.balanceChanged, timeout=5000):
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    ledger = overview.ledger_model
    entry = ledger.row_object(ledger.rowCount() - 1)
    assert (entry.kind, entry.minutes) == ("purchase", 30 * 60)
    assert before is not None
