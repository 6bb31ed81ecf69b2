"""Query-planner statistics for SQLite.

The list queries fix their own join order (see services/queries/listing.py), so
they stay fast whatever the statistics say; the statistics help everything
else. ANALYZE reads every index: about 0.8 s on two million time entries,
so it runs only when a file has none yet (a new or just-migrated database);
after that `PRAGMA optimize` refreshes what has drifted, which costs
nothing when nothing has."""

from __future__ import annotations

from sqlalchemy import Engine


def refresh_statistics(engine: Engine, *, schema_changed: bool = False) -> None:
    if engine.dialect.name != "sqlite":
        return  # PostgreSQL's autovacuum keeps its own statistics
    with engine.begin() as conn:
        has_stats = conn.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'"
        ).scalar()
        conn.exec_driver_sql("ANALYZE" if schema_changed or not has_stats else "PRAGMA optimize")
