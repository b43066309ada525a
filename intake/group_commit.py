"""Group commit: messages that arrive together are committed together.

A durable commit waits for the disk (one fsync), which costs milliseconds; committing each
of twenty concurrent SMTP deliveries alone would queue twenty fsyncs. Here the deliveries
that arrive while a commit is under way wait for the next one, and share it. Each caller
still learns only after its own message is on disk.
"""

from __future__ import annotations

import asyncio
from typing import Any

from workflows.pipeline import Stored, store_many
from workflows.workspace import Workspace

Waiting = tuple[bytes, dict[str, Any] | None, asyncio.Future[Stored]]


class GroupCommit:
    """Stores raw messages of one channel in groups of up to `largest` per commit."""

    def __init__(self, ws: Workspace, channel: str, *, largest: int = 100) -> None:
        self.ws = ws
        self.channel = channel
        self.largest = largest
        self._waiting: list[Waiting] = []
        self._committing: asyncio.Task[None] | None = None

    async def store(self, raw: bytes, envelope: dict[str, Any] | None) -> Stored:
        """Return once `raw` is committed; raises what the commit raised."""
        future: asyncio.Future[Stored] = asyncio.get_running_loop().create_future()
        self._waiting.append((raw, envelope, future))
        if self._committing is None or self._committing.done():
            self._committing = asyncio.ensure_future(self._commit_all())
        return await future

    async def _commit_all(self) -> None:
        while self._waiting:
            group, self._waiting = self._waiting[: self.largest], self._waiting[self.largest :]
            await self._commit(group)

    async def _commit(self, group: list[Waiting]) -> None:
        messages = [(raw, self.channel, envelope) for raw, envelope, _future in group]
        try:
            results = await asyncio.to_thread(store_many, self.ws, messages)
        except Exception as error:
            if len(group) > 1:  # one message may be the cause: the others are not held back
                for single in group:
                    await self._commit([single])
                return
            results, failure = [], error
        else:
            failure = None
        for position, (_raw, _envelope, future) in enumerate(group):
            if future.done():  # its caller is gone; the message is stored all the same
                continue
            if failure is not None:
                future.set_exception(failure)
            else:
                future.set_result(results[position])
