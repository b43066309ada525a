"""The scheduler's tick: act on every notice that has fallen due, once, and move on.

The tick reads only the cases whose `next_notice_at` has come (an index range scan, however
many cases are open), a batch per transaction. For each it recomputes the schedule from the
case's columns, carries out the notices due since the last tick handled the case (the latest
of each kind: a tick after a long pause sends one reminder, not a burst), then records that
it handled them and sets the next time. Nothing lives in the scheduler's memory: a restart,
or a second scheduler, finds exactly the work that is left. On PostgreSQL a tick claims its
batch with FOR UPDATE SKIP LOCKED, so two schedulers never act on one case at once; the
unique notice key stops a notice queued twice all the same.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from workflows.audit import PENDING_EVENTS, record, write_pending_events
from workflows.db import is_sqlite
from workflows.deadline_notices import act
from workflows.deadlines import (
    bind_workspace,
    due_now,
    mark_handled,
    next_notice_at,
    recompute,
)
from workflows.models import Case
from workflows.states import FINAL_STATES, SYSTEM
from workflows.workspace import Workspace

log = logging.getLogger("workflows.deadline_tick")
BATCH = 100
RETRY_AFTER = timedelta(minutes=5)  # a case whose notice failed is tried again then
MAX_BATCHES = 10_000  # a bound on one tick, far above any real backlog

# Only open cases have a `next_notice_at` (a transition to a final state clears it), so the
# query needs no condition on the state, which would tempt SQLite to scan by the state index.
DUE_CASES = (
    select(Case)
    .where(col(Case.next_notice_at) <= sa.bindparam("now"))
    .order_by(col(Case.next_notice_at))
    .limit(sa.bindparam("batch"))
)
_DUE_CASES_LOCKED = DUE_CASES.with_for_update(skip_locked=True)


@dataclass
class TickResult:
    """What one tick did: cases looked at, notices carried out, cases expired, failures."""

    cases: int = 0
    notices: int = 0
    expired: int = 0
    failed: int = 0


def run_tick(ws: Workspace, now: datetime | None = None) -> TickResult:
    """Act on every notice due by `now` (default: the workspace's clock)."""
    if now is not None:
        moment = now
        ws = replace(ws, clock=lambda: moment)
    now = ws.now()
    result = TickResult()
    for _ in range(MAX_BATCHES):
        with ws.transaction() as session:
            bind_workspace(session, ws)
            cases = claim_due(session, ws, now, BATCH)
            for case in cases:
                _handle(session, ws, case, now, result)
        result.cases += len(cases)
        if len(cases) < BATCH:
            break
    return result


def claim_due(session: Session, ws: Workspace, now: datetime, limit: int) -> list[Case]:
    """Up to `limit` open cases with a notice due by `now`, earliest first; on PostgreSQL
    locked for this transaction, skipping those another scheduler holds."""
    query = DUE_CASES if is_sqlite(ws.engine) else _DUE_CASES_LOCKED
    return list(session.exec(query, params={"now": now, "batch": limit}).all())


def claim_plan(ws: Workspace, now: datetime) -> str:
    """The database's plan of the tick's claim query at `now` (EXPLAIN QUERY PLAN on SQLite,
    EXPLAIN on PostgreSQL): the statement the tick sends, captured as it is sent."""
    sent: list[tuple[str, Any]] = []

    def capture(*args: Any) -> None:
        sent.append((args[2], args[3]))  # (connection, cursor, statement, parameters, ...)

    with ws.engine.connect() as connection:
        sa.event.listen(connection, "before_cursor_execute", capture)
        with Session(bind=connection) as session:
            claim_due(session, ws, now, BATCH)
        sa.event.remove(connection, "before_cursor_execute", capture)
        statement, parameters = sent[-1]
        explain = "EXPLAIN QUERY PLAN " if is_sqlite(ws.engine) else "EXPLAIN "
        rows = connection.exec_driver_sql(explain + statement, parameters).all()
        connection.rollback()
    return "\n".join(" ".join(str(value) for value in row) for row in rows)


def _handle(session: Session, ws: Workspace, case: Case, now: datetime, result: TickResult) -> None:
    """One case in a savepoint: a failure is logged and the case tried again later."""
    write_pending_events(session)  # what the savepoint undoes is then its own
    try:
        with session.begin_nested():
            notices, expired = act_on_case(session, ws, case, now)
        result.notices += notices
        result.expired += expired
    except Exception as error:  # one broken case must not stop the others' reminders
        session.info.pop(PENDING_EVENTS, None)
        log.exception("deadline notices of case %s failed", case.number)
        result.failed += 1
        session.refresh(case)
        case.next_notice_at = now + RETRY_AFTER
        session.add(case)
        details = {"error": f"{type(error).__name__}: {error}"[:2000]}
        record(session, case, actor=SYSTEM, action="deadline_notice_failed", details=details)


def act_on_case(session: Session, ws: Workspace, case: Case, now: datetime) -> tuple[int, int]:
    """Recompute the case, carry out its due notices, and set when to look again; the
    number of notices carried out, and 1 when the case expired."""
    settings = ws.settings
    points = recompute(session, settings, case, now)
    carried = 0
    for due in due_now(case, points, settings, now):
        if case.state in FINAL_STATES:  # an expiry ended it: nothing else applies
            break
        carried += act(session, ws, case, due, now)
    mark_handled(case, settings, now)
    case.next_notice_at = next_notice_at(case, points, settings, now)
    session.add(case)
    return carried, int(case.state in FINAL_STATES)
