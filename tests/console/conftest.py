"""Console tests: a workspace on SQLite and PostgreSQL (`database_fixtures.engine`), two staff
accounts, and a TestClient on `console.app.create_app`."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from database_fixtures import engine
from fastapi.testclient import TestClient

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "workflows"))

from workflow_helpers import make_workspace

from console.app import create_app
from workflows.staff import add_staff
from workflows.workspace import Workspace

__all__ = ["engine"]
from console_helpers import PASSWORD


@pytest.fixture
def ws(engine, tmp_path) -> Workspace:
    workspace = make_workspace(engine, tmp_path)
    with workspace.transaction() as session:
        add_staff(session, "alice", PASSWORD, "agent", display_name="Alice Agent")
        add_staff(session, "bob", PASSWORD, "approver", display_name="Bob Approver")
    return workspace


@pytest.fixture
def client(ws) -> Iterator[TestClient]:
    with TestClient(create_app(ws)) as test_client:
        yield test_client
