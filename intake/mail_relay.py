"""The outbound mail relay: one smtplib connection, opened as the `relay_*` settings say.

Blocking (smtplib): call it from a worker thread. The connection is opened on the first send
and reused for the next; any error closes it, so the following send starts afresh.
"""

from __future__ import annotations

import smtplib
import ssl
from types import TracebackType

from intake.settings import Settings


class MailRelay:
    """A connection to `relay_host:relay_port` (plain, STARTTLS or TLS, with optional login)."""

    def __init__(self, settings: Settings, ssl_context: ssl.SSLContext | None = None) -> None:
        self.settings = settings
        self.ssl_context = ssl_context or ssl.create_default_context()
        self._client: smtplib.SMTP | None = None

    def _connect(self) -> smtplib.SMTP:
        settings = self.settings
        host, port = settings.relay_host, settings.relay_port
        timeout = settings.relay_timeout_seconds
        local_hostname = settings.mail_domain  # our EHLO name, not a DNS lookup of this host
        if settings.relay_security == "ssl":
            client: smtplib.SMTP = smtplib.SMTP_SSL(
                host, port, local_hostname, timeout=timeout, context=self.ssl_context
            )
        else:
            client = smtplib.SMTP(host, port, local_hostname, timeout=timeout)
        try:
            client.ehlo()
            if settings.relay_security == "starttls":
                client.starttls(context=self.ssl_context)
                client.ehlo()
            if settings.relay_username:
                client.login(settings.relay_username, settings.relay_password)
        except BaseException:
            _close_quietly(client)
            raise
        return client

    def send(self, sender: str, recipient: str, data: bytes) -> None:
        """Hand one message to the relay; raises smtplib's errors (or OSError) when it is not
        taken, `SMTPRecipientsRefused` included."""
        if not self.settings.relay_host:
            raise smtplib.SMTPException("no relay_host configured")
        if self._client is None:
            self._client = self._connect()
        try:
            self._client.sendmail(sender, [recipient], data)
        except BaseException:
            client, self._client = self._client, None
            _close_quietly(client)  # no QUIT: the relay may be the one that stopped answering
            raise

    def close(self) -> None:
        if self._client is not None:
            client, self._client = self._client, None
            _close_quietly(client, polite=True)

    def __enter__(self) -> MailRelay:
        return self

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _value: BaseException | None,
        _traceback: TracebackType | None,
    ) -> None:
        self.close()


def _close_quietly(client: smtplib.SMTP, *, polite: bool = False) -> None:
    """QUIT when `polite` (and the relay still listens), then close the socket."""
    try:
        if polite:
            client.quit()
    except (smtplib.SMTPException, OSError):
        pass
    finally:
        client.close()
