"""One careful reading of an answer: everything the rubric scores, measured once.

The reading is plain data; scoring, signals and feedback are functions of it, which keeps each of
them small and lets tests check a measurement without going through a score.
"""

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import chain
from operator import attrgetter

from interview.analysis import focus, misconception, screening
from interview.analysis.conduct import Conduct, conduct_of
from interview.analysis.conduct import features as conduct_features
from interview.analysis.cue_search import CueIndex, answer_words, fast_search
from interview.analysis.delivery import Delivery, read_delivery
from interview.analysis.key_points import PointCoverage, assess_points, is_explanation, is_list_like
from interview.analysis.model import QuestionContext
from interview.analysis.soundness import Soundness, read_soundness
from interview.analysis.star import (
    _MEASURE_WORDS,
    _NUMBER_START,
    MEASURABLE,
    StarStory,
    detect_star,
)
from interview.analysis.text import (
    GENERIC_WORDS,
    QUESTION_BOILERPLATE,
    LazyPattern,
    Sentence,
    Token,
    concept_of,
    content_concepts,
    normalize,
    split_segments,
    split_sentences,
    word_of,
)

STORY_QUESTION_TYPES = frozenset({"behavioral", "situational"})
# Answer length that can show depth without rambling, in words.
IDEAL_WORDS: dict[str, tuple[int, int]] = {
    "technical": (70, 260),
    "behavioral": (110, 320),
    "situational": (90, 300),
}
# Signposts at the start of a sentence that show the answer is organised.
STRUCTURE_MARKERS = LazyPattern(
    r"^(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|then|next|after that|afterwards|finally|lastly|to start"
    r"|to begin|on top of that|in addition|additionally|another|overall|in summary|to summari[sz]e|in short"
    r"|step \d|the (?:first|second|third|next|last) (?:step|thing)|my first step|once)\b")
STRUCTURE_MARKER_WORDS = 4  # a signpost counts within a sentence's first few words
_FIRST_PERSON_I = frozenset({"i", "i'm", "i've", "i'd", "i'll"})
EXAMPLE_CUES = LazyPattern(
    r"\b(?:for example|for instance|e\.g\.?|such as|in my (?:last|previous|current|old) (?:job|role|project|team"
    r"|company)|at my (?:last|previous|current|old) (?:job|company|role|team)|one time|last (?:year|month"
    r"|quarter|week)|in one case|in a recent project|on a recent project|we had a|i had a|in production)\b")
_STORY_EXAMPLE = re.compile(r"\b(?:for example|for instance|e\.g\.?|such as)\b")
# Words that show an answer weighs costs or alternatives.
TRADE_OFF = LazyPattern(r"\b(?:trade-?offs?|downsides?|drawbacks?|costs?|however|depends|unless|although"
                        r"|risks?|overhead|at the expense|stale)\b")
_concepts_of = attrgetter("concepts")


# The longest idea conduct may pass over as an aside or a word about the candidate.
ASIDE_MAX_WORDS = 8


@dataclass(frozen=True)
class Vocabulary:
    """What the question is about: content concepts of its text, key points and model answer."""

    question: frozenset[str]
    points: frozenset[str]
    sample: frozenset[str]
    sample_names: frozenset[str]  # what the model answer capitalises or writes as code: Redis, EXPLAIN, N+1

    @property
    def job_terms(self) -> frozenset[str]:
        """The vocabulary of the job rather than of everyday speech."""
        return self.question | self.points | self.sample_names

    @property
    def topic(self) -> frozenset[str]:
        return self.question | self.points | self.sample

    @cached_property
    def reference(self) -> frozenset[str]:
        """The key points' and model answer's concepts: what a full answer says."""
        return self.points | self.sample


@lru_cache(maxsize=256)
def topic_vocabulary(question: QuestionContext) -> Vocabulary:
    without = GENERIC_WORDS | QUESTION_BOILERPLATE
    return Vocabulary(
        question=frozenset(content_concepts(question.question_text, exclude=without)),
        points=frozenset(c for point in question.key_points for c in content_concepts(point, GENERIC_WORDS)),
        sample=frozenset(content_concepts(question.sample_answer, GENERIC_WORDS)),
        sample_names=frozenset(_named_terms(question.sample_answer)),
    )


def _named_terms(text: str) -> set[str]:
    names = set()
    for sentence in split_sentences(text):
        for token in sentence.tokens[1:]:
            original = text[token.start:token.end]
            if token.is_content and (original[:1].isupper() or not original.isalpha()) and token.word != "i":
                names.add(token.concept)
    return names


@dataclass(frozen=True)
class Reading:
    """One answer as the rubric reads it. Sentence indexes in `points` and `star` refer to `segments`;
    those in `delivery` to `sentences`. Measures are cached properties, computed on first use; the scoring
    module also keeps its relevance figure in the instance's dict (rubric_scoring.relevance)."""

    answer: str
    question: QuestionContext
    vocabulary: Vocabulary
    all_sentences: list[Sentence]  # as written, grader-directed instructions included
    instruction_indexes: list[int]
    sentences: list[Sentence]  # the ones that are scored
    segments: list[Sentence]  # scored sentences with run-ons cut into ideas
    index: CueIndex  # the segments' lowered texts and the answer's words, for every pattern search of them
    delivery: Delivery
    points: list[PointCoverage]
    star: StarStory | None

    # Sizes ------------------------------------------------------------------------------------------
    @cached_property
    def all_tokens(self) -> list[Token]:
        return list(chain.from_iterable(sentence.tokens for sentence in self.all_sentences))

    @cached_property
    def tokens(self) -> list[Token]:
        return list(chain.from_iterable(sentence.tokens for sentence in self.sentences))

    @property
    def word_count(self) -> int:
        """Words as written, for metrics; scores use `scored_words`."""
        return len(self.all_tokens)

    @property
    def scored_words(self) -> int:
        return len(self.tokens)

    @cached_property
    def content_tokens(self) -> list[Token]:
        excluded = GENERIC_WORDS.union(self.delivery.fillers)  # one set test per token instead of two
        return [t for t in self.tokens if t.is_content and t.word not in excluded]

    @cached_property
    def content_token_concepts(self) -> list[str]:
        """Concepts of `content_tokens`, one per token: what the topic shares count."""
        return list(map(concept_of, self.content_tokens))

    @property
    def filler_rate(self) -> float:
        """Filler words per 100 words."""
        return 100 * self.delivery.filler_count / max(self.scored_words, 1)

    @property
    def hedge_rate(self) -> float:
        """Hedges per 100 words."""
        return 100 * self.delivery.hedge_count / max(self.scored_words, 1)

    @property
    def ideal_words(self) -> tuple[int, int]:
        return IDEAL_WORDS[self.question.question_type]

    # Topic ------------------------------------------------------------------------------------------
    @cached_property
    def concepts(self) -> frozenset[str]:
        # The union of the sentences' concept sets, which each sentence holds already.
        return frozenset().union(*map(_concepts_of, self.sentences))

    @cached_property
    def topic_share(self) -> float:
        """Share of the answer's content words that belong to the question's topic."""
        concepts = self.content_token_concepts
        if not concepts:
            return 0.0
        return sum(map(self.vocabulary.topic.__contains__, concepts)) / len(concepts)

    @cached_property
    def reference_share(self) -> float:
        """Share of the answer's content words that the key points or the model answer use: what the
        answer says about the topic, rather than the question's own words said back."""
        concepts = self.content_token_concepts
        if not concepts:
            return 0.0
        return sum(map(self.vocabulary.reference.__contains__, concepts)) / len(concepts)

    def share_of(self, concepts: frozenset[str]) -> float:
        """Share of a vocabulary the answer uses somewhere."""
        return len(concepts & self.concepts) / len(concepts) if concepts else 0.0

    @cached_property
    def point_credit(self) -> float:
        return sum(p.credit for p in self.points) / len(self.points) if self.points else 0.0

    @property
    def covered_points(self) -> list[PointCoverage]:
        return [p for p in self.points if p.status == "covered"]

    # Shape ------------------------------------------------------------------------------------------
    @cached_property
    def sparse_punctuation(self) -> bool:
        """Dictated or hurried answers with (almost) no full stops."""
        return self.scored_words >= 40 and self.scored_words / max(1, len(self.sentences)) > 40

    @cached_property
    def lacks_capitals(self) -> bool:
        return self.scored_words >= 5 and self.answer == self.answer.lower()

    @cached_property
    def mean_sentence_words(self) -> float:
        units = self.segments if self.sparse_punctuation else self.sentences
        return self.scored_words / len(units) if units else 0.0

    @cached_property
    def repeated_share(self) -> float:
        """Share of sentences that repeat an earlier one word for word."""
        if not self.sentences:
            return 0.0
        distinct = {" ".join(map(word_of, s.tokens)) for s in self.sentences}
        return 1 - len(distinct) / len(self.sentences)

    @cached_property
    def longest_sentence(self) -> Sentence | None:
        return max(self.sentences, key=lambda s: (s.word_count, -s.start), default=None)

    @cached_property
    def signposted(self) -> list[int]:
        """Indexes of segments that open with a signpost ("First", "Then", a bullet)."""
        # Each opening is matched directly: an anchored match is cheap, cheaper than a prefilter over all of them.
        match = STRUCTURE_MARKERS.compiled.match
        return [index for index, segment in enumerate(self.segments)
                if segment.listed or match(" ".join([t.word for t in segment.tokens[:STRUCTURE_MARKER_WORDS]]))]

    @cached_property
    def explained_segments(self) -> list[int]:
        return [i for i, segment in enumerate(self.segments) if is_explanation([segment])]

    @cached_property
    def list_like(self) -> list[bool]:
        """For each segment, whether it only lists terms ("Indexes, EXPLAIN, caching.")."""
        return [is_list_like([s]) for s in self.segments]

    @cached_property
    def list_like_words(self) -> int:
        """Words in stretches that only list terms."""
        return sum(s.word_count for s, listed in zip(self.segments, self.list_like, strict=True) if listed)

    @cached_property
    def reference_used(self) -> frozenset[str]:
        """Concepts of the key points and model answer the answer uses in sentences (not only in lists of terms)."""
        return frozenset().union(*(s.concepts for s, listed in zip(self.segments, self.list_like, strict=True)
                                   if not listed)) & self.vocabulary.reference

    @property
    def list_share(self) -> float:
        """Share of the answer that only lists terms."""
        return self.list_like_words / self.scored_words if self.scored_words else 0.0

    @property
    def explained_share(self) -> float:
        """Share of the answer's ideas that come with a reason or mechanism."""
        return len(self.explained_segments) / len(self.segments) if self.segments else 0.0

    def _segments_matching(self, pattern: LazyPattern) -> list[int]:
        texts = self.index
        search = pattern.compiled.search
        return [i for i in texts.candidates(pattern) if search(texts.texts[i])]

    @cached_property
    def example_segments(self) -> list[int]:
        return self._segments_matching(EXAMPLE_CUES)

    @cached_property
    def measured_segments(self) -> list[int]:
        if _MEASURE_WORDS is None:  # MEASURABLE changed shape: the plain search, still right
            return self._segments_matching(MEASURABLE)
        texts = self.index
        starts = texts.starts
        numbers = {bisect_right(starts, m.start()) - 1 for m in _NUMBER_START.finditer(texts.joined)}
        search = _MEASURE_WORDS.compiled.search
        words = [i for i in texts.candidates(_MEASURE_WORDS) if i not in numbers and search(texts.texts[i])]
        return sorted(numbers.union(words))

    @cached_property
    def proper_names(self) -> int:
        """Capitalised words inside sentences: named tools, companies, people — signs of specifics."""
        answer = self.answer
        # A token is never empty, so its first character is answer[token.start]. A plain loop: on tuples it
        # beats chains of map() and itemgetter, and builds no list of the inner tokens.
        return sum(1 for sentence in self.sentences for token in sentence.tokens[1:]
                   if answer[token.start].isupper() and token.word not in _FIRST_PERSON_I)

    @cached_property
    def named_terms(self) -> int:
        """Named tools and terms: capitalised words, or in an answer typed without capitals, the names the
        model answer uses (Redis, EXPLAIN) found in any case."""
        if not self.lacks_capitals:
            return self.proper_names
        return len({t.concept for t in self.tokens if t.concept in self.vocabulary.sample_names})

    @cached_property
    def specifics(self) -> int:
        """Measures, named tools and terms, and examples. In a story, "at my last job" or "we had a" only set the
        scene (every story has one): only an example said as one ("for example", "such as") counts there."""
        examples = self.example_segments
        if self.star is not None and examples:
            examples = [i for i in examples if _STORY_EXAMPLE.search(self.segments[i].lowered)]
        return len(self.measured_segments) + len(examples) + min(self.named_terms, 4)

    @cached_property
    def weighs_trade_offs(self) -> bool:
        """Whether the answer, grader-directed sentences included, names a cost or an alternative. Feedback asks
        twice. Most answers hold none of the pattern's strings, which a string search over a long answer proves
        faster than the pattern's own scan (it opens with a word boundary, so it tries every position)."""
        lowered = normalize(self.answer)
        return TRADE_OFF.may_match(lowered) and fast_search(TRADE_OFF).search(lowered) is not None

    @cached_property
    def soundness(self) -> Soundness:
        question = self.question
        return read_soundness(self.answer, self.segments, question.sample_answer, question.question_text,
                              question.key_points, self.star is not None, self.scored_words, self.point_credit,
                              index=self.index, sparse_punctuation=self.sparse_punctuation,
                              made=frozenset(i for i, p in enumerate(self.points) if p.status == "covered"))

    @cached_property
    def conduct(self) -> Conduct:
        """How questionable the choices and practices the answer describes sound, idea by idea (conduct.py). A short
        aside ("Good question.") or word about the candidate ("I'm pretty organized about this") describes no choice,
        though the model, trained on choices, hears one from a toss-up to unsound ("Good question." 0.47, "I'm pretty
        organized about this" 0.8): it is not read (rubric-1.16.0), so a pleasantry before an answer does not move its
        conduct. Only short ideas are searched, which keeps the two patterns' cost off the ideas of a long answer."""
        ideas = [i for i, idea in enumerate(self.segments) if idea.word_count > ASIDE_MAX_WORDS or not (
            screening.ASIDES.compiled.search(idea.lowered) or screening.PITCH.compiled.search(idea.lowered))]
        conduct = conduct_of([self.idea_features[i] for i in ideas])
        return conduct if conduct.segment is None else Conduct(conduct.unsound, ideas[conduct.segment], conduct.worst)

    @cached_property
    def idea_features(self) -> list[set[str]]:
        """Each idea's words and word pairs as the conduct and misconception models read them (conduct.features),
        read once for both."""
        return [conduct_features(segment) for segment in self.segments]

    @cached_property
    def misconception(self) -> float:
        """The misconception model's chance that the answer is a poor one, mostly wrong or confused however fluently
        it is told (misconception.py; rubric-1.17.0)."""
        return misconception.chance(self.idea_features)

    # Screening --------------------------------------------------------------------------------------
    @cached_property
    def declines(self) -> bool:
        return screening.declines(self.answer, self.scored_words)  # an instruction appended adds no words

    @cached_property
    def gibberish(self) -> bool:
        return screening.is_gibberish(self.tokens, self.topic_share)

    @cached_property
    def off_topic(self) -> bool:
        return screening.is_off_topic(self.topic_share, self.share_of(self.vocabulary.question),
                                      self.point_credit)

    @cached_property
    def restates_question(self) -> bool:
        return screening.restates_question(self.tokens, self.vocabulary.question, self.point_credit)

    @cached_property
    def copies_sample(self) -> bool:
        return screening.copies_sample(self.tokens, self.question.sample_answer, self.concepts)

    @cached_property
    def non_answer(self) -> bool:
        declined = (self.declines and self.point_credit < screening.DECLINED_MAX_POINT_CREDIT
                    and self.topic_share < screening.DECLINED_MAX_TOPIC_SHARE)
        return not self.tokens or self.gibberish or self.off_topic or declined or self.talks_elsewhere

    @cached_property
    def strays(self) -> float:
        """The focus model's chance that the reply talks about something else instead of answering (focus.py)."""
        return focus.chance(self.segments, self.vocabulary.question, self.vocabulary.reference)

    @cached_property
    def talks_elsewhere(self) -> bool:
        # Relevance is a score (rubric_scoring), and scoring reads this reading: imported when first asked.
        from interview.analysis.rubric_scoring import relevance  # noqa: PLC0415

        # Without key points or a model answer, relevance has only the question's words to go by: too little to
        # call a reply elsewhere.
        referenced = bool(self.question.key_points or self.question.sample_answer.strip())
        about_the_candidate = screening.asks_about_the_candidate(self.question.question_text)
        if referenced and screening.talks_elsewhere(self.answer, relevance(self), self.topic_share, self.point_credit,
                                                    about_the_candidate):
            return True
        # A reply the focus model is sure tells something else in place of an answer (the candidate's background,
        # most often), within an outright redirect's bounds (rubric-1.16.0).
        if (referenced and not about_the_candidate and focus.in_bounds(self.point_credit, relevance(self))
                and self.strays >= focus.STRAYS_MIN):
            return True
        # A pitch of oneself is no answer however near the field's words it stays, unless the question asks for one;
        # nor is a reply that makes no key point and mostly pitches or steers away (rubric-1.13.9).
        credit = self.point_credit
        if about_the_candidate or credit > max(screening.PITCH_MAX_POINT_CREDIT, screening.STEERING_MAX_POINT_CREDIT):
            return False
        topic = self.vocabulary.question | self.vocabulary.points
        about_me = screening.pitching(self.segments)  # read once for both rules
        return ((credit <= screening.PITCH_MAX_POINT_CREDIT and screening.pitches(self.segments, topic, about_me))
                or (credit <= screening.STEERING_MAX_POINT_CREDIT
                    and screening.deflects(self.segments, topic, about_me)))

    @cached_property
    def flags(self) -> list[str]:
        flags = []
        if self.non_answer:
            flags.append("non_answer")
        if self.scored_words < screening.TOO_SHORT_WORDS:
            flags.append("too_short")
        if self.restates_question and not self.non_answer:
            flags.append("restates_question")
        if self.copies_sample:
            flags.append("copied_from_model_answer")
        if self.instruction_indexes:
            flags.append("instruction_in_answer")
        return flags


def read_answer(question: QuestionContext, answer: str) -> Reading:
    vocabulary = topic_vocabulary(question)
    all_sentences = split_sentences(answer)
    words = answer_words(answer, all_sentences)  # every index below holds a part of these sentences
    instructions = screening.instruction_sentences(all_sentences, words)
    sentences = all_sentences
    if instructions:
        # An instruction's sentence is set aside, but for the candidate's own words before the instruction.
        sentences = [s for i, s in enumerate(all_sentences) if i not in instructions]
        for i in reversed(instructions):
            if (head := screening.split_instruction(answer, all_sentences[i])[0]) is not None:
                sentences.insert(i - sum(j < i for j in instructions), head)
    segments = split_segments(answer, sentences)
    index = CueIndex([s.lowered for s in segments], words)
    star = None
    if question.question_type in STORY_QUESTION_TYPES:
        star = detect_star(answer, segments, hypothetical=question.question_type == "situational", index=index)
    return Reading(
        answer=answer,
        question=question,
        vocabulary=vocabulary,
        all_sentences=all_sentences,
        instruction_indexes=instructions,
        sentences=sentences,
        segments=segments,
        index=index,
        delivery=read_delivery(answer, sentences),
        points=assess_points(answer, segments, question.key_points, vocabulary.question, star,
                             question.sample_answer),
        star=star,
    )

