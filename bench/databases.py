"""The benchmarks' databases: a SQLite file in a temporary folder, or a throwaway PostgreSQL
schema on a server (created, migrated, and dropped afterwards)."""

from __future__ import annotations

import secrets
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlalchemy as sa

from workflows.db import migrate, open_database

DEFAULT_POSTGRESQL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


@contextmanager
def sqlite_engine() -> Iterator[tuple[sa.Engine, Path]]:
    with tempfile.TemporaryDirectory() as folder:
        engine = open_database(f"sqlite:///{folder}/bench.db")
        yield engine, Path(folder)
        engine.dispose()


@contextmanager
def postgresql_engine(url: str) -> Iterator[tuple[sa.Engine, Path]]:
    """A throwaway schema on the server, dropped afterwards."""
    schema = f"bench_{secrets.token_hex(4)}"
    admin = sa.create_engine(url, connect_args={"connect_timeout": 5})
    with admin.begin() as connection:
        connection.exec_driver_sql(f"CREATE SCHEMA {schema}")
    engine = sa.create_engine(url, connect_args={"options": f"-csearch_path={schema}"})
    try:
        migrate(engine)
        with tempfile.TemporaryDirectory() as folder:
            yield engine, Path(folder)
    finally:
        engine.dispose()
        with admin.begin() as connection:
            connection.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
        admin.dispose()
