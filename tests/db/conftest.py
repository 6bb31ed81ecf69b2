"""A migrated database per test, on SQLite and on PostgreSQL."""

from __future__ import annotations

import pytest

from desktop.app import open_database


@pytest.fixture
def db(any_database_url):
    database = open_database(any_database_url)
    yield database
    database.close()
