"""Editing a ticket when two users work on it (SQLite and PostgreSQL): the
second save of the edit form is refused and changes nothing; single-field
actions apply on top of what the other user saved."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, update

from desktop.db.session import read_only, unit_of_work
from desktop.models import SlaTarget, Ticket, TicketEvent
from desktop.services.common.record_rules import NotFound, ValidationError, VersionConflict
from desktop.services.helpdesk import ticket_editing, tickets
from desktop.services.helpdesk.ticket_editing import TicketEdit
from tests import factories

MON = dt.datetime(2026, 11, 30, 9, 0)


@pytest.fixture
def ticket_id(db) -> int:
    with unit_of_work(db.sessions) as s:
        factories.shop(s)
        client = factories.client(s, name="Acme AB")
        factories.site(s, client, name="Head office")
        for priority, resolution in (("normal", 1080), ("urgent", 240)):
            s.add(
                SlaTarget(
                    contract_id=None,
                    priority=priority,
                    first_response_minutes=60,
                    resolution_minutes=resolution,
                )
            )
        s.flush()
        ticket = tickets.create_ticket(
            s, tickets.TicketInput(client_id=client.id, title="Printer offline"), now=MON
        )
        return ticket.id


def load(db, ticket_id: int) -> tuple[TicketEdit, int]:
    with read_only(db.sessions) as s:
        return ticket_editing.load_ticket_edit(s, ticket_id)


def events(db, ticket_id: int) -> list[str]:
    with read_only(db.sessions) as s:
        return list(
            s.scalars(
                select(TicketEvent.body)
                .where(TicketEvent.ticket_id == ticket_id)
                .order_by(TicketEvent.id)
            )
        )


def test_an_edit_saves_and_puts_what_changed_on_the_timeline(db, ticket_id):
    _data, version = load(db, ticket_id)
    with read_only(db.sessions) as s:
        ((site_id, _name),) = ticket_editing.ticket_sites(s, s.get(Ticket, ticket_id).client_id)
        due_before = s.get(Ticket, ticket_id).resolution_due_at
    edited = TicketEdit(
        title=" Printer offline on floor 2 ",
        description="Paper jam?",
        priority="urgent",
        site_id=site_id,
    )
    with unit_of_work(db.sessions) as s:
        new_version = ticket_editing.update_ticket(s, ticket_id, edited, version, now=MON)
    assert new_version > version
    saved, stored_version = load(db, ticket_id)
    assert saved == TicketEdit("Printer offline on floor 2", "Paper jam?", "urgent", None, site_id)
    assert stored_version == new_version
    body = events(db, ticket_id)[-1]
    assert body.startswith("Edited")
    assert "Title: Printer offline → Printer offline on floor 2" in body
    assert "Priority normal → urgent" in body and "Site: — → Head office" in body
    with read_only(db.sessions) as s:
        assert s.get(Ticket, ticket_id).resolution_due_at < due_before  # urgent: sooner
    # Saving the same values again changes nothing and records nothing.
    with unit_of_work(db.sessions) as s:
        again = ticket_editing.update_ticket(s, ticket_id, saved, new_version, now=MON)
    assert again == new_version and len(events(db, ticket_id)) == 2


def test_the_second_save_is_refused_and_changes_nothing(db, ticket_id):
    _mine, seen = load(db, ticket_id)  # user A opens the form
    theirs, _ = load(db, ticket_id)  # user B opens it too, and saves first
    with unit_of_work(db.sessions) as s:
        ticket_editing.update_ticket(
            s, ticket_id, TicketEdit("Printer jammed", theirs.description), seen
        )
    before = events(db, ticket_id)
    with pytest.raises(VersionConflict), unit_of_work(db.sessions) as s:
        ticket_editing.update_ticket(
            s, ticket_id, TicketEdit("Printer broken", "A's text", "high"), seen
        )
    stored, version = load(db, ticket_id)
    assert (stored.title, stored.description, stored.priority) == ("Printer jammed", "", "normal")
    assert version > seen and events(db, ticket_id) == before


def test_a_save_racing_another_is_refused_at_the_write(db, ticket_id):
    """The version matched when read, but another save landed before the
    UPDATE: the database refuses it (WHERE version = seen) and nothing is
    kept. Simulated by bumping the row's version behind the ORM's back."""
    _data, seen = load(db, ticket_id)
    with pytest.raises(VersionConflict), unit_of_work(db.sessions) as s:
        s.get(Ticket, ticket_id)
        s.execute(
            update(Ticket).where(Ticket.id == ticket_id).values(version=Ticket.version + 1),
            execution_options={"synchronize_session": False},
        )
        ticket_editing.update_ticket(s, ticket_id, TicketEdit("Raced"), seen)
    assert load(db, ticket_id) == (TicketEdit("Printer offline"), seen)


def test_a_status_change_from_another_user_makes_the_open_form_stale(db, ticket_id):
    _data, seen = load(db, ticket_id)
    with unit_of_work(db.sessions) as s:  # another user: a quick action
        tickets.set_status(s, s.get(Ticket, ticket_id), "waiting_customer", who=None, now=MON)
    with pytest.raises(VersionConflict), unit_of_work(db.sessions) as s:
        ticket_editing.update_ticket(s, ticket_id, TicketEdit("Renamed"), seen)
    with read_only(db.sessions) as s:
        assert s.get(Ticket, ticket_id).status == "waiting_customer"


def test_quick_actions_apply_on_top_of_an_edit(db, ticket_id):
    """Status, priority and assignment read the ticket as it is now: what
    the other user edited stays, and the action is applied too."""
    _data, seen = load(db, ticket_id)
    with unit_of_work(db.sessions) as s:
        ticket_editing.update_ticket(s, ticket_id, TicketEdit("Renamed", "Details"), seen)
    with unit_of_work(db.sessions) as s:
        anna = factories.technician(s, name="Anna")
        ticket = tickets.get_ticket(s, ticket_id)
        tickets.change_priority(s, ticket, "urgent", who=None, now=MON)
        tickets.assign(s, ticket, anna.id, who=None, now=MON)
    with read_only(db.sessions) as s:
        ticket = s.get(Ticket, ticket_id)
        assert (ticket.title, ticket.description) == ("Renamed", "Details")
        assert (ticket.priority, ticket.status) == ("urgent", "open")


def test_a_quick_action_racing_another_save_is_refused(db, ticket_id):
    with pytest.raises(VersionConflict), unit_of_work(db.sessions) as s:
        ticket = s.get(Ticket, ticket_id)
        s.execute(
            update(Ticket).where(Ticket.id == ticket_id).values(version=Ticket.version + 1),
            execution_options={"synchronize_session": False},
        )
        tickets.set_status(s, ticket, "open", who=None, now=MON)
    with read_only(db.sessions) as s:
        assert s.get(Ticket, ticket_id).status == "new"


def test_bad_input_and_missing_tickets(db, ticket_id):
    _data, seen = load(db, ticket_id)
    with unit_of_work(db.sessions) as s:
        other = factories.client(s, name="Bravo Oy")
        foreign_site = factories.site(s, other).id
    with pytest.raises(ValidationError) as caught, unit_of_work(db.sessions) as s:
        ticket_editing.update_ticket(
            s, ticket_id, TicketEdit(" ", priority="asap", site_id=foreign_site), seen
        )
    assert set(caught.value.errors) == {"title", "priority", "site_id"}
    with pytest.raises(NotFound), unit_of_work(db.sessions) as s:
        ticket_editing.update_ticket(s, ticket_id + 99, TicketEdit("x"), seen)
    with pytest.raises(NotFound), read_only(db.sessions) as s:
        ticket_editing.load_ticket_edit(s, ticket_id + 99)
