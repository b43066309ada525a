"""The typed, immutable record of one parsed mail: what `intake.mail.parse` returns."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any


@dataclass(frozen=True, slots=True)
class Address:
    """One mailbox from an address header: decoded display name and the address itself."""

    name: str
    address: str

    def __str__(self) -> str:
        return f"{self.name} <{self.address}>" if self.name else self.address


@dataclass(frozen=True, slots=True)
class Attachment:
    """A non-body MIME part, described without its content."""

    filename: str
    content_type: str
    size: int
    sha256: str
    disposition: str = "attachment"


@dataclass(frozen=True, slots=True)
class BounceInfo:
    """What a delivery status notification says about the failed delivery."""

    failed_recipients: tuple[str, ...] = ()
    status: str = ""
    action: str = ""
    diagnostic: str = ""
    reporting_mta: str = ""
    original_message_id: str = ""


@dataclass(frozen=True, slots=True)
class AuthResults:
    """SPF, DKIM and DMARC verdicts from the first Authentication-Results header."""

    authserv_id: str = ""
    spf: str = ""
    dkim: str = ""
    dmarc: str = ""


@dataclass(frozen=True, slots=True)
class Defect:
    """Something wrong with the message and what the parser did about it."""

    where: str
    problem: str
    repair: str = ""


@dataclass(frozen=True, slots=True)
class AutomaticFacts:
    """Whether a mail was sent by a machine, and the evidence for each fact."""

    auto_reply: bool = False
    bounce: bool = False
    bulk: bool = False
    do_not_auto_answer: bool = False
    reasons: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ParsedMessage:
    """Everything the intake needs to know about one received mail."""

    message_id: str
    in_reply_to: str
    references: tuple[str, ...]
    date: datetime | None
    from_: Address | None
    to: tuple[Address, ...]
    cc: tuple[Address, ...]
    reply_to: tuple[Address, ...]
    subject: str
    text: str
    html: str
    new_text: str
    quoted: str
    signature: str
    disclaimer: str
    attachments: tuple[Attachment, ...]
    automatic: AutomaticFacts
    bounce_info: BounceInfo | None
    auth: AuthResults
    language: str
    return_path: str | None
    defects: tuple[Defect, ...] = field(default=())

    @property
    def auto_reply(self) -> bool:
        return self.automatic.auto_reply

    @property
    def bounce(self) -> bool:
        return self.automatic.bounce

    def to_json(self, *, with_html: bool = False) -> dict[str, Any]:
        """A JSON-ready dict of every field (attachments described, never their content)."""
        record = asdict(self)
        record["from"] = record.pop("from_")
        record["date"] = self.date.isoformat() if self.date else None
        record["auto_reply"] = self.auto_reply
        record["bounce"] = self.bounce
        if not with_html:
            record.pop("html")
        return record
