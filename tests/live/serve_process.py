"""`intake serve` as a child process on free ports with its own data folder, for tests."""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

READY_LINE = "win-intake: running"


class ServeProcess:
    """One `intake serve`; its output lines are collected as they come."""

    def __init__(self, home: Path, environment: dict[str, str]) -> None:
        self.home = home
        self.environment = {
            **os.environ,
            "INTAKE_HOME": str(home),
            "PYTHONUNBUFFERED": "1",
            **environment,
        }
        self.lines: queue.Queue[str] = queue.Queue()
        self.output: list[str] = []
        self.process: subprocess.Popen[str] | None = None
        self.reader: threading.Thread | None = None

    def start(self, timeout: float = 30.0) -> ServeProcess:
        """Start it and wait for its ready line (fails with its output when it exits)."""
        self.process = subprocess.Popen(
            [sys.executable, "-m", "intake", "serve"],
            env=self.environment,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()
        self.wait_for_line(READY_LINE, timeout)
        return self

    def _read(self) -> None:
        assert self.process is not None and self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))

    def wait_for_line(self, text: str, timeout: float) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=0.1)
            except queue.Empty:
                if self.process is not None and self.process.poll() is not None:
                    self._drain()
                    raise AssertionError(f"intake serve exited: {self.output[-20:]}") from None
                continue
            self.output.append(line)
            if text in line:
                return line
        raise AssertionError(f"no {text!r} from intake serve in {timeout} s: {self.output[-20:]}")

    def _drain(self) -> None:
        while not self.lines.empty():
            self.output.append(self.lines.get())

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 30.0) -> int:
        """Send `sig` and wait for the exit status."""
        assert self.process is not None
        if self.process.poll() is None:
            self.process.send_signal(sig)
        status = self.process.wait(timeout)
        if self.reader is not None:
            self.reader.join(timeout)  # the rest of its output
        self._drain()
        return status

    def intake(self, *arguments: str) -> str:
        """Run another `intake` command on the same data folder; its stdout."""
        done = subprocess.run(
            [sys.executable, "-m", "intake", *arguments],
            env=self.environment,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    def cases(self) -> list[dict]:
        return [json.loads(line) for line in self.intake("requests", "list", "--json").splitlines()]

    def status(self) -> dict:
        return json.loads(self.intake("status", "--json"))


def wait_until(predicate: Callable[[], bool], timeout: float, what: str) -> None:
    """Return once `predicate()` is true; fail after `timeout` seconds naming `what`."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        time.sleep(0.05)
