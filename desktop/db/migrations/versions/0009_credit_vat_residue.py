"""Credit notes take the VAT cent residue of each rate.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-08

VAT is computed once per rate on the sum of that rate's line nets. Two
credit notes for halves of a rate can each round up (23 % of 50.03 is
11.5069 → 11.51, twice 23.02) and together credit more VAT than the
invoice charged (23 % of 100.06 = 23.01). A credit line may now carry a
VAT adjustment of its rate group, so the credit note that empties a rate
takes exactly the VAT left of it. Existing lines carry 0: their figures,
and the hashes sealing issued invoices, stay as they are.

Plain ADD COLUMN, not batch mode: a table rebuild would drop the triggers
that freeze issued lines.
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "invoice_lines",
        sa.Column("vat_adjust_minor", sa.Integer(), nullable=False, server_default="0"),
    )


def downgrade() -> None:
    # SQLite (3.35+) drops a column in place; no rebuild, the triggers stay.
    op.execute("ALTER TABLE invoice_lines DROP COLUMN vat_adjust_minor")
