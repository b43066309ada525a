"""A real Dovecot IMAP server for the tests, on 127.0.0.1 and a free port.

Each server lives in a temporary folder of its own: a minimal config, a passwd-file of users
(uid/gid 65534: Dovecot refuses uid 0) whose Maildirs are under that folder, and the log.
It is ready when its `* OK` greeting arrives. A test module shares one server (stopping one
takes Dovecot a second) and each test gets a user of its own, so no test sees another's mail.
Without /usr/sbin/dovecot the tests are skipped, or fail when INTAKE_REQUIRE_DOVECOT=1.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import trustme
from imapclient import IMAPClient

DOVECOT = Path("/usr/sbin/dovecot")
DOVEADM = Path("/usr/bin/doveadm")
MAIL_UID = 65534  # nobody/nogroup
USERS = 200  # accounts on each server, one per test of a module
START_TIMEOUT_S = 10
STOP_TIMEOUT_S = 10
_APPENDUID = re.compile(rb"\[APPENDUID (\d+) (\d+)\]")


def require_dovecot() -> None:
    """Skip the test when Dovecot is not installed, or fail when INTAKE_REQUIRE_DOVECOT=1."""
    if DOVECOT.exists():
        return
    reason = f"{DOVECOT} is absent (apt-get install dovecot-imapd; `bash tests/run` does it)"
    if os.environ.get("INTAKE_REQUIRE_DOVECOT") == "1":
        pytest.fail(f"{reason} and INTAKE_REQUIRE_DOVECOT=1 requires it")
    pytest.skip(reason)


def free_port() -> int:
    """A TCP port nothing listens on now (Dovecot reads port 0 as 'no listener')."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass(frozen=True)
class TLSFiles:
    """A server certificate for 127.0.0.1 and the test CA that signed it (PEM files)."""

    cert: Path
    key: Path
    ca: Path


def make_tls_files(folder: Path) -> TLSFiles:
    authority = trustme.CA()
    server = authority.issue_cert("127.0.0.1", "localhost")
    files = TLSFiles(folder / "cert.pem", folder / "key.pem", folder / "ca.pem")
    files.cert.write_bytes(b"".join(blob.bytes() for blob in server.cert_chain_pems))
    files.key.write_bytes(server.private_key_pem.bytes())
    authority.cert_pem.write_to_path(str(files.ca))
    return files


@dataclass
class Dovecot:
    """One Dovecot server and its folder; `start`, `stop`, `restart` keep the same port."""

    root: Path
    port: int
    tls_port: int | None = None  # implicit TLS (imaps), when started with certificates
    tls: TLSFiles | None = None
    process: subprocess.Popen[bytes] | None = field(default=None, repr=False)
    accounts_given: int = 0

    @property
    def config(self) -> Path:
        return self.root / "dovecot.conf"

    @property
    def users_file(self) -> Path:
        return self.root / "users"

    @property
    def log(self) -> str:
        path = self.root / "dovecot.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def start(self) -> None:
        self.process = subprocess.Popen(
            [str(DOVECOT), "-F", "-c", str(self.config)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: `stop` reaches every child
        )
        _wait_for_greeting(self)

    def stop(self) -> None:
        """SIGTERM to the master and its children (open IMAP sessions too, as a real shutdown
        does), wait for the master; whatever outlives it is killed."""
        if self.process is None:
            return
        group = self.process.pid
        _signal_group(group, signal.SIGTERM)
        try:
            self.process.wait(STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        _signal_group(group, signal.SIGKILL)
        self.process = None

    def restart(self) -> None:
        self.stop()
        self.start()

    def account(self, number: int) -> Account:
        """User `user<number>` (1 to USERS), made when the server was set up."""
        assert 1 <= number <= USERS, f"the server has users 1 to {USERS}"
        return Account(self, f"user{number}", f"user{number}-secret")

    def new_account(self) -> Account:
        """A user no one was given before: an empty mailbox for one test."""
        self.accounts_given += 1
        return self.account(self.accounts_given)

    def doveadm(self, *arguments: str) -> str:
        result = subprocess.run(
            [str(DOVEADM), "-c", str(self.config), *arguments],
            capture_output=True,
            text=True,
            check=True,
        )
        return result.stdout


@dataclass(frozen=True)
class Account:
    """A user's mailbox on a server, seen through the test's own IMAP connections."""

    server: Dovecot
    user: str
    password: str

    @property
    def port(self) -> int:
        return self.server.port

    @contextmanager
    def client(self) -> Iterator[IMAPClient]:
        """A logged-in connection: another mail client, as far as the poller knows."""
        with IMAPClient("127.0.0.1", port=self.server.port, ssl=False, timeout=30) as client:
            client.login(self.user, self.password)
            yield client

    def append(self, folder: str, raw: bytes) -> int:
        """Put a message in `folder`; its UID."""
        with self.client() as client:
            response = client.append(folder, raw)
        match = _APPENDUID.search(response)
        assert match, response
        return int(match.group(2))

    def create_folder(self, folder: str) -> None:
        with self.client() as client:
            client.create_folder(folder)

    def flags(self, folder: str) -> dict[int, tuple[bytes, ...]]:
        """Every message's flags in `folder`, by UID (a read-only look)."""
        with self.client() as client:
            client.select_folder(folder, readonly=True)
            response = client.fetch(client.search("ALL"), ["FLAGS"])
            return {uid: data[b"FLAGS"] for uid, data in response.items()}

    def bodies(self, folder: str) -> dict[int, bytes]:
        with self.client() as client:
            client.select_folder(folder, readonly=True)
            response = client.fetch(client.search("ALL"), ["BODY.PEEK[]"])
            return {uid: data[b"BODY[]"] for uid, data in response.items()}

    def kick(self) -> None:
        """Close the user's IMAP connections from the server side (`doveadm kick`)."""
        self.server.doveadm("kick", self.user)


def _signal_group(group: int, number: signal.Signals) -> None:
    with suppress(ProcessLookupError):
        os.killpg(group, number)


_CONFIG = """\
protocols = imap
listen = 127.0.0.1
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
mail_location = maildir:~/Maildir
mail_max_userip_connections = 50
passdb {{
  driver = passwd-file
  args = {users}
}}
userdb {{
  driver = passwd-file
  args = {users}
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = {tls_port}
  }}
}}
"""


def _write_users(server: Dovecot) -> None:
    """USERS mail users with empty homes (the passwd-file is read once: Dovecot's re-reading
    of a changed file is not immediate, and failed logins earn a growing penalty)."""
    lines = []
    for number in range(1, USERS + 1):
        account = server.account(number)
        home = server.root / "mail" / account.user
        home.mkdir(parents=True)
        os.chown(home, MAIL_UID, MAIL_UID)
        lines.append(f"{account.user}:{{PLAIN}}{account.password}:{MAIL_UID}:{MAIL_UID}::{home}")
    server.users_file.write_text("\n".join(lines) + "\n")


def _write_config(server: Dovecot, capability: str | None) -> None:
    _write_users(server)
    text = _CONFIG.format(
        root=server.root, users=server.users_file, port=server.port, tls_port=server.tls_port or 0
    )
    if capability is not None:
        text += f"imap_capability = {capability}\n"
    if server.tls is None:
        text += "ssl = no\n"
    else:
        text += f"ssl = yes\nssl_cert = <{server.tls.cert}\nssl_key = <{server.tls.key}\n"
    server.config.write_text(text)


def _wait_for_greeting(server: Dovecot) -> None:
    """Return once the server greets with `* OK`; fail when it exits or takes too long."""
    assert server.process is not None
    deadline = time.monotonic() + START_TIMEOUT_S
    while True:
        try:
            with socket.create_connection(("127.0.0.1", server.port), timeout=1) as probe:
                if probe.recv(64).startswith(b"* OK"):
                    return
        except OSError:
            pass
        try:  # between two attempts, wait a moment for the process to exit
            code = server.process.wait(timeout=0.02)
        except subprocess.TimeoutExpired:
            if time.monotonic() > deadline:
                server.stop()
                raise TimeoutError(f"dovecot gave no greeting on port {server.port}") from None
            continue
        raise RuntimeError(f"dovecot exited with status {code}:\n{server.log}")


@contextmanager
def running_dovecot(*, tls: bool = False, capability: str | None = None) -> Iterator[Dovecot]:
    """A started Dovecot in a fresh folder, stopped and removed afterwards.

    `tls`: also an imaps port and STARTTLS with a certificate of a test CA (`server.tls.ca`).
    `capability`: the exact IMAP capability list to announce (to hide IDLE or MOVE).
    """
    require_dovecot()
    root = Path(tempfile.mkdtemp(prefix="intake-dovecot-"))
    root.chmod(0o755)  # the mail user (65534) walks down to its home under it
    try:
        server = Dovecot(root=root, port=free_port())
        if tls:
            server.tls_port = free_port()
            server.tls = make_tls_files(root)
        _write_config(server, capability)
        server.start()
        try:
            yield server
        finally:
            server.stop()
    finally:
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="module")
def dovecot_server() -> Iterator[Dovecot]:
    """One Dovecot for the test module."""
    with running_dovecot() as server:
        yield server


@pytest.fixture
def imap_account(dovecot_server: Dovecot) -> Account:
    """A user of the module's Dovecot that no other test uses, with an empty INBOX."""
    return dovecot_server.new_account()


@pytest.fixture(scope="module")
def dovecot_tls_server() -> Iterator[Dovecot]:
    """A Dovecot with STARTTLS and an imaps port, its certificate from a test CA."""
    with running_dovecot(tls=True) as server:
        yield server


@pytest.fixture(scope="module")
def dovecot_basic_server() -> Iterator[Dovecot]:
    """A Dovecot that announces neither IDLE nor MOVE (an older or plainer server)."""
    with running_dovecot(capability="IMAP4rev1 LITERAL+ UIDPLUS") as server:
        yield server
