"""The one mapping from failures to the contract's error shape {"error": {code, message, details}},
and how routes declare the error responses they can return in the OpenAPI document.
"""

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from interview.errors import Conflict, DomainError
from interview.observability import logger
from interview.schemas import ErrorOut

# What each status means wherever a route lists it; the domain's codes are in interview/errors.py.
_MEANING = {
    400: "Invalid input (`validation_error`, with `details`), or a request the session's state refuses",
    401: "No or invalid identity",
    404: "Not found, or not the caller's (never revealed); `no_more_questions` when a session has none left",
    409: "Conflicts with work still under way (`analysis_pending`); retry after `Retry-After` seconds",
    413: "The body is larger than the limit",
    503: "The database cannot be reached; retry shortly",
}
_RETRY_AFTER = {"Retry-After": {"description": "Seconds to wait before retrying", "schema": {"type": "integer"}}}

# Every other error keeps the shape too: 500, and what API Gateway answers itself (template.yaml).
# An operation with a `default` response is also one FastAPI adds no 422 to: this service has none.
OTHER_ERRORS: dict[int | str, dict[str, Any]] = {"default": {
    "model": ErrorOut,
    "description": "Any other error, same shape: 500 (never with internals), or API Gateway's 429 (throttled) "
                   "and 504",
}}


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """A route's `responses=`: the error statuses its code can return, each with the error shape."""
    responses: dict[int | str, dict[str, Any]] = {
        status: {"model": ErrorOut, "description": _MEANING[status]} for status in statuses}
    if 409 in responses:  # Conflict carries its Retry-After (_domain_error)
        responses[409]["headers"] = _RETRY_AFTER
    return responses


def error_response(status: int, code: str, message: str, details: list[dict[str, Any]] | None = None,
                   headers: dict[str, str] | None = None) -> JSONResponse:
    # Details are coerced to the contract's {field, problem} (ErrorOut): an error handler must never fail on its own
    # body, and the body is built in that shape directly rather than checked a second time.
    details = [{"field": str(d.get("field", "")), "problem": str(d.get("problem", ""))} for d in details or []]
    body = {"error": {"code": str(code), "message": str(message), "details": details}}
    return JSONResponse(status_code=status, content=body, headers=headers)


def _field(loc: tuple[Any, ...]) -> str:
    # drop the leading "body"/"query"/"path" so clients see the field name they sent
    parts = [str(p) for p in loc[1:]] if loc and loc[0] in ("body", "query", "path") else [str(p) for p in loc]
    return ".".join(parts) or "body"


async def _validation_error(_: Request, exc: RequestValidationError) -> JSONResponse:
    details = [{"field": _field(tuple(e.get("loc", ()))), "problem": e.get("msg", "invalid")}
               for e in exc.errors()]
    return error_response(400, "validation_error", "The request is not valid.", details)


async def _domain_error(_: Request, exc: DomainError) -> JSONResponse:
    headers = None
    if isinstance(exc, Conflict) and exc.retry_after_seconds:
        headers = {"Retry-After": str(exc.retry_after_seconds)}
    if exc.status_code >= 500:
        logger.warning("dependency unavailable", extra={"code": exc.code})
    return error_response(exc.status_code, exc.code, exc.message, exc.details, headers)


async def _http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
    codes = {404: "not_found", 405: "method_not_allowed", 401: "unauthorized", 413: "payload_too_large"}
    return error_response(exc.status_code, codes.get(exc.status_code, "http_error"), str(exc.detail))


async def _unexpected(_: Request, exc: Exception) -> JSONResponse:
    logger.exception("unhandled error")
    return error_response(500, "internal_error", "Something went wrong on our side; please try again.")


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(DomainError, _domain_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(Exception, _unexpected)
