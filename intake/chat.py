"""Read one Telegram update (the raw JSON the Bot API sent) into the facts the intake needs."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any


class ChatParseError(ValueError):
    """The bytes are not a Telegram update carrying a message."""


@dataclass(frozen=True, slots=True)
class ChatMessage:
    update_id: int | None
    user_id: int
    chat_id: int
    text: str
    display_name: str
    username: str
    language_code: str
    sent_at: datetime | None


def make_update(user_id: int, text: str, *, update_id: int | None = None) -> bytes:
    """A minimal update JSON for a text message from `user_id` in a private chat."""
    update: dict[str, Any] = {
        "message": {"from": {"id": user_id}, "chat": {"id": user_id, "type": "private"}}
    }
    update["message"]["text"] = text
    if update_id is not None:
        update["update_id"] = update_id
    return json.dumps(update, ensure_ascii=False).encode("utf-8")


def parse_update(raw: bytes) -> ChatMessage:
    """The message of an update (`message` or `edited_message`); captions count as text."""
    try:
        update = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ChatParseError(f"not a JSON update: {error}") from None
    if not isinstance(update, dict):
        raise ChatParseError("not a JSON object")
    message = update.get("message") or update.get("edited_message")
    if not isinstance(message, dict):
        raise ChatParseError("the update carries no message")
    sender = message.get("from") or {}
    chat = message.get("chat") or {}
    try:
        user_id = int(sender["id"])
        chat_id = int(chat.get("id", user_id))
    except (KeyError, TypeError, ValueError):
        raise ChatParseError("the message has no sender id") from None
    text = message.get("text") or message.get("caption") or ""
    names = (sender.get("first_name") or "", sender.get("last_name") or "")
    sent = message.get("date")
    update_id = update.get("update_id")
    return ChatMessage(
        update_id=int(update_id) if isinstance(update_id, int) else None,
        user_id=user_id,
        chat_id=chat_id,
        text=str(text),
        display_name=" ".join(name for name in names if name),
        username=str(sender.get("username") or ""),
        language_code=str(sender.get("language_code") or ""),
        sent_at=datetime.fromtimestamp(sent, UTC) if isinstance(sent, int) else None,
    )
