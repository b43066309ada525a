"""The audit trail: append an Event in the caller's transaction (the table refuses changes)."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session

from workflows.models import Case, Event


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
    )
    session.add(event)
    return event
