"""The IMAP poller against a real Dovecot: every message kept once, marked only after commit."""

from __future__ import annotations

import asyncio
import logging
import ssl
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
import sqlalchemy as sa
from dovecot import (
    Account,
    Dovecot,
    dovecot_basic_server,
    dovecot_server,
    dovecot_tls_server,
    free_port,
    imap_account,
)
from imapclient import SEEN
from sqlmodel import Session, col, select

from intake import imap_poller
from intake.imap_cursor import Mailbox, Position, load_position
from intake.imap_poller import Backoff, check_settings, poll_once, run_blocking, run_imap_poller
from intake.settings import Settings, SettingsError
from workflows.db import make_engine, open_database
from workflows.models import ImapCursor, InboundMessage
from workflows.pipeline import process_pending
from workflows.workspace import Workspace

__all__ = [  # fixtures from dovecot.py; `engine` (SQLite and PostgreSQL) comes from conftest.py
    "dovecot_basic_server",
    "dovecot_server",
    "dovecot_tls_server",
    "imap_account",
]


@pytest.fixture
def sqlite_engine(tmp_path) -> Iterator[sa.Engine]:
    """For the tests about the IMAP side only: the database is not what they check."""
    engine = open_database(f"sqlite:///{tmp_path}/t.db")
    yield engine
    engine.dispose()


SECRET = "0123456789abcdef" * 4
FAST = Backoff(first=0.05, cap=0.2)
WAIT_S = 15  # generous upper bounds: the waits end as soon as the condition holds


def workspace(engine: sa.Engine, account: Account, tmp_path: Path, **imap) -> Workspace:
    """A workspace whose IMAP settings point at `account` (plain IMAP unless overridden)."""
    values = {
        "imap_host": "127.0.0.1",
        "imap_port": account.port,
        "imap_security": "none",
        "imap_username": account.user,
        "imap_password": account.password,
        "imap_poll_seconds": 3600,  # a test that sees mail arrive did not wait for a poll
        **imap,
    }
    settings = Settings(home=tmp_path, database_url=str(engine.url), secret_key=SECRET, **values)
    return Workspace(engine, settings)


def mail(number: int) -> bytes:
    return (
        f"From: customer{number}@customer.example\r\n"
        "To: support@win-techno.com\r\n"
        f"Subject: Please delete my data ({number})\r\n"
        f"Message-ID: <m{number}@customer.example>\r\n"
        "Date: Tue, 01 Dec 2026 09:00:00 +0900\r\n"
        "\r\n"
        f"Please delete all data you hold about me. Request {number}.\r\n"
    ).encode()


def rows(engine: sa.Engine) -> list[InboundMessage]:
    with Session(engine) as session:
        return list(session.exec(select(InboundMessage).order_by(col(InboundMessage.id))))


def raws(engine: sa.Engine) -> list[bytes]:
    return [row.raw for row in rows(engine)]


def position(ws: Workspace) -> Position | None:
    settings = ws.settings
    mailbox = Mailbox(settings.imap_host, settings.imap_username, settings.imap_folder)
    return load_position(ws, mailbox)


def seen(flags: tuple[bytes, ...]) -> bool:
    return SEEN in flags


# --- one poll at a time -----------------------------------------------------------------------


def test_new_mail_is_stored_once_with_its_envelope_then_marked_seen(engine, imap_account, tmp_path):
    ws = workspace(engine, imap_account, tmp_path)
    uids = [imap_account.append("INBOX", mail(1)), imap_account.append("INBOX", mail(2))]
    calls = []

    result = poll_once(ws, lambda: calls.append("woken"))

    assert (result.fetched, result.new) == (2, 2)
    assert raws(engine) == [mail(1), mail(2)]
    uidvalidity = position(ws).uidvalidity
    assert [row.envelope for row in rows(engine)] == [
        {
            "source": "imap",
            "imap_host": "127.0.0.1",
            "imap_user": imap_account.user,
            "imap_folder": "INBOX",
            "imap_uidvalidity": uidvalidity,
            "imap_uid": uid,
        }
        for uid in uids
    ]
    assert position(ws) == Position(uidvalidity, uids[-1])
    assert all(seen(flags) for flags in imap_account.flags("INBOX").values())
    assert calls == ["woken"]


def test_a_second_poll_and_a_restarted_poller_fetch_nothing_again(engine, imap_account, tmp_path):
    ws = workspace(engine, imap_account, tmp_path)
    imap_account.append("INBOX", mail(1))
    assert poll_once(ws).new == 1

    assert poll_once(ws).fetched == 0
    restarted = workspace(engine, imap_account, tmp_path)  # a new process: only the DB remembers
    assert poll_once(restarted).fetched == 0
    imap_account.append("INBOX", mail(2))
    result = poll_once(restarted)

    assert (result.fetched, result.new) == (1, 1)
    assert raws(engine) == [mail(1), mail(2)]


def test_a_long_backlog_is_committed_batch_by_batch(
    sqlite_engine, imap_account, tmp_path, monkeypatch
):
    monkeypatch.setattr(imap_poller, "BATCH_MESSAGES", 2)
    monkeypatch.setattr(imap_poller, "UID_CHUNK", 3)
    for number in range(1, 8):
        imap_account.append("INBOX", mail(number))
    ws = workspace(sqlite_engine, imap_account, tmp_path)
    batches = []

    result = poll_once(ws, lambda: batches.append(len(rows(sqlite_engine))))

    assert (result.fetched, result.new) == (7, 7)
    assert batches == [2, 3, 5, 6, 7]  # sizes asked 3 UIDs at a time, at most 2 per commit
    assert raws(sqlite_engine) == [mail(number) for number in range(1, 8)]
    assert all(seen(flags) for flags in imap_account.flags("INBOX").values())


def test_uid_sets_fold_runs_into_ranges():
    assert imap_poller._uid_set([7, 1, 2, 3, 9, 10]) == "1:3,7,9:10"


def test_a_lost_cursor_fetches_again_and_stores_nothing_twice(engine, imap_account, tmp_path):
    ws = workspace(engine, imap_account, tmp_path)
    imap_account.append("INBOX", mail(1))
    imap_account.append("INBOX", b"No Message-ID here\r\n\r\nsame bytes, same content hash\r\n")
    poll_once(ws)
    with Session(engine) as session, session.begin():
        session.execute(sa.delete(ImapCursor))

    result = poll_once(ws)

    assert (result.fetched, result.new) == (2, 0)
    assert len(rows(engine)) == 2


def test_nothing_is_marked_seen_or_passed_when_the_commit_fails(engine, imap_account, tmp_path):
    broken = make_engine(f"sqlite:///{tmp_path}/broken.db")  # a cursor table, no message table
    ImapCursor.__table__.create(broken)
    imap_account.append("INBOX", mail(1))

    with pytest.raises(sa.exc.OperationalError):
        poll_once(workspace(broken, imap_account, tmp_path))

    assert not any(seen(flags) for flags in imap_account.flags("INBOX").values())
    with Session(broken) as session:
        assert session.exec(select(ImapCursor)).one().last_uid == 0
    ws = workspace(engine, imap_account, tmp_path)
    assert poll_once(ws).new == 1
    assert raws(engine) == [mail(1)]
    broken.dispose()


def test_a_uidvalidity_change_starts_over_and_loses_nothing(engine, imap_account, tmp_path, caplog):
    imap_account.create_folder("Requests")
    ws = workspace(engine, imap_account, tmp_path, imap_folder="Requests")
    imap_account.append("Requests", mail(1))
    imap_account.append("Requests", mail(2))
    poll_once(ws)
    before = position(ws)
    with imap_account.client() as client:  # the folder is rebuilt: UIDs start at 1 again
        client.delete_folder("Requests")
        client.create_folder("Requests")
    new_uids = [imap_account.append("Requests", mail(n)) for n in (1, 3, 4)]
    assert new_uids[1] <= before.last_uid  # a poller ignoring UIDVALIDITY would miss mail 3

    with caplog.at_level(logging.WARNING, logger="intake.imap_poller"):
        result = poll_once(ws)

    assert (result.fetched, result.new) == (3, 2)
    assert sorted(raws(engine)) == sorted(mail(n) for n in (1, 2, 3, 4))
    after = position(ws)
    assert after.uidvalidity != before.uidvalidity and after.last_uid == new_uids[-1]
    assert "UIDVALIDITY changed" in caplog.text


@pytest.mark.parametrize("folder", ["受信箱", "Réception/Demandes"])
def test_a_folder_with_a_non_ascii_name(sqlite_engine, imap_account, tmp_path, folder):
    with imap_account.client() as client:
        separator = client.list_folders()[0][1].decode()
    folder = folder.replace("/", separator)
    imap_account.create_folder(folder)
    imap_account.append(folder, mail(1))
    ws = workspace(sqlite_engine, imap_account, tmp_path, imap_folder=folder)

    assert poll_once(ws).new == 1

    assert [row.envelope["imap_folder"] for row in rows(sqlite_engine)] == [folder]
    assert position(ws).last_uid == 1
    assert all(seen(flags) for flags in imap_account.flags(folder).values())


def test_done_folder_is_created_and_receives_the_committed_mail(
    sqlite_engine, imap_account, tmp_path
):
    ws = workspace(sqlite_engine, imap_account, tmp_path, imap_done_folder="処理済み")
    imap_account.append("INBOX", mail(1))
    imap_account.append("INBOX", mail(2))

    assert poll_once(ws).new == 2

    assert imap_account.flags("INBOX") == {}
    assert sorted(imap_account.bodies("処理済み").values()) == [mail(1), mail(2)]
    assert all(seen(flags) for flags in imap_account.flags("処理済み").values())
    imap_account.append("INBOX", mail(3))
    assert poll_once(ws).new == 1
    assert len(imap_account.bodies("処理済み")) == 3 and imap_account.flags("INBOX") == {}


def test_committed_mail_left_behind_by_a_crash_is_moved_on_the_next_start(
    sqlite_engine, imap_account, tmp_path
):
    imap_account.append("INBOX", mail(1))
    without_done_folder = workspace(sqlite_engine, imap_account, tmp_path)
    poll_once(without_done_folder)  # committed and flagged, as if the move had failed
    assert len(imap_account.flags("INBOX")) == 1

    result = poll_once(workspace(sqlite_engine, imap_account, tmp_path, imap_done_folder="Done"))

    assert result.fetched == 0
    assert imap_account.flags("INBOX") == {}
    assert list(imap_account.bodies("Done").values()) == [mail(1)]


def test_without_move_the_done_folder_gets_a_copy_and_the_original_is_expunged(
    sqlite_engine, dovecot_basic_server: Dovecot, tmp_path
):
    account = dovecot_basic_server.new_account()
    with account.client() as client:
        assert not client.has_capability("MOVE")
    account.append("INBOX", mail(1))
    account.append("INBOX", mail(2))
    ws = workspace(sqlite_engine, account, tmp_path, imap_done_folder="Done")

    assert poll_once(ws).new == 2

    assert account.flags("INBOX") == {}
    assert sorted(account.bodies("Done").values()) == [mail(1), mail(2)]


NOT_MAIL = b"this line is no header \xff\xfe\r\nneither is this one\r\n"
BROKEN_MIME = (
    b"From: customer@customer.example\r\n"
    b"Subject: =?iso-2022-jp?B?broken?=\r\n"
    b'Content-Type: multipart/mixed; boundary="never-closed\r\n'
    b"\r\n"
    b"--never-closed\r\nContent-Transfer-Encoding: base64\r\n\r\n%%%not base64%%%\r\n"
)


@pytest.mark.parametrize(("raw", "state"), [(NOT_MAIL, "failed"), (BROKEN_MIME, "processed")])
def test_a_broken_message_is_stored_byte_for_byte_and_kept(
    engine, imap_account, tmp_path, raw, state
):
    imap_account.append("INBOX", raw)
    ws = workspace(engine, imap_account, tmp_path)

    assert poll_once(ws).new == 1
    process_pending(ws)

    [row] = rows(engine)
    assert (row.raw, row.state) == (raw, state)  # a failure is reported on the kept message
    assert (row.error is not None) == (state == "failed")
    assert all(seen(flags) for flags in imap_account.flags("INBOX").values())


@pytest.mark.parametrize("security", ["ssl", "starttls"])
def test_tls_and_starttls_verify_the_server(
    sqlite_engine, dovecot_tls_server: Dovecot, tmp_path, monkeypatch, security
):
    account = dovecot_tls_server.new_account()
    account.append("INBOX", mail(1))
    port = dovecot_tls_server.tls_port if security == "ssl" else dovecot_tls_server.port
    ws = workspace(sqlite_engine, account, tmp_path, imap_security=security, imap_port=port)

    with pytest.raises(ssl.SSLCertVerificationError):
        poll_once(ws)  # the test CA is not trusted yet
    monkeypatch.setenv("SSL_CERT_FILE", str(dovecot_tls_server.tls.ca))
    assert poll_once(ws).new == 1


def test_a_done_folder_equal_to_the_folder_is_refused():
    settings = Settings(imap_host="imap.example", imap_username="u", imap_done_folder="INBOX")
    with pytest.raises(SettingsError, match="imap_done_folder"):
        check_settings(settings)


# --- the running poller -----------------------------------------------------------------------


@asynccontextmanager
async def running_poller(ws: Workspace) -> AsyncIterator[asyncio.Event]:
    """The poller as `intake serve` runs it; yields the event its `on_stored` sets."""
    woken, stop = asyncio.Event(), asyncio.Event()
    task = asyncio.create_task(run_imap_poller(ws, woken.set, stop, backoff=FAST))
    try:
        yield woken
    finally:
        stop.set()
        await asyncio.wait_for(task, WAIT_S)  # ends cleanly, or the test fails here


async def wait_until(condition: Callable[[], bool], event: asyncio.Event) -> None:
    """Wait (at most WAIT_S) until `condition` holds, checking it each time `event` is set."""
    async with asyncio.timeout(WAIT_S):
        while True:
            event.clear()
            if condition():
                return
            await event.wait()


class WaitWatch(logging.Handler):
    """Counts the times the poller starts waiting for mail (its `IMAP: waiting` debug line).

    A test appends only once the poller waits: Dovecot may announce mail that arrives while
    IDLE is being set up only at the next IDLE renewal, minutes later.
    """

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        super().__init__(logging.DEBUG)
        self.loop = loop
        self.waits = 0
        self.changed = asyncio.Event()

    def emit(self, record: logging.LogRecord) -> None:  # in the poller's thread
        if record.getMessage().startswith("IMAP: waiting for mail"):
            self.loop.call_soon_threadsafe(self._started_waiting)

    def _started_waiting(self) -> None:
        self.waits += 1
        self.changed.set()

    async def waiting_again(self, since: int) -> None:
        """Wait until the poller started waiting more than `since` times."""
        await wait_until(lambda: self.waits > since, self.changed)


@pytest.fixture
async def wait_watch(caplog) -> AsyncIterator[WaitWatch]:
    """A WaitWatch on the poller's log (which `caplog` also records, from DEBUG up)."""
    caplog.set_level(logging.DEBUG, logger="intake.imap_poller")
    logger = logging.getLogger("intake.imap_poller")
    watch = WaitWatch(asyncio.get_running_loop())
    logger.addHandler(watch)
    try:
        yield watch
    finally:
        logger.removeHandler(watch)


async def test_idle_brings_mail_from_another_client_without_waiting_for_a_poll(
    engine, imap_account, tmp_path, caplog, wait_watch
):
    ws = workspace(engine, imap_account, tmp_path, imap_idle=True, imap_poll_seconds=3600)
    async with running_poller(ws) as woken:
        await wait_watch.waiting_again(since=0)
        for number in (1, 2):
            waits = wait_watch.waits
            await asyncio.to_thread(imap_account.append, "INBOX", mail(number))
            await wait_until(lambda n=number: len(rows(engine)) == n, woken)
            assert all(seen(flags) for flags in imap_account.flags("INBOX").values())
            await wait_watch.waiting_again(since=waits)  # back in IDLE once it has stored

    assert raws(engine) == [mail(1), mail(2)]
    assert "waiting for mail (IDLE)" in caplog.text and "next poll" not in caplog.text
    assert caplog.text.count("IMAP: watching") == 1  # one connection: no error, no reconnect
    assert "reconnecting" not in caplog.text


async def test_without_idle_the_poller_polls(
    sqlite_engine, dovecot_basic_server: Dovecot, tmp_path, caplog, wait_watch
):
    account = dovecot_basic_server.new_account()
    ws = workspace(sqlite_engine, account, tmp_path, imap_idle=True, imap_poll_seconds=1)
    async with running_poller(ws) as woken:
        await wait_watch.waiting_again(since=0)  # the first poll found nothing
        await asyncio.to_thread(account.append, "INBOX", mail(1))
        await wait_until(lambda: raws(sqlite_engine) == [mail(1)], woken)

    assert "waiting for mail (next poll in 1 s)" in caplog.text
    assert "(IDLE)" not in caplog.text
    assert caplog.text.count("IMAP: watching") == 1  # no error, no reconnect
    assert "reconnecting" not in caplog.text


@pytest.mark.parametrize("drop", ["kick", "restart"])
async def test_a_dropped_connection_is_reopened(
    sqlite_engine, imap_account, tmp_path, caplog, wait_watch, drop
):
    ws = workspace(sqlite_engine, imap_account, tmp_path, imap_idle=True)
    async with running_poller(ws) as woken:
        await wait_watch.waiting_again(since=0)
        waits = wait_watch.waits
        await asyncio.to_thread(imap_account.append, "INBOX", mail(1))
        await wait_until(lambda: raws(sqlite_engine) == [mail(1)], woken)
        await wait_watch.waiting_again(since=waits)
        waits = wait_watch.waits

        drop_all = imap_account.kick if drop == "kick" else imap_account.server.restart
        await asyncio.to_thread(drop_all)
        await wait_watch.waiting_again(since=waits)  # on a new connection
        await asyncio.to_thread(imap_account.append, "INBOX", mail(2))
        await wait_until(lambda: raws(sqlite_engine) == [mail(1), mail(2)], woken)

    assert "reconnecting in" in caplog.text
    assert caplog.text.count("IMAP: watching") == 2


def test_reconnects_back_off_up_to_the_cap(sqlite_engine, tmp_path):
    settings = Settings(
        home=tmp_path,
        database_url=str(sqlite_engine.url),
        secret_key=SECRET,
        imap_host="127.0.0.1",
        imap_port=free_port(),  # nothing listens: every attempt fails
        imap_security="none",
        imap_username="nobody",
    )
    warnings: list[str] = []
    enough, stop = threading.Event(), threading.Event()

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            if record.levelno == logging.WARNING:
                warnings.append(record.getMessage())
                if len(warnings) == 5:
                    enough.set()

    handler = Collect()
    logger = logging.getLogger("intake.imap_poller")
    logger.addHandler(handler)
    worker = threading.Thread(
        target=run_blocking,
        args=(
            Workspace(sqlite_engine, settings),
            lambda: None,
            stop,
            Backoff(first=0.01, cap=0.04),
        ),
    )
    try:
        worker.start()
        assert enough.wait(WAIT_S)
    finally:
        stop.set()
        worker.join(WAIT_S)
        logger.removeHandler(handler)

    assert not worker.is_alive()
    delays = [message.rsplit("reconnecting in ", 1)[1] for message in warnings[:5]]
    assert delays == ["0.01 s", "0.02 s", "0.04 s", "0.04 s", "0.04 s"]
    assert all("ConnectionRefusedError" in message for message in warnings)
