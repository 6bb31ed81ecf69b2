"""Reverse a payment from the invoice, and apply or refund a client's
credit from the client page, by clicking through the dialogs. Figures are
worked out by hand: invoice A 800.00 + 25 % VAT = 1,000.00, invoice B
240.00 + 60.00 = 300.00."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.app import open_database
from desktop.db.session import read_only, unit_of_work
from desktop.models import Invoice
from desktop.services.billing.client_credit import client_credit
from desktop.services.billing.invoices import draft_invoice, issue_invoice
from desktop.services.billing.payments import outstanding, record_payment
from desktop.views.client_details import ClientDetailsPanel
from desktop.views.formatting import format_money
from desktop.views.invoicing.credit_dialogs import (
    ApplyCreditDialog,
    RefundCreditDialog,
    ReversePaymentDialog,
)
from desktop.views.invoicing.editor import InvoiceEditor
from tests import factories

D = dt.date


@pytest.fixture
def shop(tmp_path):
    db = open_database(str(tmp_path / "credit.db"))
    with unit_of_work(db.sessions) as s:
        setup = factories.billing_shop(s)
        client = factories.client(s, name="Fjord Dental")
        ids = []
        for month, net in ((3, 80000), (4, 24000)):
            factories.material(
                s, client, "Part", 1000, net, setup.standard.id, used_on=D(2026, month, 2)
            )
            draft = draft_invoice(
                s, client.id, period_from=D(2026, month, 1), period_to=D(2026, month, 28)
            )
            ids.append(issue_invoice(s, draft.id, D(2026, month, 28)).id)
        client_id = client.id
    yield db, client_id, *ids
    db.close()


def ok(qtbot, dialog, closes: bool = True) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    if closes:
        with qtbot.waitSignal(dialog.finished, timeout=10_000):
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    else:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def press(qtbot, widget, key) -> None:
    """Ctrl+Alt+`key` where the user works (the widget has the focus)."""
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(widget, key, modifiers)


def state(db, invoice_id):
    with read_only(db.sessions) as s:
        invoice = s.get(Invoice, invoice_id)
        return invoice.status, outstanding(s, invoice)


def test_reverse_a_payment_from_the_invoice(qtbot, shop):
    db, _client, a, _b = shop
    with unit_of_work(db.sessions) as s:
        record_payment(s, a, amount_minor=60000, received_on=D(2026, 4, 1))
        record_payment(s, a, amount_minor=40000, received_on=D(2026, 4, 2), reference="Wrong")
    editor = InvoiceEditor(db.sessions)
    qtbot.addWidget(editor)
    editor.resize(1024, 700)
    editor.show()
    with qtbot.waitSignal(editor.previewReady, timeout=30_000):
        editor.load(a)
    assert editor.invoice.status == "paid"
    # Under the Payment button's menu, and on Ctrl+Alt+P where the user works.
    assert editor.actions["reverse"] in editor.buttons["payment"].menu().actions()
    press(qtbot, editor.lines_table, Qt.Key.Key_P)
    dialog = editor.open_dialog
    assert isinstance(dialog, ReversePaymentDialog)
    assert dialog.payment_list.count() == 2
    assert dialog.payment_list.currentRow() == 1  # the newest: the 400.00 "Wrong"

    ok(qtbot, dialog, closes=False)  # no reason: refused at the field
    assert dialog.isVisible() and "reason" in dialog.error_text("reason")
    qtbot.keyClicks(dialog.reason_edit, "Booked twice")
    with qtbot.waitSignal(editor.previewReady, timeout=30_000):
        ok(qtbot, dialog)
    # 1,000.00 − 600.00 = 400.00 due again; partly paid.
    assert state(db, a) == ("partly_paid", 100000 - 60000)
    assert editor.invoice.outstanding_minor == 40000
    kinds = [p.kind for p in editor.invoice.payments]
    assert kinds == ["payment", "payment", "reversal"]
    assert editor.actions["reverse"].isEnabled()  # the 600.00 can still be reversed


def test_apply_and_refund_from_the_client_page(qtbot, shop):
    db, client, a, b = shop
    with unit_of_work(db.sessions) as s:
        record_payment(s, a, amount_minor=125000, received_on=D(2026, 4, 1))
    panel = ClientDetailsPanel(db.sessions)
    qtbot.addWidget(panel)
    panel.resize(900, 400)
    panel.show()
    panel.show_client(client)
    tab = panel.credit
    # 1,250.00 − 1,000.00 = 250.00
    assert tab.amount_label.text() == format_money(25000, "SEK")
    assert format_money(25000, "SEK") in panel.tabText(panel.indexOf(tab))

    qtbot.mouseClick(tab.apply_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, ApplyCreditDialog)
    assert dialog.invoice_combo.count() == 1  # only B is open
    # Offered: min(250.00 credit, 300.00 due).
    assert dialog.amount_edit.text().replace(",", ".") == "250.00"
    dialog.amount_edit.setText("300.00")
    ok(qtbot, dialog, closes=False)
    assert dialog.isVisible() and "250.00" in dialog.error_text("amount")
    assert dialog.amount_edit.text() == "300.00"  # kept as typed
    dialog.amount_edit.setText("100.00")
    ok(qtbot, dialog)
    assert state(db, b) == ("partly_paid", 30000 - 10000)
    assert tab.amount_label.text() == format_money(25000 - 10000, "SEK")

    qtbot.mouseClick(tab.refund_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, RefundCreditDialog)
    dialog.amount_edit.setText("150.01")
    qtbot.keyClicks(dialog.reason_edit, "Sent back by bank")
    ok(qtbot, dialog, closes=False)
    assert dialog.isVisible() and "150.00" in dialog.error_text("amount")
    assert dialog.amount_edit.text() == "150.01"
    assert dialog.reason_edit.text() == "Sent back by bank"
    dialog.reason_edit.clear()
    dialog.amount_edit.setText("150.00")
    ok(qtbot, dialog, closes=False)
    assert dialog.error_text("reason")
    qtbot.keyClicks(dialog.reason_edit, "Sent back by bank")
    ok(qtbot, dialog)
    with read_only(db.sessions) as s:
        assert client_credit(s, client).available_minor == 15000 - 15000
    assert tab.amount_label.text() == format_money(0, "SEK")
    assert not tab.refund_button.isEnabled() and not tab.apply_button.isEnabled()
    assert panel.tabText(panel.indexOf(tab)) == "Credit"


def test_apply_credit_from_the_next_invoice(qtbot, shop):
    db, _client, a, b = shop
    with unit_of_work(db.sessions) as s:
        record_payment(s, a, amount_minor=125000, received_on=D(2026, 4, 1))
    editor = InvoiceEditor(db.sessions)
    qtbot.addWidget(editor)
    editor.resize(1024, 700)
    editor.show()
    with qtbot.waitSignal(editor.previewReady, timeout=30_000):
        editor.load(b)
    assert editor.invoice.client_credit_minor == 125000 - 100000
    labels = [w.text() for w in editor.facts.findChildren(type(editor.number_label))]
    assert any(format_money(25000, "SEK") in t and "earlier payments" in t for t in labels)
    assert not editor.actions["reverse"].isEnabled()  # nothing paid on B
    assert editor.actions["apply_credit"] in editor.buttons["payment"].menu().actions()
    press(qtbot, editor.lines_table, Qt.Key.Key_C)
    dialog = editor.open_dialog
    assert isinstance(dialog, ApplyCreditDialog)
    assert [dialog.invoice_combo.itemData(i) for i in range(dialog.invoice_combo.count())] == [b]
    # min(250.00 credit, 300.00 due) offered; all of it taken.
    with qtbot.waitSignal(editor.previewReady, timeout=30_000):
        ok(qtbot, dialog)
    assert state(db, b) == ("partly_paid", 30000 - 25000)
    assert editor.invoice.client_credit_minor == 0
    assert not editor.actions["apply_credit"].isEnabled()
    assert [p.kind for p in editor.invoice.payments] == ["credit_in"]


def test_a_refused_reversal_keeps_the_dialog_and_the_reason(qtbot, shop):
    from desktop.services.billing.client_credit import apply_credit

    db, client, a, b = shop
    with unit_of_work(db.sessions) as s:
        record_payment(s, a, amount_minor=125000, received_on=D(2026, 4, 1))
        apply_credit(s, client, b, amount_minor=25000)  # all of the 250.00 moved to B
    editor = InvoiceEditor(db.sessions)
    qtbot.addWidget(editor)
    editor.show()
    with qtbot.waitSignal(editor.previewReady, timeout=30_000):
        editor.load(a)
    press(qtbot, editor.lines_table, Qt.Key.Key_P)
    dialog = editor.open_dialog
    qtbot.keyClicks(dialog.reason_edit, "Entered twice")
    ok(qtbot, dialog, closes=False)
    # 1,250.00 − 250.00 = 1,000.00 left on A: reversing 1,250.00 is refused.
    assert dialog.isVisible() and "250.00" in dialog.banner.text()
    assert dialog.reason_edit.text() == "Entered twice"
    assert state(db, a) == ("paid", 0)
    dialog.reject()
