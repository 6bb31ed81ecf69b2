"""The audit trail: who changed which business record, when, old → new.

`install_audit(factory)` hangs listeners on a sessionmaker, so every session
it makes records changes to the audited tables (invoices and their lines,
payments, contracts and their fees/work types/SLA targets, the prepaid ledger
and rate rules) without the services having to remember. Rows are written
with Core inserts on the flushing connection, in the same transaction as the
change: a rolled-back change leaves no audit row, a committed one always has
one.

Both ORM unit-of-work changes (add, attribute change, delete) and ORM bulk
statements (`session.execute(update(...))`, `delete(...)`) are recorded.

The actor is process-wide (the OS user by default, or $TECHLEDGER_ACTOR;
the window or the command line may set a technician with `set_actor`), and
can be overridden for a block of code with `acting_as`. A process-wide value
is needed because worker threads do not inherit context variables."""

from __future__ import annotations

import base64
import contextvars
import datetime as dt
import getpass
import os
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Delete, Table, Update, event, insert, inspect, select
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

from desktop.models import AuditLog

AUDITED_TABLES = frozenset(
    {
        "invoices",
        "invoice_lines",
        "payments",
        "contracts",
        "contract_fees",
        "contract_work_types",
        "sla_targets",
        "prepaid_ledger",
        "rate_rules",
    }
)
# Bookkeeping columns that change on every save and say nothing to a reader.
IGNORED_COLUMNS = frozenset({"version", "updated_at", "created_at", "recorded_at"})
MAX_TEXT = 2000  # longer values are cut in the log (the record keeps them whole)

_actor_override: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "techledger_actor", default=None
)
_process_actor: str | None = None


def default_actor() -> str:
    """$TECHLEDGER_ACTOR, else the operating-system user name."""
    named = os.environ.get("TECHLEDGER_ACTOR", "").strip()
    if named:
        return named[:200]
    try:
        return getpass.getuser()[:200]
    except Exception:  # no user name in the environment (some containers)
        return "unknown"


def current_actor() -> str:
    return _actor_override.get() or _process_actor or default_actor()


def set_actor(name: str | None) -> None:
    """Name who is working in this process (None: back to the default)."""
    global _process_actor
    cleaned = (name or "").strip()
    _process_actor = cleaned[:200] or None


@contextmanager
def acting_as(name: str) -> Iterator[None]:
    """Record changes made inside the block as `name` (this thread only)."""
    token = _actor_override.set(name.strip()[:200] or None)
    try:
        yield
    finally:
        _actor_override.reset(token)


def json_value(value: Any) -> Any:
    """A value as it can be stored in the JSON details column."""
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return f"<{len(value)} bytes: {base64.b64encode(value[:12]).decode()}…>"
    if isinstance(value, dict):
        return {str(k): json_value(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [json_value(v) for v in value]
    text = str(value)
    return text if len(text) <= MAX_TEXT else text[:MAX_TEXT] + "…"


def _entity_id(identity: tuple | None) -> tuple[int | None, dict[str, Any]]:
    """The integer id, or None plus the composite key for the details."""
    if identity and len(identity) == 1 and isinstance(identity[0], int):
        return identity[0], {}
    return None, {"key": json_value(list(identity or ()))}


def _column_attrs(obj: object) -> list[tuple[str, str]]:
    """(attribute key, column name) of the mapped columns of `obj`."""
    mapper = inspect(obj).mapper
    return [(attr.key, attr.columns[0].name) for attr in mapper.column_attrs]


def _row(action: str, table: str, entity_id: int | None, changes: dict, extra: dict) -> dict:
    return {
        "at": dt.datetime.now().replace(microsecond=0),
        "actor": current_actor(),
        "action": action,
        "entity": table,
        "entity_id": entity_id,
        "details": {"changes": changes, **extra},
    }


def _changes_of(obj: object, kind: str) -> tuple[str, dict[str, list[Any]]]:
    state = inspect(obj)
    changes: dict[str, list[Any]] = {}
    action = {"new": "create", "dirty": "update", "deleted": "delete"}[kind]
    for key, column in _column_attrs(obj):
        if column in IGNORED_COLUMNS:
            continue
        if kind == "new":
            value = state.dict.get(key)
            if value is not None:
                changes[column] = [None, json_value(value)]
        elif kind == "deleted":
            if key in state.dict:
                changes[column] = [json_value(state.dict[key]), None]
        else:
            history = state.attrs[key].history
            if not history.added and not history.deleted:
                continue
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if old != new:
                changes[column] = [json_value(old), json_value(new)]
                if column == "status" and old == "draft" and new != "draft":
                    action = "issue"
    return action, changes


def _after_flush(session: Session, _context: object) -> None:
    rows = []
    for kind, objects in (
        ("new", session.new),
        ("dirty", session.dirty),
        ("deleted", session.deleted),
    ):
        for obj in objects:
            table = inspect(obj).mapper.local_table
            if not isinstance(table, Table) or table.name not in AUDITED_TABLES:
                continue
            if kind == "dirty" and not session.is_modified(obj, include_collections=False):
                continue
            action, changes = _changes_of(obj, kind)
            if kind == "dirty" and not changes:
                continue
            state = inspect(obj)
            # New rows have no identity key until the flush ends: read the key
            # columns the INSERT just filled in.
            key = tuple(
                state.dict.get(state.mapper.get_property_by_column(c).key)
                for c in state.mapper.primary_key
            )
            entity_id, extra = _entity_id(key)
            rows.append(_row(action, table.name, entity_id, changes, extra))
    if rows:
        session.connection().execute(insert(AuditLog.__table__), rows)


def _key_of(table: Table, row: Any) -> tuple[int | None, dict[str, Any]]:
    return _entity_id(tuple(row[c.name] for c in table.primary_key.columns))


def _snapshot(conn: Connection, table: Table, where: Any) -> list[dict[str, Any]]:
    statement = select(table)
    if where is not None:
        statement = statement.where(where)
    return [dict(row) for row in conn.execute(statement).mappings()]


def _on_orm_execute(state: ORMExecuteState) -> Any:
    """Bulk UPDATE/DELETE through the ORM: compare the rows before and after."""
    if not (state.is_update or state.is_delete):
        return None
    mapper = state.bind_mapper
    table = mapper.local_table if mapper is not None else None
    if not isinstance(table, Table) or table.name not in AUDITED_TABLES:
        return None
    conn = state.session.connection()
    statement = state.statement
    where = statement.whereclause if isinstance(statement, Update | Delete) else None
    before = _snapshot(conn, table, where)
    result = state.invoke_statement()
    if not before:
        return result
    rows = []
    if state.is_delete:
        for old in before:
            entity_id, extra = _key_of(table, old)
            changes = {
                k: [json_value(v), None]
                for k, v in old.items()
                if k not in IGNORED_COLUMNS and v is not None
            }
            rows.append(_row("delete", table.name, entity_id, changes, extra))
    else:
        pk = list(table.primary_key.columns)
        for old in before:
            condition = None
            for column in pk:
                clause = column == old[column.name]
                condition = clause if condition is None else condition & clause
            now = _snapshot(conn, table, condition)
            new = now[0] if now else {}
            changes = {
                k: [json_value(v), json_value(new.get(k))]
                for k, v in old.items()
                if k not in IGNORED_COLUMNS and new.get(k) != v
            }
            if changes:
                entity_id, extra = _key_of(table, old)
                rows.append(_row("update", table.name, entity_id, changes, extra))
    if rows:
        conn.execute(insert(AuditLog.__table__), rows)
    return result


def install_audit(factory: sessionmaker[Session]) -> None:
    """Record changes to the audited tables for every session of `factory`."""
    if not event.contains(factory, "after_flush", _after_flush):
        event.listen(factory, "after_flush", _after_flush)
    if not event.contains(factory, "do_orm_execute", _on_orm_execute):
        event.listen(factory, "do_orm_execute", _on_orm_execute)
