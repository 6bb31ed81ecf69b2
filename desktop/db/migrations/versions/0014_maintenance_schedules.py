"""Maintenance schedules and the occurrences they made; articles for clients.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-08

A schedule is an RFC 5545 recurrence rule with a ticket template. Each
occurrence made is one row of schedule_occurrences, unique per schedule and
date: two copies of the app running the schedules at once insert-or-skip
the same row, so an occurrence opens exactly one ticket.

Knowledge articles gain `for_clients` (shown on the client help site; off
for every existing article, so nothing is published by the upgrade) and
`internal_notes` (never exported). Plain ADD COLUMN: no table rebuild, the
FTS triggers stay.
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "maintenance_schedules",
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("contract_id", sa.Integer(), nullable=True),
        sa.Column("rule", sa.String(length=500), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("resume_from", sa.Date(), nullable=True),
        sa.Column("paused", sa.Boolean(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("checklist", sa.Text(), nullable=False),
        sa.Column("tier", sa.Integer(), nullable=False),
        sa.Column("priority", sa.String(length=10), nullable=False),
        sa.Column("assigned_technician_id", sa.Integer(), nullable=True),
        sa.Column("work_type_id", sa.Integer(), nullable=True),
        sa.Column("estimated_minutes", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False
        ),
        sa.CheckConstraint(
            "priority IN ('low', 'normal', 'high', 'urgent')",
            name=op.f("ck_maintenance_schedules_priority"),
        ),
        sa.CheckConstraint("tier BETWEEN 0 AND 3", name=op.f("ck_maintenance_schedules_tier")),
        sa.CheckConstraint(
            "estimated_minutes IS NULL OR estimated_minutes > 0",
            name=op.f("ck_maintenance_schedules_estimate"),
        ),
        sa.CheckConstraint(
            "ends_on IS NULL OR ends_on >= starts_on", name=op.f("ck_maintenance_schedules_period")
        ),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_maintenance_schedules_client_id_clients")
        ),
        sa.ForeignKeyConstraint(
            ["contract_id"],
            ["contracts.id"],
            name=op.f("fk_maintenance_schedules_contract_id_contracts"),
        ),
        sa.ForeignKeyConstraint(
            ["assigned_technician_id"],
            ["technicians.id"],
            name=op.f("fk_maintenance_schedules_assigned_technician_id_technicians"),
        ),
        sa.ForeignKeyConstraint(
            ["work_type_id"],
            ["work_types.id"],
            name=op.f("fk_maintenance_schedules_work_type_id_work_types"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_maintenance_schedules")),
    )
    op.create_table(
        "schedule_occurrences",
        sa.Column("schedule_id", sa.Integer(), nullable=False),
        sa.Column("occurs_on", sa.Date(), nullable=False),
        sa.Column("ticket_id", sa.Integer(), nullable=True),
        sa.Column("made_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["schedule_id"],
            ["maintenance_schedules.id"],
            name=op.f("fk_schedule_occurrences_schedule_id_maintenance_schedules"),
        ),
        sa.ForeignKeyConstraint(
            ["ticket_id"], ["tickets.id"], name=op.f("fk_schedule_occurrences_ticket_id_tickets")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_schedule_occurrences")),
        sa.UniqueConstraint(
            "schedule_id", "occurs_on", name=op.f("uq_schedule_occurrences_schedule_id_occurs_on")
        ),
    )


    op.add_column(
        "knowledge_articles",
        sa.Column("for_clients", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.add_column(
        "knowledge_articles",
        sa.Column("internal_notes", sa.Text(), nullable=False, server_default=""),
    )


def downgrade() -> None:
    # SQLite (3.35+) drops a column in place; no rebuild, the triggers stay.
    op.execute("ALTER TABLE knowledge_articles DROP COLUMN internal_notes")
    op.execute("ALTER TABLE knowledge_articles DROP COLUMN for_clients")
    op.drop_table("schedule_occurrences")
    op.drop_table("maintenance_schedules")
