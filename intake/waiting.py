"""Waiting in the serve process: for one of several events, or for a wake-up from a thread."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence


async def wait_any(events: Sequence[asyncio.Event], timeout: float | None) -> None:
    """Return when one of `events` is set or after `timeout` seconds."""
    waiters = [asyncio.ensure_future(event.wait()) for event in events]
    try:
        await asyncio.wait(waiters, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for waiter in waiters:
            waiter.cancel()


class Waker:
    """An asyncio event that any thread may set."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self.event = asyncio.Event()

    def wake(self) -> None:
        self.loop.call_soon_threadsafe(self.event.set)
