"""Turns at SQLite's single write lock for the threads of one process.

Threads queue on a condition that wakes the next writer at once (SQLite's busy handler
would make them sleep and poll), and receiving goes first: a transaction that commits a
just-received message (`urgent`) waits for at most the transaction in hand, not for every
processing transaction queued before it, so senders are answered quickly during a burst.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager


class WriterTurns:
    """One writer at a time; re-entrant for its holder; urgent writers before the others."""

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._holder: int | None = None
        self._depth = 0
        self._urgent_waiting = 0
        self.waiting = 0  # threads waiting for a turn now

    @contextmanager
    def turn(self, *, urgent: bool = False) -> Iterator[None]:
        self._acquire(urgent)
        try:
            yield
        finally:
            self._release()

    def _acquire(self, urgent: bool) -> None:
        me = threading.get_ident()
        with self._changed:
            if self._holder == me:
                self._depth += 1
                return
            self._urgent_waiting += urgent
            self.waiting += 1
            try:
                while self._holder is not None or (not urgent and self._urgent_waiting):
                    self._changed.wait()
            finally:
                self._urgent_waiting -= urgent
                self.waiting -= 1
            self._holder, self._depth = me, 1

    def _release(self) -> None:
        with self._changed:
            self._depth -= 1
            if self._depth == 0:
                self._holder = None
                self._changed.notify_all()
