"""Invoice lines priced by the minute.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-08

A time line drafted from now on is priced from its billed minutes (minutes
× hourly price ÷ 60, rounded once) and says so with `by_minute`. Every line
already written keeps False: issued invoices never change, and their nets
came from an hour quantity rounded to two decimals. The column is added in
place (ALTER TABLE ADD COLUMN), so the freezing triggers of invoice_lines
stay as they are and no stored row is rewritten.
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # recreate="never": a rebuilt invoice_lines would lose its freezing
    # triggers (migration 0002); SQLite adds a column in place.
    with op.batch_alter_table("invoice_lines", recreate="never") as batch:
        batch.add_column(
            sa.Column("by_minute", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    # Not batch mode: rebuilding invoice_lines would drop its freezing
    # triggers. SQLite (3.35 and later) drops a column in place.
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE invoice_lines DROP COLUMN by_minute")
    else:
        op.drop_column("invoice_lines", "by_minute")
