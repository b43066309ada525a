"""The audit trail: append an Event in the caller's transaction (the table refuses changes).

Times come from the clock bound to the session (`bind_clock`), so tests and the scheduler
that set the time see it in the trail too; an unbound session uses the real time.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from workflows.models import Case, Event, utc_now

CLOCK = "clock"
PENDING_EVENTS = "pending_events"


def bind_clock(session: Session, clock: Callable[[], datetime]) -> Session:
    """Make `clock` the time source of the events and transitions written in `session`."""
    session.info[CLOCK] = clock
    return session


def session_now(session: Session) -> datetime:
    """The time of the session's clock (the real time when none is bound)."""
    return session.info.get(CLOCK, utc_now)()


def record(
    session: Session,
    case: Case | None,
    *,
    actor: str,
    action: str,
    details: dict[str, Any] | None = None,
    inbound_id: int | None = None,
) -> None:
    """Add one Event; it is written with the rest of the transaction or not at all.

    Events are kept on the session and inserted in one statement just before the commit
    (or before a query that reads events), which saves a statement per event.
    """
    if case is not None and case.id is None:
        session.flush()
    session.info.setdefault(PENDING_EVENTS, []).append(
        {
            "case_id": None if case is None else case.id,
            "inbound_id": inbound_id,
            "actor": actor,
            "action": action,
            "details": details or {},
            "at": session_now(session),
        }
    )


def write_pending_events(session: Session) -> None:
    """Insert the events `record` kept on the session."""
    pending = session.info.pop(PENDING_EVENTS, None)
    if pending:
        session.connection().execute(Event.__table__.insert(), pending)


@sa.event.listens_for(Session, "before_commit")
def _write_events_before_commit(session: Session) -> None:
    write_pending_events(session)


@sa.event.listens_for(Session, "do_orm_execute")
def _write_events_before_reading_them(state: sa.orm.ORMExecuteState) -> None:
    if PENDING_EVENTS not in state.session.info or not state.is_select:
        return  # the common case, decided without looking at the query's entities
    if any(mapper.class_ is Event for mapper in state.all_mappers):
        write_pending_events(state.session)


@sa.event.listens_for(Session, "after_rollback")
def _forget_events_of_a_rollback(session: Session) -> None:
    session.info.pop(PENDING_EVENTS, None)
