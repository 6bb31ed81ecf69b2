"""A record's history, read from the audit trail, as plain data for views.

`record_history(session, "invoices", 12)` lists what happened to invoice 12,
newest first: who, when, what kind of change, and each changed field old →
new. For an invoice, `include_lines=True` adds the history of its lines; for
a contract, `include_ledger=True` adds its prepaid-ledger entries."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desktop.models import (
    AuditLog,
    Contract,
    Invoice,
    InvoiceLine,
    Payment,
    PrepaidLedgerEntry,
    RateRule,
    Technician,
)

# What a reader calls each audited table.
ENTITY_NAMES = {
    "invoices": "Invoice",
    "invoice_lines": "Invoice line",
    "payments": "Payment",
    "contracts": "Contract",
    "contract_fees": "Contract fee",
    "contract_work_types": "Contract work type",
    "sla_targets": "SLA target",
    "prepaid_ledger": "Prepaid ledger entry",
    "rate_rules": "Rate rule",
}
ACTION_NAMES = {"create": "Created", "update": "Changed", "delete": "Deleted", "issue": "Issued"}


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class HistoryEntry:
    at: dt.datetime
    actor: str
    action: str  # create, update, delete, issue
    entity: str  # table name
    entity_id: int | None
    changes: tuple[FieldChange, ...]
    # How a reader knows the record (filled by record_history): an invoice's
    # number ("" while a draft), a line's "position · description", a
    # payment's reference, a contract's name; "" when unknown or gone.
    record: str = ""
    currency: str = ""  # the record's currency, for amounts in `changes`
    actor_is_person: bool = True  # False: an operating-system account name

    @property
    def entity_name(self) -> str:
        return ENTITY_NAMES.get(self.entity, self.entity)

    @property
    def action_name(self) -> str:
        return ACTION_NAMES.get(self.action, self.action)


def _entry(row: AuditLog) -> HistoryEntry:
    details = row.details if isinstance(row.details, dict) else {}
    changes = details.get("changes") or {}
    return HistoryEntry(
        at=row.at,
        actor=row.actor,
        action=row.action,
        entity=row.entity,
        entity_id=row.entity_id,
        changes=tuple(
            FieldChange(
                name, *(pair if isinstance(pair, list) and len(pair) == 2 else (None, pair))
            )
            for name, pair in sorted(changes.items())
        ),
    )


def record_history(
    session: Session,
    entity: str,
    entity_id: int,
    *,
    include_lines: bool = True,
    include_ledger: bool = True,
    limit: int = 500,
) -> list[HistoryEntry]:
    """The audit entries of one record (and its parts), newest first."""
    if entity not in ENTITY_NAMES:
        raise ValueError(f"'{entity}' has no history; known: {', '.join(ENTITY_NAMES)}.")
    targets = [(entity, [entity_id])]
    if entity == "invoices" and include_lines:
        line_ids = list(
            session.scalars(select(InvoiceLine.id).where(InvoiceLine.invoice_id == entity_id))
        )
        payment_ids = list(
            session.scalars(select(Payment.id).where(Payment.invoice_id == entity_id))
        )
        targets += [("invoice_lines", line_ids), ("payments", payment_ids)]
    if entity == "contracts" and include_ledger:
        ledger_ids = list(
            session.scalars(
                select(PrepaidLedgerEntry.id).where(PrepaidLedgerEntry.contract_id == entity_id)
            )
        )
        targets.append(("prepaid_ledger", ledger_ids))
    condition = or_(
        *((AuditLog.entity == name) & AuditLog.entity_id.in_(ids) for name, ids in targets if ids)
    )
    rows = session.scalars(
        select(AuditLog)
        .where(condition)
        .order_by(AuditLog.at.desc(), AuditLog.id.desc())
        .limit(limit)
    )
    entries = [_entry(row) for row in rows]
    people = set(session.scalars(select(Technician.name)))
    known: dict[tuple[str, int | None], tuple[str, str]] = {}
    out = []
    for entry in entries:
        key = (entry.entity, entry.entity_id)
        if key not in known:
            known[key] = _record_label(session, *key)
        record, currency = known[key]
        out.append(
            replace(entry, record=record, currency=currency, actor_is_person=entry.actor in people)
        )
    return out


def _record_label(session: Session, entity: str, entity_id: int | None) -> tuple[str, str]:
    """(what a reader calls the record, its currency) — data, not words."""
    if entity_id is None:
        return "", ""
    if entity == "invoices":
        invoice = session.get(Invoice, entity_id)
        return (invoice.number or "", invoice.currency) if invoice else ("", "")
    if entity == "invoice_lines":
        line = session.get(InvoiceLine, entity_id)
        if line is None:
            return "", ""
        owner = session.get(Invoice, line.invoice_id)
        text = line.description.splitlines()[0] if line.description else ""
        if len(text) > 60:
            text = text[:59] + "…"
        return f"{line.position} · {text}", owner.currency if owner else ""
    if entity == "payments":
        payment = session.get(Payment, entity_id)
        if payment is None:
            return "", ""
        owner = session.get(Invoice, payment.invoice_id)
        return payment.reference, owner.currency if owner else ""
    if entity == "contracts":
        contract = session.get(Contract, entity_id)
        return (contract.name, contract.currency) if contract else ("", "")
    if entity == "prepaid_ledger":
        ledger = session.get(PrepaidLedgerEntry, entity_id)
        contract = session.get(Contract, ledger.contract_id) if ledger else None
        return ("", contract.currency) if contract else ("", "")
    if entity == "rate_rules":
        rule = session.get(RateRule, entity_id)
        return ("", rule.currency) if rule else ("", "")
    return "", ""


def describe_value(value: Any) -> str:
    """A stored value as the history shows it ("—" for nothing)."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dict):
        return ", ".join(f"{k}: {describe_value(v)}" for k, v in value.items())
    return str(value)
