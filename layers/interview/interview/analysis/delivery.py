"""How an answer is delivered: filler words, hedges, ownership ("I" against "we") and tone.

Written answers are often dictated, so the fillers of speech ("um", "you know") show up in them and
are counted the way an interviewer would hear them.
"""

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, compress, filterfalse, repeat

from interview.analysis.text import LazyPattern, Sentence, TextIndex, in_place, normalize, word_of, word_set

# Vocal fillers, by the spelling people type them with.
_VOCAL_FILLERS: tuple[tuple[str, LazyPattern], ...] = (
    ("um", LazyPattern(r"^(?:u+m+|u+h+m+|e+r+m+)$")),
    ("uh", LazyPattern(r"^(?:u+h+|e+r+)$")),
    ("hmm", LazyPattern(r"^h+m+$")),
)
_ANY_VOCAL_FILLER = LazyPattern("|".join(pattern.pattern for _, pattern in _VOCAL_FILLERS))


def is_vocal_filler(word: str) -> bool:
    """Whether the word is "um", "uh" or "hmm" in any of the spellings people type them with ("ummm", "erm")."""
    return _ANY_VOCAL_FILLER.match(word) is not None
# Words that are filler wherever they appear in an answer.
FILLER_WORDS: frozenset[str] = frozenset({"basically", "actually", "literally"})
# Two-word fillers, with the words that, just before them, make the phrase literal instead
# ("what kind of index" is a real question; "it was kind of slow" is filler).
FILLER_PHRASES: dict[tuple[str, str], frozenset[str]] = {
    ("you", "know"): frozenset({"do", "did", "if", "would", "don't", "didn't", "to", "let", "you'd", "i'd"}),
    ("sort", "of"): frozenset({"what", "this", "that", "the", "a", "any", "some", "which", "each", "every",
                               "same", "different", "other", "one", "these", "those", "all"}),
    ("kind", "of"): frozenset({"what", "this", "that", "the", "a", "any", "some", "which", "each", "every",
                               "same", "different", "other", "one", "these", "those", "all"}),
    ("i", "mean"): frozenset({"what", "if"}),
    ("or", "whatever"): frozenset(),
    ("and", "stuff"): frozenset(),
    ("so", "yeah"): frozenset(),
}
# After "you know", these words make it a real question or statement ("you know how the planner works").
_YOU_KNOW_LITERAL_NEXT = frozenset({"how", "what", "when", "where", "why", "which", "who", "that", "the",
                                    "a", "an", "it", "this", "about", "whether", "if"})
# "like" is a verb or a comparison after these words ("I like", "looks like", "tools like Redis").
_LIKE_LITERAL_PREVIOUS = frozenset({
    "i", "you", "we", "they", "would", "i'd", "we'd", "you'd", "they'd", "don't", "didn't", "do", "does",
    "feel", "feels", "felt", "look", "looks", "looked", "seem", "seems", "sound", "sounds", "something",
    "things", "tools", "just", "much", "more", "exactly", "languages", "databases", "services", "anything",
})
_LIKE_FILLER_PREVIOUS = frozenset({"was", "were", "and", "so", "um", "uh", "but"})
_LIKE_FILLER_NEXT = frozenset({"um", "uh", "so", "basically", "really", "super", "totally", "like"})

# Phrases that weaken a claim, by the name reported in metrics; patterns match lower-cased text.
# Longest first, so "I'm not sure" is counted once, as "not sure".
HEDGES: dict[str, str] = {
    "if I remember correctly": r"if i (?:remember|recall) correctly",
    "I don't know": r"i (?:don'?t|do not) (?:really )?know|\bidk",
    "not sure": r"(?:i'm |i am )?not (?:\w+ )?sure",
    "I feel like": r"i feel like",
    "or something": r"or something(?: like that)?",
    "I think": r"i think",
    "I guess": r"i guess",
    "I suppose": r"i suppose",
    "I believe": r"i believe",
    "maybe": r"maybe",
    "probably": r"probably",
    "perhaps": r"perhaps",
    "possibly": r"possibly",
    "hopefully": r"hopefully",
}
_HEDGE_NAMES = list(HEDGES)
# One of these whole words is in every match of each hedge, in the order of HEDGES: an answer without any of
# them has none of that hedge.
_HEDGE_WORDS: tuple[frozenset[str], ...] = tuple(map(frozenset, (
    {"correctly"}, {"know", "idk"}, {"sure"}, {"feel"}, {"something"}, {"think"}, {"guess"}, {"suppose"},
    {"believe"}, {"maybe"}, {"probably"}, {"perhaps"}, {"possibly"}, {"hopefully"},
)))
_ALL_HEDGES = tuple(range(len(HEDGES)))
# Every word some hedge is said with, and the words of the filler phrases that are filler wherever they stand (not
# "you", "of", "so"…): what misconception.py does not read.
HEDGE_WORDS: frozenset[str] = frozenset().union(*_HEDGE_WORDS)
FILLER_PHRASE_WORDS: frozenset[str] = frozenset({"know", "sort", "kind", "mean", "whatever", "stuff", "yeah"})
_NON_WORD = re.compile(r"\W+")


@lru_cache(maxsize=256)
def _hedge_pattern(hedges: tuple[int, ...]) -> LazyPattern:
    """The hedges with these indexes, in order, each in a group named by its index.

    A hedge the answer cannot hold is left out: it would be tried, and fail, at every position."""
    patterns = list(HEDGES.values())
    return LazyPattern("|".join(f"(?P<h{i}>\\b(?:{patterns[i]})\\b)" for i in hedges))


_HEDGE_PATTERN = _hedge_pattern(_ALL_HEDGES)

FIRST_PERSON_SINGULAR = frozenset({"i", "i'm", "i've", "i'd", "i'll", "me", "my", "myself", "mine"})
FIRST_PERSON_PLURAL = frozenset({"we", "we're", "we've", "we'd", "we'll", "our", "ours", "ourselves", "us"})
NEGATIVE_TONE = frozenset({"hate", "hated", "stupid", "dumb", "boring", "useless", "terrible", "awful",
                           "annoying", "idiot", "idiots", "sucks", "sucked", "pointless", "lazy",
                           "incompetent", "ridiculous", "waste"})
POSITIVE_TONE = frozenset({"enjoy", "enjoyed", "excited", "proud", "glad", "love", "loved", "happy",
                           "grateful", "appreciate", "appreciated", "rewarding"})


@dataclass(frozen=True)
class Delivery:
    fillers: dict[str, int]
    hedges: dict[str, int]
    filler_spans: tuple[tuple[int, int], ...]  # (sentence index, token index) of each filler
    hedge_sentences: tuple[int, ...]  # sentence index of each hedge, in order
    singular_mentions: int
    plural_mentions: int
    negative_tone: int
    positive_tone: int

    @property
    def filler_count(self) -> int:
        return sum(self.fillers.values())

    @property
    def hedge_count(self) -> int:
        return sum(self.hedges.values())


def read_delivery(answer: str, sentences: list[Sentence]) -> Delivery:
    fillers: Counter[str] = Counter()
    filler_spans: list[tuple[int, int]] = []
    hedges: Counter[str] = Counter()
    hedge_sentences: list[int] = []
    words = Counter(map(word_of, chain.from_iterable(sentence.tokens for sentence in sentences)))
    # Only a word that can be or open a filler in this answer gives one: only sentences with one are read
    # word by word.
    openers = _filler_openers(words)
    for index, sentence in enumerate(sentences) if openers else ():
        if openers.isdisjoint(map(word_of, sentence.tokens)):
            continue
        for position, name in _fillers_in(answer, sentence):
            fillers[name] += 1
            filler_spans.append((index, position))
    # Only the hedges the answer's words allow are looked for, and only in sentences with a string they need
    # (found once for all sentences). When lower-casing keeps characters in place, the tokens were read from
    # `lowered`, so its every whole word is among their words, and a sentence's lowered text is its stretch
    # of `lowered`.
    lowered = normalize(answer)
    same_places = in_place(answer, lowered)
    possible = _possible_hedges(words) if same_places else _ALL_HEDGES
    if possible:
        pattern = _hedge_pattern(possible)
        hedged = (TextIndex([sentence.lowered for sentence in sentences]).candidates(pattern)
                  if same_places else range(len(sentences)))
        finditer = pattern.compiled.finditer
        for index in hedged:
            sentence = sentences[index]
            for match in finditer(lowered, sentence.start, sentence.end):
                hedges[_HEDGE_NAMES[int(match.lastgroup[1:])]] += 1
                hedge_sentences.append(index)
    return Delivery(
        fillers=_ranked(fillers),
        hedges=_ranked(hedges),
        filler_spans=tuple(filler_spans),
        hedge_sentences=tuple(hedge_sentences),
        singular_mentions=_mentions(words, FIRST_PERSON_SINGULAR) + _stripped_mentions(answer, sentences, words),
        plural_mentions=_mentions(words, FIRST_PERSON_PLURAL),
        negative_tone=_mentions(words, NEGATIVE_TONE),
        positive_tone=_mentions(words, POSITIVE_TONE),
    )


def _stripped_mentions(answer: str, sentences: list[Sentence], words: Counter[str]) -> int:
    """"I" in contractions that lost their apostrophe, as dictation software writes them ("im", "ive", "id say"):
    counted only in an answer without any apostrophe, and "id" only before a word that "I'd" opens ("id say",
    not "the message id and the trace id")."""
    if not words.keys() & _STRIPPED or "'" in answer or "’" in answer:
        return 0
    count = words.get("im", 0) + words.get("ive", 0)
    if "id" in words:
        for sentence in sentences:
            tokens = sentence.tokens
            count += sum(1 for i, token in enumerate(tokens[:-1])
                         if token.word == "id" and tokens[i + 1].word in _AFTER_I_D)
    return count


_STRIPPED = frozenset({"im", "ive", "id"})
# Words "I'd" goes on with: "would" or "had" and a verb, or an adverb before one.
_AFTER_I_D = word_set("""say be do go ask put tell start check make try use look like love want need prefer rather
recommend suggest argue push talk set add keep call send run write build pull expect think then also probably
just never still really definitely first already been gone done have pick roll move get give show split measure
""")


def _mentions(words: Counter[str], lexicon: frozenset[str]) -> int:
    """How often the words of a lexicon occur. Read with dict.get in C: a Counter's own lookup of an absent
    word goes through its Python-level __missing__, and most words of each lexicon are absent."""
    return sum(map(words.get, lexicon, repeat(0)))


def _ranked(counts: Counter[str]) -> dict[str, int]:
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


_PHRASE_STARTS = frozenset(first for first, _ in FILLER_PHRASES)
_PHRASE_ENDS: dict[str, tuple[str, ...]] = {
    first: tuple(second for start, second in FILLER_PHRASES if start == first) for first in _PHRASE_STARTS}


def _filler_openers(words: Counter[str]) -> frozenset[str]:
    """The answer's words that can be a filler in it, or open one: a phrase's first word only when the
    answer also has a word that can end it ("i" only with "mean")."""
    able = compress(words, map(_FILLER_KINDS.__getitem__, words))
    return frozenset(word for word in able
                     if _FILLER_KINDS[word] != "phrase" or any(map(words.__contains__, _PHRASE_ENDS[word])))


def _possible_hedges(words: Counter[str]) -> tuple[int, ...]:
    """Indexes of the hedges whose words the answer has, as tokens or parts of tokens ("know.it")."""
    parts = set(chain.from_iterable(map(_NON_WORD.split, list(filterfalse(str.isalnum, words)))))
    return tuple(i for i, needed in enumerate(_HEDGE_WORDS)
                 if any(map(words.__contains__, needed)) or not needed.isdisjoint(parts))


class _FillerKinds(dict[str, str | None]):
    """Word -> what it can be in a filler: "phrase" (may open a two-word filler), a filler's name, "like",
    or None. Filled on first sight and bounded."""

    LIMIT = 20_000

    def __missing__(self, word: str) -> str | None:
        if len(self) >= self.LIMIT:
            self.clear()
        kind: str | None = None
        if word in _PHRASE_STARTS:
            kind = "phrase"
        elif _ANY_VOCAL_FILLER.match(word):
            kind = next(name for name, pattern in _VOCAL_FILLERS if pattern.match(word))
        elif word in FILLER_WORDS:
            kind = word
        elif word == "like":
            kind = "like"
        self[word] = kind
        return kind


_FILLER_KINDS = _FillerKinds()


def _fillers_in(answer: str, sentence: Sentence) -> list[tuple[int, str]]:
    """(token index, filler name) of each filler in a sentence; a phrase is reported at its first word."""
    words = list(map(word_of, sentence.tokens))
    kinds = list(map(_FILLER_KINDS.__getitem__, words))
    found: list[tuple[int, str]] = []
    skipped = -1  # the second word of a filler phrase is not looked at again
    count = len(words)
    for i in compress(range(count), kinds):  # only words that can be or open a filler
        if i == skipped:
            continue
        kind = kinds[i]
        word = words[i]
        previous = words[i - 1] if i > 0 else None
        following = words[i + 1] if i + 1 < count else None
        if kind == "phrase":
            if following and (word, following) in FILLER_PHRASES:
                if _is_filler_phrase(word, following, previous, words[i + 2] if i + 2 < count else None):
                    found.append((i, "I mean" if word == "i" else f"{word} {following}"))
                    skipped = i + 1
                continue
        elif kind == "like":
            if _is_filler_like(answer, sentence, i, previous, following):
                found.append((i, "like"))
        else:
            found.append((i, kind))
    return found


def _is_filler_phrase(first: str, second: str, previous: str | None, after: str | None) -> bool:
    if previous in FILLER_PHRASES[(first, second)]:
        return False
    return not ((first, second) == ("you", "know") and after in _YOU_KNOW_LITERAL_NEXT)


def _is_filler_like(answer: str, sentence: Sentence, i: int, previous: str | None, following: str | None) -> bool:
    if previous in _LIKE_LITERAL_PREVIOUS:
        return False
    tokens = sentence.tokens
    comma_before = i > 0 and "," in answer[tokens[i - 1].end:tokens[i].start]
    comma_after = i + 1 < len(tokens) and "," in answer[tokens[i].end:tokens[i + 1].start]
    return (comma_before or comma_after or previous in _LIKE_FILLER_PREVIOUS
            or following in _LIKE_FILLER_NEXT)
