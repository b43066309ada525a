"""Outbound mail delivery against a real SMTP relay: an aiosmtpd Controller on 127.0.0.1 that
records what it gets and refuses chosen recipients; time moves with the Workspace clock."""

from __future__ import annotations

import asyncio
import smtplib
import ssl
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import timedelta

import pytest
import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session
from sqlmodel import Session as DbSession
from sqlmodel import col, select
from workflow_helpers import mail, make_workspace, outbox

from intake.delivery import (
    DeliveryRound,
    claim_lease,
    deliver_due_mail,
    release_interrupted_mail,
    run_delivery_loop,
)
from intake.mail_relay import MailRelay
from intake.settings import Settings
from workflows import approval
from workflows.db import is_sqlite
from workflows.models import Case, Event, Outbox
from workflows.outbox_claims import INTERRUPTED, claim_due
from workflows.pipeline import ingest, ingest_many
from workflows.workspace import Workspace

SUPPORT = "support@win-techno.com"
QUESTION = "What personal data do you collect about your customers?"  # one acknowledgement
TIMEOUT = 10.0


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes
    login: bytes | None


@dataclass
class Sink:
    """The relay's handler: keeps every message; `replies` refuses recipients at RCPT."""

    replies: dict[str, str] = field(default_factory=dict)
    received: list[Received] = field(default_factory=list)

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: list
    ) -> str:
        if address in self.replies:
            return self.replies[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        login = session.auth_data.login if session.authenticated else None
        self.received.append(
            Received(envelope.mail_from, envelope.rcpt_tos, envelope.original_content, login)
        )
        return "250 2.0.0 OK"

    def to(self, address: str) -> list[Received]:
        return [got for got in self.received if got.rcpt_tos == [address]]


def authenticate(
    server: SMTP, session: Session, envelope: Envelope, mechanism: str, auth_data: object
) -> AuthResult:
    ok = isinstance(auth_data, LoginPassword) and auth_data.password == b"relay-secret"
    return AuthResult(success=ok, handled=False, auth_data=auth_data if ok else None)


@pytest.fixture
def start_relay(free_port) -> Iterator[Callable[..., tuple[Sink, int]]]:
    """Start an aiosmtpd relay (Controller keyword arguments as given); (sink, port)."""
    controllers: list[Controller] = []

    def start(**kwargs) -> tuple[Sink, int]:
        sink, port = Sink(), free_port()
        controller = Controller(sink, hostname="127.0.0.1", port=port, **kwargs)
        controller.start()
        controllers.append(controller)
        return sink, port

    yield start
    for controller in controllers:
        controller.stop()


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def server_tls(ca) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(context)
    return context


@pytest.fixture
def client_tls(ca) -> ssl.SSLContext:
    context = ssl.create_default_context()
    ca.configure_trust(context)
    return context


def relay_workspace(engine, tmp_path, port: int, **settings) -> Workspace:
    values = {"relay_host": "127.0.0.1", "relay_port": port, "relay_security": "none"}
    return make_workspace(engine, tmp_path, relay_timeout_seconds=10, **{**values, **settings})


def queue_reply(ws: Workspace, address: str) -> Outbox:
    """Ingest a question from `address`; the acknowledgement queued to it."""
    ingest(ws, mail(address, QUESTION), "email")
    (entry,) = outbox(ws.engine, recipient=address)
    assert entry.state == "pending"
    return entry


def entry_now(ws: Workspace, entry_id: int) -> Outbox:
    with DbSession(ws.engine) as session:
        return session.get(Outbox, entry_id)


def events(ws: Workspace, action: str) -> list[Event]:
    with DbSession(ws.engine) as session:
        query = select(Event).where(Event.action == action).order_by(col(Event.id))
        return list(session.exec(query).all())


def deliver(ws: Workspace, context: ssl.SSLContext | None = None) -> DeliveryRound:
    with MailRelay(ws.settings, context) as relay:
        return deliver_due_mail(ws, relay.send)


def test_a_queued_reply_arrives_once_with_its_bytes_intact(engine, tmp_path, start_relay):
    sink, port = start_relay()
    ws = relay_workspace(engine, tmp_path, port)
    entry = queue_reply(ws, "hanako@example.jp")

    assert deliver(ws) == DeliveryRound(sent=1)
    assert deliver(ws) == DeliveryRound()

    (got,) = sink.received
    assert got.mail_from == SUPPORT and got.rcpt_tos == ["hanako@example.jp"]
    assert got.data == entry.rendered
    sent = entry_now(ws, entry.id)
    assert (sent.state, sent.attempts, sent.sent_at) == ("sent", 1, ws.now())
    assert [event.details["outbox"] for event in events(ws, "sent")] == [entry.id]


def test_the_approved_answer_delivered_marks_the_case_replied(engine, tmp_path, start_relay):
    sink, port = start_relay()
    ws = relay_workspace(engine, tmp_path, port)
    queue_reply(ws, "hanako@example.jp")
    assert deliver(ws) == DeliveryRound(sent=1)  # the acknowledgement
    with ws.transaction() as session:
        (case,) = session.exec(select(Case)).all()
        assert case.state == "draft_ready"
        approval.approve(session, ws, case, actor="boss", role="approver")

    assert deliver(ws) == DeliveryRound(sent=1)
    (answer,) = outbox(ws.engine, purpose="answer")
    assert sink.received[-1].data == answer.rendered
    with DbSession(ws.engine) as session:
        assert session.get(Case, answer.case_id).state == "replied"


def test_a_5xx_refusal_fails_the_entry_with_the_reply_and_an_event(engine, tmp_path, start_relay):
    sink, port = start_relay()
    sink.replies["gone@example.jp"] = "550 5.1.1 <gone@example.jp>: no such user"
    ws = relay_workspace(engine, tmp_path, port)
    refused = queue_reply(ws, "gone@example.jp")
    fine = queue_reply(ws, "hanako@example.jp")

    assert deliver(ws) == DeliveryRound(sent=1, failed=1)  # the refusal does not stop the round

    failed = entry_now(ws, refused.id)
    assert failed.state == "failed" and failed.next_attempt_at is None
    assert "550 5.1.1 <gone@example.jp>: no such user" in failed.last_error
    (event,) = events(ws, "delivery_failed")
    assert event.case_id == refused.case_id
    assert "550 5.1.1" in event.details["error"]
    assert entry_now(ws, fine.id).state == "sent"
    ws.clock.advance(days=1)
    assert deliver(ws) == DeliveryRound()
    assert sink.to("gone@example.jp") == []


def test_a_4xx_refusal_is_retried_with_backoff_then_delivered(engine, tmp_path, start_relay):
    sink, port = start_relay()
    sink.replies["busy@example.jp"] = "451 4.3.0 try again later"
    ws = relay_workspace(engine, tmp_path, port, delivery_retry_seconds=60)
    entry = queue_reply(ws, "busy@example.jp")
    start = ws.now()

    assert deliver(ws) == DeliveryRound(retrying=1)
    waiting = entry_now(ws, entry.id)
    assert (waiting.state, waiting.attempts) == ("pending", 1)
    assert waiting.next_attempt_at == start + timedelta(seconds=60)
    assert "451 4.3.0 try again later" in waiting.last_error

    ws.clock.advance(seconds=59)
    assert deliver(ws) == DeliveryRound()  # not due yet
    ws.clock.advance(seconds=1)
    assert deliver(ws) == DeliveryRound(retrying=1)
    assert entry_now(ws, entry.id).next_attempt_at == ws.now() + timedelta(seconds=120)

    del sink.replies["busy@example.jp"]
    ws.clock.advance(seconds=119)
    assert deliver(ws) == DeliveryRound()
    ws.clock.advance(seconds=1)
    assert deliver(ws) == DeliveryRound(sent=1)
    assert len(sink.to("busy@example.jp")) == 1
    assert entry_now(ws, entry.id).attempts == 3
    assert events(ws, "delivery_failed") == []


def test_retries_end_at_delivery_max_attempts(engine, tmp_path, start_relay):
    sink, port = start_relay()
    sink.replies["busy@example.jp"] = "452 4.2.2 mailbox full"
    ws = relay_workspace(engine, tmp_path, port, delivery_max_attempts=2)
    entry = queue_reply(ws, "busy@example.jp")

    assert deliver(ws) == DeliveryRound(retrying=1)
    ws.clock.advance(hours=1)
    assert deliver(ws) == DeliveryRound(failed=1)
    given_up = entry_now(ws, entry.id)
    assert (given_up.state, given_up.attempts) == ("failed", 2)
    (event,) = events(ws, "delivery_failed")
    assert "452 4.2.2 mailbox full" in event.details["error"]


def test_without_a_relay_nothing_is_sent_and_entries_stay_pending(engine, tmp_path, start_relay):
    sink, _port = start_relay()
    ws = make_workspace(engine, tmp_path)  # relay_host empty: the default
    entry = queue_reply(ws, "hanako@example.jp")

    assert deliver(ws) == DeliveryRound()
    waiting = entry_now(ws, entry.id)
    assert (waiting.state, waiting.attempts, waiting.last_error) == ("pending", 0, None)
    assert sink.received == []


def test_two_workers_racing_send_each_entry_once(engine, tmp_path, start_relay):
    sink, port = start_relay()
    ws = relay_workspace(engine, tmp_path, port)
    addresses = [f"customer{number}@example.jp" for number in range(30)]
    ingest_many(ws, [(mail(address, QUESTION), "email", None) for address in addresses])
    start = threading.Barrier(2)
    rounds: list[DeliveryRound] = []

    def worker() -> None:
        with MailRelay(ws.settings) as relay:
            start.wait(TIMEOUT)
            rounds.append(deliver_due_mail(ws, relay.send, limit=len(addresses)))

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(TIMEOUT * 3)
    assert not any(thread.is_alive() for thread in threads)

    assert sum(done.sent for done in rounds) == len(addresses)
    assert sorted(got.rcpt_tos[0] for got in sink.received) == sorted(addresses)
    assert {entry.attempts for entry in outbox(ws.engine)} == {1}


def test_an_entry_left_sending_by_a_crash_is_reported_not_resent(engine, tmp_path, start_relay):
    sink, port = start_relay()
    ws = relay_workspace(engine, tmp_path, port)
    crashed = queue_reply(ws, "hanako@example.jp")
    assert [entry.id for entry in claim_due(ws, "email")] == [crashed.id]  # then a crash
    other = queue_reply(ws, "taro@example.jp")

    # the restart: on SQLite (one instance) at once; on PostgreSQL once the claim's lease
    # has run out, since another instance might still be sending it
    reported = release_interrupted_mail(ws, at_start_up=True)
    if is_sqlite(engine):
        assert reported == 1
        assert deliver(ws) == DeliveryRound(sent=1)
    else:
        assert reported == 0
        assert deliver(ws) == DeliveryRound(sent=1)  # the other entry; the claimed one waits
        assert entry_now(ws, crashed.id).state == "sending"
        ws.clock.advance(seconds=claim_lease(ws.settings).total_seconds())
        assert deliver(ws) == DeliveryRound(interrupted=1)

    gone = entry_now(ws, crashed.id)
    assert (gone.state, gone.last_error, gone.attempts) == ("failed", INTERRUPTED, 1)
    (event,) = events(ws, "delivery_interrupted")
    assert event.case_id == crashed.case_id
    ws.clock.advance(days=1)
    assert deliver(ws) == DeliveryRound()
    assert [got.rcpt_tos for got in sink.received] == [["taro@example.jp"]]
    assert entry_now(ws, other.id).state == "sent"


def test_a_live_claim_is_left_to_its_worker(engine, tmp_path, start_relay):
    sink, port = start_relay()
    ws = relay_workspace(engine, tmp_path, port)
    entry = queue_reply(ws, "hanako@example.jp")
    claim_due(ws, "email")  # another worker is sending it right now

    ws.clock.advance(seconds=claim_lease(ws.settings).total_seconds() - 1)
    assert deliver(ws) == DeliveryRound()
    assert entry_now(ws, entry.id).state == "sending"
    assert sink.received == []


def test_starttls_to_a_relay_with_a_trusted_certificate(
    engine, tmp_path, start_relay, server_tls, client_tls
):
    sink, port = start_relay(tls_context=server_tls, require_starttls=True)
    ws = relay_workspace(engine, tmp_path, port, relay_security="starttls")
    entry = queue_reply(ws, "hanako@example.jp")

    assert deliver(ws, ssl.create_default_context()) == DeliveryRound(retrying=1)
    assert "CERTIFICATE_VERIFY_FAILED" in entry_now(ws, entry.id).last_error
    assert sink.received == []

    ws.clock.advance(hours=1)
    assert deliver(ws, client_tls) == DeliveryRound(sent=1)
    assert sink.received[0].data == entry.rendered


def test_implicit_tls_to_a_relay(engine, tmp_path, start_relay, server_tls, client_tls):
    sink, port = start_relay(ssl_context=server_tls)
    ws = relay_workspace(engine, tmp_path, port, relay_security="ssl")
    queue_reply(ws, "hanako@example.jp")

    assert deliver(ws, client_tls) == DeliveryRound(sent=1)
    assert len(sink.received) == 1


def test_login_to_the_relay(engine, tmp_path, start_relay, server_tls, client_tls):
    sink, port = start_relay(
        tls_context=server_tls,
        require_starttls=True,
        authenticator=authenticate,
        auth_required=True,
    )
    wrong = relay_workspace(
        engine,
        tmp_path,
        port,
        relay_security="starttls",
        relay_username="intake",
        relay_password="guess",
    )
    first = queue_reply(wrong, "hanako@example.jp")
    second = queue_reply(wrong, "taro@example.jp")

    # a refused login is the relay's problem, not the message's: retried, and the round stops
    assert deliver(wrong, client_tls) == DeliveryRound(retrying=1)
    assert entry_now(wrong, first.id).last_error.startswith("relay login failed: 535")
    assert entry_now(wrong, second.id).attempts == 0

    right = Workspace(
        engine,
        Settings(**{**wrong.settings.__dict__, "relay_password": "relay-secret"}),
        wrong.clock,
    )
    right.clock.advance(hours=1)
    assert deliver(right, client_tls) == DeliveryRound(sent=2)
    assert {got.login for got in sink.received} == {b"intake"}


async def test_the_delivery_loop_runs_when_woken_and_stops(engine, tmp_path, start_relay):
    sink, port = start_relay()
    ws = relay_workspace(engine, tmp_path, port)
    rounds_done = 0

    class CountingRelay(MailRelay):
        def close(self) -> None:
            nonlocal rounds_done
            super().close()
            rounds_done += 1

    async def wait_for(predicate: Callable[[], bool]) -> None:
        async with asyncio.timeout(TIMEOUT):
            while not predicate():
                await asyncio.sleep(0.01)

    wake, stop = asyncio.Event(), asyncio.Event()
    loop = asyncio.create_task(
        run_delivery_loop(ws, wake, stop, interval=3600, relay_factory=CountingRelay)
    )
    await wait_for(lambda: rounds_done == 1)  # the first round found nothing
    await asyncio.to_thread(queue_reply, ws, "hanako@example.jp")
    wake.set()  # the interval is an hour: only the wake-up can deliver it now
    await wait_for(lambda: len(sink.received) == 1)
    stop.set()
    await asyncio.wait_for(loop, TIMEOUT)
    assert rounds_done == 2
    assert sink.received[0].rcpt_tos == ["hanako@example.jp"]


def test_a_relay_that_is_down_defers_the_round(engine, tmp_path, free_port):
    ws = relay_workspace(engine, tmp_path, free_port())  # nothing listens there
    first = queue_reply(ws, "hanako@example.jp")
    second = queue_reply(ws, "taro@example.jp")

    assert deliver(ws) == DeliveryRound(retrying=1)
    assert entry_now(ws, first.id).last_error.startswith("relay unreachable")
    assert (entry_now(ws, second.id).state, entry_now(ws, second.id).attempts) == ("pending", 0)
    with pytest.raises(smtplib.SMTPException, match="relay_host"):
        MailRelay(make_workspace(engine, tmp_path).settings).send(SUPPORT, "a@b.c", b"x")
