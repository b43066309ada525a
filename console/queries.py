"""What the console shows, read from the database: the queue of open cases and one case.

A case in full is `intake requests show`'s record (`intake.cli_workflow.case_record`), with
each message's text split into the customer's own words, quoted text, signature and
disclaimer, its classification cues, and its HTML part sanitised.
"""

from __future__ import annotations

import email
import email.policy
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from markupsafe import Markup, escape
from sqlmodel import Session, col, select

from console.sanitize import clean_html
from intake.cli_workflow import case_record
from workflows.deadlines import ANSWER_OWED
from workflows.models import Case, Customer, CustomerEmail, InboundMessage
from workflows.replies import current_draft
from workflows.states import AWAITING_IDENTITY, OPEN_STATES
from workflows.workspace import Workspace

DAY_SECONDS = 86400.0
SOON_DAYS = 2.0
SEARCH_LIMIT = 200


@dataclass(frozen=True)
class QueueFilters:
    """The queue's filters; empty means any."""

    state: str = ""
    kind: str = ""
    channel: str = ""
    language: str = ""
    q: str = ""


@dataclass(frozen=True)
class QueueRow:
    """One open case in the queue."""

    number: str
    state: str
    kinds: list[str]
    channel: str
    language: str
    requester: str
    customer: str | None
    subject: str | None
    opened: datetime
    due: datetime | None
    due_point: str | None
    days_left: float | None

    @property
    def urgency(self) -> str:
        """`overdue`, `soon` or `ok` (the colour of the days left), `none` without a due."""
        if self.days_left is None:
            return "none"
        if self.days_left < 0:
            return "overdue"
        return "soon" if self.days_left < SOON_DAYS else "ok"

    def to_json(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "state": self.state,
            "kinds": self.kinds,
            "channel": self.channel,
            "language": self.language,
            "requester": self.requester,
            "customer": self.customer,
            "subject": self.subject,
            "opened": self.opened.isoformat(),
            "due": None if self.due is None else self.due.isoformat(),
            "due_point": self.due_point,
            "days_left": None if self.days_left is None else round(self.days_left, 2),
            "overdue": self.urgency == "overdue",
        }


def nearest_due(case: Case) -> tuple[str, datetime] | None:
    """The case's soonest due point that staff work towards (as `deadline_list` reads them)."""
    points: list[tuple[str, datetime | None]] = []
    if case.state in ANSWER_OWED:
        points += [("answer", case.due_answer_at), ("backstop", case.due_backstop_at)]
    if case.state == AWAITING_IDENTITY:
        points.append(("identity", case.due_identity_at))
    present = [(due, point) for point, due in points if due is not None]
    if not present:
        return None
    due, point = min(present)
    return point, due


def _like(text: str) -> str:
    escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _search(query: Any, text: str) -> Any:
    """Cases whose number, requester, subject, customer or message text contain `text`."""
    pattern = _like(text)

    def has(column: Any) -> Any:
        return sa.func.lower(column).like(pattern, escape="\\")

    in_messages = (
        select(InboundMessage.id)
        .where(InboundMessage.case_id == Case.id, has(InboundMessage.new_text))
        .exists()
    )
    in_customer = (
        select(Customer.id)
        .where(
            Customer.id == Case.customer_id,
            sa.or_(has(Customer.name), has(Customer.account_id), has(Customer.phone)),
        )
        .exists()
    )
    in_addresses = (
        select(CustomerEmail.id)
        .where(CustomerEmail.customer_id == Case.customer_id, has(CustomerEmail.address))
        .exists()
    )
    return query.where(
        sa.or_(
            has(Case.number),
            has(Case.requester_address),
            has(Case.requester_name),
            has(Case.subject),
            in_customer,
            in_addresses,
            in_messages,
        )
    )


def queue(session: Session, now: datetime, filters: QueueFilters) -> list[QueueRow]:
    """The open cases matching `filters`, the nearest due first (none due last)."""
    states = sorted(OPEN_STATES)
    if filters.state:
        states = [filters.state] if filters.state in OPEN_STATES else []
    query = select(Case).where(col(Case.state).in_(states))
    if filters.channel:
        query = query.where(Case.channel == filters.channel)
    if filters.language:
        query = query.where(Case.language == filters.language)
    if filters.q.strip():
        query = _search(query, filters.q.strip())
    cases = [c for c in session.exec(query) if not filters.kind or filters.kind in c.kinds]
    customer_ids = {c.customer_id for c in cases if c.customer_id is not None}
    customers = {
        customer.id: customer
        for customer in session.exec(select(Customer).where(col(Customer.id).in_(customer_ids)))
    }
    rows = []
    for case in cases:
        due = nearest_due(case)
        customer = customers.get(case.customer_id) if case.customer_id else None
        requester = case.requester_address or (
            f"chat:{case.chat_user_id}" if case.chat_user_id is not None else "-"
        )
        rows.append(
            QueueRow(
                number=case.number or "",
                state=case.state,
                kinds=list(case.kinds),
                channel=case.channel,
                language=case.language,
                requester=requester,
                customer=None
                if customer is None
                else " ".join(filter(None, [customer.account_id, customer.name])),
                subject=case.subject,
                opened=case.opened_at,
                due=None if due is None else due[1],
                due_point=None if due is None else due[0],
                days_left=None if due is None else (due[1] - now).total_seconds() / DAY_SECONDS,
            )
        )
    far = datetime.max.replace(tzinfo=now.tzinfo)
    return sorted(rows, key=lambda row: (row.due is None, row.due or far, row.number))


@dataclass
class MessageView:
    """One message as the case page shows it."""

    received: datetime
    channel: str
    sender: str | None
    subject: str | None
    new_text: str
    highlighted: Markup
    quoted: str = ""
    signature: str = ""
    disclaimer: str = ""
    html: Markup | None = None
    cues: list[dict[str, Any]] = field(default_factory=list)
    attachments: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "received": self.received.isoformat(),
            "channel": self.channel,
            "sender": self.sender,
            "subject": self.subject,
            "new_text": self.new_text,
            "quoted": self.quoted,
            "signature": self.signature,
            "disclaimer": self.disclaimer,
            "html_sanitised": None if self.html is None else str(self.html),
            "cues": self.cues,
            "attachments": self.attachments,
        }


def highlight(text: str, cues: list[dict[str, Any]]) -> Markup:
    """`text` escaped, with each kept cue in it marked (overlapping cues: the first wins)."""
    spans = sorted(
        (
            cue
            for cue in cues
            if cue.get("source", "text") == "text" and cue.get("status") == "kept"
        ),
        key=lambda cue: (cue["start"], -cue["end"]),
    )
    parts: list[str] = []
    position = 0
    for cue in spans:
        start, end = int(cue["start"]), int(cue["end"])
        if start < position or end > len(text) or start >= end:
            continue
        kind = escape(cue["kind"])
        parts.append(str(escape(text[position:start])))
        parts.append(
            f'<mark class="cue cue-{kind}" title="{kind}: {escape(cue["rule"])}">'
            f"{escape(text[start:end])}</mark>"
        )
        position = end
    parts.append(str(escape(text[position:])))
    return Markup("".join(parts))


def _message_view(message: InboundMessage) -> MessageView:
    from intake.mail import parse

    new_text = message.new_text or ""
    view = MessageView(
        received=message.received_at,
        channel=message.channel,
        sender=message.sender_address
        or (f"chat:{message.chat_user_id}" if message.chat_user_id is not None else None),
        subject=message.subject,
        new_text=new_text,
        highlighted=highlight(new_text, list(message.cues)),
        cues=list(message.cues),
    )
    if message.channel == "email" and message.raw and message.body_erased_at is None:
        try:
            parsed = parse(message.raw)
        except Exception:  # the stored text is enough; the parts are a convenience
            return view
        view.quoted, view.signature, view.disclaimer = (
            parsed.quoted,
            parsed.signature,
            parsed.disclaimer,
        )
        view.html = Markup(clean_html(parsed.html)) if parsed.html.strip() else None
        view.attachments = [attachment.filename or "(unnamed)" for attachment in parsed.attachments]
    return view


def case_view(session: Session, case: Case) -> dict[str, Any]:
    """The case record of `requests show`, with the messages in full and its customer."""
    record = case_record(session, case)
    messages = session.exec(
        select(InboundMessage)
        .where(InboundMessage.case_id == case.id)
        .order_by(col(InboundMessage.received_at), col(InboundMessage.id))
    )
    record["messages"] = [_message_view(message) for message in messages]
    customer = session.get(Customer, case.customer_id) if case.customer_id else None
    record["registry"] = None if customer is None else _registry_record(session, customer)
    due = nearest_due(case)
    record["due"] = None if due is None else {"point": due[0], "at": due[1].isoformat()}
    return record


def _registry_record(session: Session, customer: Customer) -> dict[str, Any]:
    addresses = session.exec(
        select(CustomerEmail).where(CustomerEmail.customer_id == customer.id)
    ).all()
    return {
        "account_id": customer.account_id,
        "name": customer.name,
        "emails": [
            f"{address.address}{' (primary)' if address.is_primary else ''}"
            for address in addresses
        ],
        "phone": customer.phone,
        "postal_address": customer.postal_address,
        "country": customer.country,
        "marketing_opt_out": customer.marketing_opt_out,
        "third_party_opt_out": customer.third_party_opt_out,
        "erased": customer.erased_at is not None,
    }


def case_json(record: dict[str, Any]) -> dict[str, Any]:
    """The case view as JSON-ready data."""
    return {**record, "messages": [message.to_json() for message in record["messages"]]}


def draft_preview(session: Session, ws: Workspace, case: Case) -> dict[str, Any] | None:
    """The current draft as it will be sent: the mail composed and read back, or the chat
    text; None without a draft."""
    from intake.compose import compose_mail
    from workflows.approval import answer_address
    from workflows.message_ids import make_message_id

    draft = current_draft(session, case)
    if draft is None:
        return None
    preview: dict[str, Any] = {
        "version": draft.version,
        "subject": draft.subject,
        "body": draft.body,
        "channel": case.channel,
        "recipient": None,
        "sent_subject": None,
        "sent_body": draft.body,
        "error": None,
    }
    if case.channel == "chat" and case.chat_id is not None:
        preview["recipient"] = f"chat:{case.chat_id}"
        return preview
    recipient = answer_address(session, case)
    preview["recipient"] = recipient
    if recipient is None:
        preview["error"] = "no address to send the answer to"
        return preview
    settings = ws.settings
    try:
        raw = compose_mail(
            sender=settings.support_address,
            sender_name=settings.company_name_en,
            recipient=recipient,
            subject=draft.subject,
            body=draft.body,
            message_id=make_message_id(
                settings.secret_key, case.number or "", settings.mail_domain
            ),
            case_number=case.number,
            in_reply_to=None,
            references=(),
            automatic=False,
            language=draft.language,
            japanese_charset=settings.japanese_mail_charset,
            loop_header_value=settings.mail_domain,
            date=ws.now(),
        )
    except ValueError as error:
        preview["error"] = str(error)
        return preview
    sent = email.message_from_bytes(raw, policy=email.policy.default)
    body = sent.get_body(preferencelist=("plain",))
    preview["sent_subject"] = str(sent["Subject"])
    preview["sent_body"] = body.get_content() if body is not None else draft.body
    return preview
