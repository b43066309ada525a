"""A fake Telegram Bot API on 127.0.0.1 for tests: python-telegram-bot talks to it over HTTP.

It answers getMe, deleteWebhook, setWebhook, getUpdates (long poll honouring `offset` and
`timeout`; an update is dropped once a later offset confirms it) and sendMessage (a valid
Message). A test pushes updates, reads what was sent, plans sendMessage failures (403, 429
with retry_after, 500) and, in webhook mode, posts updates to the bot as Telegram would.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import aiohttp
from aiohttp import web

TOKEN = "123456:TEST-token"
BOT_USER = {"id": 123456, "is_bot": True, "first_name": "Intake", "username": "intake_bot"}


def text_update(
    user_id: int,
    text: str,
    *,
    language_code: str | None = None,
    update_id: int | None = None,
    message_id: int = 1,
    edited: bool = False,
) -> dict[str, Any]:
    """An update carrying a private text message (or its edit) from `user_id`."""
    sender: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": f"User{user_id}"}
    if language_code:
        sender["language_code"] = language_code
    message: dict[str, Any] = {
        "message_id": message_id,
        "date": int(time.time()),
        "chat": {"id": user_id, "type": "private", "first_name": sender["first_name"]},
        "from": sender,
        "text": text,
    }
    if text.startswith("/"):
        message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
    if edited:
        message["edit_date"] = message["date"] + 1
    update: dict[str, Any] = {"edited_message" if edited else "message": message}
    if update_id is not None:
        update["update_id"] = update_id
    return update


@dataclass
class FakeBotApi:
    port: int = 0
    updates: list[dict[str, Any]] = field(default_factory=list)  # not yet confirmed
    sent: list[dict[str, Any]] = field(default_factory=list)  # sendMessage fields, in order
    log: list[tuple[str, Any]] = field(default_factory=list)  # ("getUpdates", offset), ...
    delivered: list[int] = field(default_factory=list)  # update ids getUpdates returned
    failures: list[tuple[int | None, int, dict[str, Any]]] = field(default_factory=list)
    webhook: dict[str, Any] = field(default_factory=dict)
    _ids: itertools.count = field(default_factory=lambda: itertools.count(1))
    _changed: asyncio.Condition = field(default_factory=asyncio.Condition)
    _runner: web.AppRunner | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    async def start(self) -> None:
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        # a long poll the bot gave up (stop, timeout) must not take updates with it
        self._runner = web.AppRunner(app, shutdown_timeout=0.1, handler_cancellation=True)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    async def push(self, *updates: dict[str, Any]) -> list[int]:
        """Queue updates for getUpdates (numbered when they carry no update_id); their ids."""
        async with self._changed:
            for update in updates:
                update.setdefault("update_id", next(self._ids))
                self.updates.append(update)
            self._changed.notify_all()
        return [update["update_id"] for update in updates]

    def fail_send(self, status: int, *, chat_id: int | None = None, retry_after: int = 0) -> None:
        """Make the next sendMessage (to `chat_id`, or to anyone) fail with `status`."""
        body: dict[str, Any] = {"ok": False, "error_code": status}
        body["description"] = {
            403: "Forbidden: bot was blocked by the user",
            400: "Bad Request: chat not found",
            429: f"Too Many Requests: retry after {retry_after}",
        }.get(status, "Internal Server Error")
        if retry_after:
            body["parameters"] = {"retry_after": retry_after}
        self.failures.append((chat_id, status, body))

    async def wait_for(self, predicate: Callable[[], bool], timeout: float = 10.0) -> None:
        """Return once `predicate()` holds for what was sent or asked; TimeoutError else."""
        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(predicate), timeout)

    def sent_to(self, chat_id: int) -> list[str]:
        return [fields["text"] for fields in self.sent if fields["chat_id"] == chat_id]

    async def post_to_webhook(self, update: dict[str, Any], *, secret: str | None) -> int:
        """POST an update to the webhook set by the bot, as Telegram does; the status."""
        headers = {"X-Telegram-Bot-Api-Secret-Token": secret} if secret else {}
        async with (
            aiohttp.ClientSession() as session,
            session.post(self.webhook["url"], json=update, headers=headers) as response,
        ):
            return response.status

    async def _handle(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != TOKEN:
            return _reply({"ok": False, "error_code": 401, "description": "Unauthorized"}, 401)
        fields = await _fields(request)
        method = request.match_info["method"]
        if method == "getUpdates":
            return _reply(await self._get_updates(fields))
        async with self._changed:
            self.log.append((method, fields))
            self._changed.notify_all()
            if method == "sendMessage":
                return self._send_message(fields)
        answers: dict[str, Any] = {"getMe": BOT_USER, "deleteWebhook": True, "setWebhook": True}
        if method == "setWebhook":
            self.webhook = {"url": fields["url"], "secret": fields.get("secret_token")}
        if method not in answers:
            body = {"ok": False, "error_code": 404, "description": f"Not Found: {method}"}
            return _reply(body, 404)
        return _reply({"ok": True, "result": answers[method]})

    async def _get_updates(self, fields: dict[str, Any]) -> dict[str, Any]:
        offset = fields.get("offset")
        async with self._changed:
            self.log.append(("getUpdates", offset))
            if offset is not None:  # confirms every update before it
                self.updates = [u for u in self.updates if u["update_id"] >= offset]
            self._changed.notify_all()
            timeout = float(fields.get("timeout") or 0)
            limit = int(fields.get("limit") or 100)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._changed.wait_for(lambda: bool(self.updates)), timeout)
            batch = self.updates[:limit]
            self.delivered.extend(update["update_id"] for update in batch)
            return {"ok": True, "result": batch}

    def _send_message(self, fields: dict[str, Any]) -> web.Response:
        chat_id = int(fields["chat_id"])
        for planned in self.failures:
            if planned[0] in (None, chat_id):
                self.failures.remove(planned)
                return _reply(planned[2], planned[1])
        self.sent.append({"chat_id": chat_id, "text": fields["text"]})
        message = {
            "message_id": len(self.sent),
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private"},
            "from": BOT_USER,
            "text": fields["text"],
        }
        return _reply({"ok": True, "result": message})


async def _fields(request: web.Request) -> dict[str, Any]:
    """The call's parameters: PTB posts form fields whose values are JSON-encoded."""
    if request.content_type == "application/json":
        return dict(await request.json())
    fields: dict[str, Any] = {}
    for name, value in (await request.post()).items():
        try:
            fields[name] = json.loads(str(value))
        except json.JSONDecodeError:
            fields[name] = str(value)
    return fields


def _reply(body: dict[str, Any], status: int = 200) -> web.Response:
    return web.json_response(body, status=status)
