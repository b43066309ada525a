"""The tree stays `ruff check` and `ruff format` clean."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT_DIR = Path(__file__).resolve().parent.parent


def _ruff() -> list[str]:
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    if ruff is None:
        pytest.fail("ruff is not installed: install the test extras with `bash tests/run`")
    return [ruff]


def test_tree_passes_ruff_check():
    result = subprocess.run(
        [*_ruff(), "check", "--no-cache", "."], cwd=PROJECT_DIR, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_tree_is_ruff_formatted():
    result = subprocess.run(
        [*_ruff(), "format", "--check", "--no-cache", "."],
        cwd=PROJECT_DIR,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
