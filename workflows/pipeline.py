"""The one path of every incoming message: keep it, then understand, thread and advance it.

`store` commits the raw message before anything else (the channel may then say "ok");
`process` does the rest in its own transaction, so a crash leaves the message `stored` and
`process_pending` picks it up again on start-up. Receiving a message twice changes nothing.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from email.parser import BytesHeaderParser
from email.policy import compat32
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from intake.chat import ChatParseError, parse_update
from intake.classifier import Classification, classify, classify_mail
from intake.compose import LOOP_HEADER
from intake.language import detect_language
from intake.mail import MESSAGE_ID, MailParseError, parse
from workflows import deadlines, identity, registry
from workflows.audit import record
from workflows.cases import (
    add_items,
    by_number,
    items_of,
    needs_identity,
    newest_open_case,
    open_case,
    open_case_waiting_on_chat_user,
)
from workflows.db import is_sqlite
from workflows.drafting import render_reply
from workflows.message_ids import our_case_numbers
from workflows.models import Case, Customer, InboundMessage
from workflows.outbox import UNDELIVERED, by_message_id, queue_to_requester
from workflows.replies import draft_from_template, inquiry_topics, reply_context
from workflows.states import (
    AWAITING_CUSTOMER,
    AWAITING_IDENTITY,
    CUSTOMER,
    FINAL_STATES,
    REPLIED,
    SYSTEM,
    transition,
)
from workflows.workspace import Workspace

STORED, PROCESSED, FAILED = "stored", "processed", "failed"
MAX_ATTEMPTS = 5
_INBOUND = InboundMessage.__table__


@dataclass(frozen=True)
class Stored:
    inbound_id: int
    is_new: bool


def _header_message_id(raw: bytes) -> str:
    try:
        headers = BytesHeaderParser(policy=compat32).parsebytes(raw[:200_000], headersonly=True)
        value = headers.get("Message-ID") or ""
    except Exception:  # a header block too broken to read: fall back to the content hash
        return ""
    match = MESSAGE_ID.search(str(value))
    return match.group(0) if match else ""


def unique_key(raw: bytes, channel: str) -> str:
    """Message-ID for mail, the update id for chat, else a content hash."""
    if channel == "email":
        message_id = _header_message_id(raw)
        return f"mid:{message_id}" if message_id else f"sha256:{hashlib.sha256(raw).hexdigest()}"
    try:
        update = parse_update(raw)
    except ChatParseError:
        return f"sha256:{hashlib.sha256(raw).hexdigest()}"
    if update.update_id is not None:
        return f"tg:{update.update_id}"
    return f"chat:{update.user_id}:sha256:{hashlib.sha256(raw).hexdigest()}"


def store(
    ws: Workspace, raw: bytes, channel: str, *, envelope: dict[str, Any] | None = None
) -> Stored:
    """Commit the raw message (idempotent); True in `is_new` when it was not there before."""
    return store_many(ws, [(raw, channel, envelope)])[0]


def store_many(
    ws: Workspace, messages: Sequence[tuple[bytes, str, dict[str, Any] | None]]
) -> list[Stored]:
    """Commit several raw messages in one durable transaction (files, a fetched batch)."""
    keys = [unique_key(raw, channel) for raw, channel, _envelope in messages]
    results: list[Stored] = []
    with ws.durable_transaction() as session:
        known = dict(
            session.exec(
                select(InboundMessage.unique_key, InboundMessage.id).where(
                    col(InboundMessage.unique_key).in_(set(keys))
                )
            ).all()
        )
        added: dict[str, dict[str, Any]] = {}
        for key, (raw, channel, envelope) in zip(keys, messages, strict=True):
            if key not in known and key not in added:
                added[key] = _stored_row(key, raw, channel, envelope, ws.now())
        known.update(_insert_stored(session, added))
        first_of_key = {key: position for position, key in reversed(list(enumerate(keys)))}
        for position, key in enumerate(keys):
            is_new = key in added and first_of_key[key] == position
            results.append(Stored(known[key], is_new))
    return results


def _stored_row(
    key: str, raw: bytes, channel: str, envelope: dict[str, Any] | None, received_at: datetime
) -> dict[str, Any]:
    """The values of a new InboundMessage row; the model's column defaults supply the rest
    (`stored`, no attempts, nothing read from it yet).

    Every row has the same keys: the rows of one executemany INSERT must.
    """
    return {
        "channel": channel,
        "unique_key": key,
        "raw": raw,
        "received_at": received_at,
        "envelope": envelope or {},
    }


def _insert_stored(session: Session, rows: dict[str, dict[str, Any]]) -> dict[str, int]:
    """Insert the new messages' rows in one statement; their ids by unique key.

    Plain rows rather than models: nothing reads them back in this transaction.
    """
    if not rows:
        return {}
    insert = _INBOUND.insert().returning(_INBOUND.c.id, sort_by_parameter_order=True)
    ids = session.connection().execute(insert, list(rows.values())).scalars().all()
    return dict(zip(rows, ids, strict=True))


def ingest(
    ws: Workspace, raw: bytes, channel: str, *, envelope: dict[str, Any] | None = None
) -> InboundMessage:
    """Store, then process, one message; returns its row as processed (or failed)."""
    return ingest_many(ws, [(raw, channel, envelope)])[0]


def ingest_many(
    ws: Workspace, messages: Sequence[tuple[bytes, str, dict[str, Any] | None]]
) -> list[InboundMessage]:
    """Store all (one commit), then process each new one; their rows, in order."""
    stored = store_many(ws, messages)
    for item in stored:
        if item.is_new:
            process(ws, item.inbound_id)
    ids = [item.inbound_id for item in stored]
    with Session(ws.engine) as session:
        rows = session.exec(select(InboundMessage).where(col(InboundMessage.id).in_(set(ids))))
        by_id = {row.id: row for row in rows}
    return [by_id[inbound_id] for inbound_id in ids]


def process_pending(ws: Workspace, limit: int | None = None) -> int:
    """Process the stored, unprocessed messages, oldest first, each once per call (one that
    fails is tried again on a later call; one another instance holds is left to it); the
    number attempted."""
    done, after_id = 0, 0
    while limit is None or done < limit:
        page = PENDING_PAGE if limit is None else min(PENDING_PAGE, limit - done)
        with Session(ws.engine) as session:
            ids = session.exec(_PENDING_IDS, params={"after_id": after_id, "page": page}).all()
        for inbound_id in ids:
            process(ws, inbound_id)
        done += len(ids)
        if len(ids) < page:
            return done
        after_id = ids[-1]
    return done


PENDING_PAGE = 50
_PENDING_IDS = (
    select(InboundMessage.id)
    .where(
        InboundMessage.state == STORED,
        InboundMessage.attempts < MAX_ATTEMPTS,
        InboundMessage.id > sa.bindparam("after_id"),
    )
    .order_by(col(InboundMessage.id))
    .limit(sa.bindparam("page"))
)


_STORED_MESSAGE = select(InboundMessage).where(
    InboundMessage.id == sa.bindparam("inbound_id"), InboundMessage.state == STORED
)
_STORED_MESSAGE_LOCKED = _STORED_MESSAGE.with_for_update(skip_locked=True)


def _claim(session: Session, ws: Workspace, inbound_id: int) -> InboundMessage | None:
    """The stored message, locked for this worker (skipped if another holds it)."""
    query = _STORED_MESSAGE if is_sqlite(ws.engine) else _STORED_MESSAGE_LOCKED
    return session.exec(query, params={"inbound_id": inbound_id}).first()


def process(ws: Workspace, inbound_id: int) -> None:
    """Understand, thread and advance one stored message; on error keep it and say why."""
    try:
        with ws.transaction() as session:
            inbound = _claim(session, ws, inbound_id)
            if inbound is None:
                return
            _process(session, ws, inbound)
            inbound.state = PROCESSED
            inbound.processed_at = ws.now()
            inbound.attempts += 1
            session.add(inbound)
    except Exception as error:  # kept and reported, never lost: `intake status` counts them
        _record_failure(ws, inbound_id, error)


def _record_failure(ws: Workspace, inbound_id: int, error: Exception) -> None:
    with ws.transaction() as session:
        inbound = session.get(InboundMessage, inbound_id)
        if inbound is None or inbound.state != STORED:
            return
        inbound.attempts += 1
        inbound.error = f"{type(error).__name__}: {error}"[:2000]
        if isinstance(error, MailParseError | ChatParseError) or inbound.attempts >= MAX_ATTEMPTS:
            inbound.state = FAILED
        session.add(inbound)
        record(
            session,
            None,
            actor=SYSTEM,
            action="processing_failed",
            details={"error": inbound.error, "attempts": inbound.attempts},
            inbound_id=inbound.id,
        )


def _process(session: Session, ws: Workspace, inbound: InboundMessage) -> None:
    deadlines.bind_workspace(session, ws)  # transitions recompute the case's deadlines
    if inbound.channel == "email":
        automatic = _read_mail(inbound)
        if automatic:
            _record_automatic(session, ws, inbound)
            return
    else:
        _read_chat(inbound)
    language = inbound.language or "ja"
    if inbound.channel == "email":
        classification = classify_mail(
            inbound.new_text or "", inbound.subject or "", language=language
        )
    else:
        classification = classify(inbound.new_text or "", language=language)
    inbound.kinds = list(classification.kinds)
    inbound.cues = [cue.to_json() for cue in classification.cues]
    with session.no_autoflush:  # lookups of earlier rows: nothing pending concerns them
        case = _thread(session, ws, inbound)
        joins = case is not None and case.state not in FINAL_STATES
        if not joins:  # a new case, linked to the ended one or to an open one of the sender
            linked = case or newest_open_case(
                session, address=inbound.sender_address, chat_user_id=inbound.chat_user_id
            )
    if joins:
        _join(session, ws, case, inbound, classification)
    else:
        _open(session, ws, inbound, classification, linked)


def _read_mail(inbound: InboundMessage) -> bool:
    """Fill the row from the parsed mail; True when it is automatic mail (never answered)."""
    parsed = parse(inbound.raw or b"")
    sender = parsed.from_
    inbound.sender_address = registry.normalize_email(sender.address) if sender else None
    inbound.sender_name = (sender.name or None) if sender else None
    inbound.subject = parsed.subject
    inbound.message_id = parsed.message_id or None
    inbound.language = parsed.language
    inbound.new_text = parsed.new_text
    inbound.auto_reply = parsed.auto_reply
    inbound.bounce = parsed.bounce
    looped = _has_loop_header(inbound.raw or b"")
    inbound.facts = {
        "in_reply_to": parsed.in_reply_to,
        "references": list(parsed.references),
        "automatic_reasons": list(parsed.automatic.reasons),
        "dmarc": parsed.auth.dmarc,
        "defects": [defect.problem for defect in parsed.defects][:20],
        "bounced_message_id": parsed.bounce_info.original_message_id if parsed.bounce_info else "",
        "our_loop_header": looped,
    }
    return parsed.auto_reply or parsed.bounce or looped


def _has_loop_header(raw: bytes) -> bool:
    head = raw.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    return f"\n{LOOP_HEADER.lower()}:".encode() in b"\n" + head.lower()


def _read_chat(inbound: InboundMessage) -> None:
    message = parse_update(inbound.raw or b"")
    inbound.chat_user_id = message.user_id
    inbound.chat_id = message.chat_id
    inbound.sender_name = message.display_name or message.username or None
    inbound.new_text = message.text.strip()
    inbound.language = detect_language(inbound.new_text)
    inbound.facts = {"language_code": message.language_code, "username": message.username}


def _record_automatic(session: Session, ws: Workspace, inbound: InboundMessage) -> None:
    """Auto-replies and bounces open no case and get no answer; a bounce of ours is noted."""
    bounced_id = inbound.facts.get("bounced_message_id") or ""
    entry = by_message_id(session, bounced_id) if inbound.bounce and bounced_id else None
    case = session.get(Case, entry.case_id) if entry and entry.case_id else None
    if entry is not None:
        entry.state = UNDELIVERED
        entry.last_error = "bounced"
        session.add(entry)
    inbound.case_id = None if case is None else case.id
    action = "bounce" if inbound.bounce else "auto_reply"
    details = {
        "purpose": None if entry is None else entry.purpose,
        "message_id": None if entry is None else entry.message_id,
    }
    record(
        session,
        case,
        actor=SYSTEM,
        action=f"{action}_received",
        details=details,
        inbound_id=inbound.id,
    )


def _thread(session: Session, ws: Workspace, inbound: InboundMessage) -> Case | None:
    """The case a message belongs to, by our Message-IDs, the subject tag or a waiting chat."""
    if inbound.channel == "chat":
        return open_case_waiting_on_chat_user(session, inbound.chat_user_id)
    headers = [inbound.facts.get("in_reply_to") or "", *inbound.facts.get("references", [])]
    for number in reversed(our_case_numbers(ws.settings.secret_key, headers)):
        case = by_number(session, number)
        if case is not None:
            return case
    tag = re.search(
        rf"\[({re.escape(ws.settings.case_prefix)}-\d{{4}}-\d{{6,}})\]", inbound.subject or ""
    )
    if tag is not None:
        case = by_number(session, tag.group(1))
        if case is not None and _same_requester(session, case, inbound.sender_address):
            return case
    return None


def _same_requester(session: Session, case: Case, address: str | None) -> bool:
    if not address:
        return False
    if case.requester_address == address:
        return True
    customer = registry.find_by_email(session, address)
    return customer is not None and customer.id == case.customer_id


def _open(
    session: Session,
    ws: Workspace,
    inbound: InboundMessage,
    classification: Classification,
    linked: Case | None,
) -> Case:
    case = open_case(
        session,
        inbound,
        prefix=ws.settings.case_prefix,
        kinds=classification.kinds,
        opened_at=inbound.received_at,
        linked_case=linked,
    )
    deadlines.refresh(session, ws, case)  # the acknowledgement tells the answer's due date
    dmarc = inbound.facts.get("dmarc")
    if dmarc and dmarc not in ("pass", "none", ""):
        case.trust_notes = [f"DMARC {dmarc}: the From: address may be forged"]
    for item in items_of(session, case):
        if item.kind == "inquiry":
            item.details = {"topics": inquiry_topics(inbound.new_text or "")}
            session.add(item)
    if not case.kinds:
        transition(session, case, "triage", actor=SYSTEM, role=SYSTEM)
        return case
    _acknowledge(session, ws, case, inbound)
    if needs_identity(case.kinds):
        transition(session, case, "ask_identity", actor=SYSTEM, role=SYSTEM)
        start_identity(session, ws, case, inbound)
    else:
        transition(session, case, "review", actor=SYSTEM, role=SYSTEM)
        draft_from_template(session, ws, case, "answer", actor=SYSTEM, role=SYSTEM)
    return case


def _send(
    session: Session,
    ws: Workspace,
    case: Case,
    template: str,
    *,
    purpose: str,
    inbound: InboundMessage | None,
    to: str | None = None,
    **extra: Any,
) -> None:
    """Render an automatic message and queue it to the requester, answering `inbound`; or
    by mail to `to`, answering nothing. No address to mail to: nothing is sent."""
    reply = render_reply(template, case.language, reply_context(session, ws, case, **extra))
    queue_to_requester(
        session,
        ws,
        case,
        reply,
        purpose=purpose,
        automatic=True,
        answering=inbound if to is None else None,
        to=to,
        by_mail=to is not None,
    )


def _acknowledge(session: Session, ws: Workspace, case: Case, inbound: InboundMessage) -> None:
    identity_required = needs_identity(case.kinds)
    _send(
        session,
        ws,
        case,
        "acknowledgement",
        purpose="acknowledgement",
        inbound=inbound,
        identity_required=identity_required,
    )


def _customer_for(session: Session, inbound: InboundMessage) -> Customer | None:
    """The registry's customer behind a message: by sender, chat user, or one named in it."""
    if inbound.channel == "chat":
        found = registry.find_by_telegram(session, inbound.chat_user_id)
    else:
        found = registry.find_by_email(session, inbound.sender_address or "")
    if found is not None:
        return found
    named = registry.find_mentioned(session, inbound.new_text or "")
    return named[0] if len(named) == 1 else None


def start_identity(session: Session, ws: Workspace, case: Case, inbound: InboundMessage) -> None:
    """Send a code to the customer's address on record; a sender the registry cannot place
    proves control of their own address (for a chat user: the address they give)."""
    with session.no_autoflush:  # the registry is not changed by this transaction
        customer = _customer_for(session, inbound)
    on_record = registry.primary_email(session, customer) if customer is not None else None
    if customer is not None and on_record is None:
        record(session, case, actor=SYSTEM, action="customer_has_no_email_on_record")
        customer = None  # a code to another address would not prove this customer
    if customer is not None:
        send_identity_request(session, ws, case, customer, destination=on_record, inbound=inbound)
        return
    if case.channel == "email":
        destination = inbound.sender_address
    else:
        destination = next(iter(registry.mentioned_emails(inbound.new_text or "")), None)
    if destination is None:  # a chat user we cannot place yet: ask who they are
        _send(session, ws, case, "identity_ask_account", purpose="identity_ask", inbound=inbound)
        return
    send_identity_request(session, ws, case, None, destination=destination, inbound=inbound)


def send_identity_request(
    session: Session,
    ws: Workspace,
    case: Case,
    customer: Customer | None,
    *,
    destination: str | None = None,
    inbound: InboundMessage | None = None,
) -> bool:
    """A new code to `customer`'s address on record (`destination` when the caller has read
    it), or to `destination` for a sender the registry does not hold; False when there is no
    address to send it to."""
    if customer is not None and destination is None:
        destination = registry.primary_email(session, customer)
    if destination is None:
        record(
            session,
            case,
            actor=SYSTEM,
            action="identity_code_not_sent",
            details={"reason": "no email address on record"},
        )
        return False
    issued = identity.issue_challenge(
        session, ws, case, destination=destination, customer=customer, actor=SYSTEM
    )
    _send(
        session,
        ws,
        case,
        "identity_request",
        purpose="identity_request",
        inbound=None,
        to=destination,
        code=issued.code,
        code_expires_at=issued.expires_at,
        confirm_url=confirm_url(ws, issued.token),
        # the requester's own name goes only back to the requester's own address
        requester_name=case.requester_name if destination == case.requester_address else None,
    )
    deadlines.refresh(session, ws, case)  # the customer's country may choose the policy
    if case.channel == "chat":
        _send(
            session,
            ws,
            case,
            "identity_code_sent",
            purpose="identity_code_sent",
            inbound=inbound,
            masked_address=identity.mask_address(destination),
        )
    return True


def _join(
    session: Session,
    ws: Workspace,
    case: Case,
    inbound: InboundMessage,
    classification: Classification,
) -> None:
    """A message in an existing case: codes, answers to our questions, follow-ups."""
    inbound.case_id = case.id
    added = add_items(session, case, classification.kinds)
    record(
        session,
        case,
        actor=CUSTOMER,
        action="customer_wrote",
        details={"added_kinds": added},
        inbound_id=inbound.id,
    )
    if case.state == AWAITING_IDENTITY:
        _continue_identity(session, ws, case, inbound)
    elif case.state == AWAITING_CUSTOMER:
        transition(session, case, "customer_answered", actor=CUSTOMER, role=CUSTOMER)
    elif case.state == REPLIED:
        transition(session, case, "follow_up", actor=CUSTOMER, role=CUSTOMER)


def _continue_identity(
    session: Session, ws: Workspace, case: Case, inbound: InboundMessage
) -> None:
    confirmed = identity.try_codes(session, ws, case, inbound.new_text or "")
    if confirmed is not None:
        case.customer_id = confirmed.customer_id  # the code proves exactly this customer
        after_identity_confirmed(session, ws, case, by="customer code")
        return
    if case.channel == "chat" and not identity.pending_challenges(session, case):
        start_identity(session, ws, case, inbound)


def confirm_url(ws: Workspace, token: str) -> str | None:
    """The link that confirms identity in one click, where a public URL is configured."""
    base = ws.settings.public_url.rstrip("/")
    return f"{base}/confirm/{token}" if base else None


def confirm_by_link(ws: Workspace, token: str) -> str | None:
    """Confirm the identity challenge of a link token; the case number, or None if the
    token is unknown, used or expired."""
    with ws.transaction() as session:
        challenge = identity.challenge_for_token(session, ws, token)
        if challenge is None:
            return None
        case = session.get(Case, challenge.case_id)
        if case is None or case.state != AWAITING_IDENTITY:
            return None
        case.customer_id = challenge.customer_id  # the link proves exactly this customer
        after_identity_confirmed(session, ws, case, by="customer link")
        return case.number


def after_identity_confirmed(session: Session, ws: Workspace, case: Case, *, by: str) -> None:
    """Identity is confirmed: review, then draft the answer (or the no-data notice)."""
    deadlines.bind_workspace(session, ws)  # the confirmation may start the answer clock
    identity.mark_confirmed(case, ws, by=by)
    actor, role = (CUSTOMER, CUSTOMER) if by.startswith("customer ") else (by, "agent")
    transition(session, case, "confirm_identity", actor=actor, role=role, details={"by": by})
    customer = session.get(Customer, case.customer_id) if case.customer_id else None
    if customer is not None and case.chat_user_id:
        _link_chat_user(session, case, customer)
    if customer is None:
        if _names_an_account(session, case):
            record(session, case, actor=SYSTEM, action="account_named_by_unknown_sender")
            return
        draft_from_template(session, ws, case, "no_data_held", actor=SYSTEM, role=SYSTEM)
        return
    draft_from_template(session, ws, case, "answer", actor=SYSTEM, role=SYSTEM)


def _link_chat_user(session: Session, case: Case, customer: Customer) -> None:
    """Remember the chat user of a confirmed customer, unless either is linked elsewhere."""
    if customer.telegram_user_id == case.chat_user_id:
        return
    holder = registry.find_by_telegram(session, case.chat_user_id)
    if customer.telegram_user_id is not None or holder is not None:
        record(
            session,
            case,
            actor=SYSTEM,
            action="chat_user_not_linked",
            details={"reason": "the chat user or the customer is linked to another"},
        )
        return
    customer.telegram_user_id = case.chat_user_id
    session.add(customer)
    record(session, case, actor=SYSTEM, action="chat_user_linked", details={})


def _names_an_account(session: Session, case: Case) -> bool:
    texts = session.exec(
        select(InboundMessage.new_text).where(InboundMessage.case_id == case.id)
    ).all()
    # one lookup for all: no address, phone or account id runs across a line break
    return bool(registry.find_mentioned(session, "\n".join(text or "" for text in texts)))
