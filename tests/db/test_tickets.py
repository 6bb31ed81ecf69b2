"""Tickets in a real database (SQLite and PostgreSQL): numbering, the
timeline, escalation with vendors, SLA pauses, the queue filters, the SLA
report and feedback."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desktop.app import open_database
from desktop.db.session import read_only, unit_of_work
from desktop.models import Counter, SlaTarget, Ticket, TicketEvent
from desktop.services.helpdesk import feedback, sla, ticket_queue, tickets
from desktop.services.helpdesk.ticket_details import log_ticket_time, ticket_detail
from desktop.services.helpdesk.tickets import TicketInput, VendorCase
from desktop.services.queries.listing import fetch_page
from desktop.services.records.clients import ValidationError
from tests import factories

MON = dt.datetime(2026, 11, 30, 9, 0)  # a Monday


@pytest.fixture
def db(any_database_url):
    database = open_database(any_database_url)
    with unit_of_work(database.sessions) as s:
        factories.shop(s)
        client = factories.client(s, name="Acme AB")
        factories.client(s, name="Bravo Oy", country="FI", currency="EUR")
        factories.technician(s, name="Anna")
        factories.technician(s, name="Bo")
        factories.work_type(s, code="remote", name="Remote")
        for priority, (response, resolution) in {
            "urgent": (30, 240),
            "high": (60, 540),
            "normal": (120, 1080),
            "low": (480, 2700),
        }.items():
            s.add(
                SlaTarget(
                    contract_id=None,
                    priority=priority,
                    first_response_minutes=response,
                    resolution_minutes=resolution,
                )
            )
        managed = factories.contract(
            s,
            client,
            kind="managed",
            billing_period="month",
            business_hours={str(d): [["00:00", "24:00"]] for d in range(1, 8)},
        )
        s.add(
            SlaTarget(
                contract_id=managed.id,
                priority="urgent",
                first_response_minutes=15,
                resolution_minutes=120,
            )
        )
    yield database
    database.close()


def ids(s, *names):
    from desktop.models import Client, Technician

    found = {c.name: c.id for c in s.scalars(select(Client))}
    found |= {t.name: t.id for t in s.scalars(select(Technician))}
    return [found[n] for n in names]


def new_ticket(s, client="Bravo Oy", priority="normal", at=MON, **kw):
    (client_id,) = ids(s, client)
    return tickets.create_ticket(
        s,
        TicketInput(client_id=client_id, title="Printer offline", priority=priority, **kw),
        now=at,
    )


def test_numbers_come_from_the_pattern_in_the_same_transaction(db):
    with unit_of_work(db.sessions) as s:
        first = new_ticket(s)
        second = new_ticket(s)
        assert (first.number, second.number) == ("T2026-00001", "T2026-00002")
    with pytest.raises(ValidationError), unit_of_work(db.sessions) as s:
        new_ticket(s)  # takes 00003 …
        raise ValidationError({"x": "rolled back"})
    with unit_of_work(db.sessions) as s:
        assert new_ticket(s).number == "T2026-00003"  # … and gives it back
        assert new_ticket(s, at=dt.datetime(2027, 1, 4, 9)).number == "T2027-00001"
        assert s.get(Counter, "ticket:2026").next_value == 4


def test_a_hand_typed_number_is_skipped(db):
    with unit_of_work(db.sessions) as s:
        (client_id,) = ids(s, "Acme AB")
        s.add(Ticket(number="T2026-00001", title="Imported", client_id=client_id, opened_at=MON))
        s.flush()
        assert new_ticket(s).number == "T2026-00002"


def test_due_times_per_priority_and_contract(db):
    with unit_of_work(db.sessions) as s:
        normal = new_ticket(s)  # shop default, office hours
        assert normal.first_response_due_at == MON.replace(hour=11)
        assert normal.resolution_due_at == dt.datetime(2026, 12, 2, 9, 0)
        assert normal.resolution_warn_at == dt.datetime(2026, 12, 1, 13, 30)
        friday = new_ticket(s, priority="urgent", at=dt.datetime(2026, 12, 4, 16, 50))
        assert friday.first_response_due_at == dt.datetime(2026, 12, 7, 8, 20)
        # The managed contract: 24/7 and its own urgent target…
        managed = new_ticket(
            s, client="Acme AB", priority="urgent", at=dt.datetime(2026, 12, 5, 22, 0)
        )
        assert managed.contract_id is not None
        assert managed.resolution_due_at == dt.datetime(2026, 12, 6, 0, 0)
        # …and the shop default for priorities it does not name.
        tickets.change_priority(s, managed, "low", who=None, now=dt.datetime(2026, 12, 5, 22))
        assert managed.first_response_due_at == dt.datetime(2026, 12, 6, 6, 0)


def test_waiting_for_the_customer_pauses_the_clock(db):
    with unit_of_work(db.sessions) as s:
        t = new_ticket(s)
        due = t.resolution_due_at
        tickets.set_status(s, t, "open", who=None, now=MON + dt.timedelta(minutes=30))
        tickets.set_status(
            s, t, "waiting_customer", who=None, reason="Need a screenshot", now=MON.replace(hour=10)
        )
        assert t.sla_paused_since == MON.replace(hour=10)
        state = sla.sla_state(s, t, MON + dt.timedelta(days=5))
        assert state.state == sla.PAUSED and state.remaining_minutes == 1080 - 60
        # Answered the next morning at 10: nine business hours paused.
        tickets.set_status(s, t, "open", who=None, now=dt.datetime(2026, 12, 1, 10, 0))
        assert t.sla_paused_minutes == 540 and t.sla_paused_since is None
        assert t.resolution_due_at == due + dt.timedelta(days=1)
        # A pause over the weekend adds only the business time.
        tickets.set_status(s, t, "waiting_customer", who=None, now=dt.datetime(2026, 12, 4, 16))
        tickets.set_status(s, t, "open", who=None, now=dt.datetime(2026, 12, 7, 9))
        assert t.sla_paused_minutes == 540 + 120


def test_escalation_history_and_vendor_case(db):
    with unit_of_work(db.sessions) as s:
        anna, bo = ids(s, "Anna", "Bo")
        t = new_ticket(s)
        tickets.assign(s, t, anna, who=anna, now=MON + dt.timedelta(minutes=5))
        assert t.status == "open" and t.first_response_at is not None
        tickets.escalate(s, t, 2, "Needs the server admin", who=anna, now=MON.replace(hour=10))
        tickets.escalate(s, t, 3, "Driver bug suspected", who=bo, now=MON.replace(hour=11))
        with pytest.raises(ValidationError) as error:
            tickets.escalate(s, t, 4, "HP must fix it", who=bo, vendor=VendorCase("HP", ""))
        assert "vendor" in error.value.errors
        tickets.escalate(
            s,
            t,
            4,
            "Firmware defect",
            who=bo,
            vendor=VendorCase("HP", "5001234567", dt.date(2026, 12, 10)),
            now=MON.replace(hour=12),
        )
        assert (t.status, t.vendor_name, t.vendor_case_ref) == (
            "waiting_vendor",
            "HP",
            "5001234567",
        )
        assert t.vendor_promised_on == dt.date(2026, 12, 10)
        tickets.escalate(
            s, t, 2, "Vendor shipped the firmware", who=anna, now=dt.datetime(2026, 12, 2, 9)
        )
        assert t.status == "open" and t.vendor_case_ref == "5001234567"
        ticket_id = t.id
    with read_only(db.sessions) as s:
        rows = s.execute(
            select(
                TicketEvent.from_tier,
                TicketEvent.to_tier,
                TicketEvent.technician_id,
                TicketEvent.body,
            )
            .where(TicketEvent.ticket_id == ticket_id, TicketEvent.kind == "escalation")
            .order_by(TicketEvent.at, TicketEvent.id)
        ).all()
        assert [(r[0], r[1]) for r in rows] == [(1, 2), (2, 3), (3, 4), (4, 2)]
        assert rows[1][2] == ids(s, "Bo")[0]
        assert "case 5001234567, promised 2026-12-10" in rows[2][3]
        detail = ticket_detail(s, ticket_id, now=dt.datetime(2026, 12, 2, 9, 30))
        kinds = [item.kind for item in detail.timeline]
        assert kinds.count("escalation") == 4 and kinds[0] == "status_change"
        assert "waiting_vendor" in [item.to_status for item in detail.timeline]


def test_notes_time_resolution_and_feedback(db):
    with unit_of_work(db.sessions) as s:
        (anna,) = ids(s, "Anna")
        t = new_ticket(s)
        tickets.add_note(
            s, t, "Checked the cable", public=False, who=anna, now=MON.replace(hour=9, minute=30)
        )
        assert t.first_response_at is None  # internal notes are not answers
        tickets.add_note(s, t, "We are on it", public=True, who=anna, now=MON.replace(hour=10))
        assert t.first_response_at == MON.replace(hour=10)
        from desktop.models import WorkType

        work = s.scalar(select(WorkType))
        log_ticket_time(
            s,
            t,
            technician_id=anna,
            work_type_id=work.id,
            started_at=MON.replace(hour=10),
            minutes=45,
            description="Driver",
        )
        with pytest.raises(tickets.TicketError):
            feedback.record_feedback(s, t, 5)
        tickets.resolve(s, t, "Reinstalled the driver", who=anna, now=MON.replace(hour=11))
        assert t.status == "resolved" and t.resolved_at == MON.replace(hour=11)
        with pytest.raises(ValidationError):
            feedback.record_feedback(s, t, 6)
        feedback.record_feedback(s, t, 4, "Quick, thanks", now=MON.replace(hour=12))
        ticket_id = t.id
    with read_only(db.sessions) as s:
        detail = ticket_detail(s, ticket_id, now=MON.replace(hour=13))
        assert detail.logged_minutes == 45 and detail.rating == 4
        assert detail.sla.state == sla.MET
        assert [i.kind for i in detail.timeline][-1] == "feedback"
        (tech,) = feedback.by_technician(s)
        assert (tech.name, tech.responses, tech.average) == ("Anna", 1, 4.0)
        (client,) = feedback.by_client(s)
        assert client.name == "Bravo Oy"


def test_queue_filters_and_the_sla_report(db):
    with unit_of_work(db.sessions) as s:
        anna, bravo = ids(s, "Anna", "Bravo Oy")
        fresh = new_ticket(s, at=MON.replace(hour=16))
        late = new_ticket(s, priority="urgent", at=MON)  # response due 09:30
        risky = new_ticket(s, priority="high", at=MON.replace(hour=14))  # response due 15:00
        waiting = new_ticket(s, at=MON)
        tickets.assign(s, waiting, anna, who=anna, now=MON)
        tickets.set_status(s, waiting, "waiting_customer", who=anna, now=MON)
        done = new_ticket(s, priority="urgent", at=MON)
        tickets.resolve(s, done, "Fixed", who=anna, now=MON.replace(hour=10))
        breached = new_ticket(s, priority="urgent", at=MON)
        tickets.resolve(s, breached, "Fixed late", who=anna, now=MON.replace(hour=16))
        numbers = {t.id: t.number for t in (fresh, late, risky, waiting, done, breached)}
    now = MON.replace(hour=14, minute=50)

    def listed(key, **kw):
        with read_only(db.sessions) as s:
            spec = ticket_queue.queue_spec(key, now, **kw)
            return {
                numbers[r.id]: r.values[spec.column_index("sla")]
                for r in fetch_page(s, spec, None, None, "", 0, 100)
            }

    attention = listed("attention")
    assert attention == {late.number: "overdue", risky.number: "at_risk"}
    assert set(listed("mine", me=anna)) == {waiting.number}
    assert listed("waiting_customer") == {waiting.number: "paused"}
    assert set(listed("unassigned")) == {fresh.number, late.number, risky.number}
    assert listed("resolved") == {done.number: "met", breached.number: "breached"}
    assert set(listed("tier", tier=1)) == {fresh.number, late.number, risky.number, waiting.number}
    with read_only(db.sessions) as s:
        (row,) = sla.sla_report(s, MON.date(), MON.date(), now, client_id=bravo)
    assert row.tickets == 6
    # Resolved late, and the urgent one nobody answered (past due, still open).
    assert (row.resolution_met, row.resolution_breached) == (1, 2)
    assert (row.response_met, row.response_breached) == (1, 3)
    assert row.open_in_time == 3
