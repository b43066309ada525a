"""The daily staff digest: what is overdue, what is due today, the drafts awaiting approval
and the identities pending; queued once per local day (Outbox key `digest:<date>`). A case
paused while it waits for the customer's clarification is overdue only by its backstop."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlmodel import Session, col, select

from workflows.business_calendar import business_calendar
from workflows.deadline_notices import already_queued
from workflows.deadline_texts import DigestLine, digest_text
from workflows.deadlines import ANSWER_OWED
from workflows.models import Case
from workflows.staff_mail import STAFF, destinations, queue_to_staff
from workflows.states import AWAITING_IDENTITY, DRAFT_READY
from workflows.workspace import Workspace

DIGEST_LIMIT = 200  # cases listed per section; the console has the rest


def digest_key(day: str) -> str:
    return f"digest:{day}"


def _lines(session: Session, query: sa.Select, due: str) -> list[DigestLine]:
    cases = session.exec(query.limit(DIGEST_LIMIT)).all()
    return [
        DigestLine(case.number or "", case.state, case.kinds, getattr(case, due)) for case in cases
    ]


def digest_sections(
    session: Session, ws: Workspace, now: datetime
) -> list[tuple[str, str, Sequence[DigestLine]]]:
    """(Japanese title, English title, cases) of each part of the digest at `now`."""
    calendar = business_calendar(ws.settings)
    end_of_today = calendar.start_of_day(calendar.local_date(now) + timedelta(days=1))
    owed = col(Case.state).in_(sorted(ANSWER_OWED))
    overdue = (
        select(Case)
        .where(
            owed,
            sa.or_(
                sa.and_(col(Case.due_answer_at) <= now, col(Case.paused_at).is_(None)),
                col(Case.due_backstop_at) <= now,
            ),
        )
        .order_by(col(Case.due_answer_at), col(Case.id))
    )
    today = (
        select(Case)
        .where(owed, col(Case.paused_at).is_(None))
        .where(col(Case.due_answer_at) > now, col(Case.due_answer_at) < end_of_today)
        .order_by(col(Case.due_answer_at), col(Case.id))
    )
    drafts = select(Case).where(Case.state == DRAFT_READY).order_by(col(Case.due_answer_at))
    identities = (
        select(Case).where(Case.state == AWAITING_IDENTITY).order_by(col(Case.due_identity_at))
    )
    return [
        ("期限超過", "Overdue", _lines(session, overdue, "due_answer_at")),
        ("本日期限", "Due today", _lines(session, today, "due_answer_at")),
        ("承認待ちの下書き", "Drafts awaiting approval", _lines(session, drafts, "due_answer_at")),
        ("本人確認待ち", "Identities pending", _lines(session, identities, "due_identity_at")),
    ]


def daily_digest(ws: Workspace, now: datetime | None = None) -> bool:
    """Queue today's digest to the staff (mail and chat) unless it was queued already;
    True when it was queued now. Nothing when no staff address or chat is configured."""
    if destinations(ws.settings, STAFF) == (None, None):
        return False
    now = now or ws.now()
    day = business_calendar(ws.settings).local_date(now).isoformat()
    key = digest_key(day)
    try:
        with ws.transaction() as session:
            if already_queued(session, key):
                return False
            reply = digest_text(ws.settings, day, digest_sections(session, ws, now))
            queue_to_staff(session, ws, None, reply, audience=STAFF, purpose="digest", key=key)
    except sa.exc.IntegrityError:  # the unique key: another scheduler queued it first
        return False
    return True
