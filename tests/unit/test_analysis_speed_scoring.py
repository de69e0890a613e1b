"""Speed shortcuts of the scoring side: each equals the plain computation on tricky inputs."""

import re

from interview.analysis.soundness import DISMISSIVE, DISMISSIVE_HINTS
from interview.analysis.text import normalize

TRICKY = (
    "We don't need any queues. You dont really need to. It does not even need a lock. Won't need it.",
    "No need for indexes; they're not really needed, and caching isn't needed either. Arent needed anyway.",
    "We needed more replicas because the team needs them, and nobody said they weren't needed.",
    "Doesnt need to scale; it just creates load and the users would figure it out or get over it.",
    "I need to check the plan. Needless to say it's needed. Do not need. Isnt really needed.",
)


def test_dismissive_hints_find_every_segment_a_dismissive_claim_is_in():
    for text in TRICKY:
        lowered = normalize(text)
        for match in DISMISSIVE.compiled.finditer(lowered):
            assert DISMISSIVE_HINTS.compiled.search(match.group()), match.group()
        plain = bool(DISMISSIVE.compiled.search(lowered))
        hinted = bool(DISMISSIVE_HINTS.compiled.search(lowered)) and plain
        assert hinted == plain, text
    # "need" alone, as in a plan, is no hint any more.
    assert DISMISSIVE_HINTS.compiled.search("the columns we need") is None
    assert re.fullmatch(r"[a-z |']+", DISMISSIVE_HINTS.pattern)


def test_evidence_claims_as_the_plain_overlap_test():
    from interview.analysis.rubric_feedback import _Evidence

    answer = "Indexes help. Caching helps too. Indexes help. We batch N+1 queries, and indexes help a lot."
    options = [None, "", "Indexes help.", "Indexes help.", "help", "Caching helps too.", "absent",
               "We batch N+1 queries", "queries, and indexes", "a lot.", "Indexes help a lot"]
    fast = _Evidence(answer)
    plain_spans: list[tuple[int, int]] = []

    def plain(chosen: list[str | None]) -> str | None:
        for text in chosen:
            if not text:
                continue
            start = answer.find(text)
            span = (start, start + len(text))
            if start >= 0 and not any(a < span[1] and span[0] < b for a, b in plain_spans):
                plain_spans.append(span)
                return text
        return None

    for i in range(len(options)):
        for chosen in (options[i:], options[i:i + 2], options[::-1][i:]):
            assert fast.claim(iter(chosen)) == plain(chosen)
            assert fast.spans == plain_spans
