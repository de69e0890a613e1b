"""Train the focus model (interview/analysis/focus.py) on graded answers, grade 0 against grades 1-4, measure it on
each graded file it was not trained on, and write its weights to interview/analysis/focus_model.json.

    python eval/train_focus.py [--write] [GRADED.jsonl ...]
        (make train-focus: --write, on the overall's files: eval/graded/, eval/holdout/ and eval/read/)

The model is conduct's: a logistic regression over focus.features of each reply, each feature seen in at least
MIN_COUNT replies, fitted by eval/train_conduct.py's trainer (the same files give the same model). The table is the
honest figure: each file scored by the model trained on all the others, over every reply and over the replies the
rule can take (focus.in_bounds: little of the key points' credit, far from the question), with how many of them it
takes at focus.STRAYS_MIN, each scored as the analyzer scores it (focus.chance). eval/unseen/ and eval/reserve/ are
never trained on.
"""

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # its sibling scripts, however it is loaded

from calibrate import GRADED  # noqa: E402
from train_conduct import auc, left_out_by_file, train, write_json  # noqa: E402

from interview.analysis import focus  # noqa: E402
from interview.analysis.evaluation import load_graded  # noqa: E402
from interview.analysis.reading import read_answer  # noqa: E402
from interview.analysis.rubric_scoring import relevance  # noqa: E402
from interview.analysis.text import Sentence  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
MIN_COUNT = 5


@dataclass(frozen=True)
class Reply:
    file: str
    grade: int
    features: frozenset[str]  # the whole reply's, which the model is trained on
    segments: list[Sentence]  # what focus.chance reads under each model
    question: frozenset[str]
    reference: frozenset[str]
    candidate: bool  # within the bounds where the rule decides (focus.in_bounds)

    @property
    def label(self) -> int:
        return int(self.grade == 0)

    def chance(self, model: dict) -> float:
        return focus.chance(self.segments, self.question, self.reference, model)


def replies(paths: list[Path]) -> list[Reply]:
    out = []
    for path in paths:
        for question in load_graded([path]):
            for grade, answer in question.answers:
                reading = read_answer(question.question, answer)
                asked, reference = reading.vocabulary.question, reading.vocabulary.reference
                out.append(Reply(path.stem, grade, frozenset(focus.features(reading.segments, asked, reference)),
                                 reading.segments, asked, reference,
                                 focus.in_bounds(reading.point_credit, relevance(reading))))
    return out


def fit(data: list[Reply]) -> dict:
    return train([(set(reply.features), reply.label) for reply in data], min_count=MIN_COUNT)


def left_out(data: list[Reply]) -> list[tuple[float, Reply]]:
    """Each file's replies scored by the model trained on every other file."""
    return left_out_by_file(data, fit, Reply.chance)


def row(name: str, scored: list[tuple[float, Reply]]) -> str:
    taken = [(p, reply) for p, reply in scored if reply.candidate and p >= focus.STRAYS_MIN]
    zero = sum(reply.label for _, reply in scored)
    return (f"| {name} | {len(scored)} | {auc([(p, r.label) for p, r in scored]):.3f} "
            f"| {auc([(p, r.label) for p, r in scored if r.candidate]):.3f} "
            f"| {sum(r.label for _, r in taken)}/{zero} | {sum(1 - r.label for _, r in taken)}/{len(scored) - zero} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, default=GRADED)
    parser.add_argument("--write", action="store_true", help=f"write the model to {focus.MODEL_FILE.name}")
    args = parser.parse_args(argv)
    data = replies(args.files)
    model = fit(data)
    print(f"# focus model: {len(data)} replies from {len(args.files)} files, {len(model['weights'])} weights\n")
    print("Each file scored by the model trained on the others. AUC: grade 0 against the rest, over every reply and "
          f"over those within the rule's bounds; taken: within the bounds and at {focus.STRAYS_MIN} or more.\n")
    print("| file | replies | AUC | AUC within bounds | grade 0 taken | grades 1-4 taken |")
    print("|---|---|---|---|---|---|")
    scored = left_out(data)
    for name in sorted({reply.file for reply in data}):
        print(row(name, [(p, r) for p, r in scored if r.file == name]))
    print(row("all files", scored))
    if args.write:
        write_json(focus.MODEL_FILE, model)
        print(f"\nwrote {focus.MODEL_FILE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
