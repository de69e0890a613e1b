"""Statistics over many sessions, computed by the database."""

import pytest

from tests.helpers import invoke

STRONG = ("I would run EXPLAIN ANALYZE to read the query plan, then add a composite index on the filtered "
          "and joined columns, avoid SELECT * and N+1 queries, and cache hot results. I measured p95 "
          "latency before and after: it fell from 800 ms to 35 ms.")
WEAK = "I am not sure, maybe I would ask someone or google it, I don't really know."


def play(sessions, answers, *, user, answer, role="Backend Developer", complete=True):
    started = invoke(sessions, "POST", "/start", user=user,
                     body={"session_type": "technical", "job_role": role, "num_questions": 1}).body
    invoke(answers, "POST", "/answer", user=user, body={
        "session_id": started["session_id"], "question_id": started["first_question"]["question_id"],
        "answer": answer})
    if complete:
        report = invoke(sessions, "POST", f"/{started['session_id']}/complete", user=user)
        assert report.status == 200, report.body
        return report.body
    return None


@pytest.mark.parametrize(("scores", "trend"), [
    ((50, 52, 48, 70, 75, 72), "improving"),
    ((80, 82, 85, 60, 58, 61), "declining"),
    ((70, 71, 69, 70, 72, 70), "stable"),
    ((90, 40, 41, 42, 43), "declining"),
])
def test_trend_compares_the_last_three_with_the_three_before(sessions, answers, stats, db_conn, scores, trend):
    # Given completed sessions whose averages, oldest first, are `scores`
    for _ in scores:
        play(sessions, answers, user="erin", answer=STRONG)
    with db_conn, db_conn.cursor() as cur:
        cur.execute("SELECT id FROM interview_sessions WHERE user_id = 'erin' ORDER BY completed_at, id")
        ids = [r[0] for r in cur.fetchall()]
        for session_id, score in zip(ids, scores, strict=True):
            cur.execute("UPDATE interview_sessions SET average_score = %s WHERE id = %s", (score, session_id))
    # Then the trend compares the newest three with the (up to) three before them
    assert invoke(stats, "GET", "/stats/overview", user="erin").body["improvement_trend"] == trend


def test_fewer_than_four_completed_sessions_is_insufficient(sessions, answers, stats):
    for answer in (WEAK, STRONG, STRONG):
        play(sessions, answers, user="hank", answer=answer)
    assert invoke(stats, "GET", "/stats/overview", user="hank").body["improvement_trend"] == "insufficient_data"


def test_overview_counts_only_the_callers_sessions(sessions, answers, stats):
    reports = [play(sessions, answers, user="frank", answer=a, role=r)
               for a, r in ((STRONG, "Backend Developer"), (WEAK, "Data Analyst"), (WEAK, "Data Analyst"))]
    play(sessions, answers, user="frank", answer=STRONG, role="Data Analyst", complete=False)
    play(sessions, answers, user="grace", answer=STRONG)

    body = invoke(stats, "GET", "/stats/overview", user="frank").body
    assert body["total_sessions"] == 4
    assert body["completed_sessions"] == 3
    assert body["total_questions_answered"] == 4
    expected_mean = round(sum(r["average_scores"]["overall"] for r in reports) / 3, 1)
    assert body["average_overall_score"] == pytest.approx(expected_mean, abs=0.05)
    assert sum(body["performance_distribution"].values()) == 3
    for label in {r["performance"] for r in reports}:
        assert body["performance_distribution"][label] == sum(r["performance"] == label for r in reports)
    assert body["favorite_job_role"] == "Data Analyst"
    assert body["improvement_trend"] == "insufficient_data"
    assert body["average_session_duration_minutes"] is not None


def test_a_new_user_has_empty_statistics(stats):
    body = invoke(stats, "GET", "/stats/overview", user="newcomer").body
    assert body == {
        "total_sessions": 0, "total_questions_answered": 0, "average_overall_score": None,
        "average_session_duration_minutes": None,
        "performance_distribution": {"excellent": 0, "good": 0, "average": 0, "needs_improvement": 0},
        "favorite_job_role": None, "improvement_trend": "insufficient_data", "completed_sessions": 0,
    }
