"""What Alembic's model/database comparison should look at.

The full-text search indexes (SQLite FTS5 virtual tables and their shadow
tables) are made by migration 0003 with raw SQL and have no model; without
this filter autogenerate would propose dropping them."""

from __future__ import annotations

from desktop.models.tickets import is_search_index_table


def include_name(name: str | None, type_: str, _parent_names: object) -> bool:
    return not (type_ == "table" and is_search_index_table(name))
