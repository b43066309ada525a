"""Tests for intake.charsets: labels, JIS decoding, detection, headers, transfer encodings."""

from __future__ import annotations

import base64
import contextlib
import email
import email.header
import re
from email.message import Message

import charset_normalizer
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from shared_corpus import require_corpus

from intake.charsets import codec_for, decode_body, decode_header
from intake.message import Defect
from intake.transfer import transfer_decode

# Independent of the module's own checks: U+FFFD and the usual wrong-charset signatures.
CLASSIC_MOJIBAKE = re.compile(
    "\ufffd|Ã[\u0080-\u00bf]|â€|ï»¿|縺|繧|繝|‚[±ñÉÍÌ]|¤[¢-ó]|､[ｳﾎﾋ]|[\u0080-\u009f]|\x1b"
)


def assert_clean(text: str) -> None:
    assert CLASSIC_MOJIBAKE.search(text) is None, f"mojibake in {text!r}"


def body(payload: bytes, label: str | None) -> tuple[str, list[Defect]]:
    text, _codec, defects = decode_body(payload, label)
    return text, defects


def sjis_bytes(text: str) -> bytes:
    return text.encode("shift_jis")


# --- labels --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "codec"),
    [
        ("Shift_JIS", "intake-cp932"),
        ("sjis", "intake-cp932"),
        ("shift-jis", "intake-cp932"),
        ("x-sjis", "intake-cp932"),
        ("cp-932", "intake-cp932"),
        ("windows-31j", "intake-cp932"),
        ('"SHIFT_JIS"', "intake-cp932"),
        ("ISO-2022-JP", "intake-iso2022jp"),
        ("csISO2022JP", "intake-iso2022jp"),
        ("CP50221", "intake-iso2022jp"),
        ("iso-2022-jp*ja", "intake-iso2022jp"),
        ("EUC-JP", "intake-eucjp"),
        ("x-euc-jp", "intake-eucjp"),
        ("GB2312", "gb18030"),
        ("gb_2312-80", "gb18030"),
        ("GBK", "gb18030"),
        ("Big5", "cp950"),
        ("EUC-KR", "cp949"),
        ("ks_c_5601-1987", "cp949"),
        ("ks_c_5601", "cp949"),
        ("ISO-8859-1", "cp1252"),
        ("latin1", "cp1252"),
        ("windows-1252", "cp1252"),
        ("ISO-8859-15", "iso8859-15"),
        ("Latin-9", "iso8859-15"),
        ("utf8", "utf-8"),
        (" UTF-8 ", "utf-8"),
        ("us-ascii", "ascii"),
        ("koi8-r", "koi8-r"),
    ],
)
def test_codec_for_maps_mime_labels_to_the_codec_mail_software_means(label, codec):
    assert codec_for(label) == codec


@pytest.mark.parametrize(
    "label", [None, "", "x-unknown", "unknown-8bit", "base64", "rot13", "unicode-escape", "idna"]
)
def test_codec_for_returns_none_for_unknown_labels_and_non_charset_codecs(label):
    assert codec_for(label) is None


@pytest.mark.parametrize(
    ("label", "payload"),
    [("shift_jis", b"\x87\x40"), ("euc-jp", b"\xad\xa1"), ("iso-2022-jp", b"\x1b$B-!\x1b(B")],
)
def test_codecs_named_by_codec_for_work_with_bytes_decode(label, payload):
    assert payload.decode(codec_for(label)) == "①"
    assert b"plain ascii".decode(codec_for(label)) == "plain ascii"


# --- the JIS family ------------------------------------------------------------------------------

NEC_ROW_13_IN_JIS = b'-!-"-j-b-d-5'  # ① ② ㈱ № ℡ Ⅰ as JIS X 0208 row 13 cells
NEC_ROW_13 = "①②㈱№℡Ⅰ"


def test_iso_2022_jp_decodes_nec_special_characters_that_python_rejects():
    payload = b"\x1b$B" + NEC_ROW_13_IN_JIS + b"\x1b(B"
    with pytest.raises(UnicodeDecodeError):
        payload.decode("iso2022_jp")
    text, defects = body(payload, "ISO-2022-JP")
    assert text == NEC_ROW_13
    assert defects == []


def test_iso_2022_jp_decodes_nec_selected_ibm_extensions():
    # 髙 at JIS 0x7C62 and 﨑 at 0x7975 (CP50221 puts the IBM extensions in rows 89-92)
    text, _ = body(b"\x1b$B|byu\x1b(B", "iso-2022-jp")
    assert text == "髙﨑"


def test_iso_2022_jp_mixes_ascii_kanji_and_nec_characters_on_several_lines():
    payload = b"Re: \x1b$B8D?M>pJs\x1b(B\r\n\x1b$B-j\x1b(B Win Techno\r\n"
    text, defects = body(payload, "iso-2022-jp")
    assert text == "Re: 個人情報\n㈱ Win Techno\n"
    assert defects == []


def test_iso_2022_jp_half_width_kana_by_escape_and_by_shift_out():
    assert body(b"\x1b(I1\x1b(B", "iso-2022-jp")[0] == "ｱ"
    assert body(b"a\x0e12\x0fb", "iso-2022-jp")[0] == "aｱｲb"


def test_iso_2022_jp_reads_jis_roman_as_ascii_and_the_1978_set_as_jis_x_0208():
    assert body(b"\x1b(Ja\\b~\x1b(B", "iso-2022-jp")[0] == "a\\b~"
    assert body(b"\x1b$@0!\x1b(B", "iso-2022-jp")[0] == "亜"


def test_iso_2022_jp_decodes_jis_x_0212():
    assert body(b"\x1b$(D0!\x1b(B", "iso-2022-jp")[0] == "丂"


def test_iso_2022_jp_keeps_line_breaks_inside_a_kanji_run():
    assert body(b'\x1b$B$"\r\n$"\x1b(B', "iso-2022-jp")[0] == "あ\nあ"


# Wave dash, double vertical line, minus, cent, pound, not: JIS 1-33, 1-34, 1-61, 1-81, 1-82, 2-44
JIS_STANDARD_PUNCTUATION = "\u301c\u2016\u2212\u00a2\u00a3\u00ac"


@pytest.mark.parametrize(
    ("payload", "label"),
    [
        (b'\x1b$B!A!B!]!q!r"L\x1b(B', "ISO-2022-JP"),
        (b"\x81\x60\x81\x61\x81\x7c\x81\x91\x81\x92\x81\xca", "Shift_JIS"),
        (b"\xa1\xc1\xa1\xc2\xa1\xdd\xa1\xf1\xa1\xf2\xa2\xcc", "EUC-JP"),
    ],
)
def test_jis_family_gives_the_jis_standard_wave_dash_and_friends(payload, label):
    text, _ = body(payload, label)
    assert text == JIS_STANDARD_PUNCTUATION
    assert "\uff5e" not in text  # CP932's FULLWIDTH TILDE


def test_utf8_fullwidth_tilde_is_left_as_sent():
    assert body("10～12時".encode(), "utf-8")[0] == "10～12時"


def test_shift_jis_label_decodes_cp932_nec_and_ibm_characters():
    payload = b"\x87\x40\x87\x8a\x87\x82\xfb\xfc\xed\x95"  # ① ㈱ № 髙 (IBM) 﨑 (NEC-selected)
    text, defects = body(payload, "Shift_JIS")
    assert text == "①㈱№髙﨑"
    assert defects == []


def test_euc_jp_decodes_nec_row_13_ibm_rows_half_width_kana_and_jis_x_0212():
    payload = b"\xad\xa1\xad\xea" + b"\xfc\xe2" + b"\x8e\xb1" + b"\x8f\xb0\xa1"
    text, defects = body(payload, "EUC-JP")
    assert text == "①㈱髙ｱ丂"
    assert defects == []


def test_every_jis_x_0208_cell_decodes_alike_under_all_three_jis_labels():
    """Rows of every cell CP932 knows, read as ISO-2022-JP, Shift_JIS and EUC-JP.

    A NEC character appended to a row sends the ISO-2022-JP and EUC-JP text down their CP932
    transcoding; without it they take Python's own codecs: both routes must agree.
    """
    for lead in range(0x21, 0x7F):
        cells = [bytes((lead, trail)) for trail in range(0x21, 0x7F)]
        cells = [cell for cell in cells if _in_cp932(cell)]
        if not cells:
            continue
        jis = b"".join(cells)
        as_sjis = b"".join(_jis_to_sjis(cell) for cell in cells)
        expected = body(as_sjis, "Shift_JIS")[0]
        for extra_jis, extra_text in ((b"", ""), (b"-!", "①")):
            iso = b"\x1b$B" + jis + extra_jis + b"\x1b(B"
            euc = bytes(byte | 0x80 for byte in jis + extra_jis)
            assert body(iso, "ISO-2022-JP")[0] == expected + extra_text, hex(lead)
            assert body(euc, "EUC-JP")[0] == expected + extra_text, hex(lead)


def _jis_to_sjis(cell: bytes) -> bytes:
    lead, trail = cell
    sjis_lead = ((lead + 1) >> 1) + (0x70 if lead <= 0x5E else 0xB0)
    if lead % 2:
        return bytes((sjis_lead, trail + (0x1F if trail <= 0x5F else 0x20)))
    return bytes((sjis_lead, trail + 0x7E))


def _in_cp932(cell: bytes) -> bool:
    try:
        _jis_to_sjis(cell).decode("cp932")
    except UnicodeDecodeError:
        return False
    return True


# --- other charsets ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("payload", "label", "expected"),
    [
        (b"\x81\x40\xd6\xd0\xce\xc4", "GB2312", "丂中文"),  # 丂 is GBK, not GB2312
        (b"\xb8\xf6\xc8\xcb\xd0\xc5\xcf\xa2", "GBK", "个人信息"),
        (b"\xb8\xea\xae\xc6 \xa3\xe1", "Big5", "資料 €"),  # the euro sign is CP950's
        (b"\xc7\xd1\xb1\xb9 \x8c\x63", "EUC-KR", "한국 똠"),  # 똠 is CP949's, not EUC-KR's
        (b"\xc7\xd1\xb1\xb9 \x8c\x63", "ks_c_5601-1987", "한국 똠"),
        (b"\x93Caf\xe9\x94 \x96 5\x80", "ISO-8859-1", "“Café” – 5€"),  # C1 bytes: windows-1252
        (b"Gr\xfc\xdfe aus K\xf6ln", "iso-8859-1", "Grüße aus Köln"),
        (b"Prix: 5\xa4", "ISO-8859-15", "Prix: 5€"),
        (b"\xbfD\xf3nde est\xe1n mis datos?", "windows-1252", "¿Dónde están mis datos?"),
        ("Löschung bitte ✓".encode(), "UTF-8", "Löschung bitte ✓"),
        (b"Please delete my account.", "us-ascii", "Please delete my account."),
    ],
)
def test_correctly_labelled_text_decodes_without_defects(payload, label, expected):
    text, defects = body(payload, label)
    assert text == expected
    assert defects == []
    assert_clean(text)


# --- missing, unknown and wrong labels -----------------------------------------------------------

JA_TEXT = "個人情報の削除をお願いします。"
FR_TEXT = "Hélène Dupré souhaite la suppression de ses données."


@pytest.mark.parametrize(
    ("payload", "label", "expected"),
    [
        (b"\x1b$B8D?M>pJs$N:o=|\x1b(B", None, "個人情報の削除"),
        (b"\x1b$B8D?M>pJs$N:o=|\x1b(B", "us-ascii", "個人情報の削除"),
        (b"\x1b$B8D?M>pJs$N:o=|\x1b(B", "utf-8", "個人情報の削除"),
        (b"\x1b$B8D?M>pJs$N:o=|\x1b(B", "Shift_JIS", "個人情報の削除"),
        (sjis_bytes(JA_TEXT), None, JA_TEXT),
        (sjis_bytes(JA_TEXT), "x-unknown", JA_TEXT),
        (sjis_bytes(JA_TEXT), "us-ascii", JA_TEXT),
        (sjis_bytes(JA_TEXT), "utf-8", JA_TEXT),
        (sjis_bytes(JA_TEXT), "ISO-8859-1", JA_TEXT),
        (sjis_bytes(JA_TEXT), "gb2312", JA_TEXT),
        (JA_TEXT.encode("euc_jp"), None, JA_TEXT),
        (JA_TEXT.encode("euc_jp"), "Shift_JIS", JA_TEXT),
        (JA_TEXT.encode("euc_jp"), "gb2312", JA_TEXT),
        (JA_TEXT.encode(), None, JA_TEXT),
        (JA_TEXT.encode(), "Shift_JIS", JA_TEXT),
        (JA_TEXT.encode(), "ISO-2022-JP", JA_TEXT),
        (JA_TEXT.encode(), "euc-kr", JA_TEXT),
        (FR_TEXT.encode(), "ISO-8859-1", FR_TEXT),
        (FR_TEXT.encode(), "us-ascii", FR_TEXT),
        (FR_TEXT.encode("latin-1"), "utf-8", FR_TEXT),
        (FR_TEXT.encode("latin-1"), None, FR_TEXT),
        (FR_TEXT.encode("latin-1"), "x-unknown", FR_TEXT),
        ("Hélène".encode("latin-1"), None, "Hélène"),
        ("café".encode(), "windows-1252", "café"),
    ],
)
def test_missing_unknown_or_wrong_label_is_detected_and_reported(payload, label, expected):
    text, defects = body(payload, label)
    assert text == expected
    assert_clean(text)
    assert len(defects) == 1
    assert "decoded as" in defects[0].repair


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("您好，我想删除我在贵公司的所有个人信息，包括姓名、电话和地址。谢谢。", "gbk"),
        ("您好，我想刪除我在貴公司的所有個人資料，包括姓名、電話和地址。謝謝。", "big5"),
        ("안녕하세요. 귀사에 등록된 제 개인정보를 모두 삭제해 주시기 바랍니다.", "cp949"),
        ("Здравствуйте, прошу удалить мои персональные данные.", "koi8_r"),
    ],
)
def test_unlabelled_chinese_korean_and_cyrillic_text_is_detected(text, encoding):
    decoded, defects = body(text.encode(encoding), None)
    assert decoded == text
    assert defects


def test_unknown_label_on_ascii_text_is_reported_but_missing_label_is_not():
    assert body(b"hello", "x-unknown") == (
        "hello",
        [Defect("body", "unknown charset 'x-unknown'", "read as ASCII")],
    )
    assert body(b"hello", None) == ("hello", [])


def test_defects_name_the_part_given_as_where():
    _text, _codec, defects = decode_body(sjis_bytes(JA_TEXT), None, where="part 1.2")
    assert [defect.where for defect in defects] == ["part 1.2"]


def test_decode_body_reports_the_codec_it_used():
    assert decode_body(sjis_bytes(JA_TEXT), "utf-8")[1] == "intake-cp932"
    assert decode_body(b"\x93x\x94", "iso-8859-1")[1] == "cp1252"


def test_text_that_no_charset_decodes_gets_replacement_characters_and_a_defect():
    text, defects = body(b"\x1b$B$3$s$\x1b(B", "ISO-2022-JP")  # odd byte count
    assert text.startswith("こん")
    assert "\ufffd" in text
    assert any("U+FFFD" in defect.repair for defect in defects)


def test_charset_normalizer_is_not_called_for_correctly_labelled_text(monkeypatch):
    def fail(*_args, **_kwargs):
        raise AssertionError("charset-normalizer called on the happy path")

    monkeypatch.setattr(charset_normalizer, "from_bytes", fail)
    samples = [
        (b"\x1b$B8D?M>pJs\x1b(B", "iso-2022-jp"),
        (sjis_bytes(JA_TEXT), "shift_jis"),
        (JA_TEXT.encode("euc_jp"), "euc-jp"),
        (JA_TEXT.encode(), "utf-8"),
        (FR_TEXT.encode("latin-1"), "iso-8859-1"),
        (b"\xb8\xf6\xc8\xcb\xd0\xc5\xcf\xa2", "gb2312"),
        (b"\xc7\xd1\xb1\xb9", "euc-kr"),
        (b"plain", None),
    ]
    for payload, label in samples:
        assert body(payload, label)[1] == []


def test_a_failing_charset_normalizer_does_not_stop_decoding(monkeypatch):
    calls = []

    def broken(*args, **_kwargs):
        calls.append(args)
        raise RuntimeError("detector broke")

    monkeypatch.setattr(charset_normalizer, "from_bytes", broken)
    text, _codec, defects = decode_body(b"\xd0\xd1\xd2\xd3\xd4 \xe0\xe1", None)
    assert calls, "the payload should have needed the detector"
    assert isinstance(text, str)
    assert defects


# --- clean-up of decoded text -------------------------------------------------------------------


def test_nul_bytes_are_removed_and_reported():
    text, defects = body(b"a\x00b\x00c", "us-ascii")
    assert text == "abc"
    assert defects == [Defect("body", "2 NUL characters", "removed")]


def test_line_ends_become_lf_and_tabs_stay():
    assert body(b"a\r\nb\rc\n\td", "us-ascii") == ("a\nb\nc\n\td", [])


def test_other_control_characters_are_removed_and_reported():
    text, defects = body(b"bell\x07 form\x0cfeed\x7f", "us-ascii")
    assert text == "bell formfeed"
    assert defects == [Defect("body", "3 control characters", "removed")]


def test_utf8_byte_order_mark_is_dropped():
    assert body(b"\xef\xbb\xbfhello \xc3\xa9", "utf-8") == ("hello é", [])


def test_character_cut_off_at_the_end_is_dropped_not_replaced():
    text, defects = body("個人情報".encode()[:-1], "utf-8")
    assert text == "個人情"
    assert defects == [Defect("body", "character cut off at the end", "dropped")]


def test_double_encoded_utf8_is_repaired():
    twice = "données".encode().decode("latin-1").encode()
    text, defects = body(twice, "utf-8")
    assert text == "données"
    assert defects == [Defect("body", "UTF-8 encoded twice", "repaired")]


# --- headers -------------------------------------------------------------------------------------


def b_word(charset: str, raw: bytes) -> str:
    return f"=?{charset}?B?{base64.b64encode(raw).decode()}?="


def test_header_b_words_in_iso_2022_jp_decode_nec_characters():
    value = b_word("ISO-2022-JP", b"\x1b$B-j\x1b(BWin Techno \x1b$B-!\x1b(B")
    assert decode_header(value) == ("㈱Win Techno ①", [])


def test_adjacent_encoded_words_join_without_the_whitespace_between_them():
    value = b_word("UTF-8", "個人".encode()) + "\r\n " + b_word("UTF-8", "情報".encode())
    assert decode_header(value) == ("個人情報", [])


def test_whitespace_between_encoded_word_and_plain_text_is_kept():
    value = "Re: " + b_word("UTF-8", "削除".encode()) + " (2nd)"
    assert decode_header(value) == ("Re: 削除 (2nd)", [])


def test_character_split_across_two_encoded_words_survives():
    raw = "佐藤".encode()
    value = b_word("UTF-8", raw[:4]) + " " + b_word("UTF-8", raw[4:])
    assert decode_header(value) == ("佐藤", [])


def test_words_in_different_charsets_are_decoded_separately():
    value = b_word("ISO-2022-JP", b"\x1b$B;3ED\x1b(B") + " " + b_word("UTF-8", "髙".encode())
    assert decode_header(value)[0] == "山田髙"


def test_q_encoding_with_underscores_and_lowercase_hex():
    assert decode_header("=?iso-8859-1?q?caf=e9_cr=E8me?=") == ("café crème", [])


def test_charset_with_rfc_2231_language_suffix():
    assert decode_header("=?UTF-8*ja?B?5YmK6Zmk?=")[0] == "削除"


def test_encoded_word_with_bad_base64_padding_is_repaired():
    text, defects = decode_header("=?UTF-8?B?5YmK6ZmkIQ?=")  # "削除!" lacks its "=="
    assert text == "削除!"
    assert defects


def test_encoded_word_cut_off_at_the_end_is_decoded_best_effort():
    text, defects = decode_header("Re: =?UTF-8?B?5YmK6Zmk5L6d6aC8")
    assert text == "Re: 削除依頼"
    assert any("cut off" in defect.problem for defect in defects)


def test_encoded_word_in_an_unknown_charset_is_detected():
    text, defects = decode_header(b_word("x-unknown", sjis_bytes(JA_TEXT)))
    assert text == JA_TEXT
    assert any("unknown charset" in defect.problem for defect in defects)


def test_raw_shift_jis_bytes_in_a_header_are_decoded_and_reported():
    value = "Re: " + sjis_bytes("開示請求の件").decode("ascii", "surrogateescape")
    text, defects = decode_header(value, where="Subject")
    assert text == "Re: 開示請求の件"
    assert [defect.where for defect in defects] == ["Subject"]


def test_raw_utf8_bytes_in_a_header_are_decoded():
    value = "Müller <m@example.org>".encode().decode("ascii", "surrogateescape")
    assert decode_header(value)[0] == "Müller <m@example.org>"


def test_fallback_charset_decides_short_raw_header_bytes():
    value = "佐藤".encode("euc_jp").decode("ascii", "surrogateescape")
    assert decode_header(value, fallback_charset="EUC-JP") == ("佐藤", [])


def test_raw_iso_2022_jp_in_a_header_without_encoded_words_is_decoded():
    text, defects = decode_header("\x1b$B3+<(@A5a\x1b(B (No.2)")
    assert text == "開示請求 (No.2)"
    assert defects


def test_compat32_header_object_for_8bit_subject_is_decoded_from_its_bytes():
    raw = b"Subject: " + sjis_bytes("退会と削除") + b"\r\n\r\nbody\r\n"
    subject = email.message_from_bytes(raw)["Subject"]
    assert isinstance(subject, email.header.Header)
    assert decode_header(subject)[0] == "退会と削除"


def test_folded_header_is_unfolded():
    assert decode_header("Request for\r\n\tdeletion of\r\n my data") == (
        "Request for deletion of my data",
        [],
    )


def test_newlines_inside_an_encoded_word_become_spaces():
    assert decode_header(b_word("UTF-8", b"a\r\nBcc: x@example.com"))[0] == "a  Bcc: x@example.com"


def test_absent_header_is_empty():
    assert decode_header(None) == ("", [])


# --- transfer encodings --------------------------------------------------------------------------


def part(transfer_encoding: str, payload: str) -> Message:
    message = Message()
    message["Content-Type"] = 'text/plain; charset="utf-8"'
    message["Content-Transfer-Encoding"] = transfer_encoding
    message.set_payload(payload)
    return message


REQUEST = "個人データの開示を希望します!"
ENCODED = base64.encodebytes(REQUEST.encode()).decode()


def test_base64_decodes_cleanly_without_defects():
    assert transfer_decode(part("base64", ENCODED)) == (REQUEST.encode(), [])


def test_base64_with_missing_padding_is_repaired():
    data, defects = transfer_decode(part("base64", ENCODED.rstrip("=\n")))
    assert data.decode() == REQUEST
    assert defects


def test_base64_with_stray_characters_is_repaired():
    data, defects = transfer_decode(part("base64", ENCODED[:8] + "*" + ENCODED[8:]))
    assert data.decode() == REQUEST
    assert defects == [Defect("body", "stray characters in base64", "removed")]


def test_text_after_base64_data_is_ignored_where_the_standard_library_makes_junk():
    unpadded = "個人データの開示を希望します"  # 42 bytes: no "=" marks the end of the data
    encoded = base64.encodebytes(unpadded.encode()).decode()
    broken = part("base64", encoded + "-- \nSent via the list: https://lists.example.org/x\n")
    with pytest.raises(UnicodeDecodeError):
        broken.get_payload(decode=True).decode()
    data, defects = transfer_decode(broken)
    assert data.decode() == unpadded
    assert defects == [Defect("body", "text after the base64 data", "ignored")]


def test_text_declared_base64_that_is_not_base64_is_kept():
    data, defects = transfer_decode(part("base64", "Hello, this is plain text.\n"))
    assert data == b"Hello, this is plain text.\n"
    assert defects


def test_quoted_printable_soft_break_with_trailing_whitespace():
    data, defects = transfer_decode(part("quoted-printable", "caf=C3=A9 au =  \nlait\n"))
    assert data == "café au lait\n".encode()
    assert defects == []


def test_quoted_printable_cut_inside_an_escape_drops_the_fragment():
    data, defects = transfer_decode(part("quoted-printable", "caf=C3=A9=E3=81=8"))
    assert data == "café".encode() + b"\xe3\x81"
    assert defects == [Defect("body", "quoted-printable cut off inside =XX", "dropped")]
    assert body(data, "utf-8")[0] == "café"


def test_8bit_and_7bit_payloads_pass_through_as_bytes():
    raw = b"Content-Type: text/plain; charset=shift_jis\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
    message = email.message_from_bytes(raw + sjis_bytes(JA_TEXT))
    assert transfer_decode(message) == (sjis_bytes(JA_TEXT), [])


def test_multipart_has_no_payload_bytes():
    message = email.message_from_bytes(
        b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n\r\nx\r\n--b--\r\n'
    )
    assert transfer_decode(message) == (b"", [])


# --- never raise ---------------------------------------------------------------------------------

LABELS = st.one_of(
    st.none(),
    st.sampled_from(
        [
            *("utf-8", "iso-2022-jp", "shift_jis", "euc-jp", "gb2312", "big5", "euc-kr"),
            *("us-ascii", "iso-8859-1", "iso-8859-15", "windows-1252", "utf-16", "utf-7", "hz"),
            "x-unknown",
        ]
    ),
    st.text(max_size=20),
)
JIS_LIKE = st.lists(
    st.sampled_from([b"\x1b$B", b"\x1b(B", b"\x1b(I", b"\x1b$(D", b"\x0e", b"\x0f", b'$"', b"-!"])
    | st.binary(max_size=6),
    max_size=12,
).map(b"".join)


@settings(max_examples=300, deadline=None)
@given(payload=st.binary(max_size=300) | JIS_LIKE, label=LABELS)
def test_decode_body_never_raises_and_returns_clean_lines(payload, label):
    text, codec, defects = decode_body(payload, label)
    assert isinstance(codec, str)
    assert "\r" not in text and "\x00" not in text
    assert all(isinstance(defect, Defect) for defect in defects)
    if "\ufffd" in text:
        try:
            sent_as_is = "\ufffd".encode(codec) in payload
        except (UnicodeError, LookupError):
            sent_as_is = False
        assert sent_as_is or any("U+FFFD" in defect.repair for defect in defects)


HEADER_TEXT = st.one_of(
    st.text(alphabet=st.characters(exclude_categories=()), max_size=60),
    st.binary(max_size=60).map(lambda raw: raw.decode("ascii", "surrogateescape")),
    st.builds(
        lambda charset, encoding, text: f"=?{charset}?{encoding}?{text}?= tail",
        st.sampled_from(["utf-8", "iso-2022-jp", "x-unknown", "", "*"]),
        st.sampled_from("BbQqX"),
        st.text(max_size=20),
    ),
)


@settings(max_examples=300, deadline=None)
@given(value=HEADER_TEXT, fallback=LABELS)
def test_decode_header_never_raises_and_returns_one_line(value, fallback):
    text, defects = decode_header(value, fallback_charset=fallback)
    assert "\n" not in text and "\r" not in text and "\x00" not in text
    assert all(isinstance(defect, Defect) for defect in defects)


@settings(max_examples=200, deadline=None)
@given(
    payload=st.text(max_size=200),
    encoding=st.sampled_from(["base64", "quoted-printable", "7bit", "x-uuencode", ""]),
)
def test_transfer_decode_never_raises(payload, encoding):
    data, defects = transfer_decode(part(encoding, payload))
    assert isinstance(data, bytes)
    assert all(isinstance(defect, Defect) for defect in defects)


@settings(max_examples=300, deadline=None)
@given(
    payload=st.binary(max_size=100) | JIS_LIKE,
    label=st.sampled_from(["shift_jis", "euc-jp", "iso-2022-jp"]),
)
def test_own_jis_codecs_raise_only_unicode_decode_errors(payload, label):
    codec = codec_for(label)
    assert isinstance(payload.decode(codec, "replace"), str)
    with contextlib.suppress(UnicodeDecodeError):
        payload.decode(codec)


# --- the shared corpus ---------------------------------------------------------------------------


@pytest.mark.corpus
def test_corpus_headers_and_text_parts_decode_cleanly_and_as_the_stdlib_does():
    emails = sorted((require_corpus() / "email").glob("*.eml"))
    assert emails
    for path in emails:
        message = email.message_from_bytes(path.read_bytes())
        for name, value in message.raw_items():
            if name.lower() in ("subject", "from"):
                text, defects = decode_header(value)
                assert_clean(text)
                assert "=?" not in text and defects == [], (path.name, name, text)
                assert text == _stdlib_header(value), (path.name, name)
        for leaf in message.walk():
            if leaf.get_content_maintype() != "text" or leaf.is_multipart():
                continue
            payload, transfer_defects = transfer_decode(leaf)
            assert transfer_defects == [] and payload == leaf.get_payload(decode=True)
            charset = leaf.get_content_charset()
            text, _codec, defects = decode_body(payload, charset)
            assert_clean(text)
            assert defects == [], (path.name, defects)
            assert text == _stdlib_body(payload, charset, text), path.name


def _stdlib_header(value: str) -> str:
    """The standard library's decoding, where it manages (else nothing to compare with)."""
    try:
        return str(email.header.make_header(email.header.decode_header(value)))
    except (LookupError, UnicodeError):
        return decode_header(value)[0]


def _stdlib_body(payload: bytes, charset: str | None, ours: str) -> str:
    try:
        return payload.decode(charset or "ascii").replace("\r\n", "\n")
    except (LookupError, UnicodeError):
        return ours
