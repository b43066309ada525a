"""The schema comes from the migrations and matches the models; SQLite commits as promised."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel, select

import workflows.models  # noqa: F401  (registers the tables)
from workflows.db import durable_transaction, is_sqlite, open_database, transaction
from workflows.models import Event

SYNCHRONOUS_NORMAL, SYNCHRONOUS_FULL = 1, 2


def test_the_migrations_build_exactly_the_schema_of_the_models(engine):
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, SQLModel.metadata)
    assert differences == []


def test_opening_an_up_to_date_database_again_changes_nothing(tmp_path):
    url = f"sqlite:///{tmp_path}/again.db"
    with transaction(open_database(url)) as session:
        session.add(Event(actor="system", action="first"))
    with transaction(open_database(url)) as session:
        assert [event.action for event in session.exec(select(Event))] == ["first"]


def _synchronous(session) -> int:
    return session.connection().exec_driver_sql("PRAGMA synchronous").scalar()


def test_sqlite_waits_for_the_disk_only_in_durable_transactions(engine):
    if not is_sqlite(engine):
        pytest.skip("a SQLite setting")
    with durable_transaction(engine) as session:
        assert _synchronous(session) == SYNCHRONOUS_FULL
    with transaction(engine) as session:
        assert _synchronous(session) == SYNCHRONOUS_NORMAL
        assert session.connection().exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert session.connection().exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_a_failed_durable_transaction_rolls_back_and_restores_the_setting(engine):
    with pytest.raises(RuntimeError), durable_transaction(engine) as session:
        session.add(Event(actor="system", action="lost"))
        session.flush()
        raise RuntimeError("boom")
    with transaction(engine) as session:
        assert session.exec(select(Event)).all() == []
        if is_sqlite(engine):
            assert _synchronous(session) == SYNCHRONOUS_NORMAL


def test_an_unreachable_database_is_reported_with_its_url():
    from workflows.db import DatabaseError

    with pytest.raises(DatabaseError, match=r"127\.0\.0\.1:9"):
        open_database("postgresql://nobody@127.0.0.1:9/none?connect_timeout=2")


def test_foreign_keys_are_enforced(engine):
    with pytest.raises(sa.exc.IntegrityError), transaction(engine) as session:
        session.add(Event(case_id=424242, actor="system", action="orphan"))
