"""Send the Outbox's chat entries through the Bot API, each at most once.

Each entry is claimed (`sending`, committed) before `send_message`, then settled: sent;
failed for good when Telegram refuses it (the user blocked the bot, the chat is gone) or when
it may have arrived although no answer came back; pending again with backoff when Telegram
asks us to wait or cannot be reached.
"""

from __future__ import annotations

import asyncio
import json
import logging
import warnings
from datetime import timedelta

import httpx
from telegram import Bot
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    NetworkError,
    RetryAfter,
    TelegramError,
)

from workflows.models import Outbox
from workflows.outbox_claims import SENT_OUTCOME, Outcome, claim_due, settle
from workflows.workspace import Workspace

CHAT = "chat"
MAX_MESSAGE_CHARS = 4096  # the Bot API's limit for one message's text
# the request reached Telegram but its answer was lost: the message may have been sent
_ANSWER_LOST = (httpx.ReadTimeout, httpx.ReadError, httpx.RemoteProtocolError)
IN_DOUBT = "no answer from Telegram; the message may have been delivered; check before resending"

log = logging.getLogger(__name__)


def chat_message(entry: Outbox) -> tuple[int, str]:
    """The chat id and text of an entry: its rendered sendMessage fields, else its recipient
    and body."""
    if entry.rendered:
        fields = json.loads(entry.rendered)
        return int(fields["chat_id"]), str(fields["text"])
    return int(entry.recipient), entry.body or ""


def split_text(text: str, limit: int = MAX_MESSAGE_CHARS) -> list[str]:
    """`text` in pieces of at most `limit` characters, cut at line ends where possible."""
    pieces: list[str] = []
    rest = text
    while len(rest) > limit:
        cut = rest.rfind("\n", 0, limit)
        cut = limit if cut <= 0 else cut + 1
        pieces.append(rest[:cut])
        rest = rest[cut:]
    pieces.append(rest)
    return [piece for piece in pieces if piece.strip()] or [text]


def _seconds(value: int | float | timedelta) -> float:
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


def outcome_of(error: TelegramError, parts_sent: int, parts: int) -> Outcome:
    """What a failed send means for the entry (see the module's docstring)."""
    name = type(error).__name__
    text = error.message if error.message.startswith(name) else f"{name}: {error.message}"
    if parts_sent:  # a retry would repeat the parts that went out
        return Outcome(False, f"{parts_sent} of {parts} parts sent, then {text}", permanent=True)
    if isinstance(error, Forbidden | BadRequest | ChatMigrated):
        return Outcome(False, text, permanent=True)
    if isinstance(error, RetryAfter):
        with warnings.catch_warnings():  # the int form of retry_after is deprecated
            warnings.simplefilter("ignore")
            wait = timedelta(seconds=_seconds(error.retry_after))
        return Outcome(False, text, wait=wait)
    if isinstance(error, NetworkError) and isinstance(error.__cause__, _ANSWER_LOST):
        return Outcome(False, f"{IN_DOUBT} ({text})", permanent=True)
    return Outcome(False, text)


async def send_entry(bot: Bot, entry: Outbox) -> Outcome:
    """Send one claimed entry (in several messages when it is too long for one)."""
    try:
        chat_id, text = chat_message(entry)
    except (ValueError, KeyError, TypeError) as error:
        return Outcome(False, f"unreadable chat entry: {error}", permanent=True)
    parts = split_text(text)
    sent = 0
    try:
        for part in parts:
            await bot.send_message(chat_id=chat_id, text=part)
            sent += 1
    except TelegramError as error:
        return outcome_of(error, sent, len(parts))
    return SENT_OUTCOME


async def deliver_due_chat(ws: Workspace, bot: Bot, limit: int | None = None) -> int:
    """Send the due pending chat entries, one claim at a time; how many were sent."""
    sent = 0
    handled = 0
    while limit is None or handled < limit:
        claimed = await asyncio.to_thread(claim_due, ws, CHAT, 1)
        if not claimed:
            break
        entry = claimed[0]
        outcome = await send_entry(bot, entry)
        await asyncio.to_thread(settle, ws, entry.id, outcome)
        if not outcome.sent:
            log.warning("chat entry %s not sent: %s", entry.id, outcome.error)
        sent += outcome.sent
        handled += 1
    return sent
