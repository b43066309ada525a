"""First-character sets of patterns: exact where the pattern tells, None where it cannot."""

import re

import pytest

from intake.firstchars import first_chars


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"削除|消去", {"削", "消"}),
        (r"\b(?:delete|erase)\b", {"d", "e"}),
        (r"(?=[ab])\b(?:apple|banana)", {"a", "b"}),
        (r"[あ-お]+して", {"あ", "ぃ", "い", "ぅ", "う", "ぇ", "え", "ぉ", "お"}),
        (r"(?:my|our)\s+data", {"m", "o"}),
    ],
)
def test_first_characters_are_read_from_the_pattern(pattern, expected):
    assert first_chars(re.compile(pattern)) == frozenset(expected)


@pytest.mark.parametrize(
    "pattern", [r"\w+", r"[^a]bc", r"(?:x)?y", r"a|\d", r".{0,3}z", r"[\u0000-\uffff]"]
)
def test_unknowable_first_characters_give_none(pattern):
    assert first_chars(re.compile(pattern)) is None


def test_case_insensitive_patterns_are_never_gated():
    assert first_chars(re.compile("Delete", re.IGNORECASE)) is None
