"""Misconception: how much an answer sounds like a poor one, mostly wrong or confused however fluently it is told,
learned from graded answers.

The graded files' poor answers (grade 1) are seldom short or unsure: they state a wrong practice as fact ("fluids
take too long to work, so I'd hold them", "HashMap has been thread-safe since Java 8", "there was no point running a
tender") in the question's own words, and score on relevance and clarity as a weak but sound answer does. What gives
them away is how they are said: the sweep of "always", "everything" and "just", a practice waved away ("no need to",
"didn't bother"), a conclusion drawn in one step ("so I…", "which is why…"), where a sound answer checks, tries,
weighs one option against another.

This is a logistic model like conduct's (conduct.features: the words' concepts, marked inside a negation, and pairs
of neighbours), read over the whole answer and trained (eval/train_misconception.py) on the graded answers the
overall is fitted to, grade 1 against grades 2-4. Hedges and fillers are not read ("I think", "maybe", "probably",
"honestly", "um"): the graded files' weak answers hedge, and a score that rose with hedging would coach the wrong
habit. Its figure is an input of the overall model (overall.py), never a cap: a learned ear is wrong often enough
that it should move a score, not sink it.
"""

import json
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path

from interview.analysis.conduct import features as conduct_features
from interview.analysis.conduct import probability
from interview.analysis.delivery import FILLER_PHRASE_WORDS, FILLER_WORDS, HEDGE_WORDS, is_vocal_filler
from interview.analysis.text import Sentence, concept, word_set

# Hedges and fillers, as delivery.py hears them, and the modal hedges and intensifiers it does not count ("might",
# "could", "honestly", "really"): a feature with one of these words or their concepts in it is not read, nor one with
# a vocal filler ("um", "ummm", "hmm", `delivery.is_vocal_filler`).
_UNHEARD_WORDS = (HEDGE_WORDS | FILLER_WORDS | FILLER_PHRASE_WORDS
                  | word_set("think thinking like honestly really might could um uh hmm"))
UNHEARD = _UNHEARD_WORDS | frozenset(map(concept, _UNHEARD_WORDS))
# The trained model: {"bias": b, "weights": {feature: weight}}, written by eval/train_misconception.py.
MODEL_FILE = Path(__file__).with_name("misconception_model.json")


@cache
def shipped_model() -> dict:
    return json.loads(MODEL_FILE.read_text(encoding="utf-8"))


def features(segments: Iterable[Sentence]) -> set[str]:
    """Every idea's conduct features, but those with a hedge or a filler in them: what the model is trained on."""
    found: set[str] = set()
    for segment in segments:
        found |= conduct_features(segment)
    return {f for f in found if heard(f)}


def heard(feature: str) -> bool:
    """Whether the feature holds no hedge or filler (the model is trained on these only)."""
    parts = feature.replace("~", "").split("_")
    return UNHEARD.isdisjoint(parts) and not any(map(is_vocal_filler, parts))


def chance(ideas: Sequence[set[str]], model: dict | None = None) -> float:
    """The model's chance that the answer is a poor one, from its ideas' conduct features (`Reading.idea_features`,
    read once for conduct and this model): 0 for an answer without ideas (one that is only an instruction to the
    grader, a non-answer whatever this says), the model's bias for one whose words it has no weight for. The features
    need no sifting: the model was trained on sifted ones (`features`), so no feature with a hedge or filler has a
    weight, and the logistic reads only features with one (tested)."""
    return probability(set().union(*ideas), model or shipped_model()) if ideas else 0.0


def loudest(ideas: Sequence[set[str]], model: dict | None = None) -> int | None:
    """The index of the idea (given by its conduct features) that, read alone, sounds most like a poor answer's: the
    narrative's evidence when the model's figure lowers the overall (read only then)."""
    model = model or shipped_model()
    chances = [probability(idea, model) for idea in ideas]
    return max(range(len(chances)), key=chances.__getitem__) if chances else None
