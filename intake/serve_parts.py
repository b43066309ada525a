"""The parts `intake serve` runs, each started from the settings that switch it on."""

from __future__ import annotations

import asyncio
import contextlib
import socket
from asyncio import FIRST_COMPLETED
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from intake.delivery import run_delivery_loop
from intake.settings import Settings, SettingsError
from intake.smtp_receiver import start_smtp_receiver
from intake.waiting import Waker
from workflows.workspace import Workspace


@dataclass
class Part:
    """A running part of the intake: where it listens, and how to stop it."""

    name: str
    where: str
    stop: Callable[[], Awaitable[None]]


@dataclass
class Context:
    """What every part gets: the workspace, the stop signal, and the two wake-ups."""

    ws: Workspace
    stop: asyncio.Event
    inbound: Waker  # receivers call inbound.wake() once a message is committed
    outbound: list[asyncio.Event] = field(default_factory=list)

    def outbound_event(self) -> asyncio.Event:
        """A new event set whenever processing may have queued replies."""
        event = asyncio.Event()
        self.outbound.append(event)
        return event

    def replies_queued(self, _count: int = 0) -> None:
        for event in self.outbound:
            event.set()


Starter = Callable[[Context], Awaitable[Part]]
STARTUP_SECONDS = 60.0


def _task_part(name: str, where: str, task: asyncio.Task[None]) -> Part:
    """A part that is one task ending when the stop signal is set (it finishes the work in
    hand: never cancelled)."""

    async def wait_for_task() -> None:
        await task

    return Part(name, where, wait_for_task)


async def start_smtp(context: Context) -> Part:
    receiver = await start_smtp_receiver(context.ws, on_stored=context.inbound.wake)
    host, port = receiver.address
    recipients = ", ".join(sorted(context.ws.settings.smtp_recipient_addresses))
    return Part("smtp", f"smtp://{host}:{port} for {recipients}", receiver.close)


async def start_mail_delivery(context: Context) -> Part:
    settings = context.ws.settings
    loop = run_delivery_loop(context.ws, context.outbound_event(), context.stop)
    task = asyncio.create_task(loop, name="mail delivery")
    where = (
        f"relay {settings.relay_host}:{settings.relay_port} ({settings.relay_security})"
        if settings.relay_host
        else "no relay_host set: replies stay queued in the outbox"
    )
    return _task_part("delivery", where, task)


async def _started(name: str, task: asyncio.Task[None], ready: asyncio.Event) -> None:
    """Wait until a task part says it is ready; its start-up error stops serve, naming it."""
    waiter = asyncio.ensure_future(ready.wait())
    await asyncio.wait([waiter, task], timeout=STARTUP_SECONDS, return_when=FIRST_COMPLETED)
    waiter.cancel()
    if task.done():
        error = task.exception()
        raise SettingsError(f"{name}: did not start: {error or 'it ended at once'}")
    if not ready.is_set():
        task.cancel()
        raise SettingsError(f"{name}: not ready after {STARTUP_SECONDS} s")


async def start_imap(context: Context) -> Part:
    from intake.imap_poller import check_settings, run_imap_poller

    settings = context.ws.settings
    check_settings(settings)  # a missing user name or password stops serve now, named
    poller = run_imap_poller(context.ws, context.inbound.wake, context.stop)
    task = asyncio.create_task(poller, name="imap")
    where = (
        f"imap {settings.imap_username}@{settings.imap_host}:{settings.imap_port}"
        f"/{settings.imap_folder} ({settings.imap_security})"
    )
    return _task_part("imap", where, task)


async def start_telegram(context: Context) -> Part:
    from bots.telegram_bot import TelegramBot  # python-telegram-bot loads only when used

    settings = context.ws.settings
    bot = TelegramBot.create(context.ws, on_processed=context.replies_queued)
    context.outbound.append(bot.wake)
    ready = asyncio.Event()
    task = asyncio.create_task(bot.run(context.stop, ready), name="telegram")
    await _started("settings telegram_token and telegram_base_url", task, ready)
    if settings.telegram_webhook_url:
        where = (
            f"webhook {settings.telegram_webhook_url} on "
            f"{settings.telegram_webhook_listen}:{settings.telegram_webhook_port}"
        )
    else:
        where = f"long polling {settings.telegram_base_url}"
    return _task_part("telegram", where, task)


async def start_scheduler(context: Context) -> Part:
    """The deadline scheduler: ticks for due reminders, escalations and expiries, and the
    daily digest; what it queues wakes the delivery."""
    from intake.deadline_scheduler import start_deadline_scheduler

    scheduler = start_deadline_scheduler(context.ws, context.replies_queued)
    return Part("scheduler", scheduler.where, scheduler.stop)


def _console_socket(host: str, port: int) -> socket.socket:
    """The console's listening socket, bound here so that a port in use is named at start."""
    try:
        family, kind, proto, _name, address = socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM
        )[0]
        listener = socket.socket(family, kind, proto)
    except OSError as error:
        raise SettingsError(f"setting console_host: {host!r}: {error}") from None
    try:
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(address)
    except OSError as error:
        listener.close()
        raise SettingsError(
            f"setting console_port: cannot listen on {host}:{port}: {error.strerror or error}"
        ) from None
    return listener


async def start_console(context: Context) -> Part:
    """The staff console: uvicorn in this event loop, on console_host:console_port."""
    import uvicorn  # the web stack loads only when the console runs

    from console.app import create_app

    ready = asyncio.Event()

    class ConsoleServer(uvicorn.Server):
        @contextlib.contextmanager
        def capture_signals(self) -> Iterator[None]:
            yield  # `intake serve` handles SIGTERM and SIGINT itself

        async def startup(self, sockets: list[socket.socket] | None = None) -> None:
            await super().startup(sockets=sockets)
            ready.set()

    settings = context.ws.settings
    listener = _console_socket(settings.console_host, settings.console_port)
    config = uvicorn.Config(
        create_app(context.ws),
        log_level="warning",
        access_log=False,
        server_header=False,
        lifespan="off",
        proxy_headers=False,
    )
    server = ConsoleServer(config)
    task = asyncio.create_task(_run_console(server, listener), name="console")
    await _started("settings console_host and console_port", task, ready)

    async def stop() -> None:
        server.should_exit = True
        await task

    where = f"http://{settings.console_host}:{settings.console_port}/"
    if settings.public_url:
        where += f" (public {settings.public_url})"
    return Part("console", where, stop)


async def _run_console(server: Any, listener: socket.socket) -> None:
    """Serve on `listener` until the server is told to exit."""
    try:
        await server.serve(sockets=[listener])
    finally:
        listener.close()


def starters_for(settings: Settings) -> list[Starter]:
    """The parts the settings switch on; receivers last, so that their work finds the rest."""
    starters: list[Starter] = [start_mail_delivery, start_scheduler]
    if settings.imap_host:
        starters.append(start_imap)
    if settings.telegram_token:
        starters.append(start_telegram)
    if settings.smtp_enabled:
        starters.append(start_smtp)
    starters.append(start_console)
    return starters
