"""The supply period of a grouped invoice runs over all the work it bills,
not only the first date of each merged line (issue 21, class 6)."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.db.session import unit_of_work
from desktop.models import Ticket
from desktop.services.billing.invoices import draft_invoice
from tests import factories

T = dt.datetime
D = dt.date
MARCH = dict(period_from=D(2026, 3, 1), period_to=D(2026, 3, 31))


@pytest.mark.parametrize("grouping", ["ticket", "work_type", "detail"])
def test_supply_period_spans_first_to_last_work_date(db, grouping):
    with unit_of_work(db.sessions) as s:
        setup = factories.billing_shop(s)
        client = factories.client(s)
        ticket = Ticket(
            number="T2026-00001", title="Printer", client_id=client.id, opened_at=T(2026, 3, 2)
        )
        s.add(ticket)
        s.flush()
        factories.time_entry(s, setup, client, T(2026, 3, 3, 9), 30, ticket_id=ticket.id)
        factories.time_entry(s, setup, client, T(2026, 3, 17, 9), 30, ticket_id=ticket.id)
        invoice = draft_invoice(s, client.id, grouping=grouping, **MARCH)
        s.refresh(invoice)
        if grouping != "detail":
            # Both entries share the ticket and the work type: one merged line.
            assert len(invoice.lines) == 1
        # The work was done on 3 and 17 March: the supply runs 3–17 March.
        assert (invoice.supply_from, invoice.supply_to) == (D(2026, 3, 3), D(2026, 3, 17))
