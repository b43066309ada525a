"""Our outbound Message-IDs: unguessable, and verifiable when a reply quotes them back.

A Message-ID we send looks like ``<pr-2026-000123.k3v9x0q2m7ab4c1d.<signature>@domain>``: the
lower-cased case number, a random nonce and an HMAC-SHA256 signature over both (as FreeScout
does). A reply's In-Reply-To/References then tells us the case without trusting the subject,
and nobody can forge an ID that files mail into someone else's case. Every part is lower-case
letters, digits and hyphens, so mailers that change the case of Message-IDs do no harm.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
import string
from collections.abc import Iterable

NONCE_LENGTH = 16
SIGNATURE_LENGTH = 26  # base32 characters: 130 bits of the HMAC
_NONCE_ALPHABET = string.ascii_lowercase + string.digits
_MAX_ID_LENGTH = 998
_CASE = r"[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?"
_DOMAIN = re.compile(r"[a-z0-9](?:[a-z0-9.-]{0,251}[a-z0-9])?")
_OUR_ID = re.compile(
    rf"(?P<case>{_CASE})\.(?P<nonce>[a-z0-9]{{12,64}})\.(?P<signature>[a-z2-7]{{{SIGNATURE_LENGTH}}})"
    r"@[a-z0-9.-]{1,253}"
)
_BRACKETED = re.compile(r"<([^<>\s]{1,998})>")


def make_message_id(secret_key: str, case_number: str, domain: str) -> str:
    """A new signed Message-ID, angle brackets included, for mail about `case_number`."""
    case = case_number.strip().lower()
    host = domain.strip().lower()
    if not re.fullmatch(_CASE, case):
        raise ValueError(f"not a case number usable in a Message-ID: {case_number!r}")
    if not _DOMAIN.fullmatch(host):
        raise ValueError(f"not a domain usable in a Message-ID: {domain!r}")
    _require_secret(secret_key)
    nonce = "".join(secrets.choice(_NONCE_ALPHABET) for _ in range(NONCE_LENGTH))
    return f"<{case}.{nonce}.{_signature(secret_key, case, nonce)}@{host}>"


def case_number_from_message_id(secret_key: str, message_id: str) -> str | None:
    """The upper-cased case number of one of our Message-IDs, or None unless it verifies."""
    if not isinstance(message_id, str) or not secret_key or len(message_id) > _MAX_ID_LENGTH + 2:
        return None
    text = message_id.strip()
    if text.startswith("<") and text.endswith(">"):
        text = text[1:-1].strip()
    match = _OUR_ID.fullmatch(text.lower())
    if match is None:
        return None
    case, nonce = match["case"], match["nonce"]
    expected = _signature(secret_key, case, nonce)
    if not hmac.compare_digest(expected, match["signature"]):
        return None
    return case.upper()


def our_case_numbers(secret_key: str, header_values: Iterable[str]) -> list[str]:
    """Verified case numbers among the IDs in In-Reply-To/References values, in order, once each."""
    found: list[str] = []
    for value in header_values:
        for message_id in message_id_tokens(value):
            case = case_number_from_message_id(secret_key, message_id)
            if case is not None and case not in found:
                found.append(case)
    return found


def message_id_tokens(value: object) -> list[str]:
    """The ``<...>`` tokens of a header value (bare whitespace-separated IDs when none)."""
    if not isinstance(value, str):
        return []
    tokens = _BRACKETED.findall(value)
    if tokens or "<" in value:
        return tokens
    return [token for token in value.split() if "@" in token]


def _signature(secret_key: str, case: str, nonce: str) -> str:
    digest = hmac.new(secret_key.encode(), f"{case}.{nonce}".encode(), hashlib.sha256).digest()
    return base64.b32encode(digest).decode("ascii").lower()[:SIGNATURE_LENGTH]


def _require_secret(secret_key: str) -> None:
    if not isinstance(secret_key, str) or not secret_key:
        raise ValueError("the Message-ID secret key must be a non-empty string")
