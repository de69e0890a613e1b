"""Soundness: signs that an answer says wrong or confused things, or answers a different question.

A lexical analyzer cannot check facts, but an interviewer hears some warning signs without knowing
the subject: sweeping claims ("always", "guaranteed", "you don't need any…") that the model answer
does not make, confusion in the candidate's own words ("I always mix these up"), and, in a story,
the wrong story: being helped when asked about helping, giving feedback when asked about receiving
it, or denying the premise ("I don't really miss deadlines").
"""

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, count

from interview.analysis.claims import contradictions
from interview.analysis.judgement import RedFlag, red_flags
from interview.analysis.text import (
    GENERIC_WORDS,
    LONG_SEGMENT_WORDS,
    QUESTION_BOILERPLATE,
    STOP_WORDS,
    LazyPattern,
    Sentence,
    TextIndex,
    Token,
    concept,
    concept_of,
    content_concepts,
    normalize,
    split_sentences,
    tokenize,
    word_of,
    word_set,
)

# Claims without exceptions; an expert qualifies them. Counted only when the model answer does not
# use the same word, so "never" in "collisions cost time but never correctness" stays fair.
SWEEPING = LazyPattern(
    r"\b(?:always|never|guaranteed|guarantees?|nobody|no one|nothing|everything|everyone|anything|any"
    r"|automatically|impossible|completely|entirely|totally)\b")
# Waving the question's concern away ("then you don't need to limit anything").
DISMISSIVE = LazyPattern(
    r"\b(?:(?:don'?t|doesn'?t|do not|does not|won'?t) (?:really |even )?need(?: to| any)?|no need"
    r"|not (?:really )?needed|(?:aren'?t|isn'?t) (?:really )?needed|anyway|just (?:creates|makes|causes)"
    r"|(?:will|would) (?:still manage|understand eventually|figure it out|get over it))\b")
# Strings one of which every DISMISSIVE match holds, one or more per branch (keep them in step with it): the
# strings read from the pattern itself include "will " and "would ", which most sentences of a plan hold. The
# need branches are told by the negation's last letter before "need" ("don't need", "not really needed", "no
# need"): a bare "need" is in every plan that says what it needs.
DISMISSIVE_HINTS = LazyPattern("t need|t really need|t even need|no need|anyway|just |still manage"
                               "|understand eventually|figure it out|get over it")
# Words that make a sweeping word a guess rather than a claim without exceptions, in its clause ("hopefully
# nothing breaks"; not "maybe it is overkill, but you don't need rate limiting anyway").
_QUALIFIERS = word_set("probably maybe perhaps hopefully sometimes might possibly")
_CLAUSE_EDGE = re.compile(r"[,;:]|\b(?:but|so|because|and)\b")
_WORD = re.compile(r"[a-z']+")


def _guessed(text: str, at: int) -> bool:
    """Whether the clause around position `at` of a lowered text holds a qualifier."""
    edges = [m.start() for m in _CLAUSE_EDGE.finditer(text)]
    start = max((e for e in edges if e < at), default=0)
    end = min((e for e in edges if e > at), default=len(text))
    return not _QUALIFIERS.isdisjoint(_WORD.findall(text, start, end))


# The candidate's own words for not knowing which is which.
CONFUSION = LazyPattern(
    r"\b(?:(?:mix|mixed|mixing) (?:these|them|those|the two) up|basically the same|pretty much the same"
    r"|(?:kind|sort) of the same|i (?:always|often|sometimes) (?:confuse|forget|mix)"
    r"|not sure (?:which|what the difference)"
    r"|or (?:was it|is it) the other way|the other way (?:round|around)\?|can never remember"
    # Taking it back mid-answer, or not remembering how one's own story ended.
    r"|,\s*or actually|^or actually|or maybe not|actually maybe"
    r"|i (?:don'?t|do not) (?:totally |really |quite |fully )?remember"
    r"(?! (?:the )?(?:exact|precise|specific)|exactly))\b")
# A mix-up is the candidate's own only when "I" or "we" mixes them, in the words right before ("I always mix these
# up", "we keep mixing them up"), not when someone else does or must not ("who was still mixing them up", "so nobody
# would mix them up", "told the interns not to mix them up"). A sameness is a confusion when two things are said to
# be one ("they're basically the same thing", "it's basically the same as a cache"), not when something stays as it
# was ("the error rate stayed basically the same as before") or is the same somewhere ("the same in every branch").
_MIX_UP = re.compile(r"mix(?:ed|ing)? ")
_MIXER = re.compile(r"\b(?:i|we)(?:'m|'ve|'d|'re)? (?:(?:always|often|sometimes|still|usually|tend to|keep|kept|get|got"
                    r"|will|would|might|could|can|do|did|just|even|probably|definitely|totally)\s+){0,2}$")
_SAMENESS = re.compile(r"(?:basically|pretty much|kind of|sort of) the same")
_SAME_CLAIM = re.compile(r"\b(?:is|are|was|were|'s|'re|seem|seems|looked|look|looks|sound|sounds) $")
_SAMENESS_THEN = word_set("thing things idea concept as except but and just really or you no")
_AS_BEFORE = re.compile(r" as (?:before|last|it was|they were|usual|ever|always)\b")


def _confused(text: str, match: re.Match[str]) -> bool:
    """Whether a CONFUSION match in a lowered idea is the candidate's own confusion."""
    phrase = match.group()
    if _MIX_UP.match(phrase):
        return _MIXER.search(text, 0, match.start()) is not None
    if _SAMENESS.match(phrase):
        if not _SAME_CLAIM.search(text, 0, match.start()) or _AS_BEFORE.match(text, match.end()):
            return False
        after = _WORD.match(text, match.end() + 1) if text[match.end():match.end() + 1] == " " else None
        return after is None or after.group() in _SAMENESS_THEN
    return True


# Words of a question that say what the candidate did ("a time you helped…"), read after "you".
_SKIP_AFTER_YOU = word_set("would did do have had has were was are ever once really recently last first been "
                           "might could should were going to your a an the")
# Verbs whose converse tells the mirror-image story ("received feedback" against "gave feedback").
CONVERSES: dict[str, tuple[str, ...]] = {
    "receive": ("give", "provide", "offer"),
    "get": ("give", "provide"),
    "give": ("receive", "get"),
    "learn": ("teach",),
    "teach": ("learn",),
    "follow": ("lead",),
    "lead": ("follow",),
}
# People a story can involve, by role: a question that names who the act involves ("disagreed with your
# lead or manager") is not answered by the same act with someone else ("I disagreed with a client").
ROLES = word_set("""lead manager managers boss supervisor teammate teammates colleague colleagues coworker
coworkers peer peers stakeholder stakeholders customer customers client clients user users executive
executives director mentor reviewer professor teacher""")
_CONVERSE_CONCEPTS = {concept(verb): frozenset(concept(c) for c in others) for verb, others in CONVERSES.items()}
# Acts of helping someone grow. Asked about one, a story that only receives them is the mirror image, whichever
# verb it uses ("my tech lead sat with me and taught me…" when asked about a time you mentored someone).
HELPING = frozenset(map(concept, word_set("mentor coach teach taught help guide train support")))
# With the apostrophe-less forms dictation writes ("i wasnt getting enough guidance").
_NEGATION = word_set("""not no never don't doesn't didn't wasn't weren't isn't aren't haven't hasn't rarely dont doesnt
didnt wasnt werent isnt arent havent hasnt cant couldnt wouldnt wont""")
_ME = word_set("me us")
_THEM = word_set("him her them")
# What helps without being a person: "the experience helped me…", "mentoring him taught me…".
_NOT_A_PERSON = word_set("""it this that which experience mentoring coaching teaching process project work role job
conflict disagreement situation mistake failure incident lesson whole""")
_I = word_set("i we i've we've i'd we'd i'll we'll")
_CONDITIONAL = word_set("if whether unless")
_HARDLY = word_set("little nothing")  # not "when": in a story it sets the time
_ASKING = word_set("""ask asks asked want wants wanted tell tells told expect expects expected need needs needed require
requires required pressure pressures pressured push pushes pushed urge urges urged""")
_OTHER_SUBJECTS = word_set("they he she it they've they're he's she's it's")
_PASSIVE = word_set("were was are is been being get got gets")
_ADVERBS = word_set("just recently ever once really first then suddenly unexpectedly")
_NOT_AN_ACT = frozenset(map(concept, word_set("believe think feel know want wish hope suspect expect")))
# After a denied act: what makes it the question's act denied ("I don't really make mistakes", "I've never missed
# one") rather than another act ("I didn't make a backup first") or the act done badly ("I didn't handle it well").
_BARE_OBJECTS = word_set("it that this them one those these anything any anyone anybody")
DENIAL_REACH = 8  # words after a denied act read for its object and what narrows it
# What narrows a denied act to a time, a manner or a means: the act was done ("never made that mistake again").
_NARROWING = word_set("again anymore twice alone same until unless without overnight since instead")
# Words in -ly that narrow nothing: fillers ("I've never really…, honestly") and words that only look like adverbs.
_NOT_NARROWING_LY = word_set("really honestly actually truly early only family")
_PREPOSITIONS = word_set("by as in through with into from for at on during before after")
_SPANS = word_set("years year months month career life job jobs role roles time ever decade")
_BADLY = word_set("well right properly correctly perfectly smoothly great everything all initially")
_CLAUSE_ENDS = word_set("and but so because when while which until since though although or")
_REFLEXIVE = word_set("myself ourselves")
_WITH = word_set("with to against")
_SIDES = {concept(word): side for side, words in (
    ("above", "lead manager managers boss supervisor director executive executives mentor professor teacher"),
    ("beside", "teammate teammates colleague colleagues coworker coworkers peer peers"),
    ("outside", "customer customers client clients user users stakeholder stakeholders")) for word in words.split()}
_GIVING = frozenset(map(concept, word_set("give gave given provide provided offer offered")))
_FOLLOW = concept("follow")
_FOLLOWING_UP = word_set("up through")
_HOW_MANY = word_set("""two three four five six seven eight nine ten eleven twelve fifteen twenty thirty hundred
dozen several few couple many some new""")
# Who a converse act is done to: "I gave a colleague feedback", "I taught him", not "I taught myself React".
_PEOPLE = ROLES | word_set("him her them someone somebody people person team teams junior juniors intern interns")
CONDITIONAL_REACH = 6  # words before an act that a condition governs it from
# Words said next to a key concept that the model answer never says about anything: "the keys are
# encrypted with SHA-256" when the model answer's account of keys is hashing into buckets. Some are
# the candidate's own examples, so a few per 100 words are free, and the cost fades as the answer covers
# the key points (a full answer has earned its asides).
UNSUPPORTED_FREE_RATE = 12.0
UNSUPPORTED_PER_RATE = 0.025
UNSUPPORTED_CAP = 0.45
UNSUPPORTED_FORGIVEN_AT = 0.6  # key-point credit from which asides cost nothing
UNSUPPORTED_REACH = 5  # words either side of a key concept that a long stretch says about it
SWEEPING_FREE_RATE = 0.5  # sweeping words per 100 words an answer may use before it counts
SWEEPING_PER_RATE = 0.08  # share of soundness lost per sweeping or dismissive claim per 100 words
SWEEPING_CAP = 0.35
CONFUSION_COST = 0.25
# Ideas that assert what the reference contradicts (claims.py): each costs this share, up to the cap, and
# the cost fades as the answer covers the key points (a slip in a full answer is not a wrong answer).
CONTRADICTION_COST = 0.2
CONTRADICTION_CAP = 0.5
CONTRADICTION_FORGIVEN_AT = 0.8
# A key point's practice waved away ("testing restores is a waste of time"): on top of its cost as a contradicted
# claim, and not forgiven by the points covered, since it rejects one of them.
DISMISSAL_COST = 0.15
DISMISSAL_CAP = 0.3
WRONG_STORY_COST = 0.55
# A red flag of judgement in a story (judgement.py) costs this share each, up to the cap; covering the key
# points does not forgive it (a story can name every point and still show the wrong call).
RED_FLAG_COST = 0.25
RED_FLAG_CAP = 0.5


@dataclass(frozen=True)
class Soundness:
    sweeping: tuple[int, ...]  # segment index of each sweeping or dismissive claim
    confusion: tuple[int, ...]  # segment index of each confusion marker
    wrong_story: int | None  # segment where the story turns out to answer another question
    sweeping_rate: float  # sweeping or dismissive claims per 100 words
    unsupported_rate: float  # words foreign to the reference said next to key concepts, per 100 words
    unsupported_segment: int | None  # the segment with most of them
    coverage: float  # key-point credit of the answer, 0 to 1
    contradicted: tuple[int, ...] = ()  # segment index of each idea the reference contradicts
    red_flags: tuple[RedFlag, ...] = ()  # the red flags of judgement in a story, one per segment at most
    # Each idea that waves away a key point's practice (claims.py), also among `contradicted`: (segment index,
    # key point number).
    dismissed: tuple[tuple[int, int], ...] = ()

    @property
    def factor(self) -> float:
        """Share of technical accuracy the answer keeps: 1 when nothing rings false."""
        value = 1.0
        excess_unsupported = max(0.0, self.unsupported_rate - UNSUPPORTED_FREE_RATE)
        earned = min(1.0, self.coverage / UNSUPPORTED_FORGIVEN_AT)
        value -= min(UNSUPPORTED_CAP, UNSUPPORTED_PER_RATE * excess_unsupported) * (1 - earned)
        excess = max(0.0, self.sweeping_rate - SWEEPING_FREE_RATE)
        value -= min(SWEEPING_CAP, SWEEPING_PER_RATE * excess)
        value -= CONFUSION_COST * min(2, len(self.confusion))
        value -= self.contradiction_cost
        value -= min(DISMISSAL_CAP, DISMISSAL_COST * len(self.dismissed))
        if self.wrong_story is not None:
            value -= WRONG_STORY_COST
        value -= min(RED_FLAG_CAP, RED_FLAG_COST * len(self.red_flags))
        return max(0.1, value)


    @property
    def shows_wrong_claim(self) -> bool:
        """Whether a contradicted claim costs this answer something, so its feedback must say so: a practice waved
        away always does, any other claim only while the key points covered do not forgive it."""
        return bool(self.contradicted) and (self.contradiction_cost > 0 or bool(self.dismissed))

    @property
    def contradiction_cost(self) -> float:
        """Share of soundness lost to contradicted claims, less as the key points are covered."""
        earned = min(1.0, self.coverage / CONTRADICTION_FORGIVEN_AT)
        return min(CONTRADICTION_CAP, CONTRADICTION_COST * len(self.contradicted)) * (1 - earned)


@lru_cache(maxsize=256)
def question_actions(question_text: str) -> tuple[frozenset[str], frozenset[str]]:
    """Concepts of what the question says the candidate did, and of what it says they did not
    ("a problem that wasn't assigned to you")."""
    tokens = tokenize(question_text)
    words = [t.word for t in tokens]
    done: set[str] = set()
    negated: set[str] = set()
    for i, word in enumerate(words):
        # "asks you to sign off", "tells you they've received an offer": asked of the candidate, or done by others.
        if word == "you" and (i == 0 or words[i - 1] not in _ASKING):
            for j in range(i + 1, min(len(tokens), i + 5)):
                token = tokens[j]
                if token.word in _OTHER_SUBJECTS:
                    break
                if token.word in _CONDITIONAL:
                    break  # "what would you do if a senior colleague…": the act is in the condition's own "you…"
                if token.word in _SKIP_AFTER_YOU or token.word in STOP_WORDS:
                    continue
                # "you were asked to lead…", "you were given a task": done to the candidate, not by them (the
                # participle must follow the "were": not "you were going to miss a deadline"); "you believe it
                # won't work", "you want to sunset…": a view or a wish, which a plan may well not repeat.
                after_were = words[j - 1] in _PASSIVE or (j - 2 > i and words[j - 2] in _PASSIVE
                                                          and words[j - 1] in _ADVERBS)
                if after_were and not token.word.endswith("ing") or token.concept in _NOT_AN_ACT:
                    break
                # "you can't reproduce it" is what the candidate could not do (read below as negated); "you had to
                # say no" is itself a refusal, which "I didn't say no at first" does not deny.
                # "you knew very little about" is what the candidate did not know.
                if (token.word not in QUESTION_BOILERPLATE and not _negates(words[i + 1:j])
                        and words[j + 1:j + 2] != ["no"] and _HARDLY.isdisjoint(words[j + 1:j + 3])):
                    done.add(token.concept)
                break
        if word in _NEGATION or word.endswith("n't"):
            following = next((t for t in tokens[i + 1:i + 3]
                              if t.is_content and t.word not in GENERIC_WORDS), None)
            if following is not None:
                negated.add(following.concept)
    return frozenset(done), frozenset(negated)


@dataclass(frozen=True)
class ReferenceAccount:
    """What the model answer and key points say about each of the question's key concepts."""

    keys: frozenset[str]  # concepts of the key points and the question
    vocabulary: frozenset[str]  # every content concept of the reference and the question
    accounts: dict[str, frozenset[str]]  # key concept -> concepts said with it in the reference


# Words a token's own flags do not rule out but that say nothing about the subject: tested as one set.
_NOT_CONTENT = GENERIC_WORDS | QUESTION_BOILERPLATE


def _content(tokens: tuple[Token, ...] | list[Token]) -> set[str]:
    return {t.concept for t in tokens if t.is_content and t.word not in _NOT_CONTENT}


@lru_cache(maxsize=256)
def reference_account(question_text: str, key_points: tuple[str, ...], sample: str) -> ReferenceAccount:
    units = [_content(s.tokens) for s in split_sentences(sample)] + [_content(tokenize(p)) for p in key_points]
    question = _content(tokenize(question_text))
    keys = set(question).union(*(units[-len(key_points):] if key_points else []))
    accounts: dict[str, set[str]] = defaultdict(set)
    for unit in units:
        for key in unit & keys:
            accounts[key] |= unit
    return ReferenceAccount(frozenset(keys), frozenset(question.union(*units)),
                            {key: frozenset(words) for key, words in accounts.items()})


def _unsupported(segments: list[Sentence], reference: ReferenceAccount,
                 guessed_ideas: bool = False) -> tuple[int, int | None]:
    """Words foreign to the whole reference said in the same idea as a key concept, and where most are.
    `guessed_ideas`: the text has (almost) no full stops, so where one idea ends is a guess."""
    total, worst, worst_count = 0, None, 0
    keys = reference.keys
    for index, segment in enumerate(segments):
        if segment.concepts.isdisjoint(keys):
            continue  # its content words are among its concepts: none is a key concept
        words = _content(segment.tokens)
        if not words & keys:
            continue
        if guessed_ideas or segment.word_count > LONG_SEGMENT_WORDS:
            # A run-on stretch, or dictated text cut where it could be, can hold several ideas: only the words
            # near a key concept are said about it.
            tokens = segment.tokens
            near = {j for i, t in enumerate(tokens) if t.concept in reference.keys
                    for j in range(max(0, i - UNSUPPORTED_REACH), min(len(tokens), i + UNSUPPORTED_REACH + 1))}
            words = _content([tokens[j] for j in sorted(near)])
        count = len(words - reference.vocabulary)
        total += count
        if count > worst_count:
            worst, worst_count = index, count
    return total, worst


@lru_cache(maxsize=256)
def _sweeping_in_sample(sample: str) -> frozenset[str]:
    """Concepts of the sweeping words the model answer itself uses."""
    return frozenset(concept(m.group()) for m in SWEEPING.finditer(normalize(sample)))


def read_soundness(answer: str, segments: list[Sentence], sample: str, question_text: str,
                   key_points: tuple[str, ...], story: bool, words: int, coverage: float,
                   index: TextIndex | None = None, sparse_punctuation: bool = False,
                   made: frozenset[int] = frozenset()) -> Soundness:
    """`index`, when given, holds the lowered texts of `segments` (the reading has one already);
    `sparse_punctuation`: the answer has (almost) no full stops (Reading.sparse_punctuation); `made`: the numbers
    of the key points the answer makes (a practice waved away in one case is then a qualification, not a wrong
    claim)."""
    allowed = _sweeping_in_sample(sample)
    sweeping: list[int] = []
    confusion: list[int] = []
    # Each pattern runs only on the segments its prefilter finds (most hold none of its words); every
    # index list stays in segment order, as a pass over all segments would give it.
    if index is None:
        index = TextIndex([s.lowered for s in segments])
    texts = index.texts
    found = {i: [i for m in SWEEPING.compiled.finditer(texts[i])
                 if concept(m.group()) not in allowed and not _guessed(texts[i], m.start())]
             for i in index.candidates(SWEEPING)}
    for i in index.candidates(DISMISSIVE_HINTS):
        found.setdefault(i, []).extend(i for m in DISMISSIVE.compiled.finditer(texts[i])
                                       if not _guessed(texts[i], m.start()))
    for i in sorted(found):
        sweeping += found[i]
    confusion += [i for i in index.candidates(CONFUSION) for m in CONFUSION.compiled.finditer(texts[i])
                  if _confused(texts[i], m)]
    wrong_story = _wrong_story(segments, question_text) if story else None
    # Without key points or a model answer there is no account of the topic that a word could be foreign to.
    unsupported, unsupported_segment = (
        _unsupported(segments, reference_account(question_text, key_points, sample), sparse_punctuation)
        if key_points or sample.strip() else (0, None))
    # A practice waved away in an answer that makes its point elsewhere is a qualification (key_points.py).
    claims = [c for c in contradictions(segments, question_concepts(question_text), key_points, sample)
              if c.point is None or c.point not in made]
    return Soundness(
        contradicted=tuple(c.segment for c in claims),
        red_flags=red_flags(segments, index) if story else (),
        dismissed=tuple((c.segment, c.point) for c in claims if c.point is not None),
        unsupported_rate=100 * unsupported / max(words, 1),
        unsupported_segment=unsupported_segment,
        coverage=coverage,
        sweeping=tuple(sweeping),
        confusion=tuple(confusion),
        wrong_story=wrong_story,
        sweeping_rate=100 * len(sweeping) / max(words, 1),
    )


@lru_cache(maxsize=256)
def question_concepts(question_text: str) -> frozenset[str]:
    return frozenset(content_concepts(question_text, exclude=GENERIC_WORDS | QUESTION_BOILERPLATE))


@lru_cache(maxsize=256)
def _story_watch(question_text: str) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """What a story answering the question is read for: the concepts of what the candidate did, of its
    converses and of what they did not do, and of the roles the question names."""
    done, negated = question_actions(question_text)
    converses = frozenset(c for d in done for c in _CONVERSE_CONCEPTS.get(d, ()))
    roles = frozenset(t.concept for t in tokenize(question_text) if t.word in ROLES)
    return done, converses, negated, roles


def _last_subject(words: list[str]) -> int:
    return max((j for j, w in enumerate(words) if w in _I), default=-1)


def _negates(words: list[str]) -> bool:
    return any(w in _NEGATION or w.endswith("n't") for w in words)


def _wrong_story(segments: list[Sentence], question_text: str) -> int | None:
    """The first segment that shows the story is the mirror image of the one asked for, or that the
    premise is denied."""
    done, converses, negated, roles = _story_watch(question_text)
    if not done and not negated:
        return None
    asked = question_concepts(question_text)
    # Each test below is made only when the ones before it leave the answer open.
    for index, tokens, words, i in _positions(segments, done | converses | negated):
        before = words[max(0, i - 3):i]
        subject_is_me = not _I.isdisjoint(before)
        if not _CONDITIONAL.isdisjoint(words[max(0, i - CONDITIONAL_REACH):i]):
            continue  # "if we just didn't run it long enough": a supposition, not the story told
        if tokens[i].concept in done:
            if not subject_is_me:
                # "a colleague helped me": the candidate on the receiving end of what they were asked to do.
                if not _ME.isdisjoint(words[i + 1:i + 3]) and _NOT_A_PERSON.isdisjoint(before):
                    return index
            elif _negates(before[_last_subject(before) + 1:]) and _the_act_itself(tokens, i, asked):
                # "I don't really miss deadlines": the premise denied, by a negation between the candidate and the
                # act ("…so it couldnt drift we built…" negates another clause).
                return index
            elif roles:
                # "I disagreed with a client" when asked about disagreeing with your lead.
                counterpart = _counterpart(tokens, i)
                if counterpart is not None and _side(counterpart.concept) not in {_side(r) for r in roles}:
                    return index
        elif subject_is_me and (tokens[i].concept in converses and _done_to_others(tokens, i, asked)
                                or (tokens[i].concept in negated and "was" in before)) \
                and not _negates(before):
            # "I gave a colleague feedback" when asked about receiving it; "I was assigned the login
            # page" when asked about work nobody assigned.
            return index
    return _only_helped(segments) if not done.isdisjoint(HELPING) else None


def _the_act_itself(tokens: tuple[Token, ...], i: int, asked: frozenset[str]) -> bool:
    """Whether the act denied at i is the one the question asks about: what follows it, in its clause, is the
    question's own object ("make mistakes", "a serious mistake"), a bare pronoun ("never missed one") or nothing,
    and not another object ("didn't make a backup"), nor narrowed to a manner, a time or a means that admits the
    act ("didn't handle it well", "never made that mistake again", "didn't take it in front of the team")."""
    found = False
    end = min(len(tokens), i + 1 + DENIAL_REACH)
    k = i + 1
    while k < end:
        token = tokens[k]
        word = token.word
        if word in _BADLY or word in _NARROWING or word.endswith("ly") and word not in _NOT_NARROWING_LY:
            return False  # (before the clause's end: "until" and "since" both narrow and end it)
        if word in _CLAUSE_ENDS or word in _I:
            break  # a new subject opens another clause ("I haven't automated anything yet, I've mostly…")
        if word in _PREPOSITIONS:
            # "in front of the team", "by reading the docs": narrowed; "at work", "in six years", "in my career": not.
            following = next((t for t in tokens[k + 1:k + 4]
                              if t.is_content and t.word not in GENERIC_WORDS and t.word not in _HOW_MANY), None)
            if following is not None and following.concept not in asked and following.word not in _SPANS \
                    and not following.word[0].isdigit():
                return False
        elif not found:
            if word in _BARE_OBJECTS:
                found = True  # "didn't handle it well": read on for the manner
            elif token.is_content and word not in GENERIC_WORDS and word not in _SPANS:
                if token.concept not in asked and not any(t.concept in asked for t in tokens[k + 1:k + 3]):
                    return False  # another object; a word or two before the question's own is its modifier
                found = token.concept in asked
        k += 1
    return True


def _side(role: str) -> str:
    """Which side of the candidate a role is on: "my lead" answers a question about "your manager"."""
    return _SIDES.get(role, role)


def _counterpart(tokens: tuple[Token, ...], i: int) -> Token | None:
    """Who the act at i is done with: a role right after "with", "to" or "against" ("disagreed with a client"), not
    one named beside the act ("I'd ask the stakeholder and my manager")."""
    for k in range(i + 1, min(len(tokens), i + 3)):
        if tokens[k].word in _WITH:
            return next((t for t in tokens[k + 1:k + 3] if t.word in ROLES), None)
    return None


def _done_to_others(tokens: tuple[Token, ...], i: int, asked: frozenset[str]) -> bool:
    """Whether a converse act at i is done to someone else or is the question's own ("I gave a colleague
    feedback", "I followed my manager's decision"), not to oneself or to a thing ("I taught myself React", "we followed
    the vendor's plan"). Giving is the mirror of receiving only when what is given is the question's own ("I gave my
    lead an update" answers "received feedback" well enough); following up is no following."""
    following = tokens[i + 1:i + 1 + DENIAL_REACH]
    if tokens[i].concept in _GIVING and not any(t.concept in asked for t in following):
        return False
    if following and following[0].word in _FOLLOWING_UP and tokens[i].concept == _FOLLOW:
        return False
    for token in following[:4]:
        word = token.word
        if word in _REFLEXIVE:
            return False
        if word.removesuffix("'s") in _PEOPLE or token.concept in asked:
            return True
        if word in _CLAUSE_ENDS:
            break
        if token.is_content and word not in GENERIC_WORDS and word not in _HOW_MANY:
            return False
    return True


def _only_helped(segments: list[Sentence]) -> int | None:
    """The first segment where someone helps the candidate, in a story where the candidate never helps."""
    helped = None
    for index, segment in enumerate(segments):
        words = list(map(word_of, segment.tokens))
        # "I coached her", "I paired with him", "walked him through": the story asked for.
        if any(w in _I and not _THEM.isdisjoint(words[j + 1:j + 5]) for j, w in enumerate(words)):
            return None
        if HELPING.isdisjoint(segment.concepts):
            continue
        for i in compress(count(), map(HELPING.__contains__, map(concept_of, segment.tokens))):
            before = words[max(0, i - 3):i]
            if not _I.isdisjoint(before):
                return None
            if helped is None and not _ME.isdisjoint(words[i + 1:i + 3]) and _NOT_A_PERSON.isdisjoint(before):
                helped = index
    return helped


def _positions(segments: list[Sentence], watched: frozenset[str]) -> Iterator[tuple[int, tuple[Token, ...],
                                                                                 list[str], int]]:
    """(segment index, its tokens, its words, position) of each word whose concept is watched: only those
    words can tell, and their positions are found without a Python-level loop over the tokens."""
    for index, segment in enumerate(segments):
        if watched.isdisjoint(segment.concepts):
            continue
        tokens = segment.tokens
        words = list(map(word_of, tokens))
        for i in compress(count(), map(watched.__contains__, map(concept_of, tokens))):
            yield index, tokens, words, i
