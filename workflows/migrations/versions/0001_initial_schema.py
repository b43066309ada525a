"""initial schema

Revision ID: 0001
Revises: -
Create Date: 2026-11-25 05:18:21.731703
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import workflows.columns

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "customer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.String(length=64), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("postal_address", sa.String(length=500), nullable=True),
        sa.Column("telegram_user_id", sa.BigInteger(), nullable=True),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.Column("marketing_opt_out", sa.Boolean(), nullable=False),
        sa.Column("third_party_opt_out", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.String(), nullable=True),
        sa.Column("created_at", workflows.columns.UTCDateTime(), nullable=False),
        sa.Column("updated_at", workflows.columns.UTCDateTime(), nullable=False),
        sa.Column("erased_at", workflows.columns.UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("account_id"),
        sa.UniqueConstraint("telegram_user_id"),
    )
    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_customer_phone"), ["phone"], unique=False)

    op.create_table(
        "staff_user",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=100), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=True),
        sa.Column("email", sa.String(length=320), nullable=True),
        sa.Column("password_hash", sa.String(length=300), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("failed_logins", sa.Integer(), nullable=False),
        sa.Column("locked_until", workflows.columns.UTCDateTime(), nullable=True),
        sa.Column("created_at", workflows.columns.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("username"),
    )
    op.create_table(
        "tombstone",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("identifier_hashes", sa.JSON(), nullable=False),
        sa.Column("case_number", sa.String(length=30), nullable=True),
        sa.Column("requested_at", workflows.columns.UTCDateTime(), nullable=True),
        sa.Column("erased_at", workflows.columns.UTCDateTime(), nullable=False),
        sa.Column("outcome", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "customer_email",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("address", sa.String(length=320), nullable=False),
        sa.Column("is_primary", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("address"),
    )
    with op.batch_alter_table("customer_email", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_customer_email_customer_id"), ["customer_id"], unique=False
        )

    op.create_table(
        "provision_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("recipient", sa.String(length=300), nullable=False),
        sa.Column("data_items", sa.String(length=1000), nullable=False),
        sa.Column("purpose", sa.String(length=1000), nullable=True),
        sa.Column("provided_at", workflows.columns.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("provision_record", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_provision_record_customer_id"), ["customer_id"], unique=False
        )

    op.create_table(
        "request_case",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=30), nullable=True),
        sa.Column("channel", sa.String(length=10), nullable=False),
        sa.Column("state", sa.String(length=30), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("requester_address", sa.String(length=320), nullable=True),
        sa.Column("requester_name", sa.String(length=300), nullable=True),
        sa.Column("chat_user_id", sa.BigInteger(), nullable=True),
        sa.Column("chat_id", sa.BigInteger(), nullable=True),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("subject", sa.String(), nullable=True),
        sa.Column("kinds", sa.JSON(), nullable=False),
        sa.Column("identity_state", sa.String(length=20), nullable=False),
        sa.Column("identity_confirmed_at", workflows.columns.UTCDateTime(), nullable=True),
        sa.Column("identity_confirmed_by", sa.String(length=200), nullable=True),
        sa.Column("trust_notes", sa.JSON(), nullable=False),
        sa.Column("linked_case_id", sa.Integer(), nullable=True),
        sa.Column("opened_at", workflows.columns.UTCDateTime(), nullable=False),
        sa.Column("updated_at", workflows.columns.UTCDateTime(), nullable=False),
        sa.Column("due_ack_at", workflows.columns.UTCDateTime(), nullable=True),
        sa.Column("due_answer_at", workflows.columns.UTCDateTime(), nullable=True),
        sa.Column("due_backstop_at", workflows.columns.UTCDateTime(), nullable=True),
        sa.Column("closed_at", workflows.columns.UTCDateTime(), nullable=True),
        sa.Column("close_reason", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
        ),
        sa.ForeignKeyConstraint(
            ["linked_case_id"],
            ["request_case.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("number"),
    )
    with op.batch_alter_table("request_case", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_request_case_chat_user_id"), ["chat_user_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_request_case_customer_id"), ["customer_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_request_case_due_answer_at"), ["due_answer_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_request_case_requester_address"), ["requester_address"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_request_case_state"), ["state"], unique=False)

    op.create_table(
        "case_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.String(), nullable=True),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("decided_by", sa.String(length=200), nullable=True),
        sa.Column("decided_at", workflows.columns.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["request_case.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("case_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_item_case_id"), ["case_id"], unique=False)

    op.create_table(
        "draft",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("template", sa.String(length=50), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("subject", sa.String(), nullable=False),
        sa.Column("body", sa.String(), nullable=False),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("created_at", workflows.columns.UTCDateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("approved_by", sa.String(length=200), nullable=True),
        sa.Column("approved_at", workflows.columns.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["request_case.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("draft", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_draft_case_id"), ["case_id"], unique=False)

    op.create_table(
        "identity_challenge",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("channel", sa.String(length=10), nullable=False),
        sa.Column("destination", sa.String(length=320), nullable=False),
        sa.Column("code_hash", sa.String(length=128), nullable=False),
        sa.Column("token_hash", sa.String(length=128), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("max_attempts", sa.Integer(), nullable=False),
        sa.Column("created_at", workflows.columns.UTCDateTime(), nullable=False),
        sa.Column("expires_at", workflows.columns.UTCDateTime(), nullable=False),
        sa.Column("confirmed_at", workflows.columns.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["request_case.id"],
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("token_hash"),
    )
    with op.batch_alter_table("identity_challenge", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_identity_challenge_case_id"), ["case_id"], unique=False
        )

    op.create_table(
        "inbound_message",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=10), nullable=False),
        sa.Column("unique_key", sa.String(length=400), nullable=False),
        sa.Column("raw", sa.LargeBinary(), nullable=True),
        sa.Column("received_at", workflows.columns.UTCDateTime(), nullable=False),
        sa.Column("envelope", sa.JSON(), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("error", sa.String(), nullable=True),
        sa.Column("processed_at", workflows.columns.UTCDateTime(), nullable=True),
        sa.Column("sender_address", sa.String(length=320), nullable=True),
        sa.Column("sender_name", sa.String(length=300), nullable=True),
        sa.Column("chat_user_id", sa.BigInteger(), nullable=True),
        sa.Column("chat_id", sa.BigInteger(), nullable=True),
        sa.Column("subject", sa.String(), nullable=True),
        sa.Column("message_id", sa.String(length=1000), nullable=True),
        sa.Column("language", sa.String(length=8), nullable=True),
        sa.Column("kinds", sa.JSON(), nullable=False),
        sa.Column("cues", sa.JSON(), nullable=False),
        sa.Column("facts", sa.JSON(), nullable=False),
        sa.Column("new_text", sa.String(), nullable=True),
        sa.Column("auto_reply", sa.Boolean(), nullable=False),
        sa.Column("bounce", sa.Boolean(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("body_erased_at", workflows.columns.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["request_case.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("unique_key"),
    )
    with op.batch_alter_table("inbound_message", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_inbound_message_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_inbound_message_chat_user_id"), ["chat_user_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_inbound_message_sender_address"), ["sender_address"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_inbound_message_state"), ["state"], unique=False)

    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("channel", sa.String(length=10), nullable=False),
        sa.Column("recipient", sa.String(length=320), nullable=False),
        sa.Column("purpose", sa.String(length=50), nullable=False),
        sa.Column("automatic", sa.Boolean(), nullable=False),
        sa.Column("subject", sa.String(), nullable=True),
        sa.Column("body", sa.String(), nullable=True),
        sa.Column("rendered", sa.LargeBinary(), nullable=True),
        sa.Column("message_id", sa.String(length=400), nullable=True),
        sa.Column("notice_key", sa.String(length=300), nullable=True),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", workflows.columns.UTCDateTime(), nullable=True),
        sa.Column("last_error", sa.String(), nullable=True),
        sa.Column("created_at", workflows.columns.UTCDateTime(), nullable=False),
        sa.Column("sent_at", workflows.columns.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["request_case.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("message_id"),
        sa.UniqueConstraint("notice_key"),
    )
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_outbox_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_outbox_next_attempt_at"), ["next_attempt_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_outbox_state"), ["state"], unique=False)

    op.create_table(
        "event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("inbound_id", sa.Integer(), nullable=True),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=60), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("at", workflows.columns.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["request_case.id"],
        ),
        sa.ForeignKeyConstraint(
            ["inbound_id"],
            ["inbound_message.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_event_case_id"), ["case_id"], unique=False)

    _make_event_append_only()


def downgrade() -> None:
    _drop_event_guard()
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_case_id"))
        batch_op.drop_index(batch_op.f("ix_event_at"))

    op.drop_table("event")
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outbox_state"))
        batch_op.drop_index(batch_op.f("ix_outbox_next_attempt_at"))
        batch_op.drop_index(batch_op.f("ix_outbox_case_id"))

    op.drop_table("outbox")
    with op.batch_alter_table("inbound_message", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_inbound_message_state"))
        batch_op.drop_index(batch_op.f("ix_inbound_message_sender_address"))
        batch_op.drop_index(batch_op.f("ix_inbound_message_chat_user_id"))
        batch_op.drop_index(batch_op.f("ix_inbound_message_case_id"))

    op.drop_table("inbound_message")
    with op.batch_alter_table("identity_challenge", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_identity_challenge_case_id"))

    op.drop_table("identity_challenge")
    with op.batch_alter_table("draft", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_draft_case_id"))

    op.drop_table("draft")
    with op.batch_alter_table("case_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_item_case_id"))

    op.drop_table("case_item")
    with op.batch_alter_table("request_case", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_request_case_state"))
        batch_op.drop_index(batch_op.f("ix_request_case_requester_address"))
        batch_op.drop_index(batch_op.f("ix_request_case_due_answer_at"))
        batch_op.drop_index(batch_op.f("ix_request_case_customer_id"))
        batch_op.drop_index(batch_op.f("ix_request_case_chat_user_id"))

    op.drop_table("request_case")
    with op.batch_alter_table("provision_record", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_provision_record_customer_id"))

    op.drop_table("provision_record")
    with op.batch_alter_table("customer_email", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_customer_email_customer_id"))

    op.drop_table("customer_email")
    op.drop_table("tombstone")
    op.drop_table("staff_user")
    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_customer_phone"))

    op.drop_table("customer")


_SQLITE_GUARD = """
CREATE TRIGGER event_no_{verb} BEFORE {verb} ON event
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END
"""
_POSTGRESQL_GUARD_FUNCTION = """
CREATE FUNCTION event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'the audit trail is append-only'; END $$
"""
_POSTGRESQL_GUARD = """
CREATE TRIGGER event_append_only BEFORE UPDATE OR DELETE ON event
FOR EACH ROW EXECUTE FUNCTION event_append_only()
"""


def _make_event_append_only() -> None:
    """Refuse UPDATE and DELETE on the audit trail in the database itself."""
    if op.get_bind().dialect.name == "sqlite":
        for verb in ("UPDATE", "DELETE"):
            op.execute(_SQLITE_GUARD.format(verb=verb))
    elif op.get_bind().dialect.name == "postgresql":
        op.execute(_POSTGRESQL_GUARD_FUNCTION)
        op.execute(_POSTGRESQL_GUARD)


def _drop_event_guard() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS event_no_UPDATE")
        op.execute("DROP TRIGGER IF EXISTS event_no_DELETE")
    elif op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS event_append_only ON event")
        op.execute("DROP FUNCTION IF EXISTS event_append_only()")
