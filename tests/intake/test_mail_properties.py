"""Property tests: mutated mails never make `parse` raise anything but MailParseError."""

from __future__ import annotations

from pathlib import Path

import pytest
from hostile_mail import SIMPLE_HEADERS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from shared_corpus import require_corpus

from intake.mail import MailParseError, parse
from intake.message import ParsedMessage

SEED_MAILS = [
    SIMPLE_HEADERS + b"\nplease delete my data\n",
    SIMPLE_HEADERS
    + b'MIME-Version: 1.0\nContent-Type: multipart/alternative; boundary="b"\n\n'
    + b"--b\nContent-Type: text/plain; charset=ISO-2022-JP\n\n\x1b$B8D?M>pJs\x1b(B\n"
    + b"--b\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
    + b"PHA+aGVsbG88L3A+\n--b--\n",
]


@st.composite
def mutated(draw: st.DrawFn, seeds: list[bytes]) -> bytes:
    """A seed mail with a few random cuts, insertions, byte flips and duplications."""
    raw = bytearray(draw(st.sampled_from(seeds)))
    for _ in range(draw(st.integers(1, 6))):
        position = draw(st.integers(0, len(raw)))
        action = draw(st.sampled_from(["cut", "insert", "flip", "duplicate", "truncate"]))
        if action == "cut":
            del raw[position : position + draw(st.integers(1, 200))]
        elif action == "insert":
            raw[position:position] = draw(
                st.one_of(
                    st.binary(max_size=64),
                    st.sampled_from(
                        [b"\n\n", b"--", b"=?utf-8?B?", b"?=", b"\x1b$B", b"\x00", b"=\n", b";"]
                    ),
                )
            )
        elif action == "flip" and raw:
            index = min(position, len(raw) - 1)
            raw[index] = draw(st.integers(0, 255))
        elif action == "duplicate":
            raw[position:position] = raw[position : position + draw(st.integers(1, 500))]
        else:
            del raw[position:]
    return bytes(raw)


def _parses_or_refuses(raw: bytes) -> None:
    try:
        result = parse(raw)
    except MailParseError:
        return
    assert isinstance(result, ParsedMessage)
    assert isinstance(result.new_text, str) and isinstance(result.language, str)


@given(mutated(SEED_MAILS))
@settings(max_examples=300, deadline=None)
def test_mutated_built_in_mails_never_raise_unexpectedly(raw):
    _parses_or_refuses(raw)


@pytest.mark.corpus
@given(data=st.data())
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_mutated_corpus_mails_never_raise_unexpectedly(data):
    corpus_mails = _corpus_mails(require_corpus())
    _parses_or_refuses(data.draw(mutated(corpus_mails)))


@given(st.binary(max_size=2000))
@settings(max_examples=300, deadline=None)
def test_random_bytes_never_raise_unexpectedly(raw):
    _parses_or_refuses(raw)


_CORPUS_CACHE: dict[Path, list[bytes]] = {}


def _corpus_mails(corpus_dir: Path) -> list[bytes]:
    if corpus_dir not in _CORPUS_CACHE:
        _CORPUS_CACHE[corpus_dir] = [p.read_bytes() for p in sorted(corpus_dir.glob("email/*.eml"))]
    return _CORPUS_CACHE[corpus_dir]
