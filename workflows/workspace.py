"""What every workflow function needs: the database, the settings and the clock."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session

from intake.settings import Settings, load_settings
from workflows import db
from workflows.audit import bind_clock
from workflows.models import utc_now

SESSION_WORKSPACE = "workspace"  # session.info key: the workspace a transaction belongs to


@dataclass(frozen=True)
class Workspace:
    engine: sa.Engine
    settings: Settings
    clock: Callable[[], datetime] = field(default=utc_now)

    def now(self) -> datetime:
        return self.clock()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """`db.transaction` with this workspace (its clock, and for deadline recomputing on
        transitions, its settings) bound to the session."""
        with db.transaction(self.engine) as session:
            session.info[SESSION_WORKSPACE] = self
            yield bind_clock(session, self.clock)

    @contextmanager
    def durable_transaction(self) -> Iterator[Session]:
        """`db.durable_transaction` with this workspace's clock bound to the session."""
        with db.durable_transaction(self.engine) as session:
            session.info[SESSION_WORKSPACE] = self
            yield bind_clock(session, self.clock)


def open_workspace(settings: Settings | None = None) -> Workspace:
    """A workspace on the configured database, migrated to the newest schema."""
    settings = settings or load_settings()
    return Workspace(db.open_database(settings.database_url), settings)
