"""Finding cue patterns in an answer's sentences quickly, with exactly the results of searching each sentence.

STAR detection (star.py) asks, for some forty cue patterns, which sentences show each and how often. Asked
plainly that is a regex search per cue and sentence, most of it proving a cue absent. `CueIndex` answers the
same questions faster: a cue that needs words the answer lacks is skipped from the answer's word set; a cue
that opens with fixed text is found by one scan of all sentences joined; a cue that opens with a choice of
words is tried only where one of those words starts; the rest go through the text index's string prefilter.
Every shortcut is read from the parsed pattern, falls back to the plain search when it cannot be sure, and
has a test that it equals the plain search.
"""

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from itertools import chain, compress, filterfalse, islice, repeat
from operator import attrgetter, contains
from typing import Any

from interview.analysis.text import STOP_WORDS, LazyPattern, Sentence, TextIndex, in_place, normalize, word_of


class CueIndex(TextIndex):
    """The texts of the answer's sentences, and the words of the answer when they can prove a cue absent."""

    __slots__ = ()

    def candidates(self, pattern: LazyPattern) -> Iterable[int]:
        """Indexes of the texts the pattern may match, in order. None when the answer lacks every word of a
        set the pattern needs one of; when the answer holds only a few long words of such a set, the texts
        holding one of them; else those the text index finds."""
        clauses = _clauses(pattern) if self.words is not None else ()
        if not clauses:
            return super().candidates(pattern)
        present = [clause & self.words for clause in clauses]  # type: ignore[operator]
        if not all(present):
            return ()
        long_only = [words for words in present if min(map(len, words)) >= _MIN_WITNESS]
        fewest = min(long_only, key=len) if long_only else None
        if fewest is None or not self.usable or len(fewest) > _MAX_WITNESSES:
            return super().candidates(pattern)
        return self._holding(fewest)

    def matching(self, pattern: LazyPattern) -> list[int]:
        """Indexes of the texts the pattern matches, in order: each text searched alone gives the same."""
        plan = _plan(pattern)
        words, texts = self.words, self.texts
        if words is not None and any(map(words.isdisjoint, plan.clauses)):
            return []  # the answer lacks every word of a set the pattern needs one of
        search = plan.search
        if plan.match_at_openings and self.usable:
            return self._matching_at_openings(plan)
        if plan.at_start or len(texts) == 1:
            # A pattern anchored at the start is tried there only, which no string search can beat; one text is
            # searched as it is.
            return [i for i, text in enumerate(texts) if search(text)]
        if plan.scanner is None or not self.usable:
            return [i for i in self.candidates(pattern) if search(texts[i])]
        joined, starts, count = self.joined, self.starts, len(texts)
        scan, boundary = plan.scanner.search, _WORD_BOUNDARY.match
        found: list[int] = []
        position = 0
        while (match := scan(joined, position)) is not None:
            start = match.start()
            if boundary(joined, start) is None:  # the leading \b the scanner goes without
                position = start + 1
                continue
            text = bisect_right(starts, start) - 1
            found.append(text)
            if text + 1 == count:
                break
            position = starts[text + 1]  # one match is all a text needs
        return found

    def match_counts(self, pattern: LazyPattern) -> list[int]:
        """Non-overlapping matches of the pattern in each text, as findall counts them."""
        plan = _plan(pattern)
        words, texts = self.words, self.texts
        counts = [0] * len(texts)
        if words is not None and any(map(words.isdisjoint, plan.clauses)):
            return counts
        count = plan.count
        if plan.openings is not None and self.usable:
            return self._counts_at_openings(plan, counts)
        if plan.scanner is None or not self.usable or len(texts) == 1:
            for i in self.candidates(pattern):
                counts[i] = count(texts[i])
            return counts
        joined, starts, boundary = self.joined, self.starts, _WORD_BOUNDARY.match
        redo: set[int] = set()
        for match in plan.scanner.finditer(joined):
            start = match.start()
            text = bisect_right(starts, start) - 1
            if boundary(joined, start) is None or match.end() == start:
                redo.add(text)  # a match of the rest not at a word boundary may hide one that is: count plainly
            else:
                counts[text] += 1
        for text in redo:
            counts[text] = count(texts[text])
        return counts

    def _opening_positions(self, openings: tuple[str, ...]) -> list[int]:
        """Every place in the joined texts where one of the strings starts, in order."""
        find, positions = self.joined.find, set()
        add = positions.add
        for string in openings:
            position = find(string)
            while position >= 0:
                add(position)
                position = find(string, position + 1)
        return sorted(positions)

    def _matching_at_openings(self, plan: "_Plan") -> list[int]:
        """`matching` of a cue tried only where one of its openings starts: every match starts with one."""
        texts, starts, boundary, match = self.texts, self.starts, _WORD_BOUNDARY.match, plan.unbounded_match
        found: list[int] = []
        done = -1  # the last text found to match
        for position in self._opening_positions(plan.openings):  # type: ignore[arg-type]
            text = bisect_right(starts, position) - 1
            if text == done:
                continue
            at, string = position - starts[text], texts[text]
            if boundary(string, at) and match(string, at):
                found.append(text)
                done = text
        return found

    def _counts_at_openings(self, plan: "_Plan", counts: list[int]) -> list[int]:
        """`match_counts` of a cue tried only where one of its openings starts, as findall goes on: from the
        end of each match."""
        texts, starts, boundary, match = self.texts, self.starts, _WORD_BOUNDARY.match, plan.unbounded_match
        redo: set[int] = set()
        resume = 0  # where the last match ended, in the joined texts
        for position in self._opening_positions(plan.openings):  # type: ignore[arg-type]
            if position < resume:
                continue
            text = bisect_right(starts, position) - 1
            at, string = position - starts[text], texts[text]
            if boundary(string, at) and (found := match(string, at)) is not None:
                if found.end() == at:
                    redo.add(text)  # an empty match: findall steps on by one; counted plainly
                    continue
                counts[text] += 1
                resume = starts[text] + found.end()
        for text in redo:
            counts[text] = plan.count(texts[text])
        return counts

    def _holding(self, strings: Iterable[str]) -> list[int]:
        """Indexes of the texts holding one of the strings (none with a newline), found as the text index
        finds its strings: one scan of all texts up to the first that holds it, then each text after it."""
        starts, joined, texts, count = self.starts, self.joined, self.texts, len(self.texts)
        found: set[int] = set()
        for string in strings:
            position = joined.find(string)
            if position < 0:
                continue
            first = bisect_right(starts, position) - 1
            found.add(first)
            later = islice(texts, first + 1, None)
            found.update(compress(range(first + 1, count), map(contains, later, repeat(string))))
        return sorted(found)


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


# The @cache functions below are keyed on the pattern object itself (LazyPattern has no __eq__): they hold
# one entry per pattern a CueIndex is asked about, the module-level patterns of star.py, screening.py,
# soundness.py and reading.py, a fixed set, so they never grow.
@cache
def fast_search(pattern: LazyPattern) -> _Search:
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
        """Non-overlapping matches, as findall finds them. While every match of `rest` starts at a word
        boundary, the matches of `rest` are those of the whole pattern, one by one."""
        found = 0
        for match in unbounded.finditer(text):
            if not _WORD_BOUNDARY.match(text, match.start()) or match.end() == match.start():
                return len(pattern.compiled.findall(text))
            found += 1
        return found

    return _Search(search, count)


# Scanning the joined texts. A cue whose rest (without its leading \b) opens with a few fixed characters is
# found fastest by one search over all the texts joined by newlines: the regex engine jumps between
# occurrences of those characters (the text index instead looks for each of its strings, then searches the
# texts holding one). The matches in the joined texts are those in each text alone when no part of the
# pattern can match a newline: a match then lies within one text, and at a text's edges the newline looks
# like the end of a string to everything that may look at it (a word boundary, a lookaround that cannot
# match a newline). Anchors (^, $) see the difference, so a pattern with one is not scanned so.
_MIN_PREFIX = 2


@cache
def _line_scanner(pattern: LazyPattern) -> re.Pattern[str] | None:
    """The rest of the cue after its leading word boundaries, compiled to scan joined texts, when every
    branch opens with one, the rest opens with at least _MIN_PREFIX fixed characters and no part of it can
    match a newline; else None."""
    rest = _without_leading_boundary(pattern.pattern)
    if rest is None or pattern.flags:
        return None
    try:
        from re import _constants, _parser  # type: ignore[attr-defined]

        parsed = _parser.parse(rest, 0)
        if parsed.state.flags & ~(re.UNICODE | re.IGNORECASE) or parsed.state.flags & re.IGNORECASE:
            return None
        items = list(parsed)
        prefix = 0
        while prefix < len(items) and items[prefix][0] is _constants.LITERAL:
            prefix += 1
        if prefix < _MIN_PREFIX or not _stays_in_line(_constants, items):
            return None
    except Exception:  # noqa: BLE001 - a parser this code does not know: texts are searched one by one
        return None
    return re.compile(rest)


@dataclass(frozen=True)
class _Plan:
    """How a cue is looked for, worked out once: the sets of words it needs one of each, how to search one
    text, and whether it is anchored at the start of a text or may be scanned over the joined texts."""

    clauses: tuple[frozenset[str], ...]
    search: Callable[[str], re.Match[str] | None]
    count: Callable[[str], int]
    at_start: bool
    scanner: re.Pattern[str] | None
    openings: tuple[str, ...] | None = None  # strings every match of the rest starts with one of
    unbounded_match: Callable[[str, int], re.Match[str] | None] | None = None  # the rest, matched at a place
    match_at_openings: bool = False  # whether texts that match are found at the openings too


@cache
def _plan(pattern: LazyPattern) -> _Plan:
    fast = fast_search(pattern)
    at_start = _at_start_only(pattern)
    scanner = None if at_start else _line_scanner(pattern)
    openings = None if at_start or scanner is not None else _openings(pattern)
    unbounded_match = None
    if openings is not None:
        unbounded_match = re.compile(_without_leading_boundary(pattern.pattern) or "").match
    few_long = (openings is not None and len(openings) <= _MAX_MATCH_OPENINGS
                and min(map(len, openings)) >= _MIN_MATCH_OPENING)
    return _Plan(_clauses(pattern), pattern.compiled.match if at_start else fast.search, fast.count, at_start,
                 scanner, openings, unbounded_match, few_long)


# Cues that open with a choice of words ("at|in|on|during my …", "i then|i first|… built"). The regex engine
# finds no fixed characters to skip to and tries each place that starts with one of the choices' first letters;
# the strings a match of the cue must start with ("at my ", "in our ", "i ") are found by str.find instead,
# and the cue is matched at those places only.
_MAX_OPENINGS = 24
_MIN_OPENING = 2
# Counting a cue's matches otherwise searches every text that may hold one, and pays at any openings. Whether a
# text matches at all is found quickly enough by the text index's strings unless the openings are few and long
# (rarely found): then they are the quicker way (measured on stories of 300 words).
_MAX_MATCH_OPENINGS = 12
_MIN_MATCH_OPENING = 6


@cache
def _openings(pattern: LazyPattern) -> tuple[str, ...] | None:
    """The strings every match of the cue's rest (after its leading word boundaries) starts with one of, none
    shorter than _MIN_OPENING nor holding a newline, at most _MAX_OPENINGS, none starting with another; or None."""
    rest = _without_leading_boundary(pattern.pattern)
    if rest is None or pattern.flags:
        return None
    try:
        from re import _constants, _parser  # type: ignore[attr-defined]

        parsed = _parser.parse(rest, 0)
        if parsed.state.flags & ~re.UNICODE:
            return None
        strings, _complete = _exact_start(_constants, list(parsed))
    except Exception:  # noqa: BLE001 - a parser this code does not know: searched as before
        return None
    if not strings or min(map(len, strings)) < _MIN_OPENING or any("\n" in string for string in strings):
        return None
    return tuple(sorted(s for s in strings if not any(o != s and s.startswith(o) for o in strings)))


def _exact_start(c: Any, items: list[Any]) -> tuple[set[str], bool]:
    """Strings every match of the items starts with one of, and whether each match is one of them exactly.
    Read item by item while each item matches one of a few exact strings; what is read so far is always an
    answer, so the reading may stop anywhere."""
    starts = {""}
    for op, av in items:
        if op is c.LITERAL:
            part, complete = {chr(av)}, True
        elif op is c.IN and av and all(member is c.LITERAL for member, _ in av):
            part, complete = {chr(value) for _, value in av}, True
        elif op is c.SUBPATTERN and not av[1] and not av[2]:
            part, complete = _exact_start(c, list(av[3]))
        elif op is c.BRANCH:
            options = [_exact_start(c, list(branch)) for branch in av[1]]
            part = set().union(*(strings for strings, _ in options))
            complete = all(complete for _, complete in options)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] == 0 and av[1] == 1:
            inner, complete = _exact_start(c, list(av[2]))
            part = inner | {""}
        else:
            return starts, False
        longer = {start + string for start in starts for string in part}
        if len(longer) > _MAX_OPENINGS:
            return starts, False
        starts = longer
        if not complete:
            return starts, False
    return starts, True


@cache
def _at_start_only(pattern: LazyPattern) -> bool:
    """Whether the pattern can match only at the start of a text: it opens with ^ outside any alternation (and
    is not MULTILINE), so a search of a text is one match at its start."""
    if pattern.flags & re.MULTILINE or not pattern.pattern.startswith("^"):
        return False
    try:
        from re import _constants, _parser  # type: ignore[attr-defined]

        parsed = _parser.parse(pattern.pattern, pattern.flags)
        return not parsed.state.flags & re.MULTILINE and list(parsed)[0] == (_constants.AT, _constants.AT_BEGINNING)
    except Exception:  # noqa: BLE001 - a parser this code does not know: searched as before
        return False


def _stays_in_line(c: Any, items: Any) -> bool:
    """Whether no part of the parsed pattern can match a newline, and it has no anchor but word boundaries."""
    for op, av in items:
        if op is c.LITERAL:
            if av == 10:
                return False
        elif op is c.IN:
            for member, value in av:
                if member is c.LITERAL:
                    if value == 10:
                        return False
                elif member is c.RANGE:
                    if value[0] <= 10 <= value[1]:
                        return False
                elif member is not c.CATEGORY or value not in (c.CATEGORY_WORD, c.CATEGORY_DIGIT,
                                                                c.CATEGORY_NOT_SPACE):
                    return False  # NEGATE, \s, \W, \D and the rest can match a newline
        elif op is c.ANY:
            continue  # "." without DOTALL (flags were checked)
        elif op is c.AT:
            if av not in (c.AT_BOUNDARY, c.AT_NON_BOUNDARY):
                return False
        elif op is c.SUBPATTERN:
            if av[1] or av[2] or not _stays_in_line(c, av[3]):  # no inline flags
                return False
        elif op is c.BRANCH:
            if not all(_stays_in_line(c, branch) for branch in av[1]):
                return False
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            if not _stays_in_line(c, av[2]):
                return False
        elif op in (c.ASSERT, c.ASSERT_NOT):
            if not _stays_in_line(c, av[1]):
                return False
        elif op is c.ATOMIC_GROUP:
            if not _stays_in_line(c, av):
                return False
        else:
            return False  # back references, conditionals, anything else: not followed
    return True


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


# Proving a cue absent. Most cues are absent from most answers, and the text index proves it by reading the
# whole answer once for each string a cue needs: over a hundred strings in all. A cue that needs whole words
# ("deadline"; "the", then "goal" or "task", then "was" or "is") cannot match an answer without them, and the
# answer's words are a set, made once from its tokens and asked a few times per cue.
#
# What a pattern needs is read from its parsed form: a word is a run of letters or digits the pattern spells
# out between two word edges (a word boundary, a character that is not a word character); needs in a row
# are all needed, needs of the branches of a choice are needed one or the other. Anything the reading does
# not follow needs nothing, so a cue is only ever skipped when it cannot match.
_Need = str | tuple[str, tuple[Any, ...]]  # a word, ("all", needs) or ("any", needs)
_NON_WORD = re.compile(r"\W+")
_tokens = attrgetter("tokens")


def answer_words(answer: str, sentences: list[Sentence]) -> frozenset[str] | None:
    """The words of the sentences (the answer's, all or some), for text indexes of them or of their segments:
    they can prove a string or cue absent when the texts are stretches of the text the tokens were read from
    (lower-casing kept every character in place). None when they are not."""
    return words_of(sentences) if answer.isascii() or in_place(answer, normalize(answer)) else None


def words_of(sentences: list[Sentence]) -> frozenset[str]:
    """Every whole word (a run of word characters) of the sentences' lower-cased texts that a pattern can
    spell out: each lies in one token, between its edges and its inner marks ("don't", "node.js")."""
    words = set(map(word_of, chain.from_iterable(map(_tokens, sentences))))
    words.update(chain.from_iterable(map(_NON_WORD.split, list(filterfalse(str.isalnum, words)))))
    return frozenset(words)


# A word shorter than this, looked for as a string, is in too many texts to narrow the search much; past a
# few words, the strings the text index looks for are as quick.
_MIN_WITNESS = 4
_MAX_WITNESSES = 4


@cache
def _clauses(pattern: LazyPattern) -> tuple[frozenset[str], ...]:
    """Sets of words each match of the pattern holds one of (all of the sets), from what it needs.

    A choice needs one of the words its branches need; a branch that needs several sets of words gives its
    best set to the choice (its words rarest by the look of them: no stop words, longest first)."""
    return tuple(_clauses_of(_words_needed(pattern)))


def _clauses_of(need: _Need | None) -> list[frozenset[str]]:
    if need is None:
        return []
    if isinstance(need, str):
        return [frozenset({need})]
    kind, parts = need
    if kind == "all":
        return [clause for part in parts for clause in _clauses_of(part)]
    picked: list[frozenset[str]] = []
    common: list[frozenset[str]] | None = None  # sets every branch needs one of, in the first branch's order
    for part in parts:
        options = _clauses_of(part)
        if not options:
            return []  # a branch that needs no word: the choice needs none
        picked.append(max(options, key=_rareness))
        common = options if common is None else [clause for clause in common if clause in options]
    chosen = frozenset().union(*picked)
    # A set of words every branch needs ("ago" in "years ago|a few months ago") is needed by the choice too, and
    # proves it absent when the words picked above (longer, so taken for rarer) are there.
    return [chosen, *(clause for clause in dict.fromkeys(common or ()) if clause != chosen)]


def _rareness(clause: frozenset[str]) -> tuple[bool, int, int]:
    return (not clause & STOP_WORDS, min(map(len, clause)), -len(clause))


@cache
def _words_needed(pattern: LazyPattern) -> _Need | None:
    """The whole words every match of the pattern holds (None: none known)."""
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        from re import _constants, _parser  # type: ignore[attr-defined]

        parsed = _parser.parse(pattern.pattern, pattern.flags)
        if parsed.state.flags & re.IGNORECASE:  # "(?i)" at the start
            return None
        return _WordNeeds(_constants).of_sequence(list(parsed), False, False)[0]
    except Exception:  # noqa: BLE001 - a parser this code does not know: nothing is skipped
        return None


class _WordNeeds:
    """Reads the words a parsed pattern needs.

    A position is an edge when a word can neither run on into it from before nor start at it and run on
    back: a word boundary is there, or the character before or after it is not a word character. Each
    stretch of the pattern is read knowing whether it starts at an edge, and tells whether it ends at one.
    """

    MAX_SPELLINGS = 16  # spellings of one word followed through optional letters ("jobs?") and classes

    def __init__(self, constants: Any) -> None:
        self.c = constants

    def of_sequence(self, items: list[Any], edge_before: bool, edge_after: bool) -> tuple[_Need | None, bool]:
        """What the items in a row need, and whether they end at an edge."""
        c = self.c
        needs: list[_Need] = []
        spellings: list[str] | None = []  # how the word spelled out since the last edge may read (None: too many)
        word_from_edge = False
        edge = edge_before  # whether the position before the next item is an edge

        def end_word(at_edge: bool) -> None:
            nonlocal spellings
            if spellings and word_from_edge and at_edge and "" not in spellings:
                needs.append(spellings[0] if len(spellings) == 1 else ("any", tuple(spellings)))
            spellings = []

        for position, (op, av) in enumerate(items):
            letters = self._letters(op, av)
            if letters is not None:  # one letter or digit, or (optionally) one of a few
                if spellings == []:
                    spellings, word_from_edge = [""], edge
                if spellings is not None:
                    spellings = [spelling + letter for spelling in spellings for letter in letters]
                    spellings = spellings if len(spellings) <= self.MAX_SPELLINGS else None
                edge = False
                continue
            if op in (c.ASSERT, c.ASSERT_NOT) and spellings == []:
                continue  # zero-width, between words: the position stays what it was
            is_edge = self._is_edge(op, av)
            end_word(self._starts_at_edge(items[position:], edge_after))
            if op in (c.SUBPATTERN, c.BRANCH, c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
                need, edge = self.of_item(op, av, edge, self._starts_at_edge(items[position + 1:], edge_after))
                if need is not None:
                    needs.append(need)
            else:
                edge = is_edge
        end_word(edge_after)
        spellings = []
        if not needs:
            return None, edge
        return (needs[0] if len(needs) == 1 else ("all", tuple(needs))), edge

    def _letters(self, op: Any, av: Any) -> list[str] | None:
        """The letters or digits an item spells, when that is all it can match ("" when it may match none)."""
        c = self.c
        if op is c.LITERAL:
            return [chr(av)] if chr(av).isalnum() else None
        if op is c.IN and av and all(member_op is c.LITERAL and chr(char).isalnum() for member_op, char in av):
            return [chr(char) for _, char in av]
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] == 0 and av[1] == 1 and len(av[2]) == 1:
            inner = self._letters(*av[2][0])
            return ["", *inner] if inner is not None else None
        return None

    def _starts_at_edge(self, items: list[Any], edge_after: bool) -> bool:
        """Whether the items in a row start at an edge, whatever they match (`edge_after`: the end is one)."""
        c = self.c
        if not items:
            return edge_after
        op, av = items[0]
        if self._is_edge(op, av):
            return True
        if op in (c.ASSERT, c.ASSERT_NOT):  # zero-width: what follows starts here
            return self._starts_at_edge(items[1:], edge_after)
        if op not in (c.SUBPATTERN, c.BRANCH, c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            return False
        after = self._starts_at_edge(items[1:], edge_after)  # where a group that matched nothing leaves off
        if op is c.SUBPATTERN:
            return self._starts_at_edge(list(av[3]), after)
        if op is c.BRANCH:
            return all(self._starts_at_edge(list(branch), after) for branch in av[1])
        low, _high, pattern = av  # a repeat: what follows it starts here when it may match nothing
        return (low >= 1 or after) and self._starts_at_edge(list(pattern), after)

    def _is_edge(self, op: Any, av: Any) -> bool:
        """Whether the item is a word boundary or a character that is not a word character."""
        return (op is self.c.LITERAL and not re.match(r"\w", chr(av))) or (op is self.c.AT and av is self.c.AT_BOUNDARY)

    def of_item(self, op: Any, av: Any, edge_before: bool, edge_after: bool) -> tuple[_Need | None, bool]:
        c = self.c
        if op is c.SUBPATTERN:
            _group, add_flags, _del_flags, pattern = av
            if add_flags & c.SRE_FLAG_IGNORECASE:
                return None, False
            return self.of_sequence(list(pattern), edge_before, edge_after)
        if op is c.BRANCH:
            options = [self.of_sequence(list(branch), edge_before, edge_after) for branch in av[1]]
            ends_at_edge = all(edge for _, edge in options)
            if any(need is None for need, _ in options):
                return None, ends_at_edge
            return ("any", tuple(need for need, _ in options)), ends_at_edge  # type: ignore[misc]
        low, high, pattern = av  # a repeat
        if low == high == 1:
            return self.of_sequence(list(pattern), edge_before, edge_after)
        # Each repetition is read alone; none may come, leaving the position before.
        need, ends_at_edge = self.of_sequence(list(pattern), False, False)
        return (need if low >= 1 else None), ends_at_edge and (low >= 1 or edge_before)
