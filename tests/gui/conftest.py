"""Fixtures for the window tests: a private QSettings folder and small or
demo-sized temporary databases."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from desktop.app import Database, open_database
from desktop.db.session import unit_of_work
from desktop.models import (
    Client,
    Contract,
    Invoice,
    InvoiceSeries,
    Shop,
    Technician,
    Ticket,
    TimeEntry,
    WorkType,
)
from tests.databases import copy_sqlite


def _have_demo() -> bool:
    try:
        from desktop.demo.build import build_demo_shop  # noqa: F401
    except ImportError:
        return False
    return True


HAVE_DEMO = _have_demo()


@pytest.fixture(autouse=True)
def private_qsettings(tmp_path_factory) -> Iterator[Path]:
    """QSettings write INI files into a temporary folder, never the user's."""
    folder = tmp_path_factory.mktemp("qsettings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
    yield folder


def seed_small_shop(db: Database) -> None:
    """A handful of rows with known values, for exact order/filter checks."""
    base = dt.datetime(2026, 11, 2, 8, 0)
    with unit_of_work(db.sessions) as s:
        s.add(
            Shop(
                legal_name="Nordic Fix AB",
                street="Storgatan 1",
                postcode="111 22",
                city="Stockholm",
                country="SE",
                vat_id="SE556677889901",
                iban="SE4550000000058398257466",
                default_currency="SEK",
                document_language="sv",
            )
        )
        techs = [Technician(name=n) for n in ("Anna Berg", "Olle Nilsson", "Zofia Kowal")]
        work = [
            WorkType(code="remote", name="Remote"),
            WorkType(code="onsite", name="On site", on_site=True),
        ]
        clients = [
            Client(
                name="Acme Oy", country="FI", currency="EUR", city="Helsinki", payment_terms_days=14
            ),
            Client(name="Bergström Bygg", country="SE", currency="SEK", city="Uppsala"),
            Client(
                name="Cafe Zorba", country="GR", currency="EUR", city="Athens", vat_id="EL123456789"
            ),
            Client(name="Dental Lund", country="SE", currency="SEK", city="Lund"),
            Client(name="Old Client", country="SE", currency="SEK", city="Malmö", archived=True),
        ]
        s.add_all([*techs, *work, *clients])
        s.flush()
        tickets = [
            Ticket(
                number=f"T2026-{i:05}",
                title=title,
                client_id=clients[i % 4].id,
                status=status,
                priority=prio,
                opened_at=base + dt.timedelta(hours=i),
            )
            for i, (title, status, prio) in enumerate(
                [
                    ("Printer offline", "open", "high"),
                    ("VPN drops", "new", "urgent"),
                    ("New laptop setup", "resolved", "low"),
                    ("Backup failed", "waiting_customer", "normal"),
                ]
            )
        ]
        s.add_all(tickets)
        s.flush()
        for i in range(450):
            start = base + dt.timedelta(hours=3 * i)
            s.add(
                TimeEntry(
                    technician_id=techs[i % 3].id,
                    client_id=clients[i % 4].id,
                    ticket_id=tickets[i % 4].id if i % 5 else None,
                    work_type_id=work[i % 2].id,
                    started_at=start,
                    ended_at=start + dt.timedelta(minutes=30 + i % 60),
                    raw_minutes=30 + i % 60,
                    billed_minutes=45 + (i % 60) // 15 * 15,
                    billable=i % 7 != 0,
                    description=f"Work item {i}" + (" löst" if i == 7 else ""),
                )
            )
        s.add(
            Contract(
                client_id=clients[0].id,
                name="Prepaid 20 h",
                kind="prepaid",
                starts_on=dt.date(2026, 1, 1),
                currency="EUR",
                price_minor=190000,
            )
        )
        series = InvoiceSeries(code="INV", name="Invoices")
        s.add(series)
        s.flush()
        s.add_all(
            [
                Invoice(
                    series_id=series.id,
                    client_id=clients[0].id,
                    currency="EUR",
                    status="issued",
                    seq=1,
                    number="2026-00001",
                    issue_date=dt.date(2026, 10, 1),
                    due_date=dt.date(2026, 10, 15),
                    net_minor=100000,
                    tax_minor=25500,
                    total_minor=125500,
                ),
                Invoice(series_id=series.id, client_id=clients[1].id, currency="SEK"),
            ]
        )


@pytest.fixture(scope="session")
def small_template(tmp_path_factory) -> Path:
    """The small shop built once per test run (copied per test)."""
    path = tmp_path_factory.mktemp("small") / "small.db"
    db = open_database(str(path))
    seed_small_shop(db)
    db.close()
    return path


@pytest.fixture
def small_db(small_template, tmp_path) -> Iterator[Database]:
    """A private copy of the small shop for one test."""
    target = tmp_path / "small.db"
    copy_sqlite(small_template, target)
    db = open_database(str(target))
    yield db
    db.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    """A demo-shop database built once per test run (copied per test)."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    db = open_database(str(path))
    if HAVE_DEMO:
        from desktop.demo.build import build_demo_shop

        build_demo_shop(db, seed=7, today=dt.date(2026, 11, 20))
    else:
        seed_small_shop(db)
    db.close()
    return path


@pytest.fixture
def demo_db(demo_template, tmp_path) -> Iterator[Database]:
    """A private copy of the demo shop for one test."""
    target = tmp_path / "x.db"
    copy_sqlite(demo_template, target)
    db = open_database(str(target))
    yield db
    db.close()
