"""What `intake status` reports: the running instance, what is configured, and the counts.

`intake serve` writes `serve.json` in the data folder while it runs (pid, start time, where
each part listens); status reads it and checks that the process is alive.
"""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, func, select

from intake.settings import Settings
from workflows.models import Case, InboundMessage, Outbox
from workflows.outbox import FAILED, PENDING, SENDING, THROTTLED, UNDELIVERED
from workflows.pipeline import FAILED as MESSAGE_FAILED
from workflows.pipeline import MAX_ATTEMPTS, STORED
from workflows.states import OPEN_STATES

RUNNING_FILE = "serve.json"


def running_file(settings: Settings) -> Path:
    return settings.home / RUNNING_FILE


def write_running(settings: Settings, parts: dict[str, str]) -> None:
    """Record this process as the running instance (replaced atomically)."""
    record = {
        "pid": os.getpid(),
        "started": datetime.now(UTC).isoformat(timespec="seconds"),
        "parts": parts,
    }
    path = running_file(settings)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n", "utf-8")
    temporary.replace(path)


def clear_running(settings: Settings) -> None:
    running_file(settings).unlink(missing_ok=True)


def read_running(settings: Settings) -> dict[str, Any] | None:
    """The running instance's record, or None when none runs (a stale file is ignored)."""
    try:
        record = json.loads(running_file(settings).read_text("utf-8"))
        os.kill(int(record["pid"]), 0)
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return record


def configured_parts(settings: Settings) -> dict[str, str]:
    """Each part of the intake and what it is configured to do ("off" when it is not)."""
    relay = (
        f"{settings.relay_host}:{settings.relay_port} ({settings.relay_security})"
        if settings.relay_host
        else "off: replies stay queued in the outbox"
    )
    imap = (
        f"{settings.imap_username}@{settings.imap_host}:{settings.imap_port}/"
        f"{settings.imap_folder} ({settings.imap_security})"
        if settings.imap_host
        else "off"
    )
    if not settings.telegram_token:
        telegram = "off"
    elif settings.telegram_webhook_url:
        telegram = f"webhook {settings.telegram_webhook_url}"
    else:
        telegram = "long polling"
    smtp = f"{settings.smtp_host}:{settings.smtp_port}" if settings.smtp_enabled else "off"
    scheduler = (
        f"tick every {settings.tick_seconds} s, digest {settings.digest_time} "
        f"{settings.deadline_timezone}"
    )
    return {
        "smtp": smtp,
        "relay": relay,
        "imap": imap,
        "telegram": telegram,
        "scheduler": scheduler,
    }


def counts(engine: sa.Engine) -> dict[str, int]:
    """Messages waiting or failed, Outbox entries by state, open cases."""
    with Session(engine) as session:

        def count(model: Any, *conditions: Any) -> int:
            query = select(func.count()).select_from(model)
            return session.exec(query.where(*conditions)).one()

        return {
            "messages": count(InboundMessage),
            "unprocessed": count(
                InboundMessage, InboundMessage.state == STORED, InboundMessage.attempts < 1
            ),
            "retrying": count(
                InboundMessage,
                InboundMessage.state == STORED,
                InboundMessage.attempts >= 1,
                InboundMessage.attempts < MAX_ATTEMPTS,
            ),
            "failed": count(InboundMessage, InboundMessage.state == MESSAGE_FAILED),
            "outbox_pending": count(Outbox, Outbox.state == PENDING),
            "outbox_sending": count(Outbox, Outbox.state == SENDING),
            "outbox_failed": count(Outbox, col(Outbox.state).in_((FAILED, UNDELIVERED))),
            "outbox_throttled": count(Outbox, Outbox.state == THROTTLED),
            "open_cases": count(Case, Case.state.in_(sorted(OPEN_STATES))),
        }
