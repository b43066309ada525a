"""Signed Message-IDs: made, verified, and found again in In-Reply-To/References."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workflows.message_ids import (
    case_number_from_message_id,
    make_message_id,
    our_case_numbers,
)

SECRET = "s3cret-key-for-tests-0123456789abcdef"
OTHER_SECRET = "another-secret-key-for-tests-9876543210"
DOMAIN = "win-techno.example.com"


def _id(case: str = "PR-2026-000123") -> str:
    return make_message_id(SECRET, case, DOMAIN)


def test_shape_of_a_new_id():
    message_id = _id()
    match = re.fullmatch(r"<pr-2026-000123\.([a-z0-9]{12,})\.([a-z2-7]{20,})@(.+)>", message_id)
    assert match is not None, message_id
    assert match.group(3) == DOMAIN
    assert message_id == message_id.lower()


def test_round_trip():
    assert case_number_from_message_id(SECRET, _id()) == "PR-2026-000123"


def test_without_brackets_and_with_whitespace():
    bare = _id().strip("<>")
    assert case_number_from_message_id(SECRET, bare) == "PR-2026-000123"
    assert case_number_from_message_id(SECRET, f"  \t<{bare}>\r\n") == "PR-2026-000123"
    assert case_number_from_message_id(SECRET, f"< {bare} >") == "PR-2026-000123"


def test_case_changes_by_mailers_do_not_matter():
    message_id = _id()
    assert case_number_from_message_id(SECRET, message_id.upper()) == "PR-2026-000123"
    assert case_number_from_message_id(SECRET, message_id.lower()) == "PR-2026-000123"


def test_two_ids_for_one_case_differ():
    ids = {_id() for _ in range(50)}
    assert len(ids) == 50


def test_tampered_signature_is_rejected():
    body, _, domain = _id()[1:-1].partition("@")
    case, nonce, signature = body.split(".")
    flipped = ("a" if signature[0] != "a" else "b") + signature[1:]
    assert case_number_from_message_id(SECRET, f"<{case}.{nonce}.{flipped}@{domain}>") is None
    assert (
        case_number_from_message_id(SECRET, f"<{case}.{nonce}.{signature[:-1]}@{domain}>") is None
    )


def test_case_number_swapped_into_a_valid_id_is_rejected():
    body, _, domain = _id("PR-2026-000123")[1:-1].partition("@")
    _case, nonce, signature = body.split(".")
    forged = f"<pr-2026-000124.{nonce}.{signature}@{domain}>"
    assert case_number_from_message_id(SECRET, forged) is None


def test_nonce_swapped_is_rejected():
    body, _, domain = _id()[1:-1].partition("@")
    case, nonce, signature = body.split(".")
    other_nonce = ("a" if nonce[0] != "a" else "b") + nonce[1:]
    forged = f"<{case}.{other_nonce}.{signature}@{domain}>"
    assert case_number_from_message_id(SECRET, forged) is None


def test_another_secret_is_rejected():
    assert case_number_from_message_id(OTHER_SECRET, _id()) is None
    assert case_number_from_message_id("", _id()) is None


@pytest.mark.parametrize(
    "junk",
    [
        "",
        "   ",
        "<>",
        "<",
        ">",
        "<CAJ1234abcd@mail.gmail.com>",
        "<TYCPR01MB1234567890ABCDEF0123456789ABCDEF0@TYCPR01MB12345.jpnprd01.prod.outlook.com>",
        "<20260102030405.ABCDEF@example.jp>",
        "<pr-2026-000123.abcdefghijkl.notasignature@example.com>",
        "<pr-2026-000123@example.com>",
        "pr-2026-000123",
        "<..@>",
        "<a.b.c.d@e>",
        "\x00\x01\x02",
        "<pr-2026-000123.abcdefghijklm.\udcff@example.com>",
        "x" * 100_000,
        "<" + "a." * 5000 + "@example.com>",
    ],
)
def test_other_ids_and_junk_give_none(junk):
    assert case_number_from_message_id(SECRET, junk) is None


@pytest.mark.parametrize("junk", [None, 123, b"<abc@example.com>", ["<a@b>"]])
def test_non_strings_give_none(junk):
    assert case_number_from_message_id(SECRET, junk) is None  # type: ignore[arg-type]


@given(st.text(max_size=300))
def test_never_raises(text):
    assert case_number_from_message_id(SECRET, text) is None


@pytest.mark.parametrize("case", ["", "PR 2026", "PR.2026.1", "<PR>", "PR-2026-\n000123"])
def test_unusable_case_numbers_are_refused(case):
    with pytest.raises(ValueError):
        make_message_id(SECRET, case, DOMAIN)


def test_unusable_domain_or_secret_is_refused():
    with pytest.raises(ValueError):
        make_message_id(SECRET, "PR-2026-000123", "bad domain")
    with pytest.raises(ValueError):
        make_message_id("", "PR-2026-000123", DOMAIN)


def test_our_case_numbers_in_references_with_several_ids_and_folding():
    first, second = _id("PR-2026-000123"), _id("PR-2026-000456")
    references = (
        f"<CAJ1234abcd@mail.gmail.com>\r\n {first}\r\n\t<other@example.jp> {second}\n"
        f" {first.upper()}"
    )
    in_reply_to = f"  {second}  "
    assert our_case_numbers(SECRET, [in_reply_to, references]) == [
        "PR-2026-000456",
        "PR-2026-000123",
    ]
    assert our_case_numbers(SECRET, [references]) == ["PR-2026-000123", "PR-2026-000456"]


def test_our_case_numbers_ignores_forged_and_foreign_ids():
    ours = _id("PR-2026-000789")
    foreign = make_message_id(OTHER_SECRET, "PR-2026-000111", DOMAIN)
    values = [f"{foreign} <abc@example.com>", "", "garbage <<>> <", ours]
    assert our_case_numbers(SECRET, values) == ["PR-2026-000789"]
    assert our_case_numbers(SECRET, []) == []
    assert our_case_numbers(SECRET, ["", "   "]) == []


def test_our_case_numbers_accepts_a_bare_id():
    assert our_case_numbers(SECRET, [_id().strip("<>")]) == ["PR-2026-000123"]
