"""The case lifecycle table: every state reachable, illegal moves refused, every move audited."""

from __future__ import annotations

from collections import deque

import pytest
import sqlalchemy as sa
from sqlmodel import select

from workflows.audit import record
from workflows.db import transaction
from workflows.models import Case, Event
from workflows.states import (
    AGENT,
    APPROVER,
    FINAL_STATES,
    NEW,
    STATES,
    SYSTEM,
    TRANSITIONS,
    IllegalTransition,
    allowed_actions,
    mermaid_diagram,
    transition,
)


def test_every_state_is_reachable_from_new_and_every_open_state_can_end():
    reachable = {NEW}
    queue = deque([NEW])
    while queue:
        state = queue.popleft()
        for step in TRANSITIONS:
            if step.source == state and step.target not in reachable:
                reachable.add(step.target)
                queue.append(step.target)
    assert reachable == set(STATES)
    for state in set(STATES) - FINAL_STATES:
        ends, queue, seen = False, deque([state]), {state}
        while queue and not ends:
            current = queue.popleft()
            ends = current in FINAL_STATES
            for step in TRANSITIONS:
                if step.source == current and step.target not in seen:
                    seen.add(step.target)
                    queue.append(step.target)
        assert ends, f"{state} can never end"


def test_only_an_approver_may_approve_or_reject():
    assert "approve" in allowed_actions("draft_ready", APPROVER)
    assert "approve" not in allowed_actions("draft_ready", AGENT)
    assert "reject" not in allowed_actions("in_review", AGENT)


def test_the_readme_draws_the_table():
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text("utf-8")
    assert mermaid_diagram() in readme, "README's lifecycle diagram is out of date"


def _case(session) -> Case:
    case = Case(channel="email", number="PR-2026-000001")
    session.add(case)
    session.flush()
    return case


def test_a_transition_moves_the_case_and_writes_its_event(engine):
    with transaction(engine) as session:
        case = _case(session)
        transition(session, case, "ask_identity", actor=SYSTEM, role=SYSTEM)
        transition(session, case, "confirm_identity", actor="alice", role=AGENT)
    with transaction(engine) as session:
        events = session.exec(select(Event).where(Event.case_id == case.id)).all()
        stored = session.get(Case, case.id)
    assert stored.state == "in_review"
    assert [(e.action, e.details["from"], e.details["to"]) for e in events] == [
        ("ask_identity", "new", "awaiting_identity"),
        ("confirm_identity", "awaiting_identity", "in_review"),
    ]


def test_an_illegal_transition_raises_and_changes_nothing(engine):
    with transaction(engine) as session:
        case = _case(session)
    with (
        pytest.raises(IllegalTransition, match="cannot approve from new"),
        transaction(engine) as session,
    ):
        transition(session, session.get(Case, case.id), "approve", actor="bob", role=APPROVER)
    with transaction(engine) as session:
        assert session.get(Case, case.id).state == NEW
        assert session.exec(select(Event)).all() == []


def test_an_agent_cannot_approve(engine):
    with transaction(engine) as session:
        case = _case(session)
        case.state = "draft_ready"
        with pytest.raises(IllegalTransition, match="agent cannot approve"):
            transition(session, case, "approve", actor="alice", role=AGENT)


def test_the_audit_trail_refuses_updates_and_deletes(engine):
    with transaction(engine) as session:
        record(session, None, actor=SYSTEM, action="test")
    for statement in ("UPDATE event SET actor = 'mallory'", "DELETE FROM event"):
        with pytest.raises(sa.exc.DatabaseError, match="append-only"), engine.begin() as conn:
            conn.execute(sa.text(statement))
    with transaction(engine) as session:
        assert [e.actor for e in session.exec(select(Event)).all()] == [SYSTEM]
