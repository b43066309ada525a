"""Claim Outbox entries before sending them, and settle each attempt: sent, retried, failed.

Nothing here knows a channel's network: a delivery worker claims due entries (`claim_due`),
sends each one and reports the outcome (`settle`). The claim is committed before the send
(state `sending`), so an entry is sent at most once: an entry found `sending` when a worker
starts was interrupted mid-send and is marked failed for staff to check
(`release_interrupted`), never resent on its own. Mail (`intake.delivery`) and chat
(`bots.telegram_delivery`) deliver through the same functions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import Session, col, select

from intake.settings import Settings
from workflows.audit import record
from workflows.db import is_sqlite
from workflows.models import Case, Outbox
from workflows.outbox import PENDING, SENDING, mark_failed, mark_sent
from workflows.states import APPROVED, SYSTEM, transition
from workflows.workspace import Workspace

INTERRUPTED = "interrupted during delivery; check before resending"
MAX_DOUBLINGS = 20  # the backoff stops growing after this many attempts


@dataclass(frozen=True)
class Outcome:
    """How one attempt ended: sent, or an error that is permanent or worth a retry
    (`wait`: the least time the server asked us to wait)."""

    sent: bool
    error: str = ""
    permanent: bool = False
    wait: timedelta | None = None


SENT_OUTCOME = Outcome(sent=True)


def claim_due_in(session: Session, ws: Workspace, channel: str, limit: int) -> list[Outbox]:
    """Mark up to `limit` due pending entries of `channel` `sending` in the caller's
    transaction; on PostgreSQL rows another worker holds are skipped (FOR UPDATE SKIP LOCKED).
    While an entry is `sending`, `next_attempt_at` holds the time it was claimed."""
    now = ws.now()
    query = (
        select(Outbox)
        .where(Outbox.channel == channel, Outbox.state == PENDING)
        .where(col(Outbox.next_attempt_at) <= now)
        .order_by(col(Outbox.next_attempt_at), col(Outbox.id))
        .limit(limit)
    )
    if not is_sqlite(ws.engine):  # SQLite: BEGIN IMMEDIATE already makes one writer at a time
        query = query.with_for_update(skip_locked=True)
    entries = list(session.exec(query).all())
    for entry in entries:
        entry.state = SENDING
        entry.next_attempt_at = now
        session.add(entry)
    return entries


def claim_due(ws: Workspace, channel: str, limit: int = 1) -> list[Outbox]:
    """`claim_due_in`, committed: the entries returned are this worker's to send."""
    with ws.transaction() as session:
        return claim_due_in(session, ws, channel, limit)


def retry_delay(settings: Settings, attempts: int) -> timedelta:
    """The wait after the `attempts`-th failed attempt: delivery_retry_seconds, doubling."""
    doublings = min(max(attempts - 1, 0), MAX_DOUBLINGS)
    return timedelta(seconds=settings.delivery_retry_seconds * 2**doublings)


def settle(ws: Workspace, entry_id: int, outcome: Outcome) -> str | None:
    """Record how the attempt on a claimed entry ended; its new state (None when the entry
    is no longer `sending`: then it is left as it is)."""
    with ws.transaction() as session:
        entry = session.get(Outbox, entry_id, with_for_update=True)
        if entry is None or entry.state != SENDING:
            return None
        case = session.get(Case, entry.case_id) if entry.case_id is not None else None
        details = {"outbox": entry.id, "purpose": entry.purpose, "channel": entry.channel}
        now = ws.now()
        if outcome.sent:
            mark_sent(session, entry, now)
            record(session, case, actor=SYSTEM, action="sent", details=details)
            if case is not None:
                _after_sent(session, case, entry)
            return entry.state
        attempts = entry.attempts + 1
        give_up = outcome.permanent or attempts >= ws.settings.delivery_max_attempts
        delay = max(retry_delay(ws.settings, attempts), outcome.wait or timedelta(0))
        mark_failed(session, entry, outcome.error, permanent=give_up, retry_at=now + delay)
        if give_up:
            details = {**details, "error": outcome.error, "attempts": entry.attempts}
            record(session, case, actor=SYSTEM, action="delivery_failed", details=details)
        return entry.state


def _after_sent(session: Session, case: Case, entry: Outbox) -> None:
    """The approved answer has left: the case is replied."""
    if entry.purpose == "answer" and case.state == APPROVED:
        transition(session, case, "replied", actor=SYSTEM, role=SYSTEM)


def release_interrupted(ws: Workspace, channel: str, claimed_before: datetime) -> int:
    """Mark failed the entries of `channel` left `sending` (claimed at or before
    `claimed_before`) by a worker that stopped mid-send; how many. They may or may not have
    reached the recipient, so staff decide; nothing resends them on its own."""
    with ws.transaction() as session:
        query = select(Outbox).where(
            Outbox.channel == channel,
            Outbox.state == SENDING,
            col(Outbox.next_attempt_at) <= claimed_before,
        )
        if not is_sqlite(ws.engine):
            query = query.with_for_update(skip_locked=True)
        entries = list(session.exec(query).all())
        for entry in entries:
            mark_failed(session, entry, INTERRUPTED, permanent=True, retry_at=None)
            case = session.get(Case, entry.case_id) if entry.case_id is not None else None
            details = {"outbox": entry.id, "purpose": entry.purpose, "channel": channel}
            record(session, case, actor=SYSTEM, action="delivery_interrupted", details=details)
        return len(entries)
