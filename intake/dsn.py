"""Delivery status notifications (bounces): telling one apart and reading what it reports.

Standard reports (RFC 3464 `multipart/report; report-type=delivery-status`) are read from their
`message/delivery-status` part; older plain-text bounces (qmail, Exim, sendmail, Japanese MTAs)
are read best effort, and only when the sender is a mail daemon or the Return-Path is null.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from email import message_from_string
from email.errors import HeaderParseError
from email.header import decode_header, make_header
from email.message import Message
from email.utils import collapse_rfc2231_value, parseaddr

from intake.message import BounceInfo

BOUNCE_SCAN_CHARS = 4000  # how far into the text the bounce rules look
PARSE_SCAN_CHARS = 64_000  # how much plain text a non-standard bounce is read from
MAX_PARTS = 200  # MIME parts visited at most, against hostile nesting
MAX_FIELD_CHARS = 1000

STATUS_PART_TYPES = frozenset({"message/delivery-status", "message/global-delivery-status"})
DSN_FIELDS = frozenset(
    {
        "reporting-mta",
        "dsn-gateway",
        "received-from-mta",
        "arrival-date",
        "original-envelope-id",
        "original-message-id",
        "x-original-message-id",
        "original-recipient",
        "final-recipient",
        "action",
        "status",
        "remote-mta",
        "diagnostic-code",
        "last-attempt-date",
        "will-retry-until",
    }
)

DAEMON_SENDER = re.compile(
    r"^(?:mailer[-_.]?daemon|mail[-_.]?daemon|postmaster|microsoftexchange[0-9a-f]{32})(?:@|$)",
    re.IGNORECASE,
)
FAILURE_SUBJECT = re.compile(
    r"^[\s\[(【〔<]*(?:undelivered|undeliverable|non-?deliverable|not\s+delivered"
    r"|delivery\s+status\s+notification|delivery\s+(?:failure|failed|notification|problem)"
    r"|delivery\s+has\s+failed|(?:mail|message)\s+delivery\s+(?:failed|failure|delayed|problem)"
    r"|returned\s+mail|failure\s+notice|delayed\s+mail|warning:\s+could\s+not\s+send"
    r"|mail\s+system\s+error|could\s+not\s+(?:be\s+)?deliver"
    r"|配信不能|配信エラー|メール配信エラー|配送エラー|配信失敗|送信失敗|不達|配信できません"
    r"|送信エラー|未配達)",
    re.IGNORECASE,
)
DSN_FIELD_LINE = re.compile(
    r"^[ \t]*(?:final-recipient[ \t]*:|status[ \t]*:[ \t]*[45]\.\d{1,3}\.\d{1,3}"
    r"|action[ \t]*:[ \t]*(?:failed|delayed)\b)",
    re.IGNORECASE | re.MULTILINE,
)
BOUNCE_TEXT = re.compile(
    r"could\s+not\s+be\s+delivered|this\s+is\s+the\s+qmail-send\s+program"
    r"|wasn['’]?t\s+able\s+to\s+deliver|created\s+automatically\s+by\s+mail\s+delivery\s+software"
    r"|delivery\s+to\s+the\s+following\s+recipients?\s+(?:has\s+)?failed"
    r"|following\s+addresses\s+had\s+permanent\s+fatal\s+errors"
    r"|delivery\s+has\s+failed\s+to\s+these\s+recipients|(?:message|mail)\s+was\s+not\s+delivered"
    r"|undeliverable|permanent\s+(?:fatal\s+)?error"
    r"|(?:配信|送信|配送|送付|お届け)(?:でき|出来)ませんでした|届けることが(?:でき|出来)ませんでした"
    r"|宛先[^\n]{0,12}(?:存在しません|見つかりません)",
    re.IGNORECASE,
)
DELAY_TEXT = re.compile(
    r"\bdelay|still\s+being\s+retried|will\s+(?:continue\s+to\s+|keep\s+)?(?:re)?try"
    r"|temporar|could\s+not\s+send\s+message\s+for\s+past|遅延",
    re.IGNORECASE,
)
COPY_MARKER = re.compile(
    r"^[ \t]*(?:-{2,}[^\n]*(?:copy\s+of|below\s+this\s+line|original\s+message|undelivered"
    r"|headers\s+of|returned\s+message)|original\s+message\s+follows"
    r"|[-=]{2,}[^\n]*(?:元のメッセージ|元のメール|送信したメール))",
    re.IGNORECASE | re.MULTILINE,
)
ADDRESS_LINE = re.compile(
    r"^[ \t]*<?([A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)>?"
    r"[ \t]*:?[ \t]*$",
    re.MULTILINE,
)
STATUS_CODE = re.compile(r"(?<![\d.])([245])\.(\d{1,3})\.(\d{1,3})(?!\d|\.\d)")
SMTP_REPLY = re.compile(r"(?<![\d.])(42\d|45\d|47\d|5[0-5]\d)(?=[ -])")
DIAGNOSTIC_LINE = re.compile(r"^[^\n]*(?<![\d.])(?:42\d|45\d|47\d|5[0-5]\d)[ -][^\n]*$", re.M)
QMAIL_HOST = re.compile(r"qmail-send\s+program\s+at\s+([A-Za-z0-9.-]+)", re.IGNORECASE)
INLINE_MESSAGE_ID = re.compile(r"^[ \t]*message-id[ \t]*:[ \t]*(<[^<>\s]+>)", re.I | re.M)
MESSAGE_ID = re.compile(r"<[^<>\s]{1,900}>")
FIELD_LINE = re.compile(r"^([A-Za-z][A-Za-z0-9-]{0,60})[ \t]*:[ \t]*(.*)$")


def parse_delivery_status(msg: Message) -> BounceInfo | None:
    """What a bounce reports (failed recipients, status, original Message-ID); None if no bounce."""
    text = _plain_text(msg, PARSE_SCAN_CHARS)
    is_bounce = bounce_reasons(
        msg,
        subject=_decoded_subject(msg),
        from_address=_from_address(msg),
        return_path=_return_path(msg),
        body_text=text,
    )
    if not is_bounce:
        return None
    return _read_report(msg, text)


def bounce_reasons(
    msg: Message, *, subject: str, from_address: str, return_path: str | None, body_text: str
) -> tuple[str, ...]:
    """The rules that mark `msg` as a delivery status notification; empty when none fired.

    Arguments are as for `intake.automatic.detect_automatic`.
    """
    reasons: list[str] = []
    if report_type(msg) == "delivery-status":
        reasons.append("Content-Type multipart/report; report-type=delivery-status")
    if _status_part(msg) is not None:
        reasons.append("message/delivery-status part")
    if reasons:
        return tuple(reasons)
    daemon = DAEMON_SENDER.match(from_address)
    if daemon is None and return_path != "":
        return ()
    sender = f"sender {from_address.split('@')[0][:40]}@" if daemon else "null Return-Path <>"
    head = body_text[:BOUNCE_SCAN_CHARS]
    if FAILURE_SUBJECT.match(subject):
        reasons.append(f"{sender} with a delivery-failure subject")
    if _header_texts(msg, "X-Failed-Recipients"):
        reasons.append(f"{sender} with header X-Failed-Recipients")
    if DSN_FIELD_LINE.search(head):
        reasons.append(f"{sender} with DSN fields in the body")
    elif BOUNCE_TEXT.search(head):
        reasons.append(f"{sender} with delivery-failure text in the body")
    return tuple(reasons)


def is_permanent_failure(info: BounceInfo) -> bool:
    """True when the report says delivery failed for good (not delayed, not a success notice)."""
    if info.status:
        return info.status.startswith("5")
    return info.action == "failed"


def report_type(msg: Message) -> str:
    """The lower-case report-type of a top-level multipart/report, else ""."""
    if msg.get_content_type() != "multipart/report":
        return ""
    value = msg.get_param("report-type", "")
    if not isinstance(value, str | tuple):
        return ""
    return collapse_rfc2231_value(value).strip().lower()


def _plain_text(msg: Message, limit: int) -> str:
    """The decoded text/plain parts of `msg` (not of attached messages), up to `limit` chars."""
    chunks: list[str] = []
    size = 0
    for part in _parts(msg):
        if part.get_content_type() != "text/plain" or part.is_multipart():
            continue
        chunk = _decoded_payload(part, limit)
        chunks.append(chunk)
        size += len(chunk)
        if size >= limit:
            break
    return "\n".join(chunks)[:limit]


def _read_report(msg: Message, text: str) -> BounceInfo:
    status_part = _status_part(msg)
    blocks = _status_blocks(status_part) if status_part is not None else []
    if not any(_is_recipient_block(block) for block in blocks):
        blocks += _blocks_from_text(text)
    recipient_blocks = [block for block in blocks if _is_recipient_block(block)]
    chosen = _chosen_blocks(recipient_blocks)
    about_message = [block for block in blocks if not _is_recipient_block(block)]
    region = COPY_MARKER.split(text, maxsplit=1)[0]

    recipients = [
        _address(block.get("final-recipient") or block.get("original-recipient", ""))
        for block in chosen
    ]
    recipients = _unique([r for r in recipients if r]) or _recipients_from_headers(msg)
    if not recipients:
        recipients = _unique([match.lower() for match in ADDRESS_LINE.findall(region)])
    diagnostic = _first(chosen, "diagnostic-code")
    if not diagnostic:
        line = DIAGNOSTIC_LINE.search(region)
        diagnostic = line.group(0).strip() if line else ""
    status = _status_code(_first(chosen, "status")) or _status_code(diagnostic)
    status = status or _status_code(region)
    action = _first(chosen, "action").split(" ")[0].lower()[:40]
    if not action:
        action = _inferred_action(status, f"{_decoded_subject(msg)}\n{region}")
    return BounceInfo(
        failed_recipients=tuple(recipients),
        status=status,
        action=action,
        diagnostic=_without_type(diagnostic)[:MAX_FIELD_CHARS],
        reporting_mta=_reporting_mta(about_message + chosen, region, msg),
        original_message_id=_original_message_id(msg, blocks, text),
    )


def _parts(msg: Message) -> Iterator[Message]:
    """`msg` and its MIME parts, depth first, without entering attached messages."""
    pending = [msg]
    visited = 0
    while pending and visited < MAX_PARTS:
        part = pending.pop()
        visited += 1
        yield part
        if part.get_content_maintype() == "multipart":
            payload = part.get_payload()
            if isinstance(payload, list):
                pending.extend(reversed([sub for sub in payload if isinstance(sub, Message)]))


def _status_part(msg: Message) -> Message | None:
    return next((p for p in _parts(msg) if p.get_content_type() in STATUS_PART_TYPES), None)


def _status_blocks(part: Message) -> list[dict[str, str]]:
    """The field blocks of a delivery-status part (the parser gives one Message per block)."""
    payload = part.get_payload()
    if not isinstance(payload, list):
        return _blocks_from_text(_decoded_payload(part))
    blocks: list[dict[str, str]] = []
    for sub in payload[:MAX_PARTS]:
        if not isinstance(sub, Message):
            continue
        block = {}
        for name, value in sub.items():
            key = name.strip().lower()
            if key in DSN_FIELDS and key not in block:
                block[key] = _unfolded(value)
        if block:
            blocks.append(block)
        rest = sub.get_payload()
        if isinstance(rest, str) and rest.strip():
            blocks += _blocks_from_text(rest)
    return blocks


def _blocks_from_text(text: str) -> list[dict[str, str]]:
    """DSN fields written as text ("Final-Recipient: rfc822; a@b"), one dict per paragraph."""
    blocks: list[dict[str, str]] = []
    block: dict[str, str] = {}
    last = ""
    for line in text.splitlines():
        if not line.strip():
            if block:
                blocks.append(block)
            block, last = {}, ""
            continue
        if line[:1] in " \t" and last:
            block[last] = _unfolded(f"{block[last]} {line}")[:MAX_FIELD_CHARS]
            continue
        match = FIELD_LINE.match(line.strip())
        key = match.group(1).lower() if match else ""
        if key in DSN_FIELDS and key not in block:
            block[key] = _unfolded(match.group(2))[:MAX_FIELD_CHARS]
            last = key
        else:
            last = ""
    if block:
        blocks.append(block)
    return blocks


def _is_recipient_block(block: dict[str, str]) -> bool:
    return "final-recipient" in block or "original-recipient" in block


def _chosen_blocks(blocks: list[dict[str, str]]) -> list[dict[str, str]]:
    """The recipients that matter most: failed ones, else delayed ones, else all."""
    for wanted in ("failed", "delayed"):
        picked = [b for b in blocks if b.get("action", "").lower().startswith(wanted)]
        if picked:
            return picked
    return blocks


def _first(blocks: list[dict[str, str]], key: str) -> str:
    return next((block[key] for block in blocks if block.get(key)), "")


def _status_code(text: str) -> str:
    """The first enhanced status code ("5.1.1") in `text`, or one made from a basic SMTP code."""
    match = STATUS_CODE.search(text)
    if match:
        return ".".join(match.groups())
    reply = SMTP_REPLY.search(text)
    return f"{reply.group(1)[0]}.0.0" if reply else ""


def _inferred_action(status: str, text: str) -> str:
    if status:
        return {"5": "failed", "4": "delayed", "2": "delivered"}[status[0]]
    return "delayed" if DELAY_TEXT.search(text) else "failed"


def _reporting_mta(blocks: list[dict[str, str]], region: str, msg: Message) -> str:
    mta = _without_type(_first(blocks, "reporting-mta"))
    if mta:
        return mta[:255]
    qmail = QMAIL_HOST.search(region)
    if qmail:
        return qmail.group(1).rstrip(".").lower()
    sender = _from_address(msg)
    return sender.partition("@")[2] if DAEMON_SENDER.match(sender) else ""


def _original_message_id(msg: Message, blocks: list[dict[str, str]], text: str) -> str:
    """Message-ID of the bounced mail: attached copy, DSN field, header, then inline copy."""
    for part in _parts(msg):
        kind = part.get_content_type()
        if kind in STATUS_PART_TYPES or not kind.startswith(("message/", "text/rfc822-headers")):
            continue
        payload = part.get_payload()
        if isinstance(payload, list):
            headers = next((sub for sub in payload if isinstance(sub, Message)), None)
        else:
            headers = message_from_string(_decoded_payload(part)[:PARSE_SCAN_CHARS])
        found = _message_id(_header_texts(headers, "Message-ID")) if headers else ""
        if found:
            return found
    for key in ("original-message-id", "x-original-message-id"):
        found = _message_id([_first(blocks, key)])
        if found:
            return found
    for name in ("Original-Message-ID", "X-Original-Message-ID", "In-Reply-To"):
        found = _message_id(_header_texts(msg, name))
        if found:
            return found
    parts = COPY_MARKER.split(text, maxsplit=1)
    inline = INLINE_MESSAGE_ID.search(parts[-1])
    return inline.group(1) if inline else ""


def _message_id(values: list[str]) -> str:
    """The first <id@host> in `values`."""
    for value in values:
        match = MESSAGE_ID.search(value)
        if match:
            return match.group(0)
    return ""


def _recipients_from_headers(msg: Message) -> list[str]:
    """Addresses in X-Failed-Recipients (set by Exim and Gmail)."""
    found: list[str] = []
    for value in _header_texts(msg, "X-Failed-Recipients"):
        found += [_address(item) for item in value.split(",")]
    return _unique([address for address in found if address])


def _address(value: str) -> str:
    """ "rfc822; <A@B>" -> "a@b"."""
    bare = _without_type(value).strip().strip("<>").strip()
    return "" if not bare or any(c.isspace() for c in bare) else bare.lower()[:320]


def _without_type(value: str) -> str:
    """Drop the type before ";" in a DSN value ("dns; mx.example.net" -> "mx.example.net")."""
    kind, semicolon, rest = value.partition(";")
    if semicolon and re.fullmatch(r"[A-Za-z0-9-]{1,20}", kind.strip()):
        return rest.strip()
    return value.strip()


def _unique(values: list[str]) -> list[str]:
    return list(dict.fromkeys(values))


def _unfolded(value: object) -> str:
    return " ".join(str(value).split())


def _header_texts(msg: Message, name: str) -> list[str]:
    """Every value of header `name` as text; raw 8-bit bytes are read as UTF-8."""
    wanted = name.lower()
    return [
        str(value)[:MAX_FIELD_CHARS].encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        for key, value in msg.raw_items()
        if str(key).lower() == wanted
    ]


def _decoded_payload(part: Message, limit: int = PARSE_SCAN_CHARS) -> str:
    """The part's content as text, from at most 4 * `limit` bytes."""
    raw = part.get_payload(decode=True)
    if not isinstance(raw, bytes):
        return ""
    raw = raw[: 4 * limit]
    charset = part.get_content_charset() or "utf-8"
    try:
        return raw.decode(charset, "replace")
    except (LookupError, UnicodeError, ValueError, TypeError):
        return raw.decode("utf-8", "replace")


def _decoded_subject(msg: Message) -> str:
    value = " ".join(_header_texts(msg, "Subject")[:1])  # capped: decoding is quadratic
    try:
        return str(make_header(decode_header(value)))
    except (HeaderParseError, LookupError, UnicodeError, ValueError, TypeError):
        return value


def _from_address(msg: Message) -> str:
    return parseaddr(" ".join(_header_texts(msg, "From")[:1]))[1].strip().lower()


def _return_path(msg: Message) -> str | None:
    values = _header_texts(msg, "Return-Path")
    if not values:
        return None
    if re.fullmatch(r"\s*<\s*>\s*", values[0]):
        return ""
    return parseaddr(values[0])[1].strip().lower()
