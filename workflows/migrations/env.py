"""Alembic environment: runs the migrations on the connection `workflows.db.migrate` passes."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import workflows.models  # noqa: F401  (registers the tables on SQLModel.metadata)
from workflows.db import make_engine

target_metadata = SQLModel.metadata


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:  # the alembic command line: `sqlalchemy.url` names the database
        engine = make_engine(context.config.get_main_option("sqlalchemy.url"))
        with engine.begin() as connection:
            _run(connection)
        return
    _run(connection)


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    context.run_migrations()


run_migrations_online()
