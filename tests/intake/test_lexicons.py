"""Every lexicon entry parses, compiles and still fires on the examples it lists."""

from __future__ import annotations

import pytest

from intake.classifier import DECOY, DEFLECTED, KEPT, NEGATED, classify, normalize
from intake.lexicon import LexiconError, lexicon_names, load_lexicon, parse_lexicon

ENTRIES = [
    (name, table, entry)
    for name in lexicon_names()
    for table, entries in (
        ("rule", load_lexicon(name).rules),
        ("negation", load_lexicon(name).negations),
        ("deflection", load_lexicon(name).deflections),
        ("decoy", load_lexicon(name).decoys),
        ("context", load_lexicon(name).contexts),
    )
    for entry in entries
]


def _entry_id(value) -> str:
    if isinstance(value, tuple):
        name, table, entry = value
        return f"{name}:{table}:{getattr(entry, 'id', getattr(entry, 'name', '?'))}"
    return str(value)


def test_every_served_language_has_a_lexicon():
    assert set(lexicon_names()) >= {"en", "ja", "zh", "ko", "fr", "de", "es"}


def test_entry_ids_are_unique_within_a_lexicon():
    for name in lexicon_names():
        lexicon = load_lexicon(name)
        ids = [e.id for e in (*lexicon.rules, *lexicon.negations, *lexicon.deflections)]
        ids += [e.id for e in lexicon.decoys]
        assert len(ids) == len(set(ids)), f"{name}: duplicate ids"


@pytest.mark.parametrize("case", ENTRIES, ids=_entry_id)
def test_entry_fires_on_its_examples(case):
    name, table, entry = case
    qualified_id = f"{name}:{getattr(entry, 'id', '')}"
    for example in entry.examples:
        if table == "context":
            assert entry.pattern.search(normalize(example)), example
            continue
        cues = classify(example).cues
        if table == "rule":
            wanted = [c for c in cues if c.rule == qualified_id and c.status == KEPT]
        else:
            status = {"negation": NEGATED, "deflection": DEFLECTED, "decoy": DECOY}[table]
            wanted = [c for c in cues if c.by == qualified_id and c.status == status]
        assert wanted, f"{entry.id} does not fire on {example!r}: {cues}"


def test_malformed_lexicon_entries_are_refused_with_their_name():
    with pytest.raises(LexiconError, match="does not compile"):
        parse_lexicon(
            {
                "language": "xx",
                "rule": [{"id": "r", "kind": "deletion", "pattern": "(", "examples": ["x"]}],
            },
            origin="xx.toml",
        )
    with pytest.raises(LexiconError, match="kind"):
        parse_lexicon(
            {
                "language": "xx",
                "rule": [{"id": "r", "kind": "spam", "pattern": "x", "examples": ["x"]}],
            },
            origin="xx.toml",
        )
    with pytest.raises(LexiconError, match="examples"):
        parse_lexicon(
            {"language": "xx", "rule": [{"id": "r", "kind": "deletion", "pattern": "x"}]},
            origin="xx.toml",
        )
    with pytest.raises(LexiconError, match="unknown context"):
        parse_lexicon(
            {
                "language": "xx",
                "rule": [
                    {
                        "id": "r",
                        "kind": "complaint",
                        "pattern": "x",
                        "examples": ["x"],
                        "requires": "nope",
                    }
                ],
            },
            origin="xx.toml",
        )


def _together_lexicon():
    return parse_lexicon(
        {
            "language": "xx",
            "terms": {"field": ["address", "phone", "mobile"], "fix": "update|correct"},
            "rule": [
                {
                    "id": "fix-field",
                    "kind": "correction",
                    "together": [r"\b{fix}\b", r"\b{field}\b"],
                    "window": 30,
                    "examples": ["x"],
                }
            ],
        },
        origin="xx.toml",
    )


def test_together_rule_fires_on_its_words_in_one_sentence_in_any_order():
    from intake.classifier import _ContextsFound, _lexicon_cues

    lexicon = _together_lexicon()
    text = "my mobile is new, please update it. update nothing. the address? fine"
    cues = _lexicon_cues(text, text, lexicon, [], _ContextsFound(text))
    assert [(c.rule, c.text) for c in cues] == [("xx:fix-field", "mobile is new, please update")]


def test_together_rule_needs_every_word_within_its_window():
    from intake.classifier import _ContextsFound, _lexicon_cues

    text = "please update the settings of the dashboard page, and my phone is fine"
    assert _lexicon_cues(text, text, _together_lexicon(), [], _ContextsFound(text)) == []


def test_unknown_terms_and_single_together_patterns_are_refused():
    with pytest.raises(LexiconError, match="unknown term"):
        parse_lexicon(
            {
                "language": "xx",
                "rule": [{"id": "r", "kind": "deletion", "pattern": "{nope}", "examples": ["x"]}],
            },
            origin="xx.toml",
        )
    with pytest.raises(LexiconError, match="together"):
        parse_lexicon(
            {
                "language": "xx",
                "rule": [{"id": "r", "kind": "deletion", "together": ["a"], "examples": ["x"]}],
            },
            origin="xx.toml",
        )
