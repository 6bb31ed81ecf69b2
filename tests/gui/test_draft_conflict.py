"""Two users edit the same draft invoice, each in their own editor: the
second save is refused and shows the user's change next to the draft as the
other user saved it; re-applying keeps both, discarding keeps theirs."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop.db.session import read_only, unit_of_work
from desktop.models import Client, Invoice, InvoiceLine, TaxRate
from desktop.services.billing import draft_editing
from desktop.services.billing.pending_change import PendingChange
from desktop.views.invoicing import InvoicesPage
from desktop.views.invoicing.editor import InvoiceEditor


@pytest.fixture
def draft_id(small_db) -> int:
    """The seeded draft (Bergström Bygg, SEK) with two typed lines."""
    with unit_of_work(small_db.sessions) as s:
        s.add(TaxRate(code="SE25", name="Moms 25 %", rate_bp=2500))
        s.flush()
        invoice_id = s.scalar(
            select(Invoice.id)
            .join(Client, Client.id == Invoice.client_id)
            .where(Invoice.status == "draft", Client.name == "Bergström Bygg")
        )
        for description, price in (("Router setup", 95000), ("Cable", 12000)):
            draft_editing.add_line(
                s,
                invoice_id,
                description=description,
                quantity_milli=1000,
                unit="pc",
                unit_price_minor=price,
            )
        return invoice_id


def open_editor(qtbot, db, invoice_id: int) -> InvoiceEditor:
    editor = InvoiceEditor(db.sessions)
    qtbot.addWidget(editor)
    editor.resize(1100, 760)
    editor.show()
    editor.load(invoice_id)
    qtbot.waitUntil(lambda: not editor.tasks(), timeout=20_000)
    return editor


def settle(qtbot, *editors: InvoiceEditor) -> None:
    """Let the PDF previews finish (their threads belong to the editors)."""
    qtbot.waitUntil(lambda: not any(e.tasks() for e in editors), timeout=20_000)


def edit_line(qtbot, editor: InvoiceEditor, row: int, **typed: str) -> None:
    editor.lines_table.selectRow(row)
    form = editor.line_form
    for key, text in typed.items():
        form.widgets[key].setText(text)
    qtbot.mouseClick(form.apply_button, Qt.MouseButton.LeftButton)


def lines(db, invoice_id: int) -> list[tuple[str, int, int]]:
    with read_only(db.sessions) as s:
        rows = s.scalars(
            select(InvoiceLine)
            .where(InvoiceLine.invoice_id == invoice_id)
            .order_by(InvoiceLine.position)
        )
        return [(r.description, r.quantity_milli, r.unit_price_minor) for r in rows]


def test_the_second_save_shows_both_and_reapplies_on_top(qtbot, small_db, draft_id):
    anna = open_editor(qtbot, small_db, draft_id)
    olle = open_editor(qtbot, small_db, draft_id)
    edit_line(qtbot, olle, 0, description="Router setup and VLANs")
    assert not olle.conflict_panel.isVisibleTo(olle)
    edit_line(qtbot, anna, 0, quantity="3")

    panel = anna.conflict_panel
    assert panel.isVisibleTo(anna)
    assert "Someone else changed this draft" in panel.heading.text()
    assert panel.mine_label.text() == "Change line 1: quantity 3 pc"
    assert panel.marks() == {"Router setup and VLANs": "changed", "Cable": ""}
    # Nothing of Olle's was overwritten, and Anna's typing is still there.
    assert lines(small_db, draft_id)[0] == ("Router setup and VLANs", 1000, 95000)
    assert anna.line_form.quantity_edit.text() == "3"

    qtbot.mouseClick(panel.reapply_button, Qt.MouseButton.LeftButton)
    assert not panel.isVisibleTo(anna)
    assert lines(small_db, draft_id)[0] == ("Router setup and VLANs", 3000, 95000)
    assert anna.lines_model.line(0).description == "Router setup and VLANs"
    settle(qtbot, anna, olle)


def test_discarding_keeps_theirs(qtbot, small_db, draft_id):
    anna = open_editor(qtbot, small_db, draft_id)
    olle = open_editor(qtbot, small_db, draft_id)
    olle.changes.start_line("add")
    for key, text in (("description", "Switch"), ("quantity", "2"), ("price", "450")):
        olle.line_form.widgets[key].setText(text)
    qtbot.mouseClick(olle.line_form.apply_button, Qt.MouseButton.LeftButton)
    anna.notes_edit.setPlainText("Paid by card")
    qtbot.mouseClick(anna.notes_button, Qt.MouseButton.LeftButton)

    panel = anna.conflict_panel
    assert panel.isVisibleTo(anna)
    assert panel.mine_label.text() == "Set the notes to: Paid by card"
    assert panel.marks()["Switch"] == "new"
    assert "3 lines" in panel.theirs_title.text()
    with read_only(small_db.sessions) as s:
        assert s.get(Invoice, draft_id).notes == ""

    qtbot.mouseClick(panel.discard_button, Qt.MouseButton.LeftButton)
    assert not panel.isVisibleTo(anna)
    assert [line.description for line in anna.invoice.lines] == ["Router setup", "Cable", "Switch"]
    with read_only(small_db.sessions) as s:
        assert s.get(Invoice, draft_id).notes == ""
    settle(qtbot, anna, olle)


def test_a_line_they_removed_comes_back_as_a_new_line_to_add(qtbot, small_db, draft_id):
    anna = open_editor(qtbot, small_db, draft_id)
    olle = open_editor(qtbot, small_db, draft_id)
    olle.lines_table.selectRow(1)
    olle.changes.remove_line()
    edit_line(qtbot, anna, 1, price="130")
    panel = anna.conflict_panel
    assert panel.marks() == {"Router setup": "", "Cable": "removed"}

    qtbot.mouseClick(panel.reapply_button, Qt.MouseButton.LeftButton)
    form = anna.line_form
    assert form.mode == "add" and form.problem.isVisible()
    assert (form.description_edit.text(), form.quantity_edit.text()) == ("Cable", "1")
    assert form.price_edit.text() == "130.00"
    qtbot.mouseClick(form.apply_button, Qt.MouseButton.LeftButton)
    assert lines(small_db, draft_id) == [("Router setup", 1000, 95000), ("Cable", 1000, 13000)]
    settle(qtbot, anna, olle)


def test_editing_a_draft_someone_deleted_shows_the_conflict(qtbot, small_db, draft_id):
    """Not "There is no invoice 12." under the field: the conflict panel
    says the draft is gone and keeps what was typed."""
    anna = open_editor(qtbot, small_db, draft_id)
    with unit_of_work(small_db.sessions) as s:
        PendingChange(kind="delete").apply(s, draft_id, None)
    edit_line(qtbot, anna, 0, price="990")

    panel = anna.conflict_panel
    assert panel.isVisibleTo(anna)
    assert "no longer exists" in panel.message.text()
    assert panel.theirs_title.text() == "Their version: the draft was deleted"
    assert panel.mine_label.text() == "Change line 1: unit price 990.00 SEK"
    assert not panel.reapply_button.isEnabled()
    assert not anna.line_form.problem.isVisibleTo(anna)
    assert all(not label.isVisibleTo(anna) for label in anna.line_form.errors.values())
    assert anna.line_form.price_edit.text() == "990"

    with qtbot.waitSignal(anna.backRequested):
        qtbot.mouseClick(panel.discard_button, Qt.MouseButton.LeftButton)
    settle(qtbot, anna)


def test_editing_a_draft_someone_issued_shows_the_conflict(qtbot, small_db, draft_id):
    anna = open_editor(qtbot, small_db, draft_id)
    with unit_of_work(small_db.sessions) as s:
        # Issued by another user (the seeded series' next number is taken
        # in this small database, so the number is set here).
        invoice = s.get(Invoice, draft_id)
        invoice.status, invoice.number, invoice.seq = "issued", "T-9001", 9001
        invoice.issue_date = invoice.due_date = dt.date(2026, 11, 30)
    edit_line(qtbot, anna, 1, description="Cable, 5 m")
    panel = anna.conflict_panel
    assert panel.isVisibleTo(anna)
    assert "They issued it" in panel.message.text()
    assert not panel.reapply_button.isEnabled()
    settle(qtbot, anna)


def test_deleting_a_draft_someone_changed_shows_theirs_first(qtbot, small_db, draft_id):
    anna = open_editor(qtbot, small_db, draft_id)
    olle = open_editor(qtbot, small_db, draft_id)
    edit_line(qtbot, olle, 0, price="1100")
    asked: list[int] = []
    anna.deleteRequested.connect(asked.append)

    anna.changes.delete_draft()
    panel = anna.conflict_panel
    assert asked == [] and panel.isVisibleTo(anna)
    assert panel.mine_label.text().startswith("Delete this draft")
    assert panel.marks() == {"Router setup": "changed", "Cable": ""}

    # Seen their version: deleting now is the user's informed choice.
    qtbot.mouseClick(panel.reapply_button, Qt.MouseButton.LeftButton)
    assert asked == [draft_id]
    assert not panel.isVisibleTo(anna)
    settle(qtbot, anna, olle)


def test_a_delete_waiting_for_undo_is_refused_after_their_edit(qtbot, small_db, draft_id):
    """The page deletes the draft when the Undo toast closes: if someone
    changed it in between, it stays, and the banner says what they changed."""
    page = InvoicesPage(small_db.sessions)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(page.is_idle, timeout=60_000)
    editor = page.open_invoice(draft_id)
    qtbot.waitUntil(page.is_idle, timeout=60_000)
    editor.changes.delete_draft()
    assert page.toast.isVisible() and page.stack.currentIndex() == 0

    with unit_of_work(small_db.sessions) as s:
        line_id = s.scalar(
            select(InvoiceLine.id).where(
                InvoiceLine.invoice_id == draft_id, InvoiceLine.description == "Cable"
            )
        )
        version = draft_editing.draft_version(s, draft_id)
        draft_editing.update_line(s, line_id, quantity_milli=4000, expected_version=version)
    page.toast.finish()

    with read_only(small_db.sessions) as s:
        assert s.get(Invoice, draft_id) is not None
    assert page.banner.isVisible()
    assert "was not deleted" in page.banner.text()
    assert "1 line(s) changed" in page.banner.text()
    qtbot.waitUntil(page.is_idle, timeout=60_000)


def test_a_delete_waiting_for_undo_goes_through_when_nobody_changed_it(qtbot, small_db, draft_id):
    page = InvoicesPage(small_db.sessions)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(page.is_idle, timeout=60_000)
    page.open_invoice(draft_id)
    qtbot.waitUntil(page.is_idle, timeout=60_000)
    page.editor.changes.delete_draft()
    page.toast.finish()
    with read_only(small_db.sessions) as s:
        assert s.get(Invoice, draft_id) is None
    assert not page.banner.isVisible()
    qtbot.waitUntil(page.is_idle, timeout=60_000)
