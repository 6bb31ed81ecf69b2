"""The audit trail: every change to a business record is logged (who, when,
old → new) by the session listener, in the same transaction as the change."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from sqlalchemy import func, select

from desktop.db.audit import acting_as, current_actor, default_actor, set_actor
from desktop.db.session import read_only, unit_of_work
from desktop.models import AuditLog, Invoice
from desktop.services.billing.invoices import delete_draft, draft_invoice, issue_invoice
from desktop.services.billing.payments import record_payment
from desktop.services.prepaid.ledger import deduct, top_up
from desktop.services.queries.audit_view import record_history
from desktop.services.shop.setup import add_rate_rule
from tests import factories

T = dt.datetime
D = dt.date
MARCH = dict(period_from=D(2026, 3, 1), period_to=D(2026, 3, 31))


def _drafted(db):
    with unit_of_work(db.sessions) as s:
        setup = factories.billing_shop(s)
        client = factories.client(s)
        factories.time_entry(s, setup, client, T(2026, 3, 2, 9), 50)
        return draft_invoice(s, client.id, **MARCH).id


def _log(db, entity=None):
    with read_only(db.sessions) as s:
        query = select(AuditLog).order_by(AuditLog.id)
        if entity:
            query = query.where(AuditLog.entity == entity)
        return [
            SimpleNamespace(
                **{
                    c: getattr(row, c)
                    for c in ("id", "at", "actor", "action", "entity", "entity_id", "details")
                }
            )
            for row in s.scalars(query)
        ]


def test_issuing_and_paying_is_logged_with_old_and_new_values(db):
    invoice_id = _drafted(db)
    with acting_as("Anna Berg"), unit_of_work(db.sessions) as s:
        issue_invoice(s, invoice_id, D(2026, 4, 1), T(2026, 4, 1, 10))
    issued = [row for row in _log(db, "invoices") if row.action == "issue"]
    assert len(issued) == 1
    entry = issued[0]
    assert entry.actor == "Anna Berg" and entry.entity_id == invoice_id
    assert entry.details["changes"]["status"] == ["draft", "issued"]
    assert entry.details["changes"]["number"][0] is None
    assert entry.details["changes"]["number"][1].startswith("2026-")

    with unit_of_work(db.sessions) as s:
        invoice = s.get(Invoice, invoice_id)
        record_payment(s, invoice_id, received_on=D(2026, 4, 5), amount_minor=invoice.total_minor)
    payments = _log(db, "payments")
    assert [p.action for p in payments] == ["create"]
    assert payments[0].actor == current_actor() == default_actor()
    with read_only(db.sessions) as s:
        history = record_history(s, "invoices", invoice_id)
    kinds = {(h.entity, h.action) for h in history}
    assert {
        ("invoices", "issue"),
        ("invoices", "update"),
        ("payments", "create"),
        ("invoice_lines", "create"),
    } <= kinds
    paid = next(h for h in history if h.entity == "invoices" and h.action == "update")
    assert any(c.field == "status" and c.old == "issued" and c.new == "paid" for c in paid.changes)


def test_deleting_a_draft_logs_each_line_removed_in_bulk(db):
    invoice_id = _drafted(db)
    with unit_of_work(db.sessions) as s:
        line_ids = [line.id for line in s.get(Invoice, invoice_id).lines]
        delete_draft(s, invoice_id, T(2026, 4, 2, 9))
    deleted = [(row.entity, row.entity_id) for row in _log(db) if row.action == "delete"]
    assert ("invoices", invoice_id) in deleted
    assert {("invoice_lines", i) for i in line_ids} <= set(deleted)
    line_entry = next(r for r in _log(db, "invoice_lines") if r.action == "delete")
    assert line_entry.details["changes"]["invoice_id"] == [invoice_id, None]


def test_a_rolled_back_change_leaves_no_audit_row(db):
    with unit_of_work(db.sessions) as s:
        factories.billing_shop(s)
    with pytest.raises(RuntimeError), unit_of_work(db.sessions) as s:
        add_rate_rule(s, rate_minor=100_00, currency="SEK", effective_from=D(2026, 1, 1))
        raise RuntimeError("the user's action failed later")
    assert _log(db, "rate_rules") == []
    with unit_of_work(db.sessions) as s:
        rule = add_rate_rule(s, rate_minor=100_00, currency="SEK", effective_from=D(2026, 1, 1))
        rule.rate_minor = 120_00
    actions = [(r.action, r.details["changes"].get("rate_minor")) for r in _log(db, "rate_rules")]
    assert actions == [("create", [None, 10000]), ("update", [10000, 12000])]


def test_prepaid_ledger_and_contract_changes_are_logged(db):
    set_actor("Olle Nilsson")
    try:
        with unit_of_work(db.sessions) as s:
            factories.billing_shop(s)
            contract = factories.contract(s, factories.client(s))
            top_up(s, contract.id, minutes=600, amount_minor=9000_00, at=T(2026, 3, 1, 9))
            deduct(s, contract.id, minutes=90, at=T(2026, 3, 2, 9))
            contract.name = "Prepaid 10 h"
            contract_id = contract.id
    finally:
        set_actor(None)
    with read_only(db.sessions) as s:
        history = record_history(s, "contracts", contract_id)
        count = s.scalar(select(func.count()).select_from(AuditLog))
    assert count >= 4
    assert {h.actor for h in history} == {"Olle Nilsson"}
    ledger = [h for h in history if h.entity == "prepaid_ledger"]
    assert sorted(dict((c.field, c.new) for c in h.changes)["minutes"] for h in ledger) == [
        -90,
        600,
    ]
    renamed = [h for h in history if h.entity == "contracts" and h.action == "update"]
    assert [(c.old, c.new) for c in renamed[0].changes if c.field == "name"] == [
        (renamed[0].changes[0].old, "Prepaid 10 h")
    ]


def test_actor_defaults_to_the_environment_then_the_os_user(monkeypatch):
    monkeypatch.setenv("TECHLEDGER_ACTOR", "Zofia Kowal")
    assert default_actor() == "Zofia Kowal"
    monkeypatch.delenv("TECHLEDGER_ACTOR")
    assert default_actor()
    with acting_as("Someone"):
        assert current_actor() == "Someone"
    assert current_actor() == default_actor()
