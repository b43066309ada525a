"""Load the classifier's lexicons: one TOML file per language under `intake/lexicons/`.

A lexicon holds data a privacy officer can read and extend: request rules (a pattern and
the kind it signals), negations that cancel a nearby rule, deflections that turn a
conditional or hypothetical request into a question, decoys whose words only look like a
request, and contexts that some rules require somewhere in the text. Every entry carries
examples; a test checks that each still fires on them.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from intake.firstchars import first_chars

KINDS = ("disclosure", "correction", "suspension", "deletion", "complaint", "inquiry", "other")
RIGHTS = ("disclosure", "correction", "suspension", "deletion")
SCOPES = ("before", "after", "around")
DEFAULT_CLAUSE_BREAK = r"[.!?。！？\n;；]"
DEFAULT_WINDOW = 40
DEFAULT_SENTENCE_BREAK = r"[.!?。！？\n]"
DEFAULT_TOGETHER_WINDOW = 60
TERM_REFERENCE = re.compile(r"\{([a-z][a-z0-9_]*)\}")
ESCAPE = re.compile(r"\\.")


class LexiconError(ValueError):
    """A lexicon file is malformed; the message names the file and the entry."""


@dataclass(frozen=True, slots=True)
class Rule:
    """A pattern whose match signals a request kind, unless negated, deflected or a decoy."""

    id: str
    kind: str
    pattern: re.Pattern[str]
    requires: tuple[str, ...]
    negatable: bool
    examples: tuple[str, ...]
    companions: tuple[re.Pattern[str], ...] = ()
    window: int = DEFAULT_TOGETHER_WINDOW
    first: frozenset[str] | None = None


@dataclass(frozen=True, slots=True)
class Modifier:
    """A negation or deflection cue that acts on rules within `window` chars in its clause."""

    id: str
    pattern: re.Pattern[str]
    scope: str
    window: int
    examples: tuple[str, ...]
    language: str = ""


@dataclass(frozen=True, slots=True)
class Decoy:
    """A pattern for words that look like a request but are not one (invoice, disclaimer)."""

    id: str
    pattern: re.Pattern[str]
    examples: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Context:
    """A named condition that a rule may require somewhere in the text."""

    name: str
    pattern: re.Pattern[str]
    examples: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Everything one language contributes to the classifier."""

    language: str
    clause_break: re.Pattern[str]
    sentence_break: re.Pattern[str]
    rules: tuple[Rule, ...]
    negations: tuple[Modifier, ...]
    deflections: tuple[Modifier, ...]
    decoys: tuple[Decoy, ...]
    contexts: tuple[Context, ...]


def lexicon_names() -> list[str]:
    """The languages that have a lexicon file, sorted."""
    folder = resources.files("intake") / "lexicons"
    return sorted(
        p.name.removesuffix(".toml") for p in folder.iterdir() if p.name.endswith(".toml")
    )


@cache
def load_lexicon(name: str) -> Lexicon:
    """Parse and compile `intake/lexicons/<name>.toml`; raises LexiconError when malformed."""
    source = resources.files("intake") / "lexicons" / f"{name}.toml"
    try:
        document = tomllib.loads(source.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise LexiconError(f"lexicon {name}.toml cannot be read: {error}") from error
    return parse_lexicon(document, origin=f"{name}.toml")


@cache
def all_lexicons() -> tuple[Lexicon, ...]:
    return tuple(load_lexicon(name) for name in lexicon_names())


@cache
def contexts_named(name: str) -> tuple[Context, ...]:
    """Every lexicon's contexts of that name."""
    return tuple(c for lexicon in all_lexicons() for c in lexicon.contexts if c.name == name)


def parse_lexicon(document: dict[str, Any], origin: str) -> Lexicon:
    """Build a Lexicon from a parsed TOML document, checking every field."""
    language = document.get("language")
    if not isinstance(language, str):
        raise LexiconError(f"{origin}: 'language' must be set")
    terms = _terms(document.get("terms", {}), origin)
    contexts = tuple(
        Context(
            name=_text(entry, "name", origin),
            pattern=_compile(entry, origin, terms),
            examples=_examples(entry, origin),
        )
        for entry in document.get("context", [])
    )
    rules = tuple(_rule(entry, origin, terms) for entry in document.get("rule", []))
    known_contexts = {context.name for context in contexts}
    for rule in rules:
        for needed in rule.requires:
            if needed not in known_contexts:
                raise LexiconError(f"{origin}: rule {rule.id} requires unknown context {needed}")
    return Lexicon(
        language=language,
        clause_break=_compile(
            {"id": "clause_break", "pattern": document.get("clause_break", DEFAULT_CLAUSE_BREAK)},
            origin,
            terms,
        ),
        sentence_break=_compile(
            {
                "id": "sentence_break",
                "pattern": document.get("sentence_break", DEFAULT_SENTENCE_BREAK),
            },
            origin,
            terms,
        ),
        rules=rules,
        negations=tuple(
            _modifier(e, origin, terms, language) for e in document.get("negation", [])
        ),
        deflections=tuple(
            _modifier(e, origin, terms, language) for e in document.get("deflection", [])
        ),
        decoys=tuple(
            Decoy(_text(e, "id", origin), _compile(e, origin, terms), _examples(e, origin))
            for e in document.get("decoy", [])
        ),
        contexts=contexts,
    )


def _rule(entry: dict[str, Any], origin: str, terms: dict[str, str]) -> Rule:
    """A `pattern` rule, or a `together` rule: every listed pattern in one sentence, each
    within `window` characters of the first."""
    rule_id = _text(entry, "id", origin)
    kind = _text(entry, "kind", origin)
    if kind not in KINDS or kind == "other":
        raise LexiconError(f"{origin}: rule {rule_id} has kind {kind!r}; use one of {KINDS[:-1]}")
    requires = entry.get("requires", [])
    if isinstance(requires, str):
        requires = [requires]
    together = entry.get("together")
    if together is not None:
        if "pattern" in entry or not isinstance(together, list) or len(together) < 2:
            raise LexiconError(
                f"{origin}: rule {rule_id}: 'together' takes a list of two or more patterns"
                " (and no 'pattern' beside it)"
            )
        compiled = [_compile({"id": rule_id, "pattern": part}, origin, terms) for part in together]
    else:
        compiled = [_compile(entry, origin, terms)]
    return Rule(
        id=rule_id,
        kind=kind,
        pattern=compiled[0],
        requires=tuple(requires),
        negatable=bool(entry.get("negatable", True)),
        examples=_examples(entry, origin),
        companions=tuple(compiled[1:]),
        window=int(entry.get("window", DEFAULT_TOGETHER_WINDOW)),
        first=first_chars(compiled[0]),
    )


def _terms(table: Any, origin: str) -> dict[str, str]:
    """Named alternations (`[terms]`), each a pattern or a list of patterns, usable as
    `{name}` inside any pattern of the file; a term may use terms defined before it."""
    if not isinstance(table, dict):
        raise LexiconError(f"{origin}: [terms] must be a table of name = pattern(s)")
    terms: dict[str, str] = {}
    for name, value in table.items():
        alternatives = [value] if isinstance(value, str) else value
        if not isinstance(alternatives, list) or not all(isinstance(a, str) for a in alternatives):
            raise LexiconError(f"{origin}: term {name} must be a pattern or a list of patterns")
        terms[name] = "(?:" + "|".join(_expand(a, terms, origin) for a in alternatives) + ")"
    return terms


def _expand(pattern: str, terms: dict[str, str], origin: str) -> str:
    def replace(reference: re.Match[str]) -> str:
        name = reference.group(1)
        if name not in terms:
            raise LexiconError(f"{origin}: pattern uses unknown term {{{name}}}: {pattern:.80}")
        return terms[name]

    return TERM_REFERENCE.sub(replace, pattern)


def _modifier(entry: dict[str, Any], origin: str, terms: dict[str, str], language: str) -> Modifier:
    modifier_id = _text(entry, "id", origin)
    scope = entry.get("scope", "before")
    if scope not in SCOPES:
        raise LexiconError(f"{origin}: {modifier_id} has scope {scope!r}; use one of {SCOPES}")
    return Modifier(
        id=modifier_id,
        pattern=_compile(entry, origin, terms),
        scope=scope,
        window=int(entry.get("window", DEFAULT_WINDOW)),
        examples=_examples(entry, origin),
        language=language,
    )


def _text(entry: dict[str, Any], key: str, origin: str) -> str:
    value = entry.get(key)
    if not isinstance(value, str) or not value:
        raise LexiconError(f"{origin}: an entry lacks '{key}': {entry!r:.120}")
    return value


def _compile(entry: dict[str, Any], origin: str, terms: dict[str, str]) -> re.Pattern[str]:
    """Compile case-insensitively; a lower-case pattern needs no flag, since the classifier
    lower-cases the text first (matching without IGNORECASE is several times faster)."""
    pattern = _expand(_text(entry, "pattern", origin), terms, origin)
    literal_letters = ESCAPE.sub("", pattern)
    flags = re.IGNORECASE if literal_letters != literal_letters.lower() else 0
    try:
        return re.compile(pattern, flags)
    except re.error as error:
        name = entry.get("id") or entry.get("name")
        raise LexiconError(f"{origin}: pattern of {name} does not compile: {error}") from error


def _examples(entry: dict[str, Any], origin: str) -> tuple[str, ...]:
    examples = entry.get("examples", [])
    if not examples or not all(isinstance(example, str) for example in examples):
        name = entry.get("id") or entry.get("name")
        raise LexiconError(f"{origin}: {name} needs a list of 'examples' it fires on")
    return tuple(examples)
