"""Render customer replies from the Jinja2 templates in `templates/replies/<lang>/`.

Each reply template defines a `subject` and a `body` block. A language without its own
template gets Japanese and English together.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

import jinja2

REPLY_TEMPLATES = (
    "acknowledgement",
    "identity_request",
    "identity_reminder",
    "identity_ask_account",
    "identity_code_sent",
    "answer",
    "no_data_held",
    "refusal",
    "expired_notice",
    "extension_notice",
)
FULL_LANGUAGES = ("ja", "en")
BASIC_LANGUAGES = ("zh", "ko", "fr", "de", "es")
BASIC_TEMPLATES = ("acknowledgement", "identity_request", "identity_reminder")
BILINGUAL = "ja+en"
BILINGUAL_RULE = "\n\n" + "-" * 40 + "\n\n"
DISPLAY_ZONE = ZoneInfo("Asia/Tokyo")

_DATE_FORMATS = {
    "ja": "{y}年{m}月{d}日",
    "zh": "{y}年{m}月{d}日",
    "ko": "{y}년 {m}월 {d}일",
    "de": "{d}.{m}.{y}",
    "fr": "{d:02d}/{m:02d}/{y}",
    "es": "{d:02d}/{m:02d}/{y}",
}
_EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


@dataclass(frozen=True)
class RenderedReply:
    """A reply ready for the outbox: one-line subject, plain-text body, its language."""

    subject: str
    body: str
    language: str


def format_date(value: date | datetime | None, language: str) -> str:
    """A date as a customer of `language` writes it (datetimes shown in Asia/Tokyo)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(DISPLAY_ZONE)
        value = value.date()
    if language == "en":
        return f"{value.day} {_EN_MONTHS[value.month - 1]} {value.year}"
    pattern = _DATE_FORMATS.get(language, "{y}-{m:02d}-{d:02d}")
    return pattern.format(y=value.year, m=value.month, d=value.day)


@jinja2.pass_context
def _localdate(context: jinja2.runtime.Context, value: date | datetime | None) -> str:
    return format_date(value, context.get("lang", "en"))


@cache
def reply_environment() -> jinja2.Environment:
    """The Jinja2 environment of the reply templates (plain text: no HTML escaping)."""
    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("templates", "replies"),
        auto_reload=False,
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=False,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters["localdate"] = _localdate
    return environment


def has_template(name: str, language: str) -> bool:
    """Whether `language` has its own `name` template."""
    try:
        reply_environment().get_template(f"{language}/{name}.j2")
    except jinja2.TemplateNotFound:
        return False
    return True


def _render_blocks(name: str, language: str, context: Mapping[str, Any]) -> tuple[str, str]:
    template = reply_environment().get_template(f"{language}/{name}.j2")
    values = {**context, "lang": language}
    subject = "".join(template.blocks["subject"](template.new_context(values))).strip()
    body = "".join(template.blocks["body"](template.new_context(values))).strip() + "\n"
    return " ".join(subject.split()), body


def render_reply(name: str, language: str, context: Mapping[str, Any]) -> RenderedReply:
    """Render reply `name` in `language`, or in Japanese and English where it has none."""
    if name not in REPLY_TEMPLATES:
        raise ValueError(f"unknown reply template {name!r}; known: {', '.join(REPLY_TEMPLATES)}")
    if has_template(name, language):
        subject, body = _render_blocks(name, language, context)
        return RenderedReply(subject, body, language)
    ja_subject, ja_body = _render_blocks(name, "ja", context)
    en_subject, en_body = _render_blocks(name, "en", context)
    return RenderedReply(
        f"{ja_subject} / {en_subject}", ja_body + BILINGUAL_RULE + en_body, BILINGUAL
    )
