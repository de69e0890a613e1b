"""`make dev`'s queue: moto's SQS on loopback, the worker fed SQS events, the sweeper on a timer."""

import json
import os
import time
from pathlib import Path

import pytest

from infra.local.queue_runner import LocalQueue, background_functions
from tests.helpers import invoke

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def local_queue():
    saved = dict(os.environ)
    queue = LocalQueue(ROOT / "template.yaml", visibility_seconds=2, sweep_every_seconds=0.5).start()
    try:
        yield queue
    finally:
        queue.stop()
        os.environ.clear()
        os.environ.update(saved)


def test_the_template_names_the_worker_and_the_sweeper():
    functions = background_functions(ROOT / "template.yaml")
    assert functions["SQS"].function_id == "AnalysisWorkerFunction"
    assert functions["SQS"].code_dir == ROOT / "functions" / "analysis_worker"
    assert functions["Schedule"].function_id == "SweeperFunction"


def test_a_queued_answer_is_analysed_by_the_local_worker(local_queue, sessions, db_conn):
    # Given a stored, pending answer and its message on the local queue
    started = invoke(sessions, "POST", "/start", body={"num_questions": 1}).body
    with db_conn, db_conn.cursor() as cur:
        cur.execute("""INSERT INTO interview_answers (session_id, question_id, answer_text, time_taken_seconds)
                       VALUES (%s, %s, 'A pending answer that the worker analyses.', 12) RETURNING id""",
                    (started["session_id"], started["first_question"]["question_id"]))
        answer_id = cur.fetchone()[0]
    assert os.environ["ANALYSIS_QUEUE_URL"] == local_queue.queue_url
    import boto3

    sqs = boto3.client("sqs", endpoint_url=os.environ["AWS_ENDPOINT_URL"], region_name="us-east-1")
    sqs.send_message(QueueUrl=local_queue.queue_url, MessageBody=json.dumps({"answer_id": answer_id}))
    # When the poller hands it to the worker, Then it ends analysed and the queue is empty
    status = None
    for _ in range(60):
        with db_conn, db_conn.cursor() as cur:
            cur.execute("SELECT analysis_status FROM interview_answers WHERE id = %s", (answer_id,))
            status = cur.fetchone()[0]
        if status == "completed":
            break
        time.sleep(0.2)
    assert status == "completed"
    attributes = sqs.get_queue_attributes(QueueUrl=local_queue.queue_url, AttributeNames=["All"])["Attributes"]
    assert attributes["ApproximateNumberOfMessages"] == "0"
    assert attributes["ApproximateNumberOfMessagesNotVisible"] == "0"


def test_the_sweeper_runs_on_its_timer(local_queue, sessions, db_conn):
    idle = invoke(sessions, "POST", "/start", body={"num_questions": 1}).body["session_id"]
    with db_conn, db_conn.cursor() as cur:
        cur.execute("UPDATE interview_sessions SET last_activity_at = now() - interval '3 days' WHERE id = %s",
                    (idle,))
    for _ in range(40):
        if invoke(sessions, "GET", f"/{idle}").body["status"] == "abandoned":
            break
        time.sleep(0.2)
    assert invoke(sessions, "GET", f"/{idle}").body["status"] == "abandoned"
