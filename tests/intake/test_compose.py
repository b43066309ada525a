"""Outbound mail: charsets, the subject tag, threading headers, injection and attachments."""

from __future__ import annotations

import email
import email.message
import email.policy
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from intake.compose import compose_mail, is_role_address
from intake.mail import parse

JST = timezone(timedelta(hours=9))
CASE = "PR-2026-000123"
OUR_ID = "<pr-2026-000123.abcdefghijklmnop.abcdefghijklmnopqrstuvwxyz@example.jp>"


def _compose(**overrides: Any) -> bytes:
    values: dict[str, Any] = {
        "sender": "support@example.jp",
        "sender_name": "Win Techno",
        "recipient": "taro@example.jp",
        "subject": "Your request",
        "body": "Hello,\n\nWe received your request.\n",
        "message_id": OUR_ID,
        "case_number": CASE,
        "in_reply_to": None,
        "references": (),
        "automatic": False,
        "language": "en",
        "loop_header_value": "example.jp",
        "date": datetime(2026, 1, 2, 3, 4, 5, tzinfo=JST),
    }
    values.update(overrides)
    return compose_mail(**values)


def _stdlib(raw: bytes) -> email.message.EmailMessage:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(msg, email.message.EmailMessage)
    return msg


def _text_part(msg: email.message.EmailMessage) -> email.message.EmailMessage:
    part = msg.get_body(("plain",))
    assert part is not None
    return part  # type: ignore[return-value]


def _content(part: email.message.EmailMessage) -> str:
    """The decoded text of a part, with the wire's CRLF line ends made LF."""
    return part.get_content().replace("\r\n", "\n")


def _header_block(raw: bytes) -> bytes:
    return raw.split(b"\r\n\r\n", 1)[0]


# --- line endings and basic headers --------------------------------------------------------


def test_crlf_everywhere_and_headers_present():
    raw = _compose()
    assert b"\r\n" in raw
    assert b"\n" not in raw.replace(b"\r\n", b"")
    assert b"\r" not in raw.replace(b"\r\n", b"")
    msg = _stdlib(raw)
    assert msg["Message-ID"] == OUR_ID
    assert msg["MIME-Version"] == "1.0"
    assert msg["Date"].datetime == datetime(2026, 1, 2, 3, 4, 5, tzinfo=JST)
    assert msg["From"].addresses[0].display_name == "Win Techno"
    assert msg["From"].addresses[0].addr_spec == "support@example.jp"
    assert msg["To"].addresses[0].addr_spec == "taro@example.jp"
    assert msg["X-Intake-Loop"] == "example.jp"
    assert all(len(line) <= 998 for line in raw.split(b"\r\n"))


def test_default_date_is_now():
    before = datetime.now(UTC).replace(microsecond=0)
    msg = _stdlib(_compose(date=None))
    assert before <= msg["Date"].datetime <= datetime.now(UTC)


def test_naive_date_is_refused():
    with pytest.raises(ValueError):
        _compose(date=datetime(2026, 1, 2, 3, 4, 5))


def test_english_round_trip_through_our_parser():
    parsed = parse(_compose())
    assert parsed.subject == f"[{CASE}] Your request"
    assert parsed.new_text.startswith("Hello,")
    assert parsed.message_id == OUR_ID
    assert parsed.from_ is not None and parsed.from_.address == "support@example.jp"


def test_non_ascii_sender_name_is_encoded():
    raw = _compose(sender_name="Société Win Techno")
    assert "Société".encode() not in _header_block(raw)
    assert b"=?utf-8?" in _header_block(raw)
    assert _stdlib(raw)["From"].addresses[0].display_name == "Société Win Techno"


# --- Japanese ------------------------------------------------------------------------------

JA_SUBJECT = "個人情報の開示請求について"
JA_BODY = "山田 太郎 様\n\nお問い合わせありがとうございます。\n受付番号をご確認ください。\n"


def test_japanese_round_trips_in_iso_2022_jp():
    raw = _compose(
        subject=JA_SUBJECT,
        body=JA_BODY,
        language="ja",
        sender_name="ウィンテクノ株式会社",
        recipient="山田 太郎 <taro@example.jp>",
    )
    assert raw.isascii()
    assert b"=?ISO-2022-JP?B?" in _header_block(raw)
    msg = _stdlib(raw)
    part = _text_part(msg)
    assert part.get_content_charset() == "iso-2022-jp"
    assert part["Content-Transfer-Encoding"] == "7bit"
    assert _content(part) == JA_BODY
    assert msg["Subject"] == f"[{CASE}] {JA_SUBJECT}"
    assert msg["From"].addresses[0].display_name == "ウィンテクノ株式会社"
    assert msg["To"].addresses[0].display_name == "山田 太郎"
    parsed = parse(raw)
    assert parsed.subject == f"[{CASE}] {JA_SUBJECT}"
    assert parsed.text == JA_BODY.strip("\n")
    assert parsed.language == "ja"
    assert parsed.from_ is not None and parsed.from_.name == "ウィンテクノ株式会社"


def test_ja_plus_en_also_uses_iso_2022_jp():
    raw = _compose(subject=JA_SUBJECT, body=JA_BODY + "\nDear customer,\n", language="ja+en")
    assert _text_part(_stdlib(raw)).get_content_charset() == "iso-2022-jp"


def test_utf8_japanese_charset_setting():
    raw = _compose(subject=JA_SUBJECT, body=JA_BODY, language="ja", japanese_charset="utf-8")
    msg = _stdlib(raw)
    assert _text_part(msg).get_content_charset() == "utf-8"
    assert _content(_text_part(msg)) == JA_BODY
    assert msg["Subject"] == f"[{CASE}] {JA_SUBJECT}"


def test_unknown_japanese_charset_is_refused():
    with pytest.raises(ValueError):
        _compose(language="ja", japanese_charset="shift_jis")


def test_wave_dash_and_halfwidth_kana_are_mapped_and_stay_iso_2022_jp():
    raw = _compose(subject="受付時間 10時～17時", body="10時～17時 ｶﾞｲﾄﾞ－ライン", language="ja")
    msg = _stdlib(raw)
    part = _text_part(msg)
    assert part.get_content_charset() == "iso-2022-jp"
    assert _content(part).rstrip("\n") == "10時〜17時 ガイド−ライン"
    assert msg["Subject"] == f"[{CASE}] 受付時間 10時〜17時"
    assert parse(raw).text == "10時〜17時 ガイド−ライン"


@pytest.mark.parametrize("character", ["①", "㈱", "髙", "😀"])
def test_characters_outside_iso_2022_jp_force_utf8_and_round_trip(character):
    body = f"{JA_BODY}{character} を含む本文です。\n"
    subject = f"{JA_SUBJECT}{character}"
    raw = _compose(subject=subject, body=body, language="ja")
    msg = _stdlib(raw)
    part = _text_part(msg)
    assert part.get_content_charset() == "utf-8"
    assert part["Content-Transfer-Encoding"] in ("base64", "quoted-printable")
    assert _content(part) == body
    assert msg["Subject"] == f"[{CASE}] {subject}"
    assert raw.isascii()
    parsed = parse(raw)
    assert parsed.text == body.strip("\n")
    assert parsed.subject == f"[{CASE}] {subject}"


def test_long_japanese_line_keeps_mime_rules():
    body = "あ" * 2000 + "\n"
    raw = _compose(subject=JA_SUBJECT, body=body, language="ja")
    assert all(len(line) <= 998 for line in raw.split(b"\r\n"))
    assert _content(_text_part(_stdlib(raw))) == body
    assert parse(raw).text == body.strip("\n")


@pytest.mark.parametrize(
    ("language", "text", "encodings"),
    [
        ("fr", "Bonjour, nous avons bien reçu votre demande d'accès.\n", {"quoted-printable"}),
        ("de", "Sehr geehrte Damen und Herren, Ihre Anfrage ist eingegangen. Grüße\n", None),
        ("es", "Hemos recibido su solicitud. Atentamente, el equipo de España\n", None),
        ("zh", "您好，我们已收到您的个人信息查询请求。\n", {"base64"}),
        ("ko", "안녕하세요. 개인정보 열람 요청을 접수했습니다.\n", {"base64"}),
    ],
)
def test_other_languages_use_utf8(language, text, encodings):
    raw = _compose(subject=text.strip()[:30], body=text, language=language)
    part = _text_part(_stdlib(raw))
    assert part.get_content_charset() == "utf-8"
    if encodings:
        assert part["Content-Transfer-Encoding"] in encodings
    assert _content(part) == text
    assert parse(raw).text == text.strip("\n")
    assert raw.isascii()


def test_ascii_body_is_utf8_7bit():
    part = _text_part(_stdlib(_compose()))
    assert part.get_content_charset() == "utf-8"
    assert part["Content-Transfer-Encoding"] == "7bit"


def test_long_latin_line_is_wrapped_by_the_encoding():
    body = ("Très long paragraphe sans retour à la ligne. " * 60).strip() + "\n"
    raw = _compose(body=body, language="fr")
    assert all(len(line) <= 78 for line in raw.split(b"\r\n\r\n", 1)[1].split(b"\r\n"))
    assert _content(_text_part(_stdlib(raw))) == body


@pytest.mark.parametrize("subject", ["x" * 3000, "é" * 1000, "word " * 800, "あ" * 1000])
def test_huge_subjects_and_names_stay_within_smtp_line_limits(subject):
    for language in ("en", "ja"):
        raw = _compose(subject=subject, sender_name=subject, language=language)
        assert max(len(line) for line in raw.split(b"\r\n")) <= 998
        assert _stdlib(raw)["Subject"] == f"[{CASE}] {subject.strip()}"
        parsed = parse(raw)
        assert parsed.subject == f"[{CASE}] {subject.strip()}"
        # (the stdlib's address parser keeps the space between adjacent encoded words)
        assert parsed.from_ is not None and parsed.from_.name == subject.strip()


# --- subject tag ---------------------------------------------------------------------------


def test_subject_tag_is_added_once():
    msg = _stdlib(_compose(subject="Your request"))
    assert msg["Subject"] == f"[{CASE}] Your request"
    msg = _stdlib(_compose(subject=f"Re: [{CASE}] Your request"))
    assert msg["Subject"] == f"Re: [{CASE}] Your request"
    msg = _stdlib(_compose(subject=f"Re: [{CASE.lower()}] Your request"))
    assert msg["Subject"].count("[") == 1


def test_subject_without_case_number_is_unchanged():
    assert _stdlib(_compose(case_number=None, subject="Hello"))["Subject"] == "Hello"


def test_japanese_subject_tag_once():
    raw = _compose(subject=f"Re: [{CASE}] {JA_SUBJECT}", language="ja", body=JA_BODY)
    assert parse(raw).subject == f"Re: [{CASE}] {JA_SUBJECT}"


# --- header injection ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "subject",
    [
        "Hello\r\nBcc: x@example.com",
        "Hello\nBcc: x@example.com",
        "Hello\rBcc: x@example.com",
        "Hello\r\n\r\nBcc: x@example.com",
        "こんにちは\r\nBcc: x@example.com",
        "Hello\x85Bcc: x@example.com",
        "Hello\u2028Bcc: x@example.com",
    ],
)
def test_subject_cannot_inject_headers(subject):
    for language in ("en", "ja"):
        raw = _compose(subject=subject, language=language)
        msg = _stdlib(raw)
        assert msg["Bcc"] is None
        assert b"\nBcc:" not in raw
        assert "Bcc: x@example.com" in msg["Subject"]
        assert parse(raw).subject.endswith("Bcc: x@example.com")


def test_names_cannot_inject_headers():
    raw = _compose(
        sender_name="Win\r\nBcc: x@example.com",
        recipient="Taro\tYamada\x00 <taro@example.jp>",
    )
    msg = _stdlib(raw)
    assert msg["Bcc"] is None
    assert msg["To"].addresses[0].addr_spec == "taro@example.jp"


@given(st.text(max_size=200))
def test_no_subject_ever_adds_a_header(subject):
    raw = _compose(subject=subject)
    msg = email.message_from_bytes(raw)
    expected = {
        "from",
        "to",
        "subject",
        "date",
        "message-id",
        "x-intake-loop",
        "mime-version",
        "content-type",
        "content-transfer-encoding",
    }
    assert {name.lower() for name in msg} == expected


@pytest.mark.parametrize(
    "recipient",
    [
        "a@example.com, b@example.com",
        "a@example.com; b@example.com",
        "a@example.com b@example.com",
        "A <a@example.com> <b@example.com>",
        "a@example.com\r\nBcc: x@example.com",
        "a@example.com\nb@example.com",
        "",
        "not an address",
        "<>",
        "@example.com",
    ],
)
def test_recipient_must_be_exactly_one_address(recipient):
    with pytest.raises(ValueError):
        _compose(recipient=recipient)


def test_recipient_forms_accepted():
    for recipient in ("taro@example.jp", "<taro@example.jp>", '"Yamada Taro" <taro@example.jp>'):
        address = _stdlib(_compose(recipient=recipient))["To"].addresses[0]
        assert address.addr_spec == "taro@example.jp"


def test_recipient_name_with_a_comma_is_refused():
    with pytest.raises(ValueError):  # one address only, so any comma is refused
        _compose(recipient='"Yamada, Taro" <taro@example.jp>')


# --- threading and automatic headers -------------------------------------------------------

LONG_ID = "<TYCPR01MB1234567890ABCDEF0123456789ABCDEF0123@TYCPR01MB12345.jpnprd01.prod.example.com>"


def test_references_chain():
    raw = _compose(
        in_reply_to="<c@example.com>",
        references=["<a@example.com> <b@example.com>", LONG_ID, "<a@example.com>"],
    )
    msg = _stdlib(raw)
    assert msg["In-Reply-To"] == "<c@example.com>"
    parsed = parse(raw)
    assert parsed.in_reply_to == "<c@example.com>"
    assert parsed.references == ("<a@example.com>", "<b@example.com>", LONG_ID, "<c@example.com>")
    assert b"=?" not in _header_block(raw)  # long IDs are folded, never encoded
    assert all(len(line) <= 998 for line in raw.split(b"\r\n"))


def test_in_reply_to_already_in_references_goes_last_once():
    raw = _compose(in_reply_to="b@example.com", references=["<b@example.com>", "<a@example.com>"])
    parsed = parse(raw)
    assert parsed.in_reply_to == "<b@example.com>"
    assert parsed.references == ("<a@example.com>", "<b@example.com>")


def test_no_thread_headers_for_a_new_thread():
    msg = _stdlib(_compose())
    assert msg["In-Reply-To"] is None
    assert msg["References"] is None


def test_junk_customer_ids_are_dropped():
    raw = _compose(in_reply_to="<bad\r\nBcc: x@example.com>", references=["junk <x>"])
    msg = _stdlib(raw)
    assert msg["Bcc"] is None
    assert msg["In-Reply-To"] is None


def test_very_long_reference_chains_are_trimmed():
    references = [f"<m{n}@example.com>" for n in range(100)]
    parsed = parse(_compose(in_reply_to="<last@example.com>", references=references))
    assert parsed.references[0] == "<m0@example.com>"
    assert parsed.references[-1] == "<last@example.com>"
    assert len(parsed.references) <= 20


def test_auto_submitted_only_when_automatic():
    automatic = _stdlib(_compose(automatic=True))
    assert automatic["Auto-Submitted"] == "auto-replied"
    assert automatic["X-Auto-Response-Suppress"] == "All"
    assert automatic["Precedence"] is None
    manual = _stdlib(_compose(automatic=False))
    assert manual["Auto-Submitted"] is None
    assert manual["X-Auto-Response-Suppress"] is None
    assert manual["X-Intake-Loop"] == "example.jp"


def test_our_parser_sees_our_automatic_mail_as_automatic():
    assert parse(_compose(automatic=True)).auto_reply
    assert not parse(_compose(automatic=False)).auto_reply


def test_bad_own_message_id_is_refused():
    with pytest.raises(ValueError):
        _compose(message_id="no-brackets-and-no-at")
    with pytest.raises(ValueError):
        _compose(message_id="<a@b>\r\nBcc: x@example.com")


# --- attachments ---------------------------------------------------------------------------


def test_attachments_with_a_japanese_filename_round_trip():
    payload = b'{"name": "\\u5c71\\u7530"}'
    raw = _compose(
        subject=JA_SUBJECT,
        body=JA_BODY,
        language="ja",
        attachments=[
            ("開示データ.json", "application/json", payload),
            ("report.csv", "text/csv", b"a,b\r\n1,2\r\n"),
        ],
    )
    msg = _stdlib(raw)
    assert msg.get_content_type() == "multipart/mixed"
    parts = list(msg.iter_parts())
    assert parts[0].get_content_type() == "text/plain"
    assert _content(parts[0]) == JA_BODY
    assert parts[1].get_filename() == "開示データ.json"
    assert parts[1].get_content_disposition() == "attachment"
    assert parts[1].get_content_type() == "application/json"
    assert parts[1].get_payload(decode=True) == payload
    assert b"filename*=utf-8''" in raw  # RFC 2231
    assert parts[2].get_filename() == "report.csv"
    assert parts[2].get_payload(decode=True) == b"a,b\r\n1,2\r\n"
    parsed = parse(raw)
    assert [a.filename for a in parsed.attachments] == ["開示データ.json", "report.csv"]
    assert parsed.attachments[0].size == len(payload)
    assert parsed.text == JA_BODY.strip("\n")


def test_odd_attachment_type_and_name_are_made_safe():
    raw = _compose(attachments=[("../x\r\ny.bin", "message/rfc822", b"\x00\x01")])
    parts = list(_stdlib(raw).iter_parts())
    assert parts[1].get_content_type() == "application/octet-stream"
    assert parts[1].get_filename() == ".._x y.bin"
    assert parts[1].get_payload(decode=True) == b"\x00\x01"


def test_no_attachments_means_a_single_part():
    assert _stdlib(_compose()).get_content_type() == "text/plain"


# --- role addresses ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "address",
    [
        "MAILER-DAEMON@example.com",
        "postmaster@example.jp",
        "no-reply@example.com",
        "noreply@example.com",
        "NoReply+tag@example.com",
        "noreply-notifications@example.com",
        "do-not-reply@example.com",
        "donotreply@example.com",
        "bounce@example.com",
        "bounces+12345@example.com",
        "abuse@example.com",
        "listserv@example.com",
        "majordomo@example.com",
        "owner-privacy-list@example.com",
        "privacy-list-request@example.com",
        "Mail Delivery System <MAILER-DAEMON@example.jp>",
    ],
)
def test_role_addresses(address):
    assert is_role_address(address)


@pytest.mark.parametrize(
    "address",
    [
        "taro@example.jp",
        "support@example.com",
        "info@example.com",
        "reply@example.com",
        "requester@example.com",
        "bouncer.jp@example.com",
        "postmaster.taro@example.jp",
        "",
        "not an address",
    ],
)
def test_ordinary_addresses(address):
    assert not is_role_address(address)
