"""A whole practice interview through the real handlers and a real PostgreSQL."""

from tests.helpers import invoke

GOOD_ANSWER = (
    "I would start by running EXPLAIN ANALYZE to read the query plan and find sequential scans or "
    "bad row estimates. Then I add an index on the columns used in the WHERE clause and the joins, "
    "often a composite index with the most selective column first. I also avoid SELECT * and N+1 "
    "queries from the ORM, and cache results that are read often but change rarely. Finally I "
    "measure again to confirm the latency dropped, for example from 900 ms to 40 ms."
)


def start(sessions, **body):
    reply = invoke(sessions, "POST", "/start", body={"session_type": "mixed", "job_role": "Backend Developer",
                                                     "difficulty_level": "mid", "num_questions": 3, **body})
    assert reply.status == 200, reply.body
    return reply.body


def test_a_job_seeker_completes_a_session_end_to_end(sessions, answers, stats):
    # Given a started session
    started = start(sessions)
    assert started["total_questions"] == 3
    assert started["first_question"]["question_number"] == 1
    assert "3 questions" in started["message"]
    session_id = started["session_id"]

    # When every question is answered in turn
    question = started["first_question"]
    for number in (1, 2, 3):
        assert question["question_number"] == number
        reply = invoke(answers, "POST", "/answer", body={
            "session_id": session_id, "question_id": question["question_id"],
            "answer": GOOD_ANSWER, "time_taken_seconds": 60 + number})
        assert reply.status == 200, reply.body
        result = reply.body
        assert result["analysis_status"] == "completed"
        assert result["analysis_source"] == "rubric"
        assert set(result["scores"]) == {"overall", "relevance", "completeness", "clarity",
                                         "technical_accuracy", "communication"}
        assert all(0 <= v <= 100 for v in result["scores"].values())
        assert result["feedback"]["narrative"]
        assert result["sentiment"] in ("positive", "neutral", "negative")
        assert result["time_taken_seconds"] == 60 + number
        assert result["metrics"]["word_count"] == sum(any(c.isalnum() for c in w) for w in GOOD_ANSWER.split())
        assert result["model_answer"]
        assert result["has_more_questions"] is (number < 3)
        polled = invoke(answers, "GET", f"/answers/{result['answer_id']}")
        assert polled.status == 200 and polled.body["scores"] == result["scores"]
        if number < 3:
            nxt = invoke(sessions, "GET", f"/{session_id}/question")
            assert nxt.status == 200
            question = nxt.body

    # Then there is no next question, and completing gives the report
    assert invoke(sessions, "GET", f"/{session_id}/question").body["error"]["code"] == "no_more_questions"
    report = invoke(sessions, "POST", f"/{session_id}/complete")
    assert report.status == 200, report.body
    body = report.body
    assert body["completed"] is True and body["questions_answered"] == 3
    assert body["performance"] in ("excellent", "good", "average", "needs_improvement")
    assert set(body["ratings"]) == {"technical", "communication", "confidence"}
    assert body["feedback"]["recommended_resources"]
    assert body["feedback"]["practice_recommendations"]
    assert f"{body['average_scores']['overall']:g}%" in body["message"]

    # and the session shows up in detail, in the list and in the statistics
    detail = invoke(sessions, "GET", f"/{session_id}").body
    assert detail["status"] == "completed"
    assert [qa["question_number"] for qa in detail["questions_and_answers"]] == [1, 2, 3]
    assert all(qa["user_answer"] == GOOD_ANSWER for qa in detail["questions_and_answers"])
    assert detail["feedback"]["strengths"] == body["feedback"]["strengths"]
    assert detail["average_scores"]["overall"] == body["average_scores"]["overall"]

    listed = invoke(sessions, "GET", "/sessions").body
    assert listed["total"] == 1
    row = listed["sessions"][0]
    assert row["id"] == session_id and row["status"] == "completed"
    assert row["average_score"] == body["average_scores"]["overall"]
    assert row["overall_performance"] == body["performance"]
    assert row["started_at"].endswith(("Z", "+00:00"))

    overview = invoke(stats, "GET", "/stats/overview").body
    assert overview["total_sessions"] == 1
    assert overview["total_questions_answered"] == 3
    assert overview["average_overall_score"] == body["average_scores"]["overall"]
    assert overview["performance_distribution"][body["performance"]] == 1
    assert overview["favorite_job_role"] == "Backend Developer"
    assert overview["improvement_trend"] == "insufficient_data"

    # and deleting it removes everything under it
    assert invoke(sessions, "DELETE", f"/{session_id}").body == {"message": "Interview session deleted successfully"}
    assert invoke(sessions, "GET", f"/{session_id}").status == 404
    assert invoke(answers, "GET", f"/answers/{result['answer_id']}").status == 404
    assert invoke(stats, "GET", "/stats/overview").body["total_sessions"] == 0


def test_time_taken_is_measured_from_when_the_question_was_served(sessions, answers, db_conn):
    started = start(sessions, num_questions=1)
    with db_conn, db_conn.cursor() as cur:
        cur.execute("UPDATE interview_questions SET served_at = now() - interval '95 seconds' WHERE id = %s",
                    (started["first_question"]["question_id"],))
    reply = invoke(answers, "POST", "/answer", body={
        "session_id": started["session_id"], "question_id": started["first_question"]["question_id"],
        "answer": GOOD_ANSWER})
    assert reply.status == 200
    assert 95 <= reply.body["time_taken_seconds"] <= 100


def test_abandoned_session_keeps_its_answers_and_takes_no_more(sessions, answers):
    started = start(sessions, num_questions=2)
    sid, first = started["session_id"], started["first_question"]
    assert invoke(answers, "POST", "/answer", body={"session_id": sid, "question_id": first["question_id"],
                                                    "answer": GOOD_ANSWER}).status == 200
    abandoned = invoke(sessions, "POST", f"/{sid}/abandon")
    assert abandoned.status == 200 and abandoned.body["status"] == "abandoned"
    assert abandoned.body["questions_answered"] == 1
    nxt = invoke(sessions, "GET", f"/{sid}/question")
    assert nxt.status == 400 and nxt.body["error"]["code"] == "session_not_in_progress"
    detail = invoke(sessions, "GET", f"/{sid}").body
    assert detail["questions_and_answers"][0]["user_answer"] == GOOD_ANSWER
    assert detail["questions_and_answers"][1]["user_answer"] is None
    assert detail["questions_and_answers"][1]["model_answer"] is None
    assert invoke(sessions, "POST", f"/{sid}/complete").body["error"]["code"] == "session_not_in_progress"


def test_list_filters_and_pages(sessions, answers):
    ids = [start(sessions, session_type=t, num_questions=1)["session_id"]
           for t in ("technical", "behavioral", "technical")]
    invoke(sessions, "POST", f"/{ids[0]}/abandon")
    page = invoke(sessions, "GET", "/sessions", query={"limit": "2"}).body
    assert page["total"] == 3 and page["page_size"] == 2 and page["page"] == 1
    assert [s["id"] for s in page["sessions"]] == [ids[2], ids[1]]
    second = invoke(sessions, "GET", "/sessions", query={"limit": "2", "skip": "2"}).body
    assert [s["id"] for s in second["sessions"]] == [ids[0]] and second["page"] == 2
    technical = invoke(sessions, "GET", "/sessions", query={"session_type": "technical"}).body
    assert {s["id"] for s in technical["sessions"]} == {ids[0], ids[2]}
    live = invoke(sessions, "GET", "/sessions",
                  query={"session_type": "technical", "session_status": "in_progress"}).body
    assert [s["id"] for s in live["sessions"]] == [ids[2]]
    bad = invoke(sessions, "GET", "/sessions", query={"limit": "101"})
    assert bad.status == 400 and bad.body["error"]["details"][0]["field"] == "limit"
