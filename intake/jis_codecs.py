"""Codecs for Japanese mail that Python lacks: JIS-family text with the NEC and IBM extensions.

Python's JIS codecs reject the NEC special characters (row 13: ①, ㈱, №, ℡, Ⅰ...) and the IBM
extensions, so three codecs registered here on import decode them through CP932:
intake-cp932 (Shift_JIS labels), intake-eucjp (EUC-JP as CP51932) and intake-iso2022jp
(ISO-2022-JP with the CP50220/CP50221 extensions, ESC ( I and SO/SI kana and JIS X 0212; its
runs are transcoded to EUC-JP bytes). Wave dash and its kin get the JIS X 0208 standard
characters (see intake/charsets.py).
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable

CP932_CODEC = "intake-cp932"
EUCJP_CODEC = "intake-eucjp"
ISO2022JP_CODEC = "intake-iso2022jp"

_CP932_TO_JIS0208 = str.maketrans(
    {
        "\uff5e": "\u301c",
        "\u2225": "\u2016",
        "\uff0d": "\u2212",
        "\uffe0": "\u00a2",
        "\uffe1": "\u00a3",
        "\uffe2": "\u00ac",
    }
)

# JIS row/cell bytes (0x21-0x7E each) to Shift_JIS, done per byte with translate(): the lead
# byte depends on the JIS lead only; the trail byte also depends on whether the JIS lead is
# odd, so that bit is first folded into bit 7 of the trail.
_SJIS_LEAD = bytes(
    (((lead + 1) >> 1) + (0x70 if lead <= 0x5E else 0xB0)) & 0xFF for lead in range(256)
)
_ODD_LEAD_FLAG = bytes(0x80 if lead % 2 else 0 for lead in range(256))
_SJIS_TRAIL = bytes(
    ((t & 0x7F) + (0x1F if (t & 0x7F) <= 0x5F else 0x20) if t & 0x80 else t + 0x7E) & 0xFF
    for t in range(256)
)
_HIGH_BIT_OFF = bytes(b & 0x7F for b in range(256))
_HIGH_BIT_ON = bytes(b | 0x80 for b in range(256))


def _jis_to_sjis(pairs: bytes) -> bytes:
    """Shift_JIS bytes for an even-length run of JIS X 0208 row/cell bytes."""
    leads, trails = pairs[0::2], pairs[1::2]
    odd_flags = int.from_bytes(leads.translate(_ODD_LEAD_FLAG), "big")
    flagged_trails = (int.from_bytes(trails, "big") | odd_flags).to_bytes(len(trails), "big")
    sjis = bytearray(len(pairs))
    sjis[0::2] = leads.translate(_SJIS_LEAD)
    sjis[1::2] = flagged_trails.translate(_SJIS_TRAIL)
    return bytes(sjis)


def _decode_cp932(data: bytes, errors: str = "strict") -> str:
    return bytes(data).decode("cp932", errors).translate(_CP932_TO_JIS0208)


_ISO2022JP_SWITCH = re.compile(rb"(\x1b\([BJI]|\x1b\$[@B]|\x1b\$\([@BD]|\x1b&@|[\x0e\x0f])")
_MODE_OF_ESCAPE = {
    b"\x1b(B": "ascii",
    b"\x1b(J": "ascii",
    b"\x1b(I": "kana",
    b"\x1b$@": "jis0208",
    b"\x1b$B": "jis0208",
    b"\x1b$(@": "jis0208",
    b"\x1b$(B": "jis0208",
    b"\x1b$(D": "jis0212",
}
_JIS_PRINTABLE_RUNS = re.compile(rb"[\x21-\x7e]+|[^\x21-\x7e]+")
_NOT_JIS_PRINTABLE = re.compile(rb"[^\x21-\x7e]")


def _prefixed(prefix: int, data: bytes, width: int) -> bytes:
    """`data` with the byte `prefix` before each `width`-byte unit (EUC-JP 0x8E, 0x8F)."""
    units = len(data) // width
    out = bytearray(units * (width + 1))
    out[0 :: width + 1] = bytes([prefix]) * units
    for index in range(width):
        out[index + 1 :: width + 1] = data[index : units * width : width]
    return bytes(out) + (b"\xff" if len(data) % width else b"")


def _iso2022jp_run_as_eucjp(run: bytes, mode: str) -> tuple[bytes, bool]:
    """One run between escapes as EUC-JP bytes, and whether it holds 8-bit bytes or escapes.

    Controls and spaces inside a double-byte run pass through and keep the mode, as in
    Python's iso2022_jp. Other faults (odd byte counts, bad kana) become invalid EUC-JP.
    """
    if mode == "ascii":
        return run, not run.isascii() or b"\x1b" in run
    chunks = _JIS_PRINTABLE_RUNS.findall(run) if _NOT_JIS_PRINTABLE.search(run) else [run]
    euc = bytearray()
    for chunk in chunks:
        high = chunk.translate(_HIGH_BIT_ON)
        if not 0x21 <= chunk[0] <= 0x7E:
            euc += chunk
        elif mode == "kana":
            euc += _prefixed(0x8E, high, 1)
        elif mode == "jis0212":
            euc += _prefixed(0x8F, high, 2)
        else:
            euc += high
    return bytes(euc), not run.isascii()


def _decode_iso2022jp(data: bytes, errors: str = "strict") -> tuple[str, int]:
    """ISO-2022-JP with the CP50220/CP50221 extensions, SO/SI kana and JIS X 0212."""
    data = bytes(data)
    # Python's codec is ten times faster and gives the same characters wherever it succeeds,
    # except that it reads JIS X 0201 Roman as ¥ and ‾ (we: ASCII) and ignores SO/SI kana.
    if b"\x1b(J" not in data and b"\x0e" not in data:
        try:
            return data.decode("iso2022_jp"), len(data)
        except UnicodeDecodeError:
            pass
    return _transcode_iso2022jp(data, errors), len(data)


def _transcode_iso2022jp(data: bytes, errors: str) -> str:
    """Rewrite every run as EUC-JP (a byte-wise translate) and decode the whole at once.

    The EUC-JP codec goes through CP932 for the NEC and IBM rows.
    """
    euc = bytearray()
    faulty = False
    mode = mode_before_shift_out = "ascii"
    for index, part in enumerate(_ISO2022JP_SWITCH.split(data)):
        if index % 2:
            if part == b"\x0e":
                mode, mode_before_shift_out = "kana", mode
            elif part == b"\x0f":
                mode = mode_before_shift_out if mode == "kana" else mode
            elif part != b"\x1b&@":
                mode = _MODE_OF_ESCAPE[part]
        elif part:
            run, run_faulty = _iso2022jp_run_as_eucjp(part, mode)
            euc += run
            faulty = faulty or run_faulty
    try:
        if faulty and errors == "strict":
            raise UnicodeDecodeError(ISO2022JP_CODEC, data, 0, len(data), "8-bit byte or escape")
        return _decode_eucjp(bytes(euc), errors)[0]
    except UnicodeDecodeError as error:
        raise UnicodeDecodeError(ISO2022JP_CODEC, data, 0, len(data), error.reason) from None


_EUCJP_RUNS = re.compile(
    rb"(?P<ascii>[\x00-\x7f]+)|(?P<jis0208>(?:[\xa1-\xfe]{2})+)|(?P<kana>(?:\x8e[\xa1-\xdf])+)"
    rb"|(?P<jis0212>(?:\x8f[\xa1-\xfe]{2})+)|(?P<bad>[\x80-\xff])"
)


def _decode_eucjp(data: bytes, errors: str = "strict") -> tuple[str, int]:
    """EUC-JP, with CP51932's NEC and IBM rows decoded through CP932."""
    data = bytes(data)
    try:
        return data.decode("euc_jp"), len(data)
    except UnicodeDecodeError:
        pass
    pieces = []
    for match in _EUCJP_RUNS.finditer(data):
        run, kind = match.group(), match.lastgroup
        try:
            if kind == "ascii":
                pieces.append(run.decode("ascii"))
            elif kind == "jis0208":
                pieces.append(_decode_cp932(_jis_to_sjis(run.translate(_HIGH_BIT_OFF)), errors))
            elif kind == "kana":
                pieces.append(_decode_cp932(run[1::2], errors))
            elif kind == "jis0212":
                pieces.append(run.decode("euc_jp", errors))
            elif errors == "strict":
                raise UnicodeDecodeError(EUCJP_CODEC, run, 0, 1, "invalid EUC-JP byte")
            else:
                pieces.append("" if errors == "ignore" else "\ufffd")
        except UnicodeDecodeError as error:
            raise UnicodeDecodeError(
                EUCJP_CODEC, data, match.start(), match.end(), error.reason
            ) from None
    return "".join(pieces), len(data)


def _codec_info(
    name: str, decoder: Callable[[bytes, str], tuple[str, int]], base: str
) -> codecs.CodecInfo:
    """A decoding codec; encoding is the standard codec's (no NEC or IBM extensions)."""
    return codecs.CodecInfo(name=name, encode=codecs.lookup(base).encode, decode=decoder)


_OWN_CODECS = {
    "intake_cp932": _codec_info(
        CP932_CODEC, lambda data, errors="strict": (_decode_cp932(data, errors), len(data)), "cp932"
    ),
    "intake_eucjp": _codec_info(EUCJP_CODEC, _decode_eucjp, "euc_jp"),
    "intake_iso2022jp": _codec_info(ISO2022JP_CODEC, _decode_iso2022jp, "iso2022_jp"),
}


def _find_own_codec(name: str) -> codecs.CodecInfo | None:
    return _OWN_CODECS.get(name.replace("-", "_"))


codecs.register(_find_own_codec)
