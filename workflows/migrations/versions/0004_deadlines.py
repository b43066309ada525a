"""Deadlines on the case: its policy, identity expiry, pause and extension, and the scheduler's
work list (`next_notice_at`, indexed: each tick reads only the cases with a notice due).

Open cases of an older schema get `next_notice_at` set to their opening time, so the first
tick computes their schedule.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import workflows.columns

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

FINAL_STATES = ("closed", "rejected", "expired")


def upgrade() -> None:
    with op.batch_alter_table("request_case", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("policy", sa.String(length=10), nullable=False, server_default="appi")
        )
        for name in (
            "due_identity_at",
            "next_notice_at",
            "notices_done_until",
            "answer_notices_done_until",
            "paused_at",
            "restarted_at",
            "extended_at",
        ):
            batch_op.add_column(sa.Column(name, workflows.columns.UTCDateTime(), nullable=True))
        for name in ("paused_for_seconds", "extended_by_months", "extended_by_days"):
            batch_op.add_column(sa.Column(name, sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("extension_reason", sa.String(), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_request_case_next_notice_at"), ["next_notice_at"], unique=False
        )
    case = sa.table(
        "request_case",
        sa.column("state", sa.String()),
        sa.column("opened_at", workflows.columns.UTCDateTime()),
        sa.column("next_notice_at", workflows.columns.UTCDateTime()),
    )
    op.execute(
        case.update()
        .where(case.c.state.not_in(FINAL_STATES))
        .values(next_notice_at=case.c.opened_at)
    )


def downgrade() -> None:
    with op.batch_alter_table("request_case", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_request_case_next_notice_at"))
        for name in (
            "extension_reason",
            "extended_by_days",
            "extended_by_months",
            "paused_for_seconds",
            "extended_at",
            "restarted_at",
            "paused_at",
            "answer_notices_done_until",
            "notices_done_until",
            "next_notice_at",
            "due_identity_at",
            "policy",
        ):
            batch_op.drop_column(name)
