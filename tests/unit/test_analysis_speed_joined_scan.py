"""Shortcuts in text, screening, delivery and STAR reading (cues scanned over the joined texts) change no
result: each is checked against the plain computation on tricky inputs and on every answer of the evaluation
sets."""

import random
import string
from collections import Counter

import pytest

from interview.analysis import cue_search, delivery
from interview.analysis.text import (
    _ASCII_TOKEN_SPLIT,
    _TOKEN,
    _TOKEN_SPLIT,
    LazyPattern,
    Token,
    _tokens_of,
    concept,
    in_place,
    normalize,
    word_of,
)
from tests.analysis_corpus import STAR_CUES, eval_texts, segments_of, sentences_of

TRICKY = (
    "My_task was clear. my task_was clear. The goal was, the goal_was; the_goal was. Bathe goal was.",
    "In my last role our team had to ship. At my previous job. At my jobs. At my job's end. at my team-lead.",
    "I'd been there; i'd do it and I'll see. Id check. Im going to fix it. We then shipped. I rewrote it.",
    "It resulted in less churn. That led to fewer pages! It was up to me. Ever since, no incidents.",
    "A few months ago; a couple of weeks ago; three years ago; last week; back in 2019; in 2021.",
    "Naïve café’s résumé: my task was clear; the goal was ünïque. I’d do it, I don’t know. Ｋept it in my rôle.",
    "On a Monday my task was to fix it. During my first job I was the lead. About six months into my role, we "
    "had to. i was the tech lead my task was done my goal was met i wanted to be i wanted to go",
    "ii wanted to go. wei then shipped. xmy task was it. mymy task was. i was on-call team lead",
    "last\nyear my\ntask was. When i was\nworking, i wanted\nto ship",
    "1. I wanted to ship.\n2) My task was clear\n- last year we then shipped it\n* as the lead I did it",
    "", "i", "my", "last", "i wanted to", "the goal was",
)


CORPUS = (*TRICKY, *eval_texts())

# Patterns that probe the edges of a text: looks behind and ahead, greedy words, any character, empty stretches.
PROBES = tuple(LazyPattern(p) for p in (
    r"\bmy (?:task|goal) was\b", r"\bwas\b", r"\bwe (?:then )?\w+", r"\bi (?!be\b)\w+", r"\bto (?!be\b)\w+",
    r"\blast .{0,12}\b(?:year|week)\b", r"\bmy (?<=y )task\b", r"\bgoal was(?![\w.])", r"\bas (?:the )?lead\b",
    r"\bi wanted to (?:\w+ ){0,2}(?:go|ship|be)\b", r"\bmy\w*", r"\bi (?:was|am)?",
))


def test_cues_scanned_over_the_joined_texts_find_what_each_text_searched_alone_finds():
    cues = (*STAR_CUES, *PROBES)
    assert any(cue_search._plan(cue).scanner for cue in cues) and any(cue_search._plan(cue).at_start for cue in cues)
    for answer in CORPUS:
        segments = segments_of(answer)
        texts = [segment.lowered for segment in segments]
        words = cue_search.words_of(segments) if answer.isascii() or in_place(answer, normalize(answer)) else None
        index = cue_search.CueIndex(texts, words)
        for cue in cues:
            matching = [i for i, text in enumerate(texts) if cue.compiled.search(text)]
            assert index.matching(cue) == matching, (cue, answer)
            assert index.match_counts(cue) == [len(cue.compiled.findall(text)) for text in texts], (cue, answer)


@pytest.mark.parametrize(("pattern", "scanned"), [
    (r"\bmy task\b", True),
    (r"\bmy\s+task\b", False),  # \s matches a newline
    (r"\bmy[^x]task\b", False),
    (r"\bmy\Wtask\b", False),
    (r"\bmy\Dtask\b", False),
    (r"\bmy.task\b", True),  # "." does not match a newline
    (r"(?s)\bmy.task\b", False),
    (r"\bmy task$", False),
    (r"\bmy task|\bour task", False),  # no fixed opening characters
    (r"\bm[yi] task", False),
    (r"\bmy (?=task)\w+", True),
    (r"\bmy (?=\s)", False),
    (r"\bmy (?i:task)", False),
    (r"my task", False),  # no leading word boundary to take off
    (r"\bmy (\w+) \1", False),
])
def test_only_patterns_that_cannot_match_a_newline_are_scanned_joined(pattern: str, scanned: bool):
    assert (cue_search._line_scanner(LazyPattern(pattern)) is not None) == scanned


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"^(?:on|at) a\b", True),
    (r"^on a\b|at a\b", False),
    (r"(?m)^on a\b", False),
    (r"(?:^on) a\b", False),
    (r"\bon a\b", False),
])
def test_patterns_anchored_at_the_start_are_matched_at_each_text_start(pattern: str, expected: bool):
    assert cue_search._at_start_only(LazyPattern(pattern)) == expected


def test_ascii_token_split_cuts_ascii_text_as_the_general_split_does():
    rng = random.Random(7)
    alphabet = string.printable + "____''''....++##"
    texts = [text for text in CORPUS if text.isascii()]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randrange(60))) for _ in range(3000)]
    texts += ["c++ c# n+1 node.js user_id don't a_b_c 1.5.2 x.y_z a+#b a'b'c _a a_ .a a. 'a a' ++a"]
    assert all(text.isascii() for text in texts)
    for text in texts:
        assert _ASCII_TOKEN_SPLIT.split(text) == _TOKEN_SPLIT.split(text), text
        assert _tokens_of(normalize(text)) == _plain_tokens(normalize(text)), text


def _plain_tokens(lowered: str) -> list[Token]:
    """The plain tokenizer, one match at a time."""
    return [Token(m.group(), concept(m.group()), m.start(), m.end()) for m in _TOKEN.finditer(lowered)]


def test_lexicon_mentions_read_with_get_equal_the_counters_own_lookups():
    for answer in CORPUS[:400]:
        words = Counter(word_of(token) for sentence in sentences_of(answer) for token in sentence.tokens)
        for lexicon in (delivery.FIRST_PERSON_SINGULAR, delivery.FIRST_PERSON_PLURAL, delivery.NEGATIVE_TONE,
                        delivery.POSITIVE_TONE):
            assert delivery._mentions(words, lexicon) == sum(words[w] for w in lexicon)
