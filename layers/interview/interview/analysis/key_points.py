"""Key-point coverage: for each point the question expects, is it covered, partly covered or missed,
and which words of the answer show it.

A point is matched by its content words (stemmed, with synonyms) inside one idea of the answer or two
neighbouring ones, so a quote can always be cut from the answer verbatim.
"""

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, repeat
from operator import or_

from interview.analysis.claims import Contradiction, contradictions, denies, negated
from interview.analysis.model import Coverage, KeyPointResult
from interview.analysis.star import STAR_LABEL, StarStory
from interview.analysis.text import (
    GENERIC_WORDS,
    STOP_WORDS,
    Sentence,
    concept,
    normalize,
    quote,
    split_sentences,
    tokenize,
    word_of,
    word_set,
)

# Share of a point's weighted content words that must appear together. A point made in the candidate's own words
# shows few of the rubric's: against answers labelled point by point (eval/points/), 0.4 rather than 0.5 finds 17 more
# of 178 points made covered in the unread sets, for 6 more of 330 not made (rubric-1.10.3).
COVERED_AT = 0.4
PARTIAL_AT = 0.2
# A point waved away in one idea and made elsewhere is qualified, not rejected, when it is made clearly (this share of
# its words or more) or in the words waved away; one made just above COVERED_AT in other words is rejected.
QUALIFIED_AT = 0.5
# Share of the model answer's own account of a point that, shown together, counts as fully telling it.
ACCOUNT_FULL_AT = 0.4
ACCOUNT_MIN_WORDS = 2
ACCOUNT_WORDS_PER_EXTRA = 40
# A point may be made across two neighbouring sentences, but they must show more than one does.
TWO_SENTENCE_DISCOUNT = 0.1
# A point's examples in brackets are choices ("(EDR isolation, shut the switch port or move to a quarantine VLAN,
# firewall block)"): together they weigh at most as much as this many of its words, so a long list of them does not
# dilute what the point's own words and a few examples show (rubric-1.13.12: eval/points/k3-k4, unread, find 128
# rather than 124 of 178 points made, and credit 51 rather than 47 of 239 points missed; lower caps credit more: one
# example word alone would touch a point of two words of its own).
EXAMPLES_MAX_WEIGHT = 4.0
# Completeness credit per status.
COVERAGE_CREDIT: dict[str, float] = {"covered": 1.0, "partial": 0.4, "missed": 0.0}
# A word the question already uses proves little when the answer repeats it; generic words prove less.
QUESTION_WORD_WEIGHT = 0.5
GENERIC_WORD_WEIGHT = 0.6
# Words of how a rubric is phrased, not of what it asks for ("Mentions trade-offs").
POINT_BOILERPLATE = frozenset({"mention", "mentions", "mentioned", "discuss", "discusses", "describe",
                               "describes", "via", "etc", "e.g", "i.e", "eg", "ie", "appropriate", "relevant",
                               "candidate", "they", "their", "clear", "clearly", "use", "using", "uses"})
# Words that show an idea is explained, not only named: a reason, a mechanism, a consequence.
EXPLANATION_CONCEPTS = frozenset(concept(word) for word in word_set("""
because so which since by when if whether means instead otherwise therefore prevent avoid allow let
help show tell reduce faster slower fewer less without rather see find check unless only whereas
"""))
MIN_EXPLAINED_WORDS = 8
# A "sentence" with almost no function words is a list of terms ("Indexes, EXPLAIN, caching.").
LIST_MAX_STOP_SHARE = 0.15
# Or terms strung on commas, a comma every word or two, whatever words they are ("many, joins, with, rows").
LIST_MIN_COMMAS_PER_WORD = 0.4
LIST_MIN_ITEMS = 5
_LIST_COMMA = re.compile(r",(?!\d)")  # not the thousands separator of 1,000,000
# Points about the shape of a story map onto STAR parts, which the STAR detector finds better than words.
STAR_POINT_WORDS: dict[str, re.Pattern[str]] = {
    "situation": re.compile(r"\b(?:situation|context|background|what went wrong|at (?:risk|stake)|why it mattered)\b"),
    "task": re.compile(r"\b(?:task|goal|responsibilit\w*|objective)\b"),
    # Rubrics phrase the candidate's own part as "how you…", "steps you took", "support you gave".
    "action": re.compile(r"\b(?:actions?|steps?|personally|how you (?:\w+ed|handled|dealt|raised|changed|took|made)"
                         r"|(?:changes|support|steps) you (?:made|gave|took))\b"),
    "result": re.compile(r"\b(?:results?|outcomes?|impact|measurable|quantified|metrics?|evidence (?:the|that)"
                         r"|improvement|(?:change|fix) worked)\b"),
    "reflection": re.compile(r"\b(?:lessons?|reflect\w*|takeaways?|what (?:they|you|was) learn\w*"
                             r"|changed in your process|applied afterwards)\b"),
}
# Words a point may say before a part's name and still be about that part ("Gives a measurable result…"); named
# later, the part is named in passing ("Triages findings by severity and user impact").
PART_NAMED_WITHIN = 3
# A point's examples, in brackets: "finds cover (sous chef steps up, …)" is not about the story's steps.
_ASIDES = re.compile(r"\([^)]*\)?")
_MEASURED_POINT = re.compile(r"\b(?:measurable|measured|quantified|quantifiable|metrics?|numbers?)\b")


@dataclass(frozen=True)
class PointCoverage:
    point: str
    status: Coverage
    share: float  # weighted share of the point's content words shown together
    explained: bool  # shown with a reason or mechanism, not only named
    quote: str | None
    sentence: int | None  # index of the (first) sentence that shows it

    @property
    def credit(self) -> float:
        return COVERAGE_CREDIT[self.status]

    def as_result(self) -> KeyPointResult:
        return KeyPointResult(point=self.point, status=self.status, quote=self.quote)


@lru_cache(maxsize=1024)
def point_terms(point: str, question_concepts: frozenset[str]) -> tuple[tuple[str, float], ...]:
    """Content concepts of a key point with how much each one proves."""
    terms: dict[str, float] = {}
    for token in tokenize(point):
        if not token.is_content or token.word in POINT_BOILERPLATE:
            continue
        weight = 1.0
        if token.concept in question_concepts:
            weight = QUESTION_WORD_WEIGHT
        elif token.word in GENERIC_WORDS:
            weight = GENERIC_WORD_WEIGHT
        terms.setdefault(token.concept, weight)
    return tuple(terms.items())


@lru_cache(maxsize=1024)
def example_terms(point: str, question_concepts: frozenset[str]) -> frozenset[str]:
    """Concepts a point names only in its brackets: examples of what it asks for, each a way of showing it
    ("Escalates through the right channels (charge nurse, rapid response team, SBAR)")."""
    if "(" not in point:
        return frozenset()
    named = {term for term, _ in point_terms(_ASIDES.sub(" ", point), question_concepts)}
    return frozenset(term for term, _ in point_terms(point, question_concepts) if term not in named)


def distinguishing_terms(terms: tuple[tuple[str, float], ...]) -> frozenset[str]:
    """The words that tell a point apart from its topic: neither the question's nor generic. A window
    that shows none of them (nor the model answer's account of the point) has only named the topic."""
    return frozenset(term for term, weight in terms if weight == 1.0)


def is_list_like(sentences: list[Sentence]) -> bool:
    """Terms without the function words that would make them a statement ("Indexes, EXPLAIN."), or strung
    on commas a word or two apart."""
    if len(sentences) == 1:  # asked of every idea one by one: read its counts directly
        words, stops = sentences[0].word_count, sentences[0].stop_count
    else:
        words = sum(sentence.word_count for sentence in sentences)
        stops = sum(sentence.stop_count for sentence in sentences)
    if not words:
        return False
    if stops / words < LIST_MAX_STOP_SHARE:
        return True
    commas = sum(len(_LIST_COMMA.findall(sentence.text)) for sentence in sentences)
    return commas + 1 >= LIST_MIN_ITEMS and commas >= LIST_MIN_COMMAS_PER_WORD * words


def is_explanation(sentences: list[Sentence]) -> bool:
    if len(sentences) == 1:  # asked of every idea one by one: the cheap word count first
        sentence = sentences[0]
        return (sentence.word_count >= MIN_EXPLAINED_WORDS and not EXPLANATION_CONCEPTS.isdisjoint(sentence.concepts)
                and not is_list_like(sentences))
    words = sum(sentence.word_count for sentence in sentences)
    cues = any(not EXPLANATION_CONCEPTS.isdisjoint(s.concepts) for s in sentences)
    return words >= MIN_EXPLAINED_WORDS and cues and not is_list_like(sentences)


def assess_points(answer: str, sentences: list[Sentence], points: tuple[str, ...],
                  question_concepts: frozenset[str], star: StarStory | None = None,
                  sample: str = "") -> list[PointCoverage]:
    # A point about a part of the story the story tells is judged on the story alone (see _assess): its words
    # are read only when some point needs them.
    by_story = [_story_point(point, star, question_concepts) for point in points]
    # An idea that asserts what the reference contradicts does not make any point, whatever its words; a point whose
    # practice the answer waves away ("testing restores is a waste of time") is not made at all.
    claims = contradictions(sentences, question_concepts, points, sample)
    dismissed = {c.point for c in claims if c.point is not None}
    if None not in by_story:
        rejected = dismissed - {c.point for c in _qualifying(claims, by_story, sentences)}  # type: ignore[arg-type]
        return [_missed(point) if number in rejected else told  # type: ignore
                for number, (told, point) in enumerate(zip(by_story, points, strict=True))]
    accounts = point_accounts(points, sample, question_concepts)
    wrong = frozenset(c.segment for c in claims)
    # "We don't need any queues" does not make the point "decoupled by a message queue": a point's words
    # count only where the answer asserts them, unless the point itself is a negation.
    glued = compounds((sample, *points))

    def assessed(wrong: frozenset[int]) -> list[PointCoverage]:
        windows, asserted = _windows_said(sentences, glued, wrong)
        return [told or _assess(answer, sentences, point, question_concepts, star, account,
                                windows if _is_negation(point) else asserted, glued)
                for told, point, account in zip(by_story, points, accounts, strict=True)]

    found = assessed(wrong)
    # A point made elsewhere in the answer and waved away in one case ("CSRF tokens aren't needed on an API that
    # takes only bearer tokens") is qualified, not rejected: that idea is then no wrong claim, and its words may
    # make other points. A point never made otherwise is rejected, and so is one made only by words other than the
    # practice waved away: "testing restores is a waste of time" is no qualification of "regularly tests restores"
    # when what makes that point is "RTO is how long we have to restore", which tests nothing (rubric-1.13.13).
    qualifying = _qualifying(claims, found, sentences)
    if qualifying:
        found = assessed(wrong - {c.segment for c in qualifying})
    rejected = dismissed - {c.point for c in qualifying}
    return [_missed(point.point) if number in rejected else point for number, point in enumerate(found)]


def _qualifying(claims: tuple[Contradiction, ...], found: list[PointCoverage],
                sentences: list[Sentence]) -> list[Contradiction]:
    """The dismissals that qualify a point the answer makes elsewhere (`found`: the points as read without them)."""
    return [c for c in claims if c.point is not None and _made_with(found[c.point], c, sentences)]


def _made_with(point: PointCoverage, claim: Contradiction, sentences: list[Sentence]) -> bool:
    """Whether a point waved away in `claim`'s idea is made elsewhere: clearly, or in most of the words waved away."""
    return (point.status == "covered" and point.sentence is not None and point.sentence != claim.segment
            and (point.share >= QUALIFIED_AT
                 or 2 * len(claim.practice & sentences[point.sentence].concepts) > len(claim.practice)))


def _missed(point: str) -> PointCoverage:
    return PointCoverage(point, "missed", 0.0, False, None, None)


def _story_point(point: str, star: StarStory | None, question_concepts: frozenset[str]) -> PointCoverage | None:
    """A point's coverage by the story, when it is about a part of the story the story tells (and says nothing
    of what that part must hold: such a point needs its words read too, see `_assess`)."""
    part_name = star_part_of(point) if star is not None else None
    if star is None or part_name is None or says_what_the_part_holds(point, question_concepts):
        return None
    return _story_coverage(point, part_name, star)


# Words of a point that only qualify or name the part in a rubric's stock phrases ("a clear situation", "a
# concrete action", "the result achieved", "task: their role", "result: deadline met", "action: took ownership").
_PART_QUALIFIERS = frozenset({
    "clear", "concrete", "specific", "brief", "short", "own", "personal", "real", "achieved", "achieve", "candidate",
    "candidates", "stakes", "measurable", "measured", "role", "roles", "number", "numbers", "success", "successful",
    "deadline", "deadlines", "met", "ownership", "owned", "took", "taken", "happened", "afterwards", "afterward",
    "problem", "set", "positive", "negative", "outcome", "improved", "improvement", "time", "saved", "overall",
    "final", "end", "what", "how", "did", "done", "made", "setup", "describe", "described", "explain"})


@lru_cache(maxsize=1024)
def says_what_the_part_holds(point: str, question_concepts: frozenset[str] = frozenset()) -> bool:
    """Whether a point labelled with a part of the story ("action: …") names what that part must hold: "action:
    written assumptions confirmed by the sponsor" is made by an action that writes down assumptions, not by any
    action; "result: measurable improvement achieved" by any measured result."""
    label = STAR_LABEL.match(point)
    if label is None:
        return False
    said = {t.concept for t in tokenize(point[label.end():]) if t.is_content and t.word not in POINT_BOILERPLATE
            and t.word not in GENERIC_WORDS and t.word not in _PART_QUALIFIERS and t.concept not in question_concepts
            and not any(words.search(t.word) for words in STAR_POINT_WORDS.values())}
    return bool(said)


@lru_cache(maxsize=1024)
def _is_negation(point: str) -> bool:
    """A point made by saying what not to do ("Avoid SELECT *", "no wildcard"): an answer makes it by saying
    "not…"."""
    return any(denies(t.word) for t in tokenize(point))


@lru_cache(maxsize=256)
def point_accounts(points: tuple[str, ...], sample: str,
                   question_concepts: frozenset[str]) -> tuple[frozenset[str], ...]:
    """Each point's account in the model answer, less the words of the other points: what tells this
    point apart, so explaining one point never counts as making another."""
    accounts = [point_account(point, sample, question_concepts) for point in points]
    words = [frozenset(term for term, _ in point_terms(point, question_concepts)) for point in points]
    return tuple(account.difference(*(w for j, w in enumerate(words) if j != i))
                 for i, account in enumerate(accounts))


@lru_cache(maxsize=1024)
def point_account(point: str, sample: str, question_concepts: frozenset[str]) -> frozenset[str]:
    """How the model answer makes a key point: the content concepts of its sentence that shows the point
    best, beyond the point's own words and the question's. A candidate who explains the point the way
    the model answer does has made it, even without the rubric's wording."""
    if not sample:
        return frozenset()
    terms = dict(point_terms(point, question_concepts))
    total = sum(terms.values())
    best, best_share = None, PARTIAL_AT
    for sentence in _sample_sentences(sample):
        share = sum(weight for term, weight in terms.items() if term in sentence.concepts) / total if total else 0
        if share > best_share:
            best, best_share = sentence, share
    if best is None:
        return frozenset()
    return frozenset(t.concept for t in best.tokens if t.is_content and t.word not in GENERIC_WORDS
                     and t.concept not in terms and t.concept not in question_concepts)


@lru_cache(maxsize=256)
def _sample_sentences(sample: str) -> tuple[Sentence, ...]:
    return tuple(split_sentences(sample))


def _assess(answer: str, sentences: list[Sentence], point: str, question_concepts: frozenset[str],
            star: StarStory | None, account: frozenset[str],
            windows: tuple[tuple[int, int, frozenset[str]], ...] | None = None,
            glued: dict[str, frozenset[str]] | None = None) -> PointCoverage:
    lexical = _lexical_coverage(answer, sentences, point, question_concepts, account, windows, glued)
    part_name = star_part_of(point) if star is not None else None
    if star is None or part_name is None:
        return lexical
    # Points about the story's shape are judged on the story: their words ("situation", "result")
    # are too generic to prove anything by themselves.
    by_story = _story_coverage(point, part_name, star)
    if by_story is not None and says_what_the_part_holds(point, question_concepts):
        # The story tells the part; the point is made when some of its own words are there too, and only touched
        # otherwise (an action that is not the one the point names, or one told in words the point does not use).
        if lexical.status == "covered" and by_story.status == "covered":
            return lexical
        if lexical.status != "missed":
            return PointCoverage(point, "partial", lexical.share, lexical.explained, lexical.quote, lexical.sentence)
        return PointCoverage(point, "partial", lexical.share, False, by_story.quote, by_story.sentence)
    if by_story is not None:
        return by_story
    if lexical.status == "covered":
        return PointCoverage(point, "partial", lexical.share, lexical.explained, lexical.quote, lexical.sentence)
    return PointCoverage(point, "missed", lexical.share, False, None, None)


@lru_cache(maxsize=1024)
def star_part_of(point: str) -> str | None:
    """The STAR part (or "reflection") a key point is about, if it is about one: the part named first, so
    "Measurable outcome (task time, error rate)" is about the result, not the task."""
    lowered = _ASIDES.sub(" ", point.lower())
    named = [(m.start(), name) for name, words in STAR_POINT_WORDS.items() if (m := words.search(lowered))]
    if not named:
        return None
    at, name = min(named)
    # A point is about a part of the story when it opens with it ("Describes the situation…", "Gives a measurable
    # result…"); one that names a part late names it in passing ("Triages findings by severity and user impact").
    return name if len(lowered[:at].split()) <= PART_NAMED_WITHIN else None


def _lexical_coverage(answer: str, sentences: list[Sentence], point: str,
                      question_concepts: frozenset[str], account: frozenset[str] = frozenset(),
                      windows: tuple[tuple[int, int, frozenset[str]], ...] | None = None,
                      glued: dict[str, frozenset[str]] | None = None) -> PointCoverage:
    glued = glued or {}
    terms = point_terms(point, question_concepts)
    best: tuple[float, int, int] | None = None  # (preference, start, width)
    best_share = 0.0
    total, names, weights, wanted, distinguishing, examples = _point_weights(
        terms, account, example_terms(point, question_concepts))
    if not total:
        return PointCoverage(point, "missed", 0.0, False, None, None)
    # A window is weighed on the words of the point and of its account it shows, and on whether it tells the
    # account closely enough; of the windows of one width alike in these, only the first can be chosen (a
    # later one ties at best), and long answers repeat the same few.
    weighed: set[tuple[int, frozenset[str], bool]] = set()
    for start, width, concepts in windows if windows is not None else _windows(sentences):
        if wanted.isdisjoint(concepts):
            continue
        shown = wanted & concepts
        told_words = len(account & shown)
        # Long stretches share words with anything: they must show more of the account. Within one idea the
        # stretch is where the account is told, so a run-on answer without full stops is read like a
        # punctuated one.
        told_enough = told_words >= ACCOUNT_MIN_WORDS
        if told_enough:
            window = sentences[start:start + width]
            if width == 2:
                stretch = window[0].word_count + window[1].word_count
            elif told_words >= ACCOUNT_MIN_WORDS + window[0].word_count // ACCOUNT_WORDS_PER_EXTRA:
                stretch = 0  # told closely enough whatever the span, which is never longer than the idea
            else:
                stretch = _account_span(window, account, glued)
            told_enough = told_words >= ACCOUNT_MIN_WORDS + stretch // ACCOUNT_WORDS_PER_EXTRA
        if not told_enough and distinguishing and distinguishing.isdisjoint(shown):
            # Only the topic's words (the question's, generic ones): the point itself is not made.
            continue
        alike = (width, shown, told_enough)
        if alike in weighed:
            continue
        weighed.add(alike)
        share = sum(compress(weights, map(shown.__contains__, names)))
        if examples is not None:  # the examples shown weigh EXAMPLES_MAX_WEIGHT at most
            share -= max(0.0, sum(compress(examples[1], map(shown.__contains__, examples[0]))) - EXAMPLES_MAX_WEIGHT)
        share /= total
        if told_enough:
            told = min(1.0, told_words / (ACCOUNT_FULL_AT * len(account)))
            share = max(share, (share + told) / 2)
        preference = share - TWO_SENTENCE_DISCOUNT * (width - 1)
        if share > 0 and (best is None or preference > best[0]):
            best, best_share = (preference, start, width), share
    if best is None or best_share < PARTIAL_AT:
        return PointCoverage(point, "missed", best_share, False, None, None)
    _, start, width = best
    window = sentences[start:start + width]
    explained = is_explanation(window)
    covered = best_share >= COVERED_AT and not is_list_like(window)
    return PointCoverage(
        point=point,
        status="covered" if covered else "partial",
        share=round(best_share, 3),
        explained=explained,
        quote=_window_quote(answer, window, {term for term, _ in terms}),
        sentence=start,
    )


@lru_cache(maxsize=1024)
def _point_weights(terms: tuple[tuple[str, float], ...], account: frozenset[str],
                   examples: frozenset[str] = frozenset()) -> tuple[
        float, tuple[str, ...], tuple[float, ...], frozenset[str], frozenset[str],
        tuple[tuple[str, ...], tuple[float, ...]] | None]:
    """A point's weights built once: their total, its concepts and weights in order, the concepts a window
    must share with it (its own and its account's), its distinguishing ones, and its examples' concepts and
    weights (None when it has none). The examples weigh EXAMPLES_MAX_WEIGHT at most in the total."""
    names = tuple(term for term, _ in terms)
    weights = tuple(weight for _, weight in terms)
    total = sum(weights)
    found = None
    if examples:
        example_weights = [(term, weight) for term, weight in terms if term in examples]
        found = (tuple(term for term, _ in example_weights), tuple(weight for _, weight in example_weights))
        total -= max(0.0, sum(found[1]) - EXAMPLES_MAX_WEIGHT)
    return total, names, weights, frozenset(names) | account, distinguishing_terms(terms), found


@lru_cache(maxsize=256)
def compounds(texts: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """Hyphenated, slashed and bracketed terms of the reference as one glued word ("p-value" as "pvalue",
    "Access-Control-Max-Age" as "accesscontrolmaxage", "O(1)" as "o1") with the concepts of their parts:
    dictated or unpunctuated answers lose the punctuation, not the terms."""
    found: dict[str, frozenset[str]] = {}
    for text in texts:
        for match in _COMPOUND.finditer(normalize(text)):
            glued = _JOINERS.sub("", match.group())
            if glued not in STOP_WORDS:  # "O(n)" glued is "on", which is only ever the word "on"
                found[glued] = frozenset(concept(part) for part in _JOINERS.split(match.group()))
    return found


_JOINERS = re.compile(r"[-/().:=<>]+")
_COMPOUND = re.compile(r"[^\W_]+(?:[-/().:=<>]+[^\W_]+)+")


def _account_span(window: list[Sentence], account: frozenset[str], glued: dict[str, frozenset[str]]) -> int:
    """Words from the first to the last word of a point's account in a window: words told close together
    are one account, words scattered over a long stretch (a run-on answer without full stops) may be chance."""
    positions = [i for i, token in enumerate(t for s in window for t in s.tokens)
                 if token.concept in account or glued.get(token.word, frozenset()) & account]
    return positions[-1] - positions[0] + 1 if positions else 0


def _windows(sentences: list[Sentence]) -> tuple[tuple[int, int, frozenset[str]], ...]:
    """Every sentence and pair of neighbouring sentences with its concepts."""
    return _pairs([s.concepts for s in sentences], frozenset())


def _windows_said(sentences: list[Sentence], glued: dict[str, frozenset[str]], wrong: frozenset[int]) -> tuple[
        tuple[tuple[int, int, frozenset[str]], ...], tuple[tuple[int, int, frozenset[str]], ...]]:
    """The windows of an answer, computed once: with every concept said, and with only those asserted
    (what a sentence denies left out). Glued compounds add their parts; contradicted ideas make no window.
    The model answer's own windows are asked for once per point, so recent results are kept."""
    key = (tuple((s.start, s.text) for s in sentences), id(glued) if glued else 0, wrong)
    cached = _WINDOWS.get(key)
    if cached is not None and (cached[0] is glued or not (glued or cached[0])):
        return cached[1]
    said = [s.concepts for s in sentences]
    if glued:
        compound_words = glued.keys()  # most ideas say none of them: one C-level test each
        said = [concepts if compound_words.isdisjoint(map(word_of, s.tokens))
                else concepts.union(*(glued[t.word] for t in s.tokens if t.word in glued))
                for concepts, s in zip(said, sentences, strict=True)]
    denials = list(map(negated, sentences))
    windows = _pairs(said, wrong)
    asserted = windows if not any(denials) else _pairs([c - d for c, d in zip(said, denials, strict=True)], wrong)
    if len(_WINDOWS) >= _WINDOWS_KEPT:
        _WINDOWS.clear()
    _WINDOWS[key] = (glued, (windows, asserted))
    return windows, asserted


_WINDOWS_KEPT = 64
_WINDOWS: dict[tuple[object, ...], tuple[dict[str, frozenset[str]], tuple[
    tuple[tuple[int, int, frozenset[str]], ...], tuple[tuple[int, int, frozenset[str]], ...]]]] = {}


def _pairs(said: list[frozenset[str]], wrong: frozenset[int]) -> tuple[tuple[int, int, frozenset[str]], ...]:
    if not wrong:
        # Usually nothing is contradicted: every idea, and every pair interleaved after its first idea, built
        # with C-level maps and slice assignments.
        windows: list[tuple[int, int, frozenset[str]]] = [None] * max(0, 2 * len(said) - 1)  # type: ignore[list-item]
        windows[0::2] = zip(range(len(said)), repeat(1), said)
        windows[1::2] = zip(range(len(said) - 1), repeat(2), map(or_, said, said[1:]))
        return tuple(windows)
    windows = []
    for start, concepts in enumerate(said):
        if start not in wrong:
            windows.append((start, 1, concepts))
        if start + 1 < len(said) and start not in wrong and start + 1 not in wrong:
            windows.append((start, 2, concepts | said[start + 1]))
    return tuple(windows)


def _window_quote(answer: str, window: list[Sentence], terms: set[str]) -> str:
    if len(window) == 2 and sum(s.word_count for s in window) <= 40:
        return answer[window[0].start:window[1].end]
    hits = [[i for i, token in enumerate(s.tokens) if token.concept in terms] for s in window]
    richest = max(range(len(window)), key=lambda i: (len(hits[i]), -i))
    return quote(answer, window[richest], tuple(hits[richest]))


def _story_coverage(point: str, part_name: str, star: StarStory) -> PointCoverage | None:
    part = star.reflection if part_name == "reflection" else star.part(part_name)
    if not part.present:
        return None
    status: Coverage = "covered"
    if part_name == "result" and _MEASURED_POINT.search(point.lower()) and not star.measurable_result:
        status = "partial"
    if part_name == "action" and not star.owns_actions:
        status = "partial"
    return PointCoverage(point, status, 1.0, True, part.evidence, part.sentence)
