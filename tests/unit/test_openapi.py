"""Each function's OpenAPI document lists the errors its code really answers, in the error shape, and no 422."""

import importlib
import json
from typing import Any

import pytest
from fastapi.routing import APIRoute

from interview.api.deps import current_user
from tests.helpers import invoke

PREFIX = "/api/v1/interview"
FUNCTIONS = ("catalog", "sessions", "answers", "stats")
ERROR_SCHEMA = "#/components/schemas/ErrorOut"

# What each operation can answer besides 200 and the shared `default`, as the code raises it.
EXPECTED = {
    ("GET", "/health"): {"503"},
    ("GET", "/options"): {"401"},
    ("GET", "/questions"): {"400", "401", "503"},
    ("POST", "/start"): {"400", "401", "413", "503"},
    ("GET", "/sessions"): {"400", "401", "503"},
    ("GET", "/{session_id}/question"): {"400", "401", "404", "503"},
    ("POST", "/{session_id}/complete"): {"400", "401", "404", "409", "503"},
    ("POST", "/{session_id}/abandon"): {"400", "401", "404", "503"},
    ("GET", "/{session_id}"): {"400", "401", "404", "503"},
    ("DELETE", "/{session_id}"): {"400", "401", "404", "503"},
    ("POST", "/answer"): {"202", "400", "401", "404", "413", "503"},
    ("GET", "/answers/{answer_id}"): {"400", "401", "404", "503"},
    ("GET", "/stats/overview"): {"401", "503"},
}


def _needs_identity(dependant) -> bool:
    return any(d.call is current_user or _needs_identity(d) for d in dependant.dependencies)


def _operations() -> list[tuple[str, str, dict[str, Any], dict[str, Any], bool]]:
    """(method, path, operation, document, authenticated) for every route, fetched as a client would."""
    found = []
    for name in FUNCTIONS:
        module = importlib.import_module(f"functions.{name}.app")
        reply = invoke(module.handler, "GET", "/openapi.json", user=None)
        assert reply.status == 200
        routes = {(method, route.path): _needs_identity(route.dependant)
                  for route in module.router.routes if isinstance(route, APIRoute) for method in route.methods}
        for full_path, operations in reply.body["paths"].items():
            path = full_path.removeprefix(PREFIX)
            for method, operation in operations.items():
                found.append((method.upper(), path, operation, reply.body, routes[(method.upper(), path)]))
    return found


OPERATIONS = _operations()
IDS = [f"{method} {path}" for method, path, *_ in OPERATIONS]


def _error_schema(response: dict[str, Any]) -> str | None:
    return response.get("content", {}).get("application/json", {}).get("schema", {}).get("$ref")


def test_every_route_is_documented_with_its_statuses():
    assert {(m, p) for m, p, *_ in OPERATIONS} == set(EXPECTED)
    for method, path, operation, *_ in OPERATIONS:
        assert set(operation["responses"]) - {"200", "default"} == EXPECTED[(method, path)], (method, path)


@pytest.mark.parametrize(("method", "path", "operation", "document", "authenticated"), OPERATIONS, ids=IDS)
def test_no_422_and_every_error_in_the_error_shape(method, path, operation, document, authenticated):
    assert "422" not in operation["responses"]
    assert "HTTPValidationError" not in document["components"]["schemas"]
    for status, response in operation["responses"].items():
        if status == "default" or (status.startswith(("4", "5")) and path != "/health"):
            assert _error_schema(response) == ERROR_SCHEMA, status


@pytest.mark.parametrize(("method", "path", "operation", "document", "authenticated"), OPERATIONS, ids=IDS)
def test_input_identity_and_ids_have_their_errors(method, path, operation, document, authenticated):
    parameters = operation.get("parameters", [])
    if parameters or "requestBody" in operation:
        assert _error_schema(operation["responses"]["400"]) == ERROR_SCHEMA
    if "requestBody" in operation:
        assert _error_schema(operation["responses"]["413"]) == ERROR_SCHEMA
    if authenticated:
        assert _error_schema(operation["responses"]["401"]) == ERROR_SCHEMA
    if any(p["in"] == "path" for p in parameters):
        assert _error_schema(operation["responses"]["404"]) == ERROR_SCHEMA


def test_only_health_is_open():
    assert [(m, p) for m, p, *_, authenticated in OPERATIONS if not authenticated] == [("GET", "/health")]


def _operation(method: str, path: str) -> dict[str, Any]:
    return next(op for m, p, op, *_ in OPERATIONS if (m, p) == (method, path))


def test_a_pending_answer_declares_its_location():
    pending = _operation("POST", "/answer")["responses"]["202"]
    assert pending["content"]["application/json"]["schema"]["$ref"].endswith("/PendingAnswerOut")
    assert pending["headers"]["Location"]["schema"] == {"type": "string"}


def test_complete_declares_analysis_pending_with_retry_after():
    conflict = _operation("POST", "/{session_id}/complete")["responses"]["409"]
    assert _error_schema(conflict) == ERROR_SCHEMA
    assert "analysis_pending" in conflict["description"]
    assert conflict["headers"]["Retry-After"]["schema"] == {"type": "integer"}


def test_the_error_schema_is_what_errors_look_like():
    from functions.sessions import app

    document = next(doc for m, p, _, doc, _ in OPERATIONS if (m, p) == ("GET", "/sessions"))["components"]["schemas"]
    error = document["ErrorBody"]
    detail = document["ErrorDetail"]
    unauthorized = invoke(app.handler, "GET", "/sessions", user=None)
    invalid = invoke(app.handler, "GET", "/sessions", query={"limit": "0"})
    assert (unauthorized.status, invalid.status) == (401, 400)
    for reply in (unauthorized, invalid):
        assert set(reply.body) == set(document["ErrorOut"]["required"]) == {"error"}
        assert set(reply.body["error"]) == set(error["properties"])
    assert set(invalid.body["error"]["details"][0]) == set(detail["properties"]) == {"field", "problem"}


def test_an_error_body_keeps_the_contract_shape_whatever_details_it_is_given():
    from interview.api.errors import error_response

    response = error_response(400, "validation_error", "Bad.", [{"field": "answer", "problem": "too short"},
                                                                {"unexpected": 1}])

    body = json.loads(response.body)
    assert body == {"error": {"code": "validation_error", "message": "Bad.",
                              "details": [{"field": "answer", "problem": "too short"}, {"field": "", "problem": ""}]}}


def test_every_field_of_a_response_body_is_declared_required():
    """A response carries every field, defaults and nulls included, so a client generated from the document must
    not read any of them as optional (ErrorBody.details, PendingAnswerOut.analysis_status). Only requests have
    optional fields."""
    documents = {id(document): document for *_, document, _ in OPERATIONS}.values()  # one per function
    for document in documents:
        for name, schema in document["components"]["schemas"].items():
            optional = set(schema.get("properties", {})) - set(schema.get("required", []))
            assert optional == set() or name.endswith("Request"), (document["info"]["title"], name, optional)
