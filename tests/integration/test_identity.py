"""Identity comes only from the authorizer's claims; another user's data is a 404."""

import pytest

from tests.helpers import invoke

ANSWER = ("An index lets the database find rows without scanning the whole table, so I add one on the "
          "columns I filter and join on, and I check the plan with EXPLAIN.")


@pytest.fixture
def alices_session(sessions, answers):
    started = invoke(sessions, "POST", "/start", user="alice", body={"num_questions": 2}).body
    answered = invoke(answers, "POST", "/answer", user="alice", body={
        "session_id": started["session_id"], "question_id": started["first_question"]["question_id"],
        "answer": ANSWER}).body
    return started["session_id"], started["first_question"]["question_id"], answered["answer_id"]


def test_every_route_that_takes_an_id_hides_another_users_data(sessions, answers, alices_session):
    session_id, question_id, answer_id = alices_session
    # When bob reaches for each of alice's things, by every route that takes an id
    attempts = [
        (sessions, "GET", f"/{session_id}/question", None),
        (sessions, "POST", f"/{session_id}/complete", None),
        (sessions, "POST", f"/{session_id}/abandon", None),
        (sessions, "GET", f"/{session_id}", None),
        (sessions, "DELETE", f"/{session_id}", None),
        (answers, "GET", f"/answers/{answer_id}", None),
        (answers, "POST", "/answer", {"session_id": session_id, "question_id": question_id + 1,
                                      "answer": ANSWER}),
    ]
    for handler, method, path, body in attempts:
        reply = invoke(handler, method, path, user="bob", body=body)
        # Then each is 404, exactly as for an id that does not exist
        assert reply.status == 404, (method, path, reply.body)
        assert set(reply.body["error"]) == {"code", "message", "details"}
    # and alice's session is untouched and still hers
    detail = invoke(sessions, "GET", f"/{session_id}", user="alice")
    assert detail.status == 200 and detail.body["status"] == "in_progress"
    assert detail.body["questions_answered"] == 1
    assert invoke(sessions, "GET", "/sessions", user="bob").body["total"] == 0


def test_a_missing_session_looks_the_same_as_someone_elses(sessions):
    mine = invoke(sessions, "GET", "/987654321", user="bob")
    assert mine.status == 404 and mine.body["error"]["code"] == "session_not_found"


@pytest.mark.parametrize(("fixture", "method", "path"), [
    ("sessions", "POST", "/start"),
    ("sessions", "GET", "/sessions"),
    ("sessions", "GET", "/1/question"),
    ("sessions", "POST", "/1/complete"),
    ("sessions", "POST", "/1/abandon"),
    ("sessions", "GET", "/1"),
    ("sessions", "DELETE", "/1"),
    ("answers", "POST", "/answer"),
    ("answers", "GET", "/answers/1"),
    ("stats", "GET", "/stats/overview"),
    ("catalog", "GET", "/options"),
    ("catalog", "GET", "/questions"),
])
def test_no_claims_is_401(request, fixture, method, path):
    reply = invoke(request.getfixturevalue(fixture), method, path, user=None, body={} if method == "POST" else None)
    assert reply.status == 401
    assert reply.body["error"]["code"] == "unauthorized"


def test_identity_in_the_body_or_headers_is_ignored(sessions, alices_session):
    session_id, _, _ = alices_session
    reply = invoke(sessions, "GET", f"/{session_id}", user="bob", headers={"X-User-Id": "alice"})
    assert reply.status == 404
