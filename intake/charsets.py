"""Charset-correct decoding of mail bodies and header values, also under wrong or missing labels.

Japanese: Python's JIS codecs reject the NEC special characters (row 13: ①, ㈱, №, ℡, Ⅰ...)
and the IBM extensions, so three codecs registered here decode them through CP932:
intake-cp932 (Shift_JIS labels), intake-eucjp (EUC-JP as CP51932) and intake-iso2022jp
(ISO-2022-JP with the CP50220/CP50221 extensions, ESC ( I and SO/SI kana and JIS X 0212; its
runs are transcoded to EUC-JP bytes). Where Python's own codec reads a text, it is the faster
route, with the same characters.

Wave dash: text from the JIS family gets the JIS X 0208 standard characters, as Python's
shift_jis, euc_jp and iso2022_jp give them, so a JIS character decodes alike under every
JIS-family label. CP932's Microsoft choices are mapped back: U+FF5E→U+301C WAVE DASH,
U+2225→U+2016, U+FF0D→U+2212 MINUS SIGN, U+FFE0→U+00A2, U+FFE1→U+00A3, U+FFE2→U+00AC. UTF-8
text keeps what the sender typed, so both forms reach later stages, which fold them when
matching. JIS X 0201 Roman (ESC ( J) is read as ASCII, as CP932 reads 0x5C and 0x7E.

Labels mean what mail software means by them (WHATWG-style supersets, no defect):
Shift_JIS→CP932, ISO-2022-JP→CP50221, EUC-JP→CP51932, GB2312/GBK→GB18030, Big5→CP950,
EUC-KR/KS C 5601→CP949, ISO-8859-1→windows-1252. A missing, unknown or wrong label is
detected: JIS escapes, then UTF-8, then Japanese, then Latin text, then charset-normalizer (only
when nothing decodes as labelled), and as a last resort the candidate needing the fewest U+FFFD.
Each repair leaves a Defect.
"""

from __future__ import annotations

import codecs
import functools
import re
from collections.abc import Iterator
from email.header import Header
from email.header import decode_header as split_header_chunks

from intake.jis_codecs import CP932_CODEC, EUCJP_CODEC, ISO2022JP_CODEC
from intake.message import Defect
from intake.transfer import BASE64_JUNK, decode_base64, decode_q

# --- labels ------------------------------------------------------------------------------------


def _aliases(codec: str, *labels: str) -> dict[str, str]:
    return dict.fromkeys(labels, codec)


# Keys are labels lowercased with everything but letters and digits removed.
_CODEC_OF_LABEL = {
    **_aliases(
        ISO2022JP_CODEC,
        *("iso2022jp", "csiso2022jp", "iso2022jp1", "iso2022jp2", "csiso2022jp2", "iso2022jp3"),
        *("iso2022jp2004", "iso2022jpms", "iso2022jpext", "cp50220", "cp50221", "cp50222"),
        *("jis", "xjis", "jis7"),
    ),
    **_aliases(
        CP932_CODEC,
        *("shiftjis", "sjis", "xsjis", "mskanji", "csshiftjis", "windows31j", "cswindows31j"),
        *("cp932", "ms932", "xmscp932", "windows932", "ibm943", "xsjisopen", "sjisopen"),
    ),
    **_aliases(
        EUCJP_CODEC,
        *("eucjp", "xeucjp", "cseucpkdfmtjapanese", "eucjpms", "cp51932", "ujis", "xeuc"),
    ),
    **_aliases("shift_jis_2004", "shiftjis2004", "shiftjisx0213", "sjisx0213"),
    **_aliases("euc_jis_2004", "eucjis2004", "eucjisx0213"),
    **_aliases(
        "gb18030",
        *("gb2312", "csgb2312", "gb231280", "gbk", "xgbk", "cp936", "ms936", "windows936"),
        *("euccn", "xeuccn", "chinese", "csiso58gb231280", "isoir58", "gb18030"),
    ),
    **_aliases("hz", "hz", "hzgb2312"),
    **_aliases(
        "cp950", "big5", "csbig5", "xxbig5", "cnbig5", "xbig5", "cp950", "ms950", "windows950"
    ),
    **_aliases("big5hkscs", "big5hkscs", "hkscs"),
    **_aliases(
        "cp949",
        *("euckr", "cseuckr", "ksc56011987", "ksc5601", "ksc56011989", "ksx1001", "korean"),
        *("csksc56011987", "isoir149", "windows949", "cp949", "uhc", "ms949", "xwindows949"),
    ),
    **_aliases(
        "cp1252",
        *("iso88591", "latin1", "l1", "isolatin1", "cp819", "ibm819", "csisolatin1"),
        *("iso885911987", "isoir100", "windows1252", "cp1252", "xcp1252", "ansi"),
    ),
    **_aliases("iso8859-15", "iso885915", "latin9", "l9", "latin0", "csisolatin9", "isolatin9"),
    **_aliases(
        "ascii",
        *("usascii", "ascii", "ansix341968", "ansix341986", "us", "csascii", "iso646us"),
        *("ibm367", "cp367", "isoir6", "iso646irv1991", "7bit"),
    ),
    **_aliases("utf-8", "utf8", "xutf8", "unicode11utf8", "unicode20utf8", "utf8mb4"),
}
_NOT_MAIL_CHARSETS = frozenset(
    {"unicode-escape", "raw-unicode-escape", "idna", "punycode", "undefined", "mbcs", "oem"}
)


@functools.lru_cache(maxsize=256)
def codec_for(label: str | None) -> str | None:
    """Python codec to use for a MIME charset label, or None when unknown."""
    if not isinstance(label, str):
        return None
    label = label.split("*", 1)[0].strip().strip("\"'").strip()
    key = re.sub(r"[^a-z0-9]", "", label.lower())
    if not key:
        return None
    if key in _CODEC_OF_LABEL:
        return _CODEC_OF_LABEL[key]
    try:
        name = codecs.lookup(label).name
        b"a".decode(name, "ignore")  # transform codecs such as base64 or rot13 are no charsets
    except (LookupError, ValueError, UnicodeError):
        return None
    return None if name in _NOT_MAIL_CHARSETS else name


@functools.cache
def _is_ascii_compatible(codec: str) -> bool:
    """Whether pure 7-bit bytes mean the same as ASCII under this codec (not UTF-16, HZ, ...)."""
    sample = bytes(range(0x20, 0x7F)) + b"\t\r\n"
    try:
        return sample.decode(codec) == sample.decode("ascii")
    except (UnicodeError, LookupError, ValueError):
        return False


# --- plausibility ------------------------------------------------------------------------------

# windows-1252's reading of the UTF-8 continuation bytes 0x80-0xBF (without NO-BREAK SPACE,
# which French puts after accented letters).
_CONTINUATION = (
    "[\u0080-\u009f\u00a1-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)
_MOJIBAKE = tuple(
    re.compile(pattern)
    for pattern in (
        f"[\u00c2-\u00db]{_CONTINUATION}",  # UTF-8 read as Latin-1: "Ã©"
        "[\u00c2\u00c3]\u00a0",
        f"[\u00e0-\u00ef]{_CONTINUATION}{_CONTINUATION}",  # "â€™", "ï»¿"
        f"[\u00f0-\u00f4]{_CONTINUATION}{_CONTINUATION}{_CONTINUATION}",  # "ðŸ˜€"
        "[\u00a0-\u00ff]" * 5,  # CJK read as Latin-1
        "[\u201a\u0192].[\u201a\u0192].[\u201a\u0192]",  # Shift_JIS kana as windows-1252: "‚±‚ñ‚É"
        "[\u00a4\u00a5].[\u00a4\u00a5].[\u00a4\u00a5]",  # EUC-JP kana as Latin-1: "¤³¤ó¤Ë"
        "[\u7e3a\u7e67\u7e5d].?[\u7e3a\u7e67\u7e5d]",  # UTF-8 kana as CP932: "縺ゅ≠"
        "[\uff64\uff65].[\uff64\uff65].[\uff64\uff65]",  # EUC-JP kana as CP932: "､ｳ､ﾎ､ﾋ"
        "[\u0080-\u009f]",  # C1 controls: a single-byte charset guessed wrong
    )
)
_MOJIBAKE_CHARACTER = re.compile("[\u0080-\u00ff\u0192\u201a\u7e3a\u7e5d\u7e67\uff64\uff65]")
_MOJIBAKE_WINDOW = 4096  # wrong-charset patterns repeat; a window after the first suspect will do
_KANA = re.compile("[\u3041-\u30ff]")
# Outside what JIS X 0208 and the NEC/IBM rows hold (half-width kana, hangul, PUA are outside).
_NOT_JAPANESE = re.compile(
    "[^\x00-\x7f\u00a2\u00a3\u00a7\u00a8\u00ac\u00b0\u00b1\u00b4\u00b6\u00d7\u00f7"
    "\u2010-\u22ff\u2460-\u26ff\u3000-\u30ff\u3200-\u33ff\u4e00-\u9fff\uf900-\ufaff"
    "\uff01-\uff60\uffe0-\uffe5]"
)
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f\s]{3,}")
_ASCII_LETTER = re.compile("[A-Za-z]")
_SHORT = 24  # at most this many non-ASCII characters: too short for statistics


def _looks_like_mojibake(text: str) -> bool:
    """Whether the text shows a classic wrong-charset pattern."""
    suspect = _MOJIBAKE_CHARACTER.search(text) if not text.isascii() else None
    if suspect is None:
        return False
    window = text[max(suspect.start() - 4, 0) : suspect.start() + _MOJIBAKE_WINDOW]
    return any(pattern.search(window) for pattern in _MOJIBAKE)


def _non_ascii_count(text: str) -> int:
    return len(text) - len(text.encode("ascii", "ignore"))


def _plausible_japanese(text: str, *, allow_short: bool) -> bool:
    """Kana make up a fifth of the non-ASCII text, or (allow_short) a short text is all CJK."""
    non_ascii = _non_ascii_count(text)
    if not non_ascii or _looks_like_mojibake(text):
        return False
    if len(_KANA.findall(text)) * 5 >= non_ascii:
        return True
    return allow_short and non_ascii <= _SHORT and _NOT_JAPANESE.search(text) is None


def _plausible_latin(text: str) -> bool:
    """Accented letters stand inside mostly-ASCII words, as in Western European text."""
    non_ascii = _non_ascii_count(text)
    return (
        non_ascii > 0
        and not _looks_like_mojibake(text)
        and _NON_ASCII_RUN.search(text) is None
        and len(_ASCII_LETTER.findall(text)) >= 2 * non_ascii
    )


_OTHER_CJK = frozenset({"gb18030", "cp950", "big5hkscs", "cp949"})


def _hidden_japanese(payload: bytes, text: str, codec: str) -> bool:
    """Japanese under a Chinese or Korean label: kana in that reading, or in a CP932 reading."""
    if codec not in _OTHER_CJK:
        return False
    if _plausible_japanese(text, allow_short=False):
        return True
    as_cp932 = _strict(payload, CP932_CODEC)
    return as_cp932 is not None and _plausible_japanese(as_cp932, allow_short=False)


# --- decoding bytes ------------------------------------------------------------------------------

_JIS_ESCAPE = re.compile(rb"\x1b(?:\$[@B]|\$\([@BDOQ]|\(I)")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_DETECTION_CODECS = (
    *("utf_8", "cp932", "euc_jp", "gb18030", "big5", "cp949", "cp1252", "iso8859_15"),
    *("cp1250", "cp1251", "koi8_r", "cp1253", "cp1254", "iso8859_2"),
)
_FAMILY_FALLBACKS = {ISO2022JP_CODEC: ("iso2022_jp_2", "iso2022_jp_2004")}


def _strict(payload: bytes, codec: str) -> str | None:
    try:
        return payload.decode(codec)
    except (UnicodeError, LookupError, ValueError):
        return None


def _strict_allowing_cut_end(payload: bytes, codec: str) -> tuple[str | None, bool]:
    """Strict decode; a character cut off by truncation is dropped (then the flag is True).

    Only when the rest holds 8-bit text in this codec: a lone Latin-1 "é" at the end is no cut.
    """
    try:
        return payload.decode(codec), False
    except UnicodeDecodeError as error:
        if error.end < len(payload) or error.start < len(payload) - 3:
            return None, False
        head = _strict(payload[: error.start], codec)
        return (head, True) if head is not None and not head.isascii() else (None, False)
    except (UnicodeError, LookupError, ValueError):
        return None, False


def _repair_double_utf8(text: str) -> str | None:
    """UTF-8 that was read as windows-1252 and encoded as UTF-8 again, decoded properly."""
    for single_byte in ("cp1252", "latin-1"):
        try:
            repaired = text.encode(single_byte).decode("utf-8")
        except UnicodeError:
            continue
        if not _looks_like_mojibake(repaired):
            return repaired
    return None


def _detected(payload: bytes, *, guess: bool) -> Iterator[tuple[str, str | None]]:
    """Codecs, with their text when it decodes, for unlabelled 8-bit text, likeliest first.

    Japanese with kana, then Latin text, then short all-CJK text read as Japanese, then
    (if `guess`) charset-normalizer's pick.
    """
    as_japanese = {codec: _strict(payload, codec) for codec in (CP932_CODEC, EUCJP_CODEC)}
    for codec, text in as_japanese.items():
        if text is not None and _plausible_japanese(text, allow_short=False):
            yield codec, text
    text = _strict(payload, "cp1252")
    if text is not None and _plausible_latin(text):
        yield "cp1252", text
    for codec, text in as_japanese.items():
        if text is not None and _plausible_japanese(text, allow_short=True):
            yield codec, text
    codec = _charset_normalizer_guess(payload) if guess else None
    if codec:
        yield codec, _strict(payload, codec)


def _charset_normalizer_guess(payload: bytes) -> str | None:
    import charset_normalizer

    try:
        best = charset_normalizer.from_bytes(payload, cp_isolation=list(_DETECTION_CODECS)).best()
    except Exception:  # a detector failure must not stop the intake; the last resort follows
        return None
    return codec_for(best.encoding) if best is not None else None


def _decode_bytes(
    payload: bytes, label: str | None, where: str, content: str = "8-bit text"
) -> tuple[str, str, list[Defect]]:
    """Text, codec used and defects for `payload` labelled `label`; the text is not cleaned."""
    codec = codec_for(label)
    label = label.strip() if isinstance(label, str) else ""
    if payload.isascii():
        ascii_compatible = codec is None or _is_ascii_compatible(codec)
        if codec == ISO2022JP_CODEC:
            jis = b"\x1b" in payload or b"\x0e" in payload
        else:
            jis = b"\x1b" in payload and _JIS_ESCAPE.search(payload) is not None
        if ascii_compatible and jis:
            content = content if codec == ISO2022JP_CODEC else "ISO-2022-JP text"
            return _decode_8bit(payload, label, codec, where, content, first=ISO2022JP_CODEC)
        if ascii_compatible:
            unknown = codec is None and label
            defects = (
                [Defect(where, f"unknown charset {label!r}", "read as ASCII")] if unknown else []
            )
            return payload.decode("ascii"), codec or "ascii", defects
    for bom, bom_codec in _BOMS:
        if payload.startswith(bom) and (text := _strict(payload, bom_codec)) is not None:
            fits = codec is not None and codec.startswith(bom_codec[:5])
            problem = _label_problem(label, codec, "text with a byte order mark")
            defects = [] if fits else [Defect(where, problem, f"decoded as {bom_codec}")]
            return text.lstrip("\ufeff"), bom_codec, defects
    return _decode_8bit(payload, label, codec, where, content)


def _label_problem(label: str, codec: str | None, content: str) -> str:
    if not label:
        return f"no charset declared for {content}"
    if codec is None:
        return f"unknown charset {label!r} on {content}"
    return f"charset {label!r} does not fit the {content}"


def _decode_8bit(
    payload: bytes,
    label: str,
    codec: str | None,
    where: str,
    content: str,
    *,
    first: str | None = None,
) -> tuple[str, str, list[Defect]]:
    """The chain for anything but plain ASCII: label, UTF-8, detection, replacement.

    `codec` is what the label says; `first`, if given, is tried in its place (JIS escapes seen).
    """
    first = first or codec
    as_utf8 = _strict(payload, "utf-8") if not payload.isascii() else None
    if as_utf8 is not None and _looks_like_mojibake(as_utf8):
        as_utf8 = None
    utf8_wins = codec != "utf-8" and as_utf8 is not None and _non_ascii_count(as_utf8) >= 3
    suspect: tuple[str, str] | None = None  # a strict decode as labelled that looks wrong
    for candidate in (first, *_FAMILY_FALLBACKS.get(first or "", ())):
        if candidate is None or utf8_wins:
            break
        text, cut = _strict_allowing_cut_end(payload, candidate)
        if text is None:
            continue
        if candidate == "utf-8" and _looks_like_mojibake(text):
            repaired = _repair_double_utf8(text)
            if repaired is not None:
                return repaired, candidate, [Defect(where, "UTF-8 encoded twice", "repaired")]
        if _looks_like_mojibake(text) or _hidden_japanese(payload, text, candidate):
            suspect = suspect or (text, candidate)
            continue
        defects = [Defect(where, "character cut off at the end", "dropped")] if cut else []
        if candidate not in (codec, *_FAMILY_FALLBACKS.get(codec or "", ())):
            problem = _label_problem(label, codec, content)
            defects.append(Defect(where, problem, f"decoded as {candidate}"))
        return text, candidate, defects
    problem = _label_problem(label, codec, content)
    if as_utf8 is not None:
        return as_utf8, "utf-8", [Defect(where, problem, "decoded as utf-8")]
    if not payload.isascii():
        # A suspect decode as labelled gives way to a plausible reading only, not to a guess.
        for detected, text in _detected(payload, guess=suspect is None):
            if text is not None and not _looks_like_mojibake(text):
                return text, detected, [Defect(where, problem, f"decoded as {detected}")]
    if suspect is not None:
        return suspect[0], suspect[1], []
    return _decode_with_replacement(payload, first, where, problem)


def _decode_with_replacement(
    payload: bytes, codec: str | None, where: str, problem: str
) -> tuple[str, str, list[Defect]]:
    """The last resort: the candidate needing the fewest U+FFFD replacements."""
    if payload.isascii() and _JIS_ESCAPE.search(payload):
        candidates: tuple[str | None, ...] = (ISO2022JP_CODEC,)
    else:
        candidates = (codec, "utf-8", CP932_CODEC, "cp1252")
    best: tuple[int, str, str] = (len(payload) + 1, "utf-8", payload.decode("utf-8", "replace"))
    for candidate in dict.fromkeys(candidates):
        if candidate is None:
            continue
        try:
            text = payload.decode(candidate, "replace")
        except (UnicodeError, LookupError, ValueError):
            continue
        if text.count("\ufffd") < best[0]:
            best = (text.count("\ufffd"), candidate, text)
    replaced, used, text = best
    repair = f"decoded as {used}, {replaced} undecodable stretches replaced by U+FFFD"
    return text, used, [Defect(where, problem, repair)]


# --- cleaning decoded text ---------------------------------------------------------------------

_BODY_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_HEADER_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f]")


def _clean_body(text: str, where: str) -> tuple[str, list[Defect]]:
    """Line ends as \\n, no NULs or other control characters but \\t and \\n."""
    text = text.removeprefix("\ufeff")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _BODY_CONTROLS.search(text) is None:
        return text, []
    return _remove_controls(text, _BODY_CONTROLS, where)


def _remove_controls(text: str, controls: re.Pattern[str], where: str) -> tuple[str, list[Defect]]:
    defects = []
    nuls = text.count("\x00")
    if nuls:
        defects.append(Defect(where, f"{nuls} NUL characters", "removed"))
    others = len(controls.findall(text)) - nuls
    if others:
        defects.append(Defect(where, f"{others} control characters", "removed"))
    return controls.sub("", text), defects


# --- public API --------------------------------------------------------------------------------


def decode_body(
    payload: bytes | None, declared_charset: str | None, *, where: str = "body"
) -> tuple[str, str, list[Defect]]:
    """Decoded text, the codec actually used, and defects (`where` names the part in them).

    Line ends become \\n; NULs and control characters other than \\t and \\n are removed.
    """
    text, codec, defects = _decode_bytes(bytes(payload or b""), declared_charset, where)
    text, clean_defects = _clean_body(text, where)
    return text, codec, defects + clean_defects


def decode_header(
    value: str | Header | bytes | None,
    *,
    where: str = "header",
    fallback_charset: str | None = None,
) -> tuple[str, list[Defect]]:
    """Decode an unstructured header value: RFC 2047 encoded-words, raw 8-bit bytes, folding.

    Adjacent encoded-words join without the whitespace between them; those in one charset are
    decoded together, so a character split across words survives. Raw 8-bit bytes (compat32
    keeps them as surrogate escapes, or hands over a Header) are tried as UTF-8 (RFC 6532),
    then `fallback_charset` (say the body's), then detected.
    """
    if value is None:
        return "", []
    if not isinstance(value, str):
        value = _header_as_str(value)
    if value.isascii() and "=?" not in value and _HEADER_CONTROLS.search(value) is None:
        return value.strip(), []
    value = _FOLD.sub("", value)
    defects: list[Defect] = []
    pieces = [
        _decode_header_piece(piece, where, fallback_charset, defects)
        for piece in _header_pieces(value, where, defects)
    ]
    text = _HEADER_WHITESPACE.sub(" ", "".join(pieces))
    text, clean_defects = _remove_controls(text, _HEADER_CONTROLS, where)
    return text.strip(), defects + clean_defects


_FOLD = re.compile(r"\r?\n(?=[ \t])")
_HEADER_WHITESPACE = re.compile(r"[\t\r\n]")
_ENCODED_WORD = re.compile(
    r"=\?(?P<charset>[^?\s]+)\?(?P<encoding>[bBqQ])\?(?P<text>(?:(?!\?=|\s=\?).)*)\?="
)
_CUT_ENCODED_WORD = re.compile(
    r"=\?(?P<charset>[^?\s]+)\?(?P<encoding>[bBqQ])\?(?P<text>[^?\s]*)\??\s*$"
)
_BAD_SURROGATE = re.compile("[\ud800-\udc7f\udd00-\udfff]")
_RAW_BYTE = re.compile("[\udc80-\udcff]")


def _header_as_str(value: Header | bytes) -> str:
    """compat32 turns headers with raw 8-bit bytes into Header objects; get the bytes back."""
    if isinstance(value, bytes | bytearray):
        return bytes(value).decode("ascii", "surrogateescape")
    chunks = split_header_chunks(value)
    return "".join(
        data.decode("ascii", "surrogateescape") if isinstance(data, bytes) else data
        for data, _charset in chunks
    )


def _header_pieces(
    value: str, where: str, defects: list[Defect]
) -> Iterator[str | list[tuple[str, bytes]]]:
    """Plain stretches (str) and runs of adjacent encoded-words (lists of (label, bytes))."""
    position = 0
    run: list[tuple[str, bytes]] = []
    for match in _ENCODED_WORD.finditer(value):
        between = value[position : match.start()]
        if between and (between.strip() or not run):
            if run:
                yield run
                run = []
            yield between
        run.append(_encoded_word_bytes(match, where, defects))
        position = match.end()
    tail = value[position:]
    cut = _CUT_ENCODED_WORD.search(tail)
    if cut:
        defects.append(Defect(where, "encoded-word cut off", "decoded what is there"))
        if tail[: cut.start()].strip():
            if run:
                yield run
                run = []
            yield tail[: cut.start()]
        run.append(_encoded_word_bytes(cut, where, defects))
        tail = ""
    if run:
        yield run
    if tail:
        yield tail


def _encoded_word_bytes(
    match: re.Match[str], where: str, defects: list[Defect]
) -> tuple[str, bytes]:
    """The charset label (without an RFC 2231 language) and the bytes of one encoded-word."""
    label = match["charset"].split("*", 1)[0]
    raw = _as_bytes(match["text"])
    if match["encoding"] in "bB":
        cleaned = BASE64_JUNK.sub(b"", raw)
        if cleaned != raw:
            defects.append(Defect(where, "encoded-word: stray characters in base64", "removed"))
        data, problems = decode_base64(cleaned)
    else:
        data, problems = decode_q(raw)
    defects.extend(
        Defect(where, f"encoded-word: {problem}", repair) for problem, repair in problems
    )
    return label, data


def _as_bytes(text: str) -> bytes:
    """The bytes behind a str from compat32: surrogate escapes back to raw bytes, others UTF-8."""
    try:
        return text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # lone surrogates that are no escaped bytes
        return _BAD_SURROGATE.sub("\ufffd", text).encode("utf-8", "surrogateescape")


def _decode_header_piece(
    piece: str | list[tuple[str, bytes]],
    where: str,
    fallback_charset: str | None,
    defects: list[Defect],
) -> str:
    if isinstance(piece, str):
        if piece.isascii() and "\x1b" not in piece:
            return piece
        if piece.isascii() or _RAW_BYTE.search(piece) or _BAD_SURROGATE.search(piece):
            text, _codec, found = _decode_bytes(
                _as_bytes(piece), fallback_charset, where, "raw 8-bit header text"
            )
            defects.extend(found)
            return text
        return piece  # already text (an SMTPUTF8 header parsed as str)
    texts = []
    for words in _group_by_codec(piece):
        label = words[0][0]
        text, _codec, found = _decode_bytes(b"".join(data for _, data in words), label, where)
        defects.extend(found)
        texts.append(text)
    return "".join(texts)


def _group_by_codec(words: list[tuple[str, bytes]]) -> Iterator[list[tuple[str, bytes]]]:
    """Consecutive words whose labels name the same codec, to be decoded as one."""
    group: list[tuple[str, bytes]] = []
    group_key = ""
    for label, data in words:
        key = codec_for(label) or label.lower()
        if group and key != group_key:
            yield group
            group = []
        group_key = key
        group.append((label, data))
    if group:
        yield group
