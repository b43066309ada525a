"""An identity never confirmed in time: the case expires and the customer is told; staff may
reopen it, which sends a new code and starts the identity clock again."""

from __future__ import annotations

from sqlmodel import Session, col, select

from workflows import identity
from workflows.deadlines import bind_workspace
from workflows.drafting import render_reply
from workflows.models import Case, Customer, IdentityChallenge
from workflows.outbox import queue_to_requester
from workflows.pipeline import send_identity_request
from workflows.replies import reply_context
from workflows.states import EXPIRED, STAFF, SYSTEM, transition
from workflows.workspace import Workspace


class CannotReopen(ValueError):
    """The case is not expired, or the role may not reopen it."""


def expire(session: Session, ws: Workspace, case: Case, *, key: str) -> None:
    """End the case `expired`: its codes stop working, the customer gets the notice (as
    Outbox entry `key`, where the customer wrote from)."""
    bind_workspace(session, ws)
    transition(session, case, "expire", actor=SYSTEM, role=SYSTEM)
    identity.supersede_pending(session, case)
    case.close_reason = "identity not confirmed in time"
    reply = render_reply("expired_notice", case.language, reply_context(session, ws, case))
    queue_to_requester(session, ws, case, reply, purpose="expired", automatic=True, notice_key=key)


def latest_challenge(session: Session, case: Case) -> IdentityChallenge | None:
    """The case's newest identity challenge, in any state."""
    query = (
        select(IdentityChallenge)
        .where(IdentityChallenge.case_id == case.id)
        .order_by(col(IdentityChallenge.id).desc())
        .limit(1)
    )
    return session.exec(query).first()


def reopen(session: Session, ws: Workspace, case: Case, *, actor: str, role: str) -> bool:
    """Staff reopen an expired case: it waits for identity again, counted from now, and a
    new code goes where the last one went; False when there is no address to send it to."""
    if case.state != EXPIRED:
        raise CannotReopen(f"case {case.number} is {case.state}, not expired")
    if role not in STAFF:
        raise CannotReopen(f"a {role} cannot reopen a case")
    bind_workspace(session, ws)
    transition(session, case, "reopen", actor=actor, role=role)
    case.close_reason = None
    last = latest_challenge(session, case)
    if last is None:
        return False
    customer = session.get(Customer, last.customer_id) if last.customer_id else None
    return send_identity_request(session, ws, case, customer, destination=last.destination)
