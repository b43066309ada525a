"""Classify the customer's own text into request kinds, with the cues that decided each.

Rules come from the lexicons (`intake/lexicon.py`). A rule's match counts unless it lies
in a decoy, lacks a context it requires, or a negation in its clause cancels it; a
deflection (a conditional or hypothetical phrasing) turns it into a question about
practice. Every match is kept as a `Cue` with its status, so staff see why.

When the rules find neither a right nor a complaint (the result is `other` or `inquiry`), a
small statistical fallback (`intake/fallback.py`) may add the kinds it is confident of, each
with a kept `Cue` whose rule is `model:<kind>`; it never removes a rule's kind and never runs
on automatic mail. `FALLBACK_ENABLED` switches it on or off.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import asdict, dataclass, replace
from typing import Any

from intake import fallback as _fallback
from intake.language import detect_language
from intake.lexicon import KINDS, RIGHTS, Lexicon, Modifier, Rule, all_lexicons, contexts_named

KEPT = "kept"
NEGATED = "negated"
DEFLECTED = "deflected"
DECOY = "decoy"
MISSING_CONTEXT = "missing-context"
SET_ASIDE = frozenset({NEGATED, DEFLECTED, DECOY})  # the fallback may not add these kinds back
MAX_CLASSIFIED_CHARS = 20_000
SHORT_TEXT_CHARS = 300
FALLBACK_ENABLED = True
LATIN_LANGUAGES = frozenset({"en", "fr", "de", "es"})
KANA = re.compile(r"[\u3040-\u30ff\uff66-\uff9f]")
ENGLISH_HINT = re.compile(
    r"\b(?:the|and|you|your|my|me|i|please|pls|data|delete|remove|stop|update|gdpr|opt)\b"
)
ROMAJI_HINT = re.compile(
    r"\b(?:desu|deshou|masu|masen|kudasai|onegai|shite|hoshii|watashi|kojin|jouhou|"
    r"deeta|sakujo|teishi|henkou|kaiin|taikai|touroku)\b"
)
HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")

_WIDTH_TABLE = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_WIDTH_TABLE.update({0x3000: 0x20, 0x2019: 0x27, 0x2018: 0x27, 0x201C: 0x22, 0x201D: 0x22})


@dataclass(frozen=True, slots=True)
class Cue:
    """One rule match: where it is, what it signals, and whether it counted."""

    kind: str
    rule: str
    start: int
    end: int
    text: str
    status: str = KEPT
    by: str = ""
    by_text: str = ""
    source: str = "text"  # "subject": the offsets are in the mail's subject line

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Classification:
    """The request kinds of one message and every cue considered."""

    kinds: tuple[str, ...]
    cues: tuple[Cue, ...]


NO_KINDS = Classification(kinds=(), cues=())


def classify(
    text: str,
    *,
    language: str | None = None,
    automatic: bool = False,
    fallback: bool | None = None,
) -> Classification:
    """Kinds of `text` (the customer's own words, in `language` when known); automatic mail
    gets none. `fallback` (default `FALLBACK_ENABLED`) lets the statistical fallback add
    kinds where the rules found no right and no complaint."""
    if automatic:
        return NO_KINDS
    normalized = normalize(text[:MAX_CLASSIFIED_CHARS])
    lexicons = lexicons_for(normalized, language or detect_language(normalized))
    decoys = _decoy_spans(normalized, lexicons)
    contexts = _ContextsFound(normalized)
    cues: list[Cue] = []
    text_chars = set(normalized)
    for lexicon in lexicons:
        cues.extend(_lexicon_cues(normalized, text, lexicon, decoys, contexts, text_chars))
    kinds = _kinds_from(cues)
    use_fallback = FALLBACK_ENABLED if fallback is None else fallback
    if use_fallback and set(kinds) <= {"other", "inquiry"} and _has_words_enough(normalized):
        kinds = _with_fallback(text, kinds, cues)
    return Classification(kinds=kinds, cues=tuple(cues))


# a subject that answers or forwards another mail is not the customer's own words
REPLY_SUBJECT = re.compile(
    r"^\s*(?:re|fwd?|aw|wg|tr|sv|vs|rv|enc|答复|回复|回覆|转发|轉寄|返信|転送)\s*(?:\[\d+\])?\s*[:：]",
    re.IGNORECASE,
)
CASE_TAG = re.compile(r"\[[A-Z]{1,10}-\d{4}-\d{6,}\]")


def classify_mail(
    new_text: str,
    subject: str,
    *,
    language: str | None = None,
    automatic: bool = False,
) -> Classification:
    """A mail's kinds: its new text's, and where that asks for nothing, the subject line the
    customer wrote ("個人情報の削除依頼" over a body of "よろしくお願いします。"). The subject of a
    reply or forward (Re:, Fwd:, 返信:, our case tag) is not theirs and is not read."""
    body = classify(new_text, language=language, automatic=automatic)
    if automatic or body.kinds != ("other",):
        return body
    own = (subject or "").strip()
    if not own or REPLY_SUBJECT.match(own) or CASE_TAG.search(own):
        return body
    heading = classify(own, language=language, fallback=False)
    if heading.kinds == ("other",):
        return body
    cues = body.cues + tuple(replace(cue, source="subject") for cue in heading.cues)
    return Classification(kinds=heading.kinds, cues=cues)


FALLBACK_MIN_LETTERS = 12


def _has_words_enough(text: str) -> bool:
    """Whether a text says enough for the fallback: a code, a number or a word or two is
    no request (each CJK character counts as three letters)."""
    weight = 0
    for char in text:
        if char.isalpha():
            weight += 3 if ord(char) > 0x2E80 else 1
            if weight >= FALLBACK_MIN_LETTERS:
                return True
    return False


def _with_fallback(text: str, kinds: tuple[str, ...], cues: list[Cue]) -> tuple[str, ...]:
    """The rule kinds (only `other` or `inquiry` here) with the fallback's confident kinds
    added, appending a cue for each; `other` and `inquiry` give way to any other kind. A kind
    whose rule match was negated, deflected or a decoy is not added back."""
    added = []
    set_aside = {cue.kind for cue in cues if cue.status in SET_ASIDE}
    for finding in _fallback.findings(text):
        if finding.kind in set_aside:  # the rules read that request and ruled it out
            continue
        added.append(finding.kind)
        cues.append(
            Cue(
                finding.kind,
                f"model:{finding.kind}",
                finding.start,
                finding.end,
                text[finding.start : finding.end],
                KEPT,
                f"model p={finding.probability:.2f}",
                ", ".join(finding.ngrams),
            )
        )
    if not added:
        return kinds
    return _ordered_kinds(set(kinds) | set(added))


class _ContextsFound:
    """Which named contexts (of any lexicon) occur in the text: each is searched once, and
    only when a rule that requires it has matched."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.found: dict[str, bool] = {}

    def __contains__(self, name: str) -> bool:
        if name not in self.found:
            self.found[name] = any(
                context.pattern.search(self.text) for context in contexts_named(name)
            )
        return self.found[name]


def lexicons_for(text: str, language: str) -> tuple[Lexicon, ...]:
    """The lexicons worth running on `text`: its language's, English wherever English words
    appear, Japanese and Korean wherever their script (or romaji) appears, and for short
    Latin-script text, where language detection is least sure, every Latin-script one."""
    wanted = {language}
    if language in LATIN_LANGUAGES or ENGLISH_HINT.search(text):
        wanted.add("en")
    if KANA.search(text) or language == "zh" or ROMAJI_HINT.search(text):
        wanted.add("ja")
    if HANGUL.search(text):
        wanted.add("ko")
    if language in LATIN_LANGUAGES and len(text) <= SHORT_TEXT_CHARS:
        wanted.update(LATIN_LANGUAGES)
    return tuple(lexicon for lexicon in all_lexicons() if lexicon.language in wanted)


def normalize(text: str) -> str:
    """Lower-case and fold full-width ASCII, ideographic space and curly quotes, keeping
    every offset (a character whose lower case is longer stays as it is)."""
    folded = text.translate(_WIDTH_TABLE)
    lowered = folded.lower()
    if len(lowered) == len(folded):
        return lowered
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in folded)


def _decoy_spans(text: str, lexicons: tuple[Lexicon, ...]) -> list[tuple[int, int, str, str]]:
    return [
        (match.start(), match.end(), f"{lexicon.language}:{decoy.id}", match.group(0))
        for lexicon in lexicons
        for decoy in lexicon.decoys
        for match in decoy.pattern.finditer(text)
    ]


def _lexicon_cues(
    text: str,
    original: str,
    lexicon: Lexicon,
    decoys: list[tuple[int, int, str, str]],
    contexts: _ContextsFound,
    text_chars: set[str] | None = None,
) -> list[Cue]:
    cues: list[Cue] = []
    breaks: list[int] | None = None
    sentence_breaks: list[int] | None = None
    for rule in lexicon.rules:
        if text_chars is not None and rule.first is not None and rule.first.isdisjoint(text_chars):
            continue  # the text has none of the characters a match could start with
        for match in rule.pattern.finditer(text):
            start, end = match.span()
            if breaks is None:
                breaks = [m.start() for m in lexicon.clause_break.finditer(text)]
            if rule.companions:
                if sentence_breaks is None:
                    sentence_breaks = [m.start() for m in lexicon.sentence_break.finditer(text)]
                span = _together_span(text, rule, start, end, sentence_breaks)
                if span is None:
                    continue
                start, end = span
            cue = Cue(rule.kind, f"{lexicon.language}:{rule.id}", start, end, original[start:end])
            decoy = next((d for d in decoys if d[0] < end and start < d[1]), None)
            if decoy:
                cues.append(_with(cue, DECOY, *decoy[2:]))
                continue
            missing = [name for name in rule.requires if name not in contexts]
            if missing:
                cues.append(_with(cue, MISSING_CONTEXT, ",".join(missing), ""))
                continue
            clause_start, clause_end = _clause(breaks, start, end, len(text))
            negation = (
                _modifier_match(text, lexicon.negations, start, end, clause_start, clause_end)
                if rule.negatable
                else None
            )
            if negation:
                cues.append(_with(cue, NEGATED, *negation))
                continue
            deflection = _modifier_match(
                text, lexicon.deflections, start, end, clause_start, clause_end
            )
            if deflection and rule.kind in RIGHTS:
                cues.append(_with(cue, DEFLECTED, *deflection))
                continue
            cues.append(cue)
    return cues


def _together_span(
    text: str, rule: Rule, start: int, end: int, sentence_breaks: list[int]
) -> tuple[int, int] | None:
    """The span from the anchor match to every companion, when each companion is found
    within the rule's window in the anchor's sentence; None otherwise."""
    sentence_start, sentence_end = _clause(sentence_breaks, start, end, len(text))
    low = max(sentence_start, start - rule.window)
    high = min(sentence_end, end + rule.window)
    span_start, span_end = start, end
    for companion in rule.companions:
        found = companion.search(text, low, high)
        if found is None:
            return None
        span_start = min(span_start, found.start())
        span_end = max(span_end, found.end())
    return span_start, span_end


def _with(cue: Cue, status: str, by: str, by_text: str) -> Cue:
    return Cue(cue.kind, cue.rule, cue.start, cue.end, cue.text, status, by, by_text)


def _clause(breaks: list[int], start: int, end: int, length: int) -> tuple[int, int]:
    """The span between the clause breaks around a match (a match may cross breaks)."""
    before = bisect.bisect_right(breaks, start - 1)
    clause_start = breaks[before - 1] + 1 if before else 0
    after = bisect.bisect_left(breaks, end)
    clause_end = breaks[after] if after < len(breaks) else length
    return clause_start, clause_end


def _modifier_match(
    text: str,
    modifiers: tuple[Modifier, ...],
    start: int,
    end: int,
    clause_start: int,
    clause_end: int,
) -> tuple[str, str] | None:
    """The first modifier found in its scope around the match, as (id, matched text)."""
    for modifier in modifiers:
        windows: list[str] = []
        if modifier.scope in ("before", "around"):
            windows.append(text[max(clause_start, start - modifier.window) : start])
        if modifier.scope in ("after", "around"):
            windows.append(text[end : min(clause_end, end + modifier.window)])
        if modifier.scope == "around":
            windows.append(text[start:end])
        for window in windows:
            found = modifier.pattern.search(window)
            if found:
                return f"{modifier.language}:{modifier.id}", found.group(0)
    return None


def _kinds_from(cues: list[Cue]) -> tuple[str, ...]:
    kinds = {cue.kind for cue in cues if cue.status == KEPT}
    if any(cue.status == DEFLECTED for cue in cues):
        kinds.add("inquiry")
    return _ordered_kinds(kinds)


def _ordered_kinds(kinds: set[str]) -> tuple[str, ...]:
    """The kinds in their fixed order; `inquiry` gives way to any other kind, and nothing
    found is `other`."""
    kinds = kinds - {"other"}
    if kinds - {"inquiry"}:
        kinds.discard("inquiry")
    if not kinds:
        return ("other",)
    return tuple(kind for kind in KINDS if kind in kinds)
