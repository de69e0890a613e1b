"""STAR detection: does a behavioral or situational answer tell a story with a Situation, a Task,
the candidate's Actions and a Result?

Each part is found from cue phrases, with a nudge from where it sits in the story (context comes
first, results last). The evidence of each part is a verbatim quote of the sentence that shows it.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from interview.analysis.text import LazyPattern, Sentence, TextIndex, quote

STAR_PARTS: tuple[str, ...] = ("situation", "task", "action", "result")


def _cues(*patterns: str) -> tuple[LazyPattern, ...]:
    return tuple(LazyPattern(pattern) for pattern in patterns)


SITUATION_CUES = _cues(
    r"\b(?:at|in|on|during) (?:my|our|one of my) (?:previous |last |current |old |first |former |second )?"
    r"(?:[\w-]+ ){0,2}(?:jobs?|company|role|team|position|internship|employer|project|startup|sprint)\b",
    r"\b(?:a|one) (?:couple|few) (?:of )?(?:years|months|weeks) ago\b",
    r"\bwhen i was (?:leading|working|building|running)\b",
    r"\b(?:when|while) (?:i was|i worked|working|we were)\b",
    r"\blast (?:year|month|summer|quarter|spring|fall|autumn|winter|week)\b",
    r"\b(?:a few|two|three|several) (?:months|years|weeks) ago\b|\b(?:years|months) ago\b",
    r"\bback in\b|\bat the time\b|\bduring my\b|\bin (?:19|20)\d\d\b",
    r"\b(?:our|my|the) (?:team|company|project|client|startup|product|manager|department|customer) (?:was|were"
    r"|had|needed|asked|decided|used|wanted)\b",
    r"\bthere was\b|\bwe had (?:a|an|to)\b|\bi was working\b|\bi joined\b",
    r"\bsituation\b|\bcontext\b|\bbackground\b",
)
TASK_CUES = _cues(
    r"\bmy (?:first |main |top |only )?(?:task|job|role|responsibility|goal|assignment|challenge|mission"
    r"|objective|priority) (?:was|is|would be)\b",
    r"\bi was (?:responsible|asked|tasked|assigned|in charge|expected|supposed)\b",
    r"\b(?:i|we) (?:needed|had) to\b|\bi (?:have|need) to\b",
    r"\bthe (?:goal|task|challenge|objective|requirement|ask|priority) (?:was|is|would be)\b",
    r"\bdeadline\b|\bwithin (?:a|one|two|three|four|\d+) (?:days?|weeks?|months?)\b|\bin charge of\b",
    r"\bit was (?:up to me|my job)\b",
)
# A verb the candidate did, in the past: evidence the story happened and who did it.
_PAST_ACTION_VERBS = (
    r"(?!\w*eed\b|needed\b|wanted\b|hoped\b|wished\b|liked\b|loved\b|hated\b|used\b|realized\b|noticed\b|learned\b"
    r"|learnt\b|joined\b|worked\b)"
    r"(?:\w+ed|built|wrote|led|made|set|took|ran|spoke|met|began|chose|found|brought|sat|went|gave|read|did|got"
    r"|sent|spent|taught|broke|drew|held|kept|put|told|sought|paired|reached|started|asked|dug|rewrote|split"
    r"|cut|shipped|stepped)\b"
)
_ADVERB = r"(?:then |first |also |quickly |immediately |personally |finally |eventually |carefully |just |next |)"
PAST_ACTION = LazyPattern(rf"\bi {_ADVERB}{_PAST_ACTION_VERBS}|\bi decided to\b|\bmy first step was\b")
TEAM_ACTION = LazyPattern(rf"\bwe {_ADVERB}{_PAST_ACTION_VERBS}")
HYPOTHETICAL_ACTION = LazyPattern(
    r"\bi (?:would|will)\b|\bi'd (?!been\b|had\b)|\bi'll\b|\bmy first step would be\b|\bi'?m going to\b"
    # Dictated answers lose the apostrophe ("id check"); "id" as an identifier is followed by other words.
    r"|\bid (?!(?:column|field|number|token|card|value|values|is|was|are|were|of|and|or|to|in|on|for|the|a|an|as"
    r"|from|with|that|which|so|but|by|at)\b)[a-z]+")
RESULT_CUES = _cues(
    r"\bas a result\b|\bin the end\b|\bultimately\b|\beventually\b|\bin the long run\b",
    r"\bthe (?:result|outcome|impact)\b|\bresulted in\b|\bled to\b",
    r"\b(?:which|this|that|it) (?:led|helped|meant|allowed|reduced|cut|increased|improved|saved|made|brought"
    r"|let)\b",
    r"\b(?:reduced|increased|improved|saved|shipped|delivered|launched|finished|completed|grew|doubled|halved"
    r"|tripled|dropped|decreased|boosted|raised|won|passed|resolved|achieved|exceeded)\b",
    r"\bon time\b|\bahead of schedule\b|\bon schedule\b|\bsuccessfully\b",
    r"\b(?:rose|fell|went (?:up|down)|went from|up from|down from|dropped from|grew from|signed (?:it )?off"
    r"|no longer)\b",
    r"\b(?:since then|ever since|from then on|afterwards|a (?:month|week|quarter|year) later)\b.{0,60}"
    r"\b(?:no|fewer|never|zero|only|haven'?t|hasn'?t|didn'?t|now)\b",
    r"\b(?:my manager|the client|the customer|the team|my lead|they|she|he) (?:praised|thanked|said|was happy"
    r"|were happy|adopted|promoted|kept)\b",
)
# What a situational ("what would you do") answer expects to come of its actions.
EXPECTED_RESULT_CUES = _cues(
    r"\bso that\b|\b(?:this|that|which) would\b|\bto ensure\b|\bensuring\b|\bthe outcome would\b",
    r"\bwould (?:help|allow|ensure|reduce|prevent|minimi[sz]e|let|keep|make sure|avoid)\b",
)
# A number that is not a year, a spelled-out amount of time, or a change in size: the result is measured.
MEASURABLE = LazyPattern(
    r"(?<![\w.+#-])(?!(?:19|20)\d\d\b)\d+(?:[.,]\d+)*\s?(?:%|percent\b|x\b|k\b|ms\b)?"
    r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?)"
    r" (?:times|percent|days|weeks|hours|minutes|seconds|months|users|customers|people|releases|teams)\b"
    r"|\b(?:doubled|halved|tripled)\b|\bfrom \S+ (?:\w+ )?to \d")
REFLECTION = LazyPattern(
    r"\bi (?:learned|learnt|realized|now)\b|\blesson\b|\btaught me\b|\bnext time\b|\bin hindsight\b"
    r"|\blooking back\b|\bsince then\b|\bfrom then on\b|\btakeaway\b|\bdo differently\b")


@dataclass(frozen=True)
class StarPart:
    present: bool
    evidence: str | None = None
    sentence: int | None = None


_ABSENT = StarPart(present=False)


@dataclass(frozen=True)
class StarStory:
    situation: StarPart
    task: StarPart
    action: StarPart
    result: StarPart
    measurable_result: bool
    reflection: StarPart
    past_actions: int  # "I migrated", "I wrote": the story happened and the candidate did it
    team_actions: int  # "we migrated": happened, but whose work was it?
    hypothetical_actions: int  # "I would": a plan rather than a story
    hypothetical_allowed: bool  # situational questions ask what the candidate would do

    def part(self, name: str) -> StarPart:
        return getattr(self, name)

    @property
    def owns_actions(self) -> bool:
        """The candidate says what they did themselves (or, asked what they would do, would do)."""
        return self.past_actions > 0 or (self.hypothetical_allowed and self.hypothetical_actions > 0)

    @property
    def present_parts(self) -> tuple[str, ...]:
        return tuple(name for name in STAR_PARTS if self.part(name).present)

    @property
    def in_order(self) -> bool:
        """Context before actions before results, as a listener expects to hear it."""
        positions = [self.part(name).sentence for name in ("situation", "action", "result")
                     if self.part(name).present]
        return positions == sorted(positions)

    def as_metrics(self) -> dict[str, dict[str, object]]:
        return {name: {"present": self.part(name).present, "evidence": self.part(name).evidence}
                for name in STAR_PARTS}


# How much an action told as "we did" or, in a story about the past, "I would" counts against "I did".
TEAM_ACTION_WEIGHT = 0.5
PLANNED_ACTION_WEIGHT = 0.4


def detect_star(answer: str, sentences: list[Sentence], *, hypothetical: bool) -> StarStory:
    """Find the STAR parts. `hypothetical` (situational questions) accepts "I would…" as action and
    an expected outcome as result."""
    texts = [sentence.lowered for sentence in sentences]
    index = TextIndex(texts)
    past = _match_counts(index, PAST_ACTION)
    team = _match_counts(index, TEAM_ACTION)
    planned = _match_counts(index, HYPOTHETICAL_ACTION)
    planned_weight = 1.0 if hypothetical else PLANNED_ACTION_WEIGHT
    action_weight = [past[i] + TEAM_ACTION_WEIGHT * team[i] + planned_weight * planned[i] for i in range(len(texts))]
    result_cues = RESULT_CUES + EXPECTED_RESULT_CUES if hypothetical else RESULT_CUES
    result_weight = _cue_counts(index, result_cues)
    # A result with a number in it is the strongest evidence of a result.
    measured = [weight > 0 and bool(MEASURABLE.search(text)) for text, weight in zip(texts, result_weight, strict=True)]
    result_weight = [weight + measured[i] for i, weight in enumerate(result_weight)]
    result = _best(answer, sentences, texts, result_weight, result_cues, late=True)

    def part(cues: tuple[LazyPattern, ...]) -> StarPart:
        return _best(answer, sentences, texts, _cue_counts(index, cues), cues, early=True)

    return StarStory(
        situation=part(SITUATION_CUES),
        task=part(TASK_CUES),
        action=_best(answer, sentences, texts, action_weight, (PAST_ACTION, TEAM_ACTION, HYPOTHETICAL_ACTION)),
        result=result,
        measurable_result=result.present and any(measured),
        reflection=_best(answer, sentences, texts, _cue_counts(index, (REFLECTION,)), (REFLECTION,), late=True),
        past_actions=sum(past),
        team_actions=sum(team),
        hypothetical_actions=sum(planned),
        hypothetical_allowed=hypothetical,
    )


def _match_counts(index: TextIndex, pattern: LazyPattern) -> list[int]:
    """Matches of the pattern in each text."""
    counts = [0] * len(index.texts)
    count = _fast(pattern).count
    texts = index.texts
    for i in index.candidates(pattern):
        counts[i] = count(texts[i])
    return counts


def _cue_counts(index: TextIndex, cues: tuple[LazyPattern, ...]) -> list[float]:
    """For each text, how many of the cues it shows."""
    counts = [0.0] * len(index.texts)
    texts = index.texts
    for cue in cues:
        search = _fast(cue).search
        for i in index.candidates(cue):
            if search(texts[i]):
                counts[i] += 1
    return counts


def _best(answer: str, sentences: list[Sentence], texts: list[str], weights: list[float],
          cues: tuple[LazyPattern, ...], *, early: bool = False, late: bool = False) -> StarPart:
    """The sentence that shows a part best; a small bonus for sitting where the part usually sits."""
    best_index, best_score = None, 0.0
    count = len(sentences)
    for index, weight in enumerate(weights):
        if weight <= 0:
            continue
        score = weight
        if early and index < max(2, count // 3):
            score += 0.5
        if late and index >= count - max(2, count // 3):
            score += 0.5
        # Ties go to the later sentence for results, the earlier one otherwise.
        if score > best_score or (late and score == best_score):
            best_index, best_score = index, score
    if best_index is None:
        return _ABSENT
    sentence = sentences[best_index]
    focus = _cue_token(sentence, texts[best_index], cues)
    return StarPart(present=True, evidence=quote(answer, sentence, focus), sentence=best_index)


def _cue_token(sentence: Sentence, text: str, cues: tuple[LazyPattern, ...]) -> tuple[int, ...]:
    """Index of the token where the first cue starts, so a quote of a long sentence shows the cue."""
    starts = [match.start() for cue in cues if (match := _fast(cue).search(text))]
    if not starts:
        return ()
    offset = sentence.start + min(starts)
    return (next((i for i, token in enumerate(sentence.tokens) if token.end > offset), 0),)


# Why cues are not searched as written: Python's regular expressions skip quickly to where a match can
# begin only when the pattern opens with a character (or a choice of characters). Nearly every cue opens
# with a word boundary, which hides that character, so each position of a text is tried in turn, several
# times slower. Every match of such a cue is a match of the rest of it that starts at a word boundary:
# the rest is searched and the boundary checked after.
_WORD_BOUNDARY = re.compile(r"\b")


@dataclass(frozen=True)
class _Search:
    """`search` and `count` (of findall) of one pattern, each giving what the pattern itself gives."""

    search: Callable[[str], re.Match[str] | None]
    count: Callable[[str], int]


@cache
def _fast(pattern: LazyPattern) -> _Search:
    """How to search a cue: without its leading word boundaries when every branch opens with one."""
    rest = _without_leading_boundary(pattern.pattern)
    if rest is None:
        compiled = pattern.compiled
        return _Search(compiled.search, lambda text: len(compiled.findall(text)))
    unbounded = re.compile(rest, pattern.flags)

    def search(text: str, pos: int = 0) -> re.Match[str] | None:
        """The first match of `rest` at a word boundary: the first match of the whole pattern."""
        while (match := unbounded.search(text, pos)) is not None:
            if _WORD_BOUNDARY.match(text, match.start()):  # \b at the match, seeing the character before it
                return match
            pos = match.start() + 1
        return None

    def count(text: str) -> int:
        """Non-overlapping matches, as findall finds them (no cue matches the empty string)."""
        found, pos = 0, 0
        while (match := search(text, pos)) is not None:
            if match.end() == match.start():
                return len(pattern.compiled.findall(text))  # findall's rule for empty matches: ask it
            found += 1
            pos = match.end()
        return found

    return _Search(search, count)


def _without_leading_boundary(pattern: str) -> str | None:
    """The pattern with the \\b that opens each of its top-level branches taken off, or None when some
    branch does not open with one. `\\bA|\\bB` matches where a word boundary is followed by `A|B`."""
    branches, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if pattern.startswith("]", i + 1) or pattern.startswith("^]", i + 1):
                i += 2 if pattern[i + 1] == "]" else 3  # a leading "]" is a member, not the end
                continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(pattern[start:i])
            start = i + 1
        i += 1
    branches.append(pattern[start:])
    if not all(branch.startswith("\\b") for branch in branches):
        return None
    return "|".join(branch[2:] for branch in branches)
