"""Month-end invoicing through the window: unbilled work → draft → PDF
preview → edit → issue; save the PDF and e-mail it; payments and credit
notes; the month-end run, finished and cancelled halfway."""

from __future__ import annotations

import datetime as dt
import email
import socket
import threading
from email import policy

import keyring
import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult
from keyring.backends import fail
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QPushButton, QToolButton
from sqlalchemy import func, select

from desktop.db.session import read_only, unit_of_work
from desktop.models import Invoice, InvoiceLine, Payment
from desktop.services.billing import unbilled
from desktop.services.helpdesk import messaging
from desktop.services.helpdesk.messaging import SmtpSettings
from desktop.views.formatting import format_money
from desktop.views.history_dialog import HistoryDialog
from desktop.views.invoicing import InvoicesPage
from desktop.views.invoicing.dialogs import CreditNoteDialog, PaymentDialog
from desktop.views.invoicing.mail_dialogs import PasswordDialog, SendInvoiceDialog
from desktop.views.main_window import MainWindow
from desktop.views.undo_toast import UndoToast

NOV = (dt.date(2026, 11, 1), dt.date(2026, 11, 30))
# The page estimates every client's invoice off the GUI thread when it
# opens: seconds on an idle machine, much longer on a loaded shared one.
IDLE_TIMEOUT_MS = 60_000


def open_page(qtbot, db) -> tuple[MainWindow, InvoicesPage]:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("invoices")
    page = window.pages["invoices"]
    assert isinstance(page, InvoicesPage)
    set_period(page, *NOV)
    qtbot.waitUntil(page.is_idle, timeout=IDLE_TIMEOUT_MS)
    return window, page


def set_period(page: InvoicesPage, start: dt.date, end: dt.date) -> None:
    page.to_edit.setDate(QDate(end.year, end.month, end.day))
    page.from_edit.setDate(QDate(start.year, start.month, start.day))


def button_for(widget, action) -> QToolButton:
    return next(b for b in widget.findChildren(QToolButton) if b.defaultAction() is action)


def click(qtbot, widget, action) -> None:
    assert action.isEnabled(), action.text()
    qtbot.mouseClick(button_for(widget, action), Qt.MouseButton.LeftButton)


def press(qtbot, widget, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed where the user works (the widget has the focus)."""
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    qtbot.keyClick(widget, key, modifiers)


def click_row(qtbot, table, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def click_ok(qtbot, dialog) -> None:
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def draft_first_client(qtbot, page: InvoicesPage):
    """Select the client with the most unbilled hours and press Ctrl+D."""
    click_row(qtbot, page.unbilled.table, 0)
    client_id = page.unbilled.selected_client()
    with qtbot.waitSignal(page.editor.previewReady, timeout=30_000):
        qtbot.keyClick(page.unbilled.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(page.is_idle, timeout=IDLE_TIMEOUT_MS)
    return client_id


def issued_invoice(db) -> int:
    """The newest issued demo invoice with nothing paid yet (over 1000.00)."""
    with read_only(db.sessions) as s:
        return s.scalar(
            select(Invoice.id)
            .where(
                Invoice.kind == "invoice",
                Invoice.status == "issued",
                Invoice.paid_minor == 0,
                Invoice.total_minor > 100_000,
            )
            .order_by(Invoice.id.desc())
            .limit(1)
        )


def open_from_list(qtbot, page: InvoicesPage, invoice_id: int):
    page.tabs.setCurrentIndex(page.TAB_INVOICES)
    assert page.invoice_list.select_invoice(invoice_id)
    press(qtbot, page.invoice_list.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.editor)
    qtbot.waitUntil(lambda: page.editor.preview.pdf is not None and page.is_idle(), timeout=20_000)
    return page.editor


def test_draft_preview_edit_issue(qtbot, qtmodeltester, demo_db):
    _window, page = open_page(qtbot, demo_db)
    qtmodeltester.check(page.unbilled.model)
    assert page.unbilled.model.rowCount() > 0
    # Every client got its estimate, drafted and rolled back.
    model = page.unbilled.model
    estimates = [model.estimate(model.client_id(r)) for r in range(model.rowCount())]
    assert all(e is not None and e.problem is None for e in estimates), estimates
    assert sum(e.total_minor > 0 for e in estimates) > len(estimates) // 2
    with read_only(demo_db.sessions) as s:
        assert s.scalar(select(func.count()).where(Invoice.status == "draft")) == 2
    client_id = draft_first_client(qtbot, page)

    editor = page.editor
    assert page.stack.currentWidget() is editor
    assert editor.pdf_view.isVisible()
    assert editor.pdf_document.pageCount() >= 1
    assert editor.preview.pdf.startswith(b"%PDF")
    assert "Draft" in editor.number_label.text()
    qtmodeltester.check(editor.lines_model)
    invoice_id = editor.invoice.id
    with read_only(demo_db.sessions) as s:
        assert s.get(Invoice, invoice_id).client_id == client_id

    # Edit the first line: description, quantity and price, then Enter.
    click_row(qtbot, editor.lines_table, 0)
    line_id = editor.lines_model.line(0).id
    form = editor.line_form
    for edit, text in (
        (form.description_edit, "Server migration"),
        (form.quantity_edit, "2.5"),
        (form.price_edit, "100.00"),
    ):
        edit.selectAll()
        qtbot.keyClicks(edit, text)
    with qtbot.waitSignal(editor.previewReady, timeout=20_000):
        qtbot.keyClick(form.price_edit, Qt.Key.Key_Return)
    with read_only(demo_db.sessions) as s:
        line = s.get(InvoiceLine, line_id)
        assert (line.description, line.quantity_milli, line.unit_price_minor, line.net_minor) == (
            "Server migration",
            2500,
            10000,
            25000,
        )
        total = s.get(Invoice, invoice_id).total_minor
    assert editor.lines_model.line(0).description == "Server migration"
    assert editor.invoice.total_minor == total

    # A typing mistake is named at the field and what was typed stays.
    form.quantity_edit.selectAll()
    qtbot.keyClicks(form.quantity_edit, "two")
    qtbot.keyClick(form.quantity_edit, Qt.Key.Key_Return)
    assert form.errors["quantity"].isVisible()
    assert "two" in form.errors["quantity"].text()
    assert form.quantity_edit.text() == "two"
    with read_only(demo_db.sessions) as s:
        assert s.get(InvoiceLine, line_id).quantity_milli == 2500

    # A discount, typed in place.
    click(qtbot, editor, editor.actions["discount"])
    form.price_edit.setFocus()
    qtbot.keyClicks(form.price_edit, "50")
    with qtbot.waitSignal(editor.previewReady, timeout=20_000):
        qtbot.mouseClick(form.apply_button, Qt.MouseButton.LeftButton)
    with read_only(demo_db.sessions) as s:
        discount = s.scalar(
            select(InvoiceLine).where(
                InvoiceLine.invoice_id == invoice_id, InvoiceLine.kind == "discount"
            )
        )
        assert discount.net_minor == -5000

    # Notes printed on the invoice.
    editor.notes_edit.setFocus()
    qtbot.keyClicks(editor.notes_edit, "Thank you for your business.")
    assert editor.notes_button.isEnabled()
    with qtbot.waitSignal(editor.previewReady, timeout=20_000):
        qtbot.mouseClick(editor.notes_button, Qt.MouseButton.LeftButton)
    with read_only(demo_db.sessions) as s:
        assert s.get(Invoice, invoice_id).notes == "Thank you for your business."
    editor.lines_table.setFocus()

    # Issue (Ctrl+Enter): the number appears.
    assert editor.lines_table.hasFocus()
    with qtbot.waitSignal(editor.previewReady, timeout=20_000):
        qtbot.keyClick(editor.lines_table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    with read_only(demo_db.sessions) as s:
        invoice = s.get(Invoice, invoice_id)
        assert invoice.status == "issued" and invoice.number
        number = invoice.number
    assert number in editor.number_label.text()
    assert number in page.toast.label.text()
    assert not editor.buttons["issue"].isVisible()
    assert editor.buttons["email"].isVisible()
    assert "Ctrl+E" in editor.actions["email"].toolTip()
    qtbot.waitUntil(page.is_idle, timeout=IDLE_TIMEOUT_MS)

    # The audit trail of what was just done is on the record (Ctrl+H).
    click(qtbot, editor, editor.actions["history"])
    qtbot.waitUntil(lambda: editor.findChild(HistoryDialog) is not None)
    dialog = editor.findChild(HistoryDialog)
    texts = [
        dialog.tree.topLevelItem(i).text(col)
        for i in range(dialog.tree.topLevelItemCount())
        for col in range(dialog.tree.columnCount())
    ]
    assert any(text.startswith("Issued · Invoice") for text in texts), texts
    # The edited line and the added discount line are there too.
    assert any(text.startswith("Changed · Invoice line") for text in texts), texts
    assert any(text.startswith("Created · Invoice line") for text in texts), texts
    dialog.close()


def test_save_pdf_and_delete_draft_with_undo(qtbot, demo_db, tmp_path, monkeypatch):
    _window, page = open_page(qtbot, demo_db)
    client_id = draft_first_client(qtbot, page)
    editor = page.editor
    invoice_id = editor.invoice.id
    target = tmp_path / "draft"
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda *args, **kwargs: (str(target), "PDF document (*.pdf)"),
    )
    click(qtbot, editor, editor.actions["save_pdf"])
    saved = tmp_path / "draft.pdf"
    assert saved.read_bytes().startswith(b"%PDF")

    # Delete: the draft disappears from view with an Undo…
    monkeypatch.setattr(UndoToast, "TIMEOUT_MS", 60_000)
    click(qtbot, editor, editor.actions["delete"])
    assert page.stack.currentIndex() == 0 and page.toast.isVisible()
    qtbot.mouseClick(page.toast.undo_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is editor and editor.invoice.id == invoice_id
    with read_only(demo_db.sessions) as s:
        assert s.get(Invoice, invoice_id) is not None
    qtbot.waitUntil(page.is_idle, timeout=IDLE_TIMEOUT_MS)

    # …and when the time is up it is gone and the work unbilled again.
    page.toast.TIMEOUT_MS = 50
    press(
        qtbot,
        editor.lines_table,
        Qt.Key.Key_Delete,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    with qtbot.waitSignal(page.toast.finished, timeout=5_000):
        pass
    with read_only(demo_db.sessions) as s:
        assert s.get(Invoice, invoice_id) is None
        assert client_id in {r.client_id for r in unbilled.unbilled_by_client(s, NOV[1])}
    qtbot.waitUntil(page.is_idle, timeout=IDLE_TIMEOUT_MS)


def test_payments_partial_and_over(qtbot, demo_db):
    _window, page = open_page(qtbot, demo_db)
    invoice_id = issued_invoice(demo_db)
    editor = open_from_list(qtbot, page, invoice_id)
    total = editor.invoice.total_minor

    press(qtbot, editor.lines_table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = editor.open_dialog
    assert isinstance(dialog, PaymentDialog)
    # A typing mistake stays, with the message under the amount.
    dialog.amount_edit.setText("12,34,5")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert dialog.isVisible() and dialog.error_text("amount")
    assert dialog.amount_edit.text() == "12,34,5"
    dialog.amount_edit.setText("10.00")
    dialog.reference_edit.setText("Bank 2026-11-21")
    click_ok(qtbot, dialog)
    # Partly paid (shown as overdue once the due date has passed).
    assert editor.invoice.status in ("partly_paid", "overdue")
    with read_only(demo_db.sessions) as s:
        assert s.get(Invoice, invoice_id).status == "partly_paid"
    assert editor.invoice.outstanding_minor == total - 1000

    click(qtbot, editor, editor.actions["payment"])
    dialog = editor.open_dialog
    dialog.amount_edit.setText(f"{total / 100:.2f}")  # the whole total again: 10.00 too much
    click_ok(qtbot, dialog)
    assert editor.invoice.status == "paid"
    assert editor.invoice.outstanding_minor == -1000
    labels = [w.text() for w in editor.facts.findChildren(type(editor.number_label))]
    assert any("paid too much" in text for text in labels)
    with read_only(demo_db.sessions) as s:
        assert s.scalar(select(func.count()).where(Payment.invoice_id == invoice_id)) == 2
    qtbot.waitUntil(page.is_idle, timeout=IDLE_TIMEOUT_MS)


def test_credit_note_of_time_typed_as_hours_and_minutes(qtbot, demo_db):
    _window, page = open_page(qtbot, demo_db)
    invoice_id = issued_invoice(demo_db)
    editor = open_from_list(qtbot, page, invoice_id)
    row, line = next(
        (i, x)
        for i, x in enumerate(editor.invoice.lines)
        if x.by_minute and x.billed_minutes and x.billed_minutes > 1 and x.net_minor
    )
    half = line.billed_minutes // 2
    press(
        qtbot,
        editor.lines_table,
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = editor.open_dialog
    # Invoiced and left read H:MM, as the invoice prints them.
    hm = f"{line.billed_minutes // 60}:{line.billed_minutes % 60:02d}"
    assert dialog.table.item(row, dialog.COL_INVOICED).text() == f"{hm} h"
    assert dialog.table.item(row, dialog.COL_CREDIT).text() == hm
    qtbot.mouseClick(dialog.lines_radio, Qt.MouseButton.LeftButton)
    dialog.set_line_credit(row, True, f"{half // 60}:{half % 60:02d}")
    preview = dialog.net_label.text()
    dialog.reason_edit.setText("Half of it was a duplicate")
    click_ok(qtbot, dialog)
    with read_only(demo_db.sessions) as s:
        note = s.scalar(select(Invoice).where(Invoice.corrects_invoice_id == invoice_id))
        credited = note.lines[0]
        # Half the minutes, and the line's net in that share, rounded once:
        # |credited − net × half / minutes| ≤ ½, in integers (× 2 × minutes).
        assert credited.billed_minutes == -half
        gap = -credited.net_minor * 2 * line.billed_minutes - line.net_minor * 2 * half
        assert abs(gap) <= line.billed_minutes
        assert format_money(-note.net_minor, editor.invoice.currency) in preview


def test_credit_note_for_chosen_lines(qtbot, demo_db):
    _window, page = open_page(qtbot, demo_db)
    invoice_id = issued_invoice(demo_db)
    editor = open_from_list(qtbot, page, invoice_id)
    first = editor.invoice.lines[0]

    press(
        qtbot,
        editor.lines_table,
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = editor.open_dialog
    assert isinstance(dialog, CreditNoteDialog)
    qtbot.mouseClick(dialog.lines_radio, Qt.MouseButton.LeftButton)
    half = first.quantity_milli // 2 or first.quantity_milli
    dialog.set_line_credit(0, True, f"{half / 1000:g}")
    preview = dialog.net_label.text()
    click_ok_expecting_error = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(click_ok_expecting_error, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "reason" in dialog.error_text("reason").lower()
    dialog.reason_edit.setText("Billed at the wrong rate")
    click_ok(qtbot, dialog)

    with read_only(demo_db.sessions) as s:
        note = s.scalar(select(Invoice).where(Invoice.corrects_invoice_id == invoice_id))
        assert note.kind == "credit_note" and note.number
        assert [(x.credits_line_id, x.quantity_milli) for x in note.lines] == [(first.id, -half)]
        # The preview showed the figure the credit note took off (its net share).
        assert format_money(-note.net_minor, editor.invoice.currency) in preview
        number = note.number
    assert number in page.toast.label.text()
    assert editor.invoice.credit_notes == (number,)
    qtbot.waitUntil(page.is_idle, timeout=IDLE_TIMEOUT_MS)


def _counts(db):
    with read_only(db.sessions) as s:
        issued = s.scalar(select(func.count()).where(Invoice.status != "draft"))
        drafts = s.scalar(select(func.count()).where(Invoice.status == "draft"))
        waiting = unbilled.unbilled_by_client(s, NOV[1])
    return issued, drafts, waiting


def run_month_end_from_menu(qtbot, page: InvoicesPage) -> None:
    press(qtbot, page.unbilled.table, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    dialog = page.open_dialog
    dialog.from_edit.setDate(QDate(2026, 11, 1))
    dialog.to_edit.setDate(QDate(2026, 11, 30))
    dialog.issue_edit.setDate(QDate(2026, 11, 30))
    click_ok(qtbot, dialog)
    assert page.month_end_run.task is not None


def test_month_end_run_for_all_clients(qtbot, qtmodeltester, demo_db):
    _window, page = open_page(qtbot, demo_db)
    issued_before, drafts_before, waiting = _counts(demo_db)
    assert waiting
    steps: list[tuple[int, int]] = []
    run_month_end_from_menu(qtbot, page)
    page.month_end_run.task.progressed.connect(lambda done, total, _t: steps.append((done, total)))
    qtbot.waitUntil(lambda: page.month_end_run.results is not None, timeout=120_000)
    qtmodeltester.check(page.month_end_run.model)
    results = page.month_end_run.results
    assert steps and steps[-1][0] == steps[-1][1] == len(results)
    issued = [r for r in results if r.number]
    assert issued and not page.month_end_run.cancelled
    assert page.tabs.currentIndex() == page.TAB_RUN
    assert f"{len(issued)} invoices issued" in page.month_end_run.summary.text()
    issued_after, drafts_after, waiting_after = _counts(demo_db)
    assert issued_after == issued_before + len(issued)
    assert drafts_after == drafts_before
    assert waiting_after == [] or all(
        r.client_id in {x.client_id for x in results if not x.number} for r in waiting_after
    )
    qtbot.waitUntil(page.is_idle, timeout=IDLE_TIMEOUT_MS)


def test_month_end_cancelled_halfway_leaves_no_half_issued(qtbot, demo_db):
    _window, page = open_page(qtbot, demo_db)
    issued_before, drafts_before, waiting_before = _counts(demo_db)
    gate = threading.Event()

    def after_client(done: int, _total: int) -> None:
        # The worker waits here after the first client, while the user
        # presses Cancel in the progress dialog.
        if done == 1:
            gate.wait(30)

    page.month_end_run.after_client = after_client
    run_month_end_from_menu(qtbot, page)
    task = page.month_end_run.task
    dialog = task.dialog
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.value() == 1, timeout=60_000)
    # The window keeps handling events while the run works.
    ticked = []
    QTimer.singleShot(10, lambda: ticked.append(True))
    qtbot.waitUntil(lambda: bool(ticked))
    cancel = next(b for b in dialog.findChildren(QPushButton))
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    gate.set()
    qtbot.waitUntil(lambda: page.month_end_run.results is not None, timeout=60_000)

    assert page.month_end_run.cancelled
    assert "cancelled" in page.month_end_run.summary.text()
    results = page.month_end_run.results
    assert len(results) == 1
    issued_after, drafts_after, waiting_after = _counts(demo_db)
    new = issued_after - issued_before
    assert new == (1 if results[0].number else 0)
    assert drafts_after == drafts_before  # nothing left half-done as a draft
    with read_only(demo_db.sessions) as s:
        for invoice in s.scalars(select(Invoice).where(Invoice.status != "draft")):
            assert invoice.number and invoice.issue_date
            assert invoice.net_minor == sum(line.net_minor for line in invoice.lines)
    # Everyone after the first client still waits, untouched.
    first = results[0].client_id
    assert {r.client_id: r.minutes for r in waiting_after if r.client_id != first} == {
        r.client_id: r.minutes for r in waiting_before if r.client_id != first
    }
    qtbot.waitUntil(page.is_idle, timeout=IDLE_TIMEOUT_MS)


class Inbox:
    def __init__(self) -> None:
        self.messages: list[bytes] = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(envelope.content)
        return "250 OK"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def smtp_server():
    inbox = Inbox()

    def authenticate(server, session, envelope, mechanism, data):
        return AuthResult(success=(data.login, data.password) == (b"billing", b"s3cret"))

    controller = Controller(
        inbox,
        hostname="127.0.0.1",
        port=_free_port(),
        authenticator=authenticate,
        auth_require_tls=False,
    )
    controller.start()
    yield controller, inbox
    controller.stop()


# The offscreen platform says so when a nested dialog is shown; harmless.
@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
@pytest.mark.parametrize("keyring_backend", ["memory", "none"])
def test_email_invoice_with_pdf(
    qtbot, demo_db, smtp_server, memory_keyring, keyring_backend, monkeypatch
):
    controller, inbox = smtp_server
    settings = SmtpSettings(
        host="127.0.0.1",
        port=controller.port,
        security="none",
        username="billing",
        from_address="billing@shop.example",
        timeout_s=5,
    )
    with unit_of_work(demo_db.sessions) as s:
        messaging.save_smtp_settings(s, settings)
    if keyring_backend == "none":
        keyring.set_keyring(fail.Keyring())
    monkeypatch.setattr("desktop.views.invoicing.mail_dialogs._SESSION_PASSWORDS", {})

    _window, page = open_page(qtbot, demo_db)
    invoice_id = issued_invoice(demo_db)
    editor = open_from_list(qtbot, page, invoice_id)
    number = editor.invoice.number
    press(qtbot, editor.lines_table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = editor.open_dialog
    assert isinstance(dialog, SendInvoiceDialog)
    assert number in dialog.subject_edit.text()
    dialog.to_edit.setText("accounts@client.example")
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    # Nothing stored in the keyring (or no keyring at all): asked once.
    qtbot.waitUntil(lambda: dialog.password_dialog is not None)
    asked = dialog.password_dialog
    assert isinstance(asked, PasswordDialog)
    assert asked.remember_check.isVisible() == (keyring_backend == "memory")
    asked.password_edit.setText("s3cret")
    with qtbot.waitSignal(dialog.finished, timeout=20_000):
        qtbot.mouseClick(
            asked.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
    assert "accounts@client.example" in page.toast.label.text()
    assert len(inbox.messages) == 1
    message = email.message_from_bytes(inbox.messages[0], policy=policy.default)
    assert number in message["Subject"]
    assert message["To"].addresses[0].addr_spec == "accounts@client.example"
    attachment = next(message.iter_attachments())
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_content().startswith(b"%PDF")
    if keyring_backend == "memory":
        assert "s3cret" in memory_keyring.secrets.values()
    qtbot.waitUntil(page.is_idle, timeout=IDLE_TIMEOUT_MS)
