"""A record's history, read from the audit trail, as plain data for views.

`record_history(session, "invoices", 12)` lists what happened to invoice 12,
newest first: who, when, what kind of change, and each changed field old →
new. For an invoice, `include_lines=True` adds the history of its lines; for
a contract, `include_ledger=True` adds its prepaid-ledger entries."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desktop.models import AuditLog, InvoiceLine, Payment, PrepaidLedgerEntry

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
    return [_entry(row) for row in rows]


def describe_value(value: Any) -> str:
    """A stored value as the history shows it ("—" for nothing)."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dict):
        return ", ".join(f"{k}: {describe_value(v)}" for k, v in value.items())
    return str(value)
