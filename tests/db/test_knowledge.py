"""Knowledge base and ticket search on SQLite (FTS5) and PostgreSQL (ILIKE):
non-ASCII words in any case, prefixes, and tickets solved per article."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import delete, select

from desktop.app import open_database
from desktop.db.session import read_only, unit_of_work
from desktop.models import KnowledgeArticle, Ticket, TicketEvent
from desktop.services.helpdesk import knowledge, search, tickets
from desktop.services.helpdesk.knowledge import ArticleInput
from desktop.services.records.clients import ValidationError
from tests import factories

ARTICLES = [
    ArticleInput(
        "Glömt lösenord i Outlook",
        symptoms="Användaren har glömt sitt LÖSENORD",
        fix="Återställ i portalen",
        tags="Outlook, M365, outlook",
    ),
    ArticleInput(
        "DRUKARKA nie drukuje",
        symptoms="Zadania stoją w kolejce",
        fix="Restart bufora wydruku",
        tags="drukarka",
    ),
    ArticleInput(
        "Ο ΕΚΤΥΠΩΤΗΣ δεν τυπώνει",
        symptoms="Ο εκτυπωτής δείχνει σφάλμα",
        workaround="Εκτύπωση σε PDF",
        tags="printer",
    ),
    ArticleInput(
        "VPN drops every hour",
        symptoms="Tunnel resets",
        cause="DHCP lease",
        fix="Raise the lease time",
        tags="vpn",
    ),
]


@pytest.fixture
def db(any_database_url):
    database = open_database(any_database_url)
    with unit_of_work(database.sessions) as s:
        factories.shop(s)
        for data in ARTICLES:
            knowledge.add_article(s, data)
    yield database
    database.close()


def titles(db, typed: str) -> list[str]:
    with read_only(db.sessions) as s:
        return [a.title for a in knowledge.search_articles(s, typed)]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("lösenord", "Glömt lösenord i Outlook"),
        ("LÖSENORD", "Glömt lösenord i Outlook"),
        ("drukarka", "DRUKARKA nie drukuje"),
        ("Drukark", "DRUKARKA nie drukuje"),  # a prefix is enough
        ("εκτυπωτής", "Ο ΕΚΤΥΠΩΤΗΣ δεν τυπώνει"),
        ("ΕΚΤΥΠΩΤΉΣ", "Ο ΕΚΤΥΠΩΤΗΣ δεν τυπώνει"),
        ("vpn lease", "VPN drops every hour"),  # words in different fields
    ],
)
def test_search_finds_words_in_any_case(db, typed, expected):
    assert titles(db, typed) == [expected]


def test_all_words_must_match_and_odd_input_is_harmless(db):
    assert titles(db, "vpn drukarka") == []
    assert titles(db, 'vpn" * (') == ["VPN drops every hour"]
    assert titles(db, "   ") != []  # nothing typed: most useful articles first


def test_articles_count_the_tickets_they_solved(db):
    with unit_of_work(db.sessions) as s:
        client = factories.client(s)
        vpn = s.scalar(select(KnowledgeArticle).where(KnowledgeArticle.tags == "vpn"))
        for n in range(3):
            t = tickets.create_ticket(
                s,
                tickets.TicketInput(client_id=client.id, title=f"VPN {n}"),
                now=dt.datetime(2026, 11, 30, 9 + n),
            )
            if n < 2:
                tickets.resolve(
                    s,
                    t,
                    "See the article",
                    who=None,
                    article_id=vpn.id,
                    now=dt.datetime(2026, 11, 30, 12),
                )
    with read_only(db.sessions) as s:
        found = knowledge.search_articles(s, "vpn")
        assert found[0].solved_tickets == 2
        assert found[0].tags == ("vpn",)
        assert knowledge.search_articles(s, "")[0].title == "VPN drops every hour"


def test_tags_are_normalised_and_empty_articles_refused(db):
    with read_only(db.sessions) as s:
        outlook = knowledge.search_articles(s, "outlook")[0]
    assert outlook.tags == ("outlook", "m365")
    with unit_of_work(db.sessions) as s, pytest.raises(ValidationError):
        knowledge.add_article(s, ArticleInput("Only a title"))


def test_ticket_search_follows_edits(db):
    with unit_of_work(db.sessions) as s:
        client = factories.client(s)
        t = tickets.create_ticket(
            s,
            tickets.TicketInput(
                client_id=client.id, title="Skrivaren är trasig", description="Drukarka w biurze"
            ),
            now=dt.datetime(2026, 11, 30, 9),
        )
        ticket_id, number = t.id, t.number

    def found(typed):
        with read_only(db.sessions) as s:
            return list(s.scalars(select(Ticket.id).where(search.ticket_match(s, typed))))

    assert found("SKRIVAREN") == found("drukarka") == found(number) == [ticket_id]
    with unit_of_work(db.sessions) as s:
        s.get(Ticket, ticket_id).title = "Skärmen flimrar"
    assert found("skrivaren") == [] and found("skärmen") == [ticket_id]
    with unit_of_work(db.sessions) as s:
        s.execute(delete(TicketEvent).where(TicketEvent.ticket_id == ticket_id))
        s.delete(s.get(Ticket, ticket_id))
    assert found("skärmen") == []
