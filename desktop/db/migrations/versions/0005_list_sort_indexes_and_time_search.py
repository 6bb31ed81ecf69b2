"""Indexes for sorting the time list by any column, and full-text search
over time-entry descriptions.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29

Sorting two million time entries by technician, ticket, work type or
minutes took 5–11 s: every sort read and sorted the whole table to show 200
rows. With these indexes the list walks an index and stops after one
page (see services/queries/listing.py and tests/db/test_listing_plans.py).
`ix_time_entries_ticket_started` replaces `ix_time_entries_ticket` (its
leading column serves the same lookups).

`ix_time_entries_invoice_line` now holds billed entries only. With every
unbilled entry under one NULL key, ANALYZE's average made it look selective
for `invoice_line_id IS NULL`, so the unbilled-work queries (month-end
client list, drafting) read all entries through it instead of the partial
index `ix_time_entries_unbilled`: 38 s to list the clients to bill, 2-3 s
per client drafted, on two million unbilled entries.

SQLite: `time_entries_fts`, an FTS5 table with external content (tokens
only, the text stays in time_entries), the same tokenizer as the ticket
search of 0003, kept in sync by triggers. A search in the time list that
matches few or no entries reads the index instead of every row (7 s on two
million entries before). Building it takes about 4 s per two million
entries. PostgreSQL: no index table; the list keeps its ILIKE filter.
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# name, table, columns
INDEXES = (
    ("ix_technicians_name", "technicians", ["name"]),
    ("ix_work_types_name", "work_types", ["name"]),
    ("ix_time_entries_ticket_started", "time_entries", ["ticket_id", "started_at"]),
    ("ix_time_entries_work_type_started", "time_entries", ["work_type_id", "started_at"]),
    ("ix_time_entries_raw_minutes", "time_entries", ["raw_minutes"]),
    ("ix_time_entries_billed_minutes", "time_entries", ["billed_minutes"]),
)

FTS_TABLE = "time_entries_fts"
TOKENIZER = "unicode61 remove_diacritics 2"
_DELETE = (
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, description) "
    "VALUES ('delete', old.id, old.description);"
)
_INSERT = f"INSERT INTO {FTS_TABLE}(rowid, description) VALUES (new.id, new.description);"
SQLITE_FTS = (
    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(description, content='time_entries', "
    f"content_rowid='id', tokenize='{TOKENIZER}')",
    f"CREATE TRIGGER trg_{FTS_TABLE}_insert AFTER INSERT ON time_entries BEGIN {_INSERT} END",
    f"CREATE TRIGGER trg_{FTS_TABLE}_delete AFTER DELETE ON time_entries BEGIN {_DELETE} END",
    f"CREATE TRIGGER trg_{FTS_TABLE}_update AFTER UPDATE OF description ON time_entries "
    f"BEGIN {_DELETE} {_INSERT} END",
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')",
)


BILLED_ONLY = "invoice_line_id IS NOT NULL"


def upgrade() -> None:
    op.drop_index("ix_time_entries_ticket", table_name="time_entries")
    op.drop_index("ix_time_entries_invoice_line", table_name="time_entries")
    op.create_index(
        "ix_time_entries_invoice_line",
        "time_entries",
        ["invoice_line_id"],
        sqlite_where=sa.text(BILLED_ONLY),
        postgresql_where=sa.text(BILLED_ONLY),
    )
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)
    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_FTS:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for action in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS trg_{FTS_TABLE}_{action}")
        op.execute(f"DROP TABLE IF EXISTS {FTS_TABLE}")
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
    op.create_index("ix_time_entries_ticket", "time_entries", ["ticket_id"])
    op.drop_index("ix_time_entries_invoice_line", table_name="time_entries")
    op.create_index("ix_time_entries_invoice_line", "time_entries", ["invoice_line_id"])
