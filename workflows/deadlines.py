"""A case's deadlines as columns, kept up to date on every transition.

`workflows.deadline_policy.due_points` computes a case's schedule from its facts; this module
feeds it those facts (arrival or restart, identity, the spans spent waiting for the
customer's clarification, an extension, the policy), writes the due times to the case's
columns and sets `next_notice_at`: the earliest notice the scheduler has not handled yet
(NULL when none is pending), so that the tick reads only the cases with work, by an index.

`after_transition` runs inside `workflows.states.transition`. It needs the settings: a
session bound with `bind_workspace` (the workflow entry points do it) recomputes at once; an
unbound one marks the case due now, and the next tick recomputes it before acting.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache

from dateutil.relativedelta import relativedelta
from sqlmodel import Session

from intake.settings import Settings
from workflows.audit import bind_clock, session_now
from workflows.business_calendar import business_calendar
from workflows.cases import needs_identity
from workflows.deadline_policy import DuePoints, Extension, Notice, due_points, policy_for
from workflows.models import Case, Customer
from workflows.states import (
    AWAITING_CUSTOMER,
    AWAITING_IDENTITY,
    DRAFT_READY,
    FINAL_STATES,
    IN_REVIEW,
    NEW,
    TRIAGE,
    Transition,
)
from workflows.workspace import SESSION_WORKSPACE, Workspace

# the states in which the answer is still owed: after approval it has left (or is leaving)
ANSWER_OWED = frozenset({NEW, TRIAGE, AWAITING_IDENTITY, IN_REVIEW, AWAITING_CUSTOMER, DRAFT_READY})
ANSWER_NOTICES = frozenset({"staff_reminder", "overdue"})  # about the answer target
IDENTITY_NOTICES = frozenset({"identity_reminder", "identity_expiry"})
REPEATED = frozenset({"overdue", "backstop_overdue"})  # escalated again each day while overdue
# transitions after which the request counts anew: the answer clock starts again from then
RESTARTS = frozenset({"reopen", "follow_up"})


@dataclass(frozen=True)
class Due:
    """One notice to act on now: the notice, the time it fell due, its Outbox key."""

    notice: Notice
    at: datetime
    key: str


_RECOMPUTED = "deadline_inputs"  # session.info: id(case) -> (inputs, due points) this transaction


def bind_workspace(session: Session, ws: Workspace) -> Session:
    """Let transitions in `session` recompute deadlines with `ws`'s settings and clock."""
    session.info[SESSION_WORKSPACE] = ws
    return bind_clock(session, ws.clock)


def after_transition(session: Session, case: Case, step: Transition) -> None:
    """Keep the pause and restart facts, then the due columns, after `case` made `step`."""
    now = session_now(session)
    if step.action in RESTARTS and step.source != step.target:
        case.restarted_at = now
        case.paused_for_seconds = 0
        case.extended_at, case.extended_by_months, case.extended_by_days = None, 0, 0
        case.extension_reason = None
    track_pause(case, now)
    ws: Workspace | None = session.info.get(SESSION_WORKSPACE)
    if case.state in FINAL_STATES:
        case.next_notice_at = None
    elif ws is None:
        case.next_notice_at = now  # the next tick recomputes it with the settings
    else:
        recompute(session, ws.settings, case, now)
    session.add(case)


def track_pause(case: Case, now: datetime) -> None:
    """A case waiting for the customer's clarification is paused; leaving that state adds
    the span to `paused_for_seconds` (whether it moves the target is the policy's setting)."""
    if case.state == AWAITING_CUSTOMER and case.paused_at is None:
        case.paused_at = now
    elif case.state != AWAITING_CUSTOMER and case.paused_at is not None:
        span = max(now - case.paused_at, timedelta(0))
        case.paused_for_seconds += int(span.total_seconds())
        case.paused_at = None


def paused_for(case: Case, now: datetime) -> timedelta:
    """The time spent waiting for the customer's clarification, the ongoing wait included."""
    total = timedelta(seconds=case.paused_for_seconds)
    if case.paused_at is not None:
        total += max(now - case.paused_at, timedelta(0))
    return total


def extension_of(case: Case) -> Extension | None:
    """The extension granted to the case, or None."""
    if case.extended_at is None:
        return None
    if case.extended_by_months:
        return relativedelta(months=case.extended_by_months, days=case.extended_by_days)
    return timedelta(days=case.extended_by_days)


def store_extension(case: Case, extension: Extension) -> None:
    """Keep `extension` in the case's columns (months and days)."""
    if isinstance(extension, relativedelta):
        case.extended_by_months = extension.years * 12 + extension.months
        case.extended_by_days = extension.days
    else:
        case.extended_by_months, case.extended_by_days = 0, extension.days


def case_policy(session: Session, settings: Settings, case: Case) -> str:
    """The policy of the case: fixed once extended, else that of its customer's country."""
    if case.extended_at is not None:
        return case.policy
    customer = session.get(Customer, case.customer_id) if case.customer_id else None
    return policy_for(customer.country if customer else None, settings)


def schedule(case: Case, settings: Settings, now: datetime) -> DuePoints:
    """The case's due points from its columns (an ongoing pause counted up to `now`; a case
    waiting for identity has it pending, also before its code is issued, as has a new
    rights request, which is about to wait for it)."""
    waits = case.state == AWAITING_IDENTITY or (case.state == NEW and needs_identity(case.kinds))
    identity_state = "pending" if waits else case.identity_state
    return _due_points(
        tuple(case.kinds),
        case.restarted_at or case.opened_at,
        identity_state,
        case.identity_confirmed_at,
        paused_for(case, now),
        extension_of(case),
        case.policy,
        settings,
    )


@lru_cache(maxsize=4096)
def _due_points(
    kinds: tuple[str, ...],
    arrived_at: datetime,
    identity_state: str,
    identity_confirmed_at: datetime | None,
    paused: timedelta,
    extended_by: Extension | None,
    policy: str,
    settings: Settings,
) -> DuePoints:
    """`due_points`, remembered: a message's transitions recompute the same facts."""
    return due_points(
        kinds=kinds,
        arrived_at=arrived_at,
        identity_state=identity_state,
        identity_confirmed_at=identity_confirmed_at,
        paused_for=paused,
        extended_by=extended_by,
        policy=policy,
        settings=settings,
    )


def refresh(session: Session, ws: Workspace, case: Case) -> DuePoints:
    """Bind `ws` to the session (later transitions recompute too) and recompute the case."""
    bind_workspace(session, ws)
    return recompute(session, ws.settings, case, ws.now())


def _inputs(case: Case) -> tuple[object, ...]:
    """What a case's due points depend on (besides the settings and the clock)."""
    return (
        case.state,
        case.identity_state,
        case.identity_confirmed_at,
        case.customer_id,
        tuple(case.kinds),
        case.opened_at,
        case.paused_at,
        case.paused_for_seconds,
        case.restarted_at,
        case.extended_at,
        case.extended_by_months,
        case.extended_by_days,
        case.notices_done_until,
        case.answer_notices_done_until,
    )


def recompute(session: Session, settings: Settings, case: Case, now: datetime) -> DuePoints:
    """Write the case's due columns and `next_notice_at`; its due points. Within one
    transaction a case whose inputs did not change since its last recompute keeps them."""
    done = session.info.setdefault(_RECOMPUTED, {})
    inputs = _inputs(case)
    earlier = done.get(id(case))
    if earlier is not None and earlier[0] == inputs:
        return earlier[1]
    case.policy = case_policy(session, settings, case)
    points = schedule(case, settings, now)
    case.due_ack_at = points.acknowledge_by
    case.due_answer_at = points.answer_by
    case.due_backstop_at = points.backstop_at
    case.due_identity_at = points.identity_expires_at
    case.next_notice_at = next_notice_at(case, points, settings, now)
    session.add(case)
    done[id(case)] = (inputs, points)
    return points


def answer_pauses(case: Case, settings: Settings, now: datetime) -> timedelta:
    """How far the pauses have moved the answer target (nothing unless pausing is on)."""
    if not settings.pause_while_awaiting_customer:
        return timedelta(0)
    return paused_for(case, now)


def handled_until(case: Case, notice: Notice, settings: Settings, now: datetime) -> datetime | None:
    """The time by which the tick handled the notices of `notice`'s kind (None: none yet).
    Answer notices move with the pauses: their mark is kept on the answer clock (real time
    less the pauses), so a reminder sent before a pause is not sent again after it."""
    if notice.kind not in ANSWER_NOTICES:
        return case.notices_done_until
    if case.answer_notices_done_until is None:
        return None
    return case.answer_notices_done_until + answer_pauses(case, settings, now)


def mark_handled(case: Case, settings: Settings, now: datetime) -> None:
    """Every notice due by `now` is handled (sent, or given way to a later one)."""
    case.notices_done_until = now
    case.answer_notices_done_until = now - answer_pauses(case, settings, now)


def active_notices(case: Case, points: DuePoints, settings: Settings) -> Iterator[Notice]:
    """The notices that apply to the case in its state: none once it is final; identity
    notices only while it waits for identity; answer notices only while the answer is owed,
    and not while a clarification wait pauses the target."""
    if case.state in FINAL_STATES:
        return
    paused = case.paused_at is not None and settings.pause_while_awaiting_customer
    for notice in points.notices:
        if notice.kind in IDENTITY_NOTICES and case.state != AWAITING_IDENTITY:
            continue
        if notice.kind not in IDENTITY_NOTICES and case.state not in ANSWER_OWED:
            continue
        if notice.kind in ANSWER_NOTICES and paused:
            continue
        yield notice


def next_notice_at(
    case: Case, points: DuePoints, settings: Settings, now: datetime
) -> datetime | None:
    """The earliest time at which a notice of the case not handled yet falls due."""
    times = []
    for notice in active_notices(case, points, settings):
        after = handled_until(case, notice, settings, now)
        if (moment := next_occurrence(notice, settings, after)) is not None:
            times.append(moment)
    return min(times, default=None)


def next_occurrence(notice: Notice, settings: Settings, after: datetime | None) -> datetime | None:
    """When `notice` falls due next after `after`: its own time, and for an escalation
    repeated daily, the digest time of each later local day."""
    if after is None or notice.at > after:
        return notice.at
    if notice.kind not in REPEATED:
        return None
    calendar = business_calendar(settings)
    first_day = calendar.local_date(notice.at)
    day = max(calendar.local_date(after), first_day + timedelta(days=1))
    while (moment := _repeat_time(settings, day)) <= after:
        day += timedelta(days=1)
    return moment


def due_now(case: Case, points: DuePoints, settings: Settings, now: datetime) -> list[Due]:
    """The notices to act on at `now` that were not handled yet: for each kind the latest
    only (after a pause in the ticks, one reminder rather than a burst), none that is moot
    (reminders once their target has passed, anything but the expiry of a case that
    expires), an escalation once per local day."""
    latest: dict[str, Due] = {}
    for notice in active_notices(case, points, settings):
        at = _latest_occurrence(notice, settings, now)
        after = handled_until(case, notice, settings, now)
        if at is None or (after is not None and at <= after):
            continue
        key = f"{case.number}:{notice.key}"
        if notice.kind in REPEATED:
            key += f":{business_calendar(settings).local_date(at).isoformat()}"
        if notice.kind not in latest or at >= latest[notice.kind].at:
            latest[notice.kind] = Due(notice, at, key)
    if "identity_expiry" in latest:  # the case ends: reminders and escalations are moot
        return [latest["identity_expiry"]]
    if "overdue" in latest:
        latest.pop("staff_reminder", None)
    return sorted(latest.values(), key=lambda due: (due.at, due.key))


def _latest_occurrence(notice: Notice, settings: Settings, now: datetime) -> datetime | None:
    """The last time at or before `now` that `notice` fell due, or None (not yet)."""
    if notice.at > now:
        return None
    if notice.kind not in REPEATED:
        return notice.at
    calendar = business_calendar(settings)
    first_day, day = calendar.local_date(notice.at), calendar.local_date(now)
    while day > first_day:
        if (moment := _repeat_time(settings, day)) <= now:
            return moment
        day -= timedelta(days=1)
    return notice.at


def _repeat_time(settings: Settings, day: date) -> datetime:
    """The digest time of local `day`, when an overdue escalation is repeated."""
    local = datetime.combine(day, settings.digest_clock, tzinfo=settings.deadline_zone)
    return local.astimezone(UTC)
