"""Test set-up shared by every test.

Qt must never try to open a real display (without one the whole pytest
process aborts with no report), and no test may touch the user's real data,
settings or keyring."""

from __future__ import annotations

import os
import uuid

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring
import pytest
from keyring.backend import KeyringBackend
from sqlalchemy import create_engine, text

from tests.databases import build_migrated_template, copying_upgrade

PG_URL = os.environ.get(
    "TECHLEDGER_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


class MemoryKeyring(KeyringBackend):
    """A keyring that forgets everything when the test ends."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture(autouse=True)
def isolated_user_folders(tmp_path_factory, monkeypatch):
    """Point the data folder, HOME and XDG folders at a temporary place."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("TECHLEDGER_DATA_DIR", str(home / "data"))
    yield home


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory):
    """The migrated empty SQLite database, built once per test run."""
    return build_migrated_template(tmp_path_factory.mktemp("template"))


@pytest.fixture(autouse=True)
def copied_migrations(request, monkeypatch):
    """Open empty SQLite files by copying the template instead of migrating
    them again (see tests/databases.py); `real_migrations` tests opt out."""
    if request.node.get_closest_marker("real_migrations"):
        return
    import desktop.app

    template = request.getfixturevalue("migrated_template")
    monkeypatch.setattr(desktop.app, "upgrade_database", copying_upgrade(template))


@pytest.fixture(autouse=True)
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def postgres_url():
    """A fresh, empty schema of its own on the PostgreSQL server (so test runs
    never see or wipe each other's tables), or a skip that says why there is
    no server. The schema is dropped afterwards."""
    schema = f"tl_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL)
    try:
        with admin.begin() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    except Exception as exc:  # any driver or network error means "no server"
        admin.dispose()
        pytest.skip(f"no PostgreSQL server reachable at {PG_URL}: {exc.__class__.__name__}")
    separator = "&" if "?" in PG_URL else "?"
    yield f"{PG_URL}{separator}options=-csearch_path%3D{schema}"
    with admin.begin() as conn:
        conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def any_database_url(request, tmp_path) -> str:
    """Each db/services test that takes this runs on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'techledger.db'}"
    return request.getfixturevalue("postgres_url")
