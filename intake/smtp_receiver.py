"""The SMTP receiver: aiosmtpd inside the serve process's event loop.

Mail is accepted for the configured recipient addresses only (`550` for others), up to
`smtp_max_bytes` (`552` above it). A message is answered `250` only after its raw bytes and
envelope are committed through `workflows.pipeline.store_many`; when that fails the answer is
`451`, so the sender keeps the message and retries. STARTTLS is offered when a certificate
and key are configured.
"""

from __future__ import annotations

import asyncio
import logging
import socket
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from aiosmtpd.smtp import SMTP, Envelope, Session

from intake.group_commit import GroupCommit
from intake.settings import Settings, SettingsError
from workflows.pipeline import Stored
from workflows.workspace import Workspace

log = logging.getLogger(__name__)

IDENT = "win-intake ESMTP"
BACKLOG = 512  # connections the kernel queues before they are accepted
SHUTDOWN_GRACE_SECONDS = 10.0  # how long `close` lets stores in flight finish and answer


def _nothing() -> None:
    return None


def format_peer(peer: Any) -> str:
    """`host:port` (`[host]:port` for IPv6) of a session's peer, or what aiosmtpd gave."""
    if isinstance(peer, tuple) and len(peer) >= 2:
        host, port = peer[0], peer[1]
        return f"[{host}]:{port}" if ":" in str(host) else f"{host}:{port}"
    return str(peer)


class IntakeHandler:
    """aiosmtpd hooks: accept mail for our addresses, keep each message, then tell
    `on_stored` (the serve process wakes the processor with it)."""

    def __init__(self, ws: Workspace, on_stored: Callable[[], None] = _nothing) -> None:
        self.ws = ws
        self.on_stored = on_stored
        self.recipients = ws.settings.smtp_recipient_addresses
        self._group = GroupCommit(ws, "email")
        self._storing = 0
        self._stores: set[asyncio.Task] = set()  # kept alive when their client hangs up
        self._idle = asyncio.Event()
        self._idle.set()

    async def handle_EHLO(
        self, server: SMTP, session: Session, envelope: Envelope, hostname: str, responses: list
    ) -> list[str]:
        """aiosmtpd's EHLO lines without AUTH: nobody logs in to a receiving server."""
        session.host_name = hostname
        return [line for line in responses if not line.startswith("250-AUTH")]

    async def handle_RCPT(
        self,
        server: SMTP,
        session: Session,
        envelope: Envelope,
        address: str,
        rcpt_options: list[str],
    ) -> str:
        if address.lower() not in self.recipients:
            log.info("smtp: refused recipient %r from %s", address, format_peer(session.peer))
            return "550 5.1.1 No such mailbox here"
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        """Commit the message, then answer; a store that fails is answered `451`."""
        raw = envelope.original_content or b""
        facts = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": list(envelope.rcpt_tos),
            "peer": format_peer(session.peer),
            "helo": session.host_name,
            "tls": session.ssl is not None,
            "received_at": self.ws.now().isoformat(),
        }
        self._storing += 1
        self._idle.clear()
        try:
            # shielded: a client that hangs up mid-store does not cancel the commit
            task = asyncio.ensure_future(self._keep(raw, facts))
            self._stores.add(task)
            task.add_done_callback(self._stores.discard)
            stored = await asyncio.shield(task)
        finally:
            self._storing -= 1
            if not self._storing:
                self._idle.set()
        if stored is None:
            return "451 4.3.0 Message not stored; please try again later"
        return f"250 2.0.0 OK: stored as {stored.inbound_id}"

    async def _keep(self, raw: bytes, facts: dict[str, Any]) -> Stored | None:
        """Store one message and tell `on_stored`; None when it could not be stored."""
        try:
            stored = await self._group.store(raw, facts)
        except Exception:
            log.exception("smtp: could not store a message from %s (answered 451)", facts["peer"])
            return None
        log.info(
            "smtp: accepted message %d (%s), %d bytes, from %r to %s, peer %s",
            stored.inbound_id,
            "new" if stored.is_new else "duplicate",
            len(raw),
            facts["mail_from"],
            ", ".join(facts["rcpt_tos"]),
            facts["peer"],
        )
        try:
            self.on_stored()
        except Exception:
            log.exception("smtp: the on_stored callback failed (the message is stored)")
        return stored

    async def wait_idle(self, timeout: float) -> bool:
        """Wait until no store is in flight; False when `timeout` ran out first."""
        try:
            await asyncio.wait_for(self._idle.wait(), timeout)
        except TimeoutError:
            return False
        return True


def smtp_tls_context(settings: Settings) -> ssl.SSLContext | None:
    """The server-side TLS context for STARTTLS, or None when no certificate is configured."""
    if not settings.smtp_tls_cert:
        return None
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    try:
        context.load_cert_chain(settings.smtp_tls_cert, settings.smtp_tls_key)
    except (OSError, ssl.SSLError) as error:
        raise SettingsError(
            f"settings smtp_tls_cert and smtp_tls_key: cannot load {settings.smtp_tls_cert} "
            f"and {settings.smtp_tls_key}: {error}"
        ) from None
    return context


class _Connections:
    """The receiver's open client connections, so `close` can wait for them to end."""

    def __init__(self) -> None:
        self.open: set[SMTP] = set()
        self._none = asyncio.Event()
        self._none.set()

    def add(self, protocol: SMTP) -> None:
        self.open.add(protocol)
        self._none.clear()

    def discard(self, protocol: SMTP) -> None:
        self.open.discard(protocol)
        if not self.open:
            self._none.set()

    async def wait_none(self, timeout: float) -> None:
        try:
            await asyncio.wait_for(self._none.wait(), timeout)
        except TimeoutError:
            log.warning("smtp: %d connections still open after closing", len(self.open))


class _TrackedSMTP(SMTP):
    """aiosmtpd's SMTP protocol, counted among the receiver's open connections."""

    def __init__(self, handler: IntakeHandler, connections: _Connections, **kwargs: Any) -> None:
        super().__init__(handler, **kwargs)
        self._connections = connections
        connections.add(self)

    def connection_lost(self, error: Exception | None) -> None:
        try:
            super().connection_lost(error)
        finally:
            self._connections.discard(self)


@dataclass
class SmtpReceiver:
    """A listening receiver; `close` stops it."""

    server: asyncio.Server
    handler: IntakeHandler
    connections: _Connections

    @property
    def address(self) -> tuple[str, int]:
        host, port = self.server.sockets[0].getsockname()[:2]
        return host, port

    @property
    def open_connections(self) -> int:
        """Client connections open now."""
        return len(self.connections.open)

    async def close(self, grace: float = SHUTDOWN_GRACE_SECONDS) -> None:
        """Stop accepting, let stores in flight commit and answer, then hang up on the rest
        (a sender cut off mid-message retries it later)."""
        self.server.close()
        if not await self.handler.wait_idle(grace):
            log.warning("smtp: stores still in flight after %.0f s; closing anyway", grace)
        for protocol in list(self.connections.open):
            if protocol.transport is not None:
                protocol.transport.close()
        await self.connections.wait_none(grace)
        await self.server.wait_closed()


async def start_smtp_receiver(
    ws: Workspace, on_stored: Callable[[], None] = _nothing
) -> SmtpReceiver:
    """Listen on `smtp_host:smtp_port` in the running loop; raises SettingsError when the
    address cannot be bound or the TLS files cannot be loaded."""
    settings = ws.settings
    loop = asyncio.get_running_loop()
    handler = IntakeHandler(ws, on_stored)
    tls_context = smtp_tls_context(settings)
    hostname = socket.gethostname()  # once: aiosmtpd would ask DNS (getfqdn) per connection
    connections = _Connections()

    def make_protocol() -> SMTP:
        return _TrackedSMTP(
            handler,
            connections,
            data_size_limit=settings.smtp_max_bytes,
            enable_SMTPUTF8=True,
            hostname=hostname,
            ident=IDENT,
            tls_context=tls_context,
            loop=loop,
        )

    try:
        server = await loop.create_server(
            make_protocol, host=settings.smtp_host, port=settings.smtp_port, backlog=BACKLOG
        )
    except OSError as error:
        raise SettingsError(
            f"settings smtp_host and smtp_port: cannot listen on "
            f"{settings.smtp_host}:{settings.smtp_port}: {error.strerror or error}"
        ) from None
    receiver = SmtpReceiver(server, handler, connections)
    log.info(
        "smtp: listening on %s:%d for %s%s",
        *receiver.address,
        ", ".join(sorted(handler.recipients)),
        " (STARTTLS offered)" if tls_context else "",
    )
    return receiver
