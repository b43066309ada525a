"""The classifier meets its quality floors on the shared corpus and on our own labelled sets."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_corpus import require_corpus

from intake.evaluate import evaluate, report
from intake.lexicon import RIGHTS

TESTS_DIR = Path(__file__).resolve().parent.parent
OWN_SET_DIR = TESTS_DIR / "data"
BLIND_SET_DIR = TESTS_DIR / "blind"
BLIND2_SET_DIR = TESTS_DIR / "blind2"
BLIND3_SET_DIR = TESTS_DIR / "blind3"


def _assert_floors(
    folder: Path,
    *,
    items: int,
    macro_f1: float,
    rights_recall: float,
    flags: bool = True,
    more_items_allowed: bool = False,
) -> None:
    """`items` labelled items in `folder` (or more, where allowed), scored at or above the
    floors; language (and, with `flags`, auto-reply/bounce) agreement too."""
    result = evaluate(folder)
    summary = report(result)
    assert result.items >= items if more_items_allowed else result.items == items
    assert result.macro_f1 >= macro_f1, summary
    for kind in RIGHTS:
        assert result.recall_of(kind) >= rights_recall, summary
    assert result.rate(result.language_matches) >= 0.97, summary
    if flags:
        assert result.rate(result.flag_matches) == 1.0, summary


@pytest.mark.corpus
def test_corpus_meets_the_quality_floors():
    _assert_floors(require_corpus(), items=90, macro_f1=0.95, rights_recall=0.97)


def test_own_labelled_set_meets_the_quality_floors():
    _assert_floors(
        OWN_SET_DIR, items=200, macro_f1=0.95, rights_recall=0.95, more_items_allowed=True
    )


def test_blind_set_stays_above_its_measured_level():
    """The blind set is never tuned on; this floor only guards against regressions."""
    _assert_floors(BLIND_SET_DIR, items=160, macro_f1=0.88, rights_recall=0.80, flags=False)


def test_second_blind_set_now_a_development_set_meets_the_quality_floors():
    """Written independently, then (after its held-out score was recorded) studied."""
    _assert_floors(BLIND2_SET_DIR, items=170, macro_f1=0.95, rights_recall=0.95, flags=False)


def test_held_out_set_stays_above_its_measured_level():
    """tests/blind3 is never read while working on the lexicons: a floor against regressions."""
    _assert_floors(BLIND3_SET_DIR, items=170, macro_f1=0.88, rights_recall=0.80, flags=False)
