"""Train the misconception model (interview/analysis/misconception.py) on graded answers, grade 1 against grades 2-4,
measure it on each graded file it was not trained on, and write its weights to
interview/analysis/misconception_model.json.

    python eval/train_misconception.py [--write] [GRADED.jsonl ...]
        (make train-misconception: --write, on the overall's files: eval/graded/, eval/holdout/ and eval/read/)

The model is conduct's: a logistic regression over misconception.features of each answer, each feature seen in at
least MIN_COUNT answers, fitted by eval/train_conduct.py's trainer (the same files give the same model). The table
is the honest figure: each file scored by the model trained on all the others. --write also writes those chances,
every graded answer's under the model trained without its file, to eval/misconception_left_out.json: the overall is
fitted to them (eval/calibrate.py), since an answer the analyzer meets was never trained on, and a model fitted to
the chances of answers it learned from would lean on it more than it deserves. eval/unseen/ and eval/reserve/ are
never trained on.
"""

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # its sibling scripts, however it is loaded

from calibrate import GRADED, MISCONCEPTION_LEFT_OUT  # noqa: E402
from train_conduct import auc, left_out_by_file, train, write_json  # noqa: E402

from interview.analysis import misconception  # noqa: E402
from interview.analysis.conduct import probability  # noqa: E402
from interview.analysis.evaluation import load_graded  # noqa: E402
from interview.analysis.reading import read_answer  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
MIN_COUNT = 5


@dataclass(frozen=True)
class Reply:
    file: str
    question: str
    grade: int
    features: frozenset[str]

    @property
    def label(self) -> int:
        return int(self.grade == 1)


def replies(paths: list[Path]) -> list[Reply]:
    return [Reply(path.stem, question.id, grade,
                  frozenset(misconception.features(read_answer(question.question, answer).segments)))
            for path in paths for question in load_graded([path]) for grade, answer in question.answers]


def fit(data: list[Reply]) -> dict:
    """The model over the answers of grade 1-4 (a non-answer is neither poor nor sound)."""
    return train([(set(reply.features), reply.label) for reply in data if reply.grade], min_count=MIN_COUNT)


def left_out(data: list[Reply], files: list[str] | None = None) -> list[tuple[float, Reply]]:
    """Each file's answers (of `files`, or every file) scored by the model trained on every other file."""
    return left_out_by_file(data, fit, lambda reply, model: probability(reply.features, model), files)


def row(name: str, scored: list[tuple[float, Reply]]) -> str:
    """AUC grade 1 against grade 2 and against grades 2-4, and within each question, whether the grade-1 answer is
    heard as poorer than the grade-2 one."""
    heard = {(reply.file, reply.question, reply.grade): p for p, reply in scored}
    pairs = [(p, heard[(f, q, 2)]) for (f, q, grade), p in heard.items() if grade == 1 and (f, q, 2) in heard]
    above = sum(one > two for one, two in pairs)
    return (f"| {name} | {sum(r.grade > 0 for _, r in scored)} "
            f"| {auc([(p, r.label) for p, r in scored if r.grade in (1, 2)]):.3f} "
            f"| {auc([(p, r.label) for p, r in scored if r.grade]):.3f} | {above}/{len(pairs)} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, default=GRADED)
    parser.add_argument("--write", action="store_true",
                        help=f"write the model to {misconception.MODEL_FILE.name} and the files' chances, each "
                             f"under the model trained without it, to {MISCONCEPTION_LEFT_OUT.name}")
    args = parser.parse_args(argv)
    data = replies(args.files)
    model = fit(data)
    print(f"# misconception model: {len(data)} answers from {len(args.files)} files, {len(model['weights'])} "
          "weights\n")
    print("Each file scored by the model trained on the others. AUC: grade 1 against grade 2 and against grades 2-4; "
          "1 above 2: questions whose grade-1 answer it hears as poorer than their grade-2 one.\n")
    print("| file | answers of grade 1-4 | AUC 1 vs 2 | AUC 1 vs 2-4 | 1 above 2 |")
    print("|---|---|---|---|---|")
    scored = left_out(data)
    for name in sorted({reply.file for reply in data}):
        print(row(name, [(p, r) for p, r in scored if r.file == name]))
    print(row("all files", scored))
    if args.write:
        write_json(misconception.MODEL_FILE, model)
        chances: dict[str, dict[str, dict[str, float]]] = {}
        for p, reply in scored:
            chances.setdefault(reply.file, {}).setdefault(reply.question, {})[str(reply.grade)] = round(p, 6)
        write_json(MISCONCEPTION_LEFT_OUT, chances)
        print(f"\nwrote {misconception.MODEL_FILE.relative_to(ROOT)} and {MISCONCEPTION_LEFT_OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
