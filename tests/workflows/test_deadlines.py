"""A case's deadlines as columns: set on opening, recomputed on transitions, paused while the
case waits for the customer's clarification, extended by staff, and the expired case reopened.
Every test runs on SQLite and PostgreSQL with a controlled clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import Session, select
from workflow_helpers import add_customer, cases, code_in, mail, make_workspace, outbox

from workflows import deadlines
from workflows.audit import bind_clock
from workflows.db import transaction
from workflows.deadline_list import deadline_items
from workflows.deadline_tick import run_tick
from workflows.expiry import CannotReopen, reopen
from workflows.extension import CannotExtend, extend
from workflows.models import Case, Event
from workflows.pipeline import ingest
from workflows.states import transition

TOKYO = ZoneInfo("Asia/Tokyo")
STAFF_ADDRESS = "privacy-desk@example.org"
QUESTION = "How long do you keep access logs?"


@pytest.fixture
def ws(engine, tmp_path):
    return make_workspace(engine, tmp_path, staff_address=STAFF_ADDRESS)


def _case(ws) -> Case:
    [case] = cases(ws.engine)
    return case


def _staff_step(ws, action: str, *, bound: bool = True) -> None:
    """A staff transition of the only case, in a session bound to the workspace (as every
    `ws.transaction()` is) or a bare `db.transaction` that knows only the clock."""
    with ws.transaction() if bound else transaction(ws.engine) as session:
        if not bound:
            bind_clock(session, ws.clock)
        case = session.exec(select(Case)).one()
        transition(session, case, action, actor="alice", role="agent")


def _keys(ws) -> list[str]:
    return sorted(entry.notice_key for entry in outbox(ws.engine) if entry.notice_key)


def _events(ws, action: str) -> list[Event]:
    with Session(ws.engine) as session:
        return list(session.exec(select(Event).where(Event.action == action)).all())


def test_opening_a_case_sets_its_due_times_and_the_acknowledgement_tells_the_date(ws):
    ingest(ws, mail("ken@example.com", QUESTION), "email")
    case = _case(ws)
    points = deadlines.schedule(case, ws.settings, ws.now())
    # 1 December 2026 (a Tuesday) + 10 business days: 15 December, end of the day in Tokyo
    assert case.due_answer_at == datetime(2026, 12, 15, 23, 59, 59, 999999, TOKYO)
    assert (case.due_ack_at, case.due_answer_at) == (points.acknowledge_by, points.answer_by)
    assert case.due_backstop_at is None  # a question has no APPI backstop
    assert case.next_notice_at == min(notice.at for notice in points.notices)
    assert case.policy == "appi"
    [ack] = outbox(ws.engine, purpose="acknowledgement")
    assert "15 December 2026" in ack.body


def test_a_rights_request_gets_the_backstop_and_the_identity_expiry(ws):
    add_customer(ws.engine, "WT-1", "Taro Yamada", "taro@example.jp")
    ingest(ws, mail("taro@example.jp", "Please delete my data."), "email")
    case = _case(ws)
    assert case.state == "awaiting_identity"
    assert case.due_backstop_at == ws.now() + timedelta(days=14)
    assert case.due_identity_at == ws.now() + timedelta(days=14)
    assert case.due_answer_at == datetime(2026, 12, 10, 23, 59, 59, 999999, TOKYO)  # 7 bd


def test_a_final_state_clears_the_next_notice(ws):
    ingest(ws, mail("ken@example.com", QUESTION), "email")
    assert _case(ws).next_notice_at is not None
    _staff_step(ws, "back_to_review")
    with ws.transaction() as session:
        case = session.exec(select(Case)).one()
        transition(session, case, "reject", actor="bob", role="approver")
    assert (_case(ws).state, _case(ws).next_notice_at) == ("rejected", None)


def test_a_transition_in_an_unbound_session_leaves_the_case_to_the_next_tick(ws):
    ingest(ws, mail("ken@example.com", QUESTION), "email")
    fifty_percent = _case(ws).next_notice_at
    ws.clock.advance(hours=1)
    _staff_step(ws, "back_to_review", bound=False)
    assert _case(ws).next_notice_at == ws.now()  # marked: the settings were not at hand
    result = run_tick(ws)
    assert (result.cases, result.notices) == (1, 0)
    assert _case(ws).next_notice_at == fifty_percent
    _staff_step(ws, "ask_customer", bound=False)
    assert _case(ws).paused_at == ws.now()  # the pause itself needs no settings
    run_tick(ws)
    assert _case(ws).next_notice_at is None  # paused, and a question has no backstop


@pytest.mark.parametrize("pausing", [True, False])
def test_pausing_and_resuming_moves_the_due_time_by_the_paused_span(engine, tmp_path, pausing):
    ws = make_workspace(
        engine, tmp_path, staff_address=STAFF_ADDRESS, pause_while_awaiting_customer=pausing
    )
    ingest(ws, mail("ken@example.com", QUESTION), "email")
    before = _case(ws)
    [ack] = outbox(ws.engine, purpose="acknowledgement")
    fifty_percent = before.next_notice_at
    _staff_step(ws, "back_to_review")
    ws.clock.advance(hours=1)
    _staff_step(ws, "ask_customer")
    assert _case(ws).paused_at == ws.now()

    ws.clock.current = fifty_percent  # the reminder's time passes during the pause
    run_tick(ws)
    reminders = outbox(ws.engine, purpose="staff_reminder")
    assert len(reminders) == (0 if pausing else 1)

    ws.clock.advance(days=3, hours=5)
    paused_span = ws.now() - (before.opened_at + timedelta(hours=1))
    answer = mail("ken@example.com", "I meant the web server logs.", in_reply_to=ack.message_id)
    ingest(ws, answer, "email")
    after = _case(ws)
    assert (after.state, after.paused_at) == ("in_review", None)
    assert after.paused_for_seconds == int(paused_span.total_seconds())
    moved = paused_span if pausing else timedelta(0)
    assert after.due_answer_at == before.due_answer_at + moved
    if pausing:  # the reminder falls due again, later by the paused span
        assert after.next_notice_at > ws.now()
        ws.clock.current = after.next_notice_at
        run_tick(ws)
        [reminder] = outbox(ws.engine, purpose="staff_reminder")
        assert reminder.recipient == STAFF_ADDRESS
        assert after.due_answer_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S") in (
            reminder.notice_key
        )


def test_a_reminder_sent_before_a_pause_is_not_sent_again_after_it(ws):
    ingest(ws, mail("ken@example.com", QUESTION), "email")
    [ack] = outbox(ws.engine, purpose="acknowledgement")
    fifty, eighty, _, _ = deadlines.schedule(_case(ws), ws.settings, ws.now()).notices
    ws.clock.current = fifty.at
    assert run_tick(ws).notices == 1
    _staff_step(ws, "back_to_review")
    ws.clock.advance(hours=1)
    _staff_step(ws, "ask_customer")
    ws.clock.advance(days=2)
    ingest(ws, mail("ken@example.com", "The web logs.", in_reply_to=ack.message_id), "email")
    assert run_tick(ws).notices == 0  # the 50 % point moved, but it was reminded of already
    moved = deadlines.schedule(_case(ws), ws.settings, ws.now()).notices
    assert moved[0].at < ws.now() < moved[1].at and moved[1].at > eighty.at
    assert _case(ws).next_notice_at == moved[1].at  # the 80 % point, moved by the pause
    ws.clock.current = moved[1].at
    assert run_tick(ws).notices == 1
    reminders = outbox(ws.engine, purpose="staff_reminder")
    assert ["50%" in entry.body for entry in reminders] == [True, False]
    assert "80%" in reminders[1].body


def _gdpr_case(ws, country: str) -> Case:
    """A disclosure request of a customer in `country`, identity confirmed: draft_ready."""
    add_customer(ws.engine, "WT-9", "Hans Weber", "hans@example.de", country=country)
    ingest(ws, mail("hans@example.de", "Please tell me what personal data you hold."), "email")
    [request] = outbox(ws.engine, purpose="identity_request")
    reply = mail("hans@example.de", f"Code: {code_in(request)}", in_reply_to=request.message_id)
    ingest(ws, reply, "email")
    return _case(ws)


@pytest.mark.parametrize(("country", "policy"), [("DE", "gdpr"), ("US", "ccpa")])
def test_an_extension_moves_the_target_and_tells_the_customer(ws, country, policy):
    case = _gdpr_case(ws, country)
    assert (case.state, case.policy) == ("draft_ready", policy)
    before = case.due_answer_at
    reason = "The data is spread over three systems that we must search one by one."
    with ws.transaction() as session:
        extend(session, ws, session.get(Case, case.id), reason, "alice", "agent")
    after = _case(ws)
    # GDPR: one month to 1 January + two months; CCPA: 45 days to 15 January + 45 days
    expected = datetime(2027, 3, 1, 23, 59, 59, 999999, TOKYO)
    assert (before < after.due_answer_at, after.due_answer_at) == (True, expected)
    assert (after.extension_reason, after.extended_at) == (reason, ws.now())
    [notice] = outbox(ws.engine, purpose="extension")
    assert notice.notice_key == f"{case.number}:extension"
    assert notice.recipient == "hans@example.de"
    assert reason in notice.body and "1 March 2027" in notice.body
    [event] = _events(ws, "deadline_extended")
    assert (event.actor, event.details["reason"]) == ("alice", reason)
    assert after.next_notice_at > case.next_notice_at  # the reminders moved with the target


def test_an_extension_is_refused_when_the_rules_do_not_allow_it(ws):
    ingest(ws, mail("ken@example.com", QUESTION), "email")  # APPI: no extension

    def attempt(reason: str = "We need time.", role: str = "agent") -> None:
        with ws.transaction() as session:
            extend(session, ws, session.exec(select(Case)).one(), reason, "alice", role)

    with pytest.raises(CannotExtend, match="appi policy allows no extension"):
        attempt()
    with pytest.raises(CannotExtend, match="reason"):
        attempt("  ")
    with pytest.raises(CannotExtend, match="customer cannot"):
        attempt(role="customer")
    assert outbox(ws.engine, purpose="extension") == []
    assert _case(ws).extended_at is None


def test_an_extension_comes_once_and_before_the_target_passes(engine, tmp_path):
    ws = make_workspace(engine, tmp_path, default_policy="gdpr")
    ingest(ws, mail("ken@example.com", "I want to complain about your newsletter."), "email")

    def attempt() -> None:
        with ws.transaction() as session:
            extend(session, ws, session.exec(select(Case)).one(), "Busy.", "alice", "approver")

    ws.clock.current = _case(ws).due_answer_at + timedelta(seconds=1)
    with pytest.raises(CannotExtend, match="was due already"):
        attempt()
    ws.clock.current = _case(ws).due_answer_at - timedelta(days=1)
    attempt()
    with pytest.raises(CannotExtend, match="extended already"):
        attempt()
    assert len(outbox(ws.engine, purpose="extension")) == 1


def _expired_case(ws) -> Case:
    add_customer(ws.engine, "WT-1", "Taro Yamada", "taro@example.jp")
    ingest(ws, mail("taro@example.jp", "Please delete my data."), "email")
    ws.clock.current = _case(ws).due_identity_at
    assert run_tick(ws).expired == 1
    return _case(ws)


def test_staff_can_reopen_an_expired_case_which_counts_again_from_then(ws):
    case = _expired_case(ws)
    assert (case.state, case.next_notice_at) == ("expired", None)
    ws.clock.advance(days=2)
    with ws.transaction() as session, pytest.raises(CannotReopen, match="customer cannot"):
        reopen(session, ws, session.get(Case, case.id), actor="taro", role="customer")
    with ws.transaction() as session:
        sent = reopen(session, ws, session.get(Case, case.id), actor="alice", role="agent")
    assert sent is True
    reopened = _case(ws)
    assert (reopened.state, reopened.restarted_at) == ("awaiting_identity", ws.now())
    assert reopened.due_identity_at == ws.now() + timedelta(days=14)
    assert reopened.due_backstop_at == ws.now() + timedelta(days=14)
    assert ws.now() < reopened.next_notice_at
    requests = outbox(ws.engine, purpose="identity_request")
    assert [entry.recipient for entry in requests] == ["taro@example.jp"] * 2
    with ws.transaction() as session, pytest.raises(CannotReopen, match="not expired"):
        reopen(session, ws, session.get(Case, case.id), actor="alice", role="agent")


def test_the_deadline_list_tells_upcoming_from_overdue(ws):
    add_customer(ws.engine, "WT-1", "Taro Yamada", "taro@example.jp")
    ingest(ws, mail("taro@example.jp", "Please delete my data."), "email")
    ingest(ws, mail("ken@example.com", QUESTION), "email")
    rights, question = cases(ws.engine)
    with Session(ws.engine) as session:
        now_items = deadline_items(session, ws.now())
        later = deadline_items(session, datetime(2026, 12, 12, tzinfo=TOKYO))
    assert [(item.case_number, item.point) for item in now_items] == [
        (rights.number, "answer"),
        (rights.number, "backstop"),
        (rights.number, "identity"),
        (question.number, "answer"),
    ]
    assert not any(item.overdue for item in now_items)
    overdue = {(item.case_number, item.point) for item in later if item.overdue}
    assert overdue == {(rights.number, "answer")}  # due 10 December; the rest still ahead
    assert later[0].to_json() == {
        "case": rights.number,
        "point": "answer",
        "due": rights.due_answer_at.isoformat(),
        "overdue": True,
        "state": "awaiting_identity",
        "paused": False,
    }
