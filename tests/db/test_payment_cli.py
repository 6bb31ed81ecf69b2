"""`techledger invoice pay` and `payment reverse` as a script would use them."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from desktop.__main__ import main
from desktop.db.session import unit_of_work
from desktop.models import Invoice, Payment
from desktop.services.billing.invoices import draft_invoice, issue_invoice
from tests import factories

D = dt.date


def stored_status(db, number):
    """The invoice's own status (the CLI prints "overdue" for a late one)."""
    with db.sessions() as s:
        return s.query(Invoice).filter_by(number=number).one().status


def run(capsys, path, *argv):
    code = main(["--json", "--db", path, *argv])
    out, err = capsys.readouterr()
    return code, (json.loads(out) if out.strip() else None), (json.loads(err) if err else None)


@pytest.fixture
def issued(db):
    """An issued SEK invoice of one material line: 4 × 250.00 = 1,000.00 net,
    25 % VAT 250.00, total 1,250.00."""
    if not db.url.startswith("sqlite"):
        pytest.skip("the command line is driven on a database file")
    with unit_of_work(db.sessions) as s:
        setup = factories.billing_shop(s)
        client = factories.client(s)
        factories.material(s, client, "Switch", 4000, 25000, setup.standard.id)
        draft = draft_invoice(s, client.id, period_from=D(2026, 3, 1), period_to=D(2026, 3, 31))
        invoice = issue_invoice(s, draft.id, D(2026, 3, 31))
        assert invoice.total_minor == 4 * 25000 + 4 * 25000 // 4
        number = invoice.number
    return db, db.url.removeprefix("sqlite:///"), number


def test_a_mistaken_payment_is_reversed_and_the_balance_follows(issued, capsys):
    db, path, number = issued
    code, out, _ = run(capsys, path, "invoice", "pay", number, "--amount", "1000.00")
    assert code == 0 and stored_status(db, number) == "partly_paid"
    assert out["outstanding"] == "250.00"  # 1,250.00 − 1,000.00
    first = out["payment_id"]
    code, out, _ = run(capsys, path, "invoice", "pay", number, "--amount", "250.00")
    assert code == 0 and stored_status(db, number) == "paid" and out["outstanding"] == "0.00"

    # The 1,000.00 was another client's money: reverse it.
    code, out, _ = run(
        capsys, path, "payment", "reverse", str(first), "--reason", "Booked on the wrong invoice"
    )
    assert code == 0, out
    assert stored_status(db, number) == "partly_paid"
    assert out["outstanding"] == "1000.00"  # 1,250.00 − 250.00
    with db.sessions() as s:
        rows = s.query(Payment).order_by(Payment.id).all()
        assert [(p.kind, p.amount_minor) for p in rows] == [
            ("payment", 100000),
            ("payment", 25000),
            ("reversal", 100000),
        ]
        assert rows[2].reverses_payment_id == first
        assert rows[2].reason == "Booked on the wrong invoice"
        assert s.query(Invoice).filter_by(number=number).one().paid_minor == 25000

    # Twice is refused with one plain line; a reason is required.
    code, _, err = run(capsys, path, "payment", "reverse", str(first), "--reason", "again")
    assert code != 0 and "already reversed" in err["message"]
    code, _, err = run(capsys, path, "payment", "reverse", str(rows[1].id), "--reason", " ")
    assert code != 0 and "reason" in err["message"]


def test_reversing_the_only_payment_leaves_the_invoice_issued(issued, capsys):
    db, path, number = issued
    _, out, _ = run(capsys, path, "invoice", "pay", number, "--amount", "1250.00")
    assert stored_status(db, number) == "paid"
    code, out, _ = run(
        capsys, path, "payment", "reverse", str(out["payment_id"]), "--reason", "Bounced"
    )
    assert code == 0 and stored_status(db, number) == "issued"
    assert out["outstanding"] == "1250.00"


def test_a_reversal_is_in_the_audit_trail(issued, capsys):
    db, path, number = issued
    _, out, _ = run(capsys, path, "invoice", "pay", number, "--amount", "10.00")
    run(capsys, path, "payment", "reverse", str(out["payment_id"]), "--reason", "Test entry")
    from desktop.models import AuditLog

    with db.sessions() as s:
        logged = s.query(AuditLog).filter_by(entity="payments").all()
        assert any("Test entry" in json.dumps(row.details, default=str) for row in logged)
