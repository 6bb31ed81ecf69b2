"""A service's refusal is a UserError: the record dialogs and the Settings
cards catch that one type (not a list of its subclasses) and show the
message under the field it names, keeping everything typed; without a
field (or naming one the form does not have) it goes to the banner."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit
from sqlalchemy import func, select

from desktop.db.session import read_only
from desktop.models import Client
from desktop.services.billing.invoices import InvoiceError
from desktop.services.common.errors import UserError
from desktop.services.helpdesk.tickets import TicketError
from desktop.services.prepaid.ledger import PrepaidError
from desktop.views.record_dialog import RecordDialog
from desktop.views.settings.form import FieldForm, save_in_unit_of_work


class TopUpDialog(RecordDialog):
    """Two fields; saving writes a client, then the service refuses."""

    def __init__(self, sessions, refusal: UserError) -> None:
        super().__init__(sessions, "Top up")
        self.refusal = refusal
        self.minutes = self.add_field("minutes", "Minutes", QLineEdit())
        self.note = self.add_field("note", "Note", QLineEdit())

    def save(self, session) -> int:
        session.add(Client(name="Written then rolled back", country="SE", currency="SEK"))
        session.flush()
        raise self.refusal


def clients(db) -> int:
    with read_only(db.sessions) as s:
        return s.scalar(select(func.count()).select_from(Client))


def open_dialog(qtbot, db, refusal: UserError) -> TopUpDialog:
    dialog = TopUpDialog(db.sessions, refusal)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.minutes, "ninety")
    qtbot.keyClicks(dialog.note, "for March")
    return dialog


def test_a_refusal_naming_a_field_shows_under_it_with_the_typed_text_kept(qtbot, small_db):
    before = clients(small_db)
    refusal = PrepaidError("Type the minutes as a whole number.", field="minutes")
    dialog = open_dialog(qtbot, small_db, refusal)
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)  # OK
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible()
    assert dialog.error_text("minutes") == "Type the minutes as a whole number."
    assert dialog.error_text("note") == ""
    assert dialog.banner.isHidden()
    assert dialog.minutes.property("invalid") is True
    assert dialog.focusWidget() is dialog.minutes  # the user lands on it
    assert (dialog.minutes.text(), dialog.note.text()) == ("ninety", "for March")
    assert clients(small_db) == before  # the unit of work was rolled back

    # Fixed and saved again: the old message goes.
    dialog.refusal = TicketError("The ticket is closed.")
    dialog.accept()
    assert dialog.error_text("minutes") == ""
    assert dialog.banner.text() == "The ticket is closed." and not dialog.banner.isHidden()


def test_a_refusal_without_a_field_or_with_an_unknown_one_goes_to_the_banner(qtbot, small_db):
    for refusal in (
        InvoiceError("Issued invoices cannot change."),
        InvoiceError("The series is used up.", field="series"),  # not on this form
    ):
        dialog = open_dialog(qtbot, small_db, refusal)
        dialog.accept()
        assert dialog.isVisible()
        assert dialog.banner.text() == str(refusal) and not dialog.banner.isHidden()
        assert (dialog.error_text("minutes"), dialog.error_text("note")) == ("", "")
        assert (dialog.minutes.text(), dialog.note.text()) == ("ninety", "for March")
        dialog.close()


def test_a_settings_card_shows_the_refusal_at_its_field(qtbot, small_db):
    card = FieldForm("Company")
    qtbot.addWidget(card)
    name = card.add_field("legal_name", "Legal name", QLineEdit())
    card.show()
    qtbot.keyClicks(name, "Nordic Fix")

    def action(session) -> None:
        raise UserError("The legal name is already used by another shop.", field="legal_name")

    assert save_in_unit_of_work(small_db.sessions, card, action) is False
    assert card.error_text("legal_name") == "The legal name is already used by another shop."
    assert name.text() == "Nordic Fix"
