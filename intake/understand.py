"""Understand one incoming item end to end: parse (mail) or read (chat), then classify.

This is the one visible place where the steps of the flow are called in order for
the command line and the evaluation; the workflow calls the same steps.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from intake.classifier import Classification, classify, classify_mail
from intake.language import detect_language
from intake.mail import parse
from intake.message import ParsedMessage


@dataclass(frozen=True, slots=True)
class Understanding:
    """What the intake makes of one mail or chat message."""

    channel: str
    language: str
    auto_reply: bool
    bounce: bool
    text: str
    classification: Classification
    parsed: ParsedMessage | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "channel": self.channel,
            "language": self.language,
            "kinds": list(self.classification.kinds),
            "auto_reply": self.auto_reply,
            "bounce": self.bounce,
            "cues": [cue.to_json() for cue in self.classification.cues],
        }


def understand_mail(raw: bytes) -> Understanding:
    """Parse a mail and classify the customer's own text (raises MailParseError for non-mail)."""
    parsed = parse(raw)
    automatic = parsed.auto_reply or parsed.bounce
    return Understanding(
        channel="email",
        language=parsed.language,
        auto_reply=parsed.auto_reply,
        bounce=parsed.bounce,
        text=parsed.new_text,
        classification=classify_mail(
            parsed.new_text, parsed.subject, language=parsed.language, automatic=automatic
        ),
        parsed=parsed,
    )


def understand_chat(text: str) -> Understanding:
    """Classify one chat message."""
    message = text.strip()
    language = detect_language(message)
    return Understanding(
        channel="chat",
        language=language,
        auto_reply=False,
        bounce=False,
        text=message,
        classification=classify(message, language=language),
    )


def understand_file(path: Path) -> Understanding:
    """A `.eml` file is read as mail, any other file as one UTF-8 chat message."""
    if path.suffix.lower() == ".eml":
        return understand_mail(path.read_bytes())
    return understand_chat(path.read_bytes().decode("utf-8", errors="replace"))
