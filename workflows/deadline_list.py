"""The deadlines of the open cases as of a time: which are upcoming, which are overdue.

Read from the cases' columns (the truth the scheduler acts on): the answer target and the
backstop while the answer is owed, the identity expiry while a case waits for identity.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, select

from workflows.deadlines import ANSWER_OWED
from workflows.models import Case
from workflows.states import AWAITING_IDENTITY, OPEN_STATES

POINTS = ("answer", "backstop", "identity")


@dataclass(frozen=True)
class DeadlineItem:
    """One due point of one case, and whether it has passed at the time asked about."""

    case_number: str
    point: str  # "answer" | "backstop" | "identity"
    due: datetime
    overdue: bool
    state: str
    paused: bool

    def to_json(self) -> dict[str, Any]:
        return {
            "case": self.case_number,
            "point": self.point,
            "due": self.due.isoformat(),
            "overdue": self.overdue,
            "state": self.state,
            "paused": self.paused,
        }


_OPEN_CASES = select(Case).where(col(Case.state).in_(sorted(OPEN_STATES)))


def deadline_items(session: Session, at: datetime) -> list[DeadlineItem]:
    """Every due point of the open cases, soonest first (overdue ones lead)."""
    items = []
    for case in session.exec(_OPEN_CASES):
        points: list[tuple[str, datetime | None]] = []
        if case.state in ANSWER_OWED:
            points += [("answer", case.due_answer_at), ("backstop", case.due_backstop_at)]
        if case.state == AWAITING_IDENTITY:
            points.append(("identity", case.due_identity_at))
        for point, due in points:
            if due is not None:
                paused = point == "answer" and case.paused_at is not None
                overdue = due <= at and not paused  # a paused target moves on with the wait
                item = DeadlineItem(case.number or "", point, due, overdue, case.state, paused)
                items.append(item)
    return sorted(items, key=lambda item: (item.due, item.case_number, POINTS.index(item.point)))
