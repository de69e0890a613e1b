"""Focus: how much a reply sounds like one that talks about something else instead of the question, learned from
graded replies.

The phrase rules of screening.py hear a reply that refuses or redirects in so many words. Most replies that do not
answer say neither: they tell the candidate's background in place of an answer ("I graduated last year with a first
in civil engineering…", "most of my testing work is actually infrastructure rather than web…", "in my last job
those calls went to the account managers; my role was mostly…"). They are fluent, they use the field's words, and
their shape is what gives them away: the candidate's "I'm", "I've" and "my last job" around words the question and
its reference never use, where an answer, even a poor one, works through the question's and the reference's words.

This is a logistic model over that shape. Each word of the reply is read as itself when it is a function word or a
generic one ("my", "really", "rather", "been"), and as its class when it carries content: "Q" a concept of the
question, "R" one of the key points or model answer, "O" any other, "N" a figure. Its features are those word classes
and pairs of neighbours within an idea, so it can learn "I've been O" and "the R" but no topic: a model trained on
nurses' and engineers' replies hears a plumber's. It is trained (eval/train_focus.py) on the graded answers the
overall is fitted to, grade 0 against grades 1-4, and measured on each graded file it was not trained on. A reply is
read whole and without its asides and pitches, and the lower chance counts (`chance`).

A learned ear is wrong sometimes, so it decides only where the reply also makes little of the key points and stays
far from the question (reading.py: the bounds of an outright redirect), never for a question about the candidate,
where talking about oneself is the answer, and only when it is sure (`STRAYS_MIN`).
"""

import json
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from interview.analysis import screening
from interview.analysis.conduct import probability as logistic
from interview.analysis.text import GENERIC_WORDS, STOP_WORDS, Sentence

START = "<s>"
QUESTION, REFERENCE, OTHER, NUMBER = "Q", "R", "O", "N"
# The chance from which a reply is heard as not answering. Over the graded files, each scored by a model trained on
# the others (eval/train_focus.py), 0.8 takes 414 of their 675 grade-0 replies and 1 of their 2,700 answers of grade
# 1-4; 0.7 took 507 and 8 once fresh48-55 joined them, whose grade-0 replies often explain a neighbouring question in
# the field's words, a shape nearer a weak answer's (it was 405 of 483 and 1 of 1,932 before; docs/decisions.md).
STRAYS_MIN = 0.8
# Words read as themselves: the generic ones, and function words written without their apostrophe ("ive", "dont", "id"),
# as a dictated reply writes them, so they are heard as in a written one.
_PLAIN_WORDS = GENERIC_WORDS | {word.replace("'", "") for word in STOP_WORDS if "'" in word}
# The trained model: {"bias": b, "weights": {feature: weight}}, written by eval/train_focus.py. Loaded when first
# needed: most answers never reach it.
MODEL_FILE = Path(__file__).with_name("focus_model.json")


@cache
def shipped_model() -> dict:
    return json.loads(MODEL_FILE.read_text(encoding="utf-8"))


def in_bounds(point_credit: float, relevance: float) -> bool:
    """Whether the model may decide: the reply makes at most an outright redirect's share of the key points' credit
    and stays under its relevance (`screening.REDIRECT_MAX_POINT_CREDIT`, `REDIRECT_MAX_RELEVANCE`)."""
    return point_credit <= screening.REDIRECT_MAX_POINT_CREDIT and relevance < screening.REDIRECT_MAX_RELEVANCE


def chance(segments: list[Sentence], question: frozenset[str], reference: frozenset[str],
           model: dict | None = None) -> float:
    """The model's chance that the reply tells something else in place of an answer. It reads the whole reply and,
    when that reaches STRAYS_MIN, the reply without its asides (`screening.ASIDES`) and ideas about the candidate
    (`screening.PITCH`), and gives the lower: "Great question." or "I'm very comfortable with data structures" around
    an explanation in the candidate's own words sounds like a reply about oneself, what is left without them does not,
    and a reply that only tells the candidate's background sounds so either way. Under STRAYS_MIN the whole reply's
    chance is given as it is: the second reading could only lower it, and its two pattern searches of every idea are
    the costly part. The model is trained on whole replies."""
    whole = probability(features(segments, question, reference), model)
    if whole < STRAYS_MIN:
        return whole
    rest = [idea for idea, mine in zip(segments, screening.pitching(segments), strict=True)
            if not mine and not screening.ASIDES.compiled.search(idea.lowered)]
    return min(whole, probability(features(rest, question, reference), model))


def features(segments: Iterable[Sentence], question: frozenset[str], reference: frozenset[str]) -> set[str]:
    """The reply's word classes and pairs of neighbouring ones, idea by idea. A content word that is not generic is
    read as its class (QUESTION, REFERENCE or OTHER, by its concept), a figure as NUMBER; any other word as itself,
    apostrophes dropped, so a reply dictated without them ("ive", "id") is heard as written."""
    found: set[str] = set()
    add = found.add
    for segment in segments:
        previous = START
        for word, concept, stop, content, _, _ in segment.tokens:
            if content and word not in _PLAIN_WORDS:
                item = QUESTION if concept in question else REFERENCE if concept in reference else OTHER
            elif not stop and not content:
                item = NUMBER  # a figure: the tokenizer's only words that are neither
            else:
                item = word.replace("'", "") if "'" in word else word
            add(item)
            add(previous + "_" + item)
            previous = item
    return found


def probability(found: Iterable[str], model: dict | None = None) -> float:
    """The model's chance that a reply with these features is not an answer to the question."""
    return logistic(found, model or shipped_model())
