"""Build outbound mail, as bytes ready for SMTP, from plain values.

`compose_mail` turns a subject, a body and the threading facts into one RFC 5322 message:
the case tag in the subject, In-Reply-To/References for the customer's thread, RFC 3834
`Auto-Submitted` on automatic mail, our loop header on every mail, Japanese text in
ISO-2022-JP when it fits (UTF-8 otherwise) and attachments in multipart/mixed. Values that
come from customers (subject, names, the recipient) can never add or split headers.
`is_role_address` names the mailboxes that must never receive automatic mail.
"""

from __future__ import annotations

import email.charset
import email.contentmanager
import email.header
import email.message
import email.policy
import email.utils
import re
import unicodedata
from collections.abc import Sequence
from datetime import UTC, datetime

# SMTP policy (CRLF), but header values we fold ourselves are kept as they are: the stdlib
# would otherwise turn a Message-ID longer than a line into RFC 2047 encoded words.
SMTP_POLICY = email.policy.SMTP.clone(refold_source="none")

LOOP_HEADER = "X-Intake-Loop"  # on every message we send; our receiver knows it by this

JAPANESE_CHARSETS = ("iso-2022-jp", "utf-8")
MAX_REFERENCES = 20  # the thread's first ID and the latest ones; RFC 5322 3.6.4 allows trimming
_MAX_LINE = 998
_FOLD_WIDTH = 78
_LONGEST_PLAIN_WORD = 200  # longer unbreakable ASCII goes in encoded words, which can fold

# Characters the iso2022_jp codec lacks but whose JIS X 0208 twin means the same: the
# Windows (CP932) forms of wave dash, double vertical line, minus, cent, pound, not, and
# the em dash, which JIS X 0208 row 1 cell 29 stands for.
_JIS_TWINS = str.maketrans(
    {
        "\uff5e": "\u301c",  # FULLWIDTH TILDE -> WAVE DASH
        "\u2225": "\u2016",  # PARALLEL TO -> DOUBLE VERTICAL LINE
        "\uff0d": "\u2212",  # FULLWIDTH HYPHEN-MINUS -> MINUS SIGN
        "\uffe0": "\u00a2",  # FULLWIDTH CENT SIGN
        "\uffe1": "\u00a3",  # FULLWIDTH POUND SIGN
        "\uffe2": "\u00ac",  # FULLWIDTH NOT SIGN
        "\u2014": "\u2015",  # EM DASH -> HORIZONTAL BAR
    }
)
_HALFWIDTH_KANA = re.compile("[\uff61-\uff9f]+")
_HEADER_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]+")
_BODY_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_ADDR_SPEC = re.compile(
    r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+"
)
_MAILBOX = re.compile(r"(?:(?P<name>[^<>]*?)\s*)?<(?P<angle>[^<>]*)>|(?P<bare>[^<>\s]+)")
_MESSAGE_ID = re.compile(r"<[!-;=?-~]{1,900}>")  # printable ASCII but "<" and ">"
_MIME_TYPE = re.compile(r"([a-z0-9][a-z0-9!#$&^_.+-]{0,126})/([a-z0-9][a-z0-9!#$&^_.+-]{0,126})")

# Local parts (before "@") of mailboxes run by machines or for lists: an automatic reply
# there is at best lost and at worst starts a mail loop (RFC 3834 section 2).
ROLE_LOCAL_PARTS = frozenset(
    {
        "mailer-daemon",
        "postmaster",
        "no-reply",
        "noreply",
        "no_reply",
        "do-not-reply",
        "donotreply",
        "do_not_reply",
        "bounce",
        "bounces",
        "abuse",
        "listserv",
        "majordomo",
    }
)
ROLE_LOCAL_PREFIXES = (
    "owner-",
    "bounce-",
    "bounces-",
    "noreply",
    "no-reply",
    "no_reply",
    "donotreply",
    "do-not-reply",
    "do_not_reply",
)
ROLE_LOCAL_SUFFIXES = ("-request", "-owner", "-bounces")


def is_role_address(address: str) -> bool:
    """True for a mailbox that must never get automatic mail (see ROLE_LOCAL_PARTS and co.)."""
    _name, addr = email.utils.parseaddr(address or "")
    local = (addr or address or "").strip().rpartition("@")[0].lower()
    if not local:
        return False
    base = local.split("+", 1)[0]  # "noreply+tag@" is still noreply
    return (
        local in ROLE_LOCAL_PARTS
        or base in ROLE_LOCAL_PARTS
        or local.startswith(ROLE_LOCAL_PREFIXES)
        or local.endswith(ROLE_LOCAL_SUFFIXES)
    )


def compose_mail(
    *,
    sender: str,
    sender_name: str | None,
    recipient: str,
    subject: str,
    body: str,
    message_id: str,
    case_number: str | None,
    in_reply_to: str | None,
    references: Sequence[str],
    automatic: bool,
    language: str,
    japanese_charset: str = "iso-2022-jp",
    loop_header_value: str,
    attachments: Sequence[tuple[str, str, bytes]] = (),
    date: datetime | None = None,
) -> bytes:
    """One outbound mail as CRLF bytes; raises ValueError for an unusable address or ID."""
    use_jis = _wants_iso2022jp(language, japanese_charset)
    to_name, to_addr = _single_mailbox(recipient)
    from_name, from_addr = _single_mailbox(sender)
    msg = email.message.EmailMessage(policy=SMTP_POLICY)
    msg.set_raw("From", _mailbox_header("From", sender_name or from_name, from_addr, use_jis))
    msg.set_raw("To", _mailbox_header("To", to_name, to_addr, use_jis))
    msg.set_raw("Subject", _text_header("Subject", tagged_subject(subject, case_number), use_jis))
    msg.set_raw("Date", email.utils.format_datetime(_aware(date)))
    msg.set_raw("Message-ID", _own_message_id(message_id))
    _set_thread_headers(msg, in_reply_to, references)
    if automatic:
        msg.set_raw("Auto-Submitted", "auto-replied")
        msg.set_raw("X-Auto-Response-Suppress", "All")
    msg.set_raw(LOOP_HEADER, _loop_value(loop_header_value))
    _set_body(msg, body, use_jis)
    if attachments:
        msg.make_mixed()
    for filename, mime_type, content in attachments:
        msg.attach(_attachment_part(filename, mime_type, content))
    return msg.as_bytes(policy=SMTP_POLICY)


def tagged_subject(subject: str, case_number: str | None) -> str:
    """The one-line subject with ``[CASE]`` in front, unless the tag is already there."""
    text = one_line(subject)
    if not case_number:
        return text
    tag = f"[{one_line(case_number).upper()}]"
    if tag.lower() in text.lower():
        return text
    return f"{tag} {text}" if text else tag


def one_line(text: str | None) -> str:
    """`text` with every run of control characters (CR and LF too) made one space."""
    return _HEADER_CONTROLS.sub(" ", text or "").strip()


# --- addresses -----------------------------------------------------------------------------


def _single_mailbox(value: str) -> tuple[str, str]:
    """(display name, address) of exactly one mailbox; ValueError for anything else."""
    if not isinstance(value, str) or re.search(r"[\r\n,;]", value):
        raise ValueError(f"expected exactly one address: {value!r}")
    match = _MAILBOX.fullmatch(one_line(value))
    if match is None:
        raise ValueError(f"expected exactly one address: {value!r}")
    address = (match["angle"] or match["bare"] or "").strip()
    if not _ADDR_SPEC.fullmatch(address) or len(address) > 254:
        raise ValueError(f"not a usable address: {value!r}")
    return (match["name"] or "").strip().strip('"').strip(), address


def _mailbox_header(header: str, name: str | None, address: str, use_jis: bool) -> str:
    """``Name <address>`` with the name quoted or RFC 2047-encoded as it needs."""
    display = one_line(name)
    if not display:
        return address
    if display.isascii() and len(display) <= _LONGEST_PLAIN_WORD:
        return email.utils.formataddr((display, address))
    encoded = _encoded_words(header, display, use_jis)
    return f"{encoded} <{address}>"


# --- text headers --------------------------------------------------------------------------


def _text_header(header: str, text: str, use_jis: bool) -> str:
    """A header value: plain ASCII folded at spaces, otherwise RFC 2047 encoded words."""
    if text.isascii() and all(len(word) <= _LONGEST_PLAIN_WORD for word in text.split()):
        return email.header.Header(text, "us-ascii", header_name=header).encode(linesep="\n")
    return _encoded_words(header, text, use_jis)


def _encoded_words(header: str, text: str, use_jis: bool) -> str:
    """`text` as ``=?ISO-2022-JP?B?...?=`` words when it fits that charset, else UTF-8."""
    charset = "utf-8"
    if use_jis:
        jis_text = jis_friendly(text)
        if _iso2022jp_bytes(jis_text) is not None:
            text, charset = jis_text, "iso-2022-jp"
    encoded = email.header.Header(text, charset, header_name=header).encode(linesep="\n")
    return encoded.replace("=?iso-2022-jp?b?", "=?ISO-2022-JP?B?")


def _aware(date: datetime | None) -> datetime:
    if date is None:
        return datetime.now(UTC)
    if date.tzinfo is None or date.utcoffset() is None:
        raise ValueError("the Date of a mail must be timezone-aware")
    return date


def _own_message_id(message_id: str) -> str:
    text = (message_id or "").strip()
    if not _MESSAGE_ID.fullmatch(text) or "@" not in text:
        raise ValueError(f"not a Message-ID: {message_id!r}")
    return text


def _loop_value(value: str) -> str:
    text = one_line(value)
    if not text or not text.isascii():
        raise ValueError(f"the loop header value must be non-empty ASCII: {value!r}")
    return text


def _clean_id(value: str | None) -> str | None:
    """A customer's Message-ID in angle brackets, or None when it is not one."""
    text = one_line(value)
    if text and not text.startswith("<"):
        text = f"<{text}>"
    return text if _MESSAGE_ID.fullmatch(text) else None


def thread_ids(in_reply_to: str | None, references: Sequence[str]) -> tuple[str | None, list[str]]:
    """(In-Reply-To, References): prior references then the replied-to ID, each once."""
    parent = _clean_id(in_reply_to)
    chain: list[str] = []
    for value in [*references, parent]:
        for token in _MESSAGE_ID.findall(value or "") or [_clean_id(value)]:
            if token and token not in chain:
                chain.append(token)
    if parent in chain:  # the replied-to message comes last
        chain.remove(parent)
        chain.append(parent)
    if len(chain) > MAX_REFERENCES:
        chain = [chain[0], *chain[-(MAX_REFERENCES - 1) :]]
    return parent, chain


def _set_thread_headers(
    msg: email.message.EmailMessage, in_reply_to: str | None, references: Sequence[str]
) -> None:
    parent, chain = thread_ids(in_reply_to, references)
    if parent:
        msg.set_raw("In-Reply-To", parent)
    if chain:
        msg.set_raw("References", _fold_tokens("References", chain))


def _fold_tokens(header: str, tokens: Sequence[str]) -> str:
    """Tokens joined by spaces, folded before a token that would pass column 78."""
    lines = [tokens[0]]
    width = len(header) + 2 + len(tokens[0])
    for token in tokens[1:]:
        if width + 1 + len(token) > _FOLD_WIDTH:
            lines.append(token)
            width = 1 + len(token)
        else:
            lines[-1] += f" {token}"
            width += 1 + len(token)
    return "\n ".join(lines)


# --- body ----------------------------------------------------------------------------------


def _wants_iso2022jp(language: str, japanese_charset: str) -> bool:
    charset = (japanese_charset or "").strip().lower()
    if charset not in JAPANESE_CHARSETS:
        raise ValueError(f"japanese_charset must be one of {JAPANESE_CHARSETS}: {charset!r}")
    return charset == "iso-2022-jp" and "ja" in (language or "").lower().split("+")


def jis_friendly(text: str) -> str:
    """`text` with characters ISO-2022-JP lacks replaced by their safe JIS X 0208 twins."""
    text = _HALFWIDTH_KANA.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    return text.translate(_JIS_TWINS)


def _iso2022jp_bytes(text: str) -> bytes | None:
    """`text` in ISO-2022-JP, or None when it does not fit that charset."""
    try:
        return text.encode("iso2022_jp")
    except UnicodeEncodeError:
        return None


def clean_body(body: str) -> str:
    """The body with LF line ends and no control characters but tab (ESC would break JIS)."""
    text = (body or "").replace("\r\n", "\n").replace("\r", "\n")
    return _BODY_CONTROLS.sub("", text)


def body_encoding(text: str, use_jis: bool) -> tuple[str, str, str]:
    """(text to send, charset, Content-Transfer-Encoding) for a text/plain body."""
    if use_jis:
        jis_text = jis_friendly(text)
        encoded = _iso2022jp_bytes(jis_text)
        if encoded is not None:
            return jis_text, "iso-2022-jp", _seven_bit_or(encoded, "base64")
    if text.isascii():  # still labelled UTF-8: the template may say so, and it is true
        return text, "utf-8", _seven_bit_or(text.encode("ascii"), "quoted-printable")
    non_ascii = sum(1 for char in text if ord(char) > 0x7F)
    mostly_latin = non_ascii * 4 < len(text)
    return text, "utf-8", "quoted-printable" if mostly_latin else "base64"


def _seven_bit_or(encoded: bytes, fallback: str) -> str:
    """7bit when every line of the encoded text fits SMTP's 998 octets, else `fallback`.

    ISO-2022-JP returns to ASCII before each line end, so the encoded text's lines are the
    text's lines encoded one by one.
    """
    longest = max(len(line) for line in encoded.split(b"\n"))
    return "7bit" if longest <= _MAX_LINE else fallback


def _set_body(msg: email.message.EmailMessage, body: str, use_jis: bool) -> None:
    """The text/plain body as `set_content` makes it, its three headers set as they are
    written (through the header registry they cost more than the rest of the mail)."""
    text, charset, cte = body_encoding(clean_body(body), use_jis)
    cte, payload = email.contentmanager._encode_text(text, charset, cte, msg.policy)
    label = email.charset.ALIASES.get(charset, charset)
    msg.set_raw("Content-Type", f'text/plain; charset="{label}"')
    msg.set_raw("Content-Transfer-Encoding", cte)
    msg.set_raw("MIME-Version", "1.0")
    msg.set_payload(payload)


# --- attachments ---------------------------------------------------------------------------


def _attachment_part(filename: str, mime_type: str, content: bytes) -> email.message.MIMEPart:
    """One base64 attachment part; an odd or container MIME type becomes octet-stream."""
    match = _MIME_TYPE.fullmatch((mime_type or "").strip().lower())
    maintype, subtype = match.groups() if match else ("application", "octet-stream")
    if maintype in ("multipart", "message"):
        maintype, subtype = "application", "octet-stream"
    name = one_line(filename).replace("/", "_").replace("\\", "_") or "attachment"
    part = email.message.MIMEPart(policy=SMTP_POLICY)
    part.set_content(
        bytes(content), maintype, subtype, disposition="attachment", filename=name, cte="base64"
    )
    return part
