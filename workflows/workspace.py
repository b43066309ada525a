"""What every workflow function needs: the database, the settings and the clock."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

import sqlalchemy as sa

from intake.settings import Settings, load_settings
from workflows.db import open_database
from workflows.models import utc_now


@dataclass(frozen=True)
class Workspace:
    engine: sa.Engine
    settings: Settings
    clock: Callable[[], datetime] = field(default=utc_now)

    def now(self) -> datetime:
        return self.clock()


def open_workspace(settings: Settings | None = None) -> Workspace:
    """A workspace on the configured database, migrated to the newest schema."""
    settings = settings or load_settings()
    return Workspace(open_database(settings.database_url), settings)
