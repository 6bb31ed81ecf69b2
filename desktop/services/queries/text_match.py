"""Turning what was typed in a search box into SQL: LIKE patterns, FTS5
MATCH expressions, and the time list's indexed search.

The time list searches two million entries for the typed text (LIKE: in
the description, client or technician name, or ticket number). LIKE over
every row costs 7 s when nothing matches. On SQLite the descriptions have an
FTS5 word index (migration 0005), so candidates are found through indexes:
description words in `time_entries_fts`, ticket-number words in
`tickets_fts`, client and technician names in their small tables. Every row
shown still holds the typed text (LIKE is checked on each): the indexes only
narrow down where to look. How the page is read depends on how many match:

- few (under FEW_ROWS): their ids are read first (each part through its
  own index, UNION ALL), then exactly those rows are fetched and sorted;
- many: walk the list in sort order, as without a search, checking each row
  (LIKE on the description, the small client/technician/ticket id sets);
  the first page fills after a few hundred rows. Materialising the
  description matches instead (174,000 ids for "backup") cost 100-300 ms.

The one difference from plain LIKE: with few matches, text that starts
inside a word of the description is not found ("ckup" does not find
"backup"; "back", "backup", "Backups" do), because the word index is the
way in. With many matches, or in names, it is found anywhere.
On PostgreSQL the list keeps its plain ILIKE filter (no FTS index there).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    Select,
    and_,
    false,
    func,
    or_,
    select,
    text,
    union_all,
)
from sqlalchemy.orm import InstrumentedAttribute, Session

from desktop.models import Client, Technician, Ticket, TimeEntry

_WORD = re.compile(r"\w+", re.UNICODE)

# Below this many matching entries the matches are fetched by id and
# sorted; above it the list walks its sort index. Both cost about one table
# row read per row touched: the few path touches every match, the walk about
# 200 x total / matches rows, so the worst case of both meets near
# sqrt(200 x total) = 20,000 for two million entries.
FEW_ROWS = 20_000


def escape_like(text_: str) -> str:
    """`text_` with LIKE wildcards escaped by a backslash."""
    return text_.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def words(text_: str) -> list[str]:
    """The words of what was typed, lower case, at most ten."""
    return [w.lower() for w in _WORD.findall(text_)][:10]


def fts_query(text_: str) -> str | None:
    """An FTS5 MATCH expression: each word a quoted prefix, all required."""
    terms = []
    for word in words(text_):
        variants = {word}
        if word[-1] in "ςσ":
            variants |= {word[:-1] + "ς", word[:-1] + "σ"}
        quoted = [f'"{v}"*' for v in sorted(variants)]
        terms.append(quoted[0] if len(quoted) == 1 else f"({' OR '.join(quoted)})")
    return " ".join(terms) or None


@dataclass(frozen=True)
class Match:
    """What the search box matched, as a WHERE condition. `few` says that
    few rows match: fetch them through the condition's indexes and sort
    them, instead of walking the whole list in sort order looking for them."""

    where: ColumnElement[bool]
    few: bool


def _fts_rowids(table: str, query: str, param: str, columns: str = "") -> Select[Any]:
    """SELECT rowid FROM table WHERE table MATCH query (in `columns` only)."""
    expression = f"{columns} : ({query})" if columns else query
    return (
        select(text("rowid"))
        .select_from(text(table))
        .where(text(f"{table} MATCH :{param}").bindparams(**{param: expression}))
    )


class TimeEntrySearch:
    """What `typed` matches in the time list, as the two conditions above."""

    def __init__(self, typed: str) -> None:
        self.pattern = f"%{escape_like(typed)}%"
        # (column of the time entry, the subquery of ids it must be in)
        self.parts: list[tuple[InstrumentedAttribute[Any], Select[Any]]] = [
            (TimeEntry.client_id, select(Client.id).where(self._like(Client.name))),
            (TimeEntry.technician_id, select(Technician.id).where(self._like(Technician.name))),
        ]
        query = fts_query(typed)
        if query is not None:
            # Candidates from the word indexes; the text itself must still
            # appear (LIKE), so "100%" does not find "100" and every row shown
            # holds what was typed.
            self.parts.append((TimeEntry.id, _fts_rowids("time_entries_fts", query, "te_words")))
            tickets = _fts_rowids("tickets_fts", query, "te_tickets", "number")
            self.parts.append(
                (
                    TimeEntry.ticket_id,
                    select(Ticket.id).where(Ticket.id.in_(tickets), self._like(Ticket.number)),
                )
            )

    def _like(self, column: InstrumentedAttribute[str]) -> ColumnElement[bool]:
        return column.ilike(self.pattern, escape="\\")

    def ids(self) -> CompoundSelect[Any]:
        """Ids of the matching entries (an id may repeat). Each part reads
        only its own index; an OR of them would make SQLite scan the table."""
        return union_all(
            *(
                ids if column is TimeEntry.id else select(TimeEntry.id).where(column.in_(ids))
                for column, ids in self.parts
            )
        )

    def _check(self) -> ColumnElement[bool]:
        """Row by row: the text in the description, or the client, technician
        or ticket in their (small) id sets; "+ 0" keeps SQLite from using the
        id columns' indexes (the rows come from elsewhere)."""
        conditions: list[ColumnElement[bool]] = [
            (c + 0).in_(ids) for c, ids in self.parts if c is not TimeEntry.id
        ]
        conditions.append(self._like(TimeEntry.description))
        return or_(*conditions)

    def few(self) -> Match:
        """The matching ids first, then each of those rows checked."""
        return Match(and_(TimeEntry.id.in_(self.ids()), self._check()), few=True)

    def many(self) -> Match:
        """The rows in sort order from the sort index, each checked."""
        return Match(self._check(), few=False)


def time_entry_match(session: Session, typed: str) -> Match | None:
    """The time list's search on SQLite (None elsewhere: use ILIKE)."""
    if session.get_bind().dialect.name != "sqlite":
        return None
    search = TimeEntrySearch(typed)
    # An id found twice counts twice, which only errs towards the walk.
    counted = session.scalar(
        select(func.count()).select_from(search.ids().limit(FEW_ROWS).subquery())
    )
    if not counted:
        return Match(false(), few=True)
    return search.few() if counted < FEW_ROWS else search.many()
