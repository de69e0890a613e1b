"""Bad input gets the contract's error shape and changes nothing."""

import json

import pytest

from tests.helpers import invoke

ANSWER = "Horizontal scaling adds machines behind a load balancer; vertical scaling buys a bigger machine."


def row_counts(db_conn) -> dict[str, int]:
    with db_conn, db_conn.cursor() as cur:
        counts = {}
        for table in ("interview_sessions", "interview_questions", "interview_answers", "interview_feedback"):
            cur.execute(f"SELECT count(*) FROM {table}")
            counts[table] = cur.fetchone()[0]
        return counts


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"num_questions": 0}, "num_questions"),
        ({"num_questions": 21}, "num_questions"),
        ({"session_type": "casual"}, "session_type"),
        ({"difficulty_level": "expert"}, "difficulty_level"),
        ({"job_role": "  x "}, "job_role"),
        ({"job_role": "x" * 101}, "job_role"),
        ({"job_description": "x" * 20_001}, "job_description"),
        ({"unexpected": True}, "unexpected"),
    ],
)
def test_start_rejects_bad_input_with_field_details(sessions, db_conn, body, field):
    before = row_counts(db_conn)
    reply = invoke(sessions, "POST", "/start", body=body)
    assert reply.status == 400
    assert reply.body["error"]["code"] == "validation_error"
    assert field in [d["field"] for d in reply.body["error"]["details"]]
    assert row_counts(db_conn) == before


def test_malformed_json_is_400(sessions):
    reply = invoke(sessions, "POST", "/start", body="{not json", headers={"Content-Type": "application/json"})
    assert reply.status == 400
    assert reply.body["error"]["code"] == "validation_error"


def test_oversized_body_is_413_and_changes_nothing(sessions, db_conn):
    before = row_counts(db_conn)
    reply = invoke(sessions, "POST", "/start", body={"job_description": "x" * 70_000})
    assert reply.status == 413
    assert reply.body["error"]["code"] == "payload_too_large"
    assert row_counts(db_conn) == before


@pytest.fixture
def session(sessions):
    return invoke(sessions, "POST", "/start", body={"num_questions": 2}).body


def test_answer_rules(answers, sessions, session, db_conn):
    sid, qid = session["session_id"], session["first_question"]["question_id"]
    before = row_counts(db_conn)
    short = invoke(answers, "POST", "/answer", body={"session_id": sid, "question_id": qid, "answer": "   too short  "})
    assert short.status == 400 and short.body["error"]["code"] == "answer_too_short"
    long = invoke(answers, "POST", "/answer", body={"session_id": sid, "question_id": qid, "answer": "a" * 10_001})
    assert long.status == 400 and long.body["error"]["details"][0]["field"] == "answer"
    unknown = invoke(answers, "POST", "/answer", body={"session_id": sid, "question_id": qid + 1000, "answer": ANSWER})
    assert unknown.status == 404 and unknown.body["error"]["code"] == "question_not_found"
    negative = invoke(
        answers,
        "POST",
        "/answer",
        body={"session_id": sid, "question_id": qid, "answer": ANSWER, "time_taken_seconds": -1},
    )
    assert negative.status == 400
    assert row_counts(db_conn) == before

    assert (
        invoke(answers, "POST", "/answer", body={"session_id": sid, "question_id": qid, "answer": ANSWER}).status == 200
    )
    again = invoke(answers, "POST", "/answer", body={"session_id": sid, "question_id": qid, "answer": ANSWER})
    assert again.status == 400 and again.body["error"]["code"] == "already_answered"
    assert row_counts(db_conn)["interview_answers"] == before["interview_answers"] + 1


def test_complete_needs_an_answer_and_only_once(sessions, answers, session, db_conn):
    sid = session["session_id"]
    empty = invoke(sessions, "POST", f"/{sid}/complete")
    assert empty.status == 400 and empty.body["error"]["code"] == "no_answers"
    invoke(
        answers,
        "POST",
        "/answer",
        body={"session_id": sid, "question_id": session["first_question"]["question_id"], "answer": ANSWER},
    )
    assert invoke(sessions, "POST", f"/{sid}/complete").status == 200
    again = invoke(sessions, "POST", f"/{sid}/complete")
    assert again.status == 400 and again.body["error"]["code"] == "session_not_in_progress"
    assert row_counts(db_conn)["interview_feedback"] == 1


def test_a_failing_analysis_leaves_nothing_half_written(answers, session, db_conn, use_service):
    from interview.api.deps import get_store
    from interview.domain.answers import AnswerService

    class Broken:
        def analyze(self, question, answer):
            raise RuntimeError("analyzer exploded with secret internals")

    before = row_counts(db_conn)
    use_service(AnswerService(get_store(), Broken()))
    reply = invoke(answers, "POST", "/answer", body={
        "session_id": session["session_id"], "question_id": session["first_question"]["question_id"],
        "answer": ANSWER})
    assert reply.status == 500
    assert reply.body["error"]["code"] == "internal_error"
    assert "secret" not in json.dumps(reply.body)
    assert row_counts(db_conn) == before


def test_ids_must_be_numbers(sessions):
    reply = invoke(sessions, "GET", "/abc/question")
    assert reply.status == 400
    assert reply.body["error"]["details"][0]["field"] == "session_id"
