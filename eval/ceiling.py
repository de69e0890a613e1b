"""How far can the rubric's readings order answers at all, whatever overall is built from them?

    python eval/ceiling.py        (make ceiling; about half a minute)

The overall (interview/analysis/overall.py) is a small monotone model over seven inputs. When it misses on files it
was not fitted to, is it the model or what it is given? This reads every graded answer once and takes 29 of its
measures (the seven inputs, the dimensions, the parts of soundness, coverage, length, names, examples, …; not the
hedges: the graded files' writers hedge their grade-2 answers, and a score that rose with hedging would coach the
wrong habit), then prints, for the older fitted files (eval/graded/, eval/holdout/), eval/unseen/ and eval/read/
(fitted too since rubric-1.14.1, kept apart here):

- each measure alone: the share of grade-1/grade-2 and grade-1/grade-3 pairs of one question it orders as the
  grades are (a measure that falls as the answer gets better, such as sweeping claims, scores under 50 %);
- a pairwise linear model over all 29 (logistic on the differences within a question), fitted on the fitted files
  and, as the ceiling of any linear overall, on eval/unseen/ and eval/read/ themselves: the share of all pairs
  ordered on each set;
- with scikit-learn importable (it is not a dependency: `pip install scikit-learn` in the venv), a gradient-boosted
  model over the same measures, fitted on the fitted files, and on the fitted and read ones.

Nothing here is served or written; decisions.md says what the figures decided.
"""

import collections
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))  # its sibling scripts, however it is loaded

from calibrate import MISCONCEPTION_LEFT_OUT  # noqa: E402

from interview.analysis.evaluation import CENTRES, load_graded, pairs_ordered  # noqa: E402
from interview.analysis.overall import INPUTS, overall_inputs, overall_score  # noqa: E402
from interview.analysis.reading import read_answer  # noqa: E402
from interview.analysis.rubric_scoring import capped_dimensions  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
FITTED = sorted([*(ROOT / "eval" / "graded").glob("*.jsonl"), *(ROOT / "eval" / "holdout").glob("*.jsonl")])
UNSEEN = sorted((ROOT / "eval" / "unseen").glob("*.jsonl"))
READ = sorted((ROOT / "eval" / "read").glob("*.jsonl"))
# The overall model's inputs, renamed where a dimension of the same name is among the measures too.
INPUT_NAMES = tuple(f"{name}_input" if name in ("clarity", "communication") else name for name in INPUTS)


def measures(reading) -> tuple[dict[str, float], int]:
    """The answer's measures, and the overall the analyzer serves for it."""
    dims, cap = capped_dimensions(reading)
    inputs = overall_inputs(reading, dims)
    s = reading.soundness
    ideas = max(1, len(reading.segments))
    return dict(zip(INPUT_NAMES, inputs, strict=True)) | {
        "sweeping_rate": s.sweeping_rate, "unsupported_rate": s.unsupported_rate,
        "contradictions": len(s.contradicted), "red_flags": len(s.red_flags), "confusion": len(s.confusion),
        "coverage": s.coverage, "point_credit": reading.point_credit, "words": reading.scored_words,
        "filler_rate": reading.filler_rate, "topic_share": reading.topic_share,
        "reference_share": reading.reference_share, "explained_share": reading.explained_share,
        "examples": len(reading.example_segments) / ideas, "measured": len(reading.measured_segments) / ideas,
        "named_terms": reading.named_terms, "proper_names": reading.proper_names,
        "signposted": len(reading.signposted) / ideas, **{name: float(v) for name, v in dims.items()},
    }, overall_score(inputs, dims, cap)


def rows_of(paths: list[Path]) -> tuple[list[tuple[str, int, dict[str, float]]], list[int]]:
    """(question, grade, measures) for every graded answer of the files, and the overall served for each. An answer
    the misconception model was trained on is measured with its chance under the model trained without its file,
    as eval/calibrate.py fits the overall to it (the served overall stays the analyzer's)."""
    left_out = json.loads(MISCONCEPTION_LEFT_OUT.read_text(encoding="utf-8"))
    rows, served = [], []
    for path in paths:
        for q in load_graded([path]):
            for grade, answer in q.answers:
                found, overall = measures(read_answer(q.question, answer))
                if path.stem in left_out:
                    found["misconception_free"] = 1.0 - left_out[path.stem][q.id][str(grade)]
                rows.append((f"{path.stem}:{q.id}", grade, found))
                served.append(overall)
    return rows, served


def by_question(rows, scores) -> list[list[tuple[int, float]]]:
    """Each question's (grade, score) pairs."""
    grouped: dict[str, list[tuple[int, float]]] = collections.defaultdict(list)
    for (question, grade, _), score in zip(rows, scores, strict=True):
        grouped[question].append((grade, float(score)))
    return list(grouped.values())


def pairs_of(rows, scores) -> dict[tuple[int, int], tuple[float, int]]:
    """For each pair of grades (low, high): the share of questions' pairs the scores order as the grades (for
    a measure alone, ties count half: most measures are often equal), and how many pairs."""
    counts: dict[tuple[int, int], list[float]] = collections.defaultdict(lambda: [0.0, 0])
    for answers in by_question(rows, scores):
        for high, a in answers:
            for low, b in answers:
                if high > low:
                    tally = counts[(low, high)]
                    tally[0] += (a > b) + 0.5 * (a == b)
                    tally[1] += 1
    return {key: (ok / n, n) for key, (ok, n) in counts.items()}


def all_pairs(rows, scores) -> float:
    """Share of all pairs ordered as the grades, as the harness counts it (a tie is misordered)."""
    return pairs_ordered(by_question(rows, scores))


def pairwise_linear(train, names: list[str], steps: int = 3000, l2: float = 0.01):
    """A linear score fitted by logistic loss on the differences of answers to one question: the best linear
    ordering of the measures. Returns a function from rows to scores."""
    x = np.array([[m[k] for k in names] for _, _, m in train])
    centre, scale = x.mean(0), x.std(0) + 1e-9
    z = (x - centre) / scale
    by_question: dict[str, list[tuple[int, int]]] = collections.defaultdict(list)
    for i, (question, grade, _) in enumerate(train):
        by_question[question].append((grade, i))
    diffs = np.array([z[i] - z[j] for answers in by_question.values()
                      for gi, i in answers for gj, j in answers if gi > gj])
    w = np.zeros(len(names))
    for _ in range(steps):
        p = 1 / (1 + np.exp(np.clip(diffs @ w, -30, 30)))
        w -= 0.5 * (-(diffs * p[:, None]).mean(0) + l2 * w)
    return lambda rows: ((np.array([[m[k] for k in names] for _, _, m in rows]) - centre) / scale) @ w


def main() -> int:
    read = {"fitted": rows_of(FITTED), "unseen": rows_of(UNSEEN), "read": rows_of(READ)}
    sets = {name: rows for name, (rows, _) in read.items()}
    names = list(sets["fitted"][0][2])
    print(f"# {', '.join(f'{k}: {len(v)} answers' for k, v in sets.items())}\n")
    print("Each measure alone: grade-1/grade-2 and grade-1/grade-3 pairs ordered as the grades\n")
    print("| measure | " + " | ".join(f"{k} 1<2 | {k} 1<3" for k in sets) + " |")
    print("|---|" + "---|---|" * len(sets))
    for name in names:
        cells = []
        for rows in sets.values():
            found = pairs_of(rows, [m[name] for _, _, m in rows])
            cells += [f"{found[(1, 2)][0]:.0%}", f"{found[(1, 3)][0]:.0%}"]
        print(f"| {name} | " + " | ".join(cells) + " |")
    print("\nAll pairs ordered\n")
    print("| model | " + " | ".join(sets) + " |")
    print("|---|" + "---|" * len(sets))
    served = [f"{all_pairs(rows, overall):.1%}" for rows, overall in read.values()]
    print("| served overall (overall_model.py: monotone, seven inputs, fitted on fitted and read) | "
          + " | ".join(served) + " |")
    for label, train in (("pairwise linear, fitted on fitted", sets["fitted"]),
                         ("pairwise linear, fitted on unseen + read (ceiling)", sets["unseen"] + sets["read"])):
        score = pairwise_linear(train, names)
        print(f"| {label} | " + " | ".join(f"{all_pairs(rows, score(rows)):.1%}" for rows in sets.values()) + " |")
    try:
        from sklearn.ensemble import HistGradientBoostingRegressor  # noqa: PLC0415
    except ImportError:
        print("\n(scikit-learn is not installed: the boosted model is skipped)")
        return 0
    for label, train in (("boosted trees, fitted on fitted", sets["fitted"]),
                         ("boosted trees, fitted on fitted + read", sets["fitted"] + sets["read"])):
        model = HistGradientBoostingRegressor(max_iter=300, learning_rate=0.05, max_leaf_nodes=15, random_state=0)
        model.fit([[m[k] for k in names] for _, _, m in train], [CENTRES[g] for _, g, _ in train])
        cells = [f"{all_pairs(rows, model.predict([[m[k] for k in names] for _, _, m in rows])):.1%}"
                 for rows in sets.values()]
        print(f"| {label} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
