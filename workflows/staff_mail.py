"""Queue messages to the privacy desk: reminders and the digest to the staff, escalations to
the escalation address; by mail and in the staff (or escalation) chat, each once by its key.

The mail carries an unsigned Message-ID: a member of staff who answers it starts no
conversation in the customer's case. It is marked Auto-Submitted, so that out-of-office
replies stay away, but the Outbox entry is not `automatic`: the loop guard that throttles
automatic mail to one address is for customers, and no reminder may be held back.
"""

from __future__ import annotations

import json
from email.utils import make_msgid
from typing import Any

from sqlmodel import Session

from intake.compose import compose_mail
from intake.settings import Settings
from workflows.audit import record
from workflows.drafting import RenderedReply
from workflows.models import Case, Outbox
from workflows.states import SYSTEM
from workflows.workspace import Workspace

STAFF, ESCALATION = "staff", "escalation"
_INSERT_ENTRY = Outbox.__table__.insert()


def destinations(settings: Settings, audience: str) -> tuple[str | None, int | None]:
    """The (mail address, chat id) of `audience`; escalations fall back to the staff's."""
    if audience == ESCALATION:
        address = settings.escalation_address or settings.staff_address
        chat_id = settings.escalation_chat_id or settings.telegram_staff_chat_id
    else:
        address, chat_id = settings.staff_address, settings.telegram_staff_chat_id
    return (address.strip() or None), (chat_id or None)


def queue_to_staff(
    session: Session,
    ws: Workspace,
    case: Case | None,
    reply: RenderedReply,
    *,
    audience: str,
    purpose: str,
    key: str,
) -> int:
    """Queue `reply` to `audience` by mail and chat; how many entries. The first entry has
    `key` as its notice key, a chat message after a mail `key:chat`; an IntegrityError
    means another worker queued it first."""
    address, chat_id = destinations(ws.settings, audience)
    queued = 0
    if address is not None:
        _add(session, ws, case, _mail_entry(ws, case, address, reply, purpose, key))
        queued += 1
    if chat_id is not None:
        chat_key = f"{key}:chat" if queued else key
        _add(session, ws, case, _chat_entry(ws, case, chat_id, reply, purpose, chat_key))
        queued += 1
    return queued


def _entry(
    ws: Workspace, case: Case | None, channel: str, recipient: str, reply: RenderedReply, **values
) -> dict[str, Any]:
    now = ws.now()
    return {
        "case_id": None if case is None else case.id,
        "channel": channel,
        "recipient": recipient,
        "automatic": False,
        "subject": reply.subject,
        "body": reply.body,
        "next_attempt_at": now,
        "created_at": now,
        **values,
    }


def _mail_entry(
    ws: Workspace, case: Case | None, address: str, reply: RenderedReply, purpose: str, key: str
) -> dict[str, Any]:
    settings = ws.settings
    message_id = make_msgid(domain=settings.mail_domain)
    rendered = compose_mail(
        sender=settings.support_address,
        sender_name=settings.company_name_en,
        recipient=address,
        subject=reply.subject,
        body=reply.body,
        message_id=message_id,
        case_number=None if case is None else case.number,
        in_reply_to=None,
        references=[],
        automatic=True,
        language=reply.language,
        japanese_charset=settings.japanese_mail_charset,
        loop_header_value=settings.mail_domain,
        date=ws.now(),
    )
    return _entry(
        ws,
        case,
        "email",
        address,
        reply,
        purpose=purpose,
        message_id=message_id,
        notice_key=key,
        rendered=rendered,
    )


def _chat_entry(
    ws: Workspace, case: Case | None, chat_id: int, reply: RenderedReply, purpose: str, key: str
) -> dict[str, Any]:
    text = f"{reply.subject}\n\n{reply.body}" if reply.subject else reply.body
    rendered = json.dumps({"chat_id": chat_id, "text": text}, ensure_ascii=False).encode()
    return _entry(
        ws,
        case,
        "chat",
        str(chat_id),
        reply,
        purpose=purpose,
        message_id=None,
        notice_key=key,
        rendered=rendered,
    )


def _add(session: Session, ws: Workspace, case: Case | None, entry: dict[str, Any]) -> None:
    session.connection().execute(_INSERT_ENTRY, entry)
    details = {"purpose": entry["purpose"], "channel": entry["channel"], "key": entry["notice_key"]}
    record(session, case, actor=SYSTEM, action="queued", details=details)
