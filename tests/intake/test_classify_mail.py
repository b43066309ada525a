"""`classify_mail`: the customer's new text first; a subject they wrote where it asks nothing."""

from __future__ import annotations

import pytest

from intake.classifier import classify_mail


@pytest.mark.parametrize(
    ("subject", "body", "kinds"),
    [
        (
            "個人情報の削除依頼",
            "お世話になっております。\nよろしくお願いいたします。",
            ("deletion",),
        ),
        ("Please delete my account and personal data", "Thanks.", ("deletion",)),
        ("Request for a copy of my personal data", "Kind regards,\nAnna", ("disclosure",)),
        ("メールマガジンの配信停止をお願いします", "", ("suspension",)),
    ],
)
def test_a_request_written_only_in_the_subject_is_read_there(subject, body, kinds):
    result = classify_mail(body, subject)
    assert result.kinds == kinds
    assert {cue.source for cue in result.cues if cue.status == "kept"} == {"subject"}


@pytest.mark.parametrize(
    "subject",
    [
        "Re: Please delete my account",
        "RE: 個人情報の削除依頼",
        "Fwd: delete my personal data",
        "返信: 個人情報の削除について",
        "[PR-2026-000123] Your deletion request",
    ],
)
def test_the_subject_of_a_reply_forward_or_our_case_is_not_read(subject):
    assert classify_mail("Thank you, noted.", subject).kinds == ("other",)


def test_when_the_text_asks_for_something_the_subject_adds_nothing():
    result = classify_mail(
        "I do not want my account deleted; I only want to know what you store about me.",
        "Account deletion?",
    )
    assert result.kinds == ("disclosure",)
    assert all(cue.source == "text" for cue in result.cues)


def test_automatic_mail_gets_no_kinds_whatever_its_subject_says():
    assert classify_mail("I am away.", "Delete my data", automatic=True).kinds == ()


def test_a_subject_that_asks_for_nothing_leaves_other():
    assert classify_mail("See attached invoice.", "Invoice 2026-11").kinds == ("other",)
