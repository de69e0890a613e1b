"""Conduct: how much the choices and practices an answer describes sound like ones an interviewer would question,
learned from examples.

The red flags of judgement.py are phrases, each checked by hand against strong stories that could say it; they
are exact but hear few of the ways a poor choice is told ("I just marked the inspection done so the crew could
keep going"). This is the wider, softer ear: a logistic model over the words and word pairs of each idea of the
answer, trained (eval/train_conduct.py) on short excerpts of interview answers written for it and labelled sound
or unsound: blaming, hiding, skipping checks, bending numbers, over-promising, and as many sound ones that share
their words (a shortcut refused, a mistake owned, a narrow exception said as one, a hard call made well, a
vague but harmless answer).

It gives one figure per answer, the mean over its ideas of the chance that an idea is unsound, and the most
questionable idea as evidence. The figure is an input of the overall model (overall.py), not a cap: a learned ear
is wrong often enough that it should move a score, not sink it. Words after a negation until the clause ends are
told apart ("didn't ~tell"), so "I didn't tell my manager" and "I told my manager" weigh differently.
"""

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from math import exp, fsum, sqrt
from pathlib import Path

from interview.analysis.text import Sentence, word_set

# Words that open a negation's scope: the words after them, to the end of the clause, are marked.
_NEGATIONS = word_set("""
not no never without nor didnt dont doesnt wouldnt wont cant couldnt isnt wasnt arent werent hadnt havent hasnt
shouldnt cannot rather instead""")
# Words that end a clause, and so a negation's scope.
_CLAUSE_WORDS = word_set("but so because since although though while and")
START = "<s>"
# The trained model: {"bias": b, "weights": {feature: weight}}, written by eval/train_conduct.py. A data file rather
# than a module: its five thousand weights load in a few milliseconds, where compiling them as code takes ten times
# that in a Lambda that ships no bytecode.
MODEL_FILE = Path(__file__).with_name("conduct_model.json")
MODEL: dict = json.loads(MODEL_FILE.read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Conduct:
    unsound: float  # the model's mean chance that an idea of the answer is unsound (0 when none is read)
    segment: int | None  # the most questionable idea's index in the reading's segments
    worst: float  # that idea's chance of being unsound

    @property
    def sound(self) -> float:
        """1 less `unsound`: the figure the overall reads and the metrics show (`conduct`), 1 when nothing is read."""
        return 1.0 - self.unsound


def features(sentence: Sentence) -> set[str]:
    """The sentence's word concepts (marked "~" inside a negation's scope) and pairs of neighbouring concepts; a
    clause word ("but", "because") ends a negation's scope and starts the next pair. Apostrophes are dropped and
    punctuation is not read, so an answer dictated without it ("didnt", no commas) is heard as written."""
    found: set[str] = set()
    add = found.add
    negated, previous = False, START
    for word, concept, _, _, _, _ in sentence.tokens:  # unpacked in full: a starred target builds a list a word
        if "'" in word:
            word, concept = word.replace("'", ""), concept.replace("'", "")
        if word in _CLAUSE_WORDS:
            add(previous + "_" + word)
            negated, previous = False, word
            continue
        add("~" + concept if negated else concept)
        add(previous + "_" + concept)
        previous = concept
        if word in _NEGATIONS:
            negated = True
    return found


def probability(found: Iterable[str], model: dict = MODEL) -> float:
    """The model's chance that a text with these features is unsound (or, with focus.py's model, not an answer)."""
    # The trainer drops weights under 5e-4, so a feature it learned next to nothing of counts as one it never saw:
    # the divisor below counts the features with a weight (a chance moves by 0.01 at most for it)
    known = list(filter(None, map(model["weights"].get, found)))
    count = len(known)
    # fsum: exact, so the figure does not hang on the order a set gives its features (string hashes vary by process)
    z = model["bias"] + (fsum(known) / sqrt(count) if count else 0.0)
    return 1.0 / (1.0 + exp(-z))


def read_conduct(segments: Sequence[Sentence], model: dict = MODEL) -> Conduct:
    """How unsound the answer's ideas sound on average, and the most questionable of them."""
    return conduct_of([features(segment) for segment in segments], model)


def conduct_of(found: Sequence[set[str]], model: dict = MODEL) -> Conduct:
    """read_conduct from the ideas' features, when they are read already (reading.py reads them once for this model
    and misconception.py's)."""
    if not found:
        return Conduct(0.0, None, 0.0)
    chances = [probability(idea, model) for idea in found]
    worst = max(range(len(chances)), key=chances.__getitem__)
    return Conduct(sum(chances) / len(chances), worst, chances[worst])
