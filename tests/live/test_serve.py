"""`intake serve` as a user runs it: a child process on free ports with its own data folder."""

from __future__ import annotations

import asyncio
import re
import signal
import smtplib
import socket
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import sqlalchemy as sa
from dovecot import dovecot_server, imap_account
from fake_bot_api import TOKEN, FakeBotApi, text_update
from serve_process import ServeProcess, wait_until
from shared_corpus import corpus_labels, require_corpus

CLIENTS = 20
__all__ = ["dovecot_server", "imap_account"]  # fixtures from the Dovecot module


def _serve(tmp_path: Path, free_port, **settings: str) -> ServeProcess:
    environment = {
        "INTAKE_SMTP_PORT": str(free_port()),
        "INTAKE_CONSOLE_PORT": str(free_port()),
        **{f"INTAKE_{name.upper()}": value for name, value in settings.items()},
    }
    return ServeProcess(tmp_path / "home", environment)


def _smtp_port(serve: ServeProcess) -> int:
    return int(serve.environment["INTAKE_SMTP_PORT"])


def _send(port: int, raw: bytes) -> bool:
    """Send one message; True when the server answered 250 to it."""
    try:
        with smtplib.SMTP("127.0.0.1", port, timeout=30) as client:
            client.sendmail("sender@example.com", ["support@win-techno.com"], raw)
    except (smtplib.SMTPException, OSError):
        return False
    return True


def _corpus_mail(prefix: str) -> list[tuple[str, bytes, dict]]:
    """Every corpus email with its Message-ID made unique by `prefix`: (id, raw, label)."""
    corpus = require_corpus()
    messages = []
    for label in corpus_labels():
        if label["channel"] != "email":
            continue
        raw = (corpus / label["file"]).read_bytes().replace(b"\r\n", b"\n")
        raw = raw.replace(b"\n", b"\r\n")  # SMTP carries CRLF lines, as a real MTA sends them
        raw, found = re.subn(rb"(?im)^(Message-ID:\s*<)", rb"\g<1>" + prefix.encode(), raw, count=1)
        assert found == 1, label["file"]
        message_id = re.search(rb"(?im)^Message-ID:\s*(<[^>]+>)", raw).group(1).decode()
        messages.append((message_id, raw, label))
    return messages


def _stored(database: Path) -> dict[str, tuple[int, str]]:
    """Each stored mail's unique key: (how many rows, state)."""
    engine = sa.create_engine(f"sqlite:///{database}")
    with engine.connect() as connection:
        rows = connection.execute(
            sa.text("SELECT unique_key, count(*), min(state) FROM inbound_message GROUP BY 1")
        ).all()
    engine.dispose()
    return {key: (count, state) for key, count, state in rows}


def test_serve_says_where_it_listens_and_stops_cleanly_on_sigterm(tmp_path, free_port):
    serve = _serve(tmp_path, free_port).start()
    try:
        port = _smtp_port(serve)
        assert any(f"smtp://127.0.0.1:{port}" in line for line in serve.output)
        status = serve.status()
        assert status["running"]["pid"] == serve.process.pid
        assert status["running"]["parts"]["smtp"].startswith(f"smtp://127.0.0.1:{port}")
    finally:
        assert serve.stop(signal.SIGTERM) == 0
    assert any("win-intake: stopped" in line for line in serve.output)
    assert serve.status()["running"] is None
    with socket.socket() as probe:  # the port is free again
        probe.bind(("127.0.0.1", port))


def test_a_second_instance_on_the_same_sqlite_file_refuses_to_start(tmp_path, free_port):
    first = _serve(tmp_path, free_port).start()
    try:
        second = _serve(tmp_path, free_port)
        with pytest.raises(AssertionError, match="already runs on"):
            second.start(timeout=30)
        assert second.process.wait(10) == 2
        assert any(str(first.process.pid) in line for line in second.output)
    finally:
        first.stop()


@pytest.mark.parametrize(
    ("name", "value", "named"),
    [("smtp_port", "many", "smtp_port"), ("relay_security", "tls", "relay_security")],
)
def test_a_bad_setting_stops_serve_at_start_naming_it(tmp_path, free_port, name, value, named):
    serve = _serve(tmp_path, free_port, **{name: value})
    with pytest.raises(AssertionError, match=named):
        serve.start(timeout=30)
    assert serve.process.wait(10) == 2


def test_a_port_in_use_stops_serve_naming_the_setting(tmp_path, free_port):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        serve = _serve(tmp_path, free_port, smtp_port=str(port))
        with pytest.raises(AssertionError, match="smtp_port"):
            serve.start(timeout=30)
        assert serve.process.wait(10) == 2


def test_corpus_mail_from_20_clients_then_sigkill_mid_burst_loses_and_doubles_nothing(
    tmp_path, free_port
):
    first_burst = _corpus_mail("burst1.")
    serve = _serve(tmp_path, free_port).start()
    port = _smtp_port(serve)
    database = serve.home / "intake.db"
    with ThreadPoolExecutor(CLIENTS) as clients:
        accepted = list(clients.map(lambda item: _send(port, item[1]), first_burst))
    assert all(accepted)
    wait_until(lambda: serve.status()["counts"]["unprocessed"] == 0, 120, "processing")
    stored = _stored(database)
    for message_id, _raw, label in first_burst:
        assert stored[f"mid:{message_id}"] == (1, "processed"), label["file"]
    human = [
        label for _id, _raw, label in first_burst if not (label["auto_reply"] or label["bounce"])
    ]
    assert len(serve.cases()) == len(human)

    second_burst = _corpus_mail("burst2.")
    got_250: set[str] = set()
    lock = threading.Lock()
    killed = threading.Event()

    def send_and_maybe_kill(item: tuple[str, bytes, dict]) -> None:
        if _send(port, item[1]):
            with lock:
                got_250.add(item[0])
                if len(got_250) == len(second_burst) // 2 and not killed.is_set():
                    killed.set()
                    serve.process.kill()  # SIGKILL: no clean shutdown at all

    with ThreadPoolExecutor(CLIENTS) as clients:
        list(clients.map(send_and_maybe_kill, second_burst))
    assert killed.is_set() and serve.stop() == -signal.SIGKILL
    assert len(got_250) < len(second_burst), "the kill came after every message was sent"

    restarted = _serve(tmp_path, free_port, smtp_port=str(port)).start()
    try:
        wait_until(lambda: restarted.status()["counts"]["unprocessed"] == 0, 120, "recovery")
        stored = _stored(database)
        for message_id in got_250:
            assert stored[f"mid:{message_id}"] == (1, "processed"), message_id
        assert all(count == 1 for count, _state in stored.values())
        human_second = [
            message_id
            for message_id, _raw, label in second_burst
            if message_id in got_250 and not (label["auto_reply"] or label["bounce"])
        ]
        assert len(restarted.cases()) >= len(human) + len(human_second)
    finally:
        assert restarted.stop() == 0


async def test_serve_runs_the_telegram_bot_against_the_configured_bot_api(tmp_path, free_port):
    api = FakeBotApi()
    await api.start()
    serve = _serve(tmp_path, free_port, telegram_token=TOKEN, telegram_base_url=api.base_url)
    try:
        await asyncio.to_thread(serve.start)
        assert any(f"long polling {api.base_url}" in line for line in serve.output)
        await api.push(text_update(7001, "/start", language_code="fr"))
        await api.push(text_update(7001, "Supprimez mon compte et toutes mes données, svp."))
        await api.wait_for(lambda: len(api.sent_to(7001)) >= 2, timeout=60)
        cases = await asyncio.to_thread(serve.cases)
        assert [case["kinds"] for case in cases] == [["deletion"]]
        assert cases[0]["channel"] == "chat"
    finally:
        assert await asyncio.to_thread(serve.stop) == 0
        await api.stop()


async def test_a_bot_api_that_refuses_the_token_stops_serve_naming_the_setting(tmp_path, free_port):
    api = FakeBotApi()
    await api.start()
    serve = _serve(
        tmp_path, free_port, telegram_token=TOKEN, telegram_base_url=api.base_url + "-wrong"
    )
    try:
        with pytest.raises(AssertionError, match="telegram_token"):
            await asyncio.to_thread(serve.start)
        assert await asyncio.to_thread(serve.process.wait, 30) == 2
    finally:
        await api.stop()


def test_serve_takes_mail_from_the_configured_imap_mailbox(tmp_path, free_port, imap_account):
    serve = _serve(
        tmp_path,
        free_port,
        imap_host="127.0.0.1",
        imap_port=str(imap_account.port),
        imap_security="none",
        imap_username=imap_account.user,
        imap_password=imap_account.password,
    ).start()
    try:
        assert any(f"imap {imap_account.user}@127.0.0.1" in line for line in serve.output)
        request = (
            b"From: Ken <ken@example.jp>\r\nTo: support@win-techno.com\r\n"
            b"Subject: data\r\nMessage-ID: <imap.serve.1@example.jp>\r\n\r\n"
            b"Please delete my account and all my personal data.\r\n"
        )
        uid = imap_account.append("INBOX", request)
        wait_until(lambda: len(serve.cases()) == 1, 60, "the case of the IMAP mail")
        assert serve.cases()[0]["kinds"] == ["deletion"]
        wait_until(
            lambda: b"\\Seen" in imap_account.flags("INBOX")[uid], 30, "the mail flagged seen"
        )
    finally:
        assert serve.stop() == 0
