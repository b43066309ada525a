"""The `engine` fixture: every database test runs on SQLite and on PostgreSQL.

A conftest.py that wants it imports it (`from database_fixtures import engine`).

SQLite: a fresh file in the test's `tmp_path`, opened with `open_database` (migrated).

PostgreSQL: the server named by INTAKE_TEST_POSTGRESQL_URL
(default postgresql://postgres@127.0.0.1:5432/test). Each test gets a schema of its own,
`t_<random>`, made current through the connection's search_path, migrated with
`workflows.db.migrate` and dropped (CASCADE) after the test. When the server cannot be
reached the PostgreSQL run is skipped with the reason; with INTAKE_REQUIRE_POSTGRESQL=1
(CI) it fails instead.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator

import pytest
import sqlalchemy as sa

from workflows.db import migrate, open_database

DEFAULT_POSTGRESQL_URL = "postgresql://postgres@127.0.0.1:5432/test"
CONNECT_TIMEOUT_S = 5


def postgresql_url() -> sa.URL:
    """The test server's URL, with the psycopg (3) driver."""
    url = sa.make_url(os.environ.get("INTAKE_TEST_POSTGRESQL_URL", DEFAULT_POSTGRESQL_URL))
    return url.set(drivername="postgresql+psycopg")


def _unavailable(reason: str) -> None:
    """Skip the test, or fail it when INTAKE_REQUIRE_POSTGRESQL=1."""
    if os.environ.get("INTAKE_REQUIRE_POSTGRESQL") == "1":
        pytest.fail(f"{reason} and INTAKE_REQUIRE_POSTGRESQL=1 requires it")
    pytest.skip(reason)


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest, tmp_path) -> Iterator[sa.Engine]:
    """A migrated, empty database: a SQLite file, or a throwaway PostgreSQL schema."""
    if request.param == "sqlite":
        engine = open_database(f"sqlite:///{tmp_path}/t.db")
        yield engine
        engine.dispose()
        return
    yield from _postgresql_engine()


def _postgresql_engine() -> Iterator[sa.Engine]:
    url = postgresql_url()
    admin = sa.create_engine(url, connect_args={"connect_timeout": CONNECT_TIMEOUT_S})
    schema = f"t_{secrets.token_hex(6)}"
    try:
        with admin.begin() as connection:
            connection.exec_driver_sql(f"CREATE SCHEMA {schema}")
    except sa.exc.OperationalError as error:
        admin.dispose()
        first_line = str(error.orig).strip().splitlines()[0]
        _unavailable(f"PostgreSQL at {url.render_as_string()} is unreachable: {first_line}")
    engine = sa.create_engine(
        url,
        connect_args={
            "options": f"-csearch_path={schema}",
            "connect_timeout": CONNECT_TIMEOUT_S,
        },
    )
    try:
        migrate(engine)
        yield engine
    finally:
        engine.dispose()
        with admin.begin() as connection:
            connection.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
        admin.dispose()
