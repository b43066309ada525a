"""The bot's own answers (/start, /status) from `templates/bot/<lang>/`, in the user's language.

A language without its own template gets Japanese and English together, as replies do.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import Any

import jinja2

import templates
from intake.language import detect_language
from workflows.drafting import BILINGUAL, BILINGUAL_RULE, format_date
from workflows.models import Case
from workflows.states import OPEN_STATES, REPLIED

CHAT_LANGUAGES = ("ja", "en", "zh", "ko", "fr", "de", "es")
TEMPLATES_DIR = Path(templates.__file__).resolve().parent
# what a customer is told about a case, by its state (staff see the states themselves)
STATUS_OF_STATE = {
    "new": "received",
    "triage": "received",
    "awaiting_identity": "identity",
    "in_review": "in_progress",
    "draft_ready": "in_progress",
    "approved": "in_progress",
    "awaiting_customer": "waiting_for_you",
    "replied": "answered",
    "closed": "closed",
    "rejected": "declined",
    "expired": "expired",
}
_STILL_DUE = OPEN_STATES - {REPLIED}


@jinja2.pass_context
def _localdate(context: jinja2.runtime.Context, value: Any) -> str:
    return format_date(value, context.get("lang", "en"))


@cache
def _environment() -> jinja2.Environment:
    """Templates by path from the templates folder: `bot/<lang>/...` may import
    `replies/<lang>/_kinds.j2`, so a kind has the same words in the bot as in replies."""
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES_DIR),
        auto_reload=False,
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters["localdate"] = _localdate
    return environment


def render_chat_text(name: str, language: str, context: Mapping[str, Any]) -> str:
    """Render `bot/<language>/<name>.j2`, or the Japanese and English ones together."""
    if language in CHAT_LANGUAGES:
        template = _environment().get_template(f"bot/{language}/{name}.j2")
        return template.render({**context, "lang": language}).strip() + "\n"
    japanese = render_chat_text(name, "ja", context)
    english = render_chat_text(name, "en", context)
    return japanese.rstrip("\n") + BILINGUAL_RULE + english


def chat_language(language_code: str, text: str = "", earlier: str | None = None) -> str:
    """The language to answer in: Telegram's `language_code`, else the language of `text`,
    else the language of the user's `earlier` messages, else Japanese and English."""
    code = language_code.split("-")[0].split("_")[0].lower()
    if code in CHAT_LANGUAGES:
        return code
    if any(character.isalpha() for character in text):
        detected = detect_language(text, default="")
        if detected in CHAT_LANGUAGES:
            return detected
    if earlier in CHAT_LANGUAGES:
        return earlier
    return BILINGUAL


def status_rows(cases: Sequence[Case]) -> list[dict[str, Any]]:
    """What /status shows of each case: number, kinds, status in words, answer due."""
    return [
        {
            "number": case.number,
            "kinds": list(case.kinds),
            "status": STATUS_OF_STATE.get(case.state, "in_progress"),
            "due_at": case.due_answer_at if case.state in _STILL_DUE else None,
        }
        for case in cases
    ]
