"""Parse the raw bytes of one received mail into a `ParsedMessage`.

The steps are plain functions called in order in `parse`: read the MIME tree (with caps
on size, parts and depth), decode headers and bodies charset-correctly, choose the best
text body, list attachments, detect automatic mail, split the customer's own text from
quotes, signatures and disclaimers, and detect its language. Bad input never raises
anything but `MailParseError`, and only for bytes that are not mail at all.
"""

from __future__ import annotations

import email
import email.message
import email.parser
import email.policy
import email.utils
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime

from intake.authresults import parse_authentication_results
from intake.automatic import detect_automatic
from intake.charsets import decode_body, decode_header
from intake.dsn import parse_delivery_status
from intake.htmltext import html_to_text
from intake.language import detect_language
from intake.message import Address, Attachment, Defect, ParsedMessage
from intake.newtext import split_text
from intake.transfer import transfer_decode

MAX_RAW_BYTES = 30 * 1024 * 1024
MAX_PARTS = 300
MAX_DEPTH = 12
MAX_TEXT_CHARS = 500_000
MAX_HEADER_CHARS = 8_000
MAX_HEADER_LINES = 5_000
MESSAGE_ID = re.compile(r"<[^<>\s]{1,900}>")
HEADER_LINE = re.compile(rb"^[\x21-\x39\x3b-\x7e]{1,200}:")
BODY_TYPES = ("text/plain", "text/html")


class _RawHeaderPolicy(email.policy.Compat32):
    """Compat32 parsing, but header values come back as the raw str: raw 8-bit bytes stay
    surrogate-escaped (not replaced by U+FFFD) so that `decode_header` can detect them."""

    def header_fetch_parse(self, name: str, value: str) -> str:
        return value


RAW_HEADER_POLICY = _RawHeaderPolicy()


class MailParseError(ValueError):
    """The bytes are not a mail message at all (no header could be read)."""


@dataclass
class _Walk:
    """What a walk through the MIME tree found: body parts, attachments and problems."""

    plain_parts: list[email.message.Message] = field(default_factory=list)
    html_parts: list[email.message.Message] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    defects: list[Defect] = field(default_factory=list)
    part_count: int = 0


def parse(raw: bytes) -> ParsedMessage:
    """Parse one mail; never raises on broken mail, only `MailParseError` for non-mail."""
    if not isinstance(raw, bytes | bytearray | memoryview):
        raise MailParseError(f"expected the raw bytes of a mail, got {type(raw).__name__}")
    raw_bytes, defects = _prepare_raw(bytes(raw))
    msg = _read_mime_tree(raw_bytes, defects)
    walk = _walk(msg)
    defects.extend(walk.defects)

    subject, subject_defects = _header_text(msg, "Subject")
    defects.extend(subject_defects)
    from_list = _addresses(msg, "From", defects)
    return_path = _return_path(msg)
    text, html = _body_texts(walk, defects)
    from_ = from_list[0] if from_list else None
    automatic = detect_automatic(
        msg,
        subject=subject,
        from_address=from_.address.lower() if from_ else "",
        return_path=return_path,
        body_text=text[:4000],
    )
    bounce_info = parse_delivery_status(msg) if automatic.bounce else None
    parts = split_text(text)
    return ParsedMessage(
        message_id=_first_message_id(msg.get("Message-ID")),
        in_reply_to=_first_message_id(msg.get("In-Reply-To")),
        references=tuple(MESSAGE_ID.findall(_header_str(msg.get("References")))),
        date=_date(msg.get("Date"), defects),
        from_=from_,
        to=tuple(_addresses(msg, "To", defects)),
        cc=tuple(_addresses(msg, "Cc", defects)),
        reply_to=tuple(_addresses(msg, "Reply-To", defects)),
        subject=subject,
        text=text,
        html=html,
        new_text=parts.new_text,
        quoted=parts.quoted,
        signature=parts.signature,
        disclaimer=parts.disclaimer,
        attachments=tuple(walk.attachments),
        automatic=automatic,
        bounce_info=bounce_info,
        auth=parse_authentication_results(_header_str(msg.get("Authentication-Results"))),
        language=detect_language(parts.new_text or subject),
        return_path=return_path,
        defects=tuple(defects),
    )


def _prepare_raw(raw: bytes) -> tuple[bytes, list[Defect]]:
    """Cap the size, drop NUL bytes and leading blank lines; record each repair."""
    defects: list[Defect] = []
    if not raw.strip():
        defects.append(Defect("message", "empty message", "parsed as a mail with no content"))
    if len(raw) > MAX_RAW_BYTES:
        defects.append(
            Defect("message", f"{len(raw)} bytes, over {MAX_RAW_BYTES}", "cut at the limit")
        )
        raw = raw[:MAX_RAW_BYTES]
    if b"\x00" in raw:
        defects.append(Defect("message", "NUL bytes in the message", "NUL bytes removed"))
        raw = raw.replace(b"\x00", b"")
    stripped = raw.lstrip(b"\r\n")
    if stripped is not raw and len(stripped) != len(raw):
        defects.append(Defect("headers", "blank lines before the headers", "removed"))
        raw = stripped
    if raw.startswith(b"From ") and b"\n" in raw:
        raw = raw.split(b"\n", 1)[1]  # an mbox "From " envelope line
    raw = _cap_header_lines(raw, defects)
    if raw.strip() and not HEADER_LINE.match(raw):
        raise MailParseError(
            "no mail header found: the input does not start with a header line such as"
            " 'From: ...' or 'Subject: ...'"
        )
    return raw, defects


def _cap_header_lines(raw: bytes, defects: list[Defect]) -> bytes:
    """Keep at most MAX_HEADER_LINES lines of the top-level header block."""
    header_end = raw.find(b"\n\n")
    crlf_end = raw.find(b"\r\n\r\n")
    if crlf_end != -1 and (header_end == -1 or crlf_end < header_end):
        header_end = crlf_end
    header_block = raw[:header_end] if header_end != -1 else raw
    if header_block.count(b"\n") <= MAX_HEADER_LINES:
        return raw
    kept = b"\n".join(header_block.split(b"\n", MAX_HEADER_LINES)[:MAX_HEADER_LINES])
    defects.append(
        Defect("headers", f"more than {MAX_HEADER_LINES} header lines", "the rest dropped")
    )
    return kept + (raw[header_end:] if header_end != -1 else b"\n\n")


def _read_mime_tree(raw: bytes, defects: list[Defect]) -> email.message.Message:
    """The stdlib's MIME tree; for structures too deep for its recursive parser, the headers
    and the whole body as one text part."""
    try:
        return email.message_from_bytes(raw, policy=RAW_HEADER_POLICY)
    except RecursionError:
        defects.append(
            Defect("mime", "MIME structure nested too deep to read", "body kept as plain text")
        )
        parser = email.parser.BytesParser(policy=RAW_HEADER_POLICY)
        msg = parser.parsebytes(raw, headersonly=True)
        del msg["Content-Type"]
        del msg["Content-Transfer-Encoding"]
        msg["Content-Type"] = "text/plain"
        return msg


def _walk(msg: email.message.Message) -> _Walk:
    """Collect body candidates and attachments, skipping nested messages' bodies."""
    walk = _Walk()
    for part, _depth, nested in _iter_parts(msg, walk):
        _record_stdlib_defects(part, walk.defects)
        content_type = part.get_content_type()
        if part.is_multipart() and not nested:
            continue
        if nested or _is_attachment(part, content_type):
            walk.attachments.append(_attachment(part, content_type, walk.defects))
        elif content_type == "text/plain" or content_type.startswith("multipart/"):
            walk.plain_parts.append(part)  # a multipart without parts: read its body as text
        elif content_type == "text/html":
            walk.html_parts.append(part)
        elif content_type.startswith("text/") and content_type not in (
            "text/rfc822-headers",
            "text/calendar",
        ):
            walk.plain_parts.append(part)
        else:
            walk.attachments.append(_attachment(part, content_type, walk.defects))
    return walk


def _iter_parts(
    msg: email.message.Message, walk: _Walk
) -> Iterator[tuple[email.message.Message, int, bool]]:
    """Depth-first parts with their depth and whether they sit inside an attached message."""
    stack: list[tuple[email.message.Message, int, bool]] = [(msg, 0, False)]
    while stack:
        part, depth, nested = stack.pop()
        walk.part_count += 1
        if walk.part_count > MAX_PARTS:
            walk.defects.append(
                Defect("mime", f"more than {MAX_PARTS} parts", "the remaining parts ignored")
            )
            return
        if _is_attached_message(part):
            yield part, depth, True
            continue
        yield part, depth, nested
        if not part.is_multipart():
            continue
        if depth >= MAX_DEPTH:
            walk.defects.append(
                Defect("mime", f"parts nested deeper than {MAX_DEPTH}", "deeper parts ignored")
            )
            continue
        children = part.get_payload()
        if isinstance(children, list):
            stack.extend((child, depth + 1, nested) for child in reversed(children))


def _is_attached_message(part: email.message.Message) -> bool:
    """A message/rfc822 part, or any message/* part that carries a parsed message."""
    return part.get_content_type() == "message/rfc822" or (
        part.get_content_maintype() == "message" and part.is_multipart()
    )


def _is_attachment(part: email.message.Message, content_type: str) -> bool:
    disposition = (part.get("Content-Disposition") or "").split(";", 1)[0].strip().lower()
    if disposition == "attachment":
        return True
    return bool(part.get_param("filename", header="content-disposition")) or (
        bool(part.get_param("name")) and not content_type.startswith("text/")
    )


def _attachment(
    part: email.message.Message, content_type: str, defects: list[Defect]
) -> Attachment:
    if _is_attached_message(part):
        content = _attached_message_bytes(part)
    else:
        content = _payload_bytes(part, defects)
    disposition = (part.get("Content-Disposition") or "attachment").split(";", 1)[0]
    return Attachment(
        filename=_filename(part, defects),
        content_type=content_type,
        size=len(content),
        sha256=hashlib.sha256(content).hexdigest(),
        disposition=disposition.strip().lower() or "attachment",
    )


def _attached_message_bytes(part: email.message.Message) -> bytes:
    """The attached message as bytes; empty when it cannot be rebuilt (too deep, broken)."""
    payload = part.get_payload()
    inner = payload[0] if isinstance(payload, list) and payload else None
    try:
        if isinstance(inner, email.message.Message):
            return inner.as_bytes()
        return payload.encode("ascii", "surrogateescape") if isinstance(payload, str) else b""
    except (RecursionError, LookupError, UnicodeError, ValueError, TypeError):
        return b""


def _filename(part: email.message.Message, defects: list[Defect]) -> str:
    """The decoded filename: RFC 2231 parameters, RFC 2047 words or raw 8-bit bytes."""
    raw_param = part.get_param("filename", header="content-disposition") or part.get_param("name")
    if isinstance(raw_param, tuple):
        charset, _language, value = raw_param
        value_bytes = value.encode("latin-1", "surrogateescape") if value else b""
        name, _used, name_defects = decode_body(value_bytes, charset or None)
        defects.extend(name_defects)
    else:
        name, name_defects = decode_header(email.utils.unquote(raw_param or ""))
        defects.extend(name_defects)
    return name.replace("\n", " ").strip()


def _payload_bytes(part: email.message.Message, defects: list[Defect]) -> bytes:
    try:
        payload, payload_defects = transfer_decode(part, where="body")
    except (ValueError, TypeError, LookupError) as error:
        defects.append(Defect("mime", f"payload could not be decoded: {error}", "left empty"))
        return b""
    defects.extend(payload_defects)
    return payload


def _body_texts(walk: _Walk, defects: list[Defect]) -> tuple[str, str]:
    """The best plain text (HTML converted when there is no plain part) and the raw HTML."""
    plain_texts = [text for text in (_decode_part(p, defects) for p in walk.plain_parts) if text]
    html = "\n".join(_decode_part(p, defects) for p in walk.html_parts[:1])
    if plain_texts:
        text = "\n\n".join(plain_texts)
    elif html:
        text, truncated = html_to_text(html)
        if truncated:
            defects.append(Defect("body", "HTML body too large", "only the start converted"))
    else:
        text = ""
    if len(text) > MAX_TEXT_CHARS:
        defects.append(
            Defect("body", f"text longer than {MAX_TEXT_CHARS} characters", "cut at the limit")
        )
        text = text[:MAX_TEXT_CHARS]
    return text, html


def _decode_part(part: email.message.Message, defects: list[Defect]) -> str:
    payload = _payload_bytes(part, defects)
    if not payload:
        return ""
    text, _charset, part_defects = decode_body(payload, part.get_content_charset())
    defects.extend(part_defects)
    if part.get_content_type() == "text/plain" and part.get_param("format") == "flowed":
        text = _unflow(text, delete_space=str(part.get_param("delsp", "")).lower() == "yes")
    return text.strip("\n")


def _unflow(text: str, *, delete_space: bool) -> str:
    """Join RFC 3676 format=flowed soft line breaks (a line ending in a space)."""
    joined: list[str] = []
    pending = ""
    for line in text.split("\n"):
        if line.endswith(" ") and line != "-- ":
            pending += line[:-1] if delete_space else line
            continue
        joined.append(pending + line)
        pending = ""
    if pending:
        joined.append(pending)
    return "\n".join(joined)


def _record_stdlib_defects(part: email.message.Message, defects: list[Defect]) -> None:
    for defect in getattr(part, "defects", ())[:20]:
        defects.append(Defect("mime", type(defect).__name__, "parsed best-effort"))


def _header_str(value: object) -> str:
    """A header as str, whatever the stdlib handed back, cut to a sane length."""
    if value is None:
        return ""
    return str(value)[:MAX_HEADER_CHARS]


def _header_text(msg: email.message.Message, name: str) -> tuple[str, list[Defect]]:
    return decode_header(_header_str(msg.get(name)), where=name)


def _addresses(msg: email.message.Message, name: str, defects: list[Defect]) -> list[Address]:
    values = [_header_str(v) for v in msg.get_all(name, [])]
    if not values:
        return []
    addresses: list[Address] = []
    for display_name, address in email.utils.getaddresses(values):
        decoded_name, name_defects = decode_header(display_name, where=name)
        defects.extend(name_defects)
        address_text = address.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        if not address_text and not decoded_name:
            continue
        addresses.append(Address(name=decoded_name.strip(), address=address_text.strip()))
    return addresses[:500]


def _return_path(msg: email.message.Message) -> str | None:
    value = msg.get("Return-Path")
    if value is None:
        return None
    path = _header_str(value).strip()
    if path in ("<>", ""):
        return ""
    return email.utils.parseaddr(path)[1]


def _first_message_id(value: object) -> str:
    text = _header_str(value)
    match = MESSAGE_ID.search(text)
    if match:
        return match.group(0)
    return text.strip()[:998]


def _date(value: object, defects: list[Defect]) -> datetime | None:
    text = _header_str(value).strip()
    if not text:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        defects.append(Defect("Date", f"unreadable date {text[:80]!r}", "date left empty"))
        return None
    if parsed.tzinfo is None:
        defects.append(Defect("Date", "date without a time zone", "taken as UTC"))
        parsed = parsed.replace(tzinfo=UTC)
    return parsed
