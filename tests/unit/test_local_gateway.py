"""The local gateway end to end: real HTTP on 127.0.0.1 to a tiny echo function from a tiny template."""

import http.client
import json
import os
import signal
import subprocess
import sys
import textwrap
import threading
import urllib.error
import urllib.request
import uuid
from pathlib import Path

import pytest

from infra.local import gateway
from infra.local.auth import LocalCognito

REPO = Path(__file__).resolve().parents[2]

TEMPLATE = """
Transform: AWS::Serverless-2016-10-31
Parameters:
  Stage: {Type: String, Default: dev}
Globals:
  Function:
    MemorySize: 256
    Timeout: 5
    Environment:
      Variables:
        ECHO_GREETING: !Sub "hello"
        ECHO_STAGE: !Ref Stage
Resources:
  Api:
    Type: AWS::Serverless::Api
    Properties:
      StageName: !Ref Stage
      Auth:
        DefaultAuthorizer: CognitoAuthorizer
        Authorizers:
          CognitoAuthorizer: {UserPoolArn: !GetAtt Pool.Arn}
  EchoFunction:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: echo/
      Handler: app.handler
      Events:
        Public:
          Type: Api
          Properties: {RestApiId: !Ref Api, Path: /echo/public, Method: GET, Auth: {Authorizer: NONE}}
        Private: {Type: Api, Properties: {RestApiId: !Ref Api, Path: /echo/private, Method: GET}}
        Item: {Type: Api, Properties: {RestApiId: !Ref Api, Path: "/echo/items/{item_id}", Method: GET}}
        Special: {Type: Api, Properties: {RestApiId: !Ref Api, Path: /echo/items/special, Method: GET}}
        Create: {Type: Api, Properties: {RestApiId: !Ref Api, Path: /echo/items, Method: POST}}
        Behaviour:
          Type: Api
          Properties: {RestApiId: !Ref Api, Path: "/echo/do/{what}", Method: GET, Auth: {Authorizer: NONE}}
  OtherFunction:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: other/
      Handler: app.handler
      Events:
        Other:
          Type: Api
          Properties: {RestApiId: !Ref Api, Path: /other, Method: GET, Auth: {Authorizer: NONE}}
"""

ECHO_APP = '''
"""Echoes the event and context; a few paths misbehave on purpose."""
import base64, json, os, threading, time
from echo_helper import SIBLING

CALLS = []
IMPORTED_ON = threading.current_thread().name
_guard = threading.Lock()
_active = 0
MAX_ACTIVE = 0


def handler(event, context):
    global _active, MAX_ACTIVE
    with _guard:
        _active += 1
        MAX_ACTIVE = max(MAX_ACTIVE, _active)
    try:
        CALLS.append(event)
        return respond(event, context)
    finally:
        with _guard:
            _active -= 1


def respond(event, context):
    what = (event.get("pathParameters") or {}).get("what")
    if what == "slow":
        time.sleep(0.3)
    if what == "fail":
        raise RuntimeError("boom")
    if what == "malformed":
        return {"body": "no status"}
    if what == "binary":
        return {"statusCode": 200, "headers": {"Content-Type": "application/octet-stream"},
                "body": base64.b64encode(bytes(range(256))).decode(), "isBase64Encoded": True}
    if what == "cookies":
        return {"statusCode": 201, "headers": {"X-Single": "one"},
                "multiValueHeaders": {"Set-Cookie": ["a=1", "b=2"]}, "body": ""}
    payload = {
        "event": event,
        "context": {
            "function_name": context.function_name,
            "function_version": context.function_version,
            "memory_limit_in_mb": context.memory_limit_in_mb,
            "invoked_function_arn": context.invoked_function_arn,
            "aws_request_id": context.aws_request_id,
            "remaining_ms": context.get_remaining_time_in_millis(),
        },
        "module": __name__,
        "sibling": SIBLING,
        "env": {name: os.environ.get(name) for name in ("ECHO_GREETING", "ECHO_STAGE", "AWS_SAM_LOCAL")},
        "calls": len(CALLS),
        "max_active": MAX_ACTIVE,
        "threads": [IMPORTED_ON, threading.current_thread().name],
    }
    return {"statusCode": 200, "headers": {"Content-Type": "application/json", "X-Echo": "yes"},
            "body": json.dumps(payload)}
'''

OTHER_APP = """
def handler(event, context):
    return {"statusCode": 200, "headers": {}, "body": __name__}
"""


@pytest.fixture()
def pool(tmp_path):
    return LocalCognito(tmp_path / "jwt")


@pytest.fixture()
def template(tmp_path):
    for folder, source in (("echo", ECHO_APP), ("other", OTHER_APP)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "app.py").write_text(textwrap.dedent(source))
    (tmp_path / "echo" / "echo_helper.py").write_text('SIBLING = "imported beside app.py"\n')
    path = tmp_path / "template.yaml"
    path.write_text(TEMPLATE)
    return path


@pytest.fixture()
def isolated_process(monkeypatch):
    """The gateway sets environment variables and imports modules: undo both after each test."""
    saved_environ = dict(os.environ)
    monkeypatch.setattr(sys, "path", list(sys.path))
    before = set(sys.modules)
    yield
    os.environ.clear()
    os.environ.update(saved_environ)
    for name in set(sys.modules) - before:
        if name.startswith("lambda_") or name == "echo_helper":
            del sys.modules[name]


@pytest.fixture()
def running(template, pool, isolated_process):
    server = gateway.start("127.0.0.1", 0, template, verify=pool.verify)
    yield server
    if server.thread.is_alive():
        server.stop()


_opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback only, whatever the env says


def call(url, *, method="GET", token=None, body=None, headers=None):
    request = urllib.request.Request(url, data=body, method=method, headers=dict(headers or {}))
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    try:
        with _opener.open(request, timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def echoed(body: bytes) -> dict:
    return json.loads(body)


def test_a_public_route_needs_no_token_and_gets_no_claims(running):
    status, headers, body = call(f"{running.url}/echo/public")
    assert status == 200 and headers["X-Echo"] == "yes"
    event = echoed(body)["event"]
    assert "authorizer" not in event["requestContext"]
    assert event["resource"] == "/echo/public" and event["httpMethod"] == "GET"


def test_no_token_is_401_and_the_function_is_not_invoked(running):
    # Given a route that needs a token / When it is called without one
    status, headers, body = call(f"{running.url}/echo/private")
    # Then the gateway answers in the API's error shape, without a cold start
    assert status == 401
    assert headers["Content-Type"] == "application/json"
    error = json.loads(body)["error"]
    assert error["code"] == "unauthorized" and error["message"] and error["details"] == []
    assert "lambda_echo_app" not in sys.modules


def test_invalid_tokens_are_401_and_never_reach_the_function(running, pool, tmp_path):
    # Given the function is warm
    assert echoed(call(f"{running.url}/echo/public")[2])["calls"] == 1
    forged = LocalCognito(tmp_path / "other-key").issue_token("alice")
    expired = pool.issue_token("alice", ttl_seconds=-60)
    # When tokens that are not valid ID tokens from our pool are sent
    for token in (forged, expired, "garbage"):
        assert call(f"{running.url}/echo/private", token=token)[0] == 401
    # Then none of them reached it
    assert sys.modules["lambda_echo_app"].CALLS[-1]["resource"] == "/echo/public"
    assert len(sys.modules["lambda_echo_app"].CALLS) == 1


def test_a_valid_token_brings_its_claims_into_the_event(running, pool):
    token = pool.issue_token("alice", email="alice@example.com", groups=["admin", "reviewers"])
    status, _, body = call(f"{running.url}/echo/private", token=token)
    assert status == 200
    claims = echoed(body)["event"]["requestContext"]["authorizer"]["claims"]
    assert claims["sub"] == "alice"
    assert claims["email"] == "alice@example.com"
    assert claims["cognito:groups"] == "admin,reviewers"
    assert claims["token_use"] == "id"
    assert all(isinstance(value, str) for value in claims.values())


def test_path_parameters_and_literal_routes(running, pool):
    token = pool.issue_token("alice")
    item = echoed(call(f"{running.url}/echo/items/42", token=token)[2])["event"]
    assert item["pathParameters"] == {"item_id": "42"}
    assert item["resource"] == "/echo/items/{item_id}"
    assert item["requestContext"]["resourcePath"] == "/echo/items/{item_id}"
    special = echoed(call(f"{running.url}/echo/items/special", token=token)[2])["event"]
    assert special["pathParameters"] is None and special["resource"] == "/echo/items/special"


def test_query_strings_reach_the_event_in_both_views(running, pool):
    url = f"{running.url}/echo/items/7?difficulty=junior&tag=a&tag=b&empty="
    event = echoed(call(url, token=pool.issue_token("alice"))[2])["event"]
    assert event["path"] == "/echo/items/7"
    assert event["queryStringParameters"] == {"difficulty": "junior", "tag": "b", "empty": ""}
    assert event["multiValueQueryStringParameters"] == {
        "difficulty": ["junior"],
        "tag": ["a", "b"],
        "empty": [""],
    }


def test_a_post_body_and_headers_reach_the_event(running, pool):
    payload = json.dumps({"answer": "An index is a B-tree…"}).encode()
    status, _, body = call(
        f"{running.url}/echo/items",
        method="POST",
        token=pool.issue_token("alice"),
        body=payload,
        headers={"Content-Type": "application/json", "X-Client": "tests"},
    )
    assert status == 200
    event = echoed(body)["event"]
    assert event["httpMethod"] == "POST"
    assert json.loads(event["body"]) == {"answer": "An index is a B-tree…"}
    assert event["isBase64Encoded"] is False
    assert event["headers"]["Content-Type"] == "application/json"
    assert event["multiValueHeaders"]["X-Client"] == ["tests"]
    assert event["headers"]["X-Forwarded-For"] == "127.0.0.1"
    assert event["requestContext"]["path"] == "/local/echo/items"
    assert event["requestContext"]["identity"]["sourceIp"] == "127.0.0.1"


def test_unknown_routes_and_undeclared_methods_are_404_in_the_api_error_shape(running, pool):
    token = pool.issue_token("alice")
    for method, path in (("GET", "/nowhere"), ("DELETE", "/echo/public"), ("GET", "/echo/items")):
        status, headers, body = call(f"{running.url}{path}", method=method, token=token)
        assert status == 404, (method, path)
        assert headers["Content-Type"] == "application/json"
        error = json.loads(body)["error"]
        assert error["code"] == "not_found" and path in error["message"] and error["details"] == []


def test_the_function_gets_a_complete_lambda_context(running):
    first = echoed(call(f"{running.url}/echo/public")[2])["context"]
    second = echoed(call(f"{running.url}/echo/public")[2])["context"]
    assert first["function_name"] == "EchoFunction" and first["function_version"] == "$LATEST"
    assert first["memory_limit_in_mb"] == 256  # from the template's Globals
    assert first["invoked_function_arn"].endswith(":function:EchoFunction")
    assert 0 < first["remaining_ms"] <= 5000  # the template's 5 s timeout
    assert uuid.UUID(first["aws_request_id"]) and first["aws_request_id"] != second["aws_request_id"]


def test_each_function_is_its_own_module_with_the_template_environment(running):
    echo = echoed(call(f"{running.url}/echo/public")[2])
    assert echo["module"] == "lambda_echo_app"
    assert echo["sibling"] == "imported beside app.py"
    assert echo["env"] == {
        "ECHO_GREETING": None,
        "ECHO_STAGE": "dev",
        "AWS_SAM_LOCAL": "true",
    }  # !Sub needs AWS
    assert call(f"{running.url}/other")[2] == b"lambda_other_app"
    assert sys.modules["lambda_echo_app"] is not sys.modules["lambda_other_app"]
    # loaded once: the second call finds the first call's state, on the thread that imported it
    again = echoed(call(f"{running.url}/echo/public")[2])
    assert again["calls"] == 2
    imported_on, invoked_on = again["threads"]
    assert imported_on == invoked_on and invoked_on.startswith("lambda-EchoFunction")


def test_a_function_handles_one_event_at_a_time(running):
    # When four requests arrive together for a function that takes 0.3 s
    threads = [threading.Thread(target=call, args=(f"{running.url}/echo/do/slow",)) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    # Then it never saw two at once, and handled all four
    after = echoed(call(f"{running.url}/echo/do/nothing")[2])
    assert after["calls"] == 5 and after["max_active"] == 1


def test_response_headers_cookies_and_binary_bodies_come_back_as_api_gateway_sends_them(running):
    status, headers, body = call(f"{running.url}/echo/do/cookies")
    assert status == 201 and body == b""
    assert headers.get_all("Set-Cookie") == ["a=1", "b=2"] and headers["X-Single"] == "one"
    assert uuid.UUID(headers["x-amzn-RequestId"])
    status, headers, body = call(f"{running.url}/echo/do/binary")
    assert status == 200 and body == bytes(range(256))
    assert headers["Content-Length"] == "256"


def test_a_failing_or_malformed_function_is_502_and_the_gateway_keeps_serving(running):
    for what in ("fail", "malformed"):
        status, _, body = call(f"{running.url}/echo/do/{what}")
        assert status == 502 and json.loads(body)["error"]["code"] == "bad_gateway"
    assert call(f"{running.url}/echo/public")[0] == 200


def test_a_body_over_10_mb_is_413_without_invoking(running):
    connection = http.client.HTTPConnection(running.server.server_address[0], running.server.server_address[1])
    connection.putrequest("POST", "/echo/items")
    connection.putheader("Content-Length", str(11 * 1024 * 1024))
    connection.endheaders()
    response = connection.getresponse()
    assert response.status == 413 and json.loads(response.read())["error"]["code"] == "payload_too_large"
    connection.close()
    assert "lambda_echo_app" not in sys.modules


def test_the_server_shuts_down_cleanly(running):
    assert call(f"{running.url}/echo/public")[0] == 200
    running.stop()
    assert not running.thread.is_alive()
    with pytest.raises(urllib.error.URLError):
        call(f"{running.url}/echo/public")


def test_requests_are_logged_one_line_each(running, caplog):
    with caplog.at_level("INFO", logger="infra.local.gateway"):
        call(f"{running.url}/echo/public")
        call(f"{running.url}/nowhere")
    lines = [record.getMessage() for record in caplog.records if record.name == "infra.local.gateway"]
    assert len(lines) == 2
    assert lines[0].startswith("GET /echo/public 200 ") and "ms" in lines[0] and "EchoFunction" in lines[0]
    assert lines[1].startswith("GET /nowhere 404 ")


@pytest.mark.parametrize("stop_signal", [signal.SIGTERM, signal.SIGINT])
def test_serve_stops_cleanly_on_sigterm_and_ctrl_c(template, tmp_path, stop_signal):
    # Given the gateway CLI serving the small template on a free port
    environ = dict(os.environ, LOCAL_JWT_DIR=str(tmp_path / "jwt"), PYTHONUNBUFFERED="1")
    command = [sys.executable, "-m", "infra.local.gateway", "--port", "0", "--template", str(template)]
    process = subprocess.Popen(command, cwd=REPO, env=environ, stderr=subprocess.PIPE, text=True)
    try:
        url = _wait_for_url(process)
        assert call(f"{url}/echo/public")[0] == 200
        # When it is signalled
        process.send_signal(stop_signal)
        _, stderr = process.communicate(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
    # Then it exits 0 after closing its socket
    assert process.returncode == 0, stderr
    assert "local gateway stopped" in stderr
    with pytest.raises(urllib.error.URLError):
        call(f"{url}/echo/public")


def _wait_for_url(process: subprocess.Popen) -> str:
    for line in process.stderr:
        if "listening on " in line:
            return line.split("listening on ", 1)[1].split()[0]
    raise AssertionError(f"the gateway did not start (exit {process.wait()})")


REAL_STACK_APP = '''
"""A handler built the way functions/<group>/app.py are: FastAPI, Mangum, Powertools."""
from aws_lambda_powertools import Logger, Metrics, Tracer
from aws_lambda_powertools.logging import correlation_paths
from fastapi import FastAPI, Request
from mangum import Mangum

logger, tracer, metrics = Logger(), Tracer(), Metrics()
app = FastAPI()


@app.get("/api/v1/interview/{session_id}/question")
def next_question(session_id: int, request: Request, limit: int = 1):
    claims = request.scope["aws.event"]["requestContext"]["authorizer"]["claims"]
    metrics.add_metric(name="QuestionServed", unit="Count", value=1)
    return {"session_id": session_id, "user": claims["sub"], "limit": limit}


@app.post("/api/v1/interview/answer", status_code=201)
def submit(payload: dict):
    return {"echo": payload}


_mangum = Mangum(app, lifespan="off")


@logger.inject_lambda_context(correlation_id_path=correlation_paths.API_GATEWAY_REST)
@tracer.capture_lambda_handler
@metrics.log_metrics
def handler(event, context):
    return _mangum(event, context)
'''


def test_a_fastapi_mangum_powertools_handler_runs_behind_the_gateway(tmp_path, pool, isolated_process):
    # Given the real template's routes, pointing at a stand-in app built like the real ones
    real = (REPO / "template.yaml").read_text()
    (tmp_path / "functions" / "sessions").mkdir(parents=True)
    (tmp_path / "functions" / "answers").mkdir(parents=True)
    (tmp_path / "functions" / "sessions" / "app.py").write_text(REAL_STACK_APP)
    (tmp_path / "functions" / "answers" / "app.py").write_text(REAL_STACK_APP)
    (tmp_path / "template.yaml").write_text(real)
    server = gateway.start("127.0.0.1", 0, tmp_path / "template.yaml", verify=pool.verify)
    try:
        token = pool.issue_token("alice")
        # When a session's next question and an answer are requested
        status, _, body = call(f"{server.url}/api/v1/interview/12/question?limit=3", token=token)
        # (Mangum binds its event loop to the importing thread: a warm call must run there too)
        warm = call(f"{server.url}/api/v1/interview/13/question", token=token)
        posted = call(
            f"{server.url}/api/v1/interview/answer",
            method="POST",
            token=token,
            body=b'{"answer": "indexes"}',
            headers={"Content-Type": "application/json"},
        )
    finally:
        server.stop()
    # Then Mangum, FastAPI and Powertools accept our event and context
    assert status == 200, body
    assert json.loads(body) == {"session_id": 12, "user": "alice", "limit": 3}
    assert warm[0] == 200 and json.loads(warm[2]) == {"session_id": 13, "user": "alice", "limit": 1}
    assert posted[0] == 201 and json.loads(posted[2]) == {"echo": {"answer": "indexes"}}
