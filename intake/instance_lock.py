"""One `intake serve` per SQLite database: an exclusive lock on a file beside the database.

SQLite serialises writers but cannot hand out work to two processes safely (no
`SKIP LOCKED`), so a second instance on the same file refuses to start. PostgreSQL needs no
lock: its workers claim messages and Outbox entries row by row.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path
from types import TracebackType

import sqlalchemy as sa


class AlreadyRunning(RuntimeError):
    """Another `intake serve` holds the database."""


def sqlite_file(database_url: str) -> Path | None:
    """The database file of a SQLite URL (None for other databases and in-memory SQLite)."""
    url = sa.make_url(database_url)
    if not url.drivername.startswith("sqlite") or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database).resolve()


class InstanceLock:
    """Held while `intake serve` runs; released when the process ends, even by SIGKILL."""

    def __init__(self, database_file: Path) -> None:
        self.path = database_file.with_name(database_file.name + ".lock")
        self._descriptor: int | None = None

    def acquire(self) -> None:
        """Take the lock or raise AlreadyRunning naming the database and the holder's pid."""
        descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(descriptor, 32, 0).decode("ascii", "replace").strip() or "?"
            os.close(descriptor)
            database = self.path.with_suffix("")
            raise AlreadyRunning(
                f"another intake serve (pid {holder}) already runs on {database}; "
                "stop it first, or use PostgreSQL to run several"
            ) from None
        os.ftruncate(descriptor, 0)
        os.pwrite(descriptor, f"{os.getpid()}\n".encode(), 0)
        self._descriptor = descriptor

    def release(self) -> None:
        if self._descriptor is not None:
            os.close(self._descriptor)  # closing drops the flock
            self._descriptor = None

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _value: BaseException | None,
        _traceback: TracebackType | None,
    ) -> None:
        self.release()
