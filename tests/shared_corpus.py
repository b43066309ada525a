"""Where the shared development corpus lives, and the skip rule for tests that read it.

The corpus sits in `../shared/corpus` beside the project (override with INTAKE_SHARED_DIR).
In a user's clone it is absent and such tests skip; CI sets INTAKE_REQUIRE_SHARED=1,
which turns that skip into a failure.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

PROJECT_DIR = Path(__file__).resolve().parent.parent
SHARED_DIR = Path(os.environ.get("INTAKE_SHARED_DIR", PROJECT_DIR.parent / "shared"))
CORPUS_DIR = SHARED_DIR / "corpus"


def require_corpus() -> Path:
    """The corpus folder; skips the test where it is absent, fails instead under CI."""
    if (CORPUS_DIR / "labels.jsonl").is_file():
        return CORPUS_DIR
    reason = f"the shared corpus is not at {CORPUS_DIR} (set INTAKE_SHARED_DIR to its parent)"
    if os.environ.get("INTAKE_REQUIRE_SHARED") == "1":
        pytest.fail(reason + " and INTAKE_REQUIRE_SHARED=1 requires it")
    pytest.skip(reason)


def corpus_labels() -> list[dict]:
    """Every labelled item of the corpus (skips or fails as `require_corpus`)."""
    corpus_dir = require_corpus()
    with (corpus_dir / "labels.jsonl").open(encoding="utf-8") as labels:
        return [json.loads(line) for line in labels if line.strip()]
