"""Every workflow test runs on SQLite and on PostgreSQL (`database_fixtures.engine`)."""

from database_fixtures import engine

__all__ = ["engine"]
