"""Staff decisions on a case: confirm identity by hand, correct, approve, reject, close.

Approval is the only place where personal data leaves or changes: it refuses unless the
case's identity is confirmed (for a right) and the approver holds the `approver` role; it
then carries out each item against the registry and queues the reply, all in one transaction.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlmodel import Session, col, select

from workflows import identity, registry
from workflows.audit import bind_clock, record
from workflows.cases import RIGHTS, add_items, items_of, needs_identity
from workflows.drafting import RenderedReply, render_reply
from workflows.models import (
    Case,
    CaseItem,
    Customer,
    CustomerEmail,
    Draft,
    IdentityChallenge,
    InboundMessage,
)
from workflows.outbox import queue_mail, queue_to_requester
from workflows.pipeline import after_identity_confirmed, send_identity_request, start_identity
from workflows.replies import DEFAULT_OPT_OUTS, current_draft, reply_context, save_draft
from workflows.states import APPROVER, AWAITING_IDENTITY, STAFF, transition
from workflows.workspace import Workspace

CORRECTABLE_FIELDS = ("name", "phone", "postal_address", "email", "country")


class NotAllowed(PermissionError):
    """A staff action that the rules forbid; the message says which rule."""


def _require(role: str, allowed: frozenset[str] | set[str], what: str) -> None:
    if role not in allowed:
        raise NotAllowed(f"a {role} cannot {what}")


def confirm_identity_by_hand(
    session: Session, ws: Workspace, case: Case, *, actor: str, role: str, note: str
) -> None:
    """Staff vouch for the requester (a call, an ID document seen); a note is required."""
    _require(role, STAFF, "confirm identity")
    bind_clock(session, ws.clock)
    if not note.strip():
        raise ValueError("confirming identity by hand needs a note saying how it was checked")
    record(session, case, actor=actor, action="identity_confirmed_by_hand", details={"note": note})
    after_identity_confirmed(session, ws, case, by=actor)


def link_customer(
    session: Session, ws: Workspace, case: Case, customer: Customer, *, actor: str, role: str
) -> None:
    """Staff tell which registry customer the case is about (before identity is confirmed).

    Codes already sent stop working: they proved someone else. A case waiting on identity
    gets a new code at the linked customer's address on record.
    """
    _require(role, STAFF, "link a customer")
    bind_clock(session, ws.clock)
    if case.identity_state == "confirmed":
        raise NotAllowed("the customer of a confirmed case cannot change")
    if customer.erased_at is not None:
        raise NotAllowed("an erased customer cannot be linked")
    case.customer_id = customer.id
    session.add(case)
    record(session, case, actor=actor, action="customer_linked", details={"customer": customer.id})
    identity.supersede_pending(session, case)
    if case.state == AWAITING_IDENTITY:
        send_identity_request(session, ws, case, customer)


def set_corrections(
    session: Session,
    ws: Workspace,
    case: Case,
    changes: list[Mapping[str, str]],
    *,
    actor: str,
    role: str,
) -> Draft:
    """The field changes staff confirmed (`{"field", "new"}`), redrafted into the answer."""
    _require(role, STAFF, "edit corrections")
    bind_clock(session, ws.clock)
    customer = _customer(session, case)
    clean = []
    for change in changes:
        field = change["field"]
        if field not in CORRECTABLE_FIELDS:
            raise ValueError(f"{field!r} cannot be corrected; fields: {CORRECTABLE_FIELDS}")
        old = (
            registry.primary_email(session, customer)
            if field == "email"
            else (getattr(customer, field))
        )
        clean.append({"field": field, "field_label": field, "old": old, "new": change["new"]})
    context = reply_context(session, ws, case, changes=clean)
    reply = render_reply("answer", case.language, context)
    return save_draft(
        session, ws, case, reply, template="answer", actor=actor, role=role, changes=clean
    )


def edit_draft(
    session: Session, ws: Workspace, case: Case, *, subject: str, body: str, actor: str, role: str
) -> Draft:
    """Staff's own wording of the current draft, as a new version."""
    _require(role, STAFF, "edit a draft")
    bind_clock(session, ws.clock)
    draft = current_draft(session, case)
    if draft is None:
        raise NotAllowed(f"case {case.number} has no draft to edit")
    reply = RenderedReply(" ".join(subject.split()), body, draft.language)
    return save_draft(session, ws, case, reply, template=draft.template, actor=actor, role=role)


def decide_item(
    session: Session, case: Case, kind: str, outcome: str, *, reason: str | None, actor: str
) -> CaseItem:
    """Mark an item refused or not applicable (with a reason) before approval."""
    if outcome not in ("refused", "not_applicable", "pending"):
        raise ValueError("an item is set to refused, not_applicable or back to pending")
    if outcome != "pending" and not (reason or "").strip():
        raise ValueError(f"{outcome} needs a reason the customer will read")
    item = next((item for item in items_of(session, case) if item.kind == kind), None)
    if item is None:
        raise ValueError(f"case {case.number} has no {kind} item")
    item.outcome, item.reason, item.decided_by = outcome, reason, actor
    session.add(item)
    record(
        session,
        case,
        actor=actor,
        action="item_decided",
        details={"kind": kind, "outcome": outcome, "reason": reason},
    )
    return item


def _customer(session: Session, case: Case) -> Customer:
    customer = session.get(Customer, case.customer_id) if case.customer_id else None
    if customer is None or customer.erased_at is not None:
        raise NotAllowed(f"case {case.number} has no customer in the registry to act on")
    return customer


def approve(session: Session, ws: Workspace, case: Case, *, actor: str, role: str) -> None:
    """Carry out every pending item, queue the approved reply, and record it all."""
    _require(role, {APPROVER}, "approve")
    bind_clock(session, ws.clock)
    items = items_of(session, case)
    pending_rights = [i for i in items if i.kind in RIGHTS and i.outcome == "pending"]
    if pending_rights and case.identity_state != "confirmed":
        raise NotAllowed(f"case {case.number}: identity is not confirmed")
    draft = current_draft(session, case)
    if draft is None:
        raise NotAllowed(f"case {case.number} has no draft to approve")
    recipient = answer_address(session, case)  # before an erasure clears the requester
    transition(session, case, "approve", actor=actor, role=role, details={"draft": draft.id})
    attachments: list[tuple[str, str, bytes]] = []
    for item in items:
        if item.outcome == "pending":
            attachments += _execute(session, ws, case, item, draft, actor=actor)
            item.outcome, item.decided_by, item.decided_at = "done", actor, ws.now()
            session.add(item)
    draft.state, draft.approved_by, draft.approved_at = "approved", actor, ws.now()
    session.add(draft)
    _queue_answer(session, ws, case, draft, attachments, recipient)


def _execute(
    session: Session, ws: Workspace, case: Case, item: CaseItem, draft: Draft, *, actor: str
) -> list[tuple[str, str, bytes]]:
    """One item's action against the registry; returns the attachments it produces."""
    if item.kind not in RIGHTS:
        return []
    customer = _customer(session, case)
    details: dict[str, Any] = {"kind": item.kind}
    attachments: list[tuple[str, str, bytes]] = []
    if item.kind == "disclosure":
        files = registry.export_held_data(session, customer)
        attachments = [(name, _mime_type(name), content) for name, content in files.items()]
        details["files"] = sorted(files)
    elif item.kind == "correction":
        if not draft.changes:
            raise NotAllowed("a correction needs the field changes (or a refusal) before approval")
        for change in draft.changes:
            _apply_change(session, customer, change["field"], change["new"])
        details["fields"] = [change["field"] for change in draft.changes]
    elif item.kind == "suspension":
        opt_outs = list(item.details.get("opt_outs", DEFAULT_OPT_OUTS))
        customer.marketing_opt_out |= "marketing" in opt_outs
        customer.third_party_opt_out |= "third_party" in opt_outs
        customer.updated_at = ws.now()
        session.add(customer)
        details["opt_outs"] = opt_outs
    elif item.kind == "deletion":
        registry.erase_customer(
            session,
            customer,
            secret_key=ws.settings.secret_key,
            case_number=case.number,
            requested_at=case.opened_at,
        )
    record(session, case, actor=actor, action="executed", details=details)
    return attachments


def _mime_type(filename: str) -> str:
    return "application/json" if filename.endswith(".json") else "text/csv"


def _apply_change(session: Session, customer: Customer, field: str, new: str) -> None:
    if field != "email":
        setattr(customer, field, new)
        session.add(customer)
        return
    address = registry.normalize_email(new)
    holder = registry.find_by_email(session, address)
    if holder is not None and holder.id != customer.id:
        raise NotAllowed(f"{address} is on record for another customer: resolve that first")
    emails = session.exec(select(CustomerEmail).where(CustomerEmail.customer_id == customer.id))
    for email in emails.all():
        email.is_primary = email.address == address
        session.add(email)
    if holder is None:
        session.add(CustomerEmail(customer_id=customer.id, address=address, is_primary=True))
    session.add(customer)


def _latest_message(session: Session, case: Case) -> InboundMessage | None:
    """The case's newest incoming message: answers and refusals thread to it."""
    query = (
        select(InboundMessage)
        .where(InboundMessage.case_id == case.id)
        .order_by(col(InboundMessage.id).desc())
    )
    return session.exec(query).first()


def _queue_answer(
    session: Session,
    ws: Workspace,
    case: Case,
    draft: Draft,
    attachments: list[tuple[str, str, bytes]],
    recipient: str | None,
) -> None:
    """The approved answer: by mail to `recipient` (the proven address), threaded to the
    case's latest message; a chat case's answer without attachments goes to its chat."""
    reply = RenderedReply(draft.subject, draft.body, draft.language)
    queued = queue_to_requester(
        session,
        ws,
        case,
        reply,
        purpose="answer",
        automatic=False,
        answering=_latest_message(session, case),
        to=recipient,
        attachments=attachments,
    )
    if queued is None:
        raise NotAllowed(f"case {case.number}: no address to send the answer to")


def answer_address(session: Session, case: Case) -> str | None:
    """Personal data goes only to the address whose control was proven: the challenge's."""
    confirmed = session.exec(
        select(IdentityChallenge)
        .where(IdentityChallenge.case_id == case.id, IdentityChallenge.state == "confirmed")
        .order_by(col(IdentityChallenge.id).desc())
    ).first()
    if confirmed is not None:
        return confirmed.destination
    return case.requester_address


def reject(
    session: Session, ws: Workspace, case: Case, *, reason: str, actor: str, role: str
) -> None:
    """End the case as not obligated, telling the customer why."""
    _require(role, {APPROVER}, "reject")
    bind_clock(session, ws.clock)
    if not reason.strip():
        raise ValueError("a rejection needs a reason the customer will read")
    transition(session, case, "reject", actor=actor, role=role, details={"reason": reason})
    reply = render_reply(
        "refusal", case.language, reply_context(session, ws, case, refusal_reason=reason)
    )
    # to the requester's chat or address (none: nothing sent), threaded to no message: its
    # To: then names no one but the address (a sender's display name may be someone else's)
    queue_to_requester(session, ws, case, reply, purpose="refusal", automatic=False)


def close_not_privacy(
    session: Session,
    ws: Workspace,
    case: Case,
    *,
    actor: str,
    role: str,
    forward: bool = False,
) -> None:
    """One action for a triaged message that is not a privacy request; `forward` sends the
    original to the configured general-support address first."""
    _require(role, STAFF, "close a triaged case")
    bind_clock(session, ws.clock)
    forwarded_to = None
    if forward:
        forwarded_to = ws.settings.general_support_address
        if not forwarded_to:
            raise NotAllowed("no general_support_address is configured to forward to")
        _forward_original(session, ws, case, forwarded_to)
    transition(
        session,
        case,
        "close_not_privacy",
        actor=actor,
        role=role,
        details={"forwarded_to": forwarded_to},
    )
    case.close_reason = "not a privacy request"


def _forward_original(session: Session, ws: Workspace, case: Case, address: str) -> None:
    """Queue the case's messages, as received, to the general-support desk."""
    originals = session.exec(
        select(InboundMessage).where(InboundMessage.case_id == case.id).order_by(InboundMessage.id)
    ).all()
    attachments = [
        (
            f"original-{number}.eml" if inbound.channel == "email" else f"chat-{number}.json",
            "message/rfc822" if inbound.channel == "email" else "application/json",
            inbound.raw or b"",
        )
        for number, inbound in enumerate(originals, start=1)
    ]
    body = "\n\n".join((inbound.new_text or "") for inbound in originals)
    reply = RenderedReply(f"Fwd: {case.subject or case.number}", body + "\n", "en")
    queue_mail(
        session,
        ws,
        case,
        address,
        reply,
        purpose="forward",
        automatic=False,
        attachments=attachments,
    )


def take_up_triaged(
    session: Session, ws: Workspace, case: Case, kinds: list[str], *, actor: str, role: str
) -> None:
    """Staff found a request the classifier missed: add its kinds and start it properly."""
    _require(role, STAFF, "take up a triaged case")
    bind_clock(session, ws.clock)
    add_items(session, case, kinds)
    record(session, case, actor=actor, action="kinds_corrected", details={"kinds": kinds})
    first = session.exec(
        select(InboundMessage).where(InboundMessage.case_id == case.id).order_by(InboundMessage.id)
    ).first()
    if needs_identity(case.kinds):
        transition(session, case, "ask_identity", actor=actor, role=role)
        start_identity(session, ws, case, first)
    else:
        transition(session, case, "review", actor=actor, role=role)
