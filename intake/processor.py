"""Process stored messages as they arrive: receivers wake it, a timer is the safety net.

The receivers commit raw messages and call `Waker.wake()`; the processor runs
`workflows.pipeline.process_pending` in a worker thread (the database layer is synchronous)
until nothing is left, then waits for the next wake-up or `poll_seconds` (work stored by
another instance on PostgreSQL, or a message whose earlier attempt failed).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from intake.waiting import Waker, wait_any
from workflows.pipeline import process_pending
from workflows.workspace import Workspace

log = logging.getLogger(__name__)

BATCH = 20  # messages per worker-thread call: the stop request is checked between batches


async def run_processor(
    ws: Workspace,
    waker: Waker,
    stop: asyncio.Event,
    *,
    poll_seconds: float = 30.0,
    on_processed: Callable[[int], None] | None = None,
) -> None:
    """Process pending messages until `stop` is set; the batch in hand is finished first."""
    while not stop.is_set():
        waker.event.clear()
        try:
            done = await asyncio.to_thread(process_pending, ws, BATCH)
        except Exception:  # the database is away: log, wait, try again
            log.exception("processing stored messages failed; retrying in %s s", poll_seconds)
            done = 0
        if done and on_processed is not None:
            on_processed(done)
        if done >= BATCH:
            continue
        await wait_any([waker.event, stop], poll_seconds)
