"""The customer side of the Telegram bot (python-telegram-bot): receive, keep, answer.

Receive and keep: every update that carries a customer's message is committed to the
database (`workflows.pipeline.store_many`) before Telegram is told it arrived.

- Long polling is driven here, not by PTB's Updater: `Updater` puts fetched updates into
  the Application's queue and confirms them with its next `getUpdates` (offset), whether or
  not a handler has seen them; a crash in between would lose them. Here one loop fetches a
  batch (`bot.get_updates`), commits it in one durable transaction, hands each update to the
  Application (`application.process_update`, awaited: handlers have run) and only then
  moves the offset past the batch. A crash before the commit leaves the batch unconfirmed:
  Telegram sends it again. A crash after the commit but before the confirmation makes
  Telegram send it again too, and the store drops it by its update_id. A batch holding an
  update PTB cannot read is fetched again raw: kept as it came, processed by the pipeline
  (which reports what it cannot read), never blocking the updates after it.
- Webhook mode (setting `telegram_webhook_url`) uses PTB's webhook server, which answers
  Telegram's POST only after `update_queue.put(update)` returns; the queue given to it
  (`CommittingQueue`) commits and handles the update inside `put`, so 200 means "stored"
  and a failure means 500 (Telegram retries). A POST without the secret token gets 403.
  (An update PTB cannot read gets 400 from PTB's server before it reaches the queue.)

Answering: free text (and captions) goes through the pipeline (`process`), which opens or
joins a case and queues its replies as chat Outbox entries; the delivery loop sends them
(`bots.telegram_delivery`) and queues the staff notices (`bots.staff_notices`). `/start`
(and `/help`) and `/status` are answered directly and are not stored: they ask for nothing,
and after a crash between handling and confirmation Telegram's repeat gets a repeat answer.

Repeats and edits: an update seen again (same update_id) is stored once (the pipeline's
unique key) and handled once. An edited message is an update of its own: it is kept and goes
through the pipeline like a new message, so a case waiting on the user (identity, a question
from staff) takes the corrected text, and otherwise the pipeline opens a case linked to the
user's open one, where staff see both wordings. Nothing a customer wrote is dropped.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import warnings
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any, TypeVar
from urllib.parse import urlsplit

from sqlmodel import Session, col, select
from telegram import Update
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    Updater,
    filters,
)
from telegram.warnings import PTBUserWarning

from bots.chat_texts import BILINGUAL, chat_language, render_chat_text, status_rows
from bots.staff_notices import NoticeCursor, queue_staff_notices
from bots.telegram_delivery import CHAT, deliver_due_chat, split_text
from intake.settings import Settings
from intake.waiting import wait_any
from workflows.db import is_sqlite
from workflows.models import Case, InboundMessage
from workflows.outbox_claims import release_interrupted
from workflows.pipeline import process, store, store_many
from workflows.workspace import Workspace

ALLOWED_UPDATES = ("message", "edited_message")
COMMANDS = frozenset({"start", "help", "status"})
POLL_TIMEOUT_SECONDS = 30.0  # long poll: Telegram holds getUpdates open this long
DELIVERY_POLL_SECONDS = 5.0  # the Outbox is also read this often without a wake-up
FETCH_RETRY_MAX_SECONDS = 30.0
RECENT_UPDATES = 2000  # update ids remembered to drop a repeated update
STATUS_CASES = 10
# a claim older than this was interrupted: far longer than a send can take (PTB's timeouts);
# younger ones may belong to another worker sending right now (PostgreSQL)
CLAIM_LEASE = timedelta(minutes=10)

log = logging.getLogger(__name__)
T = TypeVar("T")


def base_file_url(base_url: str) -> str:
    """The file download base beside a Bot API base (`.../bot` -> `.../file/bot`)."""
    base = base_url.rstrip("/")
    if base.endswith("/bot"):
        return base[: -len("/bot")] + "/file/bot"
    return base + "/file"


def build_application(settings: Settings) -> Application:
    """A PTB Application on the configured token and Bot API base, without PTB's Updater."""
    return (
        ApplicationBuilder()
        .token(settings.telegram_token)
        .base_url(settings.telegram_base_url)
        .base_file_url(base_file_url(settings.telegram_base_url))
        .updater(None)
        .build()
    )


def webhook_secret(settings: Settings) -> str:
    """The secret Telegram sends with each webhook POST: the setting, else one derived from
    the secret key (so a webhook is never open to anyone)."""
    if settings.telegram_webhook_secret:
        return settings.telegram_webhook_secret
    return hmac.new(settings.secret_key.encode(), b"telegram-webhook", "sha256").hexdigest()


def update_bytes(update: Update) -> bytes:
    """The raw chat message as kept: the update's JSON (every field Telegram sent)."""
    return json.dumps(update.to_dict(), ensure_ascii=False).encode("utf-8")


def is_bot_command(text: str) -> bool:
    """Whether `text` is one of our commands (`/start`, `/status@our_bot payload`, ...)."""
    first = text.strip().split(maxsplit=1)[0] if text.strip() else ""
    return first.startswith("/") and first[1:].split("@")[0].lower() in COMMANDS


def is_storable(update: Update) -> bool:
    """Whether an update carries a customer's message: text or a caption, in a private chat,
    not one of our commands."""
    message = update.message or update.edited_message
    if message is None or message.chat.type != "private" or message.from_user is None:
        return False
    text = message.text or message.caption or ""
    return bool(text.strip()) and not is_bot_command(text)


async def _unless_stopped(work: Awaitable[T], stop: asyncio.Event) -> tuple[bool, T | None]:
    """Await `work` unless `stop` is set first (then `work` is cancelled): (done, result)."""
    task = asyncio.ensure_future(work)
    stopping = asyncio.ensure_future(stop.wait())
    await asyncio.wait((task, stopping), return_when=asyncio.FIRST_COMPLETED)
    stopping.cancel()
    if task.done():
        return True, task.result()
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    return False, None


def _latest_language(ws: Workspace, user_id: int) -> str | None:
    """The detected language of the user's newest stored message."""
    with Session(ws.engine) as session:
        return session.exec(
            select(InboundMessage.language)
            .where(InboundMessage.chat_user_id == user_id)
            .where(col(InboundMessage.language).is_not(None))
            .order_by(col(InboundMessage.id).desc())
            .limit(1)
        ).first()


def cases_of_chat_user(ws: Workspace, user_id: int, limit: int = STATUS_CASES) -> list[Case]:
    """The chat user's cases, newest first."""
    with Session(ws.engine) as session:
        return list(
            session.exec(
                select(Case)
                .where(Case.chat_user_id == user_id)
                .order_by(col(Case.id).desc())
                .limit(limit)
            ).all()
        )


class CommittingQueue(asyncio.Queue):  # type: ignore[type-arg]
    """The webhook server's update queue: `put` commits the update and has it handled before
    it returns, so the server answers Telegram only after the commit."""

    def __init__(self, bot: TelegramBot) -> None:
        super().__init__()
        self._bot = bot

    async def put(self, item: Any) -> None:
        if isinstance(item, Update):
            await self._bot.accept([item])
        else:
            await super().put(item)


@dataclass(eq=False)
class TelegramBot:
    """A running bot: the workspace, the PTB Application, and what the loops share."""

    ws: Workspace
    application: Application
    poll_timeout: float = POLL_TIMEOUT_SECONDS
    wake: asyncio.Event = field(default_factory=asyncio.Event)  # set: deliver now
    stored: dict[int, int] = field(default_factory=dict)  # update id -> inbound id
    recent: OrderedDict[int, None] = field(default_factory=OrderedDict)
    notices: NoticeCursor = field(default_factory=NoticeCursor)
    accepting: asyncio.Lock = field(default_factory=asyncio.Lock)
    # called after a message was processed: it may have queued mail (an identity code)
    on_processed: Callable[[], None] | None = None

    @classmethod
    def create(
        cls,
        ws: Workspace,
        *,
        poll_timeout: float = POLL_TIMEOUT_SECONDS,
        on_processed: Callable[[], None] | None = None,
    ) -> TelegramBot:
        application = build_application(ws.settings)
        bot = cls(ws, application, poll_timeout=poll_timeout, on_processed=on_processed)
        bot.add_handlers()
        return bot

    def add_handlers(self) -> None:
        app = self.application
        private = filters.ChatType.PRIVATE & filters.UpdateType.MESSAGE
        app.add_handler(CommandHandler(["start", "help"], self.on_start, filters=private))
        app.add_handler(CommandHandler("status", self.on_status, filters=private))
        text = filters.ChatType.PRIVATE & (filters.TEXT | filters.CAPTION)
        app.add_handler(MessageHandler(filters.UpdateType.MESSAGES & text, self.on_message))
        app.add_handler(MessageHandler(private, self.on_start))  # a sticker, a photo: how to
        app.add_error_handler(self.on_error)

    async def accept(self, updates: Sequence[Update]) -> None:
        """Commit the customers' messages among `updates` (one transaction), then have each
        update handled once; raises when the commit fails (nothing is confirmed then)."""
        async with self.accepting:
            keep = [update for update in updates if is_storable(update)]
            if keep:
                rows = [(update_bytes(update), CHAT, None) for update in keep]
                stored = await asyncio.to_thread(store_many, self.ws, rows)
                for update, item in zip(keep, stored, strict=True):
                    self.stored[update.update_id] = item.inbound_id
            for update in updates:
                if update.update_id in self.recent:  # the same update again: done already
                    self.stored.pop(update.update_id, None)
                    continue
                self.recent[update.update_id] = None
                while len(self.recent) > RECENT_UPDATES:
                    self.recent.popitem(last=False)
                await self.application.process_update(update)

    async def fetch_raw(self, offset: int | None) -> list[Any]:
        """The pending updates as Telegram sent them (JSON objects, not read by PTB)."""
        kwargs: dict[str, Any] = {"timeout": 0, "allowed_updates": list(ALLOWED_UPDATES)}
        if offset is not None:
            kwargs["offset"] = offset
        with warnings.catch_warnings():  # PTB suggests `get_updates`: it cannot read these
            warnings.simplefilter("ignore", PTBUserWarning)
            result = await self.application.bot.do_api_request("getUpdates", api_kwargs=kwargs)
        return list(result) if isinstance(result, list) else []

    async def accept_raw(self, items: Sequence[Any]) -> int | None:
        """Accept a batch fetched raw: what PTB can read goes through `accept`; the rest is
        kept as it came and processed at once (the pipeline reports what it cannot read).
        The newest update id, or None."""
        readable: list[Update] = []
        unreadable: list[bytes] = []
        for item in items:
            try:
                update = Update.de_json(item, self.application.bot)
            except Exception:
                unreadable.append(json.dumps(item, ensure_ascii=False).encode("utf-8"))
                continue
            if update is not None:
                readable.append(update)
        if unreadable:
            rows = [(raw, CHAT, None) for raw in unreadable]
            stored = await asyncio.to_thread(store_many, self.ws, rows)
            for item in stored:
                if item.is_new:
                    await asyncio.to_thread(process, self.ws, item.inbound_id)
            self._processed()
        await self.accept(readable)
        ids = [item.get("update_id") for item in items if isinstance(item, dict)]
        return max((i for i in ids if isinstance(i, int)), default=None)

    async def on_message(self, update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
        """A customer's message (new or edited): the pipeline opens or joins a case."""
        if not is_storable(update):  # an edited command, an empty message
            return
        inbound_id = self.stored.pop(update.update_id, None)
        if inbound_id is None:  # not through `accept`: keep it first
            stored = await asyncio.to_thread(store, self.ws, update_bytes(update), CHAT)
            inbound_id = stored.inbound_id
        await asyncio.to_thread(process, self.ws, inbound_id)
        self._processed()

    def _processed(self) -> None:
        """Messages were processed: replies may be queued."""
        self.wake.set()
        if self.on_processed is not None:
            self.on_processed()

    async def _language(self, update: Update, text: str = "") -> str:
        user = update.effective_user
        code = (user.language_code or "") if user else ""
        language = chat_language(code, text)
        if language == BILINGUAL and user is not None:
            earlier = await asyncio.to_thread(_latest_language, self.ws, user.id)
            language = chat_language(code, text, earlier)
        return language

    async def on_start(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """/start and /help: greet in the user's language and say what the bot does."""
        message = update.effective_message
        if message is None:
            return
        language = await self._language(update, " ".join(context.args or []))
        text = render_chat_text("start", language, {"company": self.ws.settings.company})
        await message.reply_text(text)

    async def on_status(self, update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
        """/status: the user's cases with number, kinds, state and answer due date."""
        message, user = update.effective_message, update.effective_user
        if message is None or user is None:
            return
        cases = await asyncio.to_thread(cases_of_chat_user, self.ws, user.id)
        language = await self._language(update)
        text = render_chat_text("status", language, {"cases": status_rows(cases)})
        for part in split_text(text):
            await message.reply_text(part)

    async def on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        log.warning("handling update failed: %r", context.error, exc_info=context.error)

    async def poll(self, stop: asyncio.Event, ready: asyncio.Event | None = None) -> None:
        """Long polling until `stop`: fetch, commit, handle, and only then confirm."""
        bot = self.application.bot
        webhook_removed = False
        offset: int | None = None
        failures = 0
        if ready is not None:
            ready.set()
        while not stop.is_set():
            try:
                if not webhook_removed:  # getUpdates is refused while a webhook is set
                    await bot.delete_webhook(drop_pending_updates=False)
                    webhook_removed = True
                fetch = bot.get_updates(
                    offset=offset, timeout=self.poll_timeout, allowed_updates=ALLOWED_UPDATES
                )
                try:
                    done, updates = await _unless_stopped(fetch, stop)
                except TelegramError:
                    raise
                except Exception as error:  # PTB cannot read an update: take the batch raw
                    log.warning("telegram: an update PTB cannot read (%r); kept raw", error)
                    last = await self.accept_raw(await self.fetch_raw(offset))
                else:
                    if not done or updates is None:
                        break
                    await self.accept(updates)
                    last = updates[-1].update_id if updates else None
            except Exception as error:  # Telegram or the database unreachable: confirm nothing
                failures += 1
                delay = min(FETCH_RETRY_MAX_SECONDS, 0.5 * 2 ** min(failures - 1, 10))
                log.warning("telegram polling: %r; again in %.1f s", error, delay)
                await wait_any([stop], delay)
                continue
            failures = 0
            if last is not None:
                offset = last + 1
        if offset is not None:
            await self._confirm(offset)

    async def _confirm(self, offset: int) -> None:
        """Tell Telegram that everything before `offset` was kept (one short call)."""
        try:
            await self.application.bot.get_updates(offset=offset, timeout=0, limit=1)
        except Exception as error:  # they come again on the next start and are dropped then
            log.warning("telegram: confirming updates before %s failed: %r", offset, error)

    async def serve_webhook(self, stop: asyncio.Event, ready: asyncio.Event | None = None) -> None:
        """Receive updates on PTB's webhook server until `stop` (see the module docstring)."""
        settings = self.ws.settings
        updater = Updater(bot=self.application.bot, update_queue=CommittingQueue(self))
        async with updater:
            await updater.start_webhook(
                listen=settings.telegram_webhook_listen,
                port=settings.telegram_webhook_port,
                url_path=urlsplit(settings.telegram_webhook_url).path.strip("/"),
                webhook_url=settings.telegram_webhook_url,
                secret_token=webhook_secret(settings),
                allowed_updates=list(ALLOWED_UPDATES),
            )
            if ready is not None:
                ready.set()
            await stop.wait()
            await updater.stop()

    async def deliver_once(self) -> int:
        """Report the sends another worker left unfinished, queue the staff notices due,
        then send the due chat entries; how many were sent."""
        await self.release_interrupted()
        await asyncio.to_thread(queue_staff_notices, self.ws, self.notices)
        return await deliver_due_chat(self.ws, self.application.bot)

    async def deliver(self, stop: asyncio.Event) -> None:
        """Deliver whenever woken (a message was processed) and every few seconds."""
        while not stop.is_set():
            self.wake.clear()
            try:
                await self.deliver_once()
            except Exception as error:  # the database or Telegram away: next round
                log.warning("telegram delivery: %r", error)
            await wait_any([self.wake, stop], DELIVERY_POLL_SECONDS)

    async def release_interrupted(self, *, at_start_up: bool = False) -> int:
        """Mark failed (never resend) the chat entries a worker left `sending` when it
        stopped: claims older than the lease, and at start-up on SQLite (one instance) all."""
        now = self.ws.now()
        everything = at_start_up and is_sqlite(self.ws.engine)
        claimed_before = now if everything else now - CLAIM_LEASE
        return await asyncio.to_thread(release_interrupted, self.ws, CHAT, claimed_before)

    async def run(self, stop: asyncio.Event, ready: asyncio.Event | None = None) -> None:
        """Run until `stop` is set: receive (polling or webhook) and deliver."""
        finished = asyncio.Event()
        async with self.application:  # getMe; shut down at the end
            await self.release_interrupted(at_start_up=True)
            delivery = asyncio.create_task(self.deliver(finished))
            try:
                if self.ws.settings.telegram_webhook_url:
                    await self.serve_webhook(stop, ready)
                else:
                    await self.poll(stop, ready)
            finally:
                finished.set()
                await delivery


async def run_telegram(
    ws: Workspace,
    stop: asyncio.Event,
    ready: asyncio.Event | None = None,
    *,
    on_processed: Callable[[], None] | None = None,
) -> None:
    """The bot of `intake serve`: runs until `stop` is set (requires `telegram_token`).
    `on_processed` is called after each customer message was processed (wake mail delivery);
    to have chat replies queued elsewhere sent at once, create the bot with
    `TelegramBot.create` and set its `wake` event."""
    await TelegramBot.create(ws, on_processed=on_processed).run(stop, ready)
