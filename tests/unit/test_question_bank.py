"""The shipped question bank: size, variety, and enough questions for every role and level."""

from collections import Counter

import pytest

from interview.data.migrate import load_bank
from interview.domain.catalog import CATEGORIES, JOB_ROLES

ORIGINAL_CATEGORIES = {"programming_fundamentals", "web_development", "database", "system_design",
                       "tools_workflows", "behavioral", "situational"}
ROLE_CATEGORIES = {"data_science", "analytics", "product", "infrastructure", "mobile", "design"}
STORY_TYPES = {"behavioral", "situational"}


@pytest.fixture(scope="module")
def bank():
    return load_bank()


def test_bank_has_at_least_150_distinct_questions(bank):
    assert len(bank) >= 150
    texts = Counter(" ".join(q.question_text.lower().split()) for q in bank)
    assert [t for t, n in texts.items() if n > 1] == []
    slugs = Counter(q.slug for q in bank)
    assert [s for s, n in slugs.items() if n > 1] == []


def test_every_question_is_well_formed(bank):
    for q in bank:
        words = len(q.sample_answer.split())
        assert 3 <= len(q.key_points) <= 6, q.slug
        assert 60 <= words <= 200, (q.slug, words)
        assert q.tags, q.slug
        assert len(set(map(str.lower, q.key_points))) == len(q.key_points), q.slug


def test_bank_covers_types_difficulties_and_categories(bank):
    assert {q.question_type.value for q in bank} == {"technical", "behavioral", "situational"}
    assert {q.difficulty_level.value for q in bank} == {"junior", "mid", "senior"}
    categories = {q.category for q in bank}
    assert ORIGINAL_CATEGORIES | ROLE_CATEGORIES <= categories <= set(CATEGORIES)
    assert any(not q.job_roles for q in bank), "some questions must fit any role"


@pytest.mark.parametrize("role", JOB_ROLES)
@pytest.mark.parametrize("difficulty", ["junior", "mid", "senior"])
def test_every_role_and_difficulty_can_fill_a_session(bank, role, difficulty):
    usable = [q for q in bank
              if q.difficulty_level.value == difficulty and (role in q.job_roles or not q.job_roles)]
    technical_or_role = [q for q in usable if q.question_type.value == "technical" or role in q.job_roles]
    stories = [q for q in usable if q.question_type.value in STORY_TYPES]
    assert len(usable) >= 6
    assert len(technical_or_role) >= 2
    assert len(stories) >= 2
