"""A draft change kept as the user asked for it (services/billing/
pending_change.py), saved without Qt: each kind does what it says, a stale
one is refused without changing anything and goes through once re-applied
on top of the version now saved."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.db.session import read_only, unit_of_work
from desktop.models import Invoice, TimeEntry
from desktop.services.billing import draft_editing
from desktop.services.billing.invoices import InvoiceError, draft_invoice
from desktop.services.billing.pending_change import PendingChange
from desktop.services.common.record_rules import VersionConflict
from tests import factories

T = dt.datetime
D = dt.date
MARCH = dict(period_from=D(2026, 3, 1), period_to=D(2026, 3, 31))
NOON = T(2026, 4, 1, 12)


@pytest.fixture
def draft(db) -> tuple[int, int, int]:
    """One hour of remote work at 950.00 drafted: (invoice, line, entry)."""
    with unit_of_work(db.sessions) as s:
        setup = factories.billing_shop(s)
        client = factories.client(s)
        entry = factories.time_entry(s, setup, client, T(2026, 3, 2, 9), 60)
        invoice = draft_invoice(s, client.id, **MARCH)
        return invoice.id, invoice.lines[0].id, entry.id


def apply(db, change: PendingChange, invoice_id: int, version: int | None):
    with unit_of_work(db.sessions) as s:
        return change.apply(s, invoice_id, version, now=lambda: NOON)


def state(db, invoice_id: int):
    """(net, notes, [(description, quantity, unit price)], status) or None."""
    with read_only(db.sessions) as s:
        invoice = s.get(Invoice, invoice_id)
        if invoice is None:
            return None
        lines = sorted(invoice.lines, key=lambda line: line.position)
        return (
            invoice.net_minor,
            invoice.notes,
            [(ln.description, ln.quantity_milli, ln.unit_price_minor) for ln in lines],
            invoice.status,
        )


def test_each_kind_of_change_saves_what_it_says(db, draft):
    invoice_id, line_id, entry_id = draft
    assert state(db, invoice_id)[0] == 95000  # 1 h × 950.00

    selected = apply(
        db, PendingChange(kind="edit", line_id=line_id, quantity_milli=1500), invoice_id, None
    )
    assert selected == line_id
    assert state(db, invoice_id)[0] == 142500  # 1.5 h × 950.00

    cable = PendingChange(
        kind="add", description="Cable", quantity_milli=2000, unit="pc", unit_price_minor=9000
    )
    cable_id = apply(db, cable, invoice_id, None)
    assert cable_id != line_id
    assert state(db, invoice_id)[0] == 142500 + 2 * 9000

    discount = PendingChange(
        kind="discount",
        description="Loyalty",
        quantity_milli=1000,
        unit="pc",
        unit_price_minor=10000,
    )
    apply(db, discount, invoice_id, None)
    assert state(db, invoice_id)[0] == 142500 + 2 * 9000 - 10000  # a discount subtracts

    assert apply(db, PendingChange(kind="notes", notes="  Thanks  "), invoice_id, None) is None
    assert state(db, invoice_id)[1] == "Thanks"

    apply(db, PendingChange(kind="remove", line_id=line_id), invoice_id, None)
    assert state(db, invoice_id)[0] == 2 * 9000 - 10000
    with read_only(db.sessions) as s:
        assert s.get(TimeEntry, entry_id).invoice_line_id is None  # unbilled again

    number = apply(db, PendingChange(kind="issue", issue_date=D(2026, 3, 31)), invoice_id, None)
    assert number == "2026-00001"  # the series' pattern {YYYY}-{seq:05}, first number
    assert state(db, invoice_id)[3] != "draft"
    with pytest.raises(InvoiceError):
        apply(db, PendingChange(kind="notes", notes="late"), invoice_id, None)


def test_deleting_the_draft_leaves_its_work_unbilled(db, draft):
    invoice_id, _line_id, entry_id = draft
    assert apply(db, PendingChange(kind="delete"), invoice_id, None) is None
    assert state(db, invoice_id) is None
    with read_only(db.sessions) as s:
        assert s.get(TimeEntry, entry_id).invoice_line_id is None


def test_a_stale_change_is_refused_then_reapplied_on_theirs(db, draft):
    invoice_id, line_id, _entry_id = draft
    with read_only(db.sessions) as s:
        seen = draft_editing.draft_version(s, invoice_id)
    with unit_of_work(db.sessions) as s:  # someone else saves first
        draft_editing.update_line(s, line_id, description="Theirs", expected_version=seen)
    theirs = state(db, invoice_id)
    mine = PendingChange(kind="edit", line_id=line_id, position=1, quantity_milli=2000)
    with pytest.raises(VersionConflict):
        apply(db, mine, invoice_id, seen)
    assert state(db, invoice_id) == theirs  # nothing of theirs overwritten
    with read_only(db.sessions) as s:
        now_saved = draft_editing.draft_version(s, invoice_id)
    apply(db, mine, invoice_id, now_saved)
    # Their words stay, my quantity lands: 2 h × 950.00.
    assert state(db, invoice_id)[0] == 2 * 95000
    assert state(db, invoice_id)[2][0][0] == "Theirs"


def test_an_unknown_kind_is_refused_when_built():
    with pytest.raises(ValueError):
        PendingChange(kind="rename")
