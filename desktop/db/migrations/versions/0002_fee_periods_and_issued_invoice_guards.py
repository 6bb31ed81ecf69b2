"""Fee periods on invoice lines, credit-note line references, and database
triggers that keep issued invoices and their lines from ever changing.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29

SQLite drops a table's triggers when batch mode rebuilds it: a later migration that
rebuilds invoices or invoice_lines must create these triggers again.
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# Everything of an issued invoice is frozen except its payment state.
FROZEN_COLUMNS = (
    "kind series_id seq number corrects_invoice_id client_id contract_id issue_date "
    "supply_from supply_to due_date currency language grouping net_minor tax_minor "
    "total_minor notes seller_snapshot buyer_snapshot issued_at"
).split()
JSON_COLUMNS = {"seller_snapshot", "buyer_snapshot"}

SQLITE_TRIGGERS = [
    """CREATE TRIGGER trg_invoices_issued_frozen BEFORE UPDATE ON invoices
    FOR EACH ROW WHEN OLD.status != 'draft' AND (NEW.status = 'draft' OR {changed})
    BEGIN SELECT RAISE(ABORT, 'issued invoices cannot be changed'); END""".format(
        changed=" OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in FROZEN_COLUMNS)
    ),
    """CREATE TRIGGER trg_invoices_issued_undeletable BEFORE DELETE ON invoices
    FOR EACH ROW WHEN OLD.status != 'draft'
    BEGIN SELECT RAISE(ABORT, 'issued invoices cannot be deleted'); END""",
    """CREATE TRIGGER trg_invoice_lines_frozen_insert BEFORE INSERT ON invoice_lines
    FOR EACH ROW WHEN (SELECT status FROM invoices WHERE id = NEW.invoice_id) != 'draft'
    BEGIN SELECT RAISE(ABORT, 'lines of issued invoices cannot be changed'); END""",
    """CREATE TRIGGER trg_invoice_lines_frozen_update BEFORE UPDATE ON invoice_lines
    FOR EACH ROW WHEN (SELECT status FROM invoices WHERE id = OLD.invoice_id) != 'draft'
    BEGIN SELECT RAISE(ABORT, 'lines of issued invoices cannot be changed'); END""",
    """CREATE TRIGGER trg_invoice_lines_frozen_delete BEFORE DELETE ON invoice_lines
    FOR EACH ROW WHEN (SELECT status FROM invoices WHERE id = OLD.invoice_id) != 'draft'
    BEGIN SELECT RAISE(ABORT, 'lines of issued invoices cannot be changed'); END""",
]


def _pg_column(column: str, row: str) -> str:
    return f"{row}.{column}::text" if column in JSON_COLUMNS else f"{row}.{column}"


POSTGRES_TRIGGERS = [
    """CREATE FUNCTION techledger_invoice_frozen() RETURNS trigger AS $$
    BEGIN
      IF TG_OP = 'DELETE' THEN
        IF OLD.status <> 'draft' THEN
          RAISE EXCEPTION 'issued invoices cannot be deleted';
        END IF;
        RETURN OLD;
      END IF;
      IF OLD.status <> 'draft' AND (NEW.status = 'draft'
          OR ROW({new}) IS DISTINCT FROM ROW({old})) THEN
        RAISE EXCEPTION 'issued invoices cannot be changed';
      END IF;
      RETURN NEW;
    END $$ LANGUAGE plpgsql""".format(
        new=", ".join(_pg_column(c, "NEW") for c in FROZEN_COLUMNS),
        old=", ".join(_pg_column(c, "OLD") for c in FROZEN_COLUMNS),
    ),
    """CREATE TRIGGER trg_invoices_issued_frozen BEFORE UPDATE OR DELETE ON invoices
    FOR EACH ROW EXECUTE FUNCTION techledger_invoice_frozen()""",
    """CREATE FUNCTION techledger_invoice_line_frozen() RETURNS trigger AS $$
    BEGIN
      IF TG_OP IN ('UPDATE', 'DELETE') THEN
        IF (SELECT status FROM invoices WHERE id = OLD.invoice_id) <> 'draft' THEN
          RAISE EXCEPTION 'lines of issued invoices cannot be changed';
        END IF;
      END IF;
      IF TG_OP IN ('UPDATE', 'INSERT') THEN
        IF (SELECT status FROM invoices WHERE id = NEW.invoice_id) <> 'draft' THEN
          RAISE EXCEPTION 'lines of issued invoices cannot be changed';
        END IF;
        RETURN NEW;
      END IF;
      RETURN OLD;
    END $$ LANGUAGE plpgsql""",
    """CREATE TRIGGER trg_invoice_lines_frozen BEFORE INSERT OR UPDATE OR DELETE
    ON invoice_lines FOR EACH ROW EXECUTE FUNCTION techledger_invoice_line_frozen()""",
]


def upgrade() -> None:
    with op.batch_alter_table("invoice_lines", schema=None) as batch_op:
        batch_op.add_column(sa.Column("contract_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("period_from", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("period_to", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("credits_line_id", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("releases_work", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.create_index(
            "ix_invoice_lines_contract_period", ["contract_id", "period_from"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_invoice_lines_credits_line_id_invoice_lines"),
            "invoice_lines", ["credits_line_id"], ["id"],
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_invoice_lines_contract_id_contracts"),
            "contracts", ["contract_id"], ["id"],
        )
        batch_op.create_check_constraint(
            "period",
            "period_from IS NULL OR (period_to IS NOT NULL AND period_to >= period_from)",
        )
    triggers = SQLITE_TRIGGERS if op.get_bind().dialect.name == "sqlite" else POSTGRES_TRIGGERS
    for statement in triggers:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("invoices_issued_frozen", "invoices_issued_undeletable",
                     "invoice_lines_frozen_insert", "invoice_lines_frozen_update",
                     "invoice_lines_frozen_delete"):
            op.execute(f"DROP TRIGGER IF EXISTS trg_{name}")
    else:
        op.execute("DROP TRIGGER IF EXISTS trg_invoices_issued_frozen ON invoices")
        op.execute("DROP TRIGGER IF EXISTS trg_invoice_lines_frozen ON invoice_lines")
        op.execute("DROP FUNCTION IF EXISTS techledger_invoice_frozen()")
        op.execute("DROP FUNCTION IF EXISTS techledger_invoice_line_frozen()")
    with op.batch_alter_table("invoice_lines", schema=None) as batch_op:
        batch_op.drop_constraint("period", type_="check")
        batch_op.drop_constraint(
            batch_op.f("fk_invoice_lines_contract_id_contracts"), type_="foreignkey"
        )
        batch_op.drop_constraint(
            batch_op.f("fk_invoice_lines_credits_line_id_invoice_lines"), type_="foreignkey"
        )
        batch_op.drop_index("ix_invoice_lines_contract_period")
        for column in ("releases_work", "credits_line_id", "period_to", "period_from",
                       "contract_id"):
            batch_op.drop_column(column)
