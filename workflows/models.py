"""The database tables of the workflow: registry, messages, cases, identity, drafts, outbox, audit.

Times are stored as UTC and read back as aware datetimes on SQLite and PostgreSQL alike.
The schema itself is created and changed only by the Alembic migrations in
`workflows/migrations/`; a test checks that they and these models agree.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import JSON, Field, SQLModel

from workflows.columns import UTCDateTime


def _empty_dict() -> dict[str, Any]:
    """A default for JSON columns (a plain function: pydantic inspects builtins slowly)."""
    return {}


def _empty_list() -> list[Any]:
    return []


def utc_now() -> datetime:
    return datetime.now(UTC)


def _when(*, nullable: bool = True, index: bool = False) -> Any:
    """A UTC time column."""
    if nullable:
        return Field(default=None, sa_type=UTCDateTime, nullable=True, index=index)
    return Field(default_factory=utc_now, sa_type=UTCDateTime, nullable=False, index=index)


class Customer(SQLModel, table=True):
    """Someone the company holds personal data about: the registry the requests act on."""

    id: int | None = Field(default=None, primary_key=True)
    account_id: str | None = Field(default=None, unique=True, max_length=64)
    name: str | None = Field(default=None, max_length=200)
    phone: str | None = Field(default=None, max_length=40, index=True)
    postal_address: str | None = Field(default=None, max_length=500)
    telegram_user_id: int | None = Field(default=None, unique=True, sa_type=sa.BigInteger)
    country: str | None = Field(default=None, max_length=2)
    marketing_opt_out: bool = Field(default=False)
    third_party_opt_out: bool = Field(default=False)
    notes: str | None = Field(default=None)
    created_at: datetime = _when(nullable=False)
    updated_at: datetime = _when(nullable=False)
    erased_at: datetime | None = _when()


class CustomerEmail(SQLModel, table=True):
    """An email address on record for a customer (stored lower-case)."""

    __tablename__ = "customer_email"

    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = Field(foreign_key="customer.id", index=True)
    address: str = Field(unique=True, max_length=320)
    is_primary: bool = Field(default=False)


class ProvisionRecord(SQLModel, table=True):
    """A record of personal data provided to a third party (APPI Art. 29), disclosed on request."""

    __tablename__ = "provision_record"

    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = Field(foreign_key="customer.id", index=True)
    recipient: str = Field(max_length=300)
    data_items: str = Field(max_length=1000)
    purpose: str | None = Field(default=None, max_length=1000)
    provided_at: datetime = _when(nullable=False)


class InboundMessage(SQLModel, table=True):
    """One message as received (raw bytes or update JSON), kept before anything else happens."""

    __tablename__ = "inbound_message"

    id: int | None = Field(default=None, primary_key=True)
    channel: str = Field(max_length=10)
    unique_key: str = Field(unique=True, max_length=400)
    raw: bytes | None = Field(default=None, sa_type=sa.LargeBinary)
    received_at: datetime = _when(nullable=False)
    envelope: dict[str, Any] = Field(default_factory=_empty_dict, sa_type=JSON)
    state: str = Field(default="stored", max_length=20, index=True)
    attempts: int = Field(default=0)
    error: str | None = Field(default=None)
    processed_at: datetime | None = _when()
    sender_address: str | None = Field(default=None, max_length=320, index=True)
    sender_name: str | None = Field(default=None, max_length=300)
    chat_user_id: int | None = Field(default=None, sa_type=sa.BigInteger, index=True)
    chat_id: int | None = Field(default=None, sa_type=sa.BigInteger)
    subject: str | None = Field(default=None)
    message_id: str | None = Field(default=None, max_length=1000)
    language: str | None = Field(default=None, max_length=8)
    kinds: list[str] = Field(default_factory=_empty_list, sa_type=JSON)
    cues: list[dict[str, Any]] = Field(default_factory=_empty_list, sa_type=JSON)
    facts: dict[str, Any] = Field(default_factory=_empty_dict, sa_type=JSON)
    new_text: str | None = Field(default=None)
    auto_reply: bool = Field(default=False)
    bounce: bool = Field(default=False)
    case_id: int | None = Field(default=None, foreign_key="request_case.id", index=True)
    body_erased_at: datetime | None = _when()


class Case(SQLModel, table=True):
    """A customer's request, from arrival to its answer."""

    __tablename__ = "request_case"

    id: int | None = Field(default=None, primary_key=True)
    number: str | None = Field(default=None, unique=True, max_length=30)
    channel: str = Field(max_length=10)
    state: str = Field(default="new", max_length=30, index=True)
    customer_id: int | None = Field(default=None, foreign_key="customer.id", index=True)
    requester_address: str | None = Field(default=None, max_length=320, index=True)
    requester_name: str | None = Field(default=None, max_length=300)
    chat_user_id: int | None = Field(default=None, sa_type=sa.BigInteger, index=True)
    chat_id: int | None = Field(default=None, sa_type=sa.BigInteger)
    language: str = Field(default="ja", max_length=8)
    subject: str | None = Field(default=None)
    kinds: list[str] = Field(default_factory=_empty_list, sa_type=JSON)
    identity_state: str = Field(default="not_needed", max_length=20)
    identity_confirmed_at: datetime | None = _when()
    identity_confirmed_by: str | None = Field(default=None, max_length=200)
    trust_notes: list[str] = Field(default_factory=_empty_list, sa_type=JSON)
    linked_case_id: int | None = Field(default=None, foreign_key="request_case.id")
    opened_at: datetime = _when(nullable=False)
    updated_at: datetime = _when(nullable=False)
    due_ack_at: datetime | None = _when()
    due_answer_at: datetime | None = _when(index=True)
    due_backstop_at: datetime | None = _when()
    closed_at: datetime | None = _when()
    close_reason: str | None = Field(default=None)
    # deadlines (`workflows.deadlines`): recomputed on every transition from the policy
    policy: str = Field(default="appi", max_length=10)
    due_identity_at: datetime | None = _when()
    # the scheduler's work list: the earliest notice not yet handled (NULL: none pending)
    next_notice_at: datetime | None = _when(index=True)
    notices_done_until: datetime | None = _when()  # notices due by then are handled
    # the same for the answer target's notices, on its clock: real time less the pauses
    answer_notices_done_until: datetime | None = _when()
    paused_at: datetime | None = _when()  # waiting for the customer's clarification since
    paused_for_seconds: int = Field(default=0)  # clarification waits that have ended
    restarted_at: datetime | None = _when()  # a reopened expired request counts from here
    extended_at: datetime | None = _when()
    extended_by_months: int = Field(default=0)
    extended_by_days: int = Field(default=0)
    extension_reason: str | None = Field(default=None)


class CaseItem(SQLModel, table=True):
    """One requested kind of a case, with its own outcome."""

    __tablename__ = "case_item"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="request_case.id", index=True)
    kind: str = Field(max_length=20)
    outcome: str = Field(default="pending", max_length=20)
    reason: str | None = Field(default=None)
    details: dict[str, Any] = Field(default_factory=_empty_dict, sa_type=JSON)
    decided_by: str | None = Field(default=None, max_length=200)
    decided_at: datetime | None = _when()


class IdentityChallenge(SQLModel, table=True):
    """A one-time code (and link token) sent to an address on record; only hashes are kept."""

    __tablename__ = "identity_challenge"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="request_case.id", index=True)
    customer_id: int | None = Field(default=None, foreign_key="customer.id")
    channel: str = Field(max_length=10)
    destination: str = Field(max_length=320)
    code_hash: str = Field(max_length=128)
    token_hash: str = Field(unique=True, max_length=128)
    state: str = Field(default="pending", max_length=20)
    attempts: int = Field(default=0)
    max_attempts: int = Field(default=5)
    created_at: datetime = _when(nullable=False)
    expires_at: datetime = Field(sa_type=UTCDateTime, nullable=False)
    confirmed_at: datetime | None = _when()


class Draft(SQLModel, table=True):
    """A version of a case's reply: subject, body, field changes; approved by staff."""

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="request_case.id", index=True)
    version: int = Field(default=1)
    template: str = Field(max_length=50)
    language: str = Field(max_length=8)
    subject: str
    body: str
    changes: list[dict[str, Any]] = Field(default_factory=_empty_list, sa_type=JSON)
    state: str = Field(default="current", max_length=20)
    created_at: datetime = _when(nullable=False)
    created_by: str = Field(default="system", max_length=200)
    approved_by: str | None = Field(default=None, max_length=200)
    approved_at: datetime | None = _when()


class Outbox(SQLModel, table=True):
    """A message to deliver: rendered once, sent at most once, retried with backoff."""

    # the loop guard counts an address's recent automatic messages on every automatic reply
    __table_args__ = (sa.Index("ix_outbox_recipient_created_at", "recipient", "created_at"),)

    id: int | None = Field(default=None, primary_key=True)
    case_id: int | None = Field(default=None, foreign_key="request_case.id", index=True)
    channel: str = Field(max_length=10)
    recipient: str = Field(max_length=320)
    purpose: str = Field(max_length=50)
    automatic: bool = Field(default=True)
    subject: str | None = Field(default=None)
    body: str | None = Field(default=None)
    rendered: bytes | None = Field(default=None, sa_type=sa.LargeBinary)
    message_id: str | None = Field(default=None, unique=True, max_length=400)
    notice_key: str | None = Field(default=None, unique=True, max_length=300)
    state: str = Field(default="pending", max_length=20, index=True)
    attempts: int = Field(default=0)
    next_attempt_at: datetime | None = _when(index=True)
    last_error: str | None = Field(default=None)
    created_at: datetime = _when(nullable=False)
    sent_at: datetime | None = _when()


class Event(SQLModel, table=True):
    """The append-only audit trail: who did what to which case, and when."""

    id: int | None = Field(default=None, primary_key=True)
    case_id: int | None = Field(default=None, foreign_key="request_case.id", index=True)
    inbound_id: int | None = Field(default=None, foreign_key="inbound_message.id")
    actor: str = Field(max_length=200)
    action: str = Field(max_length=60)
    details: dict[str, Any] = Field(default_factory=_empty_dict, sa_type=JSON)
    at: datetime = _when(nullable=False, index=True)


class Tombstone(SQLModel, table=True):
    """What remains of an erased customer: hashed identifiers, dates and the outcome."""

    id: int | None = Field(default=None, primary_key=True)
    identifier_hashes: list[str] = Field(default_factory=_empty_list, sa_type=JSON)
    case_number: str | None = Field(default=None, max_length=30)
    requested_at: datetime | None = _when()
    erased_at: datetime = _when(nullable=False)
    outcome: str = Field(max_length=200)


class StaffUser(SQLModel, table=True):
    """A member of the privacy desk: `agent` or `approver`."""

    __tablename__ = "staff_user"

    id: int | None = Field(default=None, primary_key=True)
    username: str = Field(unique=True, max_length=100)
    display_name: str | None = Field(default=None, max_length=200)
    email: str | None = Field(default=None, max_length=320)
    password_hash: str = Field(max_length=300)
    role: str = Field(default="agent", max_length=20)
    active: bool = Field(default=True)
    failed_logins: int = Field(default=0)
    locked_until: datetime | None = _when()
    created_at: datetime = _when(nullable=False)


class ImapCursor(SQLModel, table=True):
    """How far the IMAP poller has committed a mailbox: its UIDVALIDITY and the last UID kept."""

    __tablename__ = "imap_cursor"
    __table_args__ = (
        sa.UniqueConstraint("host", "username", "folder", name="uq_imap_cursor_mailbox"),
    )

    id: int | None = Field(default=None, primary_key=True)
    host: str = Field(max_length=255)
    username: str = Field(max_length=320)
    folder: str = Field(max_length=1000)
    uidvalidity: int = Field(sa_type=sa.BigInteger)
    last_uid: int = Field(default=0, sa_type=sa.BigInteger)
    updated_at: datetime = _when(nullable=False)
