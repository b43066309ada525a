"""The audit trail: append an Event in the caller's transaction (the table refuses changes).

Times come from the clock bound to the session (`bind_clock`), so tests and the scheduler
that set the time see it in the trail too; an unbound session uses the real time.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlmodel import Session

from workflows.models import Case, Event, utc_now

CLOCK = "clock"


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
) -> Event:
    """Add one Event; it is written with the rest of the transaction or not at all."""
    if case is not None and case.id is None:
        session.flush()
    event = Event(
        case_id=None if case is None else case.id,
        inbound_id=inbound_id,
        actor=actor,
        action=action,
        details=details or {},
        at=session_now(session),
    )
    session.add(event)
    return event
