"""Carry out one due notice of a case, exactly once: an identity reminder to the customer (with
a new code), a reminder to staff, an escalation, or the expiry of an unconfirmed identity.

The notice's Outbox entry carries its key (`<case number>:<notice key>`), which the Outbox
holds unique: the entry, the case's changes and the audit events are written in one savepoint
of the caller's transaction, and a key another worker (or an earlier run) queued first undoes
the savepoint and the notice is skipped.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, select

from workflows import identity
from workflows.audit import PENDING_EVENTS, record, write_pending_events
from workflows.business_calendar import business_calendar
from workflows.deadline_texts import staff_notice_text
from workflows.deadlines import Due
from workflows.drafting import render_reply
from workflows.expiry import expire, latest_challenge
from workflows.models import Case, Customer, Outbox
from workflows.outbox import queue_chat, queue_mail
from workflows.pipeline import confirm_url
from workflows.replies import reply_context
from workflows.staff_mail import queue_to_staff
from workflows.states import SYSTEM
from workflows.workspace import Workspace

_QUEUED = select(Outbox.id).where(Outbox.notice_key == sa.bindparam("key")).limit(1)
Handler = Callable[[Session, Workspace, Case, Due, datetime], None]


def already_queued(session: Session, key: str) -> bool:
    """Whether an Outbox entry with notice key `key` exists."""
    return session.exec(_QUEUED, params={"key": key}).first() is not None


def act(session: Session, ws: Workspace, case: Case, due: Due, now: datetime) -> bool:
    """Carry out `due` unless its key was queued before; True when it was carried out now."""
    if already_queued(session, due.key):
        return False
    write_pending_events(session)  # what the savepoint undoes is then its own
    try:
        with session.begin_nested():
            _HANDLERS.get(due.notice.kind, _to_staff)(session, ws, case, due, now)
            details = {
                "kind": due.notice.kind,
                "audience": due.notice.audience,
                "key": due.key,
                "due": due.at.isoformat(),
            }
            record(session, case, actor=SYSTEM, action="deadline_notice", details=details)
    except sa.exc.IntegrityError:  # the unique notice key: another worker was first
        session.info.pop(PENDING_EVENTS, None)
        return False
    return True


def _to_staff(session: Session, ws: Workspace, case: Case, due: Due, now: datetime) -> None:
    """A staff reminder (to the staff) or an escalation (to the escalation address)."""
    reply = staff_notice_text(ws.settings, case, due.notice, now)
    purpose = "staff_reminder" if due.notice.audience == "staff" else "escalation"
    queue_to_staff(
        session, ws, case, reply, audience=due.notice.audience, purpose=purpose, key=due.key
    )


def _expire(session: Session, ws: Workspace, case: Case, due: Due, now: datetime) -> None:
    expire(session, ws, case, key=due.key)


def _remind_identity(session: Session, ws: Workspace, case: Case, due: Due, now: datetime) -> None:
    """A new code to where the last one went, in the reminder, with the days left; a chat
    user whose address we never learnt is asked for it again."""
    last = latest_challenge(session, case)
    if last is None:
        if case.channel == "chat" and case.chat_id is not None:
            reply = render_reply(
                "identity_ask_account", case.language, reply_context(session, ws, case)
            )
            queue_chat(
                session,
                ws,
                case,
                case.chat_id,
                reply,
                purpose="identity_reminder",
                automatic=True,
                notice_key=due.key,
            )
        else:
            record(session, case, actor=SYSTEM, action="identity_reminder_not_sent")
        return
    customer = session.get(Customer, last.customer_id) if last.customer_id else None
    issued = identity.issue_challenge(
        session, ws, case, destination=last.destination, customer=customer, actor=SYSTEM
    )
    code_expires_at = min(issued.expires_at, case.due_identity_at or issued.expires_at)
    calendar = business_calendar(ws.settings)
    days_left = (calendar.local_date(code_expires_at) - calendar.local_date(now)).days
    context = reply_context(
        session,
        ws,
        case,
        code=issued.code,
        code_expires_at=code_expires_at,
        confirm_url=confirm_url(ws, issued.token),
        days_left=max(days_left, 0),
        requester_name=case.requester_name if last.destination == case.requester_address else None,
    )
    reply = render_reply("identity_reminder", case.language, context)
    queue_mail(
        session,
        ws,
        case,
        last.destination,
        reply,
        purpose="identity_reminder",
        automatic=True,
        notice_key=due.key,
    )
    if case.channel == "chat" and case.chat_id is not None:
        masked = identity.mask_address(last.destination)
        context = reply_context(session, ws, case, masked_address=masked)
        reply = render_reply("identity_code_sent", case.language, context)
        queue_chat(
            session,
            ws,
            case,
            case.chat_id,
            reply,
            purpose="identity_reminder",
            automatic=True,
            notice_key=f"{due.key}:chat",
        )


_HANDLERS: dict[str, Handler] = {
    "identity_reminder": _remind_identity,
    "identity_expiry": _expire,
}
