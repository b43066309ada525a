"""Measure mail intake end to end: SMTP to case, with 20 concurrent clients.

Usage: python bench/smtp.py [CORPUS_DIR] [--rounds N] [--clients C]
Runs `intake serve` (SQLite, a temporary data folder, a free port) as a child process, sends
every corpus mail `rounds` times from `clients` concurrent SMTP clients, and takes the time
until every message is stored and processed into its case. In the same run, the same
clients send the same mail to a bare aiosmtpd server that discards it. Prints messages per
second for both. Target: the intake reaches at least half of the bare server's rate.
"""

from __future__ import annotations

import json
import os
import re
import smtplib
import socket
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import sqlalchemy as sa
from aiosmtpd.controller import Controller
from timing import corpus_parser

RECIPIENT = "support@win-techno.com"


def corpus_mail(corpus: Path, rounds: int) -> list[bytes]:
    """Every corpus mail `rounds` times, each copy with its own Message-ID, CRLF lines."""
    messages = []
    for line in (corpus / "labels.jsonl").read_text("utf-8").splitlines():
        label = json.loads(line)
        if label["channel"] != "email":
            continue
        raw = (corpus / label["file"]).read_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        for number in range(rounds):
            copy = re.sub(rb"(?im)^(Message-ID:\s*<)", rb"\g<1>b%d." % number, raw, count=1)
            messages.append(copy)
    return messages


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def send_all(port: int, messages: list[bytes], clients: int) -> int:
    """Send every message over `clients` connections at once; how many got 250."""

    def send_share(share: list[bytes]) -> int:
        accepted = 0
        with smtplib.SMTP("127.0.0.1", port, timeout=60) as client:
            for raw in share:
                client.sendmail("bench@example.com", [RECIPIENT], raw)
                accepted += 1
        return accepted

    shares = [messages[index::clients] for index in range(clients)]
    with ThreadPoolExecutor(clients) as pool:
        return sum(pool.map(send_share, shares))


class Discard:
    async def handle_DATA(self, _server: object, _session: object, _envelope: object) -> str:
        return "250 OK"


def bare_rate(messages: list[bytes], clients: int) -> float:
    controller = Controller(Discard(), hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        started = time.perf_counter()
        accepted = send_all(controller.port, messages, clients)
        return accepted / (time.perf_counter() - started)
    finally:
        controller.stop()


def unprocessed(database: sa.Engine) -> int:
    with database.connect() as connection:
        query = "SELECT count(*) FROM inbound_message WHERE state = 'stored'"
        return connection.exec_driver_sql(query).scalar_one()


def intake_command(environment: dict[str, str], *arguments: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "intake", *arguments],
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def intake_rate(messages: list[bytes], clients: int) -> tuple[float, float, int]:
    """(messages/s accepted, messages/s processed into cases, cases)."""
    with tempfile.TemporaryDirectory() as home:
        port = free_port()
        environment = {**os.environ, "INTAKE_HOME": home, "INTAKE_SMTP_PORT": str(port)}
        environment["INTAKE_CONSOLE_PORT"] = str(free_port())
        serve = subprocess.Popen(
            [sys.executable, "-m", "intake", "serve"],
            env=environment,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        try:
            for line in serve.stdout or ():
                if "win-intake: running" in line:
                    break
            threading.Thread(target=serve.stdout.read, daemon=True).start()  # keep it flowing
            database = sa.create_engine(f"sqlite:///{home}/intake.db")
            started = time.perf_counter()
            accepted = send_all(port, messages, clients)
            accepted_after = time.perf_counter() - started
            while unprocessed(database):
                time.sleep(0.01)
            processed_after = time.perf_counter() - started
            database.dispose()
            cases = len(intake_command(environment, "requests", "list", "--json").splitlines())
        finally:
            serve.terminate()
            serve.wait(60)
        return accepted / accepted_after, accepted / processed_after, cases


def main() -> int:
    arguments = corpus_parser(__doc__.splitlines()[0])
    arguments.add_argument("--rounds", type=int, default=4)
    arguments.add_argument("--clients", type=int, default=20)
    args = arguments.parse_args()
    if not (args.corpus / "labels.jsonl").is_file():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 1
    messages = corpus_mail(args.corpus, args.rounds)
    bare = bare_rate(messages, args.clients)
    accepted, processed, cases = intake_rate(messages, args.clients)
    verdict = "met" if processed >= bare / 2 else "NOT MET"
    print(f"{len(messages)} mails from {args.clients} concurrent SMTP clients")
    print(f"bare aiosmtpd (discards):      {bare:7.0f} messages/s")
    print(f"intake, accepted (250):        {accepted:7.0f} messages/s")
    print(f"intake, SMTP to case:          {processed:7.0f} messages/s ({cases} cases)")
    print(f"target: SMTP to case >= half the bare rate ({bare / 2:.0f}/s): {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
