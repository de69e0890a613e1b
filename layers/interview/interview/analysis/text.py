"""Text handling for the rubric analyzer: tokens with their positions, a light stemmer, sentences.

Every token and sentence keeps its character span in the original answer, so any quote the analyzer
shows is a verbatim slice of what the candidate wrote.
"""

import re
import sys
from bisect import bisect_left, bisect_right
from collections import namedtuple
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import accumulate, compress, islice, repeat
from operator import add, contains, itemgetter
from typing import Any


def word_set(text: str) -> frozenset[str]:
    """A lexicon written as whitespace-separated words, so tables stay easy to read and edit."""
    return frozenset(text.split())


STOP_WORDS: frozenset[str] = word_set("""
a about above after again against all am an and any are aren't as at be because been before being
below between both but by can can't cannot could couldn't did didn't do does doesn't doing don't
down during each few for from further had hadn't has hasn't have haven't having he he'd he'll he's
her here here's hers herself him himself his how how's i i'd i'll i'm i've if in into is isn't it
it's its itself let's me more most mustn't my myself no nor not of off on once only or other ought
our ours ourselves out over own same shan't she she'd she'll she's should shouldn't so some such
than that that's the their theirs them themselves then there there's these they they'd they'll
they're they've this those through to too under until up very was wasn't we we'd we'll we're we've
were weren't what what's when when's where where's which while who who's whom why why's will with
won't would wouldn't you you'd you'll you're you've your yours yourself yourselves also just really
quite get got gets getting lot lots thing things something anything everything way ways one ones us
much many even still would've could've should've im ive dont cant wont thats it'll let us okay ok
yeah yes
""")

# Words any answer uses whatever the topic; they carry little evidence that a point was made.
GENERIC_WORDS: frozenset[str] = word_set("""
use using used uses make makes made making good better best well need needs needed want wanted know
knew think thought see saw look looked go going went come came take took give gave try tried able
sure important different new kind sort like basically actually really time times first second then
next finally also always usually often sometimes example examples case cases situation answer
question people person work worked working do done help helped helps
""")

# Instruction words of a question ("Tell me about…", "Walk me through…") say nothing about its topic.
QUESTION_BOILERPLATE: frozenset[str] = word_set("""
tell describe give walk talk explain share discuss example time would could you your me how what why
when which where did do does
""")

# Surface forms that mean the same concept. Each variant maps to the canonical word's stem, so
# "memoized" and "Redis" both count as caching. Keep groups narrow: a wrong synonym gives false credit.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "index": ("indices", "idx"),
    "cache": ("memoize", "memoization", "memcache", "memcached", "redis"),
    "fast": ("quick", "rapid", "speedy", "faster", "quicker"),
    "slow": ("sluggish", "laggy", "slower"),
    "reduce": ("decrease", "lower", "shrink", "cut"),
    "improve": ("enhance", "boost"),
    "measure": ("metric", "quantify", "benchmark"),
    "result": ("outcome", "impact"),
    "learn": ("study", "studied", "learnt"),
    "teammate": ("colleague", "coworker", "peer"),
    "manager": ("boss", "supervisor"),
    "customer": ("client",),
    "conflict": ("disagreement", "disagree", "dispute", "argument", "tension"),
    "problem": ("issue",),
    "project": ("initiative",),
    "documentation": ("docs", "doc"),
    "database": ("db",),
    "column": ("field",),
    "deploy": ("release", "ship", "rollout"),
    "error": ("exception", "failure"),
    "communicate": ("inform", "notify", "announce", "tell", "told"),
    "prevent": ("avoid",),
    "recur": ("recurrence", "again", "repeat"),
}

# Forms a suffix stripper cannot reach.
IRREGULAR_FORMS: dict[str, str] = {
    "used": "use", "uses": "use", "using": "use", "built": "build", "wrote": "write", "written": "write",
    "led": "lead", "ran": "run", "made": "make", "took": "take", "taken": "take", "gave": "give",
    "given": "give", "met": "meet", "spoke": "speak", "spoken": "speak", "began": "begin", "begun": "begin",
    "chose": "choose", "chosen": "choose", "found": "find", "brought": "bring", "thought": "think",
    "taught": "teach", "felt": "feel", "kept": "keep", "sent": "send", "spent": "spend", "knew": "know",
    "known": "know", "went": "go", "gone": "go", "did": "do", "done": "do", "saw": "see", "seen": "see",
    "got": "get", "gotten": "get", "indices": "index", "analysis": "analyze", "analyses": "analyze",
    "data": "data", "queries": "query", "children": "child", "people": "person", "better": "good",
    "best": "good", "worse": "bad", "worst": "bad",
}

class LazyPattern:
    """A regular expression compiled on first use (so importing the analyzer stays cheap), with a literal
    prefilter: strings one of which every match contains, found from the pattern itself. Where none of
    them occurs, the pattern cannot match and is not run, which spares scanning most sentences with
    cue patterns that start with a word boundary (those get no fast scan from the regex engine).

    Only the methods the analyzer uses are offered; each gives exactly what the compiled pattern gives.
    """

    __slots__ = ("pattern", "flags", "_compiled", "_hint", "_hint_source", "_literals", "_probed", "_classes")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None
        self._hint: re.Pattern[str] | None = None
        self._hint_source: str | None = None  # compiled when a single text is first searched
        self._literals: tuple[str, ...] | None = None
        self._probed: tuple[tuple[str, tuple[str, ...]], ...] = ()
        self._classes: tuple[re.Pattern[str], ...] = ()

    def _compile(self) -> re.Pattern[str]:
        compiled = re.compile(self.pattern, self.flags)
        literals = required_literals(compiled)
        plain = [lit for lit in literals or () if not isinstance(lit, CharClass)]
        classes = sorted(lit for lit in literals or () if isinstance(lit, CharClass))
        if literals and (not plain or min(map(len, plain)) >= _MIN_HINT_LENGTH) and not any("\n" in p for p in plain):
            # A string that contains another of the set adds nothing to the search.
            needed = sorted(a for a in plain if not any(b != a and b in a for b in plain))
            self._hint_source = "|".join([*map(re.escape, needed), *classes])
            self._literals = tuple(needed)
            self._probed = tuple((literal, word_probes(literal)) for literal in needed)
            self._classes = tuple(re.compile(c) for c in classes)
        self._compiled = compiled
        return compiled

    @property
    def compiled(self) -> re.Pattern[str]:
        return self._compiled or self._compile()

    @property
    def hint(self) -> re.Pattern[str] | None:
        """Finds the strings one of which every match contains (none holds a newline), if known."""
        if self._compiled is None:
            self._compile()
        if self._hint is None and self._hint_source is not None:
            self._hint = re.compile(self._hint_source)
        return self._hint

    @property
    def literals(self) -> tuple[str, ...] | None:
        """The strings the hint finds (None: no hint)."""
        if self._compiled is None:
            self._compile()
        return self._literals

    @property
    def probed_literals(self) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """Each string the hint finds with its word probes (`word_probes`), read once for every text index that
        looks for it."""
        if self._compiled is None:
            self._compile()
        return self._probed

    @property
    def classes(self) -> tuple[re.Pattern[str], ...]:
        """The character classes the hint finds besides its strings."""
        if self._compiled is None:
            self._compile()
        return self._classes

    def may_match(self, string: str) -> bool:
        """False when the string holds none of the strings one of which every match holds. Each is looked for
        in turn: over a long text that is faster than the hint, an alternation tried at every position that
        starts like one of them."""
        literals = self.literals
        return literals is None or any(map(string.__contains__, literals)) or any(
            char_class.search(string) for char_class in self.classes)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        compiled = self._compiled or self._compile()
        hint = self._hint or self.hint
        if hint is not None and hint.search(string, pos, endpos) is None:
            return None
        return compiled.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        compiled = self._compiled or self._compile()
        hint = self._hint or self.hint
        if hint is not None and hint.search(string, pos, endpos) is None:
            return None
        return compiled.match(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        compiled = self._compiled or self._compile()
        hint = self._hint or self.hint
        if hint is not None and hint.search(string, pos, endpos) is None:
            return iter(())
        return compiled.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        compiled = self._compiled or self._compile()
        hint = self._hint or self.hint
        if hint is not None and hint.search(string, pos, endpos) is None:
            return []
        return compiled.findall(string, pos, endpos)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r})"


_MIN_HINT_LENGTH = 2


class TextIndex:
    """Texts without newlines (sentences, lower-cased), joined so a pattern's prefilter runs once over all of
    them instead of once per text.

    `words`, when given, holds every token word of the texts (tokens read from the texts themselves) and the
    pieces of those words between their inner marks ("node", "js" of "node.js"), as `cue_search.words_of`
    gives them. A prefilter string is then first looked for word by word in the lexicon, those words one a
    line: an answer's distinct words are a much shorter text than the answer, and most strings are in neither.
    """

    __slots__ = ("texts", "joined", "starts", "usable", "words", "_lexicon")

    def __init__(self, texts: list[str], words: frozenset[str] | None = None) -> None:
        self.texts = texts
        self.words = words
        self._lexicon: str | None = None
        self.joined = "\n".join(texts)
        # Each text starts one past the end of the one before it (the newline between them).
        self.starts: list[int] = list(accumulate(map(add, map(len, texts), repeat(1)), initial=0))
        self.starts.pop()
        # A text with a newline of its own would let a hint occurrence straddle two texts.
        self.usable = self.joined.count("\n") == max(0, len(texts) - 1)

    def candidates(self, pattern: LazyPattern) -> Iterable[int]:
        """Indexes of the texts `pattern` may match, in order: every text it matches, and maybe a few more."""
        literals = pattern.literals
        if literals is None or not self.usable:
            return range(len(self.texts))
        starts, joined, texts, count = self.starts, self.joined, self.texts, len(self.texts)
        lexicon = self.lexicon
        found: set[int] = set()
        for literal, probes in pattern.probed_literals:
            # The longest probe alone proves most strings absent: the rest are looked for only when it is there.
            if lexicon is not None and probes and (
                    probes[0] not in lexicon or not all(map(lexicon.__contains__, probes[1:]))):
                continue  # a word of the string is in no word of the texts
            # One fast scan of all texts finds the first text with the string (most strings are in none);
            # the texts after it are then asked one by one, without a Python-level loop.
            position = joined.find(literal)  # no hint string holds a newline: an occurrence lies in one text
            if position < 0:
                continue
            first = bisect_right(starts, position) - 1
            found.add(first)
            found.update(compress(range(first + 1, count),
                                  map(contains, islice(texts, first + 1, None), repeat(literal))))
        for char_class in pattern.classes:  # a class of characters never includes the newline
            match = char_class.search(joined)
            if match is None:
                continue
            first = bisect_right(starts, match.start()) - 1
            found.add(first)
            found.update(compress(range(first + 1, count), map(char_class.search, islice(texts, first + 1, None))))
        return sorted(found)


    @property
    def lexicon(self) -> str | None:
        """The words, one a line and a line break at each end (None: no words given)."""
        if self._lexicon is None and self.words is not None:
            self._lexicon = "\n" + "\n".join(self.words) + "\n"
        return self._lexicon


_LETTERS_AND_DIGITS = re.compile(r"[^\W_]+")
_WORD_CHARACTER = re.compile(r"\w")


@lru_cache(maxsize=1024)
def word_probes(literal: str) -> tuple[str, ...]:
    """Strings the lexicon of a text index holds wherever `literal` occurs in its texts, longest first.

    Each run of letters and digits of the literal lies, where the literal occurs, in a run of the text, and
    that run in a word of the lexicon: the literal's run is in the lexicon. When a character that is not a word
    character comes before it in the literal, the text's run starts there, and starts a word (a token, or a
    piece after an inner mark): the line break before the word comes before the run in the lexicon. Likewise
    after it. (An underscore is a word character, so a run after one may sit inside a word: "user_id".)
    """
    probes = []
    for run in _LETTERS_AND_DIGITS.finditer(literal):
        start, end = run.span()
        before = "\n" if start > 0 and not _WORD_CHARACTER.match(literal, start - 1) else ""
        after = "\n" if end < len(literal) and not _WORD_CHARACTER.match(literal, end) else ""
        probes.append(before + run.group() + after)
    return tuple(sorted(probes, key=len, reverse=True))


def required_literals(compiled: re.Pattern[str]) -> frozenset[str] | None:
    """Strings one of which occurs in every match of the pattern, or None when no such set is found.

    Read from the parsed pattern: stretches of it that can only match a few exact strings (literals,
    small alternations, optional words, zero-width checks) give those strings; a group gives what its
    contents require; an alternation what all its branches require; the strongest requirement is kept.
    """
    if compiled.flags & (re.IGNORECASE | re.VERBOSE) or not isinstance(compiled.pattern, str):
        return None
    try:
        from re import _constants, _parser  # type: ignore[attr-defined]

        return _Requirements(_constants).of_sequence(_parser.parse(compiled.pattern, compiled.flags))[1]
    except Exception:  # noqa: BLE001 - a parser this code does not know: no prefilter, same results
        return None


class CharClass(str):
    """A required character class rather than a string: its regular expression, counted as one character."""

    __slots__ = ()

    def __len__(self) -> int:
        return 1


_DIGIT = CharClass(r"\d")  # any decimal digit, as \d matches it in a str pattern
_MAX_EXACT = 16  # exact strings followed through a stretch of pattern before settling for fewer


def _stronger(first: frozenset[str] | None, second: frozenset[str] | None) -> frozenset[str] | None:
    """The more selective of two requirements (the first when they tie); a set holding the empty string
    requires nothing."""
    first_rank, second_rank = _rank(first), _rank(second)
    if second_rank is None:
        return first if first_rank is not None else None
    if first_rank is None:
        return second
    return second if second_rank > first_rank else first


def _rank(literals: frozenset[str] | None) -> tuple[int, int, int] | None:
    if not literals:
        return None
    shortest = min(map(len, literals))
    # Past a few characters a string is rare enough; fewer strings then make a cheaper search.
    return (min(_ENOUGH_LENGTH, shortest), -len(literals), shortest) if shortest else None


_ENOUGH_LENGTH = 4


class _Requirements:
    """Each part of a parsed pattern as (exact, required): the exact strings it can match, when they are
    few, and strings one of which any match of it contains."""

    def __init__(self, constants: Any) -> None:
        self.c = constants

    def of_sequence(self, items: Any) -> tuple[frozenset[str] | None, frozenset[str] | None]:
        best: frozenset[str] | None = None
        runs: list[list[frozenset[str]]] = [[]]  # stretches of items that each match a few exact strings
        # Single strings in a row (characters, zero-width checks) are kept as one string: a stretch starting
        # or ending inside it could only give shorter strings, never fewer.
        pending: list[str] = []
        literal = self.c.LITERAL
        for op, av in items:
            if op is literal:
                pending.append(chr(av))
                continue
            exact, required = self.of_item(op, av)
            if required:
                best = _stronger(best, required)
            if exact is not None and len(exact) == 1:
                pending.extend(exact)
                continue
            if pending:
                runs[-1].append(frozenset({"".join(pending)}))
                pending = []
            if exact is None:
                runs.append([])
            else:
                runs[-1].append(exact)
        if pending:
            runs[-1].append(frozenset({"".join(pending)}))
        # Any stretch of consecutive exact items matches one of the concatenations of their strings. The
        # stretches are ranked by the length of their shortest concatenation and (at most) how many there
        # are; only the best is spelled out.
        chosen: tuple[tuple[int, int, int], list[frozenset[str]]] | None = None
        for run in runs:
            shortest_of = [min(map(len, exact)) for exact in run]
            for first in range(len(run)):
                count, shortest = 1, 0
                for last in range(first, len(run)):
                    count *= len(run[last])
                    if count > _MAX_EXACT:
                        break
                    shortest += shortest_of[last]
                    key = (min(_ENOUGH_LENGTH, shortest), -count, shortest)
                    if shortest and (chosen is None or key > chosen[0]):
                        chosen = key, run[first:last + 1]
        if chosen is not None:
            product = frozenset({""})
            for exact in chosen[1]:
                product = frozenset(a + b for a in product for b in exact)
            best = _stronger(best, product)
        whole: frozenset[str] | None = None
        if len(runs) == 1:
            whole = frozenset({""})
            for exact in runs[0]:
                if len(whole) * len(exact) > _MAX_EXACT:
                    whole = None
                    break
                whole = frozenset(a + b for a in whole for b in exact)
        return whole, best

    def of_item(self, op: Any, av: Any) -> tuple[frozenset[str] | None, frozenset[str] | None]:
        c = self.c
        if op is c.LITERAL:
            return frozenset({chr(av)}), None
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            return frozenset({""}), None  # zero-width: what comes before and after is contiguous
        if op is c.IN:
            if av and all(member_op is c.LITERAL for member_op, _ in av) and len(av) <= 8:
                return frozenset(chr(char) for _, char in av), None
            if list(av) == [(c.CATEGORY, c.CATEGORY_UNI_DIGIT)] or list(av) == [(c.CATEGORY, c.CATEGORY_DIGIT)]:
                return None, frozenset({_DIGIT})
            return None, None
        if op is c.SUBPATTERN:
            _group, add_flags, _del_flags, pattern = av
            if add_flags & (c.SRE_FLAG_IGNORECASE | c.SRE_FLAG_VERBOSE):
                return None, None
            return self.of_sequence(pattern)
        if op is c.ATOMIC_GROUP:
            return self.of_sequence(av)
        if op is c.BRANCH:
            options = [self.of_sequence(branch) for branch in av[1]]
            exacts = [exact for exact, _ in options]
            exact = frozenset().union(*exacts) if all(e is not None for e in exacts) else None  # type: ignore[arg-type]
            if exact is not None and len(exact) > _MAX_EXACT:
                exact = None
            requirements = [_stronger(e, r) for e, r in options]
            required = frozenset().union(*requirements) if all(requirements) else None  # type: ignore[arg-type]
            return exact, required
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            low, high, pattern = av
            exact, required = self.of_sequence(pattern)
            if low == 0 and high == 1:
                return (exact | {""} if exact is not None else None), None
            if low == 1 and high == 1:
                return exact, required
            return None, (_stronger(exact, required) if low >= 1 else None)
        return None, None  # anything else (classes, any character, back references) requires nothing


# Words, numbers and code-like terms ("N+1", "C#", "node.js", "user_id", "don't"), in any alphabet.
TOKEN_PATTERN = r"[^\W_]+(?:_[^\W_]+)*(?:['’][^\W_]+)?(?:[+#]+[^\W_]*)*(?:\.[^\W_]+)*"
# The same matches, faster: each optional part after the first letters opens with one of "_'’+#.", so the
# parts are only tried after a look ahead at that character (most words end at a space or a comma; trying
# the four parts there took a third of the tokenizer's regex time).
_TOKEN = re.compile(r"[^\W_]+(?:(?=[_'’+#.])(?:_[^\W_]+)*(?:['’][^\W_]+)?(?:[+#]+[^\W_]*)*(?:\.[^\W_]+)*)?")
_VOWEL = re.compile(r"[aeiouy]")
_UNDOUBLE_EXEMPT = frozenset("lsz")
_INFLECTIONS: tuple[tuple[str, str], ...] = (
    ("ies", "y"), ("sses", "ss"), ("xes", "x"), ("ches", "ch"), ("shes", "sh"), ("zes", "z"),
    ("ied", "y"), ("eed", "eed"), ("ed", ""), ("ing", ""), ("ss", "ss"), ("us", "us"), ("is", "is"),
    ("s", ""),
)
_DERIVATIONS: tuple[tuple[str, str], ...] = (
    ("ization", "iz"), ("isation", "iz"), ("ation", "at"), ("ate", "at"), ("ment", ""), ("ness", ""),
    ("ize", "iz"), ("ise", "iz"), ("ly", ""),
)
_CLAUSE_MARKS = re.compile(r"[,;:()\u2013\u2014]")
_LIST_MARKER = re.compile(r"[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]+")
# "[.!?][.!?]*" rather than "[.!?]+": a pattern opening with a character class lets the regex engine skip ahead
# fast to the next mark (measured twice as fast); both match the same spans.
_SENTENCE_END = re.compile(r"[.!?][.!?]*[\"'’”)\]]*(?=\s|$)")
_ABBREVIATIONS = frozenset({"e.g", "i.e", "etc", "vs", "mr", "mrs", "ms", "dr", "approx", "inc", "eg", "ie"})
# Where a run-on stretch of speech naturally breaks into ideas: one of these words opening a clause
# ("then I would…", "so we…"), not used as an adjective ("the first consumer").
_DISCOURSE_BREAKS = frozenset({"then", "also", "next", "finally", "so", "but", "afterwards", "first",
                               "second", "third", "another", "additionally", "however", "lastly"})
_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "every", "each", "one", "its", "our", "my", "their"})
_SUBJECTS = frozenset({"i", "we"})
_SUBJECT_CONTRACTIONS = frozenset({"i'd", "we'd", "i'll", "we'll", "id", "wed"})
_SUBJECT_VERBS = frozenset({"would", "will", "could", "should", "can", "then", "also", "need", "needed", "have",
                            "had", "was", "were", "did", "started", "decided", "realized"})
_CLAUSE_OPENERS = frozenset({"i", "we", "you", "they", "it", "this", "that", "i'd", "we'd", "i'll", "we'll",
                             "basically", "um", "uh", "like", "after", "once", "if", "when"})
LONG_SEGMENT_WORDS = 35
_CLAUSE_WORDS = _SUBJECT_CONTRACTIONS | _SUBJECTS | _DISCOURSE_BREAKS  # the words _opens_clause may say yes for
# A piece this long after the cuts at discourse words is a run-on stretch, cut at weaker clause openings too.
RUN_ON_PIECE_WORDS = 45
EVEN_PIECE_WORDS = 25  # the length a run-on piece no clause opening cut is cut into
# Where such a piece is cut, near its even places: before a word that opens a phrase of its own rather than
# before a preposition that ties the words after it to those before ("the lesson | for me was" would lose the
# lesson).
# Nor before "it" or "this", which as often end a clause as open one ("…restore it into the target…").
_EVEN_CUT_OPENERS = frozenset({"and", "the", "a", "an", "which", "so", "then", "but", "i", "we", "they", "that",
                               "our", "my", "their", "now", "when", "while", "because"})


def normalize(text: str) -> str:
    """Lower case with typographic apostrophes straightened; same length, so spans stay valid ("İ" is the one
    character whose lower case is two: it lowers to "i", as "I" does)."""
    return text.replace("’", "'").replace("‘", "'").replace("İ", "I").lower()


@lru_cache(maxsize=8192)
def stem(word: str) -> str:
    """A deliberately light stemmer: "indexes", "indexing" and "indexed" all become "index"."""
    word = IRREGULAR_FORMS.get(word, word)
    if len(word) <= 3 or not word.isalpha():
        return word
    word, inflected = _strip_first(word, _INFLECTIONS, min_stem=3)
    if inflected and len(word) > 2 and word[-1] == word[-2] and word[-1] not in _UNDOUBLE_EXEMPT:
        word = word[:-1]
    word, _ = _strip_first(word, _DERIVATIONS, min_stem=4)
    if len(word) > 3 and word.endswith("e"):
        word = word[:-1]
    return word


def _strip_first(word: str, rules: tuple[tuple[str, str], ...], min_stem: int) -> tuple[str, bool]:
    for suffix, replacement in rules:
        if word.endswith(suffix):
            base = word[: -len(suffix)]
            if suffix == replacement or len(base + replacement) < min_stem or not _VOWEL.search(base):
                return word, False
            return base + replacement, replacement == ""
    return word, False


def _synonym_stems() -> dict[str, str]:
    table = {}
    for canonical, variants in SYNONYMS.items():
        for variant in variants:
            table[stem(normalize(variant))] = stem(canonical)
    return table


_SYNONYM_STEMS = _synonym_stems()


@lru_cache(maxsize=8192)
def concept(word: str) -> str:
    """The stem a word is compared by: stemmed, then folded onto its synonym group."""
    stemmed = stem(word)
    return _SYNONYM_STEMS.get(stemmed, stemmed)


_TokenFields = namedtuple("_TokenFields", "word concept is_stop is_content start end")


class Token(_TokenFields):
    """One word of the text: `word` is its lower case surface form, `start` and `end` its span.

    A tuple underneath, with `is_stop` and `is_content` stored rather than computed, because every
    measure of an answer reads them token by token.
    """

    __slots__ = ()

    def __new__(cls, word: str, concept: str, start: int, end: int) -> "Token":
        stop = word in STOP_WORDS
        return tuple.__new__(cls, (word, concept, stop, not stop and not word.isdigit(), start, end))

    def __repr__(self) -> str:
        return f"Token(word={self.word!r}, concept={self.concept!r}, start={self.start}, end={self.end})"


class _WordTable(dict[str, tuple[str, str, bool, bool]]):
    """Word -> (word, concept, is_stop, is_content), filled on first sight and bounded."""

    LIMIT = 50_000

    def __missing__(self, word: str) -> tuple[str, str, bool, bool]:
        if len(self) >= self.LIMIT:
            self.clear()
        stop = word in STOP_WORDS
        info = self[word] = (word, concept(word), stop, not stop and not word.isdigit())
        return info


_WORDS = _WordTable()
_new_tuple = tuple.__new__
# The token pattern as a group, for re.split: the words and what lies between them come back as strings,
# and each word's span follows from the lengths, without a match object per word.
_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")
# The same split for ASCII text, where a letter or digit is one of [a-zA-Z0-9] and the typographic apostrophe
# cannot occur: a plain class of characters is tested faster than "not a non-word character, not _".
_ASCII_TOKEN_SPLIT = re.compile(_TOKEN_SPLIT.pattern.replace(r"[^\W_]", "[a-zA-Z0-9]").replace("['’]", "'")
                                .replace("[_'’+#.]", "[_'+#.]"))


# In ASCII text a token starts at, and so is present wherever there is, a letter or digit.
_ASCII_ALNUM = re.compile("[a-zA-Z0-9]")


def _tokens_of(lowered: str) -> list[Token]:
    """Tokens of lower-cased text, spans relative to it: built without a Python-level loop."""
    # between, word, between, word, …, between
    parts = (_ASCII_TOKEN_SPLIT if lowered.isascii() else _TOKEN_SPLIT).split(lowered)
    positions = list(accumulate(map(len, parts), initial=0))
    infos = map(_WORDS.__getitem__, parts[1::2])
    return list(map(_new_tuple, repeat(Token), map(add, infos, zip(positions[1::2], positions[2::2], strict=True))))


def tokenize(text: str, offset: int = 0) -> list[Token]:
    tokens = _tokens_of(normalize(text))
    if not offset:
        return tokens
    return [_new_tuple(Token, (t[0], t[1], t[2], t[3], t[4] + offset, t[5] + offset)) for t in tokens]


def content_concepts(text: str, exclude: frozenset[str] = frozenset()) -> list[str]:
    """Concepts of the content words of a short text (a key point, a question), in order, once each."""
    seen: dict[str, None] = {}
    for token in tokenize(text):
        if token.is_content and token.word not in exclude:
            seen.setdefault(token.concept, None)
    return list(seen)


# Field getters of a token for map(): faster than attribute access in a loop.
word_of = itemgetter(0)
concept_of = itemgetter(1)
start_of = itemgetter(4)
_concept_of = concept_of
_is_stop_of = itemgetter(2)


class Sentence:
    """A stretch of the answer: a sentence, or one idea of a run-on sentence."""

    __slots__ = ("start", "end", "text", "tokens", "listed", "concepts", "word_count", "stop_count", "lowered")
    start: int
    end: int
    text: str
    tokens: tuple[Token, ...]
    listed: bool  # began with a bullet or a number
    concepts: frozenset[str]  # computed once: key-point matching asks for it once per point and window
    word_count: int
    stop_count: int  # tokens that are stop words, counted once: list-likeness asks for it per window
    # normalize(text): given by the splitters (a slice of the lowered answer), else computed at once. A plain
    # attribute rather than a lazy property: every sentence's is read, some hundreds of times per answer.
    lowered: str

    def __init__(self, start: int, end: int, text: str, tokens: tuple[Token, ...], listed: bool = False,
                 lowered: str | None = None) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.tokens = tokens
        self.listed = listed
        self.concepts = frozenset(map(_concept_of, tokens))
        self.word_count = len(tokens)
        self.stop_count = sum(map(_is_stop_of, tokens))
        self.lowered = normalize(text) if lowered is None else lowered

    def _key(self) -> tuple[int, int, str, tuple[Token, ...], bool]:
        return (self.start, self.end, self.text, self.tokens, self.listed)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._key() == other._key()  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return (f"Sentence(start={self.start}, end={self.end}, text={self.text!r}, tokens={self.tokens!r}, "
                f"listed={self.listed})")


def split_sentences(answer: str) -> list[Sentence]:
    """Sentences as the candidate punctuated them (lines and list items count as sentences)."""
    lowered = normalize(answer)
    spans = _sentence_spans(answer)
    sentences: list[Sentence] = []
    listed_line = -1  # the last listed line a sentence was made for: only its first sentence is marked listed
    if in_place(answer, lowered):
        # Tokens never cross the whitespace sentences are cut at, so the whole answer is tokenized in one pass
        # when lower-casing keeps every character in place (it does not for "İ"; final sigma depends on context).
        tokens = _tokens_of(lowered)
        starts = list(map(start_of, tokens))
        for start, end, line in spans:
            first = bisect_left(starts, start)
            last = bisect_left(starts, end, first)
            if first != last:
                sentences.append(Sentence(start, end, answer[start:end], tuple(tokens[first:last]),
                                          line >= 0 and line != listed_line, lowered[start:end]))
                listed_line = line
        return sentences
    for start, end, line in spans:
        own = tuple(tokenize(answer[start:end], offset=start))
        if own:
            sentences.append(Sentence(start, end, answer[start:end], own, line >= 0 and line != listed_line))
            listed_line = line
    return sentences


def in_place(text: str, lowered: str) -> bool:
    """Whether normalize(text[i:j]) == lowered[i:j] for any i, j, with lowered = normalize(text)."""
    return len(lowered) == len(text) and "Σ" not in text


def _sentence_spans(answer: str) -> list[tuple[int, int, int]]:
    """(start, end, line) of each stretch ending at a sentence end or a line end, without the whitespace at its
    ends (maybe empty); `line` numbers the lines that begin with a list marker, and is -1 on other lines."""
    spans: list[tuple[int, int, int]] = []
    line_start = 0
    for number, line in enumerate(answer.split("\n")):
        marker = _LIST_MARKER.match(line)
        cursor = line_start + (marker.end() if marker else 0)
        listed = number if marker else -1
        end = line_start + len(line)
        for match in _SENTENCE_END.finditer(answer, cursor, end):
            stop = match.start()
            if stop > cursor and _may_end_abbreviation(answer[stop - 1]) and _ends_with_abbreviation(
                    answer[cursor:stop]):
                continue
            spans.append(_stripped(answer, cursor, match.end(), listed))
            cursor = match.end()
        spans.append(_stripped(answer, cursor, end, listed))
        line_start = end + 1
    return spans


def _ends_with_abbreviation(text: str) -> bool:
    """Whether the last word of the text is an abbreviation ("e.g", "etc"), so the full stop after it ends none."""
    before = text.rsplit(None, 1)
    return bool(before) and normalize(before[-1]).rstrip(".") in _ABBREVIATIONS


# The letters the abbreviations end with, in either case: a text ending otherwise surely does not end with one.
_ABBREVIATION_ENDS = frozenset({*(w[-1] for w in _ABBREVIATIONS), *(w[-1].upper() for w in _ABBREVIATIONS)})


def _may_end_abbreviation(char: str) -> bool:
    """Whether a text ending with `char` may end with an abbreviation: with one of its last letters, or with a
    full stop (stripped from the last word) or whitespace (the word is further back)."""
    return char in _ABBREVIATION_ENDS or char == "." or char.isspace()


def _stripped(answer: str, start: int, end: int, line: int) -> tuple[int, int, int]:
    while start < end and answer[start].isspace():
        start += 1
    while end > start and answer[end - 1].isspace():
        end -= 1
    return start, end, line


def split_segments(answer: str, sentences: list[Sentence]) -> list[Sentence]:
    """Sentences, with run-on ones cut where a new idea starts ("then", "so", "but", …).

    Unpunctuated speech-to-text answers are one long sentence; cutting them lets key points and
    quotes be found at the level of one idea, so a missing full stop costs little.
    """
    segments: list[Sentence] = []
    lowered: str | None = None
    for sentence in sentences:
        if sentence.word_count <= LONG_SEGMENT_WORDS:
            segments.append(sentence)
            continue
        # Only a subject or a discourse word can open a clause: the other words are passed over in one C-level pass.
        may_open = compress(range(5, len(sentence.tokens)),
                            map(_CLAUSE_WORDS.__contains__, map(word_of, islice(sentence.tokens, 5, None))))
        cuts = [i for i in may_open if _opens_clause(answer, sentence.tokens, i)]
        pieces: list[tuple[int, int]] = []
        begin = 0
        for cut in cuts:
            if cut - begin >= 5:
                pieces.append((begin, cut))
                begin = cut
        pieces.append((begin, len(sentence.tokens)))
        pieces = [part for first, last in pieces for part in _cut_long_piece(sentence.tokens, first, last)]
        if lowered is None:
            lowered = normalize(answer)
        same_places = in_place(answer, lowered)
        for first, last in pieces:
            tokens = sentence.tokens[first:last]
            start = sentence.start if first == 0 else tokens[0].start
            end = sentence.end if last == len(sentence.tokens) else tokens[-1].end
            segments.append(Sentence(start, end, answer[start:end], tokens, sentence.listed and first == 0,
                                     lowered[start:end] if same_places else None))
    return segments


def _cut_long_piece(tokens: tuple[Token, ...], first: int, last: int) -> list[tuple[int, int]]:
    """A piece still longer than one idea after the cuts at discourse words, cut where a subject follows a
    content word ("…a dashboard this gives teams…", "…causes problems it also supports…"): an unpunctuated
    paragraph otherwise stays one 140-word "idea" that no key point can be found in."""
    if last - first <= RUN_ON_PIECE_WORDS:
        return [(first, last)]
    pieces: list[tuple[int, int]] = []
    begin = first
    for i in range(first + 5, last - 4):
        word = tokens[i].word
        if i - begin < 8 or tokens[i - 1].is_stop:
            continue
        # A subject pronoun after a noun may open a relative clause whose "that" speech dropped ("the queue we
        # added last year"): it opens a new idea only before a verb-like word, as in `_opens_clause`.
        if (word in _WEAK_OPENERS and not (word in _OBJECT_PRONOUNS and tokens[i + 1].word in _AFTER_OBJECT)
                or word in _SUBJECT_PRONOUNS and tokens[i + 1].word in _SUBJECT_VERBS):
            pieces.append((begin, i))
            begin = i
    pieces.append((begin, last))
    return [part for first, last in pieces for part in _cut_evenly(tokens, first, last)]


def _cut_evenly(tokens: tuple[Token, ...], first: int, last: int) -> list[tuple[int, int]]:
    """A piece that no clause opening cut is cut into even parts of about one idea's length, each cut moved to
    the nearest phrase opener (`_EVEN_CUT_OPENERS`) after a content word within four words of its even place,
    and left at that place when there is none: a 110-word stretch would otherwise hold every key point's words
    too thinly for any to be found."""
    if last - first <= RUN_ON_PIECE_WORDS:
        return [(first, last)]
    parts = -(-(last - first) // EVEN_PIECE_WORDS)
    size = (last - first) / parts
    cuts = [first]
    for k in range(1, parts):
        aim = first + round(k * size)
        near = [i for i in range(max(cuts[-1] + 5, aim - 4), min(last - 5, aim + 5))
                if tokens[i].word in _EVEN_CUT_OPENERS and not tokens[i - 1].is_stop]
        cuts.append(min(near, key=lambda i: abs(i - aim)) if near else aim)
    return list(zip(cuts, cuts[1:] + [last], strict=True))


# Words that start a new clause when they follow a content word in unpunctuated speech.
_WEAK_OPENERS = frozenset({"this", "it", "its", "there", "these", "those", "overall", "usually", "sometimes",
                           "because", "when", "if", "otherwise", "instead"})
_SUBJECT_PRONOUNS = frozenset({"i", "we", "you", "they"})
# "…restore it into the target…", "…we'd run it for two weeks…": a pronoun a verb's object, not a new subject.
_OBJECT_PRONOUNS = frozenset({"it", "this", "these", "those"})
_AFTER_OBJECT = frozenset({"into", "for", "to", "on", "in", "with", "from", "back", "up", "out", "down", "off",
                           "again", "over", "at", "as", "and", "or", "before", "after", "until", "through", "then"})


def _opens_clause(answer: str, tokens: tuple[Token, ...], i: int) -> bool:
    word = tokens[i].word
    following = tokens[i + 1].word if i + 1 < len(tokens) else ""
    if word in _SUBJECT_CONTRACTIONS:
        # "…check the logs i'd then roll back…": a contracted subject after a content word opens a clause;
        # dictated text often loses the apostrophe ("id", "ill"), which only counts before a verb-like word.
        return not tokens[i - 1].is_stop and (word in {"i'd", "we'd", "i'll", "we'll"} or following in _SUBJECT_VERBS
                                              or following.endswith(("e", "k", "t", "l")) and len(following) > 3)
    if word in _SUBJECTS:
        # "…the whole table i would also check…": a subject and its verb right after a content word is
        # where an unpunctuated sentence ended.
        return following in _SUBJECT_VERBS and not tokens[i - 1].is_stop
    if word not in _DISCOURSE_BREAKS or tokens[i - 1].word in _DETERMINERS:
        return False  # "…dropped by about a third, and two other wards…": a fraction, not the third step
    after_comma = "," in answer[tokens[i - 1].end:tokens[i].start]
    return after_comma or following in _CLAUSE_OPENERS or "," in answer[tokens[i].end:tokens[i].end + 1]


WHOLE_QUOTE_WORDS = 30  # a sentence up to this long is quoted whole


def quote(answer: str, sentence: Sentence, focus: tuple[int, ...] = (), max_words: int = WHOLE_QUOTE_WORDS) -> str:
    """A verbatim quote from one sentence: the whole of it when short, else the clause around `focus`.

    `focus` holds indexes of the tokens the quote should show.
    """
    tokens = sentence.tokens
    if len(tokens) <= max_words:
        return sentence.text
    if not focus:
        focus = (0,)
    first, last = min(focus), max(focus)
    if last - first + 1 > max_words:
        last = first + max_words - 1
    spare = max_words - (last - first + 1)
    focus_first = first
    first = max(0, first - spare // 2)
    # Start the quote at a clause if one begins between the window's start and the focus.
    clause_start = next((j for j in range(focus_first, first, -1)
                         if _CLAUSE_MARKS.search(answer, tokens[j - 1].end, tokens[j].start)), None)
    first = clause_start if clause_start is not None else first
    last = min(len(tokens) - 1, first + max_words - 1)
    start = sentence.start if first == 0 else tokens[first].start
    end = sentence.end if last == len(tokens) - 1 else tokens[last].end
    return answer[start:end]


def short_quote(text: str, max_words: int = 14) -> tuple[str, bool]:
    """The first words of a quote for feedback prose, and whether it was cut short."""
    if max_words > 0 and text.isascii():
        # An ASCII quote is cut by the ASCII token pattern in one C-level split of its first max_words words (no
        # match object per word): the pieces are between, word, …, between, and the rest after the last word.
        parts = _ASCII_TOKEN_SPLIT.split(text, max_words)
        if len(parts) == 2 * max_words + 1 and _ASCII_ALNUM.search(parts[-1]):  # a word follows the last one
            return text[: len(text) - len(parts[-1])], True
        return text.rstrip(".!?,;: "), False
    # Only the first max_words words are looked at: the quote is cut after them when a word follows.
    first = list(islice(_TOKEN.finditer(text), max(max_words, 0)))
    if first and len(first) == max_words and _TOKEN.search(text, first[-1].end()):
        return text[: first[-1].end()], True
    return text.rstrip(".!?,;: "), False
