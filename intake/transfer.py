"""Transfer decoding (base64, quoted-printable) that repairs what senders break.

The standard library silently returns junk for unpadded base64 followed by a list footer, QP
soft breaks with trailing spaces and truncated escapes; these decoders keep what is readable
and report what they repaired.
"""

from __future__ import annotations

import binascii
import re
from email.message import Message

from intake.message import Defect

BASE64_JUNK = re.compile(rb"[^A-Za-z0-9+/=]")
_BAD_QP_ESCAPE = re.compile(rb"=(?![0-9A-Fa-f]{2}|\r?\n|\Z)")
_QP_TRAILING_SPACE = re.compile(rb"[ \t]+(?=\r?\n|\Z)")
_QP_CUT_ESCAPE = re.compile(rb"=[0-9A-Fa-f]\Z")


def decode_q(raw: bytes) -> tuple[bytes, list[tuple[str, str]]]:
    """Decode the Q encoding of an RFC 2047 encoded-word, noting malformed escapes."""
    problems = []
    if _BAD_QP_ESCAPE.search(raw):
        problems.append(("malformed =XX escape", "kept as it is"))
    return binascii.a2b_qp(raw, header=True), problems


def decode_base64(raw: bytes) -> tuple[bytes, list[tuple[str, str]]]:
    """Decoded bytes and (problem, repair) pairs: bad padding, stray characters, trailing text."""
    try:
        return binascii.a2b_base64(raw.translate(None, b" \t\r\n"), strict_mode=True), []
    except binascii.Error:
        pass
    problems: list[tuple[str, str]] = []
    lines: list[bytes] = []
    for line in raw.split(b"\n"):
        line = line.strip()
        junk = len(BASE64_JUNK.findall(line))
        if junk and (b" " in line or b"\t" in line or junk * 10 > len(line)):
            if not lines:
                return raw, [("text declared base64 is not base64", "kept as it is")]
            problems.append(("text after the base64 data", "ignored"))
            break
        if junk:
            problems.append(("stray characters in base64", "removed"))
            line = BASE64_JUNK.sub(b"", line)
        lines.append(line)
    decoded = bytearray()
    for chunk in re.split(rb"=+", b"".join(lines)):
        if len(chunk) % 4 == 1:
            problems.append(("base64 cut off by one character", "dropped"))
            chunk = chunk[:-1]
        decoded += binascii.a2b_base64(chunk + b"=" * (-len(chunk) % 4))
    return bytes(decoded), problems or [("malformed base64 padding", "repaired")]


def _decode_quoted_printable(raw: bytes) -> tuple[bytes, list[tuple[str, str]]]:
    """Decoded bytes and problems; trailing whitespace is transport padding (RFC 2045 6.7)."""
    problems = []
    raw = _QP_TRAILING_SPACE.sub(b"", raw)
    if _QP_CUT_ESCAPE.search(raw):
        problems.append(("quoted-printable cut off inside =XX", "dropped"))
        raw = _QP_CUT_ESCAPE.sub(b"", raw)
    if _BAD_QP_ESCAPE.search(raw):
        problems.append(("malformed =XX escape", "kept as it is"))
    return binascii.a2b_qp(raw), problems


def transfer_decode(part: Message, *, where: str = "body") -> tuple[bytes, list[Defect]]:
    """A leaf part's payload bytes, base64 and quoted-printable decoded robustly, and defects."""
    if part.is_multipart():
        return b"", []
    encoding = str(part.get("Content-Transfer-Encoding", "")).strip().strip("\"'").lower()
    if encoding not in ("base64", "quoted-printable"):
        raw = part.get_payload(decode=True)  # the bytes as received (compat32 keeps 8-bit ones)
        raw = raw if isinstance(raw, bytes) else b""
        if encoding in ("", "7bit", "8bit", "binary"):
            return raw, []
        return raw, [Defect(where, f"unknown transfer encoding {encoding!r}", "decoded as 8bit")]
    payload = part.get_payload()
    if not isinstance(payload, str) or not payload.isascii():
        # 8-bit bytes where only ASCII belongs: get_payload() has already decoded them with the
        # declared charset, so the standard library's decoding of the raw bytes is all there is.
        decoded = part.get_payload(decode=True)
        problem = f"8-bit bytes in a {encoding} part"
        return decoded if isinstance(decoded, bytes) else b"", [Defect(where, problem, "kept")]
    if encoding == "base64":
        data, problems = decode_base64(payload.encode("ascii"))
    else:
        data, problems = _decode_quoted_printable(payload.encode("ascii"))
    return data, [Defect(where, problem, repair) for problem, repair in problems]
