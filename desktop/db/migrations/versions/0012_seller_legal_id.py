"""The shop's legal registration id (EN 16931 BT-30) and its scheme.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-08

An invoice to a buyer outside EU VAT names no VAT ids (BR-O-02), and the
seller must then still be identified (BR-CO-26): by its legal registration
id, e.g. a Swedish organisation number with ISO 6523 scheme 0007. Two
nullable columns on the shop; invoices already issued keep their seller
snapshot as it was.

Plain ADD COLUMN, not batch mode (a rebuild would drop triggers).
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("shop", sa.Column("legal_id", sa.String(length=50), nullable=True))
    op.add_column("shop", sa.Column("legal_id_scheme", sa.String(length=4), nullable=True))


def downgrade() -> None:
    # SQLite (3.35+) drops a column in place.
    op.execute("ALTER TABLE shop DROP COLUMN legal_id_scheme")
    op.execute("ALTER TABLE shop DROP COLUMN legal_id")
