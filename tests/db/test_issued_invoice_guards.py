"""The database itself refuses to change or delete an issued invoice or its
lines, whatever code tries (triggers from migration 0002)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import delete, update
from sqlalchemy.exc import DBAPIError

from desktop.app import open_database
from desktop.db.session import unit_of_work
from desktop.models import Invoice, InvoiceLine, InvoiceSeries
from tests import factories


@pytest.fixture
def issued(any_database_url):
    db = open_database(any_database_url)
    with unit_of_work(db.sessions) as s:
        client = factories.client(s)
        series = InvoiceSeries(code="INV", name="Invoices")
        s.add(series)
        s.flush()
        invoice = Invoice(series_id=series.id, client_id=client.id, currency="SEK")
        s.add(invoice)
        s.flush()
        s.add(
            InvoiceLine(
                invoice_id=invoice.id,
                position=1,
                description="Work",
                quantity_milli=1000,
                unit_price_minor=100,
                net_minor=100,
                vat_rate_bp=2500,
            )
        )
        s.flush()
        invoice.status, invoice.seq, invoice.number = "issued", 1, "2026-00001"
        invoice.issue_date = dt.date(2026, 3, 1)
        invoice.net_minor, invoice.tax_minor, invoice.total_minor = 100, 25, 125
    yield db, invoice.id
    db.close()


@pytest.mark.parametrize(
    "statement",
    [
        lambda i: (
            update(Invoice).where(Invoice.id == i).values(total_minor=1, net_minor=1, tax_minor=0)
        ),
        lambda i: update(Invoice).where(Invoice.id == i).values(number="2026-00099"),
        lambda i: (
            update(Invoice).where(Invoice.id == i).values(status="draft", number=None, seq=None)
        ),
        lambda i: delete(Invoice).where(Invoice.id == i),
        lambda i: (
            update(InvoiceLine).where(InvoiceLine.invoice_id == i).values(description="changed")
        ),
        lambda i: delete(InvoiceLine).where(InvoiceLine.invoice_id == i),
    ],
    ids=["totals", "number", "back-to-draft", "delete", "line-update", "line-delete"],
)
def test_issued_invoice_cannot_be_changed(issued, statement):
    db, invoice_id = issued
    with pytest.raises(DBAPIError, match="cannot be"), unit_of_work(db.sessions) as s:
        s.execute(statement(invoice_id))


def test_adding_a_line_to_an_issued_invoice_is_refused(issued):
    db, invoice_id = issued
    with pytest.raises(DBAPIError, match="cannot be changed"), unit_of_work(db.sessions) as s:
        s.add(
            InvoiceLine(
                invoice_id=invoice_id,
                position=2,
                description="Extra",
                quantity_milli=1000,
                unit_price_minor=1,
                net_minor=1,
                vat_rate_bp=0,
            )
        )


def test_payment_state_may_still_change(issued):
    db, invoice_id = issued
    with unit_of_work(db.sessions) as s:
        s.execute(
            update(Invoice).where(Invoice.id == invoice_id).values(status="paid", paid_minor=125)
        )
    with unit_of_work(db.sessions) as s:
        assert s.get(Invoice, invoice_id).status == "paid"
