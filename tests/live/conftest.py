"""Fixtures shared by the live-channel tests: the workflow tests' `engine` and free ports."""

from __future__ import annotations

import importlib.util
import socket
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

_WORKFLOW_TESTS = Path(__file__).resolve().parents[1] / "workflows"
sys.path.insert(0, str(_WORKFLOW_TESTS))  # `workflow_helpers`, shared with the workflow tests

_spec = importlib.util.spec_from_file_location(
    "workflow_engine_fixture", _WORKFLOW_TESTS / "conftest.py"
)
assert _spec is not None and _spec.loader is not None
_workflow_conftest = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_workflow_conftest)
engine = _workflow_conftest.engine  # SQLite and PostgreSQL, as in tests/workflows


def _free_port() -> int:
    """A TCP port on 127.0.0.1 nothing listens on now (aiosmtpd cannot bind port 0)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def free_port() -> Callable[[], int]:
    """Call it for each port a test needs."""
    return _free_port
