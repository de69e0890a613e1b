"""The one mapping from failures to the contract's error shape {"error": {code, message, details}}."""

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from interview.errors import Conflict, DomainError
from interview.observability import logger


def error_response(status: int, code: str, message: str, details: list[dict[str, Any]] | None = None,
                   headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(
        status_code=status,
        content={"error": {"code": code, "message": message, "details": details or []}},
        headers=headers,
    )


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
