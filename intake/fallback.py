"""A small statistical fallback for request wording the lexicon rules do not cover.

One binary logistic model per kind (the four rights, complaint and inquiry) over a pruned
vocabulary of n-gram features: lower-cased, NFKC-normalised character 2-4-grams of CJK (Han, kana,
Hangul) runs, and for other scripts word unigrams and bigrams plus character 3-5-grams of each
word padded with `<` and `>`. The weights ship in `fallback_model.json`, trained from the
project's own labelled texts by `python -m intake.fallback_train` (deterministic; see there).

The classifier consults it only when its rules found neither a right nor a complaint, and never
for automatic mail (see `intake.classifier.classify`). A kind is added only above its threshold
(chosen by cross-validation for high precision); each addition comes with a `Cue` whose rule is
`model:<kind>`, whose span is the sentence that scores highest for that kind, and whose
`by_text` lists the n-grams that contributed most, so staff see why.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

MODEL_PATH = Path(__file__).with_name("fallback_model.json")
FALLBACK_KINDS = ("disclosure", "correction", "suspension", "deletion", "complaint", "inquiry")
MAX_FALLBACK_CHARS = 2_000  # the customer's request is near the top; this bounds the cost
TOP_NGRAMS = 4

_CJK = r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f\uac00-\ud7a3"
_TOKEN = re.compile(rf"(?P<c>[{_CJK}]+)|(?P<w>[^\W\d_{_CJK}]+(?:'[^\W\d_{_CJK}]+)?)|(?P<d>\d+)")
_SENTENCE = re.compile(r"[^.!?。！？\n]+[.!?。！？]*")


def features(text: str) -> set[str]:
    """The n-gram features of `text` (its first `MAX_FALLBACK_CHARS` characters).

    Word unigrams start with a space, word bigrams hold one inner space, character grams of
    words hold `<`/`>` where they touch a word boundary, so no two families collide."""
    text = unicodedata.normalize("NFKC", text[:MAX_FALLBACK_CHARS]).lower()
    found: set[str] = set()
    add = found.add
    previous = ""
    for match in _TOKEN.finditer(text):
        token = match.group()
        group = match.lastgroup
        if group == "c":
            previous = ""
            size = len(token)
            if size == 1:
                add(token)
            for n in (2, 3, 4):
                for i in range(size - n + 1):
                    add(token[i : i + n])
            continue
        if group == "d":
            token = "0"
        add(" " + token)
        if previous:
            add(previous + " " + token)
        previous = token
        if group == "w":
            found.update(_word_grams(token))
    return found


@lru_cache(maxsize=32_768)
def _word_grams(word: str) -> tuple[str, ...]:
    """The character 3-5-grams of `<word>` (cached: words recur from message to message)."""
    padded = "<" + word + ">"
    size = len(padded)
    return tuple(padded[i : i + n] for n in (3, 4, 5) for i in range(size - n + 1))


@dataclass(frozen=True, slots=True)
class Model:
    """Per-kind weights over a pruned vocabulary, and the per-kind firing thresholds."""

    kinds: tuple[str, ...]
    biases: tuple[float, ...]
    thresholds: tuple[float, ...]
    weights: dict[str, list[int]]  # in units of `unit` (integers load fast)
    unit: float
    packed: dict[str, int]  # the same weights, packed (see `pack_weights`)

    def scores(self, text: str) -> tuple[float, ...]:
        """The probability of each kind for `text`."""
        return self.scores_of(features(text))

    def scores_of(self, found: set[str]) -> tuple[float, ...]:
        get = self.packed.get
        rows = [row for row in map(get, found) if row is not None]
        if not rows:
            return tuple(_sigmoid(bias) for bias in self.biases)
        scale = self.unit / math.sqrt(len(found))
        sums = _unpack_sum(sum(rows), len(rows), len(self.kinds))
        return tuple(
            _sigmoid(bias + scale * total) for bias, total in zip(self.biases, sums, strict=True)
        )


# Each feature's weights (one small integer per kind) are packed into one Python integer,
# `_FIELD_BITS` bits per kind, offset to be non-negative: summing the packed integers of a
# text's features sums every kind's weights at once, which is what makes scoring cheap.
_FIELD_BITS = 48
_OFFSET = 1 << 24
_FIELD_MASK = (1 << _FIELD_BITS) - 1


def pack_weights(row: list[int]) -> int:
    """One feature's per-kind weights as one integer (each weight must be below 2**24)."""
    packed = 0
    for position, weight in enumerate(row):
        if not -_OFFSET < weight < _OFFSET:
            raise ValueError(f"weight {weight} is outside the packable range")
        packed |= (weight + _OFFSET) << (_FIELD_BITS * position)
    return packed


def _unpack_sum(total: int, count: int, kinds: int) -> list[int]:
    """Per-kind sums of `count` packed rows whose packed sum is `total`."""
    return [
        ((total >> (_FIELD_BITS * position)) & _FIELD_MASK) - count * _OFFSET
        for position in range(kinds)
    ]


@dataclass(frozen=True, slots=True)
class Finding:
    """One kind the model adds, and why: the best sentence span and its top n-grams."""

    kind: str
    probability: float
    start: int
    end: int
    ngrams: tuple[str, ...]


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    z = math.exp(x)
    return z / (1.0 + z)


def model_from_json(data: dict) -> Model:
    kinds = tuple(data["kinds"])
    return Model(
        kinds=kinds,
        biases=tuple(data["biases"]),
        thresholds=tuple(data["thresholds"][kind] for kind in kinds),
        weights=data["weights"],
        unit=data["weight_unit"],
        packed={feature: pack_weights(row) for feature, row in data["weights"].items()},
    )


@cache
def load_model() -> Model:
    """The shipped model (read once)."""
    return model_from_json(json.loads(MODEL_PATH.read_text("utf-8")))


def findings(text: str, model: Model | None = None) -> list[Finding]:
    """The kinds whose probability reaches their threshold, each with its explanation."""
    model = model or load_model()
    found = features(text)
    probabilities = model.scores_of(found)
    result = []
    for k, (kind, probability) in enumerate(zip(model.kinds, probabilities, strict=True)):
        if probability >= model.thresholds[k]:
            start, end = _best_sentence(text, model, k)
            result.append(Finding(kind, probability, start, end, _top_ngrams(found, model, k)))
    return result


def _best_sentence(text: str, model: Model, k: int) -> tuple[int, int]:
    """The span of the sentence (within the scored prefix) that scores highest for kind k."""
    best, best_score = (0, min(len(text), MAX_FALLBACK_CHARS)), -math.inf
    for match in _SENTENCE.finditer(text, 0, MAX_FALLBACK_CHARS):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start == end:
            continue
        score = model.scores_of(features(text[start:end]))[k]
        if score > best_score:
            best, best_score = (start, end), score
    return best


def _top_ngrams(found: set[str], model: Model, k: int) -> tuple[str, ...]:
    weighted = [
        (row[k], feature)
        for feature in found
        if (row := model.weights.get(feature)) is not None and row[k] > 0
    ]
    weighted.sort(key=lambda item: (-item[0], item[1]))
    return tuple(feature.strip() for _weight, feature in weighted[:TOP_NGRAMS])
