"""Notices to the staff chat: one for each new case and each draft waiting for approval.

They are read from the audit trail (`opened` and `draft` events) and queued as chat Outbox
entries whose `notice_key` names the event, so each goes out exactly once: the unique key
refuses a second entry, also after a restart or from a second worker.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

import sqlalchemy as sa
from sqlmodel import Session, col, select

from intake.settings import Settings
from workflows.drafting import RenderedReply
from workflows.models import Case, Event, Outbox
from workflows.outbox import queue_chat
from workflows.states import DRAFT_READY
from workflows.workspace import Workspace

KEY_PREFIX = "staff-notice:event:"
NOTICE_ACTIONS = ("opened", "draft")  # a case opened; a case reached draft_ready
# events are looked at again this long after they happened: on PostgreSQL an event with a
# smaller id may commit after one with a larger id
RESCAN = timedelta(minutes=10)
# with no notice sent yet (a staff chat just configured): events older than this get none
FIRST_BACKLOG = timedelta(days=1)


@dataclass
class NoticeCursor:
    """The newest event already looked at (None: not yet read from the database)."""

    last_event_id: int | None = None


def console_url(settings: Settings, case_number: str) -> str:
    """The case's page in the staff console."""
    base = settings.public_url or f"http://{settings.console_host}:{settings.console_port}"
    return f"{base.rstrip('/')}/cases/{case_number}"


def notice_text(settings: Settings, event: Event, case: Case) -> str:
    """The staff notice of an event, in Japanese and English, with the console link."""
    kinds = ", ".join(case.kinds) or "triage"
    if event.action == "opened":
        head = f"新しい案件 / New case: {case.number} ({case.channel}; {kinds}; {case.state})"
    else:
        template = (event.details or {}).get("template", "")
        due = case.due_answer_at.date().isoformat() if case.due_answer_at else "-"
        head = (
            f"承認待ちの下書き / Draft waiting for approval: {case.number} "
            f"({template or kinds}; due {due})"
        )
    return f"{head}\n{console_url(settings, case.number or '')}"


def _resume_point(session: Session, ws: Workspace) -> int:
    """The event id after which to look: that of the newest notice queued, else the newest
    event older than FIRST_BACKLOG."""
    newest_key = session.exec(
        select(Outbox.notice_key)
        .where(col(Outbox.notice_key).startswith(KEY_PREFIX))
        .order_by(col(Outbox.id).desc())
        .limit(1)
    ).first()
    if newest_key:
        return int(newest_key.removeprefix(KEY_PREFIX))
    older = ws.now() - FIRST_BACKLOG
    return session.exec(select(sa.func.max(Event.id)).where(Event.at < older)).one() or 0


def _candidates(ws: Workspace, cursor: NoticeCursor) -> list[tuple[int, str]]:
    """(event id, notice key) of the notice events not yet queued, oldest first."""
    with ws.transaction() as session:
        if cursor.last_event_id is None:
            cursor.last_event_id = _resume_point(session, ws)
        recent = ws.now() - RESCAN
        events = session.exec(
            select(Event.id)
            .where(col(Event.action).in_(NOTICE_ACTIONS), col(Event.case_id).is_not(None))
            .where(sa.or_(col(Event.id) > cursor.last_event_id, col(Event.at) >= recent))
            .order_by(col(Event.id))
        ).all()
        keys = {event_id: f"{KEY_PREFIX}{event_id}" for event_id in events}
        queued = set(
            session.exec(
                select(Outbox.notice_key).where(col(Outbox.notice_key).in_(list(keys.values())))
            ).all()
        )
    if events:
        cursor.last_event_id = max(cursor.last_event_id, events[-1])
    return [(event_id, key) for event_id, key in keys.items() if key not in queued]


def _queue_one(ws: Workspace, event_id: int, key: str) -> bool:
    """Queue the notice of one event in its own transaction; False when there is nothing
    to say (the draft was dealt with already) or another worker queued it first."""
    try:
        with ws.transaction() as session:
            event = session.get(Event, event_id)
            case = session.get(Case, event.case_id) if event and event.case_id else None
            if event is None or case is None:
                return False
            if event.action == "draft" and case.state != DRAFT_READY:
                return False
            reply = RenderedReply("", notice_text(ws.settings, event, case), "ja+en")
            queue_chat(
                session,
                ws,
                case,
                ws.settings.telegram_staff_chat_id,
                reply,
                purpose="staff_notice",
                automatic=False,  # the loop guard is for customers' addresses
                notice_key=key,
            )
    except sa.exc.IntegrityError:  # the unique notice_key: queued by another worker
        return False
    return True


def queue_staff_notices(ws: Workspace, cursor: NoticeCursor) -> int:
    """Queue the notices of new cases and of drafts waiting for approval; how many.
    Nothing when no staff chat is configured."""
    if not ws.settings.telegram_staff_chat_id:
        return 0
    return sum(_queue_one(ws, event_id, key) for event_id, key in _candidates(ws, cursor))
