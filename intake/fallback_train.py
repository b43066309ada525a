"""Train the statistical fallback (`intake/fallback_model.json`) from the project's own data.

Usage: python -m intake.fallback_train [--check] [--report]

Training texts, and only these: `tests/data`, `tests/blind2` and `tests/train/*`
(labels.jsonl with their chat files and, for mail, `intake.mail.parse(raw).new_text`;
automatic mail is left out, as the fallback never sees it) and the parametrized probe cases
of `tests/intake/test_classifier_*.py`. Never `tests/blind`, `tests/blind3`, `tests/blind4`
or the shared corpus: those estimate and guard.

The model is one binary logistic regression per kind, trained by plain SGD with exact L2
(a shrinking global scale), on binary n-gram features scaled by 1/sqrt(count) and pruned to
those seen in at least `MIN_DOCUMENT_FREQUENCY` texts. Each kind's threshold is the lowest
on a grid whose out-of-fold precision (k-fold cross-validation) reaches `TARGET_PRECISION`.
Everything is deterministic (sorted texts, a fixed seed, rounded weights, sorted JSON), so
`--check` can verify that retraining reproduces the shipped file byte for byte.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import math
import random
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from intake.fallback import FALLBACK_KINDS, MODEL_PATH, Model, features, model_from_json

PROJECT_DIR = Path(__file__).resolve().parent.parent
TESTS_DIR = PROJECT_DIR / "tests"
# never "blind", "blind3" or "blind4", never the shared corpus
LABELLED_SETS = (
    "data",
    "blind2",
    "train/ja",
    "train/en",
    "train/multi",
    "train/en2",
    "train/ja2",
    "train/mail2",
    "train/inbox3",
    "train/inbox4",
)
PROBE_FILES = "test_classifier_*.py"
NOT_PROBES = frozenset({"test_classifier_sets.py"})  # scores the labelled sets; no cases
PROBE_ATTRIBUTES = ("CASES", "PARAMS", "HARD_NEGATIVES")
SEED = 20240611
EPOCHS = 12
LEARNING_RATE = 2.0
L2 = 1e-5
MIN_DOCUMENT_FREQUENCY = 2
FOLDS = 5
TARGET_PRECISION = 0.95
# Where the fallback runs, the rules found no right and no complaint, so most texts there are
# no request at all: a kind may wrongly fire on at most this share of the texts labelled only
# `other`/`inquiry` (out of fold).
MAX_FALSE_ALARM_RATE = 0.005
MIN_WEIGHT = 0.01  # smaller weights are dropped from the file (a feature is worth ~0.1)
THRESHOLD_GRID = tuple(round(0.5 + 0.025 * i, 3) for i in range(20))  # 0.5 .. 0.975
FALLBACK_THRESHOLD = 0.99  # a kind whose folds never reach the target precision
DIGITS = 4

Sample = tuple[str, frozenset[str]]


# --- data -------------------------------------------------------------------------------


def labelled_set(folder: Path) -> Iterator[Sample]:
    """(text, kinds) of each non-automatic item of a labelled folder."""
    from intake.mail import parse

    for line in (folder / "labels.jsonl").read_text("utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        if item.get("auto_reply") or item.get("bounce"):
            continue
        path = folder / item["file"]
        if path.suffix.lower() == ".eml":
            parsed = parse(path.read_bytes())
            if parsed.auto_reply or parsed.bounce:
                continue
            text = parsed.new_text
        else:
            text = path.read_bytes().decode("utf-8", errors="replace").strip()
        yield text, frozenset(item["kinds"])


def probe_cases(path: Path) -> list[Sample]:
    """The (text, expected kinds) of one probe test module: its `CASES` (a list, or a dict
    of lists by language), `PARAMS` and `HARD_NEGATIVES`, as tuples or pytest.param values
    whose last value is the expected set and whose one before it is the text."""
    spec = importlib.util.spec_from_file_location(f"_fallback_probe_{path.stem}", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    cases: list[Sample] = []
    for name in PROBE_ATTRIBUTES:
        value = getattr(module, name, None)
        if value is None:
            continue
        if isinstance(value, dict):
            if name == "CASES" and hasattr(module, "PARAMS"):
                continue  # the same cases, collected from PARAMS
            value = [case for items in value.values() for case in items]
        for case in value:
            values = getattr(case, "values", case)
            text, expected = values[-2], values[-1]
            if isinstance(expected, str):
                expected = {expected}
            if not isinstance(text, str) or not isinstance(expected, set | frozenset):
                raise ValueError(f"{path.name}:{name}: unexpected case {case!r}")
            cases.append((text, frozenset(expected)))
    return cases


def training_samples(verbose: bool = False) -> list[Sample]:
    """Every training text once (the first label wins on a duplicate), sorted by text."""
    sources: list[tuple[str, list[Sample]]] = [
        (f"tests/{name}", list(labelled_set(TESTS_DIR / name))) for name in LABELLED_SETS
    ]
    for path in sorted((TESTS_DIR / "intake").glob(PROBE_FILES)):
        if path.name in NOT_PROBES:
            continue
        sources.append((f"tests/intake/{path.name}", probe_cases(path)))
    chosen: dict[str, frozenset[str]] = {}
    conflicts = 0
    for source, samples in sources:
        if verbose:
            print(f"{source:48s} {len(samples):5d}", file=sys.stderr)
        for text, kinds in samples:
            if text in chosen:
                conflicts += chosen[text] != kinds
                continue
            chosen[text] = kinds
    if verbose:
        print(
            f"{'distinct texts':48s} {len(chosen):5d} ({conflicts} label conflicts)",
            file=sys.stderr,
        )
    return sorted(chosen.items())


# --- model ------------------------------------------------------------------------------


def vectorize(samples: list[Sample]) -> tuple[list[str], list[list[int]]]:
    """The pruned vocabulary (sorted) and each text's sorted feature indices."""
    found = [features(text) for text, _kinds in samples]
    frequency = Counter(feature for item in found for feature in item)
    vocabulary = sorted(f for f, n in frequency.items() if n >= MIN_DOCUMENT_FREQUENCY)
    index = {feature: i for i, feature in enumerate(vocabulary)}
    rows = [sorted(index[f] for f in item if f in index) for item in found]
    return vocabulary, rows


def train(
    rows: list[list[int]], labels: list[frozenset[str]], size: int, scales: list[float]
) -> tuple[list[float], list[list[float]]]:
    """Per kind: bias and weights of a logistic regression, by SGD with exact L2."""
    rng = random.Random(SEED)
    orders = []
    for _epoch in range(EPOCHS):
        order = list(range(len(rows)))
        rng.shuffle(order)
        orders.append(order)
    biases = []
    all_weights = []
    for kind in FALLBACK_KINDS:
        weights = [0.0] * size
        bias = 0.0
        shrink = 1.0  # true weights are shrink * weights
        for epoch, order in enumerate(orders):
            rate = LEARNING_RATE / (1.0 + epoch)
            for i in order:
                row, x = rows[i], scales[i]
                margin = bias + shrink * x * sum(map(weights.__getitem__, row))
                p = 1.0 / (1.0 + math.exp(-margin)) if margin > -30 else 0.0
                gradient = (1.0 if kind in labels[i] else 0.0) - p
                shrink *= 1.0 - rate * L2
                bias += rate * gradient
                if abs(gradient) > 1e-6:
                    delta = rate * gradient * x / shrink
                    for j in row:
                        weights[j] += delta
                if shrink < 1e-6:
                    weights = [w * shrink for w in weights]
                    shrink = 1.0
        biases.append(bias)
        all_weights.append([w * shrink for w in weights])
    return biases, all_weights


def fit(samples: list[Sample]) -> tuple[list[str], list[float], list[list[float]]]:
    vocabulary, rows = vectorize(samples)
    scales = [1.0 / math.sqrt(len(features(text)) or 1) for text, _kinds in samples]
    biases, weights = train(rows, [kinds for _t, kinds in samples], len(vocabulary), scales)
    return vocabulary, biases, weights


def as_model(
    vocabulary: list[str], biases: list[float], weights: list[list[float]], thresholds: dict
) -> dict:
    table = {}
    for j, feature in enumerate(vocabulary):
        row = [round(w[j] * 10**DIGITS) for w in weights]
        if max(map(abs, row)) >= MIN_WEIGHT * 10**DIGITS:
            table[feature] = row
    return {
        "kinds": list(FALLBACK_KINDS),
        "biases": [round(b, DIGITS) for b in biases],
        "thresholds": thresholds,
        "weight_unit": 10**-DIGITS,
        "weights": table,
    }


# --- cross-validation ------------------------------------------------------------------


def out_of_fold(samples: list[Sample]) -> list[tuple[float, ...]]:
    """Each sample's probabilities from the model trained on the other folds."""
    order = list(range(len(samples)))
    random.Random(SEED + 1).shuffle(order)
    fold_of = {i: n % FOLDS for n, i in enumerate(order)}
    result: list[tuple[float, ...]] = [()] * len(samples)
    for fold in range(FOLDS):
        train_set = [s for i, s in enumerate(samples) if fold_of[i] != fold]
        vocabulary, biases, weights = fit(train_set)
        thresholds = {kind: 1.0 for kind in FALLBACK_KINDS}
        model = model_from_json(as_model(vocabulary, biases, weights, thresholds))
        for i, (text, _kinds) in enumerate(samples):
            if fold_of[i] == fold:
                result[i] = model.scores(text)
    return result


def precision_recall(pairs: Iterable[tuple[bool, bool]]) -> tuple[float, float, int, int]:
    """(precision, recall, predicted, expected) of (predicted, expected) pairs."""
    tp = fp = fn = 0
    for predicted, expected in pairs:
        tp += predicted and expected
        fp += predicted and not expected
        fn += expected and not predicted
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, tp + fp, tp + fn


def choose_thresholds(samples: list[Sample], oof: list[tuple[float, ...]]) -> dict[str, float]:
    """Per kind, the lowest grid threshold whose out-of-fold precision reaches
    `TARGET_PRECISION` and whose false alarms on no-request texts stay within
    `MAX_FALSE_ALARM_RATE`."""
    thresholds = {}
    quiet = [not (kinds - {"other", "inquiry"}) for _t, kinds in samples]
    for k, kind in enumerate(FALLBACK_KINDS):
        chosen = FALLBACK_THRESHOLD
        negatives = sum(
            q and kind not in kinds for q, (_t, kinds) in zip(quiet, samples, strict=True)
        )
        for threshold in THRESHOLD_GRID:
            precision, _recall, predicted, _expected = precision_recall(
                (p[k] >= threshold, kind in kinds)
                for p, (_t, kinds) in zip(oof, samples, strict=True)
            )
            alarms = sum(
                q and p[k] >= threshold and kind not in kinds
                for q, p, (_t, kinds) in zip(quiet, oof, samples, strict=True)
            )
            if (
                predicted
                and precision >= TARGET_PRECISION
                and alarms <= MAX_FALSE_ALARM_RATE * negatives
            ):
                chosen = threshold
                break
        thresholds[kind] = chosen
    return thresholds


def above_quiet_texts(samples: list[Sample], model: Model, thresholds: dict) -> dict:
    """The thresholds, each raised (along the grid) above the shipped model's own score for
    every training text that is no request of that kind (labelled only `other`/`inquiry`):
    the probe tests' hard negatives must stay out."""
    raised = dict(thresholds)
    for text, kinds in samples:
        if kinds - {"other", "inquiry"}:
            continue
        for kind, probability in zip(model.kinds, model.scores(text), strict=True):
            if kind not in kinds and probability >= raised[kind]:
                raised[kind] = next(
                    (t for t in THRESHOLD_GRID if t > probability), FALLBACK_THRESHOLD
                )
    return raised


def report(samples: list[Sample], oof: list[tuple[float, ...]], thresholds: dict) -> None:
    """Out-of-fold figures: the fallback alone, and rules + fallback under the hook policy."""
    from intake.classifier import classify

    rules = [set(classify(text, fallback=False).kinds) for text, _kinds in samples]
    gated = [not (kinds - {"other", "inquiry"}) for kinds in rules]
    combined = []
    for found, gate, p in zip(rules, gated, oof, strict=True):
        kinds = set(found)
        if gate:
            added = {k for i, k in enumerate(FALLBACK_KINDS) if p[i] >= thresholds[k]}
            if added:
                kinds = (kinds - {"other", "inquiry"}) | added
                if kinds - {"inquiry"}:
                    kinds.discard("inquiry")
        combined.append(kinds)
    print(f"{FOLDS}-fold out-of-fold, {len(samples)} texts; thresholds {thresholds}")
    print(
        "kind         | model alone: prec recall  n | rules: prec recall | rules+model: prec recall"
    )
    for k, kind in enumerate(FALLBACK_KINDS):
        expected = [kind in kinds for _t, kinds in samples]
        alone = precision_recall(
            (p[k] >= thresholds[kind], e) for p, e in zip(oof, expected, strict=True)
        )
        ruled = precision_recall((kind in r, e) for r, e in zip(rules, expected, strict=True))
        both = precision_recall((kind in c, e) for c, e in zip(combined, expected, strict=True))
        print(
            f"{kind:12s} | {alone[0]:.3f} {alone[1]:.3f} {alone[3]:4d} |"
            f" {ruled[0]:.3f} {ruled[1]:.3f} | {both[0]:.3f} {both[1]:.3f}"
        )
    fired = sum(c != r for c, r in zip(combined, rules, strict=True))
    print(f"gated texts (rules: other/inquiry only): {sum(gated)}; fallback changed {fired}")


# --- main -------------------------------------------------------------------------------


def build(verbose: bool = False, show_report: bool = False) -> str:
    """The model file's text, trained from scratch."""
    samples = training_samples(verbose)
    oof = out_of_fold(samples)
    thresholds = choose_thresholds(samples, oof)
    vocabulary, biases, weights = fit(samples)
    model = as_model(vocabulary, biases, weights, thresholds)
    model["thresholds"] = above_quiet_texts(samples, model_from_json(model), thresholds)
    if show_report:
        report(samples, oof, model["thresholds"])
    digest = hashlib.sha256(
        json.dumps([[t, sorted(k)] for t, k in samples], ensure_ascii=False).encode()
    ).hexdigest()
    model["training"] = {"texts": len(samples), "sha256": digest, "seed": SEED}
    return json.dumps(model, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    parser.add_argument("--report", action="store_true", help="print cross-validation figures")
    args = parser.parse_args(argv)
    text = build(verbose=True, show_report=args.report)
    if args.check:
        same = MODEL_PATH.exists() and MODEL_PATH.read_text("utf-8") == text
        print("model file is up to date" if same else "model file differs: retrain")
        return 0 if same else 1
    MODEL_PATH.write_text(text, "utf-8")
    print(f"wrote {MODEL_PATH} ({len(text.encode()):,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
