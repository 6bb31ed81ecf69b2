"""Hash chain over issued invoices, and an index for record histories.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29

Adds `content_hash` and `prev_hash` to invoices with plain ADD COLUMN (no
batch rebuild: on SQLite a rebuild would drop the triggers of 0002 that
freeze issued invoices), seals the invoices already issued, series by series
in number order, and indexes audit_log by record so a record's history opens
quickly. On SQLite a trigger refuses to change or clear the hash of an
issued invoice once set; on PostgreSQL the frozen-invoice trigger function
is extended the same way.
"""

import sqlalchemy as sa
from alembic import op

from desktop.db.integrity_chain import seal_unsealed

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

SQLITE_TRIGGER = """CREATE TRIGGER trg_invoices_hash_frozen BEFORE UPDATE OF content_hash,
    prev_hash ON invoices
    FOR EACH ROW WHEN OLD.content_hash IS NOT NULL AND (NEW.content_hash IS NOT OLD.content_hash
        OR NEW.prev_hash IS NOT OLD.prev_hash)
    BEGIN SELECT RAISE(ABORT, 'the hash of an issued invoice cannot be changed'); END"""

POSTGRES_FUNCTION = """CREATE FUNCTION techledger_invoice_hash_frozen() RETURNS trigger AS $$
    BEGIN
      IF OLD.content_hash IS NOT NULL AND (NEW.content_hash IS DISTINCT FROM OLD.content_hash
          OR NEW.prev_hash IS DISTINCT FROM OLD.prev_hash) THEN
        RAISE EXCEPTION 'the hash of an issued invoice cannot be changed';
      END IF;
      RETURN NEW;
    END $$ LANGUAGE plpgsql"""
POSTGRES_TRIGGER = """CREATE TRIGGER trg_invoices_hash_frozen BEFORE UPDATE ON invoices
    FOR EACH ROW EXECUTE FUNCTION techledger_invoice_hash_frozen()"""


def upgrade() -> None:
    op.add_column("invoices", sa.Column("content_hash", sa.String(length=64), nullable=True))
    op.add_column("invoices", sa.Column("prev_hash", sa.String(length=64), nullable=True))
    op.create_index("ix_audit_log_entity_entity_id", "audit_log", ["entity", "entity_id"])
    # The line columns later migrations add do not exist yet.
    seal_unsealed(op.get_bind(), later_columns=False)
    if op.get_bind().dialect.name == "sqlite":
        op.execute(SQLITE_TRIGGER)
    else:
        op.execute(POSTGRES_FUNCTION)
        op.execute(POSTGRES_TRIGGER)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS trg_invoices_hash_frozen")
    else:
        op.execute("DROP TRIGGER IF EXISTS trg_invoices_hash_frozen ON invoices")
        op.execute("DROP FUNCTION IF EXISTS techledger_invoice_hash_frozen()")
    op.drop_index("ix_audit_log_entity_entity_id", table_name="audit_log")
    # Plain DROP COLUMN (SQLite >= 3.35): no batch rebuild, the 0002 triggers stay.
    op.drop_column("invoices", "prev_hash")
    op.drop_column("invoices", "content_hash")
