"""The Settings page driven through the window: company profile, VAT rates,
number series, SMTP (password only in the keyring), and the Help menu."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget
from sqlalchemy import select

from desktop.db.engine import sqlite_path
from desktop.db.session import read_only
from desktop.models import InvoiceSeries, Shop, TaxRate
from desktop.services.common import settings_store
from desktop.services.helpdesk import messaging
from desktop.views.help_menu import AboutDialog, GuideDialog, ShortcutsDialog
from desktop.views.main_window import PAGES, MainWindow
from desktop.views.settings import SECTIONS, SettingsPage

PASSWORD = "s3cret-Passw0rd-9137"


def show_window(qtbot, db) -> MainWindow:
    """The window, once its start-up work (the daily automatic backup, run
    in the background) is over, so closing it never waits on that."""
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    backups = getattr(window, "backups", None)
    if backups is not None:
        qtbot.waitUntil(
            lambda: backups.auto_task is not None and backups.auto_task.finished, timeout=10_000
        )
    return window


def open_settings(qtbot, db, section: str) -> tuple[MainWindow, QWidget]:
    window = show_window(qtbot, db)
    row = PAGES.index("settings")
    rect = window.sidebar.visualItemRect(window.sidebar.item(row))
    qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    page = window.stack.currentWidget()
    assert isinstance(page, SettingsPage)
    rect = page.nav.visualItemRect(page.nav.item(SECTIONS.index(section)))
    qtbot.mouseClick(page.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.current_section_key() == section
    return window, page.sections[section]


def retype(qtbot, edit: QLineEdit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def shop(db) -> Shop:
    with read_only(db.sessions) as s:
        row = s.scalar(select(Shop))
        s.expunge(row)
    return row


def test_company_profile_bad_iban_stays_then_good_one_saves(qtbot, small_db):
    _window, section = open_settings(qtbot, small_db, "company")
    retype(qtbot, section.edits["trading_name"], "NordFix")
    retype(qtbot, section.edits["city"], "Uppsala")
    retype(qtbot, section.edits["iban"], "SE45 5000 0000 0583 9825 7467")
    click(qtbot, section.save_button)
    assert "check digits" in section.card.error_text("iban")
    assert section.edits["iban"].text() == "SE45 5000 0000 0583 9825 7467"
    assert section.edits["trading_name"].text() == "NordFix"
    assert section.edits["city"].text() == "Uppsala"
    assert shop(small_db).city == "Stockholm"  # nothing half-saved

    retype(qtbot, section.edits["iban"], "SE45 5000 0000 0583 9825 7466")
    click(qtbot, section.save_button)
    assert section.card.error_text("iban") == ""
    saved = shop(small_db)
    assert (saved.trading_name, saved.city, saved.iban) == (
        "NordFix",
        "Uppsala",
        "SE4550000000058398257466",
    )
    assert section.status.text()


def test_logo_is_scaled_and_stored(qtbot, small_db, tmp_path):
    _window, section = open_settings(qtbot, small_db, "company")
    image = QImage(1600, 400, QImage.Format.Format_RGB32)
    image.fill(QColor("#1F5A96"))
    path = tmp_path / "logo.jpg"
    assert image.save(str(path), "JPEG")
    assert section.load_logo_file(path)
    stored = QImage.fromData(shop(small_db).logo_png, "PNG")
    assert (stored.width(), stored.height()) == (600, 150)
    assert section.remove_logo_button.isEnabled()
    (tmp_path / "not-a-picture.png").write_text("hello")
    assert not section.load_logo_file(tmp_path / "not-a-picture.png")
    assert section.logo_card.error_text("logo")


def test_add_tax_rate_and_series_with_bad_then_good_pattern(qtbot, small_db):
    window, tax = open_settings(qtbot, small_db, "tax")
    qtbot.keyClicks(tax.add_code, "SE25")
    qtbot.keyClicks(tax.add_name, "Moms 25 %")
    qtbot.keyClicks(tax.add_rate, "25")
    click(qtbot, tax.add_button)
    assert tax.table.rowCount() == 1
    assert tax.table.item(0, 2).text() == "25 %"
    with read_only(small_db.sessions) as s:
        assert s.scalar(select(TaxRate.rate_bp).where(TaxRate.code == "SE25")) == 2500

    page = window.pages["settings"]
    rect = page.nav.visualItemRect(page.nav.item(SECTIONS.index("series")))
    qtbot.mouseClick(page.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    series = page.sections["series"]
    qtbot.keyClicks(series.add_code, "CN")
    qtbot.keyClicks(series.add_name, "Credit notes")
    series.add_kind.setCurrentIndex(series.add_kind.findData("credit_note"))
    retype(qtbot, series.add_pattern, "CN-{YYYY}-{number}")
    click(qtbot, series.add_button)
    assert "{seq}" in series.add_card.error_text("pattern")
    assert series.add_pattern.text() == "CN-{YYYY}-{number}"
    assert series.add_code.text() == "CN"
    retype(qtbot, series.add_pattern, "CN-{YYYY}-{seq:04}")
    click(qtbot, series.add_button)
    assert series.add_card.error_text("pattern") == ""
    texts = [series.table.item(r, 4).text() for r in range(series.table.rowCount())]
    assert any(t.startswith("CN-") and t.endswith("-0001") for t in texts)
    with read_only(small_db.sessions) as s:
        added = s.scalar(select(InvoiceSeries).where(InvoiceSeries.code == "CN"))
        assert (added.kind, added.pattern) == ("credit_note", "CN-{YYYY}-{seq:04}")

    # Ticket numbers: a pattern without {seq} is refused at the field.
    retype(qtbot, series.ticket_pattern, "HD{YY}-")
    assert "not complete" in series.ticket_preview.text()
    click(qtbot, series.ticket_button)
    assert "{seq}" in series.ticket_card.error_text("ticket_pattern")
    retype(qtbot, series.ticket_pattern, "HD{YY}-{seq:04}")
    assert series.ticket_preview.text().startswith("HD") and series.ticket_preview.text().endswith(
        "0001"
    )
    click(qtbot, series.ticket_button)
    assert shop(small_db).ticket_number_pattern == "HD{YY}-{seq:04}"

    # Edit the selected series' pattern, then deactivate it.
    assert series.edit_pattern.text() == "CN-{YYYY}-{seq:04}"
    retype(qtbot, series.edit_pattern, "K{YY}{seq:03}")
    click(qtbot, series.save_edit_button)
    click(qtbot, series.toggle_button)
    with read_only(small_db.sessions) as s:
        added = s.scalar(select(InvoiceSeries).where(InvoiceSeries.code == "CN"))
        assert (added.pattern, added.active) == ("K{YY}{seq:03}", False)


def _files_under(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def test_smtp_password_goes_to_the_keyring_only(qtbot, small_db, memory_keyring, private_qsettings):
    window, mail = open_settings(qtbot, small_db, "mail")
    assert "password store" in mail.keyring_note.text()
    qtbot.keyClicks(mail.host, "smtp.example.se")
    qtbot.keyClicks(mail.username, "helpdesk@example.se")
    qtbot.keyClicks(mail.from_address, "not-an-address")
    qtbot.keyClicks(mail.password, PASSWORD)
    click(qtbot, mail.smtp_button)
    assert mail.smtp_card.error_text("from_address")
    assert mail.password.text() == PASSWORD  # kept while the form is refused
    assert memory_keyring.secrets == {}
    retype(qtbot, mail.from_address, "helpdesk@example.se")
    click(qtbot, mail.smtp_button)
    assert list(memory_keyring.secrets.values()) == [PASSWORD]
    assert mail.password.text() == ""
    window.close()  # writes the window's QSettings too

    small_db.engine.dispose()
    db_file = sqlite_path(small_db.url)
    assert db_file is not None
    files = [db_file, *db_file.parent.glob(db_file.name + "-*"), *_files_under(private_qsettings)]
    assert any(f.suffix == ".ini" for f in files)
    for file in files:
        data = file.read_bytes()
        assert PASSWORD.encode() not in data, file
        assert PASSWORD.encode("utf-16-le") not in data, file
        assert b"smtp.example.se" in data or file != db_file


def test_without_a_keyring_the_page_says_so(qtbot, small_db):
    keyring.set_keyring(fail.Keyring())
    _window, mail = open_settings(qtbot, small_db, "mail")
    assert "no password store" in mail.keyring_note.text()
    assert "each session" in mail.keyring_note.text()
    assert not mail.password.isEnabled()
    qtbot.keyClicks(mail.host, "smtp.example.se")
    click(qtbot, mail.smtp_button)
    assert mail.smtp_status.text() == "Mail settings saved."


def test_rounding_and_sla_defaults_save(qtbot, small_db):
    window, rounding = open_settings(qtbot, small_db, "rounding")
    rounding.increment.setCurrentIndex(rounding.increment.findData(6))
    rounding.minimum.setValue(60)
    click(qtbot, rounding.save_button)
    assert (shop(small_db).rounding_increment_min, shop(small_db).minimum_charge_min) == (6, 60)
    calendar = window.pages["settings"].show_section("calendar")
    assert calendar.day_edits["1"].text() == "08:00–17:00"
    retype(qtbot, calendar.day_edits["3"], "08:00-12:00, 11:00-17:00")
    retype(qtbot, calendar.day_edits["6"], "9-13")
    click(qtbot, calendar.hours_button)
    assert calendar.hours_card.error_text("day3")
    assert calendar.day_edits["3"].text() == "08:00-12:00, 11:00-17:00"
    retype(qtbot, calendar.day_edits["3"], "08:00-12:00, 13:00-17:00")
    click(qtbot, calendar.hours_button)
    assert calendar.hours_card.error_text("day3") == ""
    with read_only(small_db.sessions) as s:
        hours = settings_store.shop_business_hours(s)
    assert hours["3"] == [["08:00", "12:00"], ["13:00", "17:00"]]
    assert hours["6"] == [["09:00", "13:00"]]
    calendar.response["urgent"].setValue(2)
    calendar.resolution["urgent"].setValue(1)
    click(qtbot, calendar.sla_button)
    assert calendar.sla_card.error_text("urgent")
    calendar.resolution["urgent"].setValue(8)
    click(qtbot, calendar.sla_button)
    assert calendar.sla_card.error_text("urgent") == ""


# The offscreen platform warns when a dialog over the window is shown.
@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
@pytest.mark.parametrize("dialog", [ShortcutsDialog, GuideDialog, AboutDialog])
def test_help_menu_dialogs(qtbot, small_db, dialog):
    window = show_window(qtbot, small_db)
    key = {ShortcutsDialog: "shortcuts", GuideDialog: "guide", AboutDialog: "about"}[dialog]
    assert window.help_actions[key] in window.menus["help"].actions()
    window.help_actions[key].trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), dialog))
    opened = QApplication.activeModalWidget()
    if isinstance(opened, ShortcutsDialog):
        texts = opened.shortcut_texts()
        opened.close()
        assert "Ctrl+1" in texts and "Ctrl+/" in texts
        assert "Ctrl+Q" in texts
        return
    if isinstance(opened, GuideDialog):
        assert "Keyboard" in opened.browser.toPlainText()
    else:
        assert small_db.display_name in opened.summary.text()
        assert "Bitstream" in opened.licence.toPlainText()
    opened.close()


def test_message_template_and_work_type_rate_rule(qtbot, small_db):
    window, mail = open_settings(qtbot, small_db, "mail")
    mail.language.setCurrentIndex(mail.language.findData("sv"))
    mail.kind.setCurrentIndex(mail.kind.findData("acknowledgement"))
    retype(qtbot, mail.subject, "[{ticket_number}] Vi har tagit emot ditt arende")
    mail.body.clear()
    click(qtbot, mail.template_button)
    assert mail.templates_card.error_text("body")
    assert mail.subject.text().startswith("[{ticket_number}]")
    qtbot.keyClicks(mail.body, "Hej {contact_name}!")
    click(qtbot, mail.template_button)
    assert mail.templates_card.error_text("body") == ""
    with read_only(small_db.sessions) as s:
        (row,) = messaging.templates(s, "acknowledgement", "sv")
        assert (row.name, row.body) == ("Standard", "Hej {contact_name}!")

    work = window.pages["settings"].show_section("work")
    click(qtbot, work.type_new_button)
    qtbot.keyClicks(work.type_code, "project")
    qtbot.keyClicks(work.type_name, "Project work")
    qtbot.keyClicks(work.type_rate, "12.345")
    click(qtbot, work.type_save_button)
    assert "decimals" in work.types_card.error_text("rate")
    assert work.type_code.text() == "project"
    retype(qtbot, work.type_rate, "1250")
    click(qtbot, work.type_save_button)
    assert work.types_card.error_text("rate") == ""
    names = [work.types_table.item(r, 0).text() for r in range(work.types_table.rowCount())]
    assert "project" in names
    work.rule_type.setCurrentIndex(work.rule_type.findText("Project work"))
    qtbot.keyClicks(work.rule_rate, "1400")
    click(qtbot, work.rule_add_button)
    assert work.rules_table.rowCount() == 1
    assert work.rules_table.item(0, 0).text() == "Project work"
    work.rules_table.selectRow(0)
    click(qtbot, work.rule_end_button)
    assert work.rules_table.item(0, 4).text() != "—"


def test_iban_hint_promises_the_qr_code_only_where_it_is_printed(qtbot, small_db):
    """documents/payqr.py draws the EPC code for EUR to a SEPA IBAN only: the
    hint under IBAN must not promise it on every invoice (a PLN one has none)."""
    _window, section = open_settings(qtbot, small_db, "company")
    iban = section.edits["iban"]
    hints = [
        label.text()
        for label in section.findChildren(QLabel)
        if "QR" in label.text() and label.isVisibleTo(section)
    ]
    assert len(hints) == 1, hints
    assert "EUR invoices get the EPC payment QR code" in hints[0]
    assert "CHF invoices to clients in Switzerland or Liechtenstein" in hints[0]
    assert iban.isVisibleTo(section)
