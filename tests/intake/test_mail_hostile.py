"""Broken, hostile and odd mails all parse best-effort with defects, or fail with MailParseError."""

from __future__ import annotations

import base64

import pytest
from hostile_mail import (
    SIMPLE_HEADERS,
    huge_header,
    huge_single_line,
    huge_text,
    many_headers,
    many_parts,
    nested_multipart,
    nested_rfc822,
)

from intake.mail import MAX_PARTS, MAX_TEXT_CHARS, MailParseError, parse


def _mail(extra_headers: bytes, body: bytes) -> bytes:
    return SIMPLE_HEADERS + extra_headers + b"\n" + body


def _problems(parsed) -> str:
    return " | ".join(f"{d.where}: {d.problem}" for d in parsed.defects)


def test_empty_message_gives_a_result_with_a_defect():
    parsed = parse(b"")
    assert parsed.new_text == "" and parsed.from_ is None
    assert "empty message" in _problems(parsed)


def test_whitespace_only_message_gives_a_result_with_a_defect():
    assert "empty message" in _problems(parse(b"\r\n \n\t\n"))


def test_png_bytes_are_not_mail():
    with pytest.raises(MailParseError, match="no mail header"):
        parse(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))


def test_prose_without_headers_is_not_mail():
    with pytest.raises(MailParseError):
        parse(b"please delete my account, thanks\n")


def test_non_bytes_input_is_refused_clearly():
    with pytest.raises(MailParseError, match="raw bytes"):
        parse("From: a@example.com\n\nhello")  # type: ignore[arg-type]


def test_truncated_multipart_keeps_the_text_it_has():
    raw = _mail(
        b'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="zz"\n',
        b"--zz\nContent-Type: text/plain; charset=utf-8\n\nplease correct my address\n--zz\nConte",
    )
    parsed = parse(raw)
    assert "please correct my address" in parsed.text


def test_multipart_without_boundary_parameter_is_read_as_text():
    raw = _mail(b"MIME-Version: 1.0\nContent-Type: multipart/mixed\n", b"stop sending ads\n")
    parsed = parse(raw)
    assert "stop sending ads" in parsed.text
    assert parsed.defects


def test_deeply_nested_multipart_is_capped_with_a_defect():
    parsed = parse(nested_multipart(200))
    assert "nested deeper" in _problems(parsed)


def test_multipart_nested_beyond_the_stdlib_recursion_limit_keeps_its_text():
    parsed = parse(nested_multipart(2_000))
    assert "deep text" in parsed.text
    assert "nested too deep" in _problems(parsed)


def test_deeply_nested_attached_messages_do_not_leak_into_the_text():
    parsed = parse(nested_rfc822(60))
    assert "delete" not in parsed.new_text
    assert parsed.attachments and parsed.attachments[0].content_type == "message/rfc822"


def test_too_many_parts_are_capped_with_a_defect():
    parsed = parse(many_parts(MAX_PARTS * 3))
    assert f"more than {MAX_PARTS} parts" in _problems(parsed)
    assert "part 0" in parsed.text


def test_nul_bytes_are_removed_and_reported():
    raw = b"From: a@example.com\nSub\x00ject: hi\x00 there\n\nplease\x00 delete my data\n"
    parsed = parse(raw)
    assert "\x00" not in parsed.text and "please delete my data" in parsed.text
    assert "NUL" in _problems(parsed)


def test_mail_with_only_a_subject_header_parses():
    parsed = parse(b"Subject: hello\n\nwhat do you store about me?\n")
    assert parsed.from_ is None and parsed.message_id == "" and parsed.date is None
    assert parsed.new_text == "what do you store about me?"


def test_huge_text_body_is_cut_with_a_defect():
    parsed = parse(huge_text(20 * 1024 * 1024))
    assert len(parsed.text) <= MAX_TEXT_CHARS
    assert "cut at the limit" in " ".join(d.repair for d in parsed.defects)


def test_huge_single_line_body_parses():
    parsed = parse(huge_single_line(3 * 1024 * 1024))
    assert parsed.text.startswith("xxx")


def test_utf8_body_labelled_latin1_is_decoded_as_utf8():
    raw = _mail(
        b"Content-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: 8bit\n",
        "個人情報の開示をお願いします。\n".encode(),
    )
    assert parse(raw).text == "個人情報の開示をお願いします。"


def test_shift_jis_body_labelled_utf8_is_detected():
    raw = _mail(
        b"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n",
        "登録住所の変更をお願いいたします。①番地の件です。\n".encode("cp932"),
    )
    parsed = parse(raw)
    assert parsed.text == "登録住所の変更をお願いいたします。①番地の件です。"
    assert parsed.defects


def test_iso2022jp_without_charset_label_is_recognised():
    body = "個人情報を削除してください。㈱テスト\n".encode("cp932")
    jis = _cp932_to_jis(body)
    raw = _mail(b"Content-Type: text/plain\n", jis)
    assert parse(raw).text == "個人情報を削除してください。㈱テスト"


def _cp932_to_jis(sjis: bytes) -> bytes:
    """Encode through the stdlib's iso2022_jp_ext where it can; ㈱ needs CP50220 bytes."""
    text = sjis.decode("cp932")
    out = b""
    for piece in text.split("㈱"):
        if out:
            out += b"\x1b$B-j\x1b(B"
        out += piece.encode("iso2022_jp")
    return out


def test_unknown_charset_label_falls_back_to_detection():
    raw = _mail(
        b"Content-Type: text/plain; charset=x-no-such-charset\nContent-Transfer-Encoding: 8bit\n",
        "Bitte löschen Sie meine Daten.\n".encode(),
    )
    parsed = parse(raw)
    assert parsed.text == "Bitte löschen Sie meine Daten."
    assert parsed.defects


def test_broken_base64_body_is_decoded_best_effort():
    good = base64.b64encode("データを削除してください".encode()).decode()
    raw = _mail(
        b"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n",
        (good[:-2] + "!!\n").encode(),
    )
    parsed = parse(raw)
    assert parsed.text.startswith("データを削除")


def test_broken_quoted_printable_is_decoded_best_effort():
    raw = _mail(
        b"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n",
        b"Caf=C3=A9 =ZZ please update my name=\n",
    )
    assert "Café" in parse(raw).text


def test_raw_utf8_subject_and_name_are_decoded():
    raw = (
        "From: 山田 太郎 <taro@example.jp>\nSubject: 登録情報の訂正\n\n住所を変更したいです\n"
    ).encode()
    parsed = parse(raw)
    assert parsed.subject == "登録情報の訂正"
    assert parsed.from_.name == "山田 太郎"


def test_broken_encoded_word_subject_does_not_raise():
    parsed = parse(b"From: a@example.com\nSubject: =?utf-8?B?!!notbase64?= tail\n\nhi\n")
    assert "tail" in parsed.subject


def test_unreadable_date_is_left_empty_with_a_defect():
    parsed = parse(b"From: a@example.com\nDate: the day after tomorrow\n\nhi\n")
    assert parsed.date is None
    assert "Date" in [d.where for d in parsed.defects]


def test_date_without_zone_is_taken_as_utc():
    parsed = parse(b"From: a@example.com\nDate: Thu, 8 Jan 2026 10:24:13 -0000\n\nhi\n")
    assert parsed.date is not None and parsed.date.utcoffset() is not None


def test_huge_subject_header_parses():
    parsed = parse(huge_header(1024 * 1024))
    assert parsed.subject.startswith("削除")


def test_many_headers_are_capped_with_a_defect():
    parsed = parse(many_headers(50_000))
    assert parsed.new_text == "body" and parsed.subject == "test"
    assert "header lines" in _problems(parsed)


def test_garbage_address_headers_do_not_raise():
    parsed = parse(b'From: <<<@@@>>> ,,, "unclosed\nTo: ;;;\nCc: =?x?Q?bad?=\n\nhi\n')
    assert parsed.new_text == "hi"


def test_garbage_content_type_is_read_as_plain_text():
    parsed = parse(_mail(b"Content-Type: text/\n", b"my phone number changed\n"))
    assert "my phone number changed" in parsed.text


def test_unknown_transfer_encoding_keeps_the_text():
    parsed = parse(_mail(b"Content-Transfer-Encoding: x-uuencode-ish\n", b"stop the ads\n"))
    assert "stop the ads" in parsed.text


def test_empty_attached_message_does_not_raise():
    raw = _mail(
        b'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="q"\n',
        b"--q\nContent-Type: text/plain\n\nsee forwarded\n"
        b"--q\nContent-Type: message/rfc822\n\n--q--\n",
    )
    assert parse(raw).new_text == "see forwarded"


def test_hostile_html_only_mail_loses_scripts_and_keeps_words():
    html = (
        b"<html><head><script>alert('x')</script><style>body{}</style></head><body>"
        b'<p onclick="steal()">Please send me a copy of my data.</p>'
        b'<img src="https://tracker.example.net/p.gif" width=1 height=1 onerror="x()">'
        b'<a href="javascript:evil()">click</a></body></html>'
    )
    parsed = parse(_mail(b"Content-Type: text/html; charset=utf-8\n", html))
    assert "Please send me a copy of my data." in parsed.text
    for unwanted in ("alert", "steal", "tracker", "javascript", "body{}"):
        assert unwanted not in parsed.text


def test_crlf_and_mixed_line_endings_give_plain_newlines():
    raw = b"From: a@example.com\r\nSubject: x\r\n\r\nline one\r\nline two\rline three\n"
    parsed = parse(raw)
    assert "\r" not in parsed.text
    assert parsed.text.splitlines()[:2] == ["line one", "line two"]


def test_mbox_from_line_is_skipped():
    parsed = parse(b"From MAILER-DAEMON Thu Jan  8 10:24:13 2026\nSubject: hi\n\nbody\n")
    assert parsed.subject == "hi"


def test_format_flowed_lines_are_joined():
    raw = _mail(
        b"Content-Type: text/plain; charset=utf-8; format=flowed\n",
        b"Please delete all the personal data that you \nhold about me.\n",
    )
    assert "you hold about me" in parse(raw).text


def test_rfc2231_and_encoded_word_filenames_are_decoded():
    raw = _mail(
        b'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="f"\n',
        b"--f\nContent-Type: text/plain\n\nsee attached\n"
        b"--f\nContent-Type: text/plain; name*=UTF-8''%E4%BD%8F%E6%89%80.txt\n"
        b"Content-Disposition: attachment; filename*=UTF-8''%E4%BD%8F%E6%89%80.txt\n\nx\n"
        b'--f\nContent-Type: application/pdf; name="=?ISO-2022-JP?B?GyRCPTs9ahsoQg==?=.pdf"\n'
        b'Content-Disposition: attachment; filename="=?ISO-2022-JP?B?GyRCPTs9ahsoQg==?=.pdf"\n'
        b"Content-Transfer-Encoding: base64\n\nJVBERg==\n--f--\n",
    )
    names = [a.filename for a in parse(raw).attachments]
    assert names == ["住所.txt", "住所.pdf"]


def test_authentication_results_are_read():
    raw = _mail(
        b"Authentication-Results: mx.win-techno.com; spf=pass smtp.mailfrom=example.jp;"
        b" dkim=fail (bad sig) header.d=example.jp; dmarc=none\n",
        b"hi\n",
    )
    auth = parse(raw).auth
    assert (auth.authserv_id, auth.spf, auth.dkim, auth.dmarc) == (
        "mx.win-techno.com",
        "pass",
        "fail",
        "none",
    )


def test_threading_headers_are_read():
    raw = _mail(
        b"In-Reply-To: <a1@win-techno.com>\n"
        b"References: <a0@win-techno.com>\n <a1@win-techno.com>\n",
        b"thanks\n",
    )
    parsed = parse(raw)
    assert parsed.in_reply_to == "<a1@win-techno.com>"
    assert parsed.references == ("<a0@win-techno.com>", "<a1@win-techno.com>")
    assert parsed.message_id == "<hostile@example.jp>"
