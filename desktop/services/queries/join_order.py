"""Joins whose order SQLite must keep, and conditions SQLite must know to
be rare: the lists use them so that a page is read by walking an index in
sort order and stops after one page, or reads the few rows a filter keeps
and sorts only those."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, inspect
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.sql.selectable import Join
from sqlalchemy.types import NullType


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


# The share of rows SQLite is told a rare (common) condition keeps.
RARE_SHARE = 0.01
COMMON_SHARE = 0.99


class rare(FunctionElement[bool]):  # noqa: N801 - used like a SQL function
    """`condition`, which the caller knows keeps few rows, whatever the
    statistics say: likelihood(condition, 0.01) on SQLite, the bare
    condition elsewhere.

    sqlite_stat1 holds one average per index prefix: the open tickets are a
    few hundred of 200,000, but ix_tickets_status_opened reads as "40,000
    per status", so SQLite walked every ticket in client order rather than
    read the open ones and sort them (0.3-0.7 s). likelihood() replaces that
    estimate for the index the condition drives. PostgreSQL keeps per-value
    statistics and needs no hint. Wrap a single indexable term (an IN or an
    equality), not an AND or OR of several: SQLite then cannot split it."""

    # Not Boolean: SQLAlchemy would write `likelihood(…) = 1` on SQLite,
    # which hides the condition from the planner.
    type = NullType()  # type: ignore[assignment]
    inherit_cache = True
    name = "likelihood"
    share = RARE_SHARE

    def __init__(self, condition: ColumnElement[bool]) -> None:
        super().__init__(condition)


class common(rare):  # noqa: N801
    """`condition`, which may keep nearly every row: likelihood(condition,
    0.99) on SQLite, so an index it could drive looks as costly as reading
    the table and a partial index that implies it wins."""

    inherit_cache = True
    share = COMMON_SHARE


@compiles(rare, "sqlite")
def _rare_sqlite(element: rare, compiler: Any, **kw: Any) -> str:
    (condition,) = element.clauses.clauses
    return f"likelihood({compiler.process(condition, **kw)}, {element.share})"


@compiles(rare)
def _rare_default(element: rare, compiler: Any, **kw: Any) -> str:
    (condition,) = element.clauses.clauses
    return str(compiler.process(condition, **kw))
