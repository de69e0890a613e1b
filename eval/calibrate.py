"""Fit the overall-score model (interview/analysis/overall.py) to graded answers, measure it on each graded
file left out of the fit, and write the fitted weights to interview/analysis/overall_model.py.

    python eval/calibrate.py [--write] [GRADED.jsonl ...]
        (make calibrate: --write, on the default files: eval/graded/, eval/holdout/ and eval/read/)

The model: overall = intercept + linear . z + sum of out_j * tanh(units_j . z + bias_j), with z the inputs
standardised over the fit's answers. Every weight of `linear`, `units` and `out` is held at zero or above
(so the overall never falls when an input rises) and the weighted mean's linear weight at `min_slope` point
per point or above. It is fitted by full-batch Adam on the squared distance from the grade's band centre,
from a fixed seed: the same files give the same model.

Each graded file is also left out in turn and the model fitted on the rest scores it: that table is what the
model does on answers it was not fitted to (optimistic still: the model's shape and the rubric were chosen
with these files in view). Without --write nothing is written. eval/unseen/ is never fitted: its files are
kept for a first look at a new engine.
"""

import argparse
import json
import pprint
import textwrap
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from interview.analysis.evaluation import (
    CENTRES,
    centre_distance,
    load_graded,
    overlap_baseline,
    pairs_ordered,
    spearman,
)
from interview.analysis.overall import INPUTS, overall_inputs, overall_score
from interview.analysis.reading import read_answer
from interview.analysis.rubric_scoring import capped_dimensions

ROOT = Path(__file__).resolve().parents[1]

MODEL_FILE = ROOT / "layers" / "interview" / "interview" / "analysis" / "overall_model.py"
# Each graded answer's misconception chance under the model trained without its file (eval/train_misconception.py)
MISCONCEPTION_LEFT_OUT = ROOT / "eval" / "misconception_left_out.json"
# Every graded file but eval/unseen/'s. eval/read/ joined the fit at rubric-1.14.1: its grade-1 stories are choices an
# interviewer would question, told fluently, which the older files have few of (docs/decisions.md).
GRADED = sorted([*(ROOT / "eval" / "graded").glob("*.jsonl"), *(ROOT / "eval" / "holdout").glob("*.jsonl"),
                 *(ROOT / "eval" / "read").glob("*.jsonl")])
HIDDEN = 3  # tanh units: two or three already order the answers; more fit the writers' habits
# weight decay on the units' input weights: keeps one more concept, a little soundness or conduct from jumping
L2 = 0.4
MIN_SLOPE = 0.3  # overall points per point of the weighted mean, at the least
SEED = 0
STEPS, RATE = 6000, 0.02


@dataclass(frozen=True)
class Row:
    file: str
    question: str
    grade: int
    inputs: tuple[float, ...]
    dimensions: dict[str, int]
    cap: float  # what the answer's flags and lists cap the overall at (rubric_scoring.overall_cap)
    baseline: float


def rows_of(paths: list[Path]) -> list[Row]:
    """Every graded answer's inputs, dimensions and cap. The misconception model is trained on the files of GRADED,
    so for their answers the input is the chance under the model trained without the answer's file
    (eval/train_misconception.py wrote it to MISCONCEPTION_LEFT_OUT): what an answer the analyzer meets gets, and
    what the overall should learn to trust. A file of GRADED without its chances there is an error (the trainer was
    not run since it came); any other file keeps the analyzer's own. When a file is left out of the fit below, the
    other files' chances still come from models that were trained on it: a little flattering."""
    left_out = json.loads(MISCONCEPTION_LEFT_OUT.read_text(encoding="utf-8"))
    trained = {path.stem for path in GRADED}
    at = INPUTS.index("misconception_free")
    rows = []
    for path in paths:
        if path.stem in trained and path.stem not in left_out:
            raise SystemExit(f"{MISCONCEPTION_LEFT_OUT.name} has no chances for {path.name}: run "
                             "`make train-misconception` first")
        for q in load_graded([path]):
            for grade, answer in q.answers:
                reading = read_answer(q.question, answer)
                dims, cap = capped_dimensions(reading)
                inputs = overall_inputs(reading, dims)
                if path.stem in trained:
                    inputs = (*inputs[:at], 1.0 - left_out[path.stem][q.id][str(grade)], *inputs[at + 1:])
                rows.append(Row(path.stem, q.id, grade, inputs, dims, cap, overlap_baseline(q.question, answer)))
    return rows


# Fitting --------------------------------------------------------------------------------------------------

def fit(rows: list[Row], hidden: int = HIDDEN, l2: float = L2, min_slope: float = MIN_SLOPE, seed: int = SEED,
        steps: int = STEPS, rate: float = RATE) -> dict:
    x = np.array([r.inputs for r in rows], dtype=float)
    y = np.array([CENTRES[r.grade] for r in rows], dtype=float)
    centre, scale = x.mean(0), x.std(0)
    scale[scale == 0] = 1.0  # an input that never varies in the fit stays as it is
    z = (x - centre) / scale
    n, d = z.shape
    rng = np.random.default_rng(seed)
    params = {
        "units": rng.uniform(0, 0.5, (hidden, d)),
        "bias": rng.normal(0, 0.5, hidden),
        "out": rng.uniform(5, 15, hidden),
        "linear": np.zeros(d),
        "intercept": np.array(y.mean()),
    }
    # Lower bounds: a weight that could make the overall fall with a rising input stays at zero or above.
    floor_linear = np.zeros(d)
    floor_linear[INPUTS.index("weighted_mean")] = min_slope * scale[INPUTS.index("weighted_mean")]
    floors = {"units": 0.0, "out": 0.0, "linear": floor_linear}
    params["linear"] = np.maximum(params["linear"], floor_linear)
    moments = {k: (np.zeros_like(v), np.zeros_like(v)) for k, v in params.items()}
    for step in range(1, steps + 1):
        grads = _gradients(params, z, y, l2)
        lr = rate * (0.1 ** (step / steps))  # decays tenfold over the run
        for k, g in grads.items():
            m, v = moments[k]
            m[...] = 0.9 * m + 0.1 * g
            v[...] = 0.999 * v + 0.001 * g * g
            params[k] = params[k] - lr * (m / (1 - 0.9 ** step)) / (np.sqrt(v / (1 - 0.999 ** step)) + 1e-8)
            if k in floors:
                params[k] = np.maximum(params[k], floors[k])
    return {
        "inputs": INPUTS,
        "centre": tuple(round(float(c), 6) for c in centre),
        "scale": tuple(round(float(s), 6) for s in scale),
        "intercept": round(float(params["intercept"]), 6),
        "linear": tuple(round(float(w), 6) for w in params["linear"]),
        "units": tuple((tuple(round(float(w), 6) for w in params["units"][j]), round(float(params["bias"][j]), 6),
                        round(float(params["out"][j]), 6)) for j in range(hidden)),
    }


def _gradients(p: dict, z: np.ndarray, y: np.ndarray, l2: float) -> dict:
    hidden = np.tanh(z @ p["units"].T + p["bias"])
    error = hidden @ p["out"] + z @ p["linear"] + p["intercept"] - y
    g = 2 * error / len(y)
    back = np.outer(g, p["out"]) * (1 - hidden ** 2)
    return {
        "units": back.T @ z + 2 * l2 * p["units"],
        "bias": back.sum(0),
        "out": hidden.T @ g,
        "linear": z.T @ g,
        "intercept": np.array(g.sum()),
    }


def overall_of(row: Row, model: dict) -> int:
    """What the engine would serve with this model."""
    return overall_score(row.inputs, row.dimensions, row.cap, model)


# Measuring ------------------------------------------------------------------------------------------------

def measure(rows: list[Row], scores: list[float]) -> tuple[float, float, float]:
    """Spearman with the grade, share of within-question pairs ordered as their grades, mean distance from the
    band centres."""
    by_question: dict[str, list[tuple[int, float]]] = {}
    for row, s in zip(rows, scores, strict=True):
        by_question.setdefault(row.question, []).append((row.grade, s))
    grades = [r.grade for r in rows]
    return (spearman(scores, [float(g) for g in grades]), pairs_ordered(by_question.values()),
            centre_distance(grades, scores))


def left_out_table(rows: list[Row], **fit_args) -> str:
    lines = ["| file left out | answers | Spearman | pairs ordered | distance from centres | weighted mean alone | "
             "word overlap |", "|---|---|---|---|---|---|---|"]
    for name in sorted({r.file for r in rows}):
        held = [r for r in rows if r.file == name]
        model = fit([r for r in rows if r.file != name], **fit_args)
        sp, pairs, dist = measure(held, [overall_of(r, model) for r in held])
        msp, mpairs, _ = measure(held, [r.inputs[0] for r in held])
        bsp, bpairs, _ = measure(held, [r.baseline for r in held])
        lines.append(f"| {name} | {len(held)} | {sp:.3f} | {pairs:.1%} | {dist:.1f} | {msp:.3f} / {mpairs:.1%} | "
                     f"{bsp:.3f} / {bpairs:.1%} |")
    return "\n".join(lines)


def write_model(model: dict, rows: list[Row], path: Path = MODEL_FILE) -> None:
    files = sorted({r.file for r in rows})
    path.write_text(
        '"""Weights of the overall-score model (overall.py), written by `make calibrate` (eval/calibrate.py).\n'
        "Do not edit by hand: change the graded answers or the fit, and run it again.\n\n"
        + textwrap.fill(f"Fitted on {len(rows)} graded answers from {len(files)} files: {', '.join(files)}. "
                        f"Settings: {HIDDEN} tanh units, weight decay {L2}, at least {MIN_SLOPE} point per point of "
                        f"the weighted mean, seed {SEED}.", width=110)
        + '\n"""\n\n'
        f"MODEL = {pprint.pformat(model, width=110, sort_dicts=False)}\n",
        encoding="utf-8",
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="*", type=Path,
                        help="graded JSON lines (default: eval/graded/, eval/holdout/, eval/read/)")
    parser.add_argument("--write", action="store_true", help=f"write the model fitted on all to {MODEL_FILE.name}")
    args = parser.parse_args(argv)
    rows = rows_of(args.files or GRADED)
    files = {r.file for r in rows}
    print(f"# {len(rows)} graded answers from {len(files)} files\n")
    if len(files) > 1:
        print("Each file scored by the model fitted on the others:\n")
        print(left_out_table(rows))
    model = fit(rows)
    sp, pairs, dist = measure(rows, [overall_of(r, model) for r in rows])
    print(f"\nFitted on all: Spearman {sp:.3f}, pairs {pairs:.1%}, distance {dist:.1f}")
    if args.write:
        write_model(model, rows)
        print(f"written: {MODEL_FILE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
