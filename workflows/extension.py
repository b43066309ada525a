"""Extending a case's answer target: a staff action with a reason, which the customer is told.

Only a policy that allows it (GDPR: two further months; CCPA: 45 further days; APPI: none)
and only once, while the answer is owed and before the target has passed: the notice must
reach the customer within the original period. The new target moves the reminders too.
"""

from __future__ import annotations

from sqlmodel import Session

from workflows.audit import record
from workflows.deadline_policy import extension_for
from workflows.deadlines import ANSWER_OWED, recompute, refresh, store_extension
from workflows.drafting import render_reply
from workflows.models import Case
from workflows.outbox import queue_to_requester
from workflows.replies import reply_context
from workflows.states import STAFF
from workflows.workspace import Workspace


class CannotExtend(ValueError):
    """The extension is not allowed; the message says which rule refuses it."""


def extend(session: Session, ws: Workspace, case: Case, reason: str, actor: str, role: str) -> None:
    """Extend the answer target as the case's policy allows, with `reason` (the customer
    reads it), and queue the extension notice to the customer (Outbox key
    `<case number>:extension`)."""
    if role not in STAFF:
        raise CannotExtend(f"a {role} cannot extend a deadline")
    if not reason.strip():
        raise CannotExtend("an extension needs a reason the customer will read")
    if case.state not in ANSWER_OWED:
        raise CannotExtend(f"case {case.number} is {case.state}: no answer is owed")
    if case.extended_at is not None:
        raise CannotExtend(f"case {case.number} was extended already")
    points = refresh(session, ws, case)
    now = ws.now()
    extension = extension_for(case.policy)
    if extension is None:
        raise CannotExtend(f"the {case.policy} policy allows no extension")
    if points.answer_by <= now:
        raise CannotExtend(f"case {case.number}: the answer was due already, at {points.answer_by}")
    previous = points.answer_by
    case.extended_at, case.extension_reason = now, reason.strip()
    store_extension(case, extension)
    points = recompute(session, ws.settings, case, now)
    details = {
        "reason": case.extension_reason,
        "policy": case.policy,
        "from": previous.isoformat(),
        "to": points.answer_by.isoformat(),
    }
    record(session, case, actor=actor, action="deadline_extended", details=details)
    _notify(session, ws, case)


def _notify(session: Session, ws: Workspace, case: Case) -> None:
    """The extension notice, with the reason and the new date, where the customer wrote from."""
    context = reply_context(session, ws, case, extension_reason=case.extension_reason)
    reply = render_reply("extension_notice", case.language, context)
    key = f"{case.number}:extension"
    queued = queue_to_requester(
        session, ws, case, reply, purpose="extension", automatic=False, notice_key=key
    )
    if queued is None:
        raise CannotExtend(f"case {case.number}: no address to send the extension notice to")
