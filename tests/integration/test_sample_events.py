"""Every sample event in events/ (for `sam local invoke -e`) replays through its handler."""

import importlib
import json
from pathlib import Path

import pytest

from infra.local.context import LambdaContext
from infra.local.routes import load_routes
from tests.helpers import invoke

ROOT = Path(__file__).resolve().parents[2]
ROUTES = load_routes(ROOT / "template.yaml")
ALL_EVENTS = sorted((ROOT / "events").glob("*.json"))
EVENTS = [p for p in ALL_EVENTS if "httpMethod" in json.loads(p.read_text())]
ANSWER = ("I would read the plan with EXPLAIN, add an index on the filtered columns and stop the N+1 "
          "queries the ORM makes, then measure again.")


def test_there_is_one_event_per_route():
    routed = {(r.method, r.path) for r in ROUTES}
    evented = set()
    for path in EVENTS:
        event = json.loads(path.read_text())
        evented.add((event["httpMethod"], event["resource"]))
    assert routed <= evented


@pytest.fixture
def alice_world(sessions, answers):
    """A session of alice's with question 1 answered and question 2 open."""
    started = invoke(sessions, "POST", "/start", user="alice", body={"num_questions": 2}).body
    sid, first = started["session_id"], started["first_question"]["question_id"]
    answer_id = invoke(answers, "POST", "/answer", user="alice",
                       body={"session_id": sid, "question_id": first, "answer": ANSWER}).body["answer_id"]
    second = invoke(sessions, "GET", f"/{sid}/question", user="alice").body["question_id"]
    return {"session_id": sid, "answer_id": answer_id, "open_question_id": second}


def retarget(event: dict, world: dict) -> dict:
    """Point the sample's placeholder ids at rows that exist in this test's database."""
    params = event.get("pathParameters") or {}
    if "session_id" in params:
        params["session_id"] = str(world["session_id"])
    if "answer_id" in params:
        params["answer_id"] = str(world["answer_id"])
    resource = event["resource"]
    event["path"] = resource.format(**params) if params else event["path"]
    if event.get("body") and event["httpMethod"] == "POST" and "session_id" in event["body"]:
        body = json.loads(event["body"])
        body.update(session_id=world["session_id"], question_id=world["open_question_id"])
        event["body"] = json.dumps(body)
    return event


@pytest.mark.parametrize("event_file", EVENTS, ids=[p.stem for p in EVENTS])
def test_sample_event_replays_through_its_handler(event_file, alice_world):
    event = retarget(json.loads(event_file.read_text()), alice_world)
    route = next(r for r in ROUTES if r.method == event["httpMethod"] and r.path == event["resource"])
    module = importlib.import_module(f"functions.{route.code_dir.name}.app")
    result = module.handler(event, LambdaContext(function_name=route.function_id))
    assert result["statusCode"] == 200, (event_file.name, result["body"])
    assert json.loads(result["body"]) is not None


def test_queue_event_replays_through_the_worker(sessions, db_conn):
    # Given an answer stored but still pending (its analysis was queued)
    started = invoke(sessions, "POST", "/start", user="alice", body={"num_questions": 1}).body
    with db_conn, db_conn.cursor() as cur:
        cur.execute("""INSERT INTO interview_answers (session_id, question_id, answer_text, time_taken_seconds)
                       VALUES (%s, %s, %s, 30) RETURNING id""",
                    (started["session_id"], started["first_question"]["question_id"], ANSWER))
        answer_id = cur.fetchone()[0]
    event = json.loads((ROOT / "events" / "analysis_queue.json").read_text())
    event["Records"][0]["body"] = json.dumps({"answer_id": answer_id})
    module = importlib.import_module("functions.analysis_worker.app")
    # When the sample queue event is replayed through the worker
    result = module.handler(event, LambdaContext(function_name="AnalysisWorkerFunction"))
    # Then no record failed and the answer is analysed and counted
    assert result == {"batchItemFailures": []}
    with db_conn, db_conn.cursor() as cur:
        cur.execute("SELECT analysis_status FROM interview_answers WHERE id = %s", (answer_id,))
        assert cur.fetchone()[0] == "completed"
        cur.execute("SELECT questions_answered FROM interview_sessions WHERE id = %s", (started["session_id"],))
        assert cur.fetchone()[0] == 1


def test_schedule_event_replays_through_the_sweeper():
    event = json.loads((ROOT / "events" / "sweeper_schedule.json").read_text())
    module = importlib.import_module("functions.sweeper.app")
    result = module.handler(event, LambdaContext(function_name="SweeperFunction"))
    assert set(result) == {"stuck", "requeued", "abandoned"}
