"""Two users edit the same draft invoice, each in their own editor: the
second save is refused and shows the user's change next to the draft as the
other user saved it; re-applying keeps both, discarding keeps theirs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop.db.session import read_only, unit_of_work
from desktop.models import Client, Invoice, InvoiceLine, TaxRate
from desktop.services import draft_editing
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
    olle.start_line("add")
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
    olle.remove_line()
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
