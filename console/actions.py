"""Staff actions on a case, shared by the pages and the API: each calls the workflow function
(which checks the role) in one transaction, and turns a refusal into an HTTP status."""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlmodel import Session, select

from console.security import Staff
from workflows import approval
from workflows.extension import CannotExtend, extend
from workflows.models import Case
from workflows.states import IllegalTransition
from workflows.workspace import Workspace

_ROLE_REFUSAL = re.compile(r"(^|: )a \w+ cannot ")


class ActionRefused(Exception):
    """An action the rules refuse: the HTTP status and the message staff read."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def find_case(session: Session, number: str) -> Case:
    """The case with this number; ActionRefused 404 when there is none."""
    case = session.exec(select(Case).where(Case.number == number)).first()
    if case is None:
        raise ActionRefused(404, f"no case {number}")
    return case


def _status_of(error: Exception) -> int:
    """403 for a role that may not act, 409 for a case whose state refuses, 422 for input."""
    if _ROLE_REFUSAL.search(str(error)):
        return 403
    if isinstance(error, approval.NotAllowed | IllegalTransition | CannotExtend):
        return 409
    return 422


def run_action(ws: Workspace, number: str, act: Callable[[Session, Case], None]) -> None:
    """`act` on the case in one transaction; a refusal rolls it all back."""
    try:
        with ws.transaction() as session:
            act(session, find_case(session, number))
    except (approval.NotAllowed, IllegalTransition, ValueError) as error:
        raise ActionRefused(_status_of(error), str(error)) from error


def _needs(text: str, what: str) -> str:
    if not text.strip():
        raise ActionRefused(422, f"{what} needs a reason the customer will read")
    return text.strip()


def edit_draft(ws: Workspace, staff: Staff, number: str, subject: str, body: str) -> None:
    if not subject.strip() or not body.strip():
        raise ActionRefused(422, "a draft needs a subject and a body")

    def act(session: Session, case: Case) -> None:
        approval.edit_draft(
            session, ws, case, subject=subject, body=body, actor=staff.username, role=staff.role
        )

    run_action(ws, number, act)


def approve(ws: Workspace, staff: Staff, number: str) -> None:
    run_action(
        ws,
        number,
        lambda session, case: approval.approve(
            session, ws, case, actor=staff.username, role=staff.role
        ),
    )


def reject(ws: Workspace, staff: Staff, number: str, reason: str) -> None:
    reason = _needs(reason, "a rejection")
    run_action(
        ws,
        number,
        lambda session, case: approval.reject(
            session, ws, case, reason=reason, actor=staff.username, role=staff.role
        ),
    )


def extend_deadline(ws: Workspace, staff: Staff, number: str, reason: str) -> None:
    reason = _needs(reason, "an extension")
    if staff.role != "approver":  # README: approvers extend; the workflow lets any staff
        raise ActionRefused(403, f"a {staff.role} cannot extend a deadline")
    run_action(
        ws,
        number,
        lambda session, case: extend(session, ws, case, reason, staff.username, staff.role),
    )


def confirm_identity(ws: Workspace, staff: Staff, number: str, note: str) -> None:
    if not note.strip():
        raise ActionRefused(422, "confirming identity by hand needs a note saying how")

    def act(session: Session, case: Case) -> None:
        if case.identity_state == "confirmed":
            raise approval.NotAllowed(f"case {number}: identity is confirmed already")
        approval.confirm_identity_by_hand(
            session, ws, case, actor=staff.username, role=staff.role, note=note.strip()
        )

    run_action(ws, number, act)
