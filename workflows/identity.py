"""Identity confirmation: one-time codes and link tokens sent to an address on record.

The From: header proves nothing. A code goes to the address the registry holds (or, for an
unknown sender, to the sender's own address, which proves only control of it). Only HMACs
of codes and SHA-256 of link tokens are stored; codes expire, allow few attempts, and are
compared in constant time.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlmodel import Session, col, select

from workflows.audit import record
from workflows.models import Case, Customer, IdentityChallenge
from workflows.states import CUSTOMER, SYSTEM
from workflows.workspace import Workspace

CODE_DIGITS = 6
PENDING, CONFIRMED, SUPERSEDED, LOCKED, EXPIRED = (
    "pending",
    "confirmed",
    "superseded",
    "locked",
    "expired",
)
_INSERT_CHALLENGE = IdentityChallenge.__table__.insert()
_CODE_IN_TEXT = re.compile(r"(?<!\d)(\d{3})[ \-]?(\d{3})(?!\d)")
_CASE_NUMBER = re.compile(r"[A-Za-z]{1,8}-\d{4}-\d{6,}")


@dataclass(frozen=True)
class IssuedChallenge:
    """A challenge just made, with the secrets that exist only until they are sent."""

    challenge_id: int
    expires_at: datetime
    code: str
    token: str


def _code_hash(secret_key: str, token_hash: str, code: str) -> str:
    return hmac.new(secret_key.encode(), f"{token_hash}:{code}".encode(), "sha256").hexdigest()


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def issue_challenge(
    session: Session,
    ws: Workspace,
    case: Case,
    *,
    destination: str,
    customer: Customer | None,
    actor: str,
) -> IssuedChallenge:
    """A new code and link token for `case`, sent to `destination`; earlier ones stop working."""
    if case.identity_state == "pending":  # only then can an earlier code be waiting
        supersede_pending(session, case)
    code = f"{secrets.randbelow(10**CODE_DIGITS):0{CODE_DIGITS}d}"
    token = secrets.token_urlsafe(32)
    token_hash = _token_hash(token)
    now = ws.now()
    challenge = {
        "case_id": case.id,
        "customer_id": None if customer is None else customer.id,
        "channel": "email",
        "destination": destination,
        "code_hash": _code_hash(ws.settings.secret_key, token_hash, code),
        "token_hash": token_hash,
        "state": PENDING,
        "attempts": 0,
        "max_attempts": ws.settings.identity_max_attempts,
        "created_at": now,
        "expires_at": now + timedelta(hours=ws.settings.identity_code_hours),
        "confirmed_at": None,
    }
    # a plain INSERT: its id is known at once, without flushing the whole session
    inserted = session.connection().execute(_INSERT_CHALLENGE, challenge)
    challenge_id = inserted.inserted_primary_key[0]
    case.identity_state = "pending"
    if customer is not None:
        case.customer_id = customer.id
    session.add(case)
    record(
        session,
        case,
        actor=actor,
        action="identity_code_sent",
        details={"challenge": challenge_id, "to": mask_address(destination)},
    )
    return IssuedChallenge(challenge_id, challenge["expires_at"], code, token)


_PENDING_OF_CASE = (
    select(IdentityChallenge)
    .where(IdentityChallenge.case_id == sa.bindparam("case_id"), IdentityChallenge.state == PENDING)
    .order_by(col(IdentityChallenge.id))
)


def pending_challenges(session: Session, case: Case) -> list[IdentityChallenge]:
    return list(session.exec(_PENDING_OF_CASE, params={"case_id": case.id}).all())


def supersede_pending(session: Session, case: Case) -> None:
    """Earlier codes of `case` stop working."""
    for older in pending_challenges(session, case):
        older.state = SUPERSEDED
        session.add(older)


def codes_in(text: str) -> list[str]:
    """Six-digit codes in a customer's text (full-width digits, `123 456`, `123-456`)."""
    folded = _CASE_NUMBER.sub(" ", unicodedata.normalize("NFKC", text))
    return [first + second for first, second in _CODE_IN_TEXT.findall(folded)]


def try_codes(session: Session, ws: Workspace, case: Case, text: str) -> IdentityChallenge | None:
    """The challenge that a code in `text` confirms, or None; one attempt per message."""
    candidates = codes_in(text)
    if not candidates:
        return None
    now = ws.now()
    for challenge in pending_challenges(session, case):
        if challenge.expires_at <= now:
            challenge.state = EXPIRED
            session.add(challenge)
            continue
        matched = False
        for code in candidates:
            expected = _code_hash(ws.settings.secret_key, challenge.token_hash, code)
            matched |= hmac.compare_digest(expected, challenge.code_hash)
        if matched:
            challenge.state = CONFIRMED
            challenge.confirmed_at = now
            session.add(challenge)
            return challenge
        challenge.attempts += 1
        if challenge.attempts >= challenge.max_attempts:
            challenge.state = LOCKED
            record(session, case, actor=SYSTEM, action="identity_code_locked", details={})
        session.add(challenge)
    record(session, case, actor=CUSTOMER, action="identity_code_wrong", details={})
    return None


def challenge_for_token(session: Session, ws: Workspace, token: str) -> IdentityChallenge | None:
    """The pending, unexpired challenge a link token belongs to, or None."""
    challenge = session.exec(
        select(IdentityChallenge).where(IdentityChallenge.token_hash == _token_hash(token))
    ).first()
    if challenge is None or challenge.state != PENDING or challenge.expires_at <= ws.now():
        return None
    challenge.state = CONFIRMED
    challenge.confirmed_at = ws.now()
    session.add(challenge)
    return challenge


def mark_confirmed(case: Case, ws: Workspace, *, by: str) -> None:
    case.identity_state = "confirmed"
    case.identity_confirmed_at = ws.now()
    case.identity_confirmed_by = by


def mask_address(address: str) -> str:
    """`taro@example.jp` as `t***@example.jp`, for messages that say where a code went."""
    local, at, domain = address.partition("@")
    return f"{local[:1]}***{at}{domain}" if at else "***"
