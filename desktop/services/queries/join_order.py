"""Joins whose order SQLite must keep: the lists use them so that a page is
read by walking an index in sort order and stops after one page."""

from __future__ import annotations

from typing import Any

from sqlalchemy import inspect
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.selectable import Join


class OuterFirstJoin(Join):
    """An inner join whose left side SQLite must scan first.

    SQLite's planner may reorder inner joins; without ANALYZE statistics it
    can pick a plan that sorts millions of rows where walking a small table
    in index order would stop after one page. SQLite documents CROSS JOIN
    as the way to fix the order; other databases get a plain JOIN."""

    inherit_cache = True


@compiles(OuterFirstJoin, "sqlite")
def _outer_first_join_sqlite(element: OuterFirstJoin, compiler: Any, **kw: Any) -> str:
    kw["asfrom"] = True
    return (
        f"{compiler.process(element.left, **kw)} CROSS JOIN "
        f"{compiler.process(element.right, **kw)} ON {compiler.process(element.onclause, **kw)}"
    )


@compiles(OuterFirstJoin)
def _outer_first_join_default(element: OuterFirstJoin, compiler: Any, **kw: Any) -> str:
    return compiler.visit_join(element, **kw)


def walk_in_order(first: Any, *joins: tuple[Any, Any]) -> Join:
    """FROM first CROSS JOIN a ON … CROSS JOIN b ON …: on SQLite the tables
    are visited in exactly this order, whatever the statistics say."""
    chain = inspect(first).selectable if not isinstance(first, Join) else first
    for target, onclause in joins:
        chain = OuterFirstJoin(chain, inspect(target).selectable, onclause)
    return chain
