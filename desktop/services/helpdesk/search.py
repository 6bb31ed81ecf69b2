"""Full-text search over tickets and knowledge-base articles.

SQLite: the FTS5 indexes of migration 0003 (unicode61, diacritics removed),
every word a prefix ("drukar" finds "drukarka"), all words required.
PostgreSQL: every word must appear (ILIKE) in one of the columns; ILIKE folds
case in every script there.

Greek needs one more step on both: a word ends in "ς" in lower case but in
"Σ" (folded to "σ") in capitals, so both spellings of a final sigma are
tried; on PostgreSQL Greek accents (tonos) are dropped on both sides too."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, and_, false, func, or_, select, text
from sqlalchemy.orm import Session

from desktop.models import KnowledgeArticle, Ticket
from desktop.services.queries.text_match import escape_like
from desktop.services.queries.text_match import (
    fts_query as fts_query,  # re-exported (knowledge.py uses words)
)
from desktop.services.queries.text_match import words as words

_GREEK_FROM = "άέήίόύώϊϋΐΰς"
_GREEK_TO = "αεηιουωιυιυσ"


def _fold(expr: Any) -> Any:
    return func.translate(func.lower(expr), _GREEK_FROM, _GREEK_TO)


def _fold_text(word: str) -> str:
    return word.lower().translate(str.maketrans(_GREEK_FROM, _GREEK_TO))


def _ilike_all(columns: tuple[Any, ...], typed: str) -> ColumnElement[bool]:
    conditions = []
    for word in words(typed):
        pattern = f"%{escape_like(_fold_text(word))}%"
        conditions.append(or_(*(_fold(c).like(pattern, escape="\\") for c in columns)))
    return and_(*conditions) if conditions else false()


def _is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def ticket_match(session: Session, typed: str) -> ColumnElement[bool]:
    """A WHERE condition: tickets whose number, title or description hold
    every typed word."""
    if _is_sqlite(session):
        query = fts_query(typed)
        if query is None:
            return false()
        matching = (
            select(text("rowid"))
            .select_from(text("tickets_fts"))
            .where(text("tickets_fts MATCH :tickets_q").bindparams(tickets_q=query))
        )
        return Ticket.id.in_(matching)
    return _ilike_all((Ticket.number, Ticket.title, Ticket.description), typed)


ARTICLE_COLUMNS = (
    KnowledgeArticle.title,
    KnowledgeArticle.symptoms,
    KnowledgeArticle.cause,
    KnowledgeArticle.workaround,
    KnowledgeArticle.fix,
    KnowledgeArticle.tags,
)


def article_ids(session: Session, typed: str, limit: int = 50) -> list[int]:
    """Ids of matching articles, best first (bm25 on SQLite, title matches
    first on PostgreSQL)."""
    if _is_sqlite(session):
        query = fts_query(typed)
        if query is None:
            return []
        rows = session.execute(
            text(
                "SELECT rowid FROM knowledge_fts WHERE knowledge_fts MATCH :q "
                "ORDER BY bm25(knowledge_fts, 10.0, 5.0, 2.0, 1.0, 1.0, 3.0), rowid LIMIT :n"
            ),
            {"q": query, "n": limit},
        )
        return [row[0] for row in rows]
    in_title = _ilike_all((KnowledgeArticle.title,), typed)
    stmt = (
        select(KnowledgeArticle.id)
        .where(_ilike_all(ARTICLE_COLUMNS, typed))
        .order_by(in_title.desc(), KnowledgeArticle.id)
        .limit(limit)
    )
    return list(session.scalars(stmt))
