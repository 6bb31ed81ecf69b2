"""The next invoice's PDF names the credit from earlier payments: applied
(in the totals) or still available (beside the payment box)."""

from __future__ import annotations

import datetime as dt

from desktop.db.session import unit_of_work
from desktop.documents.formatting import Formatter
from desktop.documents.invoice import render_invoice
from desktop.services.billing.client_credit import apply_credit
from desktop.services.billing.invoices import draft_invoice, issue_invoice
from desktop.services.billing.payments import record_payment
from desktop.services.printing.invoice_data import invoice_data
from tests import factories
from tests.documents.conftest import norm, pdf_text

D = dt.date


def test_the_next_invoice_shows_credit_available_then_applied(db):
    with unit_of_work(db.sessions) as s:
        setup = factories.billing_shop(s)
        client = factories.client(s, document_language="en")
        ids = []
        for month, net in ((3, 80000), (4, 24000)):  # 1,000.00 and 300.00 with 25 % VAT
            factories.material(
                s, client, "Part", 1000, net, setup.standard.id, used_on=D(2026, month, 2)
            )
            draft = draft_invoice(
                s, client.id, period_from=D(2026, month, 1), period_to=D(2026, month, 28)
            )
            ids.append(issue_invoice(s, draft.id, D(2026, month, 28)).id)
        a, b = ids
        record_payment(s, a, amount_minor=125000, received_on=D(2026, 4, 1))
        client_id = client.id

    with db.sessions() as s:
        data = invoice_data(s, b)
    fmt = Formatter("en", "SEK")
    assert data.credit_available_minor == 125000 - 100000 and data.credit_applied_minor == 0
    text = pdf_text(render_invoice(data))
    assert "Credit from earlier payments available to you: " + norm(fmt.money(25000)) in text

    with unit_of_work(db.sessions) as s:
        apply_credit(s, client_id, b, amount_minor=10000)
    with db.sessions() as s:
        data = invoice_data(s, b)
    assert data.credit_applied_minor == 10000
    assert data.balance_minor == 30000 - 10000
    assert data.credit_available_minor == 25000 - 10000
    text = pdf_text(render_invoice(data))
    assert "Credit from earlier payments " + norm(fmt.money(-10000)) in text
    assert "Paid so far" not in text  # no money was paid on B itself
    assert "Balance due " + norm(fmt.money(20000)) in text
    assert "available to you: " + norm(fmt.money(15000)) in text

    with db.sessions() as s:
        overpaid = invoice_data(s, a)
    # A is paid (1,250.00 − 100.00 on 1,000.00): it offers no credit to itself.
    assert overpaid.credit_available_minor == 0 and overpaid.balance_minor == -15000
