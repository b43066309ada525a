"""The case lifecycle as one table: states, allowed transitions and who may make them.

`transition` is the only way a case changes state; it writes the transition's Event in the
caller's transaction, so a state never changes without its audit record, and recomputes the
case's deadlines (`workflows.deadlines.after_transition`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlmodel import Session

from workflows.audit import record, session_now
from workflows.models import Case

NEW = "new"
TRIAGE = "triage"
AWAITING_IDENTITY = "awaiting_identity"
IN_REVIEW = "in_review"
AWAITING_CUSTOMER = "awaiting_customer"
DRAFT_READY = "draft_ready"
APPROVED = "approved"
REPLIED = "replied"
CLOSED = "closed"
REJECTED = "rejected"
EXPIRED = "expired"

STATES = (
    NEW,
    TRIAGE,
    AWAITING_IDENTITY,
    IN_REVIEW,
    AWAITING_CUSTOMER,
    DRAFT_READY,
    APPROVED,
    REPLIED,
    CLOSED,
    REJECTED,
    EXPIRED,
)
FINAL_STATES = frozenset({CLOSED, REJECTED, EXPIRED})
OPEN_STATES = frozenset(STATES) - FINAL_STATES
WAITING_ON_CUSTOMER = frozenset({AWAITING_IDENTITY, AWAITING_CUSTOMER})

SYSTEM, CUSTOMER, AGENT, APPROVER = "system", "customer", "agent", "approver"
STAFF = frozenset({AGENT, APPROVER})


@dataclass(frozen=True)
class Transition:
    source: str
    target: str
    action: str
    actors: frozenset[str]
    meaning: str


def _t(source: str, target: str, action: str, actors: set[str], meaning: str) -> Transition:
    return Transition(source, target, action, frozenset(actors), meaning)


TRANSITIONS = (
    _t(NEW, TRIAGE, "triage", {SYSTEM}, "nothing privacy-related found: staff decide"),
    _t(NEW, AWAITING_IDENTITY, "ask_identity", {SYSTEM}, "a right was asked: a code is sent"),
    _t(NEW, IN_REVIEW, "review", {SYSTEM}, "a complaint or question: no identity needed"),
    _t(TRIAGE, AWAITING_IDENTITY, "ask_identity", STAFF, "staff found a right in it"),
    _t(TRIAGE, IN_REVIEW, "review", STAFF, "staff found a complaint or question in it"),
    _t(TRIAGE, CLOSED, "close_not_privacy", STAFF, "not a privacy request (or forwarded)"),
    _t(AWAITING_IDENTITY, IN_REVIEW, "confirm_identity", {CUSTOMER, AGENT, APPROVER}, "code"),
    _t(AWAITING_IDENTITY, AWAITING_IDENTITY, "resend_code", {SYSTEM, AGENT, APPROVER}, "new code"),
    _t(AWAITING_IDENTITY, EXPIRED, "expire", {SYSTEM}, "identity never confirmed in time"),
    _t(AWAITING_IDENTITY, REJECTED, "reject", {APPROVER}, "not obligated, with a reason"),
    _t(EXPIRED, AWAITING_IDENTITY, "reopen", STAFF, "staff reopen an expired request"),
    _t(IN_REVIEW, DRAFT_READY, "draft", {SYSTEM, AGENT, APPROVER}, "a reply is drafted"),
    _t(IN_REVIEW, AWAITING_CUSTOMER, "ask_customer", STAFF, "staff need the customer's answer"),
    _t(IN_REVIEW, REJECTED, "reject", {APPROVER}, "not obligated, with a reason"),
    _t(AWAITING_CUSTOMER, IN_REVIEW, "customer_answered", {CUSTOMER, AGENT, APPROVER}, "reply"),
    _t(DRAFT_READY, DRAFT_READY, "redraft", {SYSTEM, AGENT, APPROVER}, "a new draft version"),
    _t(DRAFT_READY, IN_REVIEW, "back_to_review", {CUSTOMER, AGENT, APPROVER}, "more to do"),
    _t(DRAFT_READY, APPROVED, "approve", {APPROVER}, "the action is carried out"),
    _t(DRAFT_READY, REJECTED, "reject", {APPROVER}, "not obligated, with a reason"),
    _t(APPROVED, REPLIED, "replied", {SYSTEM}, "the reply left the outbox"),
    _t(REPLIED, CLOSED, "close", {SYSTEM, AGENT, APPROVER}, "done"),
    _t(REPLIED, IN_REVIEW, "follow_up", {CUSTOMER, AGENT, APPROVER}, "the customer wrote again"),
    _t(CLOSED, IN_REVIEW, "reopen", STAFF, "staff reopen a closed case"),
)
_BY_ACTION = {(t.source, t.action): t for t in TRANSITIONS}


class IllegalTransition(ValueError):
    """A case was asked to move in a way the lifecycle does not allow."""


def find_transition(source: str, action: str) -> Transition | None:
    return _BY_ACTION.get((source, action))


def allowed_actions(state: str, role: str) -> list[str]:
    """The actions `role` may take on a case in `state`."""
    return [t.action for t in TRANSITIONS if t.source == state and role in t.actors]


def transition(
    session: Session,
    case: Case,
    action: str,
    *,
    actor: str,
    role: str,
    details: dict[str, Any] | None = None,
) -> Transition:
    """Move `case` by `action`, as `actor` in `role`, and record it; raises IllegalTransition."""
    step = find_transition(case.state, action)
    if step is None:
        raise IllegalTransition(f"case {case.number}: cannot {action} from {case.state}")
    if role not in step.actors:
        raise IllegalTransition(f"case {case.number}: a {role} cannot {action} ({case.state})")
    now = session_now(session)
    case.state = step.target
    case.updated_at = now
    if step.target in FINAL_STATES:
        case.closed_at = now
    elif step.source in FINAL_STATES:
        case.closed_at = None
    session.add(case)
    record(
        session,
        case,
        actor=actor,
        action=action,
        details={"from": step.source, "to": step.target, **(details or {})},
    )
    from workflows.deadlines import after_transition  # it imports this module

    after_transition(session, case, step)
    return step


def mermaid_diagram() -> str:
    """The lifecycle as a Mermaid state diagram, as the README shows it."""
    lines = ["stateDiagram-v2", f"    [*] --> {NEW}"]
    lines += [f"    {t.source} --> {t.target}: {t.action}" for t in TRANSITIONS]
    lines += [f"    {state} --> [*]" for state in sorted(FINAL_STATES)]
    return "\n".join(lines)
