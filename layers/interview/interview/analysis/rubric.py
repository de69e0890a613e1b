"""The rubric analyzer: offline, deterministic and explainable analysis of one interview answer.

It is the default analyzer without a Groq key and the fallback when Groq fails (DESIGN.md). The work
is split by what it produces: a reading of the answer (reading.py), its scores (rubric_scoring.py),
its signals and sentiment (rubric_signals.py) and the feedback prose (rubric_feedback.py).
"""

from collections import Counter
from itertools import compress
from operator import itemgetter

from interview.analysis.delivery import FILLER_WORDS
from interview.analysis.model import Analysis, QuestionContext
from interview.analysis.reading import Reading, read_answer
from interview.analysis.rubric_feedback import write_feedback
from interview.analysis.rubric_scoring import confidence, score
from interview.analysis.rubric_signals import as_signals, detect_signals, sentiment
from interview.analysis.text import GENERIC_WORDS, QUESTION_BOILERPLATE, STOP_WORDS, word_of

ANALYZER_VERSION = "rubric-1.17.0"

SPEAKING_WORDS_PER_MINUTE = 130
MOST_USED_WORDS = 5
JOB_TERMS_LIMIT = 20
_FILLER_TOKENS = FILLER_WORDS | {"um", "uh", "hmm", "like", "umm", "uhh", "er", "erm"}
_is_content_of = itemgetter(3)
_count_of = itemgetter(1)
_NOT_JOB_WORDS = GENERIC_WORDS | QUESTION_BOILERPLATE | STOP_WORDS  # one set test instead of three


class RubricAnalyzer:
    """Analyzer port implementation that needs nothing but the answer and the question."""

    def analyze(self, question: QuestionContext, answer: str) -> Analysis:
        reading = read_answer(question, answer)
        scores = score(reading)
        signals = detect_signals(reading)
        return Analysis(
            scores=scores,
            feedback=write_feedback(reading, scores, signals),
            sentiment=sentiment(reading, scores),
            key_points=[point.as_result() for point in reading.points],
            metrics=metrics(reading),
            signals=as_signals(signals),
            flags=reading.flags,
            source="rubric",
            analyzer_version=ANALYZER_VERSION,
        )


# Metrics ------------------------------------------------------------------------------------------------

def metrics(reading: Reading) -> dict[str, object]:
    delivery = reading.delivery
    values: dict[str, object] = {
        "word_count": reading.word_count,
        "sentence_count": len(reading.all_sentences),
        "average_sentence_words": round(reading.mean_sentence_words, 1),
        "speaking_time_seconds": round(reading.word_count * 60 / SPEAKING_WORDS_PER_MINUTE),
        "filler_words": delivery.fillers,
        "filler_word_count": delivery.filler_count,
        "hedges": delivery.hedges,
        "hedge_count": delivery.hedge_count,
        "most_used_words": most_used_words(reading),
        "job_terms_used": job_terms_used(reading),
        "talking_points_covered": len(reading.covered_points),
        "talking_points_total": len(reading.points),
        "confidence": confidence(reading),
        # What the overall reads besides the dimensions (overall.py): the reference's concepts used in sentences,
        # how sound the answer rings (1 when nothing rings false), and how sound the choices it describes sound to
        # the conduct model (conduct.py: 1 less its mean chance that an idea is unsound), and how far the answer is from
        # sounding like a poor one to the misconception model (misconception.py: 1 less its chance).
        "reference_concepts_used": len(reading.reference_used),
        "reference_concepts_total": len(reading.vocabulary.reference),
        "soundness": round(reading.soundness.factor, 2),
        "conduct": round(reading.conduct.sound, 2),
        "misconception_free": round(1.0 - reading.misconception, 2),
    }
    if reading.star is not None:
        values["star"] = reading.star.as_metrics()
    return values


def most_used_words(reading: Reading) -> list[dict[str, object]]:
    # A Counter keeps its words in the order first counted, and a stable sort ranks ties in that order: most
    # used first, then first said first. That is most_common()'s order; its heap, for a few of many words, is
    # a Python-level loop over them all, where one sort in C costs less.
    tokens = reading.all_tokens
    counts = Counter(compress(map(word_of, tokens), map(_is_content_of, tokens)))
    for filler in _FILLER_TOKENS.intersection(counts):
        del counts[filler]
    ranked = sorted(counts.items(), key=_count_of, reverse=True)[:MOST_USED_WORDS]
    return [{"word": word, "count": count} for word, count in ranked]


def job_terms_used(reading: Reading) -> list[str]:
    """The job's vocabulary found in the answer: words of the key points and the question, and the
    names and code the model answer uses."""
    terms = reading.vocabulary.job_terms
    seen: dict[str, str] = {}  # concept -> the word it was first said as
    for token in reading.tokens:
        if (token.concept in terms and token.concept not in seen and token.is_content
                and token.word not in _NOT_JOB_WORDS):
            seen[token.concept] = token.word
            if len(seen) == JOB_TERMS_LIMIT:
                break  # later terms would be cut
    return list(seen.values())
