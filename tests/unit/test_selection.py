"""Question choice at session start: type mix, relaxation order, no repeats, variety, job description."""

import random

import pytest

from interview.domain.catalog import Difficulty, SessionType
from interview.domain.selection import Candidate, SelectionRequest, choose_questions, type_mix


def bank_of(*specs: tuple[str, str, tuple[str, ...]], text: str = "") -> list[Candidate]:
    return [Candidate(i + 1, t, d, roles, text) for i, (t, d, roles) in enumerate(specs)]


def request(session_type=SessionType.MIXED, difficulty=Difficulty.MID, role="Backend Developer", n=5, **kw):
    return SelectionRequest(session_type=session_type, difficulty=difficulty, role=role, num_questions=n, **kw)


@pytest.mark.parametrize(("session_type", "n", "expected"), [
    (SessionType.TECHNICAL, 7, (7, 0)),
    (SessionType.BEHAVIORAL, 4, (0, 4)),
    (SessionType.MIXED, 5, (3, 2)),
    (SessionType.MIXED, 1, (1, 0)),
    (SessionType.MIXED, 4, (2, 2)),
    (SessionType.MIXED, 20, (12, 8)),
    (SessionType.JOB_SPECIFIC, 10, (6, 4)),
])
def test_type_mix_follows_the_original_shares(session_type, n, expected):
    assert type_mix(session_type, n) == expected


def test_mixed_session_has_the_right_types_at_the_right_level():
    # Given plenty of questions of every kind at every level
    bank = [Candidate(i, t, d, ("Backend Developer",) if t == "technical" else ())
            for i, (t, d) in enumerate(((t, d) for t in ("technical", "behavioral", "situational")
                                        for d in ("junior", "mid", "senior") for _ in range(6)), start=1)]
    by_id = {c.id: c for c in bank}
    # When a mixed mid session of five starts
    chosen = choose_questions(request(n=5), bank, random.Random(1))
    # Then it has 3 technical and 2 story questions, all mid, none repeated, nothing relaxed
    kinds = [by_id[i].question_type for i in chosen.question_ids]
    assert kinds.count("technical") == 3
    assert sum(k in ("behavioral", "situational") for k in kinds) == 2
    assert {by_id[i].difficulty_level for i in chosen.question_ids} == {"mid"}
    assert len(set(chosen.question_ids)) == 5
    assert chosen.notes == []
    # and the kinds are spread evenly rather than served in two blocks
    assert [k if k == "technical" else "story" for k in kinds] == [
        "technical", "story", "technical", "story", "technical"]


def test_relaxes_to_neighbouring_difficulty_before_other_roles():
    # Given one mid technical question for the role, one junior one for the role, one mid for another role
    bank = bank_of(("technical", "mid", ("Backend Developer",)),
                   ("technical", "junior", ("Backend Developer",)),
                   ("technical", "mid", ("Product Manager",)))
    chosen = choose_questions(request(SessionType.TECHNICAL, n=2), bank, random.Random(0))
    assert chosen.question_ids == [1, 2]
    assert chosen.notes == ["1 technical question from a neighbouring difficulty level"]
    # When three are wanted, the other role's question comes last, and the note says so
    chosen = choose_questions(request(SessionType.TECHNICAL, n=3), bank, random.Random(0))
    assert chosen.question_ids == [1, 2, 3]
    assert "1 technical question written for other roles" in chosen.notes


def test_shortfall_shortens_the_session_and_says_so():
    bank = bank_of(("behavioral", "mid", ()), ("situational", "senior", ()))
    chosen = choose_questions(request(SessionType.BEHAVIORAL, n=4), bank, random.Random(0))
    assert sorted(chosen.question_ids) == [1, 2]
    assert any("only 2 suitable questions" in note for note in chosen.notes)


def test_prefers_questions_not_asked_recently():
    bank = bank_of(*[("behavioral", "mid", ())] * 6)
    recent = frozenset({1, 2, 3, 4})
    for seed in range(20):
        chosen = choose_questions(request(SessionType.BEHAVIORAL, n=2, recently_asked=recent), bank,
                                  random.Random(seed))
        assert sorted(chosen.question_ids) == [5, 6]


def test_recently_asked_questions_are_still_used_when_nothing_else_fits():
    bank = bank_of(*[("behavioral", "mid", ())] * 3)
    chosen = choose_questions(request(SessionType.BEHAVIORAL, n=3, recently_asked=frozenset({1, 2})), bank,
                              random.Random(3))
    assert chosen.question_ids[0] == 3
    assert sorted(chosen.question_ids) == [1, 2, 3]


def test_job_specific_takes_role_tagged_questions_first():
    bank = bank_of(("technical", "mid", ()), ("technical", "mid", ("Data Analyst",)),
                   ("technical", "mid", ("Data Analyst", "Data Scientist")), ("technical", "mid", ()))
    chosen = choose_questions(request(SessionType.JOB_SPECIFIC, role="Data Analyst", n=1), bank,
                              random.Random(0))
    assert chosen.question_ids[0] in (2, 3)


def test_job_description_ranks_by_overlapping_terms():
    bank = [
        Candidate(1, "technical", "mid", ("Backend Developer",), "How do you design a REST API?"),
        Candidate(2, "technical", "mid", ("Backend Developer",), "Explain Kafka consumer groups and partitions"),
        Candidate(3, "technical", "mid", ("Backend Developer",), "What is a closure in JavaScript?"),
    ]
    jd = "We build event streaming pipelines on Kafka; you will own partitions and consumer groups."
    for seed in range(10):
        chosen = choose_questions(request(SessionType.TECHNICAL, n=1, job_description=jd), bank,
                                  random.Random(seed))
        assert chosen.question_ids == [2]


def test_custom_role_gets_any_role_questions_then_other_roles():
    bank = bank_of(("behavioral", "mid", ()), ("technical", "mid", ("Backend Developer",)))
    chosen = choose_questions(request(SessionType.MIXED, role=None, n=2), bank, random.Random(0))
    assert sorted(chosen.question_ids) == [1, 2]
    assert "1 technical question written for other roles" in chosen.notes


def test_never_repeats_a_question_even_with_overlapping_pools():
    bank = bank_of(*[("situational", d, ()) for d in ("junior", "mid", "senior") for _ in range(3)])
    chosen = choose_questions(request(SessionType.BEHAVIORAL, n=9), bank, random.Random(5))
    assert sorted(chosen.question_ids) == list(range(1, 10))
