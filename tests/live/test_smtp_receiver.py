"""The SMTP receiver over real sockets: smtplib clients in threads against aiosmtpd in the
test's event loop, storing into SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import email.policy
import smtplib
import ssl
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from email.message import EmailMessage
from email.utils import make_msgid

import pytest
import trustme
from sqlmodel import Session, col, select
from workflow_helpers import make_workspace

from intake.settings import SettingsError
from intake.smtp_receiver import SmtpReceiver, start_smtp_receiver
from workflows.db import make_engine, migrate
from workflows.models import InboundMessage
from workflows.workspace import Workspace

SUPPORT = "support@win-techno.com"
CUSTOMER = "taro@example.jp"
TIMEOUT = 10.0


def message(body: str = "Please delete my account.", message_id: str | None = None) -> bytes:
    """A small mail with CRLF line ends, as a sender puts it on the wire."""
    mail = EmailMessage(policy=email.policy.SMTP)
    mail["From"] = CUSTOMER
    mail["To"] = SUPPORT
    mail["Subject"] = "Request"
    mail["Message-ID"] = message_id or make_msgid(domain="example.jp")
    mail.set_content(body)
    return mail.as_bytes()


def rows(ws: Workspace) -> list[InboundMessage]:
    with Session(ws.engine) as session:
        query = select(InboundMessage).order_by(col(InboundMessage.id))
        return list(session.exec(query).all())


async def wait_for(predicate: Callable[[], bool], timeout: float = TIMEOUT) -> None:
    """Return once `predicate()` holds; fail after `timeout` seconds."""
    async with asyncio.timeout(timeout):
        while not predicate():
            await asyncio.sleep(0.01)


class Stores:
    """The `on_stored` callback: counts its calls."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> None:
        self.calls += 1


@pytest.fixture
def ws(engine, tmp_path, free_port) -> Workspace:
    return make_workspace(engine, tmp_path, smtp_port=free_port(), smtp_max_bytes=4096)


@pytest.fixture
def stores() -> Stores:
    return Stores()


@pytest.fixture
async def receiver(ws: Workspace, stores: Stores) -> AsyncIterator[SmtpReceiver]:
    started = await start_smtp_receiver(ws, stores)
    yield started
    await started.close()


def send(port: int, raw: bytes, recipients: list[str] | None = None) -> dict:
    """One smtplib session: EHLO, MAIL, RCPT, DATA, QUIT; the refused recipients."""
    with smtplib.SMTP("127.0.0.1", port, timeout=TIMEOUT) as client:
        return client.sendmail(CUSTOMER, recipients or [SUPPORT], raw)


async def test_accepted_mail_is_committed_before_250_and_kept_once(ws, receiver, stores):
    raw = message()

    def send_then_look() -> list[InboundMessage]:
        send(receiver.address[1], raw)
        return rows(ws)  # read right after the 250, from another connection

    seen_at_250 = await asyncio.to_thread(send_then_look)

    assert [row.raw for row in seen_at_250] == [raw]
    (row,) = rows(ws)
    assert row.channel == "email" and row.state == "stored"
    assert row.envelope["mail_from"] == CUSTOMER
    assert row.envelope["rcpt_tos"] == [SUPPORT]
    assert row.envelope["peer"].startswith("127.0.0.1:")
    assert row.envelope["tls"] is False
    assert row.envelope["received_at"] == ws.now().isoformat()
    assert stores.calls == 1


async def test_storing_fails_answers_451_and_the_retry_is_kept(tmp_path, free_port):
    # a database without its tables: every store raises
    broken = make_engine(f"sqlite:///{tmp_path}/unmigrated.db")
    ws = make_workspace(broken, tmp_path, smtp_port=free_port())
    stores = Stores()
    receiver = await start_smtp_receiver(ws, stores)
    raw = message()
    try:
        with pytest.raises(smtplib.SMTPDataError) as refused:
            await asyncio.to_thread(send, ws.settings.smtp_port, raw)
        assert refused.value.smtp_code == 451
        assert refused.value.smtp_error.startswith(b"4.3.0")
        assert stores.calls == 0

        migrate(broken)  # the database is back: the sender's retry goes through
        assert rows(ws) == []
        await asyncio.to_thread(send, ws.settings.smtp_port, raw)
        assert [row.raw for row in rows(ws)] == [raw]
        assert stores.calls == 1
    finally:
        await receiver.close()
        broken.dispose()


async def test_unknown_recipient_gets_550(ws, receiver):
    with pytest.raises(smtplib.SMTPRecipientsRefused) as refused:
        await asyncio.to_thread(send, receiver.address[1], message(), ["nobody@win-techno.com"])
    code, reply = refused.value.recipients["nobody@win-techno.com"]
    assert code == 550 and reply.startswith(b"5.1.1")
    assert rows(ws) == []


async def test_recipients_match_without_case_and_only_ours_are_recorded(ws, receiver):
    recipients = ["Support@Win-Techno.COM", "sales@win-techno.com"]
    refused = await asyncio.to_thread(send, receiver.address[1], message(), recipients)
    assert list(refused) == ["sales@win-techno.com"]
    assert refused["sales@win-techno.com"][0] == 550
    (row,) = rows(ws)
    assert row.envelope["rcpt_tos"] == ["Support@Win-Techno.COM"]


async def test_a_bounce_from_the_null_sender_is_accepted(ws, receiver):
    def send_bounce() -> dict:
        with smtplib.SMTP("127.0.0.1", receiver.address[1], timeout=TIMEOUT) as client:
            return client.sendmail("", [SUPPORT], message())  # MAIL FROM:<>

    assert await asyncio.to_thread(send_bounce) == {}
    (row,) = rows(ws)
    assert row.envelope["mail_from"] == "<>"


async def test_oversize_mail_gets_552_declared_or_not(ws, receiver):
    big = message(body=("y" * 70 + "\n") * 100)
    assert len(big) > ws.settings.smtp_max_bytes

    with pytest.raises(smtplib.SMTPSenderRefused) as declared:  # MAIL FROM ... SIZE=
        await asyncio.to_thread(send, receiver.address[1], big)
    assert declared.value.smtp_code == 552

    def send_without_size() -> tuple[int, bytes]:
        with smtplib.SMTP("127.0.0.1", receiver.address[1], timeout=TIMEOUT) as client:
            client.ehlo()
            client.mail(CUSTOMER)
            client.rcpt(SUPPORT)
            return client.data(big)

    code, _reply = await asyncio.to_thread(send_without_size)
    assert code == 552
    assert rows(ws) == []


async def test_a_retried_message_is_stored_once(ws, receiver, stores):
    raw = message(message_id="<retry-1@example.jp>")
    await asyncio.to_thread(send, receiver.address[1], raw)
    await asyncio.to_thread(send, receiver.address[1], raw)  # the sender lost our first 250
    assert [row.raw for row in rows(ws)] == [raw]
    assert stores.calls == 2  # woken both times; the processor finds nothing new the second


async def test_starttls_with_the_configured_certificate(engine, tmp_path, free_port):
    ca = trustme.CA()
    certificate = ca.issue_cert("127.0.0.1")
    cert_file, key_file = tmp_path / "cert.pem", tmp_path / "key.pem"
    certificate.cert_chain_pems[0].write_to_path(cert_file)
    certificate.private_key_pem.write_to_path(key_file)
    ws = make_workspace(
        engine,
        tmp_path,
        smtp_port=free_port(),
        smtp_tls_cert=str(cert_file),
        smtp_tls_key=str(key_file),
    )
    receiver = await start_smtp_receiver(ws)
    client_context = ssl.create_default_context()
    ca.configure_trust(client_context)
    raw = message()

    def send_over_tls() -> tuple[bool, bool]:
        with smtplib.SMTP("127.0.0.1", ws.settings.smtp_port, timeout=TIMEOUT) as client:
            client.ehlo()
            offered = client.has_extn("starttls")
            client.starttls(context=client_context)  # verifies the certificate against the CA
            client.ehlo()
            auth_offered = client.has_extn("auth")
            client.sendmail(CUSTOMER, [SUPPORT], raw)
            return offered, auth_offered

    try:
        offered, auth_offered = await asyncio.to_thread(send_over_tls)
    finally:
        await receiver.close()
    assert offered and not auth_offered
    (row,) = rows(ws)
    assert row.raw == raw and row.envelope["tls"] is True


async def test_a_hundred_concurrent_connections_each_stored_once(ws, receiver):
    count = 100
    raws = [message(body=f"Request number {number}.") for number in range(count)]
    port = receiver.address[1]
    loop = asyncio.get_running_loop()

    def connect() -> smtplib.SMTP:
        client = smtplib.SMTP("127.0.0.1", port, timeout=30)
        client.ehlo()
        return client

    def send_on(client: smtplib.SMTP, raw: bytes) -> dict:
        try:
            return client.sendmail(CUSTOMER, [SUPPORT], raw)
        finally:
            client.quit()

    with ThreadPoolExecutor(max_workers=count) as pool:
        clients = await asyncio.gather(*(loop.run_in_executor(pool, connect) for _ in raws))
        assert receiver.open_connections == count  # all held open at once
        refused = await asyncio.gather(
            *(loop.run_in_executor(pool, send_on, c, r) for c, r in zip(clients, raws, strict=True))
        )
    assert refused == [{}] * count
    assert sorted(row.raw for row in rows(ws)) == sorted(raws)
    await wait_for(lambda: receiver.open_connections == 0)


async def test_close_stops_listening_and_hangs_up_idle_clients(ws, receiver):
    port = receiver.address[1]

    def connect() -> smtplib.SMTP:
        client = smtplib.SMTP("127.0.0.1", port, timeout=TIMEOUT)
        client.ehlo()
        return client

    idle = await asyncio.to_thread(connect)
    await receiver.close()
    assert receiver.open_connections == 0
    with pytest.raises(smtplib.SMTPServerDisconnected):
        await asyncio.to_thread(idle.noop)
    with pytest.raises(OSError):
        await asyncio.to_thread(connect)


async def test_bad_tls_files_or_a_taken_port_name_the_setting(engine, tmp_path, free_port):
    missing = make_workspace(
        engine,
        tmp_path,
        smtp_port=free_port(),
        smtp_tls_cert=str(tmp_path / "none.pem"),
        smtp_tls_key=str(tmp_path / "none.key"),
    )
    with pytest.raises(SettingsError, match="smtp_tls_cert"):
        await start_smtp_receiver(missing)

    ws = make_workspace(engine, tmp_path, smtp_port=free_port())
    first = await start_smtp_receiver(ws)
    try:
        with pytest.raises(SettingsError, match="smtp_port"):
            await start_smtp_receiver(ws)
    finally:
        await first.close()
