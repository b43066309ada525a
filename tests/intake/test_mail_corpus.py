"""Every corpus email parses: headers without mojibake, language and automatic-mail labels met."""

from __future__ import annotations

import importlib.util
import unicodedata

import pytest
from shared_corpus import corpus_labels, require_corpus

from intake.mail import parse

MOJIBAKE_MARKERS = ("\ufffd", "Ã", "â€", "ã‚", "ã€", "縺", "繧", "譁", "$B", "\x1b")


def _email_items() -> list[dict]:
    return [item for item in corpus_labels() if item["channel"] == "email"]


def _source_texts() -> dict[str, dict]:
    """The generator's own subject and sender per item, to compare decoded headers with."""
    script = require_corpus() / "make_corpus.py"
    spec = importlib.util.spec_from_file_location("make_corpus_sources", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return {item["id"]: item for item in module.EMAILS}


def _assert_clean(text: str) -> None:
    for marker in MOJIBAKE_MARKERS:
        assert marker not in text, f"mojibake marker {marker!r} in {text!r}"
    assert all(unicodedata.category(ch) != "Cc" or ch in "\n\t" for ch in text), repr(text)


@pytest.fixture(scope="module")
def parsed_corpus():
    corpus_dir = require_corpus()
    return {
        item["file"]: (item, parse((corpus_dir / item["file"]).read_bytes()))
        for item in _email_items()
    }


@pytest.mark.corpus
def test_every_corpus_email_parses(parsed_corpus):
    assert len(parsed_corpus) == 55


@pytest.mark.corpus
def test_subjects_and_sender_names_match_the_source_texts(parsed_corpus):
    sources = _source_texts()
    for file_name, (_item, parsed) in parsed_corpus.items():
        source = sources[file_name.rsplit("/", 1)[1].removesuffix(".eml")]
        _assert_clean(parsed.subject)
        _assert_clean(parsed.from_.name)
        assert parsed.subject == (source["subject"] or ""), file_name
        source_name, source_address = source["from"]
        assert parsed.from_.name == (source_name or ""), file_name
        assert parsed.from_.address == source_address, file_name


@pytest.mark.corpus
def test_bodies_and_new_text_are_free_of_mojibake(parsed_corpus):
    for file_name, (_item, parsed) in parsed_corpus.items():
        assert parsed.new_text.strip(), f"{file_name}: no new text"
        _assert_clean(parsed.text)
        _assert_clean(parsed.new_text)


@pytest.mark.corpus
def test_detected_language_equals_the_label(parsed_corpus):
    wrong = {
        file_name: (item["language"], parsed.language)
        for file_name, (item, parsed) in parsed_corpus.items()
        if parsed.language != item["language"]
    }
    assert not wrong


@pytest.mark.corpus
def test_auto_reply_and_bounce_equal_the_labels(parsed_corpus):
    wrong = {
        file_name: ((item["auto_reply"], item["bounce"]), (parsed.auto_reply, parsed.bounce))
        for file_name, (item, parsed) in parsed_corpus.items()
        if (parsed.auto_reply, parsed.bounce) != (item["auto_reply"], item["bounce"])
    }
    assert not wrong


@pytest.mark.corpus
def test_bounces_name_the_failed_recipient_and_the_original(parsed_corpus):
    bounces = [parsed for item, parsed in parsed_corpus.values() if item["bounce"]]
    assert len(bounces) == 2
    for parsed in bounces:
        info = parsed.bounce_info
        assert info is not None
        assert info.failed_recipients and "@" in info.failed_recipients[0]
        assert info.status.startswith("5.")
        assert info.original_message_id.startswith("<")
        assert parsed.automatic.do_not_auto_answer


@pytest.mark.corpus
def test_attachments_are_listed_with_decoded_names(parsed_corpus):
    attachments = [a for _i, parsed in parsed_corpus.values() for a in parsed.attachments]
    assert attachments, "the corpus has attachments"
    for attachment in attachments:
        _assert_clean(attachment.filename)
        assert attachment.size > 0 and len(attachment.sha256) == 64
    assert any(
        any("\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff" for ch in a.filename)
        for a in attachments
    ), "the RFC 2231 Japanese filename is decoded"
