"""Queue replies in the Outbox: rendered once, guarded against mail loops, delivered later.

Nothing here talks to a network: the delivery workers of `intake serve` take pending entries,
send them and report back through `mark_sent` / `mark_failed`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from intake.compose import compose_mail, is_role_address
from workflows.audit import record
from workflows.drafting import RenderedReply
from workflows.message_ids import make_message_id
from workflows.models import Case, InboundMessage, Outbox
from workflows.states import SYSTEM
from workflows.workspace import Workspace

PENDING, SENDING, SENT, FAILED, UNDELIVERED, THROTTLED = (
    "pending",
    "sending",  # claimed by a delivery worker, committed before the send
    "sent",
    "failed",
    "undelivered",
    "throttled",
)
_RECENT_AUTOMATIC = "recent_automatic_counts"
_OUTBOX = Outbox.__table__
_RECENT_AUTOMATIC_COUNT = (
    sa.select(sa.func.count())
    .select_from(_OUTBOX)
    .where(
        _OUTBOX.c.recipient == sa.bindparam("recipient"),
        _OUTBOX.c.automatic.is_(True),
        _OUTBOX.c.state.in_((PENDING, SENT)),
        _OUTBOX.c.created_at >= sa.bindparam("since"),
    )
)
_INSERT_ENTRY = _OUTBOX.insert()
_BY_MESSAGE_ID = select(Outbox).where(Outbox.message_id == sa.bindparam("message_id")).limit(1)


def throttled_reason(session: Session, ws: Workspace, recipient: str) -> str | None:
    """Why an automatic message to `recipient` must not go out now, or None."""
    if is_role_address(recipient):
        return "role address (mailer-daemon, postmaster, no-reply and the like)"
    counts = session.info.setdefault(_RECENT_AUTOMATIC, {})
    if recipient not in counts:  # counted once; entries added later update the count
        since = ws.now() - timedelta(minutes=ws.settings.loop_guard_minutes)
        # entries are written when queued (`_add`), so the database holds them all
        params = {"recipient": recipient, "since": since}
        counts[recipient] = (
            session.connection().execute(_RECENT_AUTOMATIC_COUNT, params).scalar_one()
        )
    if counts[recipient] >= ws.settings.loop_guard_limit:
        minutes = ws.settings.loop_guard_minutes
        return f"{counts[recipient]} automatic messages to this address in {minutes} min"
    return None


def _thread_headers(inbound: InboundMessage | None) -> tuple[str | None, list[str]]:
    if inbound is None or not inbound.message_id:
        return None, []
    return inbound.message_id, list(inbound.facts.get("references", []))


def queue_to_requester(
    session: Session,
    ws: Workspace,
    case: Case,
    reply: RenderedReply,
    *,
    purpose: str,
    automatic: bool,
    answering: InboundMessage | None = None,
    to: str | None = None,
    by_mail: bool = False,
    attachments: Sequence[tuple[str, str, bytes]] = (),
    notice_key: str | None = None,
) -> int | None:
    """Queue `reply` where the requester reads it; the entry's id, or None (nothing queued)
    when it goes by mail and there is no address to send it to.

    A chat case's reply goes to its chat, unless `by_mail` is set or there are `attachments`
    (a chat message carries none). Mail goes to `to`, else to the requester's address, and
    is threaded to `answering` (no threading headers when that is None).
    """
    if case.channel == "chat" and case.chat_id is not None and not (by_mail or attachments):
        return queue_chat(
            session,
            ws,
            case,
            case.chat_id,
            reply,
            purpose=purpose,
            automatic=automatic,
            notice_key=notice_key,
        )
    recipient = to if to is not None else case.requester_address
    if not recipient:
        return None
    return queue_mail(
        session,
        ws,
        case,
        recipient,
        reply,
        purpose=purpose,
        automatic=automatic,
        answering=answering,
        attachments=attachments,
        notice_key=notice_key,
    )


def queue_mail(
    session: Session,
    ws: Workspace,
    case: Case,
    recipient: str,
    reply: RenderedReply,
    *,
    purpose: str,
    automatic: bool,
    answering: InboundMessage | None = None,
    attachments: Sequence[tuple[str, str, bytes]] = (),
    notice_key: str | None = None,
) -> int:
    """Render `reply` as mail to `recipient` and queue it (or record it throttled); its id."""
    settings = ws.settings
    message_id = make_message_id(settings.secret_key, case.number or "", settings.mail_domain)
    in_reply_to, references = _thread_headers(answering)
    entry = _new_entry(
        ws,
        case,
        channel="email",
        recipient=recipient,
        purpose=purpose,
        automatic=automatic,
        reply=reply,
        message_id=message_id,
        notice_key=notice_key,
    )
    entry["rendered"] = compose_mail(
        sender=settings.support_address,
        sender_name=settings.company_name_en,
        recipient=recipient,
        subject=reply.subject,
        body=reply.body,
        message_id=message_id,
        case_number=case.number,
        in_reply_to=in_reply_to,
        references=references,
        automatic=automatic,
        language=reply.language,
        japanese_charset=settings.japanese_mail_charset,
        loop_header_value=settings.mail_domain,
        attachments=attachments,
        date=ws.now(),
    )
    return _add(session, ws, case, entry)


def queue_chat(
    session: Session,
    ws: Workspace,
    case: Case,
    chat_id: int,
    reply: RenderedReply,
    *,
    purpose: str,
    automatic: bool,
    notice_key: str | None = None,
) -> int:
    """Queue a chat message (the Bot API's sendMessage fields, as JSON); its id."""
    text = reply.body if not reply.subject else f"{reply.subject}\n\n{reply.body}"
    entry = _new_entry(
        ws,
        case,
        channel="chat",
        recipient=str(chat_id),
        purpose=purpose,
        automatic=automatic,
        reply=reply,
        message_id=None,
        notice_key=notice_key,
    )
    entry["rendered"] = json.dumps({"chat_id": chat_id, "text": text}, ensure_ascii=False).encode()
    return _add(session, ws, case, entry)


def _new_entry(
    ws: Workspace,
    case: Case,
    *,
    channel: str,
    recipient: str,
    purpose: str,
    automatic: bool,
    reply: RenderedReply,
    message_id: str | None,
    notice_key: str | None,
) -> dict[str, Any]:
    """The values of a new Outbox row (`rendered` still to add), due now; the model's column
    defaults supply the rest: `pending`, no attempts, no error, not sent."""
    now = ws.now()
    return {
        "case_id": case.id,
        "channel": channel,
        "recipient": recipient,
        "purpose": purpose,
        "automatic": automatic,
        "subject": reply.subject,
        "body": reply.body,
        "message_id": message_id,
        "notice_key": notice_key,
        "next_attempt_at": now,
        "created_at": now,
    }


def _add(session: Session, ws: Workspace, case: Case, entry: dict[str, Any]) -> int:
    """Write the entry (or its throttled record) and its Event; the new row's id.

    A plain INSERT rather than an ORM object: nothing in the transaction that queues an
    entry reads it back as an object, and a model instance costs more than the row.
    """
    recipient = entry["recipient"]
    reason = throttled_reason(session, ws, recipient) if entry["automatic"] else None
    if reason is not None:
        entry.update(state=THROTTLED, next_attempt_at=None, last_error=reason)
    elif entry["automatic"]:  # throttled_reason has just counted this recipient
        session.info[_RECENT_AUTOMATIC][recipient] += 1
    inserted = session.connection().execute(_INSERT_ENTRY, entry)
    details = {
        "purpose": entry["purpose"],
        "channel": entry["channel"],
        "message_id": entry["message_id"],
    }
    if reason is not None:
        record(session, case, actor=SYSTEM, action="loop_guard_throttled", details=details)
    else:
        record(session, case, actor=SYSTEM, action="queued", details=details)
    return inserted.inserted_primary_key[0]


def mark_sent(session: Session, entry: Outbox, at: datetime) -> None:
    entry.state = SENT
    entry.sent_at = at
    entry.attempts += 1
    entry.next_attempt_at = None
    session.add(entry)


def mark_failed(
    session: Session, entry: Outbox, error: str, *, permanent: bool, retry_at: datetime | None
) -> None:
    """A failed attempt: retried at `retry_at`, or given up when `permanent`."""
    entry.attempts += 1
    entry.last_error = error
    entry.state = FAILED if permanent else PENDING
    entry.next_attempt_at = None if permanent else retry_at
    session.add(entry)


def by_message_id(session: Session, message_id: str) -> Outbox | None:
    """Our outbox entry with this Message-ID (with or without angle brackets)."""
    bare = message_id.strip().strip("<>")
    if not bare:
        return None
    return session.exec(_BY_MESSAGE_ID, params={"message_id": f"<{bare}>"}).first()


def pending(session: Session, now: datetime, channel: str, limit: int = 50) -> list[Outbox]:
    """Entries due for delivery on `channel`, oldest first."""
    query = (
        select(Outbox)
        .where(Outbox.channel == channel, Outbox.state == PENDING)
        .where(col(Outbox.next_attempt_at) <= now)
        .order_by(col(Outbox.id))
        .limit(limit)
    )
    return list(session.exec(query).all())
