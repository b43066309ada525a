"""Score the intake against a labelled folder (`labels.jsonl` in the corpus format)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from intake.lexicon import KINDS, RIGHTS
from intake.understand import Understanding, understand_file


@dataclass(frozen=True, slots=True)
class KindScore:
    kind: str
    true_positives: int
    false_positives: int
    false_negatives: int

    @property
    def precision(self) -> float:
        predicted = self.true_positives + self.false_positives
        return self.true_positives / predicted if predicted else 1.0

    @property
    def recall(self) -> float:
        expected = self.true_positives + self.false_negatives
        return self.true_positives / expected if expected else 1.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    @property
    def support(self) -> int:
        return self.true_positives + self.false_negatives


@dataclass(frozen=True, slots=True)
class Miss:
    """An item whose kinds, language or automatic flags differ from its label."""

    file: str
    expected_kinds: tuple[str, ...]
    predicted_kinds: tuple[str, ...]
    expected_language: str
    predicted_language: str
    flags_ok: bool
    understanding: Understanding | None
    error: str = ""


@dataclass
class Evaluation:
    """Every figure `intake eval` prints."""

    items: int = 0
    scores: list[KindScore] = field(default_factory=list)
    exact_matches: int = 0
    language_matches: int = 0
    flag_matches: int = 0
    misses: list[Miss] = field(default_factory=list)

    @property
    def macro_f1(self) -> float:
        return sum(score.f1 for score in self.scores) / len(self.scores) if self.scores else 0.0

    def rate(self, count: int) -> float:
        return count / self.items if self.items else 0.0

    def recall_of(self, kind: str) -> float:
        return next(score.recall for score in self.scores if score.kind == kind)


def read_labels(folder: Path) -> list[dict]:
    """The items of `folder/labels.jsonl`; raises ValueError naming a malformed line."""
    labels_path = folder / "labels.jsonl"
    items = []
    for number, line in enumerate(labels_path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            item["file"], item["kinds"]  # both fields are required
        except (json.JSONDecodeError, KeyError, TypeError) as error:
            raise ValueError(f"{labels_path}:{number}: not a label object: {error}") from error
        items.append(item)
    return items


def evaluate(
    folder: Path, understand: Callable[[Path], Understanding] = understand_file
) -> Evaluation:
    """Understand every labelled item in `folder` and compare with its labels."""
    result = Evaluation()
    counts = {kind: [0, 0, 0] for kind in KINDS}
    for item in read_labels(folder):
        result.items += 1
        expected = tuple(sorted(item["kinds"]))
        try:
            understanding = understand(folder / item["file"])
        except Exception as error:  # an item that fails is a miss, not a crash
            result.misses.append(
                Miss(
                    item["file"],
                    expected,
                    (),
                    item.get("language", ""),
                    "",
                    False,
                    None,
                    str(error),
                )
            )
            for kind in expected:
                counts[kind][2] += 1
            continue
        predicted = tuple(sorted(understanding.classification.kinds))
        for kind in KINDS:
            if kind in predicted and kind in expected:
                counts[kind][0] += 1
            elif kind in predicted:
                counts[kind][1] += 1
            elif kind in expected:
                counts[kind][2] += 1
        flags_ok = (understanding.auto_reply, understanding.bounce) == (
            bool(item.get("auto_reply")),
            bool(item.get("bounce")),
        )
        language_ok = understanding.language == item.get("language", understanding.language)
        result.exact_matches += predicted == expected
        result.language_matches += language_ok
        result.flag_matches += flags_ok
        if predicted != expected or not language_ok or not flags_ok:
            result.misses.append(
                Miss(
                    item["file"],
                    expected,
                    predicted,
                    item.get("language", ""),
                    understanding.language,
                    flags_ok,
                    understanding,
                )
            )
    result.scores = [KindScore(kind, *counts[kind]) for kind in KINDS]
    return result


def report(result: Evaluation) -> str:
    """The evaluation as text: per-kind table, summary figures, then every miss with cues."""
    lines = [f"{'kind':12s} {'prec':>6s} {'recall':>6s} {'f1':>6s} {'support':>7s}"]
    for score in result.scores:
        lines.append(
            f"{score.kind:12s} {score.precision:6.3f} {score.recall:6.3f} {score.f1:6.3f}"
            f" {score.support:7d}"
        )
    lines += [
        "",
        f"items                  {result.items}",
        f"macro-F1               {result.macro_f1:.3f}",
        f"exact-set match        {result.rate(result.exact_matches):.3f}",
        f"language accuracy      {result.rate(result.language_matches):.3f}",
        f"auto-reply/bounce acc. {result.rate(result.flag_matches):.3f}",
        "rights recall          "
        + ", ".join(f"{kind} {result.recall_of(kind):.3f}" for kind in RIGHTS),
    ]
    if result.misses:
        lines += ["", f"misses ({len(result.misses)}):"]
    for miss in result.misses:
        lines.append(
            f"- {miss.file}: expected {list(miss.expected_kinds)} got {list(miss.predicted_kinds)}"
            f"; language {miss.expected_language}/{miss.predicted_language}"
            + ("" if miss.flags_ok else "; auto-reply/bounce flags wrong")
            + (f"; error: {miss.error}" if miss.error else "")
        )
        if miss.understanding:
            for cue in miss.understanding.classification.cues:
                because = f" by {cue.by} {cue.by_text!r}" if cue.by else ""
                lines.append(
                    f"    {cue.status:15s} {cue.kind:11s} {cue.rule}: {cue.text!r}{because}"
                )
    return "\n".join(lines)
