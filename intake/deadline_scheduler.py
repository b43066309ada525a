"""The deadline scheduler of `intake serve`: APScheduler 3.11 only says when to look.

An `AsyncIOScheduler` with jobs kept in memory: a tick every `tick_seconds` (the first at
start) and the staff digest each day at `digest_time` in `deadline_timezone`. Both run the
database work in a thread (`run_tick`, `daily_digest`); what is due and what was done lives
in the database, so a restart loses nothing and a missed run is made up by the next one.
A digest missed while serve was down is queued at start (once a day: its Outbox key).
Runs never overlap (`max_instances=1`); runs late by up to one interval still happen, and
several missed ones run once (`coalesce`). Stopping lets the run in hand finish.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any, TypeVar

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from workflows.deadline_tick import TickResult, run_tick
from workflows.digest import daily_digest
from workflows.staff_mail import STAFF, destinations
from workflows.workspace import Workspace

log = logging.getLogger("intake.deadline_scheduler")
DIGEST_GRACE_SECONDS = 3 * 3600  # a digest run this late (the loop was busy) still happens
T = TypeVar("T")


class DeadlineScheduler:
    """The tick and digest jobs on the running event loop; `on_queued(n)` after a run
    that queued `n` messages (it wakes the delivery)."""

    def __init__(self, ws: Workspace, on_queued: Callable[[int], None]) -> None:
        self.ws = ws
        self.on_queued = on_queued
        self.scheduler = AsyncIOScheduler(
            timezone=ws.settings.deadline_zone,
            job_defaults={"coalesce": True, "max_instances": 1},
        )
        self.ticks = 0  # ticks completed
        self.digests = 0  # digest runs completed
        self.ran = asyncio.Event()  # set after each completed run
        self._stopping = False
        self._in_hand: set[asyncio.Future[Any]] = set()

    def start(self) -> None:
        settings = self.ws.settings
        zone = settings.deadline_zone
        now = datetime.now(zone)
        self.scheduler.add_job(
            self.tick,
            IntervalTrigger(seconds=settings.tick_seconds, timezone=zone),
            id="deadline-tick",
            next_run_time=now,
            misfire_grace_time=settings.tick_seconds,
        )
        clock = settings.digest_clock
        self.scheduler.add_job(
            self.digest,
            CronTrigger(hour=clock.hour, minute=clock.minute, timezone=zone),
            id="daily-digest",
            misfire_grace_time=DIGEST_GRACE_SECONDS,
        )
        if now.time() >= clock:  # today's digest, if serve was down at its time
            self.scheduler.add_job(self.digest, id="digest-at-start", next_run_time=now)
        self.scheduler.start()

    @property
    def where(self) -> str:
        """What `intake serve` prints for this part; it warns when staff hear nothing."""
        settings = self.ws.settings
        where = (
            f"every {settings.tick_seconds} s; digest at {settings.digest_time}"
            f" {settings.deadline_timezone}"
        )
        if destinations(settings, STAFF) == (None, None):
            where += " (no staff_address or staff chat: reminders reach only the audit trail)"
        return where

    async def tick(self) -> TickResult | None:
        """One tick in a thread; its result (None when stopping or when it failed)."""
        result = await self._in_thread(run_tick, self.ws)
        if result is not None:
            self.ticks += 1
            if result.notices:
                self.on_queued(result.notices)
            self.ran.set()
        return result

    async def digest(self) -> bool | None:
        """Queue today's digest in a thread, unless it was queued already."""
        queued = await self._in_thread(daily_digest, self.ws)
        if queued is not None:
            self.digests += 1
            if queued:
                self.on_queued(1)
            self.ran.set()
        return queued

    async def _in_thread(self, work: Callable[[Workspace], T], ws: Workspace) -> T | None:
        """`work(ws)` in a thread that stopping waits for (the job itself may be cancelled
        by the scheduler's shutdown; the thread's transaction still ends as it would)."""
        if self._stopping:
            return None
        future = asyncio.ensure_future(asyncio.to_thread(work, ws))
        self._in_hand.add(future)
        future.add_done_callback(self._in_hand.discard)
        try:
            return await asyncio.shield(future)
        except Exception:
            log.exception("%s failed; the next run tries again", work.__name__)
            return None

    async def stop(self) -> None:
        """No new runs; wait for the one in hand."""
        self._stopping = True
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)
        await asyncio.sleep(0)  # the shutdown runs on the loop (call_soon_threadsafe)
        if self._in_hand:
            await asyncio.gather(*self._in_hand, return_exceptions=True)


def start_deadline_scheduler(ws: Workspace, on_queued: Callable[[int], None]) -> DeadlineScheduler:
    """A started scheduler; it needs the running event loop."""
    scheduler = DeadlineScheduler(ws, on_queued)
    scheduler.start()
    return scheduler
