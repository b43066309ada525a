"""Database engines and schema: SQLite (WAL) by default, PostgreSQL for real deployments.

The schema is built and upgraded only by the Alembic migrations beside this module.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from sqlmodel import Session

from workflows.writer_turns import WriterTurns

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
SQLITE_BUSY_MS = 10_000


class DatabaseError(RuntimeError):
    """The database cannot be opened or migrated; the message says which and why."""


def is_sqlite(engine: sa.Engine) -> bool:
    return engine.dialect.name == "sqlite"


def _sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    """Take over transaction control from pysqlite; WAL, foreign keys, and commits that wait
    for the disk only where `durable_transaction` asks for it."""
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_MS}")
    cursor.close()


def _sqlite_begin(connection: sa.Connection) -> None:
    """A write transaction (`transaction`, `durable_transaction`) takes the write lock at its
    start, so two writers never deadlock; any other (a read) begins deferred and, in WAL
    mode, never waits for a writer."""
    writes = connection.get_execution_options().get(_WRITES, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")


def make_engine(database_url: str) -> sa.Engine:
    """An engine for `database_url`; creates the folder of a SQLite file."""
    url = sa.make_url(database_url)
    if url.get_backend_name() == "sqlite":
        if url.database and url.database != ":memory:":
            Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        engine = sa.create_engine(url, connect_args={"timeout": SQLITE_BUSY_MS / 1000})
        sa.event.listen(engine, "connect", _sqlite_connect)
        sa.event.listen(engine, "begin", _sqlite_begin)
        return engine
    if url.get_backend_name() == "postgresql" and url.get_driver_name() in ("", "psycopg2"):
        url = url.set(drivername="postgresql+psycopg")
    return sa.create_engine(url, pool_pre_ping=True)


def alembic_config(connection: sa.Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def migrate(engine: sa.Engine, revision: str = "head") -> None:
    """Bring the schema to `revision` (the newest by default)."""
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), revision)
    except sa.exc.OperationalError as error:
        raise DatabaseError(
            f"cannot migrate {engine.url.render_as_string()}: {error.orig}"
        ) from None


def open_database(database_url: str) -> sa.Engine:
    """An engine on an up-to-date schema."""
    engine = make_engine(database_url)
    migrate(engine)
    return engine


_WRITES = "intake_writes"  # execution option of a write transaction's connection
_WRITERS: weakref.WeakKeyDictionary[sa.Engine, WriterTurns] = weakref.WeakKeyDictionary()
_WRITERS_GUARD = threading.Lock()


@contextmanager
def _one_writer(engine: sa.Engine, *, urgent: bool = False) -> Iterator[None]:
    """On SQLite, this process's writers take turns (`WriterTurns`); receiving first."""
    if not is_sqlite(engine):
        yield
        return
    with _WRITERS_GUARD:
        turns = _WRITERS.setdefault(engine, WriterTurns())
    with turns.turn(urgent=urgent):
        yield


@contextmanager
def transaction(engine: sa.Engine) -> Iterator[Session]:
    """A session whose work commits at the end of the block, or rolls back on an error.

    On SQLite (WAL, synchronous=NORMAL) such a commit survives a crash of the process but
    not always a power cut: use it for work that can be redone from what is stored.
    """
    with _one_writer(engine), engine.connect() as connection:
        writer = connection.execution_options(**{_WRITES: True})
        with Session(bind=writer, expire_on_commit=False) as session, session.begin():
            yield session


@contextmanager
def durable_transaction(engine: sa.Engine) -> Iterator[Session]:
    """As `transaction`, but the commit reaches the disk before the block returns (SQLite:
    synchronous=FULL for this commit). For receiving messages: a sender is told "ok" after."""
    if not is_sqlite(engine):
        with transaction(engine) as session:
            yield session
        return
    with _one_writer(engine, urgent=True), engine.connect() as connection:
        connection.execution_options(**{_WRITES: True})
        raw = connection.connection.dbapi_connection
        raw.execute("PRAGMA synchronous=FULL")
        try:
            with Session(bind=connection, expire_on_commit=False) as session, session.begin():
                yield session
        finally:
            raw.execute("PRAGMA synchronous=NORMAL")
