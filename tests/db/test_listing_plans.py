"""The big lists must never sort the whole table to show one page.

On two million time entries a plan that sorts takes 5–8 s, one that walks
an index takes 2 ms. SQLite picks plans by statistics, which can mislead it,
so the queries fix their join order; these tests read the plans SQLite
makes and fail if a page would need a full sort."""

from __future__ import annotations

import pytest
from sqlalchemy.dialects import sqlite

from desktop.app import open_database
from desktop.services.listing import TIME_ENTRIES, build_query


@pytest.fixture
def engine(tmp_path):
    db = open_database(str(tmp_path / "plans.db"))
    yield db.engine
    db.close()


def _plan(engine, sort_column, order):
    stmt = build_query(TIME_ENTRIES, sort_column, order).limit(200)
    sql = str(stmt.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
    with engine.connect() as conn:
        return [row[3] for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}")]


@pytest.mark.parametrize("order", ["asc", "desc"])
@pytest.mark.parametrize(
    ("column", "walks"),
    [
        ("started_at", "SCAN time_entries USING INDEX ix_time_entries_started_at"),
        ("client", "SCAN te_client USING COVERING INDEX ix_clients_archived_name"),
    ],
)
def test_time_entries_pages_walk_an_index_instead_of_sorting(engine, column, walks, order):
    plan = _plan(engine, TIME_ENTRIES.column_index(column), order)
    assert plan[0] == walks
    assert not any("TEMP B-TREE" in step for step in plan), plan
