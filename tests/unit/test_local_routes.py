"""The local gateway's routing: the routes of the real template.yaml, matched as API Gateway does."""

from pathlib import Path

import pytest

from infra.local.queue_runner import background_functions
from infra.local.routes import environment, layer_dirs, load_routes, load_template, match

REPO = Path(__file__).resolve().parents[2]
BASE = "/api/v1/interview"

# (method, path, function, event key, needs auth): every route the API contract gives a Lambda today.
EXPECTED = {
    ("GET", f"{BASE}/health", "CatalogFunction", "Health", False),
    ("GET", f"{BASE}/options", "CatalogFunction", "Options", True),
    ("GET", f"{BASE}/questions", "CatalogFunction", "Questions", True),
    ("POST", f"{BASE}/start", "SessionsFunction", "Start", True),
    ("GET", f"{BASE}/{{session_id}}/question", "SessionsFunction", "NextQuestion", True),
    ("POST", f"{BASE}/{{session_id}}/complete", "SessionsFunction", "Complete", True),
    ("POST", f"{BASE}/{{session_id}}/abandon", "SessionsFunction", "Abandon", True),
    ("GET", f"{BASE}/sessions", "SessionsFunction", "ListSessions", True),
    ("GET", f"{BASE}/{{session_id}}", "SessionsFunction", "Detail", True),
    ("DELETE", f"{BASE}/{{session_id}}", "SessionsFunction", "Delete", True),
    ("POST", f"{BASE}/answer", "AnswersFunction", "SubmitAnswer", True),
    ("GET", f"{BASE}/answers/{{answer_id}}", "AnswersFunction", "GetAnswer", True),
    ("GET", f"{BASE}/stats/overview", "StatsFunction", "StatsOverview", True),
}


@pytest.fixture(scope="module")
def routes():
    return load_routes(REPO / "template.yaml")


def test_every_route_of_the_real_template_is_found_with_its_auth_flag(routes):
    # Given the real template / When it is read
    found = {(r.method, r.path, r.function_id, r.event_name, r.needs_auth) for r in routes}
    # Then every route of the contract is there (others may be added later), with its auth flag
    assert not EXPECTED - found, f"missing or changed: {sorted(EXPECTED - found)}"


def test_routes_point_at_the_function_folders_and_handler(routes):
    groups = {"CatalogFunction": "catalog", "SessionsFunction": "sessions",
              "AnswersFunction": "answers", "StatsFunction": "stats"}  # fmt: skip
    for route in (route for route in routes if route.function_id in groups):
        assert route.code_dir == REPO / "functions" / groups[route.function_id]
        assert route.handler == "app.handler"


@pytest.mark.parametrize(
    ("method", "path", "event_name", "parameters"),
    [
        ("GET", f"{BASE}/sessions", "ListSessions", {}),
        ("GET", f"{BASE}/42", "Detail", {"session_id": "42"}),
        ("DELETE", f"{BASE}/42", "Delete", {"session_id": "42"}),
        ("GET", f"{BASE}/42/question", "NextQuestion", {"session_id": "42"}),
        ("POST", f"{BASE}/7/complete", "Complete", {"session_id": "7"}),
        ("post", f"{BASE}/7/abandon", "Abandon", {"session_id": "7"}),
        ("GET", f"{BASE}/answers/9", "GetAnswer", {"answer_id": "9"}),
        ("GET", f"{BASE}/stats/overview", "StatsOverview", {}),
        ("GET", f"{BASE}/health", "Health", {}),
    ],
)
def test_literal_segments_beat_parameters(routes, method, path, event_name, parameters):
    found = match(routes, method, path)
    assert found is not None
    assert found.route.event_name == event_name
    assert found.path_parameters == parameters


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", f"{BASE}/answer"),  # /answer only takes POST: it must not fall through to /{session_id}
        ("DELETE", f"{BASE}/sessions"),
        ("POST", f"{BASE}/health"),
        ("PUT", f"{BASE}/42"),
        ("GET", f"{BASE}/1/2/3"),
        ("GET", "/api/v1/other"),
        ("GET", "/"),
    ],
)
def test_unknown_routes_and_undeclared_methods_do_not_match(routes, method, path):
    assert match(routes, method, path) is None


def test_path_parameters_are_url_decoded(routes):
    found = match(routes, "GET", f"{BASE}/a%20b")
    assert found is not None and found.path_parameters == {"session_id": "a b"}


SHORT_TAGS_TEMPLATE = """
Transform: AWS::Serverless-2016-10-31
Parameters:
  Level: {Type: String, Default: DEBUG}
  Secret: {Type: String}
Globals:
  Function:
    Timeout: 7
    Environment:
      Variables:
        LEVEL: !Ref Level
        SECRET: !Ref Secret
        NAME: !Sub "svc-${AWS::Region}"
        PLAIN: plain
Conditions:
  IsProd: !Equals [!Ref Level, prod]
Resources:
  Layer:
    Type: AWS::Serverless::LayerVersion
    Properties: {ContentUri: layer/}
  OpenApi:
    Type: AWS::Serverless::Api
    Properties: {StageName: !If [IsProd, prod, dev]}
  Proxy:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: proxy/
      Handler: pkg.main.entry
      MemorySize: 1024
      Role: !GetAtt Role.Arn
      Environment: {Variables: {PLAIN: function-level, OWN: own}}
      Events:
        Everything: {Type: Api, Properties: {RestApiId: !Ref OpenApi, Path: "/files/{proxy+}", Method: any}}
        One: {Type: Api, Properties: {RestApiId: !Ref OpenApi, Path: "/files/{name}", Method: get}}
        Queue: {Type: SQS, Properties: {Queue: !GetAtt Q.Arn}}
"""


@pytest.fixture()
def other_template(tmp_path):
    (tmp_path / "layer").mkdir()
    path = tmp_path / "template.yaml"
    path.write_text(SHORT_TAGS_TEMPLATE)
    return path


def test_short_tags_are_read_as_their_long_form(other_template):
    template = load_template(other_template)
    assert template["Resources"]["Proxy"]["Properties"]["Role"] == {"Fn::GetAtt": ["Role", "Arn"]}
    assert template["Conditions"]["IsProd"] == {"Fn::Equals": [{"Ref": "Level"}, "prod"]}


def test_any_method_greedy_paths_and_an_api_without_authorizer(other_template):
    routes = load_routes(other_template)
    # Only Api events are routes; an API without a default authorizer needs no token
    assert [(r.method, r.path, r.needs_auth) for r in routes] == [
        ("ANY", "/files/{proxy+}", False),
        ("GET", "/files/{name}", False),
    ]
    assert routes[0].handler == "pkg.main.entry" and routes[0].memory_mb == 1024 and routes[0].timeout_seconds == 7
    # {name} is more specific than {proxy+}; the resource is chosen before the method, as in API Gateway
    assert match(routes, "GET", "/files/a.txt").route.path == "/files/{name}"
    assert match(routes, "DELETE", "/files/a.txt") is None
    assert match(routes, "DELETE", "/files/a/b.txt").route.method == "ANY"
    assert match(routes, "GET", "/files/a/b/c.txt").path_parameters == {"proxy": "a/b/c.txt"}
    assert match(routes, "GET", "/files") is None


def test_background_functions_take_the_same_settings_and_globals(other_template):
    worker = background_functions(other_template)["SQS"]
    assert (worker.method, worker.path, worker.function_id, worker.event_name, worker.needs_auth) == (
        "SQS", "", "Proxy", "Queue", False)
    assert (worker.handler, worker.memory_mb, worker.timeout_seconds) == ("pkg.main.entry", 1024, 7)
    assert worker.code_dir == other_template.parent / "proxy"


def test_environment_resolves_what_needs_no_aws_and_layers_are_import_roots(other_template):
    assert environment(other_template) == {"LEVEL": "DEBUG", "PLAIN": "plain", "OWN": "own"}
    assert layer_dirs(other_template) == [other_template.parent / "layer"]
