"""Indexes for sorting the time list by Billable and the ticket list by
title and tier; and for finding a line's credit-note lines.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-08

On the ten-year database (2M time entries, 200k tickets) sorting the time
list by Billable sorted every entry to show 200 (2.0-3.2 s) and "All
tickets" by title or tier every ticket (0.6-1.3 s). With these the page is
read by walking the index and stops after one page (see
services/queries/listing.py and tests/db/test_listing_plans.py).

`ix_time_entries_billable_started` leads with `billable`, a column the
unbilled-work queries filter on; the tests prove they still read through
the partial `ix_time_entries_unbilled` with the statistics of a file whose
entries are nearly all unbilled (where an earlier (billable, started_at)
index misled the dashboard's total into a 30 s plan before 0005's partial
indexes existed).

`ix_invoice_lines_credits_line` (credit-note lines only): drafting asks,
for each fee period, whether its fee line was credited with release; that
read every invoice line (30-75 ms a client, most of a month-end's time per
invoice on 456k lines).
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

# name, table, columns
INDEXES = (
    ("ix_time_entries_billable_started", "time_entries", ["billable", "started_at"]),
    ("ix_tickets_title", "tickets", ["title"]),
    ("ix_tickets_tier_opened", "tickets", ["tier", "opened_at"]),
)


CREDITS_ONLY = "credits_line_id IS NOT NULL"


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)
    op.create_index(
        "ix_invoice_lines_credits_line",
        "invoice_lines",
        ["credits_line_id"],
        sqlite_where=sa.text(CREDITS_ONLY),
        postgresql_where=sa.text(CREDITS_ONLY),
    )


def downgrade() -> None:
    op.drop_index("ix_invoice_lines_credits_line", table_name="invoice_lines")
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
