"""Cue and quote shortcuts change no result: short quotes, choice clauses, cues proved absent by a common word
and the quote focus each equal the plain computation on tricky inputs."""

from itertools import islice

from interview.analysis import cue_search, star
from interview.analysis.text import _TOKEN, LazyPattern, short_quote
from tests.analysis_corpus import STAR_CUES, segments_of

QUOTE_TEXTS = (
    "",
    "...",
    "One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen.",
    "One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen",
    "One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen, ...!",
    "One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen _",
    "  Node.js, C++ and C# don't scale; my_var.attr 3.5x faster?! e.g. ORM's N+1 queries - 40% cut.",
    "I'd say it's fine. It’s not ASCII: naïve café, résumé — 12 ms; Ｋafka’s 3 brokers.",
    "a_b c__d e'f g'' h+# i.j. k..l m. n",
    "word " * 40,
    "Ends with a word and punctuation after it: 16th word here!!! ",
)


def _plain_short_quote(text: str, max_words: int) -> tuple[str, bool]:
    first = list(islice(_TOKEN.finditer(text), max(max_words, 0)))
    if first and len(first) == max_words and _TOKEN.search(text, first[-1].end()):
        return text[: first[-1].end()], True
    return text.rstrip(".!?,;: "), False


def test_short_quotes_of_ascii_text_cut_where_the_token_pattern_does():
    for text in QUOTE_TEXTS:
        for max_words in range(-1, 45):
            assert short_quote(text, max_words) == _plain_short_quote(text, max_words), (text, max_words)


def test_a_word_every_branch_needs_is_a_clause_of_the_choice():
    clauses = cue_search._clauses(LazyPattern(r"\b(?:a few|two) (?:months|years|weeks) ago\b|\b(?:years|months) ago\b"))
    assert frozenset({"ago"}) in clauses
    assert clauses[0] == frozenset({"months", "weeks", "years"})  # the words picked per branch come first
    # No branch-common set: only the union of the picked sets.
    assert cue_search._clauses(LazyPattern(r"\bback in\b|\bat the time\b")) == (frozenset({"back", "time"}),)


def test_cues_proved_absent_by_a_common_word_are_found_as_each_text_searched_alone():
    answers = (
        "We had three weeks. Two years ago I led it. A few months ago we shipped. Years later it ran.",
        "Within three weeks we shipped; two years in, months of work. No agos here, weeks agone.",
        "years ago. ago years. months\nago. A few weeks ago",
    )
    for answer in answers:
        segments = segments_of(answer)
        texts = [segment.lowered for segment in segments]
        index = cue_search.CueIndex(texts, cue_search.words_of(segments))
        for cue in STAR_CUES:
            assert index.matching(cue) == [i for i, text in enumerate(texts) if cue.compiled.search(text)], cue


def test_a_quote_focus_found_among_the_cues_a_text_shows_is_the_one_all_cues_give():
    answers = (
        "At my last job our team had to ship in two weeks. My task was to lead it. I rewrote the consumer and we "
        "then shipped it. As a result, latency dropped 40%. I learned to ask early. It resulted in fewer pages.",
        "I'd check the logs, then I would roll back so that users keep working. That way nobody waits. I learned.",
        "When I was working at a startup, the CEO wanted a rewrite; I decided to split it. Eventually it shipped.",
    )
    groups = (star.SITUATION_CUES, star.TASK_CUES, star.RESULT_CUES + star.EXPECTED_RESULT_CUES, (star.REFLECTION,),
              star._ACTIONS)
    for answer in answers:
        segments = segments_of(answer)
        texts = [segment.lowered for segment in segments]
        index = cue_search.CueIndex(texts, cue_search.words_of(segments))
        for cues in groups:
            shown = star._cues_shown(index, cues)
            assert star._counts_of(shown) == [float(sum(bool(c.compiled.search(t)) for c in cues)) for t in texts]
            for i, text in enumerate(texts):
                if shown[i]:
                    assert star._cue_token(segments[i], text, tuple(shown[i])) == star._cue_token(
                        segments[i], text, cues)
