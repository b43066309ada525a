"""Outbound mail delivery: due `email` Outbox entries go to the relay, each claimed first.

Claims follow `workflows.outbox_claims` (committed `sending` before the send, so nothing is sent
twice; an entry left `sending` by a crash is reported failed, never resent). A refusal of the
message decides its entry (5xx failed, 4xx retried with backoff); a failure of the relay
itself (connection, TLS, login) retries the entry and ends the round, leaving the rest
pending.

`deliver_due_mail` is one blocking round (run it in a thread); `run_delivery_loop` is the
serve process's task that runs a round every few seconds and whenever it is woken.
"""

from __future__ import annotations

import asyncio
import logging
import smtplib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from intake.mail_relay import MailRelay
from intake.settings import Settings
from intake.waiting import wait_any
from workflows.db import is_sqlite
from workflows.models import Outbox
from workflows.outbox import FAILED, PENDING
from workflows.outbox_claims import SENT_OUTCOME, Outcome, claim_due, release_interrupted, settle
from workflows.workspace import Workspace

log = logging.getLogger(__name__)

EMAIL = "email"
ROUND_LIMIT = 20  # entries a round attempts at most, so a stop request is heard soon
INTERVAL_SECONDS = 5.0
MIN_LEASE_SECONDS = 600

Send = Callable[[str, str, bytes], None]  # (envelope sender, recipient, message bytes)


@dataclass
class DeliveryRound:
    """What one round did."""

    sent: int = 0
    retrying: int = 0
    failed: int = 0
    interrupted: int = 0  # found `sending` after a crash: reported, not sent

    @property
    def attempted(self) -> int:
        return self.sent + self.retrying + self.failed


def claim_lease(settings: Settings) -> timedelta:
    """How long after its claim an entry may still be on its way: far longer than one send
    can take with the relay's timeout. A claim older than that was interrupted."""
    return timedelta(seconds=max(MIN_LEASE_SECONDS, 10 * settings.relay_timeout_seconds))


def _reply(code: int, reply: bytes | str) -> str:
    text = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else reply
    return f"{code} {' '.join(text.split())}"


def refuses_the_message(error: Exception) -> bool:
    """The relay answered for this message (RCPT or DATA refused); anything else is a
    failure of the relay itself (connection, TLS, login, our sender refused)."""
    return isinstance(error, smtplib.SMTPRecipientsRefused | smtplib.SMTPDataError)


def classify_failure(error: Exception) -> Outcome:
    """A refusal of this message: permanent on 5xx, retried on 4xx; a failure of the relay
    itself: retried."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        code, reply = next(iter(error.recipients.values()), (0, b"no reply"))
        return Outcome(False, f"recipient refused: {_reply(code, reply)}", permanent=code >= 500)
    if isinstance(error, smtplib.SMTPDataError):
        reason = f"message refused: {_reply(error.smtp_code, error.smtp_error)}"
        return Outcome(False, reason, permanent=error.smtp_code >= 500)
    if isinstance(error, smtplib.SMTPAuthenticationError):
        return Outcome(False, f"relay login failed: {_reply(error.smtp_code, error.smtp_error)}")
    if isinstance(error, smtplib.SMTPSenderRefused):
        reply = _reply(error.smtp_code, error.smtp_error)
        return Outcome(False, f"relay refused our sender: {reply}")
    if isinstance(error, smtplib.SMTPResponseException):
        return Outcome(False, f"relay error: {_reply(error.smtp_code, error.smtp_error)}")
    if isinstance(error, smtplib.SMTPException | OSError):
        return Outcome(False, f"relay unreachable: {error or type(error).__name__}")
    return Outcome(False, f"{type(error).__name__}: {error}")


def _attempt(ws: Workspace, entry: Outbox, send: Send) -> tuple[Outcome, bool]:
    """Send one claimed entry; its outcome, and whether the relay itself failed."""
    if entry.rendered is None:
        return Outcome(False, "nothing rendered to send", permanent=True), False
    try:
        send(ws.settings.support_address, entry.recipient, entry.rendered)
    except Exception as error:
        return classify_failure(error), not refuses_the_message(error)
    return SENT_OUTCOME, False


def release_interrupted_mail(ws: Workspace, *, at_start_up: bool = False) -> int:
    """Mark failed (never resend) the mail entries a worker left `sending` when it died:
    claims older than the lease, and at start-up on SQLite (one instance only) all."""
    now = ws.now()
    everything = at_start_up and is_sqlite(ws.engine)
    claimed_before = now if everything else now - claim_lease(ws.settings)
    return release_interrupted(ws, EMAIL, claimed_before)


def deliver_due_mail(ws: Workspace, send: Send, *, limit: int = ROUND_LIMIT) -> DeliveryRound:
    """One round: report entries interrupted by a crash, then claim, send and settle up to
    `limit` due entries, one at a time; stops early when the relay itself fails. Nothing is
    sent (entries stay pending) when no relay_host is configured."""
    done = DeliveryRound(interrupted=release_interrupted_mail(ws))
    if not ws.settings.relay_host:
        return done
    while done.attempted < limit:
        claimed = claim_due(ws, EMAIL, 1)
        if not claimed:
            break
        entry = claimed[0]
        outcome, relay_down = _attempt(ws, entry, send)
        state = settle(ws, entry.id, outcome)
        if outcome.sent:
            done.sent += 1
            log.info("delivery: outbox entry %d (%s) sent", entry.id, entry.purpose)
        elif state == PENDING:
            done.retrying += 1
            log.info("delivery: outbox entry %d retried later: %s", entry.id, outcome.error)
        elif state == FAILED:
            done.failed += 1
            log.warning("delivery: outbox entry %d failed: %s", entry.id, outcome.error)
        else:  # no longer `sending`: reported interrupted while we were at it
            log.warning("delivery: outbox entry %d was settled elsewhere", entry.id)
        if relay_down:
            break
    return done


def _relay_round(ws: Workspace, relay_factory: Callable[[Settings], MailRelay]) -> DeliveryRound:
    with relay_factory(ws.settings) as relay:
        return deliver_due_mail(ws, relay.send)


async def run_delivery_loop(
    ws: Workspace,
    wake: asyncio.Event,
    stop: asyncio.Event,
    *,
    interval: float = INTERVAL_SECONDS,
    relay_factory: Callable[[Settings], MailRelay] = MailRelay,
) -> None:
    """Deliver due mail every `interval` seconds and whenever `wake` is set, until `stop` is
    set (the round under way finishes first: set `stop`, then await this, do not cancel)."""
    try:
        await asyncio.to_thread(release_interrupted_mail, ws, at_start_up=True)
    except Exception:  # the database is away: the rounds report them once it is back
        log.exception("delivery: could not look for deliveries interrupted by a crash")
    while not stop.is_set():
        wake.clear()
        try:
            done = await asyncio.to_thread(_relay_round, ws, relay_factory)
        except Exception:
            log.exception("delivery: a round failed; trying again in %.0f s", interval)
        else:
            if done.attempted >= ROUND_LIMIT:
                continue  # more may be due: no pause
        await wait_any([wake, stop], interval)
