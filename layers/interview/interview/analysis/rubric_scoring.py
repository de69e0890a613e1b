"""Scores of the rubric analyzer: five dimensions from one reading of an answer.

Every weight and threshold is a module-level table, so an evaluation harness can tune them without
touching the logic.
"""

from interview.analysis.model import Scores
from interview.analysis.overall import overall_inputs, overall_score
from interview.analysis.reading import Reading
from interview.analysis.star import STAR_PARTS

# Below this many words an answer cannot show clarity or communication at all; the gate opens gradually.
PRESENCE_WORDS = 50
# Past the ideal length, clarity and completeness fade towards this factor at three times the length.
OVER_LENGTH_FLOOR = 0.5

# Relevance: how much each kind of overlap with the question counts, and the share at which it is full.
RELEVANCE_WEIGHTS: dict[str, dict[str, float]] = {
    "technical": {"points": 0.35, "sample": 0.2, "question": 0.1, "topic": 0.35},
    "behavioral": {"points": 0.25, "sample": 0.05, "question": 0.25, "topic": 0.15, "story": 0.30},
    "situational": {"points": 0.25, "sample": 0.10, "question": 0.25, "topic": 0.15, "story": 0.25},
}
RELEVANCE_FULL_AT: dict[str, dict[str, float]] = {
    # The question's own words only show the answer is not about something else: full from a third.
    "technical": {"points": 0.6, "sample": 0.3, "question": 0.35, "topic": 0.4},
    "behavioral": {"points": 0.4, "sample": 0.2, "question": 0.5, "topic": 0.2, "story": 1.0},
    "situational": {"points": 0.4, "sample": 0.25, "question": 0.5, "topic": 0.25, "story": 1.0},
}
# Completeness: key points, the STAR story and the model answer's vocabulary.
COMPLETENESS_WEIGHTS: dict[str, dict[str, float]] = {
    "technical": {"points": 0.85, "sample": 0.15},
    "behavioral": {"points": 0.5, "story": 0.4, "sample": 0.1},
    "situational": {"points": 0.5, "story": 0.4, "sample": 0.1},
}
COMPLETENESS_SAMPLE_FULL_AT = 0.3
# Coverage reads as a grade: most of the points, well made, is an excellent answer, not a 70.
COMPLETENESS_CURVE = 0.8
# Short answers cannot be complete: completeness keeps this share at any length, the rest grows with it.
COMPLETENESS_LENGTH_FLOOR = 0.6
STAR_WEIGHTS: dict[str, dict[str, float]] = {
    "behavioral": {"situation": 0.2, "task": 0.15, "action": 0.35, "result": 0.3},
    # The question sets the scene of a situational answer; what the candidate would do carries it.
    "situational": {"situation": 0.05, "task": 0.15, "action": 0.5, "result": 0.3},
}
# Technical accuracy of one key point: naming a concept is worth less than explaining it.
POINT_ACCURACY: dict[tuple[str, bool], float] = {
    ("covered", True): 1.0,
    ("covered", False): 0.65,
    ("partial", True): 0.45,
    ("partial", False): 0.2,
    ("missed", True): 0.0,
    ("missed", False): 0.0,
}
TECHNICAL_ACCURACY_WEIGHTS = {"points": 0.65, "reasoning": 0.2, "specifics": 0.15}
TECHNICAL_SPECIFICS_FULL_AT = 3  # numbers, named tools, worked examples
REASONING_FULL_AT = 0.5  # share of sentences that explain a why or how
STORY_ACCURACY_WEIGHTS = {"star": 0.75, "specifics": 0.25}
STORY_SPECIFICS_FULL_AT = 3  # numbers, named tools, examples
# An action told as "we did" or "I would" (in a story about the past) is weaker evidence.
ACTION_CREDIT = {"own_past": 1.0, "team_or_plan": 0.5}
RESULT_UNMEASURED_CREDIT = 0.75
WRONG_STORY_RELEVANCE = 0.5  # share of relevance kept by a story that answers a different question
LIST_ACCURACY_PENALTY = 0.5  # share of technical accuracy lost when the whole answer is a list of terms
# A point only named in a bare list is mentioned, not made: completeness loses this share when most of the
# answer is a list, nothing while the list is a small part of it (a checklist line after the prose).
LIST_COMPLETENESS_PENALTY = 0.5
LIST_COMPLETENESS_RAMP = (0.3, 0.8)  # list shares between which the loss grows from nothing to all of it
COMPLETENESS_SOUND_AT = 0.9  # soundness from which key-point coverage counts in full

CLARITY_WEIGHTS: dict[str, dict[str, float]] = {
    "technical": {"sentences": 0.35, "structure": 0.25, "focus": 0.2, "flow": 0.2},
    # A story is clear when its parts are there and in order, so structure weighs more.
    "behavioral": {"sentences": 0.3, "structure": 0.35, "focus": 0.15, "flow": 0.2},
    "situational": {"sentences": 0.3, "structure": 0.35, "focus": 0.15, "flow": 0.2},
}
SENTENCE_WORDS_IDEAL = (8, 24)
# Without full stops sentence length is unknown, not bad: dictated answers are judged on their ideas, and
# the missing punctuation costs its own small penalty.
SPARSE_SENTENCE_FIT = 0.85
FLOW_FULL_AT = 0.4  # share of sentences that explain, give an example or signpost
CLARITY_PENALTIES = {
    "per_filler_rate": 2.0,  # per filler word per 100 words
    "filler_cap": 30,
    "rambling": 10,
    "sparse_punctuation": 4,
    "no_capitals": 2,
    "list_of_terms": 30,  # scaled by the share of the answer that is a bare list
    "repetition": 40,  # scaled by the share of sentences said twice
}
COMMUNICATION_BASE = 88
COMMUNICATION_PENALTIES = {
    "per_filler_rate": 4.0,
    "filler_cap": 40,
    "per_hedge_rate": 5.0,
    "hedge_cap": 25,
    # Overclaiming is the other side of hedging: "always", "guaranteed", "you don't need any…".
    "per_sweeping_rate": 5.0,
    "sweeping_cap": 25,
    "no_ownership": 15,
    "per_negative_word": 6,
    "negative_cap": 18,
    # Punctuation and capitals are clarity's (dictated answers have none): communication is how it is said.
    "list_of_terms": 0.4,  # share kept off when the whole answer is a bare list
    "repetition": 30,  # scaled by the share of sentences said twice
}
COMMUNICATION_BONUSES = {"confident": 6, "owns_actions": 4}
SOUND_FACTOR = 0.8  # soundness from which confident delivery is praised as a strength
SOUND_FLOOR = 0.4  # soundness at or below which assured delivery earns nothing
CONFIDENCE = {"base": 90, "per_hedge_rate": 8.0, "per_filler_rate": 2.0, "per_hedge_beyond_two": 5,
              "assertive": 5, "non_answer_cap": 15}

# Scores no answer with these flags can exceed, per dimension (so overall stays under them too).
# A copied model answer shows it was read, not understood: it scores as an average answer at best.
FLAG_CAPS: dict[str, int] = {"non_answer": 10, "restates_question": 25, "copied_from_model_answer": 60}
# A story with red flags of judgement (judgement.py) reads as a poor answer however well it is told: no
# dimension above these, for one flag and for more.
RED_FLAG_CAPS = (55, 40)
# An answer that is a list of terms has an overall of at most this, reached as the list share grows across the ramp.
LIST_OVERALL_CAP = 45
LIST_OVERALL_RAMP = (0.5, 0.8)
# Addressing the grader costs points and never earns any.
INSTRUCTION_PENALTIES: dict[str, int] = {"relevance": 10, "communication": 15}
# Delivery thresholds shared by scores and signals.
FILLER_HEAVY_RATE = 3.0  # filler words per 100 words
RAMBLING_SENTENCE_WORDS = 32
REPEATED_SHARE_RAMBLING = 0.2  # share of sentences said twice


# Dimensions ---------------------------------------------------------------------------------------------

def score(reading: Reading) -> Scores:
    rounded, cap = capped_dimensions(reading)
    # The overall reads the dimensions as the grade an interviewer would give (overall.py), under the same cap.
    return Scores(overall=overall_score(overall_inputs(reading, rounded), rounded, cap), **rounded)


def capped_dimensions(reading: Reading) -> tuple[dict[str, int], float]:
    """The five dimensions as served (capped by the answer's flags, rounded) and the cap of the overall: what
    the overall's model reads, here and in eval/calibrate.py."""
    dimensions = {
        "relevance": relevance(reading),
        "completeness": completeness(reading),
        "clarity": clarity(reading),
        "technical_accuracy": technical_accuracy(reading),
        "communication": communication(reading),
    }
    if reading.instruction_indexes:
        for name, penalty in INSTRUCTION_PENALTIES.items():
            dimensions[name] -= penalty
    cap = min(caps_of(reading), default=100)
    return {name: _clamp(min(value, cap)) for name, value in dimensions.items()}, overall_cap(reading, cap)


def overall_cap(reading: Reading, cap: float) -> float:
    """The dimensions' cap, and for an answer that lists terms rather than explaining them, a lower one: it shows
    the vocabulary, not that the candidate can use it."""
    low, high = LIST_OVERALL_RAMP
    listed = min(1.0, max(0.0, (reading.list_share - low) / (high - low)))
    return min(cap, 100 - (100 - LIST_OVERALL_CAP) * listed)


def caps_of(reading: Reading) -> list[int]:
    """The caps the answer's flags and red flags put on every score."""
    caps = [FLAG_CAPS[flag] for flag in reading.flags if flag in FLAG_CAPS]
    if reading.soundness.red_flags:
        caps.append(RED_FLAG_CAPS[min(len(reading.soundness.red_flags), len(RED_FLAG_CAPS)) - 1])
    return caps


def relevance(reading: Reading) -> float:
    """The relevance score before penalties and caps. Scores and the off-topic signal both ask for it: worked out
    once per reading, kept with it."""
    known = reading.__dict__.get(_RELEVANCE)
    if known is None:
        known = reading.__dict__[_RELEVANCE] = _relevance(reading)
    return known


_RELEVANCE = "_relevance_score"  # where a reading keeps its relevance (a Reading keeps its cached values so too)


def _relevance(reading: Reading) -> float:
    kind = reading.question.question_type
    # A story that answers another question is not relevant however many of the right words it uses.
    wrong_story = WRONG_STORY_RELEVANCE if reading.soundness.wrong_story is not None else 1.0
    vocabulary = reading.vocabulary
    parts = {
        "points": _point_relevance(reading, RELEVANCE_FULL_AT[kind]["points"]) if reading.points else None,
        "sample": reading.share_of(vocabulary.sample) if vocabulary.sample else None,
        "question": reading.share_of(vocabulary.question) if vocabulary.question else None,
        "topic": reading.reference_share,
        "story": _story_share(reading) if reading.star else None,
    }
    return 100 * _blend(parts, RELEVANCE_WEIGHTS[kind], RELEVANCE_FULL_AT[kind]) * wrong_story


def _point_relevance(reading: Reading, full_at: float) -> float:
    """Use of the key points' words, or addressing the points at all: story points are rarely said
    in their own words ("a measurable result")."""
    return max(reading.share_of(reading.vocabulary.points), reading.point_credit * full_at)


def completeness(reading: Reading) -> float:
    kind = reading.question.question_type
    parts = {
        "points": reading.point_credit if reading.points else None,
        "story": _story_share(reading) if reading.star else None,
        "sample": reading.share_of(reading.vocabulary.sample) if reading.vocabulary.sample else None,
    }
    weights = dict(COMPLETENESS_WEIGHTS[kind])
    if not reading.points and not reading.star:
        # Nothing to check coverage against: depth of explanation stands in for it.
        parts["depth"] = min(1.0, len(reading.explained_segments) / 3)
        weights["depth"] = weights["points"]
    full_at = {"sample": COMPLETENESS_SAMPLE_FULL_AT}
    value = _blend(parts, weights, full_at) ** COMPLETENESS_CURVE
    if reading.soundness.wrong_story is not None:
        value *= WRONG_STORY_RELEVANCE
    # Only a list that carries the answer: a checklist line after prose that makes the points costs nothing here.
    listed = (reading.list_share - LIST_COMPLETENESS_RAMP[0]) / (LIST_COMPLETENESS_RAMP[1] - LIST_COMPLETENESS_RAMP[0])
    value *= 1 - LIST_COMPLETENESS_PENALTY * min(1.0, max(0.0, listed))
    # The points of an answer that rings false are touched rather than made: coverage counts as far as the
    # answer is sound, as accuracy does.
    value *= min(1.0, reading.soundness.factor / COMPLETENESS_SOUND_AT)
    return 100 * value * (COMPLETENESS_LENGTH_FLOOR + (1 - COMPLETENESS_LENGTH_FLOOR) * length_fit(reading))


def technical_accuracy(reading: Reading) -> float:
    if reading.star is not None:
        specifics = min(1.0, reading.specifics / STORY_SPECIFICS_FULL_AT)
        parts = {"star": _star_quality(reading), "specifics": specifics}
        return 100 * _blend(parts, STORY_ACCURACY_WEIGHTS, {}) * reading.soundness.factor
    reasoning = reading.explained_share
    if reading.points:
        points = sum(POINT_ACCURACY[(p.status, p.explained)] for p in reading.points) / len(reading.points)
    else:
        points = min(1.0, reading.share_of(reading.vocabulary.sample) / COMPLETENESS_SAMPLE_FULL_AT)
        points *= _presence(reading)
    parts = {"points": points, "reasoning": reasoning, "specifics": reading.specifics * _presence(reading)}
    value = _blend(parts, TECHNICAL_ACCURACY_WEIGHTS,
                   {"reasoning": REASONING_FULL_AT, "specifics": TECHNICAL_SPECIFICS_FULL_AT})
    return 100 * value * (1 - LIST_ACCURACY_PENALTY * reading.list_share) * reading.soundness.factor


def clarity(reading: Reading) -> float:
    kind = reading.question.question_type
    parts = {
        "sentences": _sentence_fit(reading.mean_sentence_words) if not reading.sparse_punctuation
        else max(SPARSE_SENTENCE_FIT, _sentence_fit(reading.mean_sentence_words)),
        "structure": _structure(reading),
        "focus": min(1.0, reading.topic_share / RELEVANCE_FULL_AT[kind]["topic"]),
        "flow": _flow(reading),
    }
    value = 100 * _blend(parts, CLARITY_WEIGHTS[kind], {}) * _presence(reading) * _over_length(reading)
    penalties = CLARITY_PENALTIES
    value -= min(penalties["filler_cap"], penalties["per_filler_rate"] * reading.filler_rate)
    value -= penalties["sparse_punctuation"] * reading.sparse_punctuation
    value -= penalties["no_capitals"] * reading.lacks_capitals
    value -= penalties["list_of_terms"] * reading.list_share
    value -= penalties["rambling"] * is_rambling(reading)
    value -= penalties["repetition"] * reading.repeated_share
    return value


def communication(reading: Reading) -> float:
    penalties = COMMUNICATION_PENALTIES
    value = COMMUNICATION_BASE
    value -= min(penalties["filler_cap"], penalties["per_filler_rate"] * reading.filler_rate)
    # Assurance (no hedging, a confident delivery) is worth what the content is: a confidently wrong
    # answer does not communicate better than a hedged, partly right one.
    hedging = min(penalties["hedge_cap"], penalties["per_hedge_rate"] * reading.hedge_rate)
    assurance = penalties["hedge_cap"] - hedging + COMMUNICATION_BONUSES["confident"] * is_confident(reading)
    value += assurance * sound_share(reading) - penalties["hedge_cap"]
    value -= min(penalties["sweeping_cap"], penalties["per_sweeping_rate"] * reading.soundness.sweeping_rate)
    value -= penalties["no_ownership"] * lacks_ownership(reading)
    value -= min(penalties["negative_cap"], penalties["per_negative_word"] * reading.delivery.negative_tone)
    value -= penalties["repetition"] * reading.repeated_share
    if reading.star and reading.star.past_actions >= 2:
        value += COMMUNICATION_BONUSES["owns_actions"]
    return value * _presence(reading) ** 0.5 * (1 - penalties["list_of_terms"] * reading.list_share)


def confidence(reading: Reading) -> int:
    rules = CONFIDENCE
    hedges = reading.delivery.hedge_count
    value = rules["base"] - rules["per_hedge_rate"] * reading.hedge_rate
    value -= rules["per_filler_rate"] * reading.filler_rate
    value -= rules["per_hedge_beyond_two"] * max(0, hedges - 2)
    if (reading.star and reading.star.past_actions) or len(reading.explained_segments) >= 2:
        value += rules["assertive"]
    value *= _presence(reading) ** 0.5
    if reading.non_answer:
        value = min(value, rules["non_answer_cap"])
    return _clamp(value)


# Measures the scores share -------------------------------------------------------------------------------

def length_fit(reading: Reading) -> float:
    """1 inside the ideal length; less for answers too short to show depth, a little less when long."""
    low = reading.ideal_words[0]
    words = reading.scored_words
    if words < low:
        return (words / low) ** 0.7
    return _over_length(reading)


def _over_length(reading: Reading) -> float:
    high = reading.ideal_words[1]
    words = reading.scored_words
    return 1.0 if words <= high else max(OVER_LENGTH_FLOOR, 1 - (words - high) / (2 * high))


def _presence(reading: Reading) -> float:
    return min(1.0, (reading.scored_words / PRESENCE_WORDS) ** 0.6)


def lacks_ownership(reading: Reading) -> bool:
    """A story told only as "we", with the candidate's own part never said. Asked what they would do, "I'd check
    the replication lag" is their own part, even dictated as "id check" among three "we"s."""
    if reading.star is None:
        return False
    delivery = reading.delivery
    return delivery.plural_mentions >= 3 and delivery.singular_mentions * 2 < delivery.plural_mentions \
        and not reading.star.owns_actions


def is_rambling(reading: Reading) -> bool:
    """Far too long, repeating itself, or long with sentences that wind on or are thick with filler."""
    low, high = reading.ideal_words
    words = reading.scored_words
    winding = reading.mean_sentence_words > RAMBLING_SENTENCE_WORDS + 8 and not reading.sparse_punctuation
    if words > high * 1.3 or reading.repeated_share >= REPEATED_SHARE_RAMBLING:
        return True
    return words > low and (winding or reading.filler_rate >= 2 * FILLER_HEAVY_RATE)


def is_confident(reading: Reading) -> bool:
    return reading.delivery.hedge_count == 0 and reading.filler_rate < 1 and reading.scored_words >= 50


def sound_share(reading: Reading) -> float:
    """How far the content is sound, 0 to 1: full from SOUND_FACTOR (as sound as a strength needs), nothing
    from SOUND_FLOOR down."""
    return max(0.0, min(1.0, (reading.soundness.factor - SOUND_FLOOR) / (SOUND_FACTOR - SOUND_FLOOR)))


def is_sound(reading: Reading) -> bool:
    """Nothing in the answer rings false enough to cost much of its accuracy."""
    return reading.soundness.factor >= SOUND_FACTOR


def _story_share(reading: Reading) -> float:
    star = reading.star
    weights = STAR_WEIGHTS[reading.question.question_type]
    return sum(weights[name] for name in STAR_PARTS if star and star.part(name).present)


def _star_quality(reading: Reading) -> float:
    """STAR parts weighted, with credit cut for actions nobody owns and results nobody measured."""
    star = reading.star
    assert star is not None
    quality = {
        "situation": 1.0,
        "task": 1.0,
        "action": ACTION_CREDIT["own_past"] if star.owns_actions else ACTION_CREDIT["team_or_plan"],
        "result": 1.0 if star.measurable_result or star.hypothetical_allowed else RESULT_UNMEASURED_CREDIT,
    }
    weights = STAR_WEIGHTS[reading.question.question_type]
    return sum(weights[name] * quality[name] for name in STAR_PARTS if star.part(name).present)


def _sentence_fit(mean_words: float) -> float:
    low, high = SENTENCE_WORDS_IDEAL
    if mean_words < 4:
        return 0.4
    if mean_words < low:
        return 0.7 + 0.3 * (mean_words - 4) / (low - 4)
    if mean_words <= high:
        return 1.0
    return max(0.2, 1 - (mean_words - high) / 30)


def _structure(reading: Reading) -> float:
    if reading.star is not None:
        star = reading.star
        return min(1.0, 0.25 + 0.17 * len(star.present_parts) + 0.08 * star.in_order
                   + 0.04 * len(reading.signposted))
    if reading.scored_words < 60:
        return 0.8  # a short answer needs no signposts to be clear
    return min(1.0, 0.55 + 0.15 * len(reading.signposted))


def _flow(reading: Reading) -> float:
    if not reading.segments:
        return 0.0
    helpful = set(reading.explained_segments) | set(reading.example_segments) | set(reading.signposted)
    return min(1.0, len(helpful) / len(reading.segments) / FLOW_FULL_AT)


def _blend(parts: dict[str, float | None], weights: dict[str, float], full_at: dict[str, float]) -> float:
    """Weighted mean of the parts that apply, each counted as full from its `full_at` share."""
    total = sum(weights[name] for name, value in parts.items() if value is not None and name in weights)
    if not total:
        return 0.0
    value = sum(weights[name] * min(1.0, part / full_at.get(name, 1.0))
                for name, part in parts.items() if part is not None and name in weights)
    return value / total


def _clamp(value: float) -> int:
    return max(0, min(100, round(value)))
