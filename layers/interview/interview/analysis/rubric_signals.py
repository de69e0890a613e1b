"""Signals and sentiment of the rubric analyzer: the traits an answer shows, as stable codes the
session report counts across answers, and the overall tone of the answer."""

from interview.analysis.model import Scores, Sentiment, Signal
from interview.analysis.reading import Reading
from interview.analysis.rubric_scoring import (
    FILLER_HEAVY_RATE,
    RAMBLING_SENTENCE_WORDS,
    is_confident,
    is_rambling,
    is_sound,
    lacks_ownership,
    relevance,
)
from interview.analysis.screening import TOO_SHORT_WORDS

SENTIMENT_POSITIVE_AT = 70
SENTIMENT_NEGATIVE_BELOW = 45
SENTIMENT_PER_NEGATIVE_WORD = 5
SENTIMENT_POSITIVE_MIN_COMMUNICATION = 60

# When a trait counts as shown. Rates are per 100 words, shares between 0 and 1.
THRESHOLDS: dict[str, float] = {
    "covers_key_points": 0.75,  # share of key points covered
    "quantified_point_credit": 0.5,  # numbers count in a technical answer that is on the points
    "structured_min_words": 50,
    "concise_min_length": 0.8,  # share of the ideal length's lower bound
    "concise_max_filler_rate": 2.0,
    "concise_point_credit": 0.6,
    "list_share": 0.3,  # share of the answer that only lists terms
    "vague_min_words": 20,
    "hedging_rate": 1.5,
    "off_topic_relevance": 30,
    # conduct.py's mean chance that an idea is unsound, and its worst idea's: together reached by a third of the
    # grade-1 answers of eval/graded, holdout and read, by 1 of their 435 grade-4 answers and 2 of the 410
    # strong answers of eval/judgement's reviews.
    "questionable_mean": 0.65,
    "questionable_worst": 0.9,
}

SIGNALS: dict[str, tuple[str, str]] = {
    "covers_key_points": ("strength", "Covers the key points the question calls for"),
    "explains_reasoning": ("strength", "Explains the why and how, not only the what"),
    "uses_examples": ("strength", "Backs claims with concrete examples"),
    "quantified_result": ("strength", "Quantifies outcomes with numbers"),
    "well_structured": ("strength", "Structures answers so they are easy to follow"),
    "concise": ("strength", "Keeps answers focused and to the point"),
    "complete_star": ("strength", "Tells complete STAR stories"),
    "takes_ownership": ("strength", "Takes clear ownership of actions"),
    "confident_delivery": ("strength", "Speaks with confidence, without hedging or filler"),
    "no_answer": ("weakness", "Leaves questions unanswered"),
    "restates_question": ("weakness", "Restates the question instead of answering it"),
    "missing_key_points": ("weakness", "Misses key points the question calls for"),
    "unexplained_terms": ("weakness", "Names concepts without explaining them"),
    "vague": ("weakness", "Stays general instead of giving specifics"),
    "too_short": ("weakness", "Gives answers too short to show depth"),
    "rambling": ("weakness", "Rambles instead of getting to the point"),
    "filler_heavy": ("weakness", "Leans on filler words"),
    "hedging": ("weakness", "Hedges instead of committing to an answer"),
    "missing_result": ("weakness", "Leaves out the result of the story"),
    "unmeasured_result": ("weakness", "States results without measuring them"),
    "no_ownership": ("weakness", "Describes what the team did rather than their own part"),
    "off_topic": ("weakness", "Drifts away from the question asked"),
    "contradicts_reference": ("weakness", "States things the expected answer contradicts"),
    "red_flag": ("weakness", "Tells stories that raise a red flag about judgement"),
    "questionable_choice": ("weakness", "Describes choices or practices an interviewer may question"),
}


def as_signals(codes: list[str]) -> list[Signal]:
    return [Signal(code=code, kind=SIGNALS[code][0], summary=SIGNALS[code][1]) for code in codes]


# Detection ---------------------------------------------------------------------------------------------

def detect_signals(reading: Reading) -> list[str]:
    """Stable codes of the traits this answer shows, strengths first."""
    if reading.non_answer:
        return ["no_answer"] + (["too_short"] if reading.scored_words < TOO_SHORT_WORDS else [])
    if "restates_question" in reading.flags:
        found = ["restates_question"]
    elif "copied_from_model_answer" in reading.flags:
        found = []  # the model answer's qualities are not the candidate's
    else:
        found = [code for code, applies in _strength_checks(reading).items() if applies]
    return found + [code for code, applies in _weakness_checks(reading).items() if applies]


def _strength_checks(reading: Reading) -> dict[str, bool]:
    star = reading.star
    low, high = reading.ideal_words
    points = reading.points
    covered_share = len(reading.covered_points) / len(points) if points else 0.0
    explained_points = sum(p.explained and p.status == "covered" for p in points)
    told_in_order = star is not None and len(star.present_parts) >= 3 and star.in_order
    if star is None:
        quantified = bool(reading.measured_segments) and reading.point_credit >= THRESHOLDS["quantified_point_credit"]
    else:
        quantified = star.measurable_result
    return {
        "covers_key_points": covered_share >= THRESHOLDS["covers_key_points"],
        "explains_reasoning": star is None and len(reading.explained_segments) >= 2
        and explained_points >= min(2, len(points)),
        "uses_examples": (star is None and bool(reading.example_segments))
        or (star is not None and star.past_actions >= 1 and reading.specifics >= 2),
        "quantified_result": quantified,
        "well_structured": (len(reading.signposted) >= 2 or told_in_order)
        and reading.mean_sentence_words <= RAMBLING_SENTENCE_WORDS
        and reading.scored_words >= THRESHOLDS["structured_min_words"]
        and reading.filler_rate < FILLER_HEAVY_RATE and not reading.sparse_punctuation and not is_rambling(reading),
        "concise": low * THRESHOLDS["concise_min_length"] <= reading.scored_words <= high
        and reading.filler_rate < THRESHOLDS["concise_max_filler_rate"]
        and (reading.point_credit >= THRESHOLDS["concise_point_credit"] if points else told_in_order),
        "complete_star": star is not None and len(star.present_parts) == 4,
        "takes_ownership": star is not None and star.past_actions >= 2
        and reading.delivery.singular_mentions >= reading.delivery.plural_mentions,
        # Confidence is a strength only when what is said confidently is sound.
        "confident_delivery": is_confident(reading) and is_sound(reading),
    }


def _weakness_checks(reading: Reading) -> dict[str, bool]:
    star = reading.star
    words = reading.scored_words
    matched = [p for p in reading.points if p.status != "missed"]
    delivery = reading.delivery
    return {
        "missing_key_points": any(p.status == "missed" for p in reading.points),
        "unexplained_terms": reading.list_share >= THRESHOLDS["list_share"]
        or (star is None and bool(matched) and not any(p.explained for p in matched)),
        "vague": words >= THRESHOLDS["vague_min_words"] and _is_vague(reading),
        "too_short": words < TOO_SHORT_WORDS,
        "rambling": is_rambling(reading),
        "filler_heavy": delivery.filler_count >= 3 and reading.filler_rate >= FILLER_HEAVY_RATE,
        "hedging": delivery.hedge_count >= 2 and reading.hedge_rate >= THRESHOLDS["hedging_rate"],
        "missing_result": star is not None and not star.result.present,
        "unmeasured_result": star is not None and star.result.present and not star.measurable_result
        and not star.hypothetical_allowed,
        "no_ownership": lacks_ownership(reading),
        "contradicts_reference": reading.soundness.shows_wrong_claim,
        "red_flag": bool(reading.soundness.red_flags),
        # The learned ear (conduct.py), said only where it is surest and no red flag has said it already.
        "questionable_choice": not reading.soundness.red_flags
        and reading.conduct.unsound >= THRESHOLDS["questionable_mean"]
        and reading.conduct.worst >= THRESHOLDS["questionable_worst"],
        "off_topic": reading.off_topic
        or (relevance(reading) < THRESHOLDS["off_topic_relevance"] and not reading.restates_question),
    }


def _is_vague(reading: Reading) -> bool:
    """No specifics; for a story question, also no story: nothing the candidate actually did."""
    star = reading.star
    if star is None:
        return reading.specifics == 0 and reading.point_credit < 0.5
    if star.hypothetical_allowed:
        return reading.specifics == 0 and star.hypothetical_actions == 0 and star.past_actions == 0
    return reading.specifics == 0 or star.past_actions + star.team_actions == 0


def sentiment(reading: Reading, scores: Scores) -> Sentiment:
    tone = scores.overall - SENTIMENT_PER_NEGATIVE_WORD * reading.delivery.negative_tone
    if reading.non_answer or tone < SENTIMENT_NEGATIVE_BELOW:
        return "negative"
    # A good answer delivered hesitantly or through filler does not come across as positive.
    confident = scores.communication >= SENTIMENT_POSITIVE_MIN_COMMUNICATION
    return "positive" if tone >= SENTIMENT_POSITIVE_AT and confident else "neutral"
