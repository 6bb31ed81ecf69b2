"""The knowledge base (tier 0): known errors and how-tos with symptoms,
cause, workaround and fix; full-text search; how many tickets each solved."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import KnowledgeArticle, Ticket, TicketEvent
from desktop.services.common.record_rules import check_texts
from desktop.services.helpdesk import search
from desktop.services.records.clients import ValidationError


@dataclass
class ArticleInput:
    title: str
    symptoms: str = ""
    cause: str = ""
    workaround: str = ""
    fix: str = ""
    tags: str = ""
    published: bool = True
    # None keeps what is stored (an edit that does not show the field).
    for_clients: bool | None = None
    internal_notes: str | None = None


@dataclass(frozen=True)
class ArticleSummary:
    id: int
    title: str
    symptoms: str
    cause: str
    workaround: str
    fix: str
    tags: tuple[str, ...]
    solved_tickets: int
    for_clients: bool = False
    internal_notes: str = ""


def normalise_tags(text: str) -> str:
    """'VPN, Printer ,vpn' → 'vpn,printer': lower case, no repeats."""
    seen: list[str] = []
    for tag in text.split(","):
        tag = tag.strip().lower()
        if tag and tag not in seen:
            seen.append(tag)
    return ",".join(seen)


def _check(data: ArticleInput) -> None:
    errors = {}
    if not data.title.strip():
        errors["title"] = "Give the article a title."
    if not (data.symptoms.strip() or data.fix.strip() or data.workaround.strip()):
        errors["symptoms"] = "Describe at least the symptoms, a workaround or the fix."
    check_texts(errors, data, multiline=("symptoms", "cause", "workaround", "fix"))
    if errors:
        raise ValidationError(errors)


def add_article(session: Session, data: ArticleInput) -> KnowledgeArticle:
    _check(data)
    article = KnowledgeArticle(
        title=data.title.strip(),
        symptoms=data.symptoms.strip(),
        cause=data.cause.strip(),
        workaround=data.workaround.strip(),
        fix=data.fix.strip(),
        tags=normalise_tags(data.tags),
        published=data.published,
        for_clients=bool(data.for_clients),
        internal_notes=(data.internal_notes or "").strip(),
    )
    session.add(article)
    session.flush()
    return article


def update_article(session: Session, article_id: int, data: ArticleInput) -> KnowledgeArticle:
    _check(data)
    article = session.get(KnowledgeArticle, article_id)
    if article is None:
        raise ValidationError({"article": "There is no such article."})
    article.title, article.symptoms, article.cause = (
        data.title.strip(),
        data.symptoms.strip(),
        data.cause.strip(),
    )
    article.workaround, article.fix = data.workaround.strip(), data.fix.strip()
    article.tags, article.published = normalise_tags(data.tags), data.published
    if data.for_clients is not None:
        article.for_clients = data.for_clients
    if data.internal_notes is not None:
        article.internal_notes = data.internal_notes.strip()
    session.flush()
    return article


def set_for_clients(session: Session, article_id: int, shared: bool) -> KnowledgeArticle:
    """Put an article on the client help site, or take it off."""
    article = session.get(KnowledgeArticle, article_id)
    if article is None:
        raise ValidationError({"article": "There is no such article."})
    article.for_clients = shared
    session.flush()
    return article


def _summaries(session: Session, ids: list[int] | None, limit: int) -> list[ArticleSummary]:
    solved = (
        select(Ticket.solved_by_article_id.label("aid"), func.count(Ticket.id).label("n"))
        .where(Ticket.solved_by_article_id.is_not(None))
        .group_by(Ticket.solved_by_article_id)
        .subquery()
    )
    stmt = select(KnowledgeArticle, func.coalesce(solved.c.n, 0)).outerjoin(
        solved, solved.c.aid == KnowledgeArticle.id
    )
    if ids is not None:
        stmt = stmt.where(KnowledgeArticle.id.in_(ids))
    else:
        stmt = stmt.order_by(
            func.coalesce(solved.c.n, 0).desc(), KnowledgeArticle.title, KnowledgeArticle.id
        ).limit(limit)
    rows = {
        a.id: ArticleSummary(
            a.id,
            a.title,
            a.symptoms,
            a.cause,
            a.workaround,
            a.fix,
            tuple(t for t in a.tags.split(",") if t),
            int(n),
            a.for_clients,
            a.internal_notes,
        )
        for a, n in session.execute(stmt)
    }
    order = ids if ids is not None else list(rows)
    return [rows[i] for i in order if i in rows]


def search_articles(session: Session, text: str, limit: int = 50) -> list[ArticleSummary]:
    """Articles matching every word typed, best first; with nothing typed,
    the articles that solved most tickets."""
    if not search.words(text):
        return _summaries(session, None, limit)
    return _summaries(session, search.article_ids(session, text, limit), limit)


def article(session: Session, article_id: int) -> ArticleSummary:
    found = _summaries(session, [article_id], 1)
    if not found:
        raise ValidationError({"article": "There is no such article."})
    return found[0]


def link_article(
    session: Session,
    ticket: Ticket,
    article_id: int | None,
    *,
    who: int | None,
    now: dt.datetime | None = None,
) -> None:
    """Record (or clear) the knowledge-base article that solved the ticket."""
    article = session.get(KnowledgeArticle, article_id) if article_id is not None else None
    if article_id is not None and article is None:
        raise ValidationError({"article": "There is no such article."})
    ticket.solved_by_article_id = article_id
    text = f"Solved by article {article.id}: {article.title}" if article else "Article unlinked"
    session.add(
        TicketEvent(
            ticket_id=ticket.id,
            at=(now or dt.datetime.now()).replace(microsecond=0),
            technician_id=who,
            kind="internal_note",
            body=text,
        )
    )
    session.flush()
