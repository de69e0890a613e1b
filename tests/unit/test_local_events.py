"""The REST v1 event builder and the sample events generated from template.yaml."""

import base64
import json
import uuid
from pathlib import Path

import pytest

from infra.local import make_events
from infra.local.events import rest_event
from infra.local.routes import load_routes, match

REPO = Path(__file__).resolve().parents[2]
TOP_LEVEL_KEYS = {
    "resource", "path", "httpMethod", "headers", "multiValueHeaders", "queryStringParameters",
    "multiValueQueryStringParameters", "pathParameters", "stageVariables", "requestContext", "body",
    "isBase64Encoded",
}  # fmt: skip


def test_an_event_has_the_shape_of_a_rest_proxy_event():
    # Given a request for one session with a query and alice's claims
    event = rest_event(
        "get",
        "/api/v1/interview/42",
        resource="/api/v1/interview/{session_id}",
        path_parameters={"session_id": "42"},
        query={"verbose": "1", "tag": ["a", "b"]},
        claims={"sub": "alice", "cognito:groups": ["admin", "reviewers"], "exp": 1764230400},
        stage="dev",
    )
    # Then it has every key API Gateway sends
    assert set(event) == TOP_LEVEL_KEYS
    assert event["httpMethod"] == "GET"
    assert event["resource"] == "/api/v1/interview/{session_id}"
    assert event["path"] == "/api/v1/interview/42"
    assert event["pathParameters"] == {"session_id": "42"}
    # the single-value view keeps the last value, as API Gateway does
    assert event["queryStringParameters"] == {"verbose": "1", "tag": "b"}
    assert event["multiValueQueryStringParameters"] == {"verbose": ["1"], "tag": ["a", "b"]}
    assert event["stageVariables"] is None and event["body"] is None and event["isBase64Encoded"] is False
    context = event["requestContext"]
    assert context["resourcePath"] == "/api/v1/interview/{session_id}"
    assert context["httpMethod"] == "GET"
    assert context["path"] == "/dev/api/v1/interview/42"
    assert context["stage"] == "dev"
    assert uuid.UUID(context["requestId"])
    assert context["accountId"].isdigit() and context["apiId"]
    assert context["identity"]["sourceIp"] == "127.0.0.1"
    # claims are all strings: lists comma-joined, dates as API Gateway prints them
    assert context["authorizer"]["claims"] == {
        "sub": "alice",
        "cognito:groups": "admin,reviewers",
        "exp": "Thu Nov 27 08:00:00 UTC 2025",
    }


def test_each_event_gets_its_own_request_id():
    first, second = (rest_event("GET", "/x")["requestContext"]["requestId"] for _ in range(2))
    assert first != second


def test_without_claims_there_is_no_authorizer_and_no_parameters():
    event = rest_event("GET", "/api/v1/interview/health")
    assert "authorizer" not in event["requestContext"]
    assert event["pathParameters"] is None and event["queryStringParameters"] is None
    assert event["resource"] == "/api/v1/interview/health"
    # default headers look like a real client's, in both views
    assert event["headers"]["Host"] == "127.0.0.1:8000"
    assert event["multiValueHeaders"]["Accept"] == ["application/json"]


def test_a_dict_body_is_json_with_a_content_type():
    event = rest_event("POST", "/api/v1/interview/start", body={"num_questions": 5})
    assert json.loads(event["body"]) == {"num_questions": 5}
    assert event["headers"]["Content-Type"] == "application/json"


def test_given_headers_are_used_as_they_are_with_repeats_kept():
    event = rest_event("GET", "/x", headers={"Accept": ["text/html", "application/json"], "X-Id": "7"})
    assert event["multiValueHeaders"] == {"Accept": ["text/html", "application/json"], "X-Id": ["7"]}
    assert event["headers"] == {"Accept": "application/json", "X-Id": "7"}


def test_text_bodies_pass_through_and_binary_ones_are_base64():
    assert rest_event("POST", "/x", body="plain text")["body"] == "plain text"
    assert rest_event("POST", "/x", body="héllo".encode())["body"] == "héllo"
    binary = rest_event("POST", "/x", body=b"\xff\x00\xfe")
    assert binary["isBase64Encoded"] is True
    assert base64.b64decode(binary["body"]) == b"\xff\x00\xfe"


@pytest.fixture(scope="module")
def routes():
    return load_routes(REPO / "template.yaml")


def test_there_is_one_sample_event_per_route_and_it_routes_back_to_it(routes):
    rendered = make_events.render(routes)
    assert len(rendered) == len(routes)
    for route in routes:
        event = json.loads(rendered[f"{make_events.file_name(route)}.json"])
        found = match(routes, event["httpMethod"], event["path"])
        assert found is not None and found.route == route
        assert event["resource"] == route.path and event["pathParameters"] == (found.path_parameters or None)
        claims = event["requestContext"].get("authorizer", {}).get("claims")
        assert (claims or {}).get("sub") == ("alice" if route.needs_auth else None)


def test_sample_event_names_and_bodies(routes):
    rendered = {name: json.loads(text) for name, text in make_events.render(routes).items()}
    expected = {
        "health.json", "options.json", "questions.json", "start.json", "next_question.json", "complete.json",
        "abandon.json", "list_sessions.json", "detail.json", "delete.json", "submit_answer.json",
        "get_answer.json", "stats_overview.json",
    }  # fmt: skip
    assert expected <= set(rendered)
    assert rendered["detail.json"]["pathParameters"] == {"session_id": "1"}
    assert rendered["detail.json"]["path"] == "/api/v1/interview/1"
    assert rendered["get_answer.json"]["pathParameters"] == {"answer_id": "1"}
    assert json.loads(rendered["start.json"]["body"]) == {
        "session_type": "mixed",
        "job_role": "Backend Developer",
        "difficulty_level": "mid",
        "num_questions": 5,
    }
    answer = json.loads(rendered["submit_answer.json"]["body"])
    assert answer["session_id"] == 1 and answer["question_id"] == 1 and answer["time_taken_seconds"] == 95
    assert 70 <= len(answer["answer"].split()) <= 100 and "index" in answer["answer"]
    assert rendered["questions.json"]["queryStringParameters"] == {"difficulty": "junior", "limit": "5"}
    assert rendered["list_sessions.json"]["queryStringParameters"] == {"limit": "10"}


def test_regenerating_changes_nothing(routes):
    assert make_events.render(routes) == make_events.render(routes)


def test_the_committed_events_are_up_to_date(routes):
    # Fails when template.yaml or make_events changed and `python -m infra.local.make_events` was not run
    assert make_events.stale(make_events.render(routes), REPO / "events") == []


def test_make_events_writes_and_checks_files(tmp_path, capsys):
    assert make_events.main(["--out", str(tmp_path), "--check"]) == 1
    assert make_events.main(["--out", str(tmp_path)]) == 0
    assert make_events.main(["--out", str(tmp_path), "--check"]) == 0
    (tmp_path / "health.json").write_text("{}")
    assert make_events.main(["--out", str(tmp_path), "--check"]) == 1
    assert "stale:" in capsys.readouterr().out
