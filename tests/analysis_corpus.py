"""What the analyzer's speed tests (tests/unit/test_analysis_speed*.py) read: the evaluation sets, loaded once a
run, each text's sentences and segments, cut once, and the cues the STAR reading searches for. Those tests check
each fast path against its plain computation over these texts, so every one of them reads the same ones. Also the
reviews' answers of eval/judgement/, as the judgement and screening tests read them (`probe_answers`)."""

import json
from functools import cache
from pathlib import Path

from interview.analysis import star
from interview.analysis.model import QuestionContext
from interview.analysis.text import Sentence, split_segments, split_sentences

EVAL = Path(__file__).resolve().parents[1] / "eval"

# Every cue the STAR reading searches an answer's segments for.
STAR_CUES = (*star.SITUATION_CUES, *star.TASK_CUES, *star.RESULT_CUES, *star.EXPECTED_RESULT_CUES, *star._ACTIONS,
             star.REFLECTION, star.MEASURABLE)


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


# eval/reserve/ holds graded files kept unmeasured for the next engine change: no test reads them.
RESERVED = EVAL / "reserve"


@cache
def _eval_records() -> tuple[dict, ...]:
    return tuple(record for path in sorted(EVAL.glob("*/*.jsonl")) if path.parent != RESERVED
                 for record in _records(path))


@cache
def eval_items() -> tuple[dict, ...]:
    """Every question of the graded evaluation sets, with its key points, model answer and graded answers."""
    return tuple(record for record in _eval_records() if "answers" in record)


@cache
def eval_texts() -> tuple[str, ...]:
    """Every text of the evaluation sets, question by question: the question, its model answer, its key points and
    its answers; then the judgement excerpts and stories (eval/judgement/) and the labelled stories (eval/star/),
    whole."""
    graded = (text for item in eval_items() for text in (
        item["question_text"], item.get("sample_answer", ""), *item["key_points"],
        *(answer["answer"] for answer in item["answers"])))
    others = (record["text"] if "text" in record else record["answer"] if "answer" in record
              else " ".join(s["text"] for s in record["sentences"])
              for record in _eval_records() if "answers" not in record)
    return (*graded, *others)


@cache
def sentences_of(text: str) -> tuple[Sentence, ...]:
    """split_sentences(text), cut once a run (a tuple: the cut is shared, so nobody may change it)."""
    return tuple(split_sentences(text))


@cache
def segments_of(text: str) -> tuple[Sentence, ...]:
    """split_segments(text, split_sentences(text)): the ideas the analyzer reads, cut once a run."""
    return tuple(split_segments(text, list(sentences_of(text))))


def probe_answers(path: Path) -> list[tuple[str, str, QuestionContext, str]]:
    """A review's answers (eval/judgement/): (id, label "strong" or "poor", question, answer)."""
    return [(item["id"], item["label"], QuestionContext.model_validate(
        {k: item[k] for k in ("question_text", "question_type", "key_points", "sample_answer")}), item["answer"])
        for item in _records(path)]
