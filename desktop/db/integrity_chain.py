"""A tamper-evident chain over issued invoices.

When an invoice (or credit note) is issued, a SHA-256 hash is taken over a
canonical serialisation of the invoice and its lines *as stored*, together
with the hash of the previous issued invoice of the same series. Changing,
deleting or inserting an issued invoice afterwards (even with raw SQL and the
freezing triggers dropped) breaks the chain, and `techledger check` names the
first broken link of each series.

The hash is read back from the database rows, not from Python objects, so the
value computed at issue and the value recomputed by the check come from the
same code and the same stored data.

Invoices issued before the chain existed (or written in bulk, bypassing the
ORM, like the demo shop) are "unsealed"; `seal_unsealed` seals them in series
order. An unsealed invoice after a sealed one is a broken link."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, event, select, update
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.attributes import set_committed_value

from desktop.models import Invoice, InvoiceLine

HASH_VERSION = "techledger-invoice-v1"

# What the hash covers. Payment state (status, paid_minor), the version
# counter and timestamps change legitimately after issue and are left out.
INVOICE_FIELDS = (
    "id kind series_id seq number corrects_invoice_id client_id contract_id issue_date "
    "supply_from supply_to due_date currency language grouping net_minor tax_minor "
    "total_minor notes seller_snapshot buyer_snapshot issued_at"
).split()
LINE_FIELDS = (
    "id position kind line_date description quantity_milli unit unit_price_minor net_minor "
    "vat_rate_bp vat_category vat_exemption_reason raw_minutes billed_minutes contract_id "
    "period_from period_to credits_line_id releases_work"
).split()
# Line columns added after the chain existed, with the value every older line
# has. A line holding that value hashes as if the column did not exist, so
# invoices sealed before the column came keep their hashes; any other value
# is covered. Migration 0004 seals before these columns exist and reads
# without them (`later_columns=False`).
LATER_LINE_FIELDS: dict[str, Any] = {"vat_adjust_minor": 0, "by_minute": False}

_invoices = Invoice.__table__
_lines = InvoiceLine.__table__
# Only the named columns are read, so migration 0004 (which seals existing
# invoices) keeps working when later migrations add columns to the models.
_INVOICE_COLUMNS = [_invoices.c[name] for name in INVOICE_FIELDS] + [
    _invoices.c.content_hash,
    _invoices.c.prev_hash,
]
_LINE_COLUMNS = [_lines.c[name] for name in LINE_FIELDS] + [_lines.c.invoice_id]
_LATER_COLUMNS = [_lines.c[name] for name in LATER_LINE_FIELDS]


def _line_columns(later_columns: bool) -> list:
    return _LINE_COLUMNS + _LATER_COLUMNS if later_columns else _LINE_COLUMNS


def _plain(value: Any) -> Any:
    """A JSON value that reads the same on SQLite and PostgreSQL."""
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return value
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def canonical_bytes(invoice: dict[str, Any], lines: list[dict[str, Any]]) -> bytes:
    """The invoice and its lines (in position order) as canonical JSON."""
    document = {
        "invoice": {name: _plain(invoice[name]) for name in INVOICE_FIELDS},
        "lines": [
            {name: _plain(line[name]) for name in LINE_FIELDS}
            | {
                name: _plain(line[name])
                for name, default in LATER_LINE_FIELDS.items()
                if line.get(name, default) != default
            }
            for line in sorted(lines, key=lambda line: line["position"])
        ],
    }
    return json.dumps(document, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode(
        "utf-8"
    )


def content_hash(
    invoice: dict[str, Any], lines: list[dict[str, Any]], prev_hash: str | None
) -> str:
    """SHA-256 over the version tag, the previous link and the content."""
    digest = hashlib.sha256()
    digest.update(HASH_VERSION.encode("ascii") + b"\n")
    digest.update((prev_hash or "").encode("ascii") + b"\n")
    digest.update(canonical_bytes(invoice, lines))
    return digest.hexdigest()


def _stored(
    conn: Connection, invoice_id: int, later_columns: bool = True
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    invoice = (
        conn.execute(select(*_INVOICE_COLUMNS).where(_invoices.c.id == invoice_id)).mappings().one()
    )
    lines = (
        conn.execute(
            select(*_line_columns(later_columns))
            .where(_lines.c.invoice_id == invoice_id)
            .order_by(_lines.c.position)
        )
        .mappings()
        .all()
    )
    return dict(invoice), [dict(line) for line in lines]


def seal_invoice(conn: Connection, invoice_id: int, later_columns: bool = True) -> str | None:
    """Hash an issued invoice into its series' chain (sealing any unsealed
    invoices before it first); return its hash. Drafts and invoices already
    sealed are left as they are."""
    row = conn.execute(
        select(
            _invoices.c.series_id, _invoices.c.seq, _invoices.c.status, _invoices.c.content_hash
        ).where(_invoices.c.id == invoice_id)
    ).one_or_none()
    if row is None or row.status == "draft" or row.seq is None:
        return None
    if row.content_hash is not None:
        return row.content_hash
    last = conn.execute(
        select(_invoices.c.seq, _invoices.c.content_hash)
        .where(
            _invoices.c.series_id == row.series_id,
            _invoices.c.status != "draft",
            _invoices.c.seq < row.seq,
            _invoices.c.content_hash.is_not(None),
        )
        .order_by(_invoices.c.seq.desc())
        .limit(1)
    ).one_or_none()
    prev_hash = last.content_hash if last else None
    pending = (
        conn.execute(
            select(_invoices.c.id)
            .where(
                _invoices.c.series_id == row.series_id,
                _invoices.c.status != "draft",
                _invoices.c.seq <= row.seq,
                _invoices.c.seq > (last.seq if last else -1),
                _invoices.c.content_hash.is_(None),
            )
            .order_by(_invoices.c.seq)
        )
        .scalars()
        .all()
    )
    for pending_id in pending:
        invoice, lines = _stored(conn, pending_id, later_columns)
        digest = content_hash(invoice, lines, prev_hash)
        conn.execute(
            update(_invoices)
            .where(_invoices.c.id == pending_id)
            .values(content_hash=digest, prev_hash=prev_hash)
        )
        prev_hash = digest
    return prev_hash


def seal_unsealed(conn: Connection, later_columns: bool = True) -> int:
    """Seal every issued invoice that has no hash yet (e.g. written by a bulk
    import), series by series in number order; return how many were sealed."""
    heads = conn.execute(
        select(_invoices.c.series_id, _invoices.c.id, _invoices.c.seq)
        .where(_invoices.c.status != "draft", _invoices.c.seq.is_not(None))
        .order_by(_invoices.c.series_id, _invoices.c.seq.desc())
    ).all()
    before = (
        conn.execute(
            select(_invoices.c.id).where(
                _invoices.c.status != "draft", _invoices.c.content_hash.is_(None)
            )
        )
        .scalars()
        .all()
    )
    done: set[int] = set()
    for series_id, invoice_id, _seq in heads:
        if series_id not in done:  # the newest of each series seals all before it
            done.add(series_id)
            seal_invoice(conn, invoice_id, later_columns)
    return len(before)


@dataclass
class ChainReport:
    """What the check found: one problem at most per series (the first
    broken link), and how many issued invoices predate the chain."""

    checked: int = 0
    unsealed: int = 0
    problems: list[dict[str, Any]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_chains(conn: Connection) -> ChainReport:
    """Recompute every series' chain from the stored rows."""
    report = ChainReport()
    series_ids = (
        conn.execute(select(_invoices.c.series_id).where(_invoices.c.status != "draft").distinct())
        .scalars()
        .all()
    )
    for series_id in sorted(series_ids):
        problem = _verify_series(conn, series_id, report)
        if problem is not None:
            report.problems.append({"series_id": series_id, **problem})
    return report


def _verify_series(conn: Connection, series_id: int, report: ChainReport) -> dict | None:
    invoices = (
        conn.execute(
            select(*_INVOICE_COLUMNS)
            .where(_invoices.c.series_id == series_id, _invoices.c.status != "draft")
            .order_by(_invoices.c.seq)
        )
        .mappings()
        .all()
    )
    lines_by_invoice: dict[int, list[dict[str, Any]]] = {}
    for line in conn.execute(
        select(*_line_columns(True))
        .join(_invoices, _invoices.c.id == _lines.c.invoice_id)
        .where(_invoices.c.series_id == series_id, _invoices.c.status != "draft")
    ).mappings():
        lines_by_invoice.setdefault(line["invoice_id"], []).append(dict(line))
    previous_hash: str | None = None
    previous_seq: int | None = None
    sealed_seen = False
    for invoice in invoices:
        report.checked += 1
        where = {"invoice_id": invoice["id"], "number": invoice["number"], "seq": invoice["seq"]}
        if previous_seq is not None and invoice["seq"] != previous_seq + 1:
            return {**where, "problem": f"number gap or missing invoice after seq {previous_seq}"}
        previous_seq = invoice["seq"]
        stored = invoice["content_hash"]
        if stored is None:
            if sealed_seen:
                return {**where, "problem": "the hash of an issued invoice was removed"}
            report.unsealed += 1
            continue
        if invoice["prev_hash"] != previous_hash:
            return {**where, "problem": "the link to the previous invoice does not match"}
        expected = content_hash(
            dict(invoice), lines_by_invoice.get(invoice["id"], []), invoice["prev_hash"]
        )
        if expected != stored:
            return {**where, "problem": "the invoice or its lines changed after issue"}
        sealed_seen = True
        previous_hash = stored
    return None


def _seal_issued_after_flush(session: Session, _context: object) -> None:
    """Seal invoices this flush issued (or inserted as issued), in the same
    transaction, so an issued invoice never exists without its hash."""
    candidates = []
    for obj in list(session.new) + list(session.dirty):
        if isinstance(obj, Invoice):
            status = obj.__dict__.get("status")
            sealed = obj.__dict__.get("content_hash") is not None
            if status is not None and status != "draft" and not sealed:
                candidates.append(obj)
    if not candidates:
        return
    conn = session.connection()
    for invoice in sorted(candidates, key=lambda inv: (inv.series_id, inv.seq or 0)):
        digest = seal_invoice(conn, invoice.id)
        if digest is not None:
            prev = conn.execute(
                select(_invoices.c.prev_hash).where(_invoices.c.id == invoice.id)
            ).scalar_one()
            set_committed_value(invoice, "content_hash", digest)
            set_committed_value(invoice, "prev_hash", prev)


def install_invoice_chain(factory: sessionmaker[Session]) -> None:
    """Seal invoices as they are issued, for every session of `factory`."""
    if not event.contains(factory, "after_flush", _seal_issued_after_flush):
        event.listen(factory, "after_flush", _seal_issued_after_flush)
