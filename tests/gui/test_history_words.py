"""An invoice's history in words (issue 16): its number, not its internal
id; field names, amounts and states as the user's language writes them; an
operating-system account marked as one."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.app import open_database
from desktop.db.audit import acting_as
from desktop.db.session import unit_of_work
from desktop.services.billing.invoices import draft_invoice, issue_invoice
from desktop.services.billing.payments import record_payment
from desktop.views import i18n
from desktop.views.history_dialog import HistoryDialog
from tests import factories

T = dt.datetime
D = dt.date


@pytest.fixture
def paid_in_part(tmp_path):
    """A 50-minute invoice issued by Anna Berg, 100.00 SEK paid by the
    computer account "root"."""
    db = open_database(str(tmp_path / "history.db"))
    with unit_of_work(db.sessions) as s:
        setup = factories.billing_shop(s)
        client = factories.client(s)
        factories.time_entry(s, setup, client, T(2026, 3, 2, 9), 50)
        invoice_id = draft_invoice(
            s, client.id, period_from=D(2026, 3, 1), period_to=D(2026, 3, 31)
        ).id
    with acting_as("Anna Berg"), unit_of_work(db.sessions) as s:
        number = issue_invoice(s, invoice_id, D(2026, 4, 1), T(2026, 4, 1, 10)).number
    with acting_as("root"), unit_of_work(db.sessions) as s:
        record_payment(s, invoice_id, received_on=D(2026, 4, 5), amount_minor=10000)
    yield db, invoice_id, number
    db.close()


def rows(dialog: HistoryDialog) -> list[list[str]]:
    tree = dialog.tree
    return [
        [tree.topLevelItem(i).text(c) for c in range(tree.columnCount())]
        for i in range(tree.topLevelItemCount())
    ]


def test_invoice_history_reads_as_words(qtbot, paid_in_part):
    db, invoice_id, number = paid_in_part
    dialog = HistoryDialog(db.sessions, "invoices", invoice_id)
    qtbot.addWidget(dialog)
    table = rows(dialog)
    whats = [row[dialog.COL_WHAT] for row in table]
    assert f"Issued · Invoice {number}" in whats
    assert not any(f"#{invoice_id}" in what for what in whats), whats
    assert any(what.startswith("Created · Invoice line 1 · ") for what in whats), whats
    # The payment moved the state: said in words, not 'issued → partly_paid'.
    paid = next(row for row in table if row[dialog.COL_WHAT] == f"Changed · Invoice {number}")
    assert paid[dialog.COL_DETAIL] == "Issued → Partly paid"
    assert paid[dialog.COL_WHO] == "root (computer account)"
    issued = next(row for row in table if row[dialog.COL_WHAT].startswith("Issued"))
    assert issued[dialog.COL_WHO] == "Anna Berg"
    lines = dialog.change_lines()
    assert "Paid: 0.00 SEK → 100.00 SEK" in lines  # 10000 öre
    assert "Status: Draft → Issued" in lines
    assert not any("_minor" in line or line.startswith("status:") for line in lines)


def test_invoice_history_in_polish(qtbot, paid_in_part):
    db, invoice_id, _number = paid_in_part
    i18n.install_translators("pl")
    try:
        dialog = HistoryDialog(db.sessions, "invoices", invoice_id)
        qtbot.addWidget(dialog)
        lines = dialog.change_lines()
    finally:
        i18n.remove_translators()
    # Polish writes 100,00 with a comma (10000 groszy-style minor units) and
    # its own date order; no raw column names or codes are left.
    assert any("100,00" in line for line in lines), lines
    assert not any("2026-04-01" in line for line in lines), lines
    assert not any("_minor" in line or "partly_paid" in line for line in lines), lines
