"""Control characters are refused at the billing and prepaid entry points
too (payment references, credit and reversal reasons, draft lines and notes,
prepaid notes): the message names the field, nothing is written."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.db.session import unit_of_work
from desktop.models import InvoiceLine, Payment, PrepaidLedgerEntry
from desktop.services.billing import draft_editing
from desktop.services.billing.invoices import draft_invoice, issue_invoice
from desktop.services.billing.payments import credit_invoice, record_payment, reverse_payment
from desktop.services.common.record_rules import ValidationError
from desktop.services.prepaid import ledger
from tests import factories

D = dt.date
NUL, ESC = "\x00", "\x1b"


def _issued(s):
    setup = factories.billing_shop(s)
    client = factories.client(s)
    factories.material(s, client, "Cable", 2000, 5000, setup.standard.id)
    draft = draft_invoice(s, client.id, period_from=D(2026, 3, 1), period_to=D(2026, 3, 31))
    return client, issue_invoice(s, draft.id, D(2026, 3, 31))


def _refused(field, call):
    with pytest.raises(ValidationError) as caught:
        call()
    assert field in caught.value.field_errors()
    assert "control character" in caught.value.field_errors()[field]


def test_payments_and_credit_notes_refuse_control_characters(db):
    with unit_of_work(db.sessions) as s:
        _client, invoice = _issued(s)
        _refused(
            "reference",
            lambda: record_payment(
                s, invoice.id, received_on=D(2026, 4, 2), amount_minor=100, reference=f"a{NUL}b"
            ),
        )
        _refused(
            "reason",
            lambda: credit_invoice(s, invoice.id, issue_date=D(2026, 4, 2), reason=f"x{ESC}y"),
        )
        assert s.query(Payment).count() == 0
        payment = record_payment(s, invoice.id, received_on=D(2026, 4, 2), amount_minor=100)
        _refused("reason", lambda: reverse_payment(s, payment.id, reason=f"typo{NUL}"))
        assert s.query(Payment).count() == 1
        # A line break is fine in a reason (multi-line text).
        reverse_payment(s, payment.id, reason="Booked twice\nsee bank statement")


def test_draft_lines_and_notes_refuse_control_characters(db):
    with unit_of_work(db.sessions) as s:
        setup = factories.billing_shop(s)
        client = factories.client(s)
        factories.material(s, client, "Cable", 2000, 5000, setup.standard.id)
        draft = draft_invoice(s, client.id, period_from=D(2026, 3, 1), period_to=D(2026, 3, 31))
        line = draft.lines[0]
        _refused(
            "description",
            lambda: draft_editing.update_line(s, line.id, description=f"Cable{NUL}"),
        )
        _refused("notes", lambda: draft_editing.set_notes(s, draft.id, f"Thanks{ESC}"))
        assert s.get(InvoiceLine, line.id).description == "Cable"


def test_prepaid_notes_refuse_control_characters(db):
    with unit_of_work(db.sessions) as s:
        factories.billing_shop(s)
        client = factories.client(s)
        contract = factories.contract(s, client)
        at = dt.datetime(2026, 3, 1)
        _refused(
            "note",
            lambda: ledger.top_up(
                s, contract.id, minutes=600, amount_minor=0, at=at, note=f"Block{NUL}"
            ),
        )
        _refused(
            "note",
            lambda: ledger.adjust(s, contract.id, minutes=60, at=at, note=f"Goodwill{ESC}"),
        )
        assert s.query(PrepaidLedgerEntry).count() == 0
