"""Train the conduct model (interview/analysis/conduct.py) on the labelled excerpts of eval/conduct/, measure it
on excerpts it was not trained on, and write its weights to interview/analysis/conduct_model.json.

    python eval/train_conduct.py [--write] [TRAIN.jsonl ...]   (make train-conduct: --write, eval/conduct/)

Each line of a training file is {"bad": true|false, "text": "..."}: an excerpt of an interview answer, unsound
conduct or practice, or not. The model is a logistic regression over conduct.features of the excerpt's sentences, each
feature seen in at least MIN_COUNT excerpts, fitted by full-batch Adam with an L2 penalty from zero weights: the
same files give the same model. It is measured by K-fold cross-validation on the training files and on
eval/judgement/excerpts.jsonl, which it is never trained on.
"""

import argparse
import json
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import numpy as np

from interview.analysis.conduct import MODEL_FILE, features, probability
from interview.analysis.text import split_sentences

ROOT = Path(__file__).resolve().parents[1]
TRAIN = sorted((ROOT / "eval" / "conduct").glob("*.jsonl"))
TEST = ROOT / "eval" / "judgement" / "excerpts.jsonl"
MIN_COUNT = 5
L2 = 0.1
STEPS, RATE = 400, 0.05
FOLDS = 5


def examples(paths: list[Path]) -> list[tuple[set[str], int]]:
    out = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                found: set[str] = set()
                for sentence in split_sentences(item["text"]):
                    found |= features(sentence)
                out.append((found, int(bool(item["bad"]))))
    return out


def train(data: list[tuple[set[str], int]], l2: float = L2, min_count: int = MIN_COUNT, steps: int = STEPS,
          rate: float = RATE) -> dict:
    counts: dict[str, int] = {}
    for found, _ in data:
        for f in found:
            counts[f] = counts.get(f, 0) + 1
    vocabulary = sorted(f for f, c in counts.items() if c >= min_count)
    column = {f: i for i, f in enumerate(vocabulary)}
    x = np.zeros((len(data), len(vocabulary)))
    for row, (found, _) in enumerate(data):
        known = [column[f] for f in found if f in column]
        if known:
            x[row, known] = 1.0 / np.sqrt(len(known))
    y = np.array([label for _, label in data], dtype=float)
    w, b = np.zeros(len(vocabulary)), 0.0
    m, v, mb, vb = np.zeros_like(w), np.zeros_like(w), 0.0, 0.0
    for t in range(1, steps + 1):
        p = 1.0 / (1.0 + np.exp(-(x @ w + b)))
        g = x.T @ (p - y) / len(y) + l2 * w / len(y)
        gb = float((p - y).mean())
        m, v = 0.9 * m + 0.1 * g, 0.999 * v + 0.001 * g * g
        mb, vb = 0.9 * mb + 0.1 * gb, 0.999 * vb + 0.001 * gb * gb
        w -= rate * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
        b -= rate * (mb / (1 - 0.9 ** t)) / (np.sqrt(vb / (1 - 0.999 ** t)) + 1e-8)
    weights = {f: round(float(w[i]), 4) for f, i in column.items() if abs(w[i]) >= 5e-4}
    return {"bias": round(float(b), 4), "weights": dict(sorted(weights.items()))}


def left_out_by_file[T](data: Sequence[T], fit: Callable[[list[T]], dict], score: Callable[[T, dict], float],
                        files: Iterable[str] | None = None) -> list[tuple[float, T]]:
    """Each file's items (of `files`, or every file) scored by the model fitted on every other file's: the honest
    figure of the graded-file trainers (train_focus.py, train_misconception.py). Items have a `file`."""
    scored = []
    for name in files or sorted({item.file for item in data}):
        model = fit([item for item in data if item.file != name])
        scored += [(score(item, model), item) for item in data if item.file == name]
    return scored


def write_json(path: Path, data: dict) -> None:
    """A model (or its chances) as the trainers write it: one entry a line, sorted, so a retrained model's diff shows
    which features moved."""
    path.write_text(json.dumps(data, indent=0, sort_keys=True) + "\n", encoding="utf-8")


def auc(scored: list[tuple[float, int]]) -> float:
    pos = [p for p, label in scored if label]
    neg = [p for p, label in scored if not label]
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / max(1, len(pos) * len(neg))


def report(name: str, scored: list[tuple[float, int]]) -> str:
    bad = sum(label for _, label in scored)
    caught = sum(p >= 0.5 and label for p, label in scored)
    false = sum(p >= 0.5 and not label for p, label in scored)
    return (f"| {name} | {len(scored)} | {auc(scored):.3f} | {caught}/{bad} | {false}/{len(scored) - bad} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, default=TRAIN)
    parser.add_argument("--write", action="store_true", help=f"write the model to {MODEL_FILE.name}")
    args = parser.parse_args(argv)
    data = examples(args.files)
    folded = []
    for fold in range(FOLDS):
        model = train([d for i, d in enumerate(data) if i % FOLDS != fold])
        folded += [(probability(found, model), label) for i, (found, label) in enumerate(data) if i % FOLDS == fold]
    model = train(data)
    print(f"# conduct model: {len(data)} excerpts from {len(args.files)} files, {len(model['weights'])} weights\n")
    print("| measured on | excerpts | AUC | unsound caught (p >= 0.5) | sound called unsound |")
    print("|---|---|---|---|---|")
    print(report(f"training files, {FOLDS}-fold", folded))
    print(report(TEST.name + " (never trained on)", [(probability(f, model), y) for f, y in examples([TEST])]))
    if args.write:
        write_json(MODEL_FILE, model)
        print(f"\nwrote {MODEL_FILE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
