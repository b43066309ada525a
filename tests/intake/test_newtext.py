"""`split_text` keeps the sender's own words in new_text and moves quotes, signatures and
disclaimers out of it, in Japanese and English layouts (and reply headers in five more
languages), in linear time."""

from __future__ import annotations

import email
import email.policy
import json
import logging
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from shared_corpus import require_corpus

from intake.newtext import TextParts, split_text


def body(*lines: str) -> str:
    """A mail body made of these lines."""
    return "\n".join(lines) + "\n"


# --- quoted replies ------------------------------------------------------------------------------


def test_gmail_reply_keeps_only_the_text_above_the_attribution():
    parts = split_text(
        body(
            "Please delete my account and every record you keep about me.",
            "",
            "On Mon, Jan 5, 2026 at 10:00 AM Help Desk <help@example.com> wrote:",
            "",
            "> Thank you for contacting us.",
            "> Is there anything else we can do?",
        )
    )
    assert parts.new_text == "Please delete my account and every record you keep about me."
    assert parts.quoted.startswith("On Mon, Jan 5, 2026")
    assert "anything else" in parts.quoted


def test_attribution_wrapped_over_two_lines_is_quoted_whole():
    parts = split_text(
        body(
            "Yes, please go ahead.",
            "",
            "On Mon, Jan 5, 2026 at 10:00 AM Help Desk <",
            "help@example.com> wrote:",
            "",
            "> Shall we close the ticket?",
        )
    )
    assert parts.new_text == "Yes, please go ahead."
    assert "On Mon" not in parts.new_text and "wrote" not in parts.new_text


def test_nested_and_indented_quote_marks_are_all_quoted():
    parts = split_text(
        body(
            "Still waiting for an answer.",
            "",
            "  > Did you get my request?",
            ">> Please erase my profile.",
            "> > > ancient history",
        )
    )
    assert parts.new_text == "Still waiting for an answer."
    assert "erase" not in parts.new_text
    assert "ancient history" in parts.quoted


def test_bottom_posted_reply_keeps_the_text_under_the_quote():
    parts = split_text(
        body(
            "> Could you confirm the address on your account?",
            "",
            "It is kim@example.org. Please remove it from your mailing list.",
        )
    )
    assert parts.new_text == "It is kim@example.org. Please remove it from your mailing list."
    assert "confirm the address" in parts.quoted


def test_interleaved_answers_stay_and_the_questions_go_to_quoted():
    parts = split_text(
        body(
            "On Tue, Feb 3, 2026 at 9:15 AM Privacy Desk <privacy@example.com> wrote:",
            "> Which account should we look at?",
            "The one registered as lee@example.net.",
            "> And which data do you want deleted?",
            "All of it, backups included.",
            "",
            "Thanks,",
            "Sam Lee",
        )
    )
    assert "The one registered as lee@example.net." in parts.new_text
    assert "All of it, backups included." in parts.new_text
    assert "Which account" not in parts.new_text and "want deleted" not in parts.new_text
    assert parts.signature == "Sam Lee"


def test_pipe_quoted_lines_are_quoted_but_a_table_is_not():
    quoted = split_text(body("Agreed.", "", "| earlier message line one", "| line two"))
    assert quoted.new_text == "Agreed."
    table = split_text(body("My records:", "| field | value |", "| phone | 090 |"))
    assert "| phone | 090 |" in table.new_text


def test_whole_body_quoted_falls_back_to_the_full_text():
    text = body("> only an old message", "> nothing new here")
    parts = split_text(text)
    assert parts.new_text == text.strip()


# --- history blocks: Original Message, Outlook headers, forwards -------------------------------


def test_original_message_block_is_quoted_down_to_the_end():
    parts = split_text(
        body(
            "Please correct my phone number to 090-0000-1111.",
            "",
            "-----Original Message-----",
            "From: Support <support@example.com>",
            "Sent: Monday, January 5, 2026 10:00 AM",
            "To: Kai <kai@example.org>",
            "Subject: Your request",
            "",
            "If you want us to delete your data, reply to this message.",
        )
    )
    assert parts.new_text == "Please correct my phone number to 090-0000-1111."
    assert "delete" not in parts.new_text and "Original Message" not in parts.new_text
    assert parts.quoted.startswith("-----Original Message-----")


def test_outlook_header_block_without_separator_is_quoted():
    parts = split_text(
        body(
            "Stop using my data for advertising.",
            "",
            "From: Newsletter <news@example.com>",
            "Sent: Friday, January 9, 2026 8:00 AM",
            "To: ana@example.org",
            "Subject: Deals of the week",
            "",
            "Click to delete your preferences.",
        )
    )
    assert parts.new_text == "Stop using my data for advertising."
    assert "Click" in parts.quoted


def test_from_and_date_under_an_underscore_rule_are_quoted():
    parts = split_text(
        body(
            "Please unsubscribe me.",
            "",
            "________________________________",
            "From: Events <events@example.com>",
            "Date: 12 January 2026",
            "",
            "Erase your profile here.",
        )
    )
    assert parts.new_text == "Please unsubscribe me."
    assert parts.quoted.startswith("_____")


def test_from_inside_a_sentence_does_not_cut_the_message():
    text = body(
        "Why does the From: line of your newsletter show my old address?",
        "From: what I can tell, you never updated it.",
        "Please correct it.",
    )
    parts = split_text(text)
    assert parts.new_text == text.strip()
    assert parts.quoted == ""


@pytest.mark.parametrize(
    "separator",
    ["---------- Forwarded message ---------", "Begin forwarded message:"],
)
def test_forwarded_message_is_quoted_and_the_note_above_stays(separator):
    parts = split_text(
        body(
            "Forwarding the mail below: I never signed up for this.",
            "",
            separator,
            "From: Promo <promo@example.com>",
            "Date: Mon, Jan 5, 2026",
            "Subject: Offer",
            "To: me@example.org",
            "",
            "Reply STOP to delete yourself from the list.",
        )
    )
    assert parts.new_text == "Forwarding the mail below: I never signed up for this."
    assert "STOP" in parts.quoted and "STOP" not in parts.new_text


# --- Japanese layouts ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "attribution",
    [
        "2026年1月8日(木) 10:24 佐藤 花子 <hanako@example.jp>:",
        "2026/01/08 10:24、佐藤様 wrote:",
        "佐藤様は書きました:",
    ],
)
def test_japanese_attribution_and_quote_are_quoted(attribution):
    parts = split_text(
        body(
            "登録住所の変更をお願いします。",
            "",
            attribution,
            "",
            "＞ お問い合わせありがとうございます。",
            "＞ 削除をご希望の場合はお知らせください。",
        )
    )
    assert parts.new_text == "登録住所の変更をお願いします。"
    assert "削除" not in parts.new_text
    assert attribution in parts.quoted


@pytest.mark.parametrize(
    "separator",
    [
        "-----元のメッセージ-----",
        "----- Original Message -----",
        "-----Ursprüngliche Nachricht-----",
        "-------- 転送メッセージ --------",
        "---------- 転送されたメッセージ ----------",
    ],
)
def test_japanese_mail_cut_at_the_history_separator(separator):
    parts = split_text(
        body(
            "個人データの開示を請求します。",
            "",
            separator,
            "件名: ご案内",
            "",
            "配信停止と削除はこちらから。",
        )
    )
    assert parts.new_text == "個人データの開示を請求します。"
    assert parts.quoted.startswith(separator)


def test_japanese_outlook_header_block_is_quoted():
    parts = split_text(
        body(
            "メールマガジンの配信を停止してください。",
            "",
            "差出人: ニュース配信 <news@example.jp>",
            "送信日時: 2026年1月8日 10:24",
            "宛先: 田中 <tanaka@example.jp>",
            "件名: 今月のお知らせ",
            "",
            "登録情報の削除はこちら",
        )
    )
    assert parts.new_text == "メールマガジンの配信を停止してください。"
    assert "登録情報の削除" in parts.quoted


def test_japanese_closing_stays_and_the_name_under_it_is_signature():
    parts = split_text(
        body(
            "お世話になっております。",
            "登録メールアドレスの変更をお願いいたします。",
            "",
            "よろしくお願いいたします。",
            "",
            "田中 一郎",
        )
    )
    assert parts.new_text.endswith("よろしくお願いいたします。")
    assert parts.signature == "田中 一郎"


def test_japanese_ruled_signature_block_is_signature():
    parts = split_text(
        body(
            "利用停止をお願いします。",
            "",
            "以上、よろしくお願いいたします。",
            "━━━━━━━━━━━━━━━━",
            "株式会社サンプル物産 営業部",
            "鈴木 次郎",
            "〒100-0001 東京都千代田区千代田9-9-9",
            "TEL: 03-0000-9999",
            "https://www.example.jp/",
            "━━━━━━━━━━━━━━━━",
        )
    )
    assert parts.new_text == "利用停止をお願いします。\n\n以上、よろしくお願いいたします。"
    assert "〒100-0001" in parts.signature and "TEL" not in parts.new_text


def test_japanese_company_block_without_a_rule_is_signature():
    parts = split_text(
        body(
            "保有している個人情報の一覧を送ってください。",
            "",
            "株式会社サンプル工業 総務課",
            "〒530-0001 大阪府大阪市北区梅田9-9-9",
            "TEL: 06-0000-0000",
        )
    )
    assert parts.new_text == "保有している個人情報の一覧を送ってください。"
    assert parts.signature.startswith("株式会社サンプル工業")


def test_iphone_sent_from_line_is_signature():
    parts = split_text(body("退会したいので、データを全部消してください", "", "iPhoneから送信"))
    assert parts.new_text == "退会したいので、データを全部消してください"
    assert parts.signature == "iPhoneから送信"


def test_japanese_confidentiality_disclaimer_is_moved_out():
    parts = split_text(
        body(
            "請求書の再発行をお願いします。",
            "",
            "山本 花子",
            "",
            "このメールは機密情報を含んでいます。誤って受信された場合は、",
            "送信者にご連絡のうえ、本メールを削除してください。",
        )
    )
    assert parts.new_text == "請求書の再発行をお願いします。"
    assert "削除" not in parts.new_text
    assert "誤って受信" in parts.disclaimer


def test_japanese_recipient_disclaimer_is_moved_out():
    parts = split_text(
        body(
            "ログイン履歴を開示してください。",
            "",
            "本メールは宛先に記載された方のみを対象としています。宛先以外の方が受信された場合は、",
            "お手数ですが直ちに破棄してください。",
        )
    )
    assert parts.new_text == "ログイン履歴を開示してください。"
    assert "破棄" in parts.disclaimer


def test_japanese_changed_details_after_the_closing_stay_new_text():
    parts = split_text(
        body(
            "よろしくお願いします。",
            "",
            "新住所：神奈川県横浜市西区みなとみらい9-9",
            "新電話番号：045-000-0000",
        )
    )
    assert "新住所：神奈川県横浜市西区みなとみらい9-9" in parts.new_text
    assert "045-000-0000" in parts.new_text and parts.signature == ""


# --- other languages' reply headers --------------------------------------------------------------


@pytest.mark.parametrize(
    ("new", "attribution", "old"),
    [
        (
            "Merci de supprimer mes données.",
            "Le 5 janv. 2026 à 10:00, Service Client <sc@example.fr> a écrit :",
            "> Bonjour, que pouvons-nous faire ?",
        ),
        (
            "Bitte löschen Sie meine Daten.",
            "Am 05.01.2026 um 10:00 schrieb Kundendienst <kd@example.de>:",
            "> Guten Tag, wie können wir helfen?",
        ),
        (
            "Por favor, borren mis datos.",
            "El 5 ene 2026, a las 10:00, Soporte <soporte@example.es> escribió:",
            "> Hola, ¿en qué podemos ayudarle?",
        ),
        ("개인정보를 삭제해 주세요.", "고객센터 님이 작성:", "> 안녕하세요, 무엇을 도와드릴까요?"),
        ("请删除我的个人信息。", "在 2026年1月5日，客服 写道：", "> 您好，请问有什么可以帮您？"),
    ],
)
def test_attribution_lines_in_five_more_languages_are_quoted(new, attribution, old):
    parts = split_text(body(new, "", attribution, old))
    assert parts.new_text == new
    assert parts.quoted == f"{attribution}\n{old}"


def test_german_outlook_header_under_ursprungliche_nachricht_is_quoted():
    parts = split_text(
        body(
            "Bitte keine Werbung mehr.",
            "",
            "-----Ursprüngliche Nachricht-----",
            "Von: Marketing <m@example.de>",
            "Gesendet: Montag, 5. Januar 2026 10:00",
            "An: kunde@example.de",
            "Betreff: Angebot",
        )
    )
    assert parts.new_text == "Bitte keine Werbung mehr."
    assert "Betreff" in parts.quoted


# --- signatures ----------------------------------------------------------------------------------


@pytest.mark.parametrize("delimiter", ["-- ", "--"])
def test_signature_delimiter_starts_the_signature(delimiter):
    parts = split_text(
        body(
            "Please send me a copy of the data you hold.",
            "",
            delimiter,
            "Mia Wong",
            "Securing clouds since 2010",
            "mia@example.org",
        )
    )
    assert parts.new_text == "Please send me a copy of the data you hold."
    assert parts.signature.endswith("mia@example.org") and "Mia Wong" in parts.signature


def test_best_regards_stays_and_the_name_lines_under_it_are_signature():
    parts = split_text(
        body(
            "Could you tell me where my data is stored?",
            "",
            "Best regards,",
            "Noah Fischer",
            "Head of Cloud Operations",
        )
    )
    assert parts.new_text == "Could you tell me where my data is stored?\n\nBest regards,"
    assert parts.signature == "Noah Fischer\nHead of Cloud Operations"


@pytest.mark.parametrize("rule", ["━━━━━━", "──────", "=====", "*****", "-----", "＿＿＿＿"])
def test_rule_line_over_a_name_block_starts_the_signature(rule):
    parts = split_text(
        body("Please remove me from your lists.", "", rule, "Lena Novak", "Example Systems GmbH")
    )
    assert parts.new_text == "Please remove me from your lists."
    assert parts.signature == f"{rule}\nLena Novak\nExample Systems GmbH"


def test_company_block_without_a_rule_is_signature():
    parts = split_text(
        body(
            "Please stop sharing my details with partners.",
            "",
            "Acme Corp.",
            "Tel +81 3 0000 0000",
            "https://acme.example.com",
        )
    )
    assert parts.new_text == "Please stop sharing my details with partners."
    assert parts.signature.startswith("Acme Corp.")


def test_sent_from_my_iphone_above_a_quote_is_signature():
    parts = split_text(
        body(
            "Delete everything, thanks.",
            "",
            "Sent from my iPhone",
            "",
            "On Jan 5, 2026, at 10:00, Help <help@example.com> wrote:",
            "",
            "> Hi",
        )
    )
    assert parts.new_text == "Delete everything, thanks."
    assert parts.signature == "Sent from my iPhone"


def test_rule_line_followed_by_more_prose_is_not_a_signature():
    text = body(
        "Please update my address.",
        "",
        "-----",
        "",
        "The old one is no longer valid, I moved in December.",
    )
    parts = split_text(text)
    assert parts.new_text == text.strip()
    assert parts.signature == ""


def test_data_introduced_with_a_colon_is_not_a_signature():
    parts = split_text(body("My details are now as follows:", "", "Acme Corp.", "Tel 03-0000-1234"))
    assert "Tel 03-0000-1234" in parts.new_text
    assert parts.signature == ""


def test_request_under_a_signature_delimiter_stays_new_text():
    parts = split_text(
        body("Please delete my account.", "", "-- ", "Jo", "P.S. Also remove my phone number.")
    )
    assert "P.S. Also remove my phone number." in parts.new_text


def test_signature_alone_falls_back_to_the_full_text():
    text = body("-- ", "Mia Wong", "Acme Corp.")
    assert split_text(text).new_text == text.strip()


# --- disclaimers ---------------------------------------------------------------------------------


def test_confidentiality_notice_goes_to_disclaimer():
    parts = split_text(
        body(
            "We would like to become a reseller. Who should we talk to?",
            "",
            "Kind regards,",
            "Ola Berg",
            "",
            "CONFIDENTIALITY NOTICE: This e-mail and its attachments are confidential and",
            "intended solely for the addressee. If you are not the intended recipient, you",
            "must not copy or distribute it; please notify the sender and delete the message.",
        )
    )
    assert (
        parts.new_text
        == "We would like to become a reseller. Who should we talk to?\n\nKind regards,"
    )
    assert "delete" not in parts.new_text
    assert parts.disclaimer.startswith("CONFIDENTIALITY NOTICE")
    assert parts.signature == "Ola Berg"


def test_privacy_notice_at_the_bottom_goes_to_disclaimer():
    parts = split_text(
        body(
            "Which cookies does your website set?",
            "",
            "Thanks,",
            "Ravi",
            "",
            "We process your personal data in accordance with our Privacy Notice,",
            "available at https://example.com/privacy.",
        )
    )
    assert parts.new_text == "Which cookies does your website set?\n\nThanks,"
    assert "personal data" in parts.disclaimer


def test_disclaimer_title_on_its_own_line_goes_with_the_disclaimer():
    parts = split_text(
        body(
            "Please correct the spelling of my surname.",
            "",
            "DISCLAIMER",
            "",
            "This message is confidential. If you have received it in error, please delete it.",
        )
    )
    assert parts.new_text == "Please correct the spelling of my surname."
    assert parts.disclaimer.startswith("DISCLAIMER")


def test_external_sender_banner_at_the_top_goes_to_disclaimer():
    parts = split_text(
        body(
            "CAUTION: This email originated from outside of the organization.",
            "Do not click links or open attachments unless you recognize the sender.",
            "",
            "Please stop sending me marketing emails.",
        )
    )
    assert parts.new_text == "Please stop sending me marketing emails."
    assert "originated from outside" in parts.disclaimer


def test_customer_asking_for_deletion_in_legal_words_is_not_a_disclaimer():
    text = body(
        "If you are not able to delete my data, notify me. I consider this message my formal",
        "request under your privacy policy; any further disclosure is prohibited.",
    )
    parts = split_text(text)
    assert parts.new_text == text.strip()
    assert parts.disclaimer == ""


# --- odd input -----------------------------------------------------------------------------------


def test_empty_and_blank_bodies_give_empty_parts():
    assert split_text("") == TextParts("", "", "", "")
    assert split_text(" \n\t\n") == TextParts("", "", "", "")


def test_crlf_and_cr_line_endings_split_like_lf():
    lf = body("Please delete my data.", "", "> old question")
    assert split_text(lf.replace("\n", "\r\n")) == split_text(lf)
    assert split_text(lf.replace("\n", "\r")) == split_text(lf)


texts_from_mail_pieces = st.lists(
    st.one_of(
        st.text(max_size=12),
        st.sampled_from(
            [
                "> old",
                "＞ 古い",
                "| old",
                "-- ",
                "-----Original Message-----",
                "From: a@example.com",
                "Sent: today",
                "Subject: x",
                "差出人: a",
                "On Mon, Jan 5, 2026 at 10:00 AM A <a@example.com> wrote:",
                "On Mon, Jan 5,",
                "x wrote:",
                "━━━━━━",
                "________",
                "Best regards,",
                "Ann Lee",
                "Acme Corp.",
                "TEL: 03-0000-0000",
                "よろしくお願いいたします。",
                "This e-mail is confidential; if you received it in error, delete it.",
                "Sent from my iPhone",
                "",
                "\r",
                "\x00",
                "\ud800",
            ]
        ),
    ),
    max_size=30,
).map("\n".join)


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=texts_from_mail_pieces)
def test_no_line_is_ever_lost_and_nothing_fails(text, caplog):
    with caplog.at_level(logging.ERROR, logger="intake.newtext"):
        parts = split_text(text)
    assert not caplog.records, "split_text fell back after an internal error"
    every_part = "\n".join([parts.new_text, parts.quoted, parts.signature, parts.disclaimer])
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        assert line.strip() in every_part
    assert bool(parts.new_text) == bool(text.strip())


# --- size ------------------------------------------------------------------------------


TWENTY_MB = 20_000_000
FOUR_HUNDRED_K_LINES = 400_000


def test_twenty_megabytes_of_interleaved_reply_are_split():
    group = [
        "Please tell me which personal data you keep about me, and why so. ",
        "> an older message quoted in this reply, with nothing new in it at all",
        "",
        "Kind regards, and thanks for looking into this matter quickly again",
    ]
    text = "\n".join(group * (FOUR_HUNDRED_K_LINES // len(group)))
    assert len(text) >= TWENTY_MB and text.count("\n") + 1 == FOUR_HUNDRED_K_LINES
    parts = split_text(text)
    assert parts.new_text.startswith("Please tell me")
    assert "an older message" not in parts.new_text


def test_twenty_megabytes_of_top_posted_reply_are_split():
    half = FOUR_HUNDRED_K_LINES // 2
    text = "\n".join(
        ["Please delete every record you hold about me, the sooner the better now."] * half
        + ["On Mon, Jan 5, 2026 at 10:00 AM Help Desk <help@example.com> wrote:"]
        + ["> we have received your request and will answer it within ten days"] * (half - 1)
    )
    assert len(text) >= TWENTY_MB and text.count("\n") + 1 == FOUR_HUNDRED_K_LINES
    parts = split_text(text)
    assert parts.new_text.count("\n") + 1 == half
    assert "we have received" not in parts.new_text


@pytest.mark.parametrize(
    "text",
    [
        ">" * 100_000,
        "-- \n" * 100_000,
        "Hello\n" + "--\n" * 100_000,
        "From: a@example.com\n" * 100_000,
        "x wrote:\n" * 100_000,
        "-" * 1_000_000 + "\nhi",
        "|" * 100_000 + "|\n" + "| a |\n" * 100_000,
        "Tel 03-0000-0000\n" * 100_000,
        ("a" * 99 + "\n") * 100_000,
    ],
    ids=[
        "100k-gt",
        "100k-dash-dash-space-lines",
        "100k-dash-dash-lines",
        "100k-from-lines",
        "100k-wrote-lines",
        "1M-dashes",
        "pipes",
        "100k-phone-lines",
        "10MB-one-word-lines",
    ],
)
def test_pathological_input_keeps_new_text(text):
    parts = split_text(text)
    assert parts.new_text


# --- the shared corpus ---------------------------------------------------------------------------

NOTE_ABOUT_PARTS = re.compile(
    r"\b(?P<quoted>quoted|quotes\s+an|forwarded)\b|(?P<signature>signature)|(?P<disclaimer>disclaimer)",
    re.IGNORECASE,
)


def _corpus_emails() -> list[dict]:
    """The corpus's email labels (skips or fails as `require_corpus` decides)."""
    labels = (require_corpus() / "labels.jsonl").read_text(encoding="utf-8").splitlines()
    items = (json.loads(line) for line in labels if line.strip())
    return [item for item in items if item["channel"] == "email"]


def _plain_body(raw: bytes) -> str | None:
    message = email.message_from_bytes(raw, policy=email.policy.default)
    part = message.get_body(("plain", "html"))
    if part is None or part.get_content_type() != "text/plain":
        return None
    return part.get_content()


@pytest.mark.corpus
def test_corpus_mails_with_quotes_or_disclaimers_keep_them_out_of_new_text():
    corpus_dir = require_corpus()
    items = [item for item in _corpus_emails() if NOTE_ABOUT_PARTS.search(item["note"])]
    assert items, "the corpus notes name quoted text or disclaimers"
    checked = 0
    for item in items:
        text = _plain_body((corpus_dir / item["file"]).read_bytes())
        if text is None:
            continue
        checked += 1
        parts = split_text(text)
        where = item["file"]
        assert parts.new_text, where
        assert not any(line.lstrip().startswith(">") for line in parts.new_text.splitlines())
        assert "Original Message" not in parts.new_text, where
        for found in NOTE_ABOUT_PARTS.finditer(item["note"]):
            assert getattr(parts, found.lastgroup or ""), (where, found.lastgroup)
        for line in (parts.quoted + "\n" + parts.disclaimer).splitlines():
            if len(line.strip(" >")) >= 20:
                assert line.strip(" >") not in parts.new_text, (where, line)
    assert checked >= 3


@pytest.mark.corpus
def test_every_plain_corpus_mail_keeps_new_text_and_loses_no_line():
    corpus_dir = require_corpus()
    for item in _corpus_emails():
        text = _plain_body((corpus_dir / item["file"]).read_bytes())
        if text is None:
            continue
        parts = split_text(text)
        every_part = "\n".join([parts.new_text, parts.quoted, parts.signature, parts.disclaimer])
        assert parts.new_text, item["file"]
        assert all(line.strip() in every_part for line in text.splitlines()), item["file"]
