"""Buying a block of prepaid hours is invoiced: a purchase names the invoice
line that bills it.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-08

Two columns on `prepaid_ledger`:

- `invoice_line_id`: the line (kind 'fee', at the block's price) that bills
  the purchase. Set when a draft is written, cleared when that draft is
  deleted or the line is credited with release, so a block is on at most one
  live line and a freed block is invoiced again by the next run.
- `invoiced_elsewhere`: the purchase is settled without a line of ours.

Every purchase already in the ledger is marked `invoiced_elsewhere`. Until
now TechLedger never invoiced a block (the shop billed it by hand, or the
demo wrote its own lines), so a purchase with no line is not an unpaid one:
without the mark the first month-end run after the upgrade would bill every
block ever bought a second time.

Why the link sits on the ledger and not on `invoice_lines`: invoice_lines
carries the triggers of 0002 that freeze issued invoices; SQLite can add a
foreign key only by rebuilding a table in batch mode, which would drop those
triggers. The prepaid ledger has no triggers, so batch mode may rebuild it.
The line's kind is 'fee' (a fixed-price sale, not hours billed), which the
kind constraint already allows: a new kind would need that rebuild too.
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("prepaid_ledger") as batch:
        batch.add_column(sa.Column("invoice_line_id", sa.Integer(), nullable=True))
        batch.add_column(
            sa.Column(
                "invoiced_elsewhere", sa.Boolean(), nullable=False, server_default=sa.false()
            )
        )
        batch.create_foreign_key(
            op.f("fk_prepaid_ledger_invoice_line_id_invoice_lines"),
            "invoice_lines",
            ["invoice_line_id"],
            ["id"],
        )
        batch.create_index(
            op.f("ix_prepaid_ledger_invoice_line_id"), ["invoice_line_id"], unique=True
        )
    # Blocks bought before this version were never on a line of ours.
    op.execute(
        sa.text("UPDATE prepaid_ledger SET invoiced_elsewhere = :yes WHERE kind = 'purchase'")
        .bindparams(yes=True)
    )


def downgrade() -> None:
    with op.batch_alter_table("prepaid_ledger") as batch:
        batch.drop_index(op.f("ix_prepaid_ledger_invoice_line_id"))
        batch.drop_constraint(
            op.f("fk_prepaid_ledger_invoice_line_id_invoice_lines"), type_="foreignkey"
        )
        batch.drop_column("invoiced_elsewhere")
        batch.drop_column("invoice_line_id")
