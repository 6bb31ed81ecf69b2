"""Ticket SLA bookkeeping and full-text search over tickets and the
knowledge base.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29

Tickets get the moments their targets become "at risk" and the start of a
running pause, so the queue can filter in SQL.

SQLite: FTS5 tables with external content (the text stays in tickets and
knowledge_articles; the index holds only tokens), kept in sync by triggers.
The unicode61 tokenizer folds case for all scripts and, with
remove_diacritics 2, lets "losenord" find "lösenord". SQLite drops a table's
triggers when batch mode rebuilds it: a later migration that rebuilds
tickets or knowledge_articles must create these triggers again.

PostgreSQL: no index table; desktop.services.search uses ILIKE, which folds
case for every script on PostgreSQL.
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# index name, content table, indexed columns
FTS_TABLES = (
    ("tickets_fts", "tickets", ("number", "title", "description")),
    ("knowledge_fts", "knowledge_articles",
     ("title", "symptoms", "cause", "workaround", "fix", "tags")),
)
TOKENIZER = "unicode61 remove_diacritics 2"


def _sqlite_statements(index: str, table: str, columns: tuple[str, ...]) -> list[str]:
    names = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    delete = (f"INSERT INTO {index}({index}, rowid, {names}) "
              f"VALUES ('delete', old.id, {old});")
    insert = f"INSERT INTO {index}(rowid, {names}) VALUES (new.id, {new});"
    return [
        f"CREATE VIRTUAL TABLE {index} USING fts5({names}, content='{table}', "
        f"content_rowid='id', tokenize='{TOKENIZER}')",
        f"CREATE TRIGGER trg_{index}_insert AFTER INSERT ON {table} BEGIN {insert} END",
        f"CREATE TRIGGER trg_{index}_delete AFTER DELETE ON {table} BEGIN {delete} END",
        f"CREATE TRIGGER trg_{index}_update AFTER UPDATE OF {names} ON {table} "
        f"BEGIN {delete} {insert} END",
        f"INSERT INTO {index}({index}) VALUES ('rebuild')",
    ]


def upgrade() -> None:
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.add_column(sa.Column("first_response_warn_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("resolution_warn_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("sla_paused_since", sa.DateTime(), nullable=True))
    if op.get_bind().dialect.name == "sqlite":
        for index, table, columns in FTS_TABLES:
            for statement in _sqlite_statements(index, table, columns):
                op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for index, _table, _columns in FTS_TABLES:
            for action in ("insert", "delete", "update"):
                op.execute(f"DROP TRIGGER IF EXISTS trg_{index}_{action}")
            op.execute(f"DROP TABLE IF EXISTS {index}")
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.drop_column("sla_paused_since")
        batch_op.drop_column("resolution_warn_at")
        batch_op.drop_column("first_response_warn_at")
