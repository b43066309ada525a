"""Fixtures shared by the live-channel tests: the workflow tests' `engine` and free ports."""

from __future__ import annotations

import socket
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from database_fixtures import engine

_WORKFLOW_TESTS = Path(__file__).resolve().parents[1] / "workflows"
sys.path.insert(0, str(_WORKFLOW_TESTS))  # `workflow_helpers`, shared with the workflow tests

__all__ = ["engine", "free_port"]


def _free_port() -> int:
    """A TCP port on 127.0.0.1 nothing listens on now (aiosmtpd cannot bind port 0)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def free_port() -> Callable[[], int]:
    """Call it for each port a test needs."""
    return _free_port
