"""The clients page and its dialogs: validation at the field, archive,
conflicting edits, contacts and sites."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from desktop.db.session import read_only, unit_of_work
from desktop.models import Client, Contact, Site
from desktop.views.client_dialog import ClientDialog
from desktop.views.clients_page import ClientsPage
from desktop.views.contact_site_dialogs import ContactDialog, SiteDialog


def client_id_named(db, name: str) -> int:
    with read_only(db.sessions) as s:
        return s.scalar(select(Client.id).where(Client.name == name))


def names(page: ClientsPage) -> list[str]:
    return [page.model.index(r, 0).data() for r in range(page.model.rowCount())]


def click_ok(qtbot, dialog) -> None:
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def make_page(qtbot, db) -> ClientsPage:
    page = ClientsPage(db.sessions)
    qtbot.addWidget(page)
    # In the app the page lives in the main window, whose minimum size is
    # fixed; shown alone it gets the same treatment.
    page.setMinimumSize(900, 600)
    page.show()
    return page


def test_invalid_rate_and_empty_name_show_at_their_fields(qtbot, small_db):
    dialog = ClientDialog(small_db.sessions, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.city_edit, "Gothenburg")
    qtbot.keyClicks(dialog.email_edit, "it@example.se")
    qtbot.keyClicks(dialog.rate_edit, "95.125")
    click_ok(qtbot, dialog)

    assert dialog.isVisible() and dialog.saved_id is None
    assert dialog.error_text("name") == "Enter the client's name."
    assert "at most 2 decimals" in dialog.error_text("default_rate")
    assert dialog.error_text("city") == ""
    assert dialog.name_edit.property("invalid") is True
    assert dialog.rate_edit.property("invalid") is True
    # Everything typed is still there.
    assert dialog.city_edit.text() == "Gothenburg"
    assert dialog.email_edit.text() == "it@example.se"
    assert dialog.rate_edit.text() == "95.125"

    # Fixing the fields saves and clears the messages.
    qtbot.keyClicks(dialog.name_edit, "Goteborg IT")
    dialog.rate_edit.setText("95.10")
    with qtbot.waitSignal(dialog.accepted):
        click_ok(qtbot, dialog)
    with read_only(small_db.sessions) as s:
        client = s.get(Client, dialog.saved_id)
        assert (client.name, client.city, client.default_rate_minor) == (
            "Goteborg IT",
            "Gothenburg",
            9510,
        )
        assert client.currency == "SEK" and client.country == "SE"  # shop defaults


def test_new_client_from_page_is_selected_after_save(qtbot, small_db, monkeypatch):
    page = make_page(qtbot, small_db)

    def fake_exec(dialog):
        dialog.name_edit.setText("Aardvark Labs")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ClientDialog, "exec", fake_exec)
    page.new_button.click()
    assert names(page)[0] == "Aardvark Labs"
    assert page.selected_id() == client_id_named(small_db, "Aardvark Labs")


def test_archive_hides_and_show_archived_shows_again(qtbot, small_db):
    page = make_page(qtbot, small_db)
    client_id = client_id_named(small_db, "Cafe Zorba")
    assert page.select_id(client_id)
    assert page.archive_button.text() == "Archive"
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    assert "Cafe Zorba" not in names(page)

    page.show_archived.setChecked(True)
    assert "Cafe Zorba" in names(page)
    assert page.select_id(client_id)
    assert page.archive_button.text() == "Unarchive"
    with read_only(small_db.sessions) as s:
        assert s.get(Client, client_id).archived is True

    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    page.show_archived.setChecked(False)
    assert "Cafe Zorba" in names(page)


def test_concurrent_edit_keeps_input_and_says_so(qtbot, small_db):
    client_id = client_id_named(small_db, "Acme Oy")
    dialog = ClientDialog(small_db.sessions, client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    # Someone else saves the client after the dialog opened.
    with unit_of_work(small_db.sessions) as s:
        s.get(Client, client_id).phone = "+358 9 123"
    dialog.city_edit.setText("Espoo")
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert not dialog.banner.isHidden()
    assert "Someone else changed this client" in dialog.banner.text()
    assert dialog.city_edit.text() == "Espoo"
    with read_only(small_db.sessions) as s:
        client = s.get(Client, client_id)
        assert (client.city, client.phone) == ("Helsinki", "+358 9 123")


def test_double_click_opens_edit(qtbot, small_db, monkeypatch):
    page = make_page(qtbot, small_db)
    opened: list[int] = []
    monkeypatch.setattr(ClientDialog, "exec", lambda d: opened.append(d.client_id) or 0)
    page.select_id(client_id_named(small_db, "Dental Lund"))
    index = page.table.selectionModel().selectedRows()[0]
    rect = page.table.visualRect(index)
    # A real double click starts with a press on the same cell.
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [client_id_named(small_db, "Dental Lund")]


def test_contacts_and_sites_add_edit_archive(qtbot, small_db):
    client_id = client_id_named(small_db, "Acme Oy")
    contact = ContactDialog(small_db.sessions, client_id)
    qtbot.addWidget(contact)
    contact.show()
    click_ok(qtbot, contact)
    assert contact.error_text("name") == "Enter the contact's name."
    contact.name_edit.setText("Eva Virtanen")
    contact.email_edit.setText("eva@acme.fi")
    with qtbot.waitSignal(contact.accepted):
        click_ok(qtbot, contact)

    site = SiteDialog(small_db.sessions, client_id)
    qtbot.addWidget(site)
    assert site.country_combo.currentData() == "FI"
    site.name_edit.setText("Head office")
    site.distance_edit.setText("12,5")
    with qtbot.waitSignal(site.accepted):
        click_ok(qtbot, site)

    page = make_page(qtbot, small_db)
    page.select_id(client_id)
    details = page.details
    assert details.contacts.model.rowCount() == 1
    assert details.sites.model.rowCount() == 1
    assert details.sites.model.index(0, 3).data() == "12.5 km"
    assert "Acme Oy" in page.details_title.text()

    details.contacts.table.selectRow(0)
    assert details.contacts.archive_button.isEnabled()
    qtbot.mouseClick(details.contacts.archive_button, Qt.MouseButton.LeftButton)
    assert details.contacts.model.rowCount() == 0
    with read_only(small_db.sessions) as s:
        assert s.scalar(select(Contact.archived).where(Contact.client_id == client_id))
        assert s.scalar(select(Site.distance_m).where(Site.client_id == client_id)) == 12500
