"""Editing drafts: lines, discounts, notes; issued invoices refuse all of it;
two users changing the same draft: the second save is refused, loses nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import update

from desktop.db.session import read_only, unit_of_work
from desktop.models import Invoice, InvoiceLine
from desktop.services.billing import draft_editing
from desktop.services.billing.invoices import InvoiceError, draft_invoice, issue_invoice
from desktop.services.billing.month_end import run_month_end
from desktop.services.common.record_rules import VersionConflict
from desktop.services.prepaid import ledger as prepaid
from tests import factories

T = dt.datetime
D = dt.date
MARCH = dict(period_from=D(2026, 3, 1), period_to=D(2026, 3, 31))


def test_editing_lines_discounts_and_notes_of_a_draft(db):
    with unit_of_work(db.sessions) as s:
        setup = factories.billing_shop(s)
        client = factories.client(s)
        entry = factories.time_entry(s, setup, client, T(2026, 3, 2, 9), 60)
        invoice = draft_invoice(s, client.id, **MARCH)
        line = invoice.lines[0]
        draft_editing.update_line(s, line.id, description="Server patching", quantity_milli=1500)
        assert (line.net_minor, invoice.net_minor) == (142500, 142500)
        discount = draft_editing.add_line(
            s,
            invoice.id,
            description="Loyalty discount",
            quantity_milli=1000,
            unit="pc",
            unit_price_minor=10000,
            kind="discount",
        )
        assert discount.net_minor == -10000 and discount.vat_rate_bp == 2500
        # (1425.00 − 100.00) = 1325.00 net, 331.25 VAT
        assert (invoice.net_minor, invoice.tax_minor) == (132500, 33125)
        draft_editing.set_notes(s, invoice.id, "  Thank you!  ")
        assert invoice.notes == "Thank you!"
        draft_editing.remove_line(s, line.id, T(2026, 4, 1, 9))
        s.refresh(entry)
        assert entry.invoice_line_id is None
        assert invoice.net_minor == -10000
        with pytest.raises(InvoiceError, match="description"):
            draft_editing.update_line(s, discount.id, description=" ")


@pytest.fixture
def draft(db) -> tuple[int, int]:
    """A draft with one line of billed work: (invoice id, line id)."""
    with unit_of_work(db.sessions) as s:
        setup = factories.billing_shop(s)
        client = factories.client(s)
        factories.time_entry(s, setup, client, T(2026, 3, 2, 9), 60)
        invoice = draft_invoice(s, client.id, **MARCH)
        return invoice.id, invoice.lines[0].id


def version(db, invoice_id: int) -> int:
    with read_only(db.sessions) as s:
        return draft_editing.draft_version(s, invoice_id)


def snapshot(db, invoice_id: int) -> tuple:
    """What the draft says: notes, totals and each line's text and numbers."""
    with read_only(db.sessions) as s:
        invoice = s.get(Invoice, invoice_id)
        return (
            invoice.notes,
            invoice.net_minor,
            invoice.total_minor,
            tuple(
                (line.description, line.quantity_milli, line.unit_price_minor)
                for line in sorted(invoice.lines, key=lambda line: line.position)
            ),
        )


def edits(invoice_id: int, line_id: int, seen: int):
    """Each kind of draft change, as user A would make it with version `seen`."""
    return {
        "line text": lambda s: draft_editing.update_line(
            s, line_id, description="A's words", expected_version=seen
        ),
        "line numbers": lambda s: draft_editing.update_line(
            s, line_id, quantity_milli=3000, unit_price_minor=1, expected_version=seen
        ),
        "new line": lambda s: draft_editing.add_line(
            s,
            invoice_id,
            description="Cable",
            quantity_milli=1000,
            unit="pc",
            unit_price_minor=900,
            expected_version=seen,
        ),
        "removal": lambda s: draft_editing.remove_line(
            s, line_id, T(2026, 4, 1, 9), expected_version=seen
        ),
        "notes": lambda s: draft_editing.set_notes(s, invoice_id, "A's note", seen),
    }


@pytest.mark.parametrize("change", ["line text", "line numbers", "new line", "removal", "notes"])
def test_every_change_moves_the_drafts_version(db, draft, change):
    invoice_id, line_id = draft
    seen = version(db, invoice_id)
    before = snapshot(db, invoice_id)
    with unit_of_work(db.sessions) as s:
        edits(invoice_id, line_id, seen)[change](s)
    assert version(db, invoice_id) > seen
    assert snapshot(db, invoice_id) != before


@pytest.mark.parametrize("change", ["line text", "line numbers", "new line", "removal", "notes"])
def test_the_second_save_is_refused_and_changes_nothing(db, draft, change):
    """A and B open the draft; B changes only a line's text (the totals stay
    as they were) and saves first; A's change is refused, B's stays."""
    invoice_id, line_id = draft
    seen = version(db, invoice_id)  # user A opens the draft
    with unit_of_work(db.sessions) as s:  # user B saves first
        draft_editing.update_line(s, line_id, description="B's words", expected_version=seen)
    theirs = snapshot(db, invoice_id)
    with pytest.raises(VersionConflict), unit_of_work(db.sessions) as s:
        edits(invoice_id, line_id, seen)[change](s)
    assert snapshot(db, invoice_id) == theirs
    # Re-applied on top of the version now saved, A's change goes through.
    with unit_of_work(db.sessions) as s:
        edits(invoice_id, line_id, version(db, invoice_id))[change](s)
    assert snapshot(db, invoice_id) != theirs


def test_a_save_racing_another_is_refused_at_the_write(db, draft):
    """The version matched when read, but another save landed before the
    write: the database refuses it (WHERE version = seen) and nothing is
    kept. Simulated by bumping the version behind the ORM's back."""
    invoice_id, line_id = draft
    seen = version(db, invoice_id)
    before = snapshot(db, invoice_id)
    with pytest.raises(VersionConflict), unit_of_work(db.sessions) as s:
        s.get(Invoice, invoice_id)
        s.execute(
            update(Invoice).where(Invoice.id == invoice_id).values(version=Invoice.version + 1),
            execution_options={"synchronize_session": False},
        )
        draft_editing.update_line(s, line_id, description="Raced", expected_version=seen)
    assert snapshot(db, invoice_id) == before
    with read_only(db.sessions) as s:
        assert s.get(InvoiceLine, line_id).description != "Raced"


def test_issued_invoices_cannot_be_edited(db):
    with unit_of_work(db.sessions) as s:
        setup = factories.billing_shop(s)
        client = factories.client(s)
        factories.time_entry(s, setup, client, T(2026, 3, 2, 9), 60)
        invoice = issue_invoice(s, draft_invoice(s, client.id, **MARCH).id, D(2026, 3, 31))
        for attempt in (
            lambda: draft_editing.update_line(s, invoice.lines[0].id, quantity_milli=1),
            lambda: draft_editing.add_line(
                s, invoice.id, description="x", quantity_milli=1000, unit="pc", unit_price_minor=1
            ),
            lambda: draft_editing.remove_line(s, invoice.lines[0].id, T(2026, 4, 1)),
            lambda: draft_editing.set_notes(s, invoice.id, "changed"),
        ):
            with pytest.raises(InvoiceError, match="credit note"):
                attempt()


def test_month_end_forfeits_expired_blocks_and_raises_alerts(db):
    with unit_of_work(db.sessions) as s:
        setup = factories.billing_shop(s)
        client = factories.client(s)
        contract = factories.contract(s, client, "prepaid", alert_thresholds_bp=[8000])
        old = prepaid.top_up(
            s, contract.id, minutes=300, amount_minor=0, at=T(2025, 1, 1), expires_on=D(2026, 2, 28)
        )
        prepaid.top_up(s, contract.id, minutes=600, amount_minor=0, at=T(2026, 1, 1))
        factories.time_entry(s, setup, client, T(2026, 3, 2, 8), 540, contract_id=contract.id)
        contract_id, old_id = contract.id, old.id
    run_month_end(db.sessions, issue_date=D(2026, 3, 31), **MARCH)
    with unit_of_work(db.sessions) as s:
        state = prepaid.ledger_state(s, contract_id)
        expired = next(b for b in state.blocks if b.purchase_id == old_id)
        assert expired.remaining == 0
        # 900 bought, 300 forfeited, 540 worked: 60 left; 840 of 900 used ≥ 80 %.
        assert prepaid.balance(s, contract_id) == 60
        assert prepaid.raise_alerts(s, contract_id, T(2026, 4, 1)) == []  # already raised
        from desktop.models import PrepaidAlert

        assert [a.threshold_bp for a in s.query(PrepaidAlert).all()] == [8000]
