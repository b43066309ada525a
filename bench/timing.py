"""Shared helpers of the benchmarks: the corpus argument and a timed loop."""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

PROJECT_DIR = Path(__file__).resolve().parent.parent
Item = TypeVar("Item")


def corpus_parser(description: str) -> argparse.ArgumentParser:
    """`[CORPUS_DIR]`, defaulting to ../shared/corpus; a benchmark adds its own options."""
    arguments = argparse.ArgumentParser(description=description)
    arguments.add_argument(
        "corpus", nargs="?", type=Path, default=PROJECT_DIR.parent / "shared" / "corpus"
    )
    return arguments


def corpus_arguments(description: str) -> argparse.Namespace:
    """`[CORPUS_DIR] [--seconds S]`, the corpus defaulting to ../shared/corpus."""
    arguments = corpus_parser(description)
    arguments.add_argument("--seconds", type=float, default=3.0)
    return arguments.parse_args()


def seconds_per_item(
    work: Callable[[Item], object], items: Sequence[Item], seconds: float
) -> float:
    """Run `work` over all items repeatedly for about `seconds`; the mean time per item."""
    count = 0
    started = time.perf_counter()
    while time.perf_counter() - started < seconds:
        for item in items:
            work(item)
        count += len(items)
    return (time.perf_counter() - started) / count
