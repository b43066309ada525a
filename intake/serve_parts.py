"""The parts `intake serve` runs, each started from the settings that switch it on."""

from __future__ import annotations

import asyncio
from asyncio import FIRST_COMPLETED
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

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


def starters_for(settings: Settings) -> list[Starter]:
    """The parts the settings switch on; receivers last, so that their work finds the rest."""
    starters: list[Starter] = [start_mail_delivery, start_scheduler]
    if settings.imap_host:
        starters.append(start_imap)
    if settings.telegram_token:
        starters.append(start_telegram)
    if settings.smtp_enabled:
        starters.append(start_smtp)
    return starters
