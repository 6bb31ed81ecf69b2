"""Secrets live only in the OS keyring.

Every setting is filled in, the SMTP password is remembered (through the
service and through the Settings page), and then the password is looked for
everywhere else it could leak: every text column of every table, the raw
bytes of the database file and its WAL, every file under the user's home,
config and data folders (QSettings INI files included), and every log
record and line of output written meanwhile."""

from __future__ import annotations

import base64
import datetime as dt
import logging
import uuid
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from desktop.__main__ import main
from desktop.app import open_database
from desktop.db.session import unit_of_work
from desktop.services.common.settings_store import put_setting
from desktop.services.helpdesk import messaging
from desktop.services.shop.settings import (
    save_company_profile,
    save_default_sla_targets,
    save_rounding_defaults,
)
from desktop.services.shop.setup import (
    ShopInput,
    add_rate_rule,
    add_series,
    add_tax_rate,
    add_technician,
    add_work_type,
)

KEYRING_SERVICE = messaging.KEYRING_SERVICE


@pytest.fixture
def password() -> str:
    # Unique, with non-ASCII and SQL/INI-special characters, so a leak is
    # unmistakable wherever and however it is written.
    return f"Pä55=wörd;'{uuid.uuid4().hex}"


def forms(secret: str) -> list[bytes]:
    """The ways a careless program could write the secret down."""
    raw = secret.encode("utf-8")
    return [
        raw,
        secret.encode("utf-16-le"),
        base64.b64encode(raw),
        secret.encode("unicode_escape"),
        secret.split(";")[1].encode(),
    ]


def smtp() -> messaging.SmtpSettings:
    return messaging.SmtpSettings(
        host="mail.example.se",
        port=465,
        security="ssl",
        username="invoices@example.se",
        from_address="invoices@example.se",
    )


def fill_every_setting(db, secret: str) -> None:
    with unit_of_work(db.sessions) as s:
        save_company_profile(
            s,
            ShopInput(
                legal_name="Nordic Fix AB",
                country="SE",
                default_currency="SEK",
                street="Storgatan 1",
                postcode="111 22",
                city="Stockholm",
                vat_id="SE556677889901",
                registration="556677-8899",
                iban="SE4550000000058398257466",
                bic="ESSESESS",
                bank_name="SEB",
                email="info@example.se",
                phone="+46 8 123",
                website="example.se",
                document_language="sv",
            ),
            trading_name="Nordic Fix",
            accent_color="#1f5a96",
        )
        save_rounding_defaults(s, increment_min=15, mode="up", scope="visit", minimum_min=60)
        add_tax_rate(s, code="SE25", name="Moms 25 %", rate_bp=2500, category="S")
        add_series(s, code="INV", name="Invoices", pattern="{YYYY}-{seq:05}")
        add_work_type(s, code="remote", name="Remote", rate_minor=95000)
        add_technician(
            s, name="Anna Berg", email="anna@example.se", tier=2, level="senior", rate_minor=90000
        )
        add_rate_rule(s, rate_minor=95000, currency="SEK", effective_from=dt.date(2026, 1, 1))
        put_setting(s, "business_hours", {"1": [["08:00", "17:00"]], "2": [["08:00", "17:00"]]})
        put_setting(s, "default_tax_rate", "SE25")
        save_default_sla_targets(s, {"high": (60, 480)})
        messaging.save_template(
            s,
            "acknowledgement",
            "en",
            "Standard",
            "Ticket {ticket_number}",
            "We have your request {ticket_number}.",
        )
        messaging.save_smtp_settings(s, smtp())
    messaging.remember_smtp_password(smtp(), secret)


def assert_nowhere_in_database(db, secret: str) -> None:
    engine = db.engine
    with engine.connect() as conn:
        for table in inspect(engine).get_table_names():
            for row in conn.execute(text(f'SELECT * FROM "{table}"')):
                for value in row:
                    shown = value.decode("latin-1") if isinstance(value, bytes) else str(value)
                    assert secret not in shown, f"the password is stored in table {table}"


def assert_nowhere_in_files(folders: list[Path], secret: str) -> int:
    """Scan every file under `folders`; return how many were read."""
    count = 0
    for folder in folders:
        for path in folder.rglob("*") if folder.exists() else []:
            if path.is_file():
                count += 1
                data = path.read_bytes()
                for form in forms(secret):
                    assert form not in data, f"the password is written in {path}"
    return count


@pytest.mark.real_migrations  # the migration's own SQL is logged and searched too
def test_password_only_in_the_keyring_after_filling_every_setting(
    tmp_path, isolated_user_folders, memory_keyring, caplog, capsys, password
):
    caplog.set_level(logging.DEBUG)  # SQL statements and their parameters too
    path = tmp_path / "shop.db"
    db = open_database(str(path))
    try:
        fill_every_setting(db, password)
        with unit_of_work(db.sessions) as s:
            assert messaging.smtp_settings(s) == smtp()
        assert messaging.smtp_password(smtp()) == password
        assert_nowhere_in_database(db, password)
    finally:
        db.close()
    # The command line reads the same data; its output must not show it.
    assert main(["--db", str(path), "--json", "check"]) == 0
    assert main(["--db", str(path), "backup"]) == 0
    files = assert_nowhere_in_files([tmp_path, isolated_user_folders], password)
    assert files >= 2  # the database (with its WAL) and the backup were read
    assert password in memory_keyring.secrets.values()
    out = capsys.readouterr()
    logged = "\n".join(r.getMessage() + " " + repr(r.args) for r in caplog.records)
    assert len(caplog.records) > 10  # SQL logging was on
    for stream in (out.out, out.err, logged):
        assert password not in stream


def test_the_settings_page_keeps_the_password_out_of_files(
    qtbot, tmp_path, isolated_user_folders, memory_keyring, caplog, password
):
    from PySide6.QtCore import QSettings

    from desktop.views.main_window import MainWindow
    from desktop.views.settings.mail import MailSection

    settings_folder = tmp_path / "qsettings"
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(settings_folder))
    caplog.set_level(logging.DEBUG)
    db = open_database(str(tmp_path / "shop.db"))
    try:
        section = MailSection(db.sessions)
        qtbot.addWidget(section)
        section.host.setText("mail.example.se")
        section.username.setText("invoices@example.se")
        section.from_address.setText("invoices@example.se")
        section.password.setText(password)
        assert section.save_smtp()
        assert section.password.text() == ""
        window = MainWindow(db)
        qtbot.addWidget(window)
        window.save_state()  # geometry, splitter and page go to the INI file
        assert_nowhere_in_database(db, password)
    finally:
        db.close()
    assert list(settings_folder.rglob("*.ini")), "the window wrote no settings file"
    assert_nowhere_in_files([tmp_path, isolated_user_folders], password)
    assert memory_keyring.secrets == {
        (KEYRING_SERVICE, "invoices@example.se@mail.example.se:587"): password
    }
    assert all(password not in r.getMessage() for r in caplog.records)
