"""The catalogue and a client's rounding, through the window by clicks and
keys: a product with a markup added in Settings → Catalogue (a bad markup
refused at its field, the text kept), then found in a visit's material form
by typing part of its name; a client's rounding and minimum set in the
client dialog, and a draft whose time follows them. Figures by hand."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop.db.session import read_only, unit_of_work
from desktop.models import (
    Client,
    MaterialEntry,
    Product,
    TaxRate,
    Technician,
    Ticket,
    TimeEntry,
    WorkType,
)
from desktop.services.billing.invoices import draft_invoice
from desktop.services.shop import catalogue
from desktop.views.client_dialog import ClientDialog
from desktop.views.settings.catalogue import CatalogueSection
from desktop.views.tickets.work_dialogs import MaterialDialog
from desktop.views.visits.visits_page import VisitsPage
from tests import factories
from tests.gui.test_clients_page import click_ok, make_page
from tests.gui.test_settings_window import click, open_settings, retype

# The picker's search list is a popup; the offscreen platform warns that it
# cannot raise it or grab the keyboard for it.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

NOW = dt.datetime(2026, 11, 19, 10, 0)


def test_product_with_markup_added_in_settings_is_picked_in_a_visit_by_typing(
    qtbot, qtmodeltester, small_db
):
    with unit_of_work(small_db.sessions) as s:
        s.add(TaxRate(code="SE25", name="Moms 25 %", rate_bp=2500, category="S"))
        client = s.scalar(select(Client).where(Client.name == "Bergström Bygg"))
        factories.site(s, client, name="Head office")
        catalogue.add_product(s, catalogue.ProductInput(name="Toner HP 85A", price="890"))
    window, section = open_settings(qtbot, small_db, "catalogue")
    assert isinstance(section, CatalogueSection)
    assert section.table.rowCount() == 1

    click(qtbot, section.new_button)
    qtbot.keyClicks(section.name, "USB-C cable 2 m")
    qtbot.keyClicks(section.sku, "USBC2")
    qtbot.keyClicks(section.cost, "40,00")
    qtbot.keyClicks(section.markup, "2,5,")
    click(qtbot, section.save_button)
    assert "percentage" in section.card.error_text("markup")
    assert section.markup.text() == "2,5," and section.name.text() == "USB-C cable 2 m"
    retype(qtbot, section.markup, "25")
    # The price follows: 40,00 × 1,25 = 50,00, shown and not typed.
    assert section.price.isReadOnly() and section.price.text().replace(",", ".") == "50.00"
    section.vat.setFocus()
    qtbot.keyClicks(section.vat, "SE25")
    assert section.vat.currentText().startswith("SE25")
    click(qtbot, section.save_button)
    assert section.card.error_text("markup") == ""
    with read_only(small_db.sessions) as s:
        product = s.scalar(select(Product).where(Product.sku == "USBC2"))
        # 4000 öre × (10000 + 2500) / 10000 = 5000 öre
        assert (product.cost_minor, product.price_minor, product.markup_bp, product.unit) == (
            4000,
            5000,
            2500,
            "pc",
        )
        assert product.tax_rate_id is not None
        product_id = product.id
    assert section.table.rowCount() == 2 and section.save_button.text() == "Save changes"
    # The search narrows the list.
    qtbot.keyClicks(section.search, "usb")
    assert section.table.rowCount() == 1

    # A visit: the material form finds the product by typing part of it.
    window.timer.clock = lambda: NOW
    window.show_page("visits")
    page = window.pages["visits"]
    assert isinstance(page, VisitsPage)
    click(qtbot, page.new_button)
    editor = page.editor
    qtbot.keyClicks(editor.client, "Berg")  # keyClicks cannot type ö
    assert editor.client.currentText() == "Bergström Bygg"
    retype(qtbot, editor.arrived, "2026-11-19 09:00")
    retype(qtbot, editor.departed, "10:00")
    click(qtbot, editor.save_button)
    assert editor.visit_id is not None

    picker = editor.product
    qtmodeltester.check(picker.products)
    qtbot.keyClicks(picker, "cable")
    completer = picker.completer()
    assert completer.completionCount() == 1  # "Toner HP 85A" is filtered out
    qtbot.waitUntil(completer.popup().isVisible)
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
    assert picker.currentText() == "USB-C cable 2 m (USBC2)"
    retype(qtbot, editor.quantity, "3")
    click(qtbot, editor.add_material_button)
    assert editor.material_form.error_text("product") == ""
    with read_only(small_db.sessions) as s:
        entry = s.scalar(select(MaterialEntry).where(MaterialEntry.visit_id == editor.visit_id))
        # 3 pieces at the catalogue price 50,00
        assert (entry.product_id, entry.quantity_milli, entry.unit_price_minor) == (
            product_id,
            3000,
            5000,
        )

    # Text that names no product is refused at the field and kept.
    qtbot.keyClicks(picker, "zzz")
    click(qtbot, editor.add_material_button)
    assert "catalogue" in editor.material_form.error_text("product")
    assert picker.currentText() == "zzz"


def test_client_rounding_set_in_the_dialog_is_what_the_draft_bills(qtbot, small_db):
    with unit_of_work(small_db.sessions) as s:
        s.add(TaxRate(code="SE25", name="Moms 25 %", rate_bp=2500, category="S"))
        client = factories.client(s, name="Rundning AB")
        work = WorkType(code="helpdesk", name="Helpdesk", default_rate_minor=100000)
        s.add(work)
        s.flush()
        tech = s.scalar(select(Technician).where(Technician.name == "Anna Berg"))
        for day, minutes in ((2, 20), (3, 70)):
            start = dt.datetime(2026, 3, day, 9, 0)
            s.add(
                TimeEntry(
                    technician_id=tech.id,
                    client_id=client.id,
                    work_type_id=work.id,
                    started_at=start,
                    ended_at=start + dt.timedelta(minutes=minutes),
                    raw_minutes=minutes,
                    description="Support",
                )
            )
        client_id = client.id

    dialog = ClientDialog(small_db.sessions, client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.rounding_combo.currentText() == "The shop's rounding"
    dialog.rounding_combo.setFocus()
    qtbot.keyClicks(dialog.rounding_combo, "30")
    dialog.mode_combo.setFocus()
    qtbot.keyClicks(dialog.mode_combo, "U")
    qtbot.keyClicks(dialog.minimum_edit, "1:75")
    click_ok(qtbot, dialog)
    assert dialog.isVisible() and "59" in dialog.error_text("minimum_charge")
    assert dialog.minimum_edit.text() == "1:75"
    retype(qtbot, dialog.minimum_edit, "1:00")
    with qtbot.waitSignal(dialog.accepted):
        click_ok(qtbot, dialog)

    with unit_of_work(small_db.sessions) as s:
        client = s.get(Client, client_id)
        assert (client.rounding_increment_min, client.rounding_mode, client.minimum_charge_min) == (
            30,
            "up",
            60,
        )
        invoice = draft_invoice(
            s, client_id, period_from=dt.date(2026, 3, 1), period_to=dt.date(2026, 3, 31)
        )
        s.refresh(invoice)
        # The shop rounds 15 min up with no minimum (20 → 30, 70 → 75 min);
        # the client: 20 min → the 1:00 minimum = 1.00 h × 1000,00 = 1000,00;
        # 70 min → up to 30-min steps = 90 min = 1.50 h × 1000,00 = 1500,00.
        assert sorted((line.quantity_milli, line.net_minor) for line in invoice.lines) == [
            (1000, 100000),
            (1500, 150000),
        ]
        # VAT 25 % of 2500,00 = 625,00
        assert (invoice.net_minor, invoice.tax_minor) == (250000, 62500)


def test_the_client_page_lists_its_contracts_with_their_state(qtbot, qtmodeltester, small_db):
    today = dt.date.today()
    with unit_of_work(small_db.sessions) as s:
        acme = s.scalar(select(Client).where(Client.name == "Acme Oy"))
        # "Prepaid 20 h" (from the small shop) started 2026-01-01 with no end.
        factories.contract(
            s,
            acme,
            "term",
            name="Old support",
            starts_on=dt.date(2020, 1, 1),
            ends_on=dt.date(2020, 12, 31),
        )
        factories.contract(
            s, acme, "managed", name="Next year", starts_on=today + dt.timedelta(days=400)
        )
        acme_id = acme.id
    page = make_page(qtbot, small_db)
    assert page.select_id(acme_id)
    model = page.details.contracts_model
    qtmodeltester.check(model)
    shown = {
        model.index(r, model.COL_NAME).data(): model.index(r, model.COL_STATE).data()
        for r in range(model.rowCount())
    }
    assert shown == {"Next year": "Not started", "Prepaid 20 h": "Active", "Old support": "Ended"}
    # The newest start first.
    assert model.index(0, model.COL_NAME).data() == "Next year"
    assert model.index(2, model.COL_KIND).data() == "Term"


def test_ticket_material_form_finds_the_product_by_typing(qtbot, small_db):
    with unit_of_work(small_db.sessions) as s:
        catalogue.add_product(s, catalogue.ProductInput(name="Toner HP 85A", price="890"))
        catalogue.add_product(
            s, catalogue.ProductInput(name="USB-C cable 2 m", cost="40", markup="25")
        )
        ticket_id = s.scalar(select(Ticket.id).where(Ticket.title == "VPN drops"))  # SEK client
    dialog = MaterialDialog(small_db.sessions, ticket_id, None)
    qtbot.addWidget(dialog)
    dialog.show()
    picker = dialog.product_combo
    qtbot.keyClicks(picker, "CABLE")  # any case, anywhere in the name
    completer = picker.completer()
    assert completer.completionCount() == 1
    qtbot.waitUntil(completer.popup().isVisible)
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
    # The catalogue's price fills in: 40,00 × 1,25 = 50,00
    assert dialog.price_edit.text().replace(",", ".") == "50.00"
    assert picker.currentData() is not None
