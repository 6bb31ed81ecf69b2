"""The top-up dialog and the Settings switch for invoicing blocks: a block
bought while the balance is negative pays the debt first (the dialog says
so before saving), it is recorded at midnight of its day as on the command
line, and with "invoice on purchase" the save drafts the block's invoice.
Figures by hand."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.app import open_database
from desktop.db.session import read_only, unit_of_work
from desktop.models import Invoice, PrepaidLedgerEntry
from desktop.services.billing.blocks import invoice_on_purchase
from desktop.services.prepaid import ledger as prepaid
from desktop.services.prepaid.dated import as_of, purchase_moment
from desktop.services.prepaid.overview import prepaid_overview
from desktop.views.contracts.dialogs import TopUpDialog
from desktop.views.contracts.prepaid_overview import PrepaidOverview
from desktop.views.settings import SettingsPage
from tests import factories

TODAY = dt.date(2026, 3, 10)
RATE = 85_000  # 850.00 SEK an hour


@pytest.fixture
def db(tmp_path):
    database = open_database(str(tmp_path / "blocks.db"))
    yield database
    database.close()


def _owing(db):
    """A contract that may go negative, 3:00 h worked with no block."""
    with unit_of_work(db.sessions) as s:
        factories.billing_shop(s)
        client = factories.client(s, name="Ångström Konsult AB")
        contract = factories.contract(
            s, client, "prepaid", overage_rule="negative", hourly_rate_minor=RATE
        )
        prepaid.deduct(s, contract.id, minutes=180, at=dt.datetime(2026, 3, 2, 9))
        return contract.id


def _dialog(qtbot, db, contract_id):
    with read_only(db.sessions) as s:
        row = next(r for r in prepaid_overview(s, TODAY) if r.contract_id == contract_id)
    assert row.balance_minutes == -180
    dialog = TopUpDialog(db.sessions, row, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _save(qtbot, dialog):
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_the_top_up_dialog_pays_the_debt_first_at_midnight_of_its_day(qtbot, db):
    contract_id = _owing(db)
    dialog = _dialog(qtbot, db, contract_id)
    dialog.hours.clear()
    qtbot.keyClicks(dialog.hours, "10")
    # 10:00 h - 3:00 h owed = 7:00 h left of the block.
    assert dialog.debt_note.isVisible()
    assert "3:00" in dialog.debt_note.text() and "7:00" in dialog.debt_note.text()
    assert "month-end run" in dialog.invoice_note.text()
    # Bought on 1 March, before the work of 2 March: no debt then, no note.
    dialog.purchased_on.setDate(QDate(2026, 3, 1))
    assert not dialog.debt_note.isVisible()
    dialog.purchased_on.setDate(QDate(2026, 3, 9))
    assert dialog.debt_note.isVisible()
    # The price follows the hours: 10 × 850.00 = 8500.00.
    assert dialog.price.text().replace(",", ".") == "8500.00"
    _save(qtbot, dialog)
    with read_only(db.sessions) as s:
        view = as_of(s, contract_id, TODAY)
        assert (view.left_minutes, view.debt_minutes) == (600 - 180, 0)
        (block,) = view.blocks
        assert (block.minutes, block.left) == (600, 420)
        entry = s.get(PrepaidLedgerEntry, dialog.saved_id)
        # The command line's rule: midnight of the day of purchase.
        assert entry.occurred_at == purchase_moment(dt.date(2026, 3, 9)) == dt.datetime(2026, 3, 9)
        assert entry.amount_minor == 10 * RATE
        assert dialog.draft_invoice_id is None


def test_the_settings_switch_makes_a_top_up_draft_its_invoice(qtbot, db):
    contract_id = _owing(db)
    page = SettingsPage(db.sessions)
    qtbot.addWidget(page)
    page.show()
    section = page.show_section("prepaid")
    assert not section.on_purchase.isChecked()
    qtbot.mouseClick(section.on_purchase, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    with read_only(db.sessions) as s:
        assert invoice_on_purchase(s) is True

    dialog = _dialog(qtbot, db, contract_id)
    assert "draft invoice" in dialog.invoice_note.text()
    dialog.hours.clear()
    qtbot.keyClicks(dialog.hours, "10")
    _save(qtbot, dialog)
    assert dialog.draft_invoice_id is not None
    with read_only(db.sessions) as s:
        draft = s.get(Invoice, dialog.draft_invoice_id)
        # 8500.00 net + 25 % VAT 2125.00 = 10625.00.
        assert (draft.status, draft.net_minor, draft.tax_minor) == ("draft", 850_000, 212_500)
        assert draft.total_minor == 850_000 + 212_500
    # Off again: the next run invoices blocks.
    qtbot.mouseClick(section.on_purchase, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    with read_only(db.sessions) as s:
        assert invoice_on_purchase(s) is False


def test_the_overview_reads_hours_as_of_the_chosen_day(qtbot, db):
    """A 5:00 h block bought 1 March, expiring 31 March, no run since: on
    31 March 5:00 h left; on 1 April 0:00 h, its expiry listed as due."""
    with unit_of_work(db.sessions) as s:
        client = factories.client(s, name="Kraków Serwis")
        contract = factories.contract(s, client, "prepaid")
        prepaid.top_up(
            s,
            contract.id,
            minutes=300,
            amount_minor=0,
            at=dt.datetime(2026, 3, 1),
            expires_on=dt.date(2026, 3, 31),
        )
    overview = PrepaidOverview(db.sessions, today=dt.date(2026, 3, 31))
    qtbot.addWidget(overview)
    overview.show()
    assert overview.as_of() == dt.date(2026, 3, 31)
    assert overview.model.row_object(0).balance_minutes == 300
    overview.set_as_of(dt.date(2026, 4, 1))
    assert overview.model.row_object(0).balance_minutes == 300 - 300
    ledger = overview.ledger_model
    last = ledger.row_object(ledger.rowCount() - 1)
    assert (last.kind, last.minutes, last.balance_after) == ("expiry due", -300, 0)
    with read_only(db.sessions) as s:
        assert prepaid.balance(s, contract.id, dt.date(2026, 4, 1)) == 0
