"""The scheduler's tick with a controlled clock, on SQLite and PostgreSQL: every reminder and
escalation once, across restarts and with two schedulers at once; identities expire on day
14; the tick reads only the due cases, by the index."""

from __future__ import annotations

import threading
from collections import Counter
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa
from sqlmodel import Session, col, select
from workflow_helpers import add_customer, cases, code_in, mail, make_workspace, outbox

from workflows import deadline_notices, deadline_texts, deadline_tick, deadlines
from workflows.db import is_sqlite
from workflows.deadline_tick import RETRY_AFTER, claim_plan, run_tick
from workflows.digest import daily_digest
from workflows.models import Case, Event, IdentityChallenge
from workflows.pipeline import ingest
from workflows.states import transition
from workflows.workspace import Workspace

TOKYO = ZoneInfo("Asia/Tokyo")
STAFF_ADDRESS = "privacy-desk@example.org"
ESCALATION_ADDRESS = "dpo@example.org"
QUESTION = "How long do you keep access logs?"


@pytest.fixture
def ws(engine, tmp_path):
    return make_workspace(
        engine, tmp_path, staff_address=STAFF_ADDRESS, escalation_address=ESCALATION_ADDRESS
    )


def _keys(ws) -> Counter[str]:
    return Counter(entry.notice_key for entry in outbox(ws.engine) if entry.notice_key)


def _events(ws, action: str) -> list[Event]:
    with Session(ws.engine) as session:
        return list(session.exec(select(Event).where(Event.action == action)).all())


def _tick(ws: Workspace, *, restart: bool) -> deadline_tick.TickResult:
    """A tick; with `restart`, by a new workspace on the same engine (a restarted serve)."""
    if restart:
        ws = Workspace(ws.engine, ws.settings, ws.clock)
    return run_tick(ws)


@pytest.mark.parametrize("restart", [False, True], ids=["one run", "restart before each tick"])
def test_each_reminder_and_escalation_fires_once_at_its_time(ws, restart):
    ingest(ws, mail("ken@example.com", QUESTION), "email")
    [case] = cases(ws.engine)
    points = deadlines.schedule(case, ws.settings, ws.now())
    assert [notice.kind for notice in points.notices] == [
        "staff_reminder",
        "staff_reminder",
        "staff_reminder",
        "overdue",
    ]
    expected: list[str] = []
    for notice in points.notices:
        ws.clock.current = notice.at - timedelta(seconds=1)
        assert _tick(ws, restart=restart).notices == 0
        assert sorted(_keys(ws)) == sorted(expected)
        ws.clock.current = notice.at
        assert _tick(ws, restart=restart).notices == 1
        assert _tick(ws, restart=restart).notices == 0
        key = f"{case.number}:{notice.key}"
        if notice.kind == "overdue":
            key += f":{notice.at.astimezone(TOKYO).date().isoformat()}"
        expected.append(key)
        assert sorted(_keys(ws)) == sorted(expected)
    # the escalation again each following day at 09:00 Tokyo (the digest time), once a day
    due_day = case.due_answer_at.astimezone(TOKYO).date()
    for days in (1, 2):
        day = due_day + timedelta(days=days)
        repeat = datetime.combine(day, datetime.min.time().replace(hour=9), tzinfo=TOKYO)
        ws.clock.current = repeat - timedelta(seconds=1)
        assert _tick(ws, restart=restart).notices == 0
        ws.clock.current = repeat + timedelta(hours=3)
        assert _tick(ws, restart=restart).notices == 1
        assert _tick(ws, restart=restart).notices == 0
        expected.append(f"{case.number}:{points.notices[-1].key}:{day.isoformat()}")
    assert _keys(ws) == Counter(expected)  # each exactly once
    staff = outbox(ws.engine, purpose="staff_reminder")
    escalations = outbox(ws.engine, purpose="escalation")
    assert {entry.recipient for entry in staff} == {STAFF_ADDRESS}
    assert {entry.recipient for entry in escalations} == {ESCALATION_ADDRESS}
    assert (len(staff), len(escalations)) == (3, 3)
    assert case.number in escalations[0].subject and "Overdue" in escalations[0].subject
    assert "50%" in staff[0].body and "1 business day(s) before" in staff[2].body
    assert len(_events(ws, "deadline_notice")) == 6


def test_a_long_pause_in_the_ticks_sends_the_latest_reminder_once_and_then_the_rest(ws):
    ingest(ws, mail("ken@example.com", QUESTION), "email")
    [case] = cases(ws.engine)
    fifty, eighty, day_before, overdue = deadlines.schedule(case, ws.settings, ws.now()).notices
    ws.clock.current = eighty.at + timedelta(minutes=5)  # serve was down for both reminders
    assert _tick(ws, restart=True).notices == 1
    assert _tick(ws, restart=True).notices == 0
    assert _keys(ws) == Counter([f"{case.number}:{eighty.key}"])
    ws.clock.current = day_before.at
    assert _tick(ws, restart=True).notices == 1
    assert _keys(ws) == Counter([f"{case.number}:{eighty.key}", f"{case.number}:{day_before.key}"])
    assert fifty.at < eighty.at < day_before.at < overdue.at


def test_reminders_before_a_target_that_has_passed_give_way_to_the_escalation(ws):
    ingest(ws, mail("ken@example.com", QUESTION), "email")
    [case] = cases(ws.engine)
    ws.clock.current = case.due_answer_at + timedelta(hours=1)
    assert run_tick(ws).notices == 1
    [entry] = outbox(ws.engine, purpose="escalation")
    assert entry.notice_key.startswith(f"{case.number}:overdue:answer:")
    assert outbox(ws.engine, purpose="staff_reminder") == []


def test_identity_reminders_carry_a_new_code_that_confirms_the_request(ws):
    add_customer(ws.engine, "WT-1", "Taro Yamada", "taro@example.jp")
    ingest(ws, mail("taro@example.jp", "Please delete my data.", name="Taro"), "email")
    [case] = cases(ws.engine)
    reminders = [
        notice
        for notice in deadlines.schedule(case, ws.settings, ws.now()).notices
        if notice.kind == "identity_reminder"
    ]
    # after 2 and 5 business days: Thursday 3 and Tuesday 8 December, 09:00 Tokyo
    assert [notice.at.astimezone(TOKYO) for notice in reminders] == [
        datetime(2026, 12, 3, 9, 0, tzinfo=TOKYO),
        datetime(2026, 12, 8, 9, 0, tzinfo=TOKYO),
    ]
    ws.clock.current = reminders[0].at
    run_tick(ws)
    run_tick(ws)
    [reminder] = outbox(ws.engine, purpose="identity_reminder")
    assert (reminder.recipient, reminder.notice_key) == (
        "taro@example.jp",
        f"{case.number}:{reminders[0].key}",
    )
    assert "Reminder" in reminder.subject and "Taro" in reminder.body
    [first_request] = outbox(ws.engine, purpose="identity_request")
    assert code_in(reminder) != code_in(first_request)
    reply = mail(
        "taro@example.jp", f"The code is {code_in(reminder)}", in_reply_to=reminder.message_id
    )
    ingest(ws, reply, "email")
    [case] = cases(ws.engine)
    assert (case.state, case.identity_state, case.due_identity_at) == (
        "draft_ready",
        "confirmed",
        None,
    )
    ws.clock.current = reminders[1].at
    run_tick(ws)
    assert len(outbox(ws.engine, purpose="identity_reminder")) == 1  # confirmed: no more


def test_an_unconfirmed_identity_expires_the_case_on_day_14_and_the_customer_is_told(ws):
    add_customer(ws.engine, "WT-1", "Taro Yamada", "taro@example.jp")
    ingest(ws, mail("taro@example.jp", "Please delete my data."), "email")
    [case] = cases(ws.engine)
    arrived = case.opened_at
    ws.clock.current = arrived + timedelta(days=14) - timedelta(seconds=1)
    assert run_tick(ws).expired == 0
    assert cases(ws.engine)[0].state == "awaiting_identity"
    ws.clock.current = arrived + timedelta(days=14)
    result = run_tick(ws)
    assert (result.expired, run_tick(ws).expired) == (1, 0)
    [case] = cases(ws.engine)
    assert (case.state, case.closed_at, case.next_notice_at) == ("expired", ws.now(), None)
    [notice] = outbox(ws.engine, purpose="expired")
    assert notice.recipient == "taro@example.jp"
    assert notice.notice_key.startswith(f"{case.number}:identity_expiry:")
    assert "closed the request" in notice.body
    # the backstop passes at the same moment, but an expired request is not escalated
    escalations = [entry.notice_key for entry in outbox(ws.engine, purpose="escalation")]
    assert len(escalations) == 1 and ":overdue:answer:" in escalations[0]  # day 13's
    with Session(ws.engine) as session:
        states = session.exec(select(IdentityChallenge.state)).all()
    assert "pending" not in states  # no code confirms an expired request
    ws.clock.advance(days=5)
    assert run_tick(ws).notices == 0


@pytest.mark.parametrize("batch", [2, 100])
def test_two_schedulers_at_once_send_each_notice_once(ws, monkeypatch, batch):
    monkeypatch.setattr(deadline_tick, "BATCH", batch)
    for number in range(12):
        ingest(ws, mail(f"user{number}@example.com", QUESTION), "email")
    opened = cases(ws.engine)
    ws.clock.current = max(case.opened_at for case in opened) + timedelta(days=8)
    start = threading.Barrier(2)
    results: list[deadline_tick.TickResult] = []
    errors: list[BaseException] = []

    def scheduler() -> None:
        worker = Workspace(ws.engine, ws.settings, ws.clock)  # its own, as another process
        start.wait(timeout=10)
        try:
            results.append(run_tick(worker))
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=scheduler) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == [] and len(results) == 2
    keys = _keys(ws)
    assert len(keys) == len(opened) and set(keys.values()) == {1}
    assert sum(result.notices for result in results) == len(opened)
    assert len(_events(ws, "deadline_notice")) == len(opened)


def test_a_notice_queued_by_another_worker_first_is_skipped_and_the_rest_commits(ws, monkeypatch):
    ingest(ws, mail("ken@example.com", QUESTION), "email")
    [case] = cases(ws.engine)
    ws.clock.current = case.next_notice_at
    assert run_tick(ws).notices == 1
    handled_at = ws.now()
    with ws.transaction() as session:  # another worker read the case before that commit
        stale = session.get(Case, case.id)
        stale.notices_done_until, stale.next_notice_at = None, handled_at
    monkeypatch.setattr(deadline_notices, "already_queued", lambda session, key: False)
    result = run_tick(ws)
    assert (result.cases, result.notices, result.failed) == (1, 0, 0)
    assert sum(_keys(ws).values()) == 1
    assert len(_events(ws, "deadline_notice")) == 1  # the undone notice left no event
    [case] = cases(ws.engine)
    assert (case.notices_done_until, case.next_notice_at > handled_at) == (handled_at, True)


def test_a_case_whose_notice_fails_does_not_stop_the_others(ws, monkeypatch):
    for sender in ("ken@example.com", "yuki@example.com"):
        ingest(ws, mail(sender, QUESTION), "email")
    broken, fine = cases(ws.engine)
    real_text = deadline_texts.staff_notice_text

    def text(settings, case, notice, now):
        if case.number == broken.number:
            raise RuntimeError("template trouble")
        return real_text(settings, case, notice, now)

    monkeypatch.setattr(deadline_notices, "staff_notice_text", text)
    ws.clock.current = max(broken.next_notice_at, fine.next_notice_at)
    result = run_tick(ws)
    assert (result.cases, result.notices, result.failed) == (2, 1, 1)
    [entry] = outbox(ws.engine, purpose="staff_reminder")
    assert entry.case_id == fine.id
    [failure] = _events(ws, "deadline_notice_failed")
    assert (failure.case_id, "template trouble" in failure.details["error"]) == (broken.id, True)
    with Session(ws.engine) as session:
        assert session.get(Case, broken.id).next_notice_at == ws.now() + RETRY_AFTER
        assert session.get(Case, broken.id).notices_done_until is None


def test_staff_and_escalation_chats_get_the_notices_too(engine, tmp_path):
    ws = make_workspace(engine, tmp_path, telegram_staff_chat_id=-1001, escalation_chat_id=-1002)
    ingest(ws, mail("ken@example.com", QUESTION), "email")
    [case] = cases(ws.engine)
    ws.clock.current = case.next_notice_at
    run_tick(ws)
    ws.clock.current = case.due_answer_at
    run_tick(ws)
    chats = [(entry.purpose, entry.channel, entry.recipient) for entry in outbox(ws.engine)[1:]]
    assert chats == [("staff_reminder", "chat", "-1001"), ("escalation", "chat", "-1002")]


def _insert_cases(ws, count: int, next_notice_at: datetime) -> None:
    rows = [
        {
            "number": f"PR-2026-{900000 + number}",
            "channel": "email",
            "state": "in_review",
            "requester_address": f"bulk{number}@example.com",
            "language": "en",
            "kinds": ["inquiry"],
            "identity_state": "not_needed",
            "trust_notes": [],
            "opened_at": ws.now(),
            "updated_at": ws.now(),
            "next_notice_at": next_notice_at,
        }
        for number in range(count)
    ]
    with ws.transaction() as session:
        session.connection().execute(Case.__table__.insert(), rows)


def test_a_tick_over_many_cases_reads_only_the_due_ones_by_the_index(ws):
    _insert_cases(ws, 400, ws.now() + timedelta(days=30))
    for sender in ("ken@example.com", "yuki@example.com", "mai@example.com"):
        ingest(ws, mail(sender, QUESTION), "email")
    ws.clock.current = max(case.next_notice_at for case in cases(ws.engine)[-3:])
    result = run_tick(ws)
    assert (result.cases, result.notices) == (3, 3)
    if is_sqlite(ws.engine):
        plan = claim_plan(ws, ws.now())
        assert "USING INDEX ix_request_case_next_notice_at" in plan
        assert "SCAN request_case" not in plan
        assert "TEMP B-TREE" not in plan  # the index gives the order too
    with Session(ws.engine) as session:
        due_now = session.exec(
            select(sa.func.count()).where(col(Case.next_notice_at) <= ws.now())
        ).one()
    assert due_now == 0


def test_the_daily_digest_is_queued_once_a_day_with_its_sections(ws):
    add_customer(ws.engine, "WT-1", "Taro Yamada", "taro@example.jp")
    ingest(ws, mail("taro@example.jp", "Please delete my data."), "email")
    ingest(ws, mail("ken@example.com", QUESTION), "email")
    rights, question = cases(ws.engine)
    ws.clock.current = datetime(2026, 12, 11, 9, 0, tzinfo=TOKYO)  # rights answer overdue
    assert daily_digest(ws) is True
    assert daily_digest(ws) is False
    [digest] = outbox(ws.engine, purpose="digest")
    assert (digest.recipient, digest.notice_key, digest.case_id) == (
        STAFF_ADDRESS,
        "digest:2026-12-11",
        None,
    )
    sections = digest.body.split("■ ")
    overdue, today, drafts, identities = sections[1:]
    assert overdue.startswith("期限超過 / Overdue (1)") and rights.number in overdue
    assert today.startswith("本日期限 / Due today (0)")
    assert drafts.startswith("承認待ちの下書き / Drafts awaiting approval (1)")
    assert question.number in drafts
    assert identities.startswith("本人確認待ち / Identities pending (1)")
    assert rights.number in identities
    ws.clock.current = datetime(2026, 12, 15, 9, 0, tzinfo=TOKYO)  # the question due today
    assert daily_digest(ws) is True
    latest = outbox(ws.engine, purpose="digest")[-1]
    assert latest.notice_key == "digest:2026-12-15"
    assert question.number in latest.body.split("■ ")[2]
    with ws.transaction() as session:  # the question now waits for the customer: paused
        deadlines.bind_workspace(session, ws)
        case = session.get(Case, question.id)
        transition(session, case, "back_to_review", actor="alice", role="agent")
        transition(session, case, "ask_customer", actor="alice", role="agent")
    ws.clock.current = datetime(2026, 12, 16, 9, 0, tzinfo=TOKYO)  # past its original target
    assert daily_digest(ws) is True
    overdue = outbox(ws.engine, purpose="digest")[-1].body.split("■ ")[1]
    assert rights.number in overdue and question.number not in overdue


def test_no_digest_without_a_staff_address_or_chat(engine, tmp_path):
    ws = make_workspace(engine, tmp_path)
    ingest(ws, mail("ken@example.com", QUESTION), "email")
    assert daily_digest(ws, datetime(2026, 12, 2, tzinfo=UTC)) is False
    assert outbox(ws.engine, purpose="digest") == []
