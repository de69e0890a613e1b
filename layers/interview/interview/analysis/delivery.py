"""How an answer is delivered: filler words, hedges, ownership ("I" against "we") and tone.

Written answers are often dictated, so the fillers of speech ("um", "you know") show up in them and
are counted the way an interviewer would hear them.
"""

import re
from collections import Counter
from dataclasses import dataclass

from interview.analysis.text import Sentence, normalize

# Vocal fillers, by the spelling people type them with.
_VOCAL_FILLERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("um", re.compile(r"^(?:u+m+|u+h+m+|e+r+m+)$")),
    ("uh", re.compile(r"^(?:u+h+|e+r+)$")),
    ("hmm", re.compile(r"^h+m+$")),
)
_ANY_VOCAL_FILLER = re.compile("|".join(pattern.pattern for _, pattern in _VOCAL_FILLERS))
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
_HEDGE_PATTERN = re.compile("|".join(f"(?P<h{i}>\\b(?:{pattern})\\b)" for i, pattern in enumerate(HEDGES.values())))
_HEDGE_NAMES = list(HEDGES)

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
    words: Counter[str] = Counter()
    lowered = normalize(answer)
    for index, sentence in enumerate(sentences):
        for position, name in _fillers_in(answer, sentence):
            fillers[name] += 1
            filler_spans.append((index, position))
        for match in _HEDGE_PATTERN.finditer(lowered, sentence.start, sentence.end):
            hedges[_HEDGE_NAMES[int(match.lastgroup[1:])]] += 1
            hedge_sentences.append(index)
        words.update(token.word for token in sentence.tokens)
    return Delivery(
        fillers=_ranked(fillers),
        hedges=_ranked(hedges),
        filler_spans=tuple(filler_spans),
        hedge_sentences=tuple(hedge_sentences),
        singular_mentions=sum(words[w] for w in FIRST_PERSON_SINGULAR),
        plural_mentions=sum(words[w] for w in FIRST_PERSON_PLURAL),
        negative_tone=sum(words[w] for w in NEGATIVE_TONE),
        positive_tone=sum(words[w] for w in POSITIVE_TONE),
    )


def _ranked(counts: Counter[str]) -> dict[str, int]:
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def _fillers_in(answer: str, sentence: Sentence) -> list[tuple[int, str]]:
    """(token index, filler name) of each filler in a sentence; a phrase is reported at its first word."""
    words = [token.word for token in sentence.tokens]
    found: list[tuple[int, str]] = []
    skip_next = False
    for i, word in enumerate(words):
        if skip_next:
            skip_next = False
            continue
        previous = words[i - 1] if i > 0 else None
        following = words[i + 1] if i + 1 < len(words) else None
        if following and (word, following) in FILLER_PHRASES:
            if _is_filler_phrase(word, following, previous, words[i + 2] if i + 2 < len(words) else None):
                found.append((i, "I mean" if word == "i" else f"{word} {following}"))
                skip_next = True
            continue
        vocal = None
        if _ANY_VOCAL_FILLER.match(word):
            vocal = next(name for name, pattern in _VOCAL_FILLERS if pattern.match(word))
        if vocal:
            found.append((i, vocal))
        elif word in FILLER_WORDS:
            found.append((i, word))
        elif word == "like" and _is_filler_like(answer, sentence, i, previous, following):
            found.append((i, "like"))
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
