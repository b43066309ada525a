"""Draft a case's replies: the template context, and versioned drafts that staff approve."""

from __future__ import annotations

import re
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from workflows.cases import items_of
from workflows.drafting import RenderedReply, render_reply
from workflows.models import Case, Customer, Draft
from workflows.states import DRAFT_READY, IN_REVIEW, transition
from workflows.workspace import Workspace

EXPORT_FILES = ("personal-data.json", "personal-data.csv")
DEFAULT_OPT_OUTS = ("marketing", "third_party")

_TOPIC_WORDS = {
    "cookies": r"cookie|クッキー|쿠키|cookies|缓存|Cookie",
    "retention": (
        r"how long|retention|retain|keep .{0,20}(?:data|logs?)|保存期間|保管期間|保持期間|いつまで"
    ),
    "third_party": r"third[- ]part|share|sharing|第三者|提供先|共有|parent company|親会社",
    "entrustment": r"entrust|outsourc|contractor|processor|委託",
    "joint_use": r"joint(?:ly)? use|共同利用|affiliate|グループ会社",
    "storage_location": (
        r"where .{0,30}(?:stored|kept|servers?)|country|abroad|overseas|海外|国外|サーバー|保管場所"
    ),
    "purposes": r"purpose|what .{0,20}use|利用目的|目的|何に使",
    "collected": r"what .{0,30}collect|collect|取得|収集|集めて",
}
_TOPIC_PATTERNS = {topic: re.compile(words, re.I) for topic, words in _TOPIC_WORDS.items()}


def inquiry_topics(text: str) -> list[str]:
    """The privacy-practice topics a question touches (staff can change them in the draft)."""
    topics = [topic for topic, pattern in _TOPIC_PATTERNS.items() if pattern.search(text or "")]
    return topics or ["contact"]


def reply_context(session: Session, ws: Workspace, case: Case, **extra: Any) -> dict[str, Any]:
    """Every variable a reply template may use, with the case's values."""
    customer = session.get(Customer, case.customer_id) if case.customer_id else None
    items = items_of(session, case)
    context: dict[str, Any] = {
        "case_number": case.number,
        "channel": case.channel,
        # the name the sender wrote, only while no registry customer is linked: once one is,
        # a display name that is another customer's must not travel to this one's address
        "requester_name": (case.requester_name or None) if case.customer_id is None else None,
        # the registry's name only once the requester is proven to be that customer
        "customer_name": customer.name if customer and case.identity_state == "confirmed" else None,
        "kinds": list(case.kinds),
        "items": [
            {
                "kind": item.kind,
                "outcome": "done" if item.outcome == "pending" else item.outcome,
                "reason": item.reason,
            }
            for item in items
        ],
        "received_at": case.opened_at,
        "due_at": case.due_answer_at,
        "identity_required": case.identity_state in ("pending", "confirmed"),
        "code": None,
        "code_expires_at": None,
        "confirm_url": None,
        "days_left": None,
        "export_files": list(EXPORT_FILES) if "disclosure" in case.kinds else [],
        "changes": [],
        "opt_outs": [],
        "topics": [],
        "staff_note": None,
        "refusal_reason": None,
        "extension_reason": None,
        "company": ws.settings.company,
    }
    for item in items:
        if item.kind == "suspension":
            context["opt_outs"] = list(item.details.get("opt_outs", DEFAULT_OPT_OUTS))
        if item.kind == "inquiry":
            context["topics"] = list(item.details.get("topics", ["contact"]))
    context.update(extra)
    return context


_CURRENT_DRAFT = (
    select(Draft)
    .where(Draft.case_id == sa.bindparam("case_id"), Draft.state == "current")
    .order_by(col(Draft.version).desc())
    .limit(1)
)


def current_draft(session: Session, case: Case) -> Draft | None:
    return session.exec(_CURRENT_DRAFT, params={"case_id": case.id}).first()


def save_draft(
    session: Session,
    ws: Workspace,
    case: Case,
    reply: RenderedReply,
    *,
    template: str,
    actor: str,
    role: str,
    changes: list[dict[str, Any]] | None = None,
) -> Draft:
    """A new draft version (the previous one is superseded) and the case at `draft_ready`."""
    previous = current_draft(session, case)
    if previous is not None:
        previous.state = "superseded"
        session.add(previous)
    draft = Draft(
        case_id=case.id,
        version=1 if previous is None else previous.version + 1,
        template=template,
        language=reply.language,
        subject=reply.subject,
        body=reply.body,
        changes=changes if changes is not None else ([] if previous is None else previous.changes),
        created_at=ws.now(),
        created_by=actor,
    )
    session.add(draft)
    session.flush()
    action = "redraft" if case.state == DRAFT_READY else "draft"
    if case.state in (IN_REVIEW, DRAFT_READY):
        transition(
            session,
            case,
            action,
            actor=actor,
            role=role,
            details={"draft": draft.id, "version": draft.version, "template": template},
        )
    return draft


def draft_from_template(
    session: Session, ws: Workspace, case: Case, template: str, *, actor: str, role: str
) -> Draft:
    """Render `template` for the case in its language and save it as the current draft."""
    reply = render_reply(template, case.language, reply_context(session, ws, case))
    return save_draft(session, ws, case, reply, template=template, actor=actor, role=role)
