"""`intake serve`: one asyncio process that receives, processes and delivers.

Start-up: settings, the single-instance lock (SQLite), the database (migrated), then every
configured part; each says where it listens. Messages stored before a crash are processed
first. SIGTERM or SIGINT stops the receivers, lets the processor finish the batch in hand,
stops delivery and closes the database.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sys
from collections.abc import Callable

from intake.cli_workflow import safe_url
from intake.instance_lock import AlreadyRunning, InstanceLock, sqlite_file
from intake.processor import run_processor
from intake.serve_parts import Context, Part, Starter, starters_for
from intake.settings import Settings, SettingsError, load_settings
from intake.status import clear_running, write_running
from intake.waiting import Waker
from workflows.db import DatabaseError
from workflows.workspace import Workspace, open_workspace

log = logging.getLogger("intake.serve")
QUIET_LOGGERS = ("mail.log", "alembic", "httpx", "apscheduler")


async def run(
    ws: Workspace,
    starters: list[Starter],
    stop: asyncio.Event,
    *,
    announce: Callable[[list[Part]], None] | None = None,
) -> None:
    """Start the processor and every part, wait for `stop`, then stop them in reverse."""
    context = Context(ws, stop, Waker(asyncio.get_running_loop()))
    processor = asyncio.create_task(
        run_processor(ws, context.inbound, stop, on_processed=context.replies_queued),
        name="processor",
    )
    parts: list[Part] = []
    try:
        for start in starters:
            parts.append(await start(context))
        if announce is not None:
            announce(parts)
        await stop.wait()
    finally:
        stop.set()
        for part in reversed(parts):
            try:
                await part.stop()
            except Exception:
                log.exception("stopping %s failed", part.name)
        await processor


def _announce(settings: Settings) -> Callable[[list[Part]], None]:
    def announce(parts: list[Part]) -> None:
        where = {part.name: part.where for part in parts}
        write_running(settings, where)
        print(
            f"win-intake: database {safe_url(settings.database_url)}, data {settings.home}",
            flush=True,
        )
        for name, place in where.items():
            print(f"  {name:<10}{place}", flush=True)
        print("win-intake: running; stop with Ctrl-C or SIGTERM", flush=True)

    return announce


async def serve(settings: Settings) -> None:
    """Run until SIGTERM or SIGINT."""
    ws = open_workspace(settings)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signal_number in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signal_number, stop.set)
    try:
        await run(ws, starters_for(settings), stop, announce=_announce(settings))
    finally:
        clear_running(settings)
        ws.engine.dispose()
        print("win-intake: stopped", flush=True)


def serve_forever() -> int:
    """The `intake serve` command: its exit status."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    for chatty in QUIET_LOGGERS:  # a line per SMTP command or migration step is noise here
        logging.getLogger(chatty).setLevel(logging.WARNING)
    try:
        settings = load_settings()
    except SettingsError as error:
        print(f"intake serve: {error}", file=sys.stderr)
        return 2
    database_file = sqlite_file(settings.database_url)
    lock = InstanceLock(database_file) if database_file is not None else None
    try:
        with lock if lock is not None else contextlib.nullcontext():
            asyncio.run(serve(settings))
    except (AlreadyRunning, SettingsError, DatabaseError, OSError) as error:
        print(f"intake serve: {error}", file=sys.stderr)
        return 2
    return 0
