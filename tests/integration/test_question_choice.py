"""Question choice with the shipped bank: type mix, relaxation messages, variety across sessions."""

from tests.helpers import invoke


def questions_of(sessions, session_id: int) -> list[dict]:
    return invoke(sessions, "GET", f"/{session_id}").body["questions_and_answers"]


def start(sessions, user="alice", **body):
    reply = invoke(sessions, "POST", "/start", user=user, body=body)
    assert reply.status == 200, reply.body
    return reply.body


def test_mixed_session_of_ten_has_six_technical_and_four_stories(sessions):
    started = start(sessions, session_type="mixed", job_role="Data Analyst", difficulty_level="junior",
                    num_questions=10)
    qs = questions_of(sessions, started["session_id"])
    kinds = [q["question_type"] for q in qs]
    assert kinds.count("technical") == 6
    assert sum(k in ("behavioral", "situational") for k in kinds) == 4
    assert len({q["question_text"] for q in qs}) == 10


def test_behavioral_session_has_only_stories(sessions):
    started = start(sessions, session_type="behavioral", job_role="Product Manager", num_questions=8)
    assert {q["question_type"] for q in questions_of(sessions, started["session_id"])} <= {"behavioral",
                                                                                          "situational"}


def test_job_specific_session_uses_the_roles_own_questions(sessions, catalog):
    started = start(sessions, session_type="job-specific", job_role="ui/ux designer", difficulty_level="mid",
                    num_questions=3)
    bank = invoke(catalog, "GET", "/questions", query={"job_role": "UI/UX Designer", "limit": "100"}).body
    design_texts = {q["question_text"] for q in bank["questions"] if "UI/UX Designer" in q["job_roles"]}
    technical = [q for q in questions_of(sessions, started["session_id"]) if q["question_type"] == "technical"]
    assert technical and all(q["question_text"] in design_texts for q in technical)


def test_a_session_larger_than_the_level_allows_relaxes_and_says_so(sessions):
    started = start(sessions, session_type="technical", job_role="Mobile Developer", difficulty_level="senior",
                    num_questions=20)
    assert started["total_questions"] == 20
    assert "neighbouring difficulty" in started["message"] or "other roles" in started["message"]
    assert len({q["question_text"] for q in questions_of(sessions, started["session_id"])}) == 20


def test_a_new_session_avoids_questions_from_recent_ones(sessions):
    first = start(sessions, session_type="behavioral", difficulty_level="junior", num_questions=5)
    second = start(sessions, session_type="behavioral", difficulty_level="junior", num_questions=5)
    seen = {q["question_text"] for q in questions_of(sessions, first["session_id"])}
    again = {q["question_text"] for q in questions_of(sessions, second["session_id"])}
    assert not seen & again
    # another user's history does not count
    other = start(sessions, user="bob", session_type="behavioral", difficulty_level="junior", num_questions=12)
    assert other["total_questions"] == 12


def test_job_description_steers_the_questions(sessions):
    jd = ("We need someone fluent in Kubernetes, container orchestration, Terraform infrastructure as code, "
          "CI/CD pipelines and SLO-based alerting.")
    started = start(sessions, session_type="technical", job_role="DevOps Engineer", difficulty_level="mid",
                    num_questions=2, job_description=jd)
    text = " ".join(q["question_text"].lower() for q in questions_of(sessions, started["session_id"]))
    assert any(term in text for term in ("kubernetes", "terraform", "pipeline", "slo", "container", "pod"))
