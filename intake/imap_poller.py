"""The IMAP poller: brings the mail of a mailbox another server receives into the store.

Each round fetches the messages above the stored UID (`BODY.PEEK[]`, so nothing is marked
read yet), commits them with `store_many`, advances the cursor, and only then flags them
`\\Seen` (or moves them to `imap_done_folder`). A crash anywhere re-fetches at worst, and the
store keeps a message once. IDLE wakes it where the server has it; otherwise it polls.
"""

from __future__ import annotations

import asyncio
import logging
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from imapclient import DELETED, SEEN, IMAPClient, SocketTimeout

from intake.imap_cursor import Mailbox, Position, load_position, save_position
from intake.settings import Settings, SettingsError
from workflows.pipeline import store_many
from workflows.workspace import Workspace

CONNECT_TIMEOUT_S = 30
READ_TIMEOUT_S = 300  # a command (a big FETCH) that takes longer means a dead connection
IDLE_RENEW_S = 5 * 60  # RFC 2177: re-issue IDLE well before the server's 30-minute logout
STOP_CHECK_S = 0.5  # how long a stop request may wait while idling
BATCH_MESSAGES = 50
BATCH_BYTES = 32 * 1024 * 1024
UID_CHUNK = 500  # UIDs named in one command

_log = logging.getLogger(__name__)

OnStored = Callable[[], None]


@dataclass(frozen=True)
class Backoff:
    """Seconds to wait before reconnecting: `first`, doubling after each failure, at most `cap`."""

    first: float = 1.0
    cap: float = 300.0


@dataclass(frozen=True)
class PollResult:
    fetched: int  # messages fetched from the server
    new: int  # of those, messages the store did not hold yet


def check_settings(settings: Settings) -> None:
    """Stop at start on a configuration the poller cannot run with; the message names it."""
    if not settings.imap_host:
        raise SettingsError("setting imap_host: empty, the IMAP poller is off")
    if not settings.imap_username:
        raise SettingsError("setting imap_username: required when imap_host is set")
    if not settings.imap_folder:
        raise SettingsError("setting imap_folder: empty")
    if settings.imap_done_folder == settings.imap_folder:
        raise SettingsError("setting imap_done_folder: must differ from imap_folder")


def mailbox_of(settings: Settings) -> Mailbox:
    return Mailbox(settings.imap_host, settings.imap_username, settings.imap_folder)


def connect(settings: Settings) -> IMAPClient:
    """A logged-in client (TLS, STARTTLS or plain as `imap_security` says)."""
    client = IMAPClient(
        settings.imap_host,
        port=settings.imap_port,
        ssl=settings.imap_security == "ssl",
        ssl_context=ssl.create_default_context(),
        timeout=SocketTimeout(connect=CONNECT_TIMEOUT_S, read=READ_TIMEOUT_S),
    )
    try:
        if settings.imap_security == "starttls":
            client.starttls(ssl.create_default_context())
        client.login(settings.imap_username, settings.imap_password)
    except BaseException:
        _close(client)
        raise
    return client


def open_mailbox(client: IMAPClient, ws: Workspace) -> Position:
    """Select the folder and return where to go on from: the stored position, or UID 0 when
    there is none or the folder's UIDVALIDITY changed. Committed mail not yet moved to the done
    folder (a crash between commit and move) is moved now."""
    settings, mailbox = ws.settings, mailbox_of(ws.settings)
    if settings.imap_done_folder and not client.folder_exists(settings.imap_done_folder):
        client.create_folder(settings.imap_done_folder)
        _log.info("IMAP: created the done folder %r", settings.imap_done_folder)
    selected = client.select_folder(mailbox.folder)
    if b"UIDVALIDITY" not in selected:
        raise RuntimeError(f"IMAP folder {mailbox.folder!r}: the server gave no UIDVALIDITY")
    uidvalidity = selected[b"UIDVALIDITY"]
    _mail_announced(client)  # the SELECT's own message count is no news: the first poll reads all
    stored = load_position(ws, mailbox)
    if stored is not None and stored.uidvalidity == uidvalidity:
        if settings.imap_done_folder and stored.last_uid:
            committed = client.search(["UID", f"1:{stored.last_uid}"])
            _finish(client, [uid for uid in committed if uid <= stored.last_uid], settings)
        return stored
    if stored is not None:
        _log.warning(
            "IMAP folder %r: UIDVALIDITY changed from %d to %d; fetching it again from UID 1 "
            "(messages already stored are not stored twice)",
            mailbox.folder,
            stored.uidvalidity,
            uidvalidity,
        )
    position = Position(uidvalidity, 0)
    save_position(ws, mailbox, position)
    return position


def fetch_new(
    client: IMAPClient, ws: Workspace, position: Position, on_stored: OnStored | None = None
) -> tuple[Position, PollResult]:
    """Fetch, commit and finish every message above `position`, in batches; the new position."""
    client.noop()  # lets the server announce what arrived since the last command
    last = position.last_uid
    uids = sorted(uid for uid in client.search(["UID", f"{last + 1}:*"]) if uid > last)
    fetched = new = 0
    for batch in _batches(client, uids):
        count, added = _commit_batch(client, ws, position.uidvalidity, batch)
        position = Position(position.uidvalidity, batch[-1])
        fetched += count
        new += added
        if added and on_stored is not None:
            on_stored()
    return position, PollResult(fetched, new)


def _commit_batch(
    client: IMAPClient, ws: Workspace, uidvalidity: int, batch: list[int]
) -> tuple[int, int]:
    """Fetch, store, advance the cursor, and only then mark the messages; (fetched, new)."""
    messages = _fetch_batch(client, ws.settings, uidvalidity, batch)
    stored = store_many(ws, [message for _uid, message in messages]) if messages else []
    save_position(ws, mailbox_of(ws.settings), Position(uidvalidity, batch[-1]))
    _finish(client, [uid for uid, _message in messages], ws.settings)
    added = sum(item.is_new for item in stored)
    _log.info(
        "IMAP folder %r: %d fetched, %d new, up to UID %d",
        ws.settings.imap_folder,
        len(messages),
        added,
        batch[-1],
    )
    return len(messages), added


def poll_once(ws: Workspace, on_stored: OnStored | None = None) -> PollResult:
    """Connect, bring in every new message, log out."""
    check_settings(ws.settings)
    client = connect(ws.settings)
    try:
        position = open_mailbox(client, ws)
        _position, result = fetch_new(client, ws, position, on_stored)
    finally:
        _close(client)
    return result


def run_blocking(
    ws: Workspace, on_stored: OnStored, stop: threading.Event, backoff: Backoff = Backoff()
) -> None:
    """Poll until `stop` is set, reconnecting after every drop or error (logged) with backoff."""
    delay = backoff.first

    def polled() -> None:
        nonlocal delay
        delay = backoff.first

    while not stop.is_set():
        try:
            _watch(ws, on_stored, stop, polled)
        except Exception as error:
            if stop.is_set():
                break
            _log.warning(
                "IMAP %s:%d: %s: %s; reconnecting in %g s",
                ws.settings.imap_host,
                ws.settings.imap_port,
                type(error).__name__,
                error,
                delay,
            )
            stop.wait(delay)
            delay = min(delay * 2, backoff.cap)
    _log.info("IMAP: poller stopped")


def _watch(
    ws: Workspace, on_stored: OnStored, stop: threading.Event, polled: Callable[[], None]
) -> None:
    """One connection: poll, wait for news, poll again, until `stop` or an error."""
    client = connect(ws.settings)
    try:
        position = open_mailbox(client, ws)
        _log.info("IMAP: watching %r on %s", ws.settings.imap_folder, ws.settings.imap_host)
        while not stop.is_set():
            position, _result = fetch_new(client, ws, position, on_stored)
            polled()
            if not _mail_announced(client):
                _wait_for_news(client, ws.settings, stop)
    finally:
        _close(client)


async def run_imap_poller(
    ws: Workspace,
    on_stored: OnStored,
    stop_event: asyncio.Event,
    *,
    backoff: Backoff = Backoff(),
) -> None:
    """Run the poller in a thread until `stop_event` is set (or this task is cancelled);
    `on_stored` runs in this event loop each time new messages were committed."""
    check_settings(ws.settings)
    loop = asyncio.get_running_loop()
    stop = threading.Event()

    def wake() -> None:
        loop.call_soon_threadsafe(on_stored)

    worker = asyncio.ensure_future(asyncio.to_thread(run_blocking, ws, wake, stop, backoff))
    stopping = asyncio.ensure_future(stop_event.wait())
    try:
        await asyncio.wait({worker, stopping}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        stop.set()
        stopping.cancel()
        await worker


def _batches(client: IMAPClient, uids: list[int]) -> Iterator[list[int]]:
    """`uids` in order, cut into batches of at most BATCH_MESSAGES or about BATCH_BYTES; sizes
    are asked UID_CHUNK at a time so that no command line grows long."""
    for chunk in _chunks(uids, UID_CHUNK):
        sizes = client.fetch(chunk, ["RFC822.SIZE"])
        batch: list[int] = []
        total = 0
        for uid in chunk:
            size = sizes.get(uid, {}).get(b"RFC822.SIZE", 0)
            if batch and (len(batch) >= BATCH_MESSAGES or total + size > BATCH_BYTES):
                yield batch
                batch, total = [], 0
            batch.append(uid)
            total += size
        if batch:
            yield batch


def _chunks(items: list[int], size: int) -> Iterator[list[int]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _uid_set(uids: list[int]) -> str:
    """An IMAP UID set, ranges folded: [1, 2, 3, 7] gives `1:3,7`."""
    ranges: list[list[int]] = []
    for uid in sorted(uids):
        if ranges and uid == ranges[-1][1] + 1:
            ranges[-1][1] = uid
        else:
            ranges.append([uid, uid])
    return ",".join(str(low) if low == high else f"{low}:{high}" for low, high in ranges)


def _fetch_batch(
    client: IMAPClient, settings: Settings, uidvalidity: int, uids: list[int]
) -> list[tuple[int, tuple[bytes, str, dict[str, Any]]]]:
    """The raw messages of `uids` with their envelopes; a UID expunged meanwhile is absent."""
    response = client.fetch(uids, ["BODY.PEEK[]"])
    messages = []
    for uid in uids:
        if uid not in response:
            continue
        raw = response[uid].get(b"BODY[]")
        if not isinstance(raw, bytes):
            raise RuntimeError(f"IMAP UID {uid}: the server sent no message body")
        envelope = {
            "source": "imap",
            "imap_host": settings.imap_host,
            "imap_user": settings.imap_username,
            "imap_folder": settings.imap_folder,
            "imap_uidvalidity": uidvalidity,
            "imap_uid": uid,
        }
        messages.append((uid, (raw, "email", envelope)))
    return messages


def _finish(client: IMAPClient, uids: list[int], settings: Settings) -> None:
    """Mark committed messages: `\\Seen`, and moved to the done folder when one is set."""
    for chunk in _chunks(uids, UID_CHUNK):
        _finish_chunk(client, _uid_set(chunk), settings.imap_done_folder)


def _finish_chunk(client: IMAPClient, uid_set: str, done_folder: str) -> None:
    client.add_flags(uid_set, [SEEN], silent=True)
    if not done_folder:
        return
    if client.has_capability("MOVE"):
        client.move(uid_set, done_folder)
        return
    client.copy(uid_set, done_folder)
    client.add_flags(uid_set, [DELETED], silent=True)
    if client.has_capability("UIDPLUS"):
        client.uid_expunge(uid_set)
    else:  # plain EXPUNGE also removes other \Deleted mail: the folder is the intake's own
        client.expunge()


def _mail_announced(client: IMAPClient) -> bool:
    """Whether the server announced mail (`* n EXISTS`) along with an earlier command's answer,
    such as mail that arrived while SEARCH ran: IDLE would not announce it again.

    IMAPClient offers no accessor for such leftover responses; imaplib keeps them in
    `untagged_responses`, where IMAPClient's own select_folder reads them too.
    """
    return client._imap.untagged_responses.pop("EXISTS", None) is not None


def _wait_for_news(client: IMAPClient, settings: Settings, stop: threading.Event) -> None:
    """Return when new mail may be there: IDLE where possible, else after the poll interval."""
    if settings.imap_idle and client.has_capability("IDLE"):
        _idle(client, stop)
    else:
        _log.debug("IMAP: waiting for mail (next poll in %d s)", settings.imap_poll_seconds)
        stop.wait(settings.imap_poll_seconds)


def _idle(client: IMAPClient, stop: threading.Event) -> None:
    """IDLE until the server announces mail or says goodbye, IDLE_RENEW_S pass, or `stop`."""
    deadline = time.monotonic() + IDLE_RENEW_S
    client.idle()
    _log.debug("IMAP: waiting for mail (IDLE)")
    try:
        while not stop.is_set() and (left := deadline - time.monotonic()) > 0:
            wait = min(STOP_CHECK_S, left)
            started = time.monotonic()
            responses = client.idle_check(timeout=wait)
            if any(_ends_idle(response) for response in responses):
                return
            if not responses and time.monotonic() - started < wait / 2:
                return  # readable yet nothing in it: the server closed; idle_done will tell
    finally:
        client.idle_done()


def _ends_idle(response: tuple[Any, ...]) -> bool:
    """New mail (`* n EXISTS`) or the server leaving (`* BYE`)."""
    return response[:1] == (b"BYE",) or (len(response) > 1 and response[1] == b"EXISTS")


def _close(client: IMAPClient) -> None:
    """Log out, or just close the socket when the connection is already gone."""
    try:
        client.logout()
    except Exception:
        try:
            client.shutdown()
        except Exception as error:
            _log.debug("IMAP: closing the connection: %s", error)
