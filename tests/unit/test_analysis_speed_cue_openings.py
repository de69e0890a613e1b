"""Cues tried only at their openings, the measured result and the kept relevance change no result: each equals
the plain computation on tricky inputs."""

import pytest

from interview.analysis import cue_search, star
from interview.analysis.text import LazyPattern
from tests.analysis_corpus import STAR_CUES, segments_of

ANSWERS = (
    "",
    "At my previous job we had to migrate the db within two weeks. My task was to own the rollout.",
    "I then built it, I quickly shipped; I decided to add an index and i first rewrote it. Ii built. hi built.",
    "i i i built built. I'd say I would, I'll and I'm going to; id check the logs, id column stays. id ",
    "We needed to ship. I had to, we had to, I need to and I have to. Within 3 days, in charge of the deadline.",
    "The result led to it. Resulted in less. In my role in our team on my project during one of my sprints.",
    "Our team was late; the client asked, my manager decided. Ultimately, in the end, as a result it eventually won.",
    "ai built. bi decided to. I  built. I\tbuilt. i-built. my first step was to ask; my first step was.",
    "Ünïcödé: I built café — İ built ΣΊΣΥΦΟΣ; i démoed. I needed to. I wanted. Within a week we're done.",
    "x" * 50 + " i built " * 30 + "at my job at our company. In my first role.",
    "I built\nI wrote\nwe had to go\n\nin my last job",
)


def _indexes(answer: str) -> list[tuple[cue_search.CueIndex, list[str]]]:
    segments = segments_of(answer)
    texts = [segment.lowered for segment in segments]
    indexes = [(cue_search.CueIndex(texts, cue_search.words_of(segments)), texts), (cue_search.CueIndex(texts, None), texts)]
    # The sentences' lower-cased texts as they are, and each text alone, searched the same way.
    indexes += [(cue_search.CueIndex([text], None), [text]) for text in texts]
    return indexes


@pytest.mark.parametrize("answer", ANSWERS)
def test_cues_tried_at_their_openings_match_and_count_as_each_text_searched_alone(answer):
    for index, texts in _indexes(answer):
        for cue in STAR_CUES:
            compiled = cue.compiled
            assert index.matching(cue) == [i for i, text in enumerate(texts) if compiled.search(text)], cue
            assert index.match_counts(cue) == [len(compiled.findall(text)) for text in texts], cue


def test_openings_are_strings_every_match_starts_with():
    assert cue_search._openings(LazyPattern(r"\b(?:at|in) (?:my|our) (?:\w+ )?job\b")) == (
        "at my ", "at our ", "in my ", "in our ")
    # An optional word adds its absence; a string starting with another is left to the shorter.
    assert cue_search._openings(LazyPattern(r"\bi (?:then |)built\b|\bi decided\b")) == ("i built", "i decided", "i then built")
    assert cue_search._openings(LazyPattern(r"\bi (?:then |)\w+ed\b|\bi decided\b")) == ("i ",)
    assert cue_search._openings(LazyPattern(r"\b\w+ed\b")) is None  # no fixed start
    assert cue_search._openings(LazyPattern(r"\ba|\bbc")) is None  # too short to be worth finding
    assert cue_search._openings(LazyPattern(r"foo\b")) is None  # not every branch opens with a word boundary
    assert cue_search._openings(LazyPattern(r"\bfoo", 2)) is None  # flags


@pytest.mark.parametrize("pattern", [
    r"\b(?:at|in) (?:my|our) (?:\w+ )?job\b", r"\bi (?:then |)\w+ed\b|\bmy first step\b", r"\b(?:ab|abab)\b",
    r"\b(?:aa|a)a", r"\b(?:x|xy)(?:y|)z?", r"\bi (?:would|will)\b|\bi'd (?!been\b)", r"\b(?:ab ){0,2}cd",
])
def test_made_up_cues_tried_at_their_openings_match_and_count_as_each_text_searched_alone(pattern):
    cue = LazyPattern(pattern)
    texts = ["at my job in our old job at  my job", "i walked i then talked my first step", "abab ab aba ababab",
             "aaa aa a aaaa", "xyz xz xyyz x xy", "i would i'd been i'd go i will", "ab ab cd ab cd abcd cd", ""]
    for index in (cue_search.CueIndex(texts, None), cue_search.CueIndex(texts, frozenset(" ".join(texts).split()))):
        assert index.matching(cue) == [i for i, text in enumerate(texts) if cue.compiled.search(text)]
        assert index.match_counts(cue) == [len(cue.compiled.findall(text)) for text in texts]


MEASURE_TEXTS = (
    "", "2019", "in 2019 we", "1999x", "20190", "v2 and 3.5x", "-3 and +4", "#1 .5 a.5", "cut 40 % of it", "it took 300ms",
    "two times faster", "hundreds users", "doubled", "went from five to 9 minutes", "from a to b", "x19999", "ab 12k",
    "no numbers here", "é3 ünï 4", "under a week", "from 40 minutes to 10",
)


def test_a_story_result_is_measured_as_the_measure_pattern_finds():
    for text in MEASURE_TEXTS:
        for variant in (text, text.upper().lower(), f"so {text}.", f"{text}\n5"):
            assert star._measurable(variant) == bool(star.MEASURABLE.search(variant)), variant


def test_relevance_kept_with_the_reading_is_the_plain_computation():
    from interview.analysis import rubric_scoring
    from interview.analysis.model import QuestionContext
    from interview.analysis.reading import read_answer

    question = QuestionContext(question_text="Tell me about a time you learned a tool quickly.",
                               question_type="behavioral", key_points=("A measurable result",),
                               sample_answer="I learned Kafka in two weeks and shipped early.")
    for answer in ANSWERS:
        first, second = read_answer(question, answer), read_answer(question, answer)
        assert rubric_scoring.relevance(first) == rubric_scoring._relevance(second)
        assert rubric_scoring.relevance(first) == rubric_scoring._relevance(first)  # asked again: the same
