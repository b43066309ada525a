"""The scheduler part of `intake serve`: APScheduler jobs that tick and queue the digest, and
a stop that waits for the run in hand. No sleeping: the tests wait for the scheduler's runs."""

from __future__ import annotations

import asyncio
import threading
from datetime import timedelta

from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger
from workflow_helpers import cases, mail, make_workspace, outbox

from intake import deadline_scheduler
from intake.deadline_scheduler import start_deadline_scheduler
from intake.serve_parts import start_scheduler, starters_for
from workflows.deadline_tick import TickResult
from workflows.pipeline import ingest

STAFF_ADDRESS = "privacy-desk@example.org"
TIMEOUT = 30


async def _until(scheduler: deadline_scheduler.DeadlineScheduler, done) -> None:
    """Wait (at most TIMEOUT seconds) until `done()` holds after one of the scheduler's runs."""

    async def wait() -> None:
        while not done():
            await scheduler.ran.wait()
            scheduler.ran.clear()

    await asyncio.wait_for(wait(), TIMEOUT)


async def test_the_scheduler_ticks_at_start_queues_the_digest_and_wakes_the_delivery(
    engine, tmp_path
):
    ws = make_workspace(
        engine, tmp_path, staff_address=STAFF_ADDRESS, digest_time="00:00", tick_seconds=30
    )
    ingest(ws, mail("ken@example.com", "How long do you keep access logs?"), "email")
    [case] = cases(ws.engine)
    ws.clock.current = case.next_notice_at + timedelta(minutes=1)
    queued: list[int] = []
    scheduler = start_deadline_scheduler(ws, queued.append)
    try:
        await _until(scheduler, lambda: scheduler.ticks >= 1 and scheduler.digests >= 1)
        tick = scheduler.scheduler.get_job("deadline-tick")
        digest = scheduler.scheduler.get_job("daily-digest")
        assert isinstance(tick.trigger, IntervalTrigger)
        assert tick.trigger.interval == timedelta(seconds=30)
        assert isinstance(digest.trigger, CronTrigger)
        assert str(digest.trigger.timezone) == "Asia/Tokyo"
        fields = {field.name: str(field) for field in digest.trigger.fields}
        assert (fields["hour"], fields["minute"]) == ("0", "0")
        assert (tick.coalesce, tick.max_instances, tick.misfire_grace_time) == (True, 1, 30)
    finally:
        await scheduler.stop()
    assert not scheduler.scheduler.running
    assert [entry.purpose for entry in outbox(ws.engine)[1:]] == ["staff_reminder", "digest"]
    assert sorted(queued) == [1, 1]


async def test_stopping_waits_for_the_tick_in_hand(engine, tmp_path, monkeypatch):
    ws = make_workspace(engine, tmp_path, digest_time="23:59")
    started, release, finished = threading.Event(), threading.Event(), threading.Event()

    def slow_tick(_ws) -> TickResult:
        started.set()
        release.wait(TIMEOUT)
        finished.set()
        return TickResult()

    monkeypatch.setattr(deadline_scheduler, "run_tick", slow_tick)
    scheduler = start_deadline_scheduler(ws, lambda count: None)
    assert await asyncio.to_thread(started.wait, TIMEOUT)
    stopping = asyncio.create_task(scheduler.stop())
    for _ in range(1000):  # let the loop run the shutdown (no time passes)
        if not scheduler.scheduler.running:
            break
        await asyncio.sleep(0)
    assert not scheduler.scheduler.running
    assert not stopping.done() and not finished.is_set()
    release.set()
    await asyncio.wait_for(stopping, TIMEOUT)
    assert finished.is_set()
    assert await scheduler.tick() is None  # stopped: no new run


async def test_serve_starts_the_scheduler_part(engine, tmp_path):
    from intake.serve_parts import Context
    from intake.waiting import Waker

    ws = make_workspace(engine, tmp_path, tick_seconds=45, digest_time="08:30")
    assert start_scheduler in starters_for(ws.settings)
    context = Context(ws, asyncio.Event(), Waker(asyncio.get_running_loop()))
    part = await start_scheduler(context)
    try:
        assert part.name == "scheduler"
        assert part.where.startswith("every 45 s; digest at 08:30 Asia/Tokyo (no staff_address")
    finally:
        await part.stop()
    staffed = make_workspace(engine, tmp_path, staff_address=STAFF_ADDRESS)
    part = await start_scheduler(Context(staffed, asyncio.Event(), context.inbound))
    try:
        assert part.where == "every 60 s; digest at 09:00 Asia/Tokyo"
    finally:
        await part.stop()
