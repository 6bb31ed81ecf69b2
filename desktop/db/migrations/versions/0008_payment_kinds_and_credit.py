"""Payment kinds: a payment entered by mistake is reversed by a row of its own.

Revision ID: 0008
Revises: 0006
Create Date: 2026-12-08

The original payment stays; a `reversal` row names it and says why, so the
audit trail and the bank statement still agree. Existing rows are payments.
The payments table has no triggers, so batch mode may rebuild it.
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0006"
branch_labels = None
depends_on = None

KINDS = "kind IN ('payment', 'reversal', 'refund', 'credit_out', 'credit_in')"


def upgrade() -> None:
    with op.batch_alter_table("payments") as batch:
        batch.add_column(
            sa.Column("kind", sa.String(12), nullable=False, server_default="payment")
        )
        batch.add_column(sa.Column("reason", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("reverses_payment_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            op.f("fk_payments_reverses_payment_id_payments"),
            "payments",
            ["reverses_payment_id"],
            ["id"],
        )
        batch.create_check_constraint(op.f("ck_payments_kind"), KINDS)
        batch.create_index(op.f("ix_payments_reverses_payment_id"), ["reverses_payment_id"], unique=True)


def downgrade() -> None:
    with op.batch_alter_table("payments") as batch:
        batch.drop_index(op.f("ix_payments_reverses_payment_id"))
        batch.drop_constraint(op.f("ck_payments_kind"), type_="check")
        batch.drop_constraint(op.f("fk_payments_reverses_payment_id_payments"), type_="foreignkey")
        batch.drop_column("reverses_payment_id")
        batch.drop_column("reason")
        batch.drop_column("kind")
