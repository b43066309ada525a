"""Open cases and their items, and find them again by number or by what waits on a customer."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, col, select

from workflows.audit import record
from workflows.models import Case, CaseItem, InboundMessage
from workflows.states import OPEN_STATES, SYSTEM, WAITING_ON_CUSTOMER

RIGHTS = ("disclosure", "correction", "suspension", "deletion")
ITEM_KINDS = (*RIGHTS, "complaint", "inquiry")
EXECUTION_ORDER = {kind: position for position, kind in enumerate(ITEM_KINDS)}

# The lookups of every incoming message, built once: building a statement costs more
# than running it. Values are bound at execution (`sa.bindparam`).
_ITEMS_OF_CASE = select(CaseItem).where(CaseItem.case_id == sa.bindparam("case_id"))
_BY_NUMBER = select(Case).where(Case.number == sa.bindparam("number")).limit(1)
_NEWEST_IN_STATES = col(Case.state).in_(sa.bindparam("states", expanding=True))
_NEWEST_OF_CHAT_USER = (
    select(Case)
    .where(Case.chat_user_id == sa.bindparam("chat_user_id"), _NEWEST_IN_STATES)
    .order_by(col(Case.id).desc())
    .limit(1)
)
_NEWEST_OF_ADDRESS = (
    select(Case)
    .where(Case.requester_address == sa.bindparam("address"), _NEWEST_IN_STATES)
    .order_by(col(Case.id).desc())
    .limit(1)
)


def needs_identity(kinds: Sequence[str]) -> bool:
    """Whether any requested kind is a right that acts on personal data."""
    return any(kind in RIGHTS for kind in kinds)


def case_number(prefix: str, year: int, case_id: int) -> str:
    return f"{prefix}-{year}-{case_id:06d}"


def open_case(
    session: Session,
    inbound: InboundMessage,
    *,
    prefix: str,
    kinds: Sequence[str],
    opened_at: datetime,
    linked_case: Case | None = None,
) -> Case:
    """A new case for `inbound`, with one item per requested kind, and its `opened` Event."""
    case = Case(
        channel=inbound.channel,
        requester_address=inbound.sender_address,
        requester_name=inbound.sender_name,
        chat_user_id=inbound.chat_user_id,
        chat_id=inbound.chat_id,
        language=inbound.language or "ja",
        subject=inbound.subject,
        kinds=[kind for kind in kinds if kind in ITEM_KINDS],
        linked_case_id=None if linked_case is None else linked_case.id,
        opened_at=opened_at,
        updated_at=opened_at,
    )
    session.add(case)
    session.flush()
    case.number = case_number(prefix, opened_at.year, case.id)
    items = [CaseItem(case_id=case.id, kind=kind) for kind in case.kinds]
    session.add_all(items)
    _items_cache(session)[case.id] = items
    inbound.case_id = case.id
    details = {"kinds": case.kinds, "channel": case.channel}
    if linked_case is not None:
        details["linked_to"] = linked_case.number
    record(session, case, actor=SYSTEM, action="opened", details=details, inbound_id=inbound.id)
    return case


def _items_cache(session: Session) -> dict[int, list[CaseItem]]:
    """The items of the cases this session opened or read: each case's list is complete."""
    return session.info.setdefault("case_items", {})


def items_of(session: Session, case: Case) -> list[CaseItem]:
    """A case's items in the order their actions run (disclosure before deletion)."""
    cache = _items_cache(session)
    if case.id not in cache:
        cache[case.id] = list(session.exec(_ITEMS_OF_CASE, params={"case_id": case.id}).all())
    return sorted(
        cache[case.id], key=lambda item: (EXECUTION_ORDER.get(item.kind, 99), item.id or 0)
    )


def add_items(session: Session, case: Case, kinds: Sequence[str]) -> list[str]:
    """Add the kinds the case lacks (a follow-up asked for more); returns those added."""
    added = [kind for kind in kinds if kind in ITEM_KINDS and kind not in case.kinds]
    items_of(session, case)  # loads the case's items into the session's cache
    known = _items_cache(session)[case.id]
    for kind in added:
        item = CaseItem(case_id=case.id, kind=kind)
        session.add(item)
        known.append(item)
    if added:
        case.kinds = [*case.kinds, *added]
        session.add(case)
    return added


def by_number(session: Session, number: str) -> Case | None:
    return session.exec(_BY_NUMBER, params={"number": number.strip().upper()}).first()


def open_case_waiting_on_chat_user(session: Session, user_id: int) -> Case | None:
    """The newest open case of a chat user that waits on them."""
    params = {"chat_user_id": user_id, "states": sorted(WAITING_ON_CUSTOMER)}
    return session.exec(_NEWEST_OF_CHAT_USER, params=params).first()


def newest_open_case(
    session: Session, *, address: str | None = None, chat_user_id: int | None = None
) -> Case | None:
    """The newest open case of the same requester (by address or chat user)."""
    if address is None and chat_user_id is None:
        return None
    states = sorted(OPEN_STATES)
    if chat_user_id is not None:
        params = {"chat_user_id": chat_user_id, "states": states}
        return session.exec(_NEWEST_OF_CHAT_USER, params=params).first()
    params = {"address": address, "states": states}
    return session.exec(_NEWEST_OF_ADDRESS, params=params).first()
